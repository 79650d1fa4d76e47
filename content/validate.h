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

/* The parts of it, as a reader who loads one part at a time runs them. */
/* [guide]: its required keys, and that the pages it names exist. */
void guide_validate_header(struct guide *guide, const char *dir, struct diag_list *diags);
/* No pages, or too many: returns 1 (with a message). */
int guide_validate_size(const struct guide *guide, const char *dir, struct diag_list *diags);
/* One page, its links resolved against the IDs the guide holds (read or not).
   Returns 1 when a link or its parent is missing. */
int guide_validate_page(struct guide *guide, struct page *page,
    const char *const *placeholders, struct diag_list *diags);
void guide_validate_resource(const struct resource *resource, struct diag_list *diags);

#endif
