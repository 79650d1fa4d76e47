/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* sources.h: the sources list ([source.ID] sections: public pages a reader can look
   up) and the pages' citations of it. Every page cites at least one source by ID;
   readers see publisher, title and address, never an editor's internal names. */
#ifndef HAVEN_SOURCES_H
#define HAVEN_SOURCES_H

#include "diag.h"
#include "guide.h"

/* Checks every source (address, publisher, title, dates), resolves each page's
   "sources = id, id" into page->source_refs, and rejects text a reader would see that
   names internal documents ("seed", "cautions list", "DESIGN.md", ...). */
void sources_validate(struct guide *guide, struct diag_list *diags);

#endif
