/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* diag.h: a list of problems found while loading content or a config, each one
   already formatted as "file:line: message" for the person who can fix it. */
#ifndef HAVEN_DIAG_H
#define HAVEN_DIAG_H

#include <stddef.h>

struct diag_list {
	char **items;
	size_t count;
	size_t capacity;
};

void diag_init(struct diag_list *list);
void diag_free(struct diag_list *list);
/* Adds "file:line: message" (line 0: "file: message"; file NULL: "message"). */
void diag_add(struct diag_list *list, const char *file, int line,
    const char *format, ...)
    __attribute__((format(printf, 4, 5)));
void diag_clear(struct diag_list *list);

#endif
