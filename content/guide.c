/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* guide.c: lookups over the content model, and its one free function. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "ini_doc.h"
#include "states.h"
#include "text.h"
#include "xalloc.h"

struct guide *
guide_new(void)
{
	struct guide *guide = xcalloc(1, sizeof *guide);

	guide->start = GUIDE_NONE;
	guide->about = GUIDE_NONE;
	guide->glossary = GUIDE_NONE;
	guide->safety = GUIDE_NONE;
	guide->states_page = GUIDE_NONE;
	guide->your_state_page = GUIDE_NONE;
	return guide;
}

void
page_clear_content(struct page *page)
{
	for (size_t i = 0; i < page->block_count; i++) {
		free(page->blocks[i].text);
		free(page->blocks[i].detail);
		free(page->blocks[i].said);
	}
	free(page->blocks);
	free(page->question);
	free(page->explain);
	free(page->summary);
	free(page->source_refs);
	page->blocks = NULL;
	page->block_count = 0;
	page->question = page->explain = page->summary = NULL;
	page->source_refs = NULL;
	page->source_ref_count = 0;
	page->state_topics = 0;
}

static void
page_free(struct page *page)
{
	page_clear_content(page);
	free(page->id);
	free(page->title);
	free(page->short_title);
	free(page->parent_id);
	free(page->sources);
	free(page->reviewed);
}

void
source_free(struct source *s)
{
	free(s->id);
	free(s->publisher);
	free(s->title);
	free(s->address);
	free(s->date);
	free(s->seen);
}

static void
resource_free(struct resource *r)
{
	free(r->id);
	free(r->name);
	free(r->phone);
	free(r->tty);
	free(r->text);
	free(r->web);
	free(r->hours);
	free(r->note);
}

void
guide_free(struct guide *guide)
{
	if (guide == NULL)
		return;
	for (size_t i = 0; i < guide->page_count; i++)
		page_free(&guide->pages[i]);
	for (size_t i = 0; i < guide->resource_count; i++)
		resource_free(&guide->resources[i]);
	for (size_t i = 0; i < guide->source_count; i++)
		source_free(&guide->sources[i]);
	for (size_t i = 0; i < guide->file_count; i++)
		free(guide->files[i]);
	for (size_t i = 0; i < guide->outline_count; i++)
		ini_doc_free(&guide->outlines[i]);
	free(guide->outlines);
	free(guide->pages);
	free(guide->page_slots);
	free(guide->source_slots);
	free(guide->resources);
	free(guide->sources);
	free(guide->files);
	free(guide->title);
	free(guide->lang);
	free(guide->language_name);
	free(guide->start_id);
	free(guide->about_id);
	free(guide->glossary_id);
	free(guide->safety_id);
	free(guide->states_id);
	free(guide->your_state_id);
	if (guide->states != NULL)
		states_free(guide->states);
	free(guide->states);
	free(guide->disclaimer);
	free(guide);
}

/* Page and source IDs are looked up for every link, parent and citation: with
   10,000 pages a linear scan made loading quadratic. An open-addressing table
   (FNV-1a, linear probing) keeps each lookup constant. */
static size_t
hash_id(const char *id)
{
	size_t h = 2166136261u;

	for (; *id != '\0'; id++)
		h = (h ^ (unsigned char)*id) * 16777619u;
	return h;
}

static void
slot_insert(size_t *slots, size_t count, const char *id, size_t index)
{
	size_t at = hash_id(id) & (count - 1);

	while (slots[at] != 0)
		at = (at + 1) & (count - 1);
	slots[at] = index + 1;
}

/* An ID table over n items (the last one new), kept at most half full: rebuilt
   twice as big when it would pass that. id(items, i) is item i's ID. */
static void
index_last(size_t **slots, size_t *slot_count, size_t n, const void *items,
    const char *(*id)(const void *items, size_t i))
{
	if (n * 2 > *slot_count) {
		size_t count = *slot_count ? *slot_count * 2 : 64;
		while (n * 2 > count)
			count *= 2;
		free(*slots);
		*slots = xcalloc(count, sizeof **slots);
		*slot_count = count;
		for (size_t i = 0; i + 1 < n; i++)
			slot_insert(*slots, count, id(items, i), i);
	}
	slot_insert(*slots, *slot_count, id(items, n - 1), n - 1);
}

static size_t
find_in(const size_t *slots, size_t slot_count, const char *id, const void *items,
    const char *(*id_of)(const void *items, size_t i))
{
	size_t at;

	if (id == NULL || slots == NULL)
		return GUIDE_NONE;
	at = hash_id(id) & (slot_count - 1);
	for (; slots[at] != 0; at = (at + 1) & (slot_count - 1))
		if (strcmp(id_of(items, slots[at] - 1), id) == 0)
			return slots[at] - 1;
	return GUIDE_NONE;
}

static const char *
page_id(const void *pages, size_t i)
{
	return ((const struct page *)pages)[i].id;
}

static const char *
source_id(const void *sources, size_t i)
{
	return ((const struct source *)sources)[i].id;
}

void
guide_index_last_page(struct guide *guide)
{
	index_last(&guide->page_slots, &guide->page_slot_count, guide->page_count,
	    guide->pages, page_id);
}

void
guide_index_last_source(struct guide *guide)
{
	index_last(&guide->source_slots, &guide->source_slot_count, guide->source_count,
	    guide->sources, source_id);
}

size_t
guide_find_page(const struct guide *guide, const char *id)
{
	return find_in(guide->page_slots, guide->page_slot_count, id, guide->pages, page_id);
}

size_t
guide_find_resource(const struct guide *guide, const char *id)
{
	for (size_t i = 0; id != NULL && i < guide->resource_count; i++)
		if (strcmp(guide->resources[i].id, id) == 0)
			return i;
	return GUIDE_NONE;
}

size_t
guide_find_source(const struct guide *guide, const char *id)
{
	return find_in(guide->source_slots, guide->source_slot_count, id, guide->sources,
	    source_id);
}

size_t
guide_chosen_page(const struct guide *guide, size_t page)
{
	return page != GUIDE_NONE && page == guide->states_page ? guide->your_state_page :
	    GUIDE_NONE;
}

const char *
guide_choice_label(const struct guide *guide, const struct block *choice)
{
	if (choice->detail != NULL && *choice->detail != '\0')
		return choice->detail;
	if (choice->target < guide->page_count && guide->pages[choice->target].title != NULL)
		return guide->pages[choice->target].title;
	return choice->text;
}

const char *
guide_page_short_title(const struct page *page)
{
	/* (a page a reader could not load has only its ID) */
	if (page->short_title != NULL)
		return page->short_title;
	return page->title != NULL ? page->title : page->id;
}

static size_t
count_kind(const struct page *page, enum block_kind kind)
{
	size_t count = 0;

	for (size_t i = 0; i < page->block_count; i++)
		count += page->blocks[i].kind == kind;
	return count;
}

static const struct block *
nth_of_kind(const struct page *page, enum block_kind kind, size_t n)
{
	for (size_t i = 0; i < page->block_count; i++)
		if (page->blocks[i].kind == kind && n-- == 0)
			return &page->blocks[i];
	return NULL;
}

size_t
page_choice_count(const struct page *page)
{
	return count_kind(page, BLOCK_CHOICE);
}

const struct block *
page_choice(const struct page *page, size_t n)
{
	return nth_of_kind(page, BLOCK_CHOICE, n);
}

size_t
page_check_count(const struct page *page)
{
	return count_kind(page, BLOCK_CHECK);
}

const struct block *
page_check(const struct page *page, size_t n)
{
	return nth_of_kind(page, BLOCK_CHECK, n);
}

int
page_is_summary(const struct page *page)
{
	return page->summary != NULL && strcmp(page->summary, "yes") == 0;
}

static size_t
count_words(const char *text)
{
	size_t words = 0;
	int in_word = 0;

	for (; text != NULL && *text != '\0'; text++) {
		int space = *text == ' ' || *text == '\t';
		words += !space && !in_word;
		in_word = !space;
	}
	return words;
}

size_t
guide_word_count(const struct guide *guide)
{
	size_t words = 0;

	for (size_t i = 0; i < guide->page_count; i++) {
		const struct page *page = &guide->pages[i];
		words += count_words(page->title);
		for (size_t j = 0; j < page->block_count; j++) {
			const struct block *b = &page->blocks[j];
			if ((b->kind == BLOCK_CHOICE && !b->is_answer) || b->kind == BLOCK_RESOURCE)
				continue;
			words += count_words(b->text) + count_words(b->detail);
		}
	}
	return words;
}

void
guide_recode(char **field, const char *charset)
{
	char *converted;

	if (*field == NULL)
		return;
	converted = text_for_charset(*field, charset);
	free(*field);
	*field = converted;
}

static void
recode_fields(char **const *fields, size_t count, const char *charset)
{
	for (size_t i = 0; i < count; i++)
		guide_recode(fields[i], charset);
}

#define RECODE_FIELDS(fields, charset) \
	recode_fields(fields, sizeof fields / sizeof fields[0], charset)

void
guide_fields_for_charset(struct guide *guide, const char *charset)
{
	char **fields[] = { &guide->title, &guide->language_name, &guide->disclaimer };

	RECODE_FIELDS(fields, charset);
}

void
page_for_charset(struct page *p, const char *charset)
{
	char **fields[] = { &p->title, &p->short_title, &p->reviewed, &p->question,
		&p->explain };

	RECODE_FIELDS(fields, charset);
	for (size_t j = 0; j < p->block_count; j++) {
		if (p->blocks[j].kind != BLOCK_CHOICE && p->blocks[j].kind != BLOCK_RESOURCE)
			guide_recode(&p->blocks[j].text, charset);
		guide_recode(&p->blocks[j].detail, charset);
		guide_recode(&p->blocks[j].said, charset);
	}
}

void
resource_for_charset(struct resource *r, const char *charset)
{
	char **fields[] = { &r->name, &r->phone, &r->tty, &r->text, &r->web, &r->hours,
		&r->note };

	RECODE_FIELDS(fields, charset);
}

void
source_for_charset(struct source *s, const char *charset)
{
	char **fields[] = { &s->publisher, &s->title, &s->address };

	RECODE_FIELDS(fields, charset);
}

void
guide_for_charset(struct guide *guide, const char *charset)
{
	if (text_charset_is_utf8(charset))
		return;
	guide_fields_for_charset(guide, charset);
	for (size_t i = 0; i < guide->page_count; i++)
		page_for_charset(&guide->pages[i], charset);
	for (size_t i = 0; i < guide->resource_count; i++)
		resource_for_charset(&guide->resources[i], charset);
	for (size_t i = 0; i < guide->source_count; i++)
		source_for_charset(&guide->sources[i], charset);
}

int
page_is_shown(const struct page *page)
{
	return page->where.state == PART_LOADED;
}
