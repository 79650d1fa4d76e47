/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* search.c: folds text once (libunistring case folding, NFD, marks removed) and
   searches it with plain substring matching. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "text.h"
#include "xalloc.h"

void
search_index_init(struct search_index *index, const struct guide *guide)
{
	memset(index, 0, sizeof *index);
	index->guide = guide;
}

void
search_index_free(struct search_index *index)
{
	for (size_t i = 0; index->folded != NULL && i < index->guide->page_count; i++) {
		free(index->folded[i]);
		free(index->block_start[i]);
	}
	free(index->folded);
	free(index->block_start);
	memset(index, 0, sizeof *index);
}

static void
append_folded(char **buffer, size_t *length, const char *text)
{
	char *folded = text != NULL ? text_fold(text) : NULL;
	size_t n = folded != NULL ? strlen(folded) : 0;

	*buffer = xreallocarray(*buffer, *length + n + 2, 1);
	memcpy(*buffer + *length, folded != NULL ? folded : "", n);
	*length += n;
	(*buffer)[(*length)++] = '\n';
	(*buffer)[*length] = '\0';
	free(folded);
}

static void
index_page(struct search_index *index, size_t p)
{
	const struct page *page = &index->guide->pages[p];
	size_t length = 0;
	char *buffer = NULL;

	index->block_start[p] = xcalloc(page->block_count + 1, sizeof **index->block_start);
	append_folded(&buffer, &length, page->title);
	for (size_t b = 0; b < page->block_count; b++) {
		const struct block *block = &page->blocks[b];
		index->block_start[p][b] = length;
		if (block->kind == BLOCK_CHOICE)
			append_folded(&buffer, &length, guide_choice_label(index->guide, block));
		else if (block->kind == BLOCK_RESOURCE && block->target != GUIDE_NONE)
			append_folded(&buffer, &length, index->guide->resources[block->target].name);
		else
			append_folded(&buffer, &length, block->text);
		if (block->detail != NULL && block->kind == BLOCK_TERM) {
			length--;	/* word and meaning are one block */
			buffer[length++] = ' ';
			append_folded(&buffer, &length, block->detail);
		}
	}
	index->block_start[p][page->block_count] = length;
	index->folded[p] = buffer;
}

static size_t
block_of_offset(const struct search_index *index, size_t p, size_t offset)
{
	const struct page *page = &index->guide->pages[p];
	size_t found = GUIDE_NONE;

	for (size_t b = 0; b < page->block_count; b++)
		if (index->block_start[p][b] <= offset)
			found = b;
	return found;
}

size_t
search_run(struct search_index *index, const char *query, struct search_hit **hits)
{
	const struct guide *guide = index->guide;
	char *needle = text_fold(query);
	size_t count = 0;

	*hits = NULL;
	if (needle == NULL || *needle == '\0' || strchr(needle, '\n') != NULL) {
		free(needle);
		return 0;
	}
	if (index->folded == NULL) {
		index->folded = xcalloc(guide->page_count, sizeof *index->folded);
		index->block_start = xcalloc(guide->page_count, sizeof *index->block_start);
		for (size_t p = 0; p < guide->page_count; p++)
			index_page(index, p);
	}
	for (size_t p = 0; p < guide->page_count; p++) {
		const char *at = strstr(index->folded[p], needle);
		if (at == NULL || !page_is_shown(&guide->pages[p]))
			continue;	/* (a reader's page that could not be read: its ID only) */
		*hits = xreallocarray(*hits, count + 1, sizeof **hits);
		(*hits)[count].page = p;
		(*hits)[count++].block = block_of_offset(index, p,
		    (size_t)(at - index->folded[p]));
	}
	free(needle);
	return count;
}

static const char *
hit_text(const struct guide *guide, const struct search_hit *hit)
{
	const struct page *page = &guide->pages[hit->page];
	const struct block *b;

	if (hit->block == GUIDE_NONE)
		return page->title;
	b = &page->blocks[hit->block];
	if (b->kind == BLOCK_CHOICE)
		return guide_choice_label(guide, b);
	if (b->kind == BLOCK_RESOURCE && b->target != GUIDE_NONE)
		return guide->resources[b->target].name;
	return b->text;
}

/* Finds the word of text where the match starts, by folding word by word: folding
   changes byte offsets, so the folded offset cannot be used on the original. */
static size_t
match_offset(const char *text, const char *needle)
{
	size_t start = 0, length = strlen(text);

	while (start < length) {
		char *rest = text_fold(text + start), *found = NULL;
		if (rest != NULL)
			found = strstr(rest, needle);
		int here = found == rest && found != NULL;
		free(rest);
		if (found == NULL)
			return 0;
		if (here)
			return start;
		while (start < length && text[start] != ' ')
			start++;
		while (start < length && text[start] == ' ')
			start++;
	}
	return 0;
}

char *
search_snippet(const struct guide *guide, const struct search_hit *hit, const char *query,
    size_t max_bytes)
{
	const char *text = hit_text(guide, hit);
	char *needle = text_fold(query);
	size_t start = needle != NULL ? match_offset(text, needle) : 0, end;

	free(needle);
	/* Begin a few words before the match, at a space, never inside a character. */
	if (start > max_bytes / 3) {
		start -= max_bytes / 3;
		while (text[start] != '\0' && text[start] != ' ')
			start++;
		while (text[start] == ' ')
			start++;
	} else {
		start = 0;
	}
	end = start;
	while (text[end] != '\0' && end - start < max_bytes)
		end++;
	while (text[end] != '\0' && text[end] != ' ' && end > start)
		end--;
	if (end == start)
		end = strlen(text);
	return xasprintf("%s%.*s%s", start > 0 ? "... " : "", (int)(end - start), text + start,
	    text[end] != '\0' ? " ..." : "");
}
