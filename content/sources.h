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
/* The same for one page. */
void sources_check_page(const struct guide *guide, struct page *page,
    struct diag_list *diags);

/* Is address written as the guide writes them: no http:// or https://, no spaces? */
int sources_is_bare_address(const char *address);
/* Do a and b cite the same page: the same address, and the same date it shows? */
int sources_same_page(const struct source *a, const struct source *b);
/* Checks one source: an address without https:// or spaces, a publisher, a title,
   dates written YYYY-MM-DD, a seen date. */
void sources_check_one(const struct source *s, struct diag_list *diags);
/* "a, b ,c" -> the trimmed IDs (*count of them); free with sources_free_ids. */
char **sources_split_ids(const char *ids, size_t *count);
void sources_free_ids(char **ids, size_t count);
/* Rejects text a reader would see that names an internal document. kind and id say
   where it is ("state" and "MI" give [state.MI]). */
void sources_check_reader_text(const char *text, const char *file, int line,
    const char *kind, const char *id, struct diag_list *diags);

#endif
