/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* glossary.c: matching glossary terms in text by words, each word folded (case and
   accents removed), so "Petición" in text matches the term "peticion". */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "glossary.h"
#include "ini_doc.h"
#include "text.h"
#include "xalloc.h"

struct word {
	char *folded;
	size_t start;
	size_t end;
};

struct words {
	struct word *items;
	size_t count;
};

static void
words_free(struct words *w)
{
	for (size_t i = 0; i < w->count; i++)
		free(w->items[i].folded);
	free(w->items);
	memset(w, 0, sizeof *w);
}

static int
is_word_char(ucs4_t uc)
{
	if (uc < 0x80)	/* (most of any text: no marks among them) */
		return (uc >= 'a' && uc <= 'z') || (uc >= 'A' && uc <= 'Z') ||
		    (uc >= '0' && uc <= '9');
	return uc_is_alnum(uc) || uc_is_general_category(uc, UC_CATEGORY_M);
}

/* Splits text into words (runs of letters, digits and marks), each folded. */
static struct words
split_words(const char *text, size_t length)
{
	struct words w = { NULL, 0 };
	size_t at = 0, capacity = 0;
	ucs4_t uc;

	while (at < length) {
		int n = u8_mbtouc(&uc, (const uint8_t *)text + at, length - at);
		size_t start = at;
		while (at < length && n > 0 && is_word_char(uc)) {
			at += (size_t)n;
			n = at < length ? u8_mbtouc(&uc, (const uint8_t *)text + at, length - at) : 0;
		}
		if (at == start) {
			at += (size_t)(n > 0 ? n : 1);
			continue;
		}
		if (w.count == capacity) {
			capacity = capacity ? 2 * capacity : 16;
			w.items = xreallocarray(w.items, capacity, sizeof *w.items);
		}
		char *folded = text_fold_span(text + start, at - start);
		w.items[w.count].folded = folded != NULL ? folded : xstrdup("");
		w.items[w.count].start = start;
		w.items[w.count++].end = at;
	}
	return w;
}

/* A term's words: "renewal (extend)" is found as "renewal". */
static struct words
term_words(const struct block *term)
{
	const char *paren = strstr(term->text, " (");
	size_t length = paren != NULL ? (size_t)(paren - term->text) : strlen(term->text);

	return split_words(term->text, length);
}

/* Does the term's word sequence start at text word i? (Inline, and the first bytes
   compared first: a screen tries every term at every word of every line.) */
static inline int
matches_at(const struct words *text, size_t i, const struct words *term)
{
	if (term->count == 0 || i + term->count > text->count ||
	    text->items[i].folded[0] != term->items[0].folded[0])
		return 0;
	for (size_t j = 0; j < term->count; j++)
		if (strcmp(text->items[i + j].folded, term->items[j].folded) != 0)
			return 0;
	return 1;
}

static int
words_contain(const struct words *text, const struct words *term)
{
	for (size_t i = 0; i < text->count; i++)
		if (matches_at(text, i, term))
			return 1;
	return 0;
}

static void
add_page_text(char **all, const char *text)
{
	char *joined;

	if (text == NULL)
		return;
	joined = xasprintf("%s %s", *all, text);
	free(*all);
	*all = joined;
}

size_t
glossary_terms_in_page(const struct guide *guide, const struct page *page, size_t **terms)
{
	const struct page *glossary;
	struct words text;
	char *all = xstrdup("");
	size_t count = 0;

	*terms = NULL;
	if (guide->glossary == GUIDE_NONE) {
		free(all);
		return 0;
	}
	glossary = &guide->pages[guide->glossary];
	add_page_text(&all, page->title);
	add_page_text(&all, page->question);
	add_page_text(&all, page->explain);
	for (size_t i = 0; i < page->block_count; i++)
		if (page->blocks[i].kind != BLOCK_CHOICE && page->blocks[i].kind != BLOCK_RESOURCE)
			add_page_text(&all, page->blocks[i].text);
	text = split_words(all, strlen(all));
	for (size_t i = 0; i < glossary->block_count; i++) {
		if (glossary->blocks[i].kind != BLOCK_TERM)
			continue;
		struct words term = term_words(&glossary->blocks[i]);
		if (words_contain(&text, &term)) {
			*terms = xreallocarray(*terms, count + 1, sizeof **terms);
			(*terms)[count++] = i;
		}
		words_free(&term);
	}
	words_free(&text);
	free(all);
	return count;
}

/* The glossary's terms, each split into folded words once: a screen looks for them
   in every line it draws. */
struct glossary {
	struct words *terms;
	size_t count;
};

struct glossary *
glossary_new(const struct guide *guide)
{
	struct glossary *g = xcalloc(1, sizeof *g);
	const struct page *glossary;

	if (guide->glossary == GUIDE_NONE)
		return g;
	glossary = &guide->pages[guide->glossary];
	g->terms = xcalloc(glossary->block_count + 1, sizeof *g->terms);
	for (size_t i = 0; i < glossary->block_count; i++)
		if (glossary->blocks[i].kind == BLOCK_TERM)
			g->terms[g->count++] = term_words(&glossary->blocks[i]);
	return g;
}

void
glossary_free(struct glossary *g)
{
	if (g == NULL)
		return;
	for (size_t i = 0; i < g->count; i++)
		words_free(&g->terms[i]);
	free(g->terms);
	free(g);
}

size_t
glossary_find(const struct glossary *g, const char *line, struct glossary_span **spans)
{
	struct words text;
	size_t count = 0;

	*spans = NULL;
	if (g->count == 0)
		return 0;
	text = split_words(line, strlen(line));
	for (size_t i = 0; i < g->count; i++) {
		const struct words *term = &g->terms[i];
		for (size_t w = 0; w < text.count; w++) {
			if (!matches_at(&text, w, term))
				continue;
			*spans = xreallocarray(*spans, count + 1, sizeof **spans);
			(*spans)[count].start = text.items[w].start;
			(*spans)[count++].length = text.items[w + term->count - 1].end -
			    text.items[w].start;
		}
	}
	words_free(&text);
	return count;
}

size_t
glossary_spans(const struct guide *guide, const char *line, struct glossary_span **spans)
{
	struct glossary *g = glossary_new(guide);
	size_t count = glossary_find(g, line, spans);

	glossary_free(g);
	return count;
}

/* The terms as the glossary page's lines hold them, before iniparser reads them: a
   screen none of whose lines holds one of these needs no glossary loaded (the
   English start page: 36 terms, 4 KB, about a fifth of its first screen's work).
   A raw value is cut where iniparser's value would end (the closing quote of a
   quoted one; else the first ';' or '#'), then where the page cuts a term (its
   first '|', then " ("). The words left are the term's own, so the hints find a
   term wherever the glossary would; a value iniparser would read otherwise than
   this (none passes the checker) only costs a needless load. */
static struct words
raw_term_words(const char *value)
{
	const char *close = *value == '"' || *value == '\'' ? strchr(value + 1, *value) : NULL;
	size_t length = close != NULL ? (size_t)(close - value) : strcspn(value, ";#");
	size_t bar = strcspn(value, "|");
	const char *paren = strstr(value, " (");

	if (bar < length)
		length = bar;
	if (paren != NULL && (size_t)(paren - value) < length)
		length = (size_t)(paren - value);
	return split_words(value, length);
}

struct glossary *
glossary_hints_new(const struct ini_section *section)
{
	struct glossary *g = xcalloc(1, sizeof *g);

	g->terms = xcalloc(section->count + 1, sizeof *g->terms);
	for (size_t i = 0; i < section->count; i++)
		if (strncmp(section->entries[i].key, "term", 4) == 0)
			g->terms[g->count++] = raw_term_words(section->entries[i].value);
	return g;
}

int
glossary_may_match(const struct glossary *hints, const char *line)
{
	struct glossary_span *spans = NULL;
	size_t count = glossary_find(hints, line, &spans);

	free(spans);
	return count > 0;
}
