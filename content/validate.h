/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* validate.h: the checks that need the whole guide: required keys, links, parents,
   reachability, resources. */
#ifndef HAVEN_VALIDATE_H
#define HAVEN_VALIDATE_H

#include "diag.h"
#include "guide.h"

/* Resolves links (choice targets, parents, resources, start and about pages) and adds
   a message for every problem. dir names the guide in guide-wide messages. A "{name}"
   in block text must be one of placeholders (NULL-terminated; NULL: none). */
void guide_validate(struct guide *guide, const char *dir, const char *const *placeholders,
    struct diag_list *diags);

#endif
