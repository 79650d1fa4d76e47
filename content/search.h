/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* search.h: case- and accent-insensitive search over a guide's titles and text.
   "peticion" finds "Petición"; "PEDIR" finds "pedir". */
#ifndef HAVEN_SEARCH_H
#define HAVEN_SEARCH_H

#include <stddef.h>

#include "guide.h"

struct search_hit {
	size_t page;
	size_t block;		/* GUIDE_NONE: the match is in the title */
};

/* Folded text of a guide, built once on the first search. */
struct search_index {
	const struct guide *guide;
	char **folded;		/* per page: title and blocks, '\n' between */
	size_t **block_start;	/* per page: offset of each block in folded[page] */
};

void search_index_init(struct search_index *index, const struct guide *guide);
void search_index_free(struct search_index *index);
/* Finds every page that holds query (one hit per page, in page order). Returns the
   number of hits; *hits is allocated (free it) or NULL. */
size_t search_run(struct search_index *index, const char *query, struct search_hit **hits);
/* A short piece of the hit's text around the match, for a result list (caller frees). */
char *search_snippet(const struct guide *guide, const struct search_hit *hit,
    const char *query, size_t max_bytes);

#endif
