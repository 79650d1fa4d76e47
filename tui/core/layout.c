/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* layout.c: page -> lines. Line breaking and display widths come from libunistring,
   so CJK, combining marks and emoji are measured as the terminal draws them. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "keys.h"
#include "layout.h"
#include "text.h"
#include "xalloc.h"

void
layout_init(struct layout *layout)
{
	memset(layout, 0, sizeof *layout);
	layout->question_line = GUIDE_NONE;
}

void
layout_free(struct layout *layout)
{
	for (size_t i = 0; i < layout->count; i++)
		free(layout->lines[i].text);
	free(layout->lines);
	free(layout->choice_line);
	layout_init(layout);
}

static void
add_line(struct layout *layout, char *text, enum line_kind kind, size_t choice)
{
	struct layout_line *line;

	if (layout->count == layout->capacity) {
		layout->capacity = layout->capacity ? layout->capacity * 2 : 64;
		layout->lines = xreallocarray(layout->lines, layout->capacity,
		    sizeof *layout->lines);
	}
	line = &layout->lines[layout->count++];
	line->text = text;
	line->kind = kind;
	line->choice = choice;
}

/* A compact layout (a short window) spends no row on space between blocks. */
static void
add_blank(struct layout *layout)
{
	if (layout->compact)
		return;
	if (layout->count > 0 && layout->lines[layout->count - 1].kind != LINE_BLANK)
		add_line(layout, xstrdup(""), LINE_BLANK, GUIDE_NONE);
}

static void
emit(struct layout *layout, const char *lead, const char *text, size_t length,
    enum line_kind kind, size_t choice)
{
	while (length > 0 && text[length - 1] == ' ')
		length--;
	add_line(layout, xasprintf("%s%.*s", lead, (int)length, text), kind, choice);
}

/* text cleaned of control characters, its dial strings spoken when asked. */
static char *
layout_text(const struct layout *layout, const char *text)
{
	char *clean = text_clean(text), *spoken;

	if (layout->spoken == NULL)
		return clean;
	spoken = spoken_numbers_apply(layout->spoken, clean);
	free(clean);
	return spoken;
}

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* libunistring may break "thehotline.org" after the dot; a web address or file name
   read aloud or on a braille line must stay one word. A number said digit by digit
   ("1, 8 0 0, 7 9 9") stays on one line too, as does "December 1, 2026". */
static char *
keep_words_whole(const char *text, size_t length)
{
	char *override = xmalloc(length);

	memset(override, UC_BREAK_UNDEFINED, length);
	for (size_t i = 2; i < length; i++)
		if (i + 1 < length && strchr("./@", text[i - 1]) != NULL && text[i] != ' ' &&
		    text[i - 1] != ' ' && text[i - 2] != ' ')
			override[i] = UC_BREAK_PROHIBITED;
		else if (digit(text[i]) && text[i - 1] == ' ' && (digit(text[i - 2]) ||
		    (i >= 3 && text[i - 2] == ',' && digit(text[i - 3]))))
			override[i] = UC_BREAK_PROHIBITED;
	return override;
}

/* widths[i]: the columns text[0..i) takes, for every byte offset i. */
static size_t *
prefix_widths(const char *text, size_t length)
{
	size_t *widths = xcalloc(length + 1, sizeof *widths);
	size_t at = 0;

	while (at < length) {
		ucs4_t uc;
		int n, w;
		size_t step;
		if ((unsigned char)text[at] >= 0x20 && (unsigned char)text[at] < 0x7f) {
			widths[at + 1] = widths[at] + 1;	/* printable ASCII: one column */
			at++;
			continue;
		}
		n = u8_mbtouc(&uc, (const uint8_t *)text + at, length - at);
		w = uc_width(uc, "UTF-8");
		step = n > 0 ? (size_t)n : 1;
		for (size_t k = 1; k < step; k++)
			widths[at + k] = widths[at];
		widths[at + step] = widths[at] + (w > 0 ? (size_t)w : 0);
		at += step;
	}
	return widths;
}

/* The columns of the line text[start..end), without its trailing spaces. */
static size_t
line_width(const size_t *widths, const char *text, size_t start, size_t end)
{
	while (end > start && text[end - 1] == ' ')
		end--;
	return widths[end] - widths[start];
}

/* Does text[from..to) hold punctuation and spaces only? */
static int
only_punctuation(const char *text, size_t from, size_t to)
{
	while (from < to) {
		ucs4_t uc;
		int n = u8_mbtouc(&uc, (const uint8_t *)text + from, to - from);
		if (uc != ' ' && !uc_is_punct(uc))
			return 0;
		from += n > 0 ? (size_t)n : 1;
	}
	return 1;
}

/* No line may start with a piece that is only punctuation: in ASCII, "»." becomes
   ">>.", which UAX #14 lets stand alone after "?" (the real "»" may not). Such a
   piece stays on the line before it. */
static void
keep_punctuation_attached(const char *text, size_t length, char *breaks)
{
	for (size_t i = 1; i < length; i++) {
		size_t next = i + 1;
		if (breaks[i] != UC_BREAK_POSSIBLE)
			continue;
		while (next < length && breaks[next] != UC_BREAK_POSSIBLE &&
		    breaks[next] != UC_BREAK_MANDATORY)
			next++;
		if (only_punctuation(text, i, next))
			breaks[i] = UC_BREAK_PROHIBITED;
	}
}

/* Where to cut text[start..end), wider than avail columns: after as many characters
   as fit, keeping combining marks (width 0) with the character before them, and
   after at least one character. */
static size_t
cut_point(const size_t *widths, const char *text, size_t start, size_t end, size_t avail)
{
	size_t cut = start, at = start;

	while (at < end) {
		ucs4_t uc;
		int n = u8_mbtouc(&uc, (const uint8_t *)text + at, end - at);
		size_t next = at + (n > 0 ? (size_t)n : 1);
		if (widths[next] - widths[start] > avail && uc_width(uc, "UTF-8") != 0)
			break;
		cut = at = next;
	}
	if (cut == start) {	/* not even one character fits: take it anyway */
		ucs4_t uc;
		int n = u8_mbtouc(&uc, (const uint8_t *)text + start, end - start);
		cut = start + (n > 0 ? (size_t)n : 1);
	}
	/* "thehotline.org" then "." alone, read aloud as "dot": give the next line
	   the word's last letter too. */
	if (only_punctuation(text, cut, end)) {
		ucs4_t last;
		const uint8_t *before = u8_prev(&last, (const uint8_t *)text + cut,
		    (const uint8_t *)text + start);
		if (before != NULL && before > (const uint8_t *)text + start)
			cut = (size_t)(before - (const uint8_t *)text);
	}
	return cut;
}

void
layout_wrap(struct layout *layout, const char *text, const char *prefix, int width,
    enum line_kind kind, size_t choice)
{
	char *clean = layout_text(layout, text), *clean_prefix = text_clean(prefix);
	size_t length = strlen(clean), prefix_width = text_width(clean_prefix), start = 0;
	const char *lead = clean_prefix;
	char *indent, *breaks, *override;
	size_t first_avail, rest_avail, *widths;
	int hang;

	if (width <= 0 || length == 0) {
		add_line(layout, xasprintf("%s%s", clean_prefix, clean), kind, choice);
		free(clean);
		free(clean_prefix);
		return;
	}
	if (prefix_width > 0 && prefix_width + 1 >= (size_t)width) {
		/* A label as wide as the line stands on a line of its own. */
		layout_wrap(layout, clean_prefix, "", width, kind, choice);
		layout_wrap(layout, clean, "", width, kind, choice);
		free(clean);
		free(clean_prefix);
		return;
	}
	if (prefix_width + length <= (size_t)width &&
	    text_printable_ascii_prefix(clean, length) == length) {
		/* Fits as it is: one column a byte and no line break in it (most choices
		   and short lines). */
		emit(layout, lead, clean, length, kind, choice);
		free(clean);
		free(clean_prefix);
		return;
	}
	/* A short prefix ("1. ", "- ") hangs: the lines below start under the text. A
	   long one ("Important: ", "protected person: ") would waste a quarter or more of
	   a narrow line (a 40-cell braille display, a 40x12 window, where it would push
	   the first choices off the screen), so the lines below start at the left edge. */
	hang = prefix_width * 4 <= (size_t)width;
	first_avail = (size_t)width - prefix_width;
	rest_avail = hang ? first_avail : (size_t)width;
	indent = xmalloc(prefix_width + 1);
	memset(indent, ' ', hang ? prefix_width : 0);
	indent[hang ? prefix_width : 0] = '\0';
	/* libunistring finds where a line may break (UAX #14); the lines are filled
	   here, each measured without the spaces it ends with. (Filling with
	   u8_width_linebreaks counts those spaces, and the one column of slack that
	   made up for them let a line ending in a hyphen overflow by one: "Text-" was
	   cut into "Text" and a lone "-".) */
	breaks = xmalloc(length + 1);
	u8_possible_linebreaks((const uint8_t *)clean, length, "UTF-8", breaks);
	override = keep_words_whole(clean, length);
	for (size_t i = 0; i < length; i++)
		if (override[i] == UC_BREAK_PROHIBITED)
			breaks[i] = UC_BREAK_PROHIBITED;
	free(override);
	keep_punctuation_attached(clean, length, breaks);
	widths = prefix_widths(clean, length);
	for (size_t i = 1, fit = 0; i <= length; i++) {
		size_t avail = lead == clean_prefix ? first_avail : rest_avail;
		if (i < length && breaks[i] != UC_BREAK_POSSIBLE && breaks[i] != UC_BREAK_MANDATORY)
			continue;
		if (fit > start && line_width(widths, clean, start, i) > avail) {
			emit(layout, lead, clean + start, fit - start, kind, choice);
			lead = indent;
			start = fit;
			avail = rest_avail;
		}
		/* One word wider than the line (a long address): cut it between
		   characters and go on filling from the cut, so no piece of it stands
		   alone on a line. */
		while (line_width(widths, clean, start, i) > avail) {
			size_t cut = cut_point(widths, clean, start, i, avail);
			emit(layout, lead, clean + start, cut - start, kind, choice);
			lead = indent;
			start = cut;
			avail = rest_avail;
		}
		fit = i;
		if (i == length || breaks[i] == UC_BREAK_MANDATORY) {
			emit(layout, lead, clean + start, i - start, kind, choice);
			lead = indent;
			start = i;
		}
	}
	free(widths);
	free(breaks);
	free(indent);
	free(clean);
	free(clean_prefix);
}

#define LAYOUT_CRUMB_DEPTH 64

/* Built from the page up, so that when space is short the page the reader is on
   always shows: "... > Ask the court to change or end it". The titles are measured
   once and joined once: a guide may be deep. */
char *
layout_breadcrumb_tail(const struct guide *guide, size_t page, size_t width)
{
	const char *titles[LAYOUT_CRUMB_DEPTH] = { NULL };
	size_t count = 0, used, total = 0, length = 0, p = page;
	char *crumb, *at;

	for (; p != GUIDE_NONE && count < LAYOUT_CRUMB_DEPTH; p = guide->pages[p].parent)
		titles[count++] = guide_page_short_title(&guide->pages[p]);
	used = 1;	/* the page's own title always shows */
	total = text_width(titles[0]);
	while (used < count) {
		size_t more = total + 3 + text_width(titles[used]);
		if (width > 0 && more > width)
			break;
		total = more;
		used++;
	}
	for (size_t i = 0; i < used; i++)
		length += strlen(titles[i]) + 3;
	crumb = at = xmalloc(length + 8);
	if (used < count || p != GUIDE_NONE)
		at = stpcpy(at, "... > ");
	for (size_t i = used; i-- > 0;) {
		at = stpcpy(at, titles[i]);
		if (i > 0)
			at = stpcpy(at, " > ");
	}
	return crumb;
}

char *
layout_breadcrumb(const struct guide *guide, size_t page)
{
	return layout_breadcrumb_tail(guide, page, 0);
}

void
layout_choice(struct layout *layout, const char *label, const struct layout_options *o)
{
	size_t n = layout->choice_count;
	char *prefix = xasprintf("%*s%zu. ", o->choice_indent, "", n + 1);

	layout->choice_line = xreallocarray(layout->choice_line, n + 1,
	    sizeof *layout->choice_line);
	layout->choice_line[n] = layout->count;
	layout->choice_count = n + 1;
	layout_wrap(layout, label, prefix, o->width, LINE_CHOICE, n);
	free(prefix);
}

void
layout_blank(struct layout *layout)
{
	add_blank(layout);
}

static void
layout_resource(struct layout *layout, const struct resource *r, int width,
    const struct layout_labels *labels)
{
	/* tty and text are written as whole phrases ("Text START to 88788"). */
	const char *const fields[][2] = {
		{ labels->call, r->phone }, { "", r->tty }, { "", r->text },
		{ labels->web, r->web }, { labels->hours, r->hours },
	};

	layout_wrap(layout, r->name, "", width, LINE_TEXT, GUIDE_NONE);
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		if (fields[i][1] == NULL)
			continue;
		char *prefix = xasprintf(*fields[i][0] ? "  %s " : "  ", fields[i][0]);
		layout_wrap(layout, fields[i][1], prefix, width, LINE_TEXT, GUIDE_NONE);
		free(prefix);
	}
	if (r->note != NULL)
		layout_wrap(layout, r->note, "  ", width, LINE_TEXT, GUIDE_NONE);
}

/* Blocks of one list (bullets, steps, choices) sit together; everything else is
   set apart by a blank line. */
static int
continues_list(const struct block *b, const struct block *previous)
{
	return previous != NULL && previous->kind == b->kind &&
	    (b->kind == BLOCK_BULLET || b->kind == BLOCK_STEP || b->kind == BLOCK_CHOICE ||
	    b->kind == BLOCK_TERM || b->kind == BLOCK_CHECK);
}

/* Guide text names keys as "{quick_exit}"; the reader's own keys go in their place. */
static char *
filled(const struct layout_options *o, const char *text)
{
	if (text == NULL)
		return xstrdup("");
	return o->keys != NULL ? keymap_fill(o->keys, text, o->labels->or_word) : xstrdup(text);
}

static void
layout_block(struct layout *layout, const struct guide *guide, const struct block *b,
    const struct layout_options *o, size_t *step, size_t *choice, size_t *check)
{
	char *prefix = NULL, *text = filled(o, b->text), *detail = filled(o, b->detail);

	switch (b->kind) {
	case BLOCK_PARAGRAPH:
		layout_wrap(layout, text, "", o->width, LINE_TEXT, GUIDE_NONE);
		break;
	case BLOCK_IMPORTANT:
		prefix = xasprintf("%s ", o->labels->important);
		layout_wrap(layout, text, prefix, o->width, LINE_IMPORTANT, GUIDE_NONE);
		break;
	case BLOCK_BULLET:
		layout_wrap(layout, text, "- ", o->width, LINE_TEXT, GUIDE_NONE);
		break;
	case BLOCK_STEP:
		prefix = xasprintf("%zu. ", ++*step);
		layout_wrap(layout, text, prefix, o->width, LINE_TEXT, GUIDE_NONE);
		break;
	case BLOCK_TERM:
		prefix = xasprintf("%s: ", text);
		layout_wrap(layout, detail, prefix, o->width, LINE_TEXT, GUIDE_NONE);
		break;
	case BLOCK_RESOURCE:
		if (b->target < guide->resource_count)
			layout_resource(layout, &guide->resources[b->target], o->width, o->labels);
		break;
	case BLOCK_CHOICE:
		layout_choice(layout, guide_choice_label(guide, b), o);
		++*choice;
		break;
	case BLOCK_CHECK:
		/* Ticked or not is said in words, never by a symbol alone. */
		prefix = xasprintf("%s %s",
		    o->checked != NULL && o->checked[*check] ? o->labels->checked :
		    o->labels->not_checked, text);
		layout_choice(layout, prefix, o);
		++*check;
		break;
	}
	free(prefix);
	free(text);
	free(detail);
}

/* A YYYY-MM-DD date (the checker made sure of its shape) in words: "August 21,
   2024"; as written when labels give no format. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
char *
layout_date_in_words(const char *date, const struct layout_labels *labels)
{
	int year, month, day;

	if (labels->date_format == NULL || sscanf(date, "%4d-%2d-%2d", &year, &month,
	    &day) != 3 || month < 1 || month > 12 || labels->months[month - 1] == NULL)
		return xstrdup(date);
	/* (the format is a translation msgfmt -c checks against its msgid) */
	return xasprintf(labels->date_format, year, labels->months[month - 1], day);
}
#pragma GCC diagnostic pop

void
layout_source(struct layout *layout, const struct source *src, const char *lead,
    const struct layout_options *o)
{
	char *indent = xasprintf("%*s", (int)text_width(lead), "");
	char *text = xasprintf("%s: %s", src->publisher, src->title);
	char *seen = layout_date_in_words(src->seen, o->labels);
	char *dated = src->date != NULL ? layout_date_in_words(src->date, o->labels) : NULL;
	char *dates = dated != NULL ?
	    xasprintf("%s %s. %s %s.", o->labels->source_dated, dated,
	    o->labels->source_seen, seen) :
	    xasprintf("%s %s %s.", o->labels->source_undated, o->labels->source_seen, seen);

	layout_wrap(layout, text, lead, o->width, LINE_TEXT, GUIDE_NONE);
	layout_wrap(layout, src->address, indent, o->width, LINE_TEXT, GUIDE_NONE);
	layout_wrap(layout, dates, indent, o->width, LINE_META, GUIDE_NONE);
	free(indent);
	free(text);
	free(seen);
	free(dated);
	free(dates);
}

void
layout_sources(struct layout *layout, const struct guide *guide, const struct page *page,
    const struct layout_options *o)
{
	char *prefix;

	for (size_t i = 0; i < page->source_ref_count; i++)
		if (page->source_refs[i] < guide->source_count &&
		    guide->sources[page->source_refs[i]].where.state == PART_LOADED)
			layout_source(layout, &guide->sources[page->source_refs[i]], "- ", o);
	if (page->reviewed != NULL) {
		char *reviewed = layout_date_in_words(page->reviewed, o->labels);
		add_blank(layout);
		prefix = xasprintf("%s ", o->labels->reviewed);
		layout_wrap(layout, reviewed, prefix, o->width, LINE_META, GUIDE_NONE);
		free(prefix);
		free(reviewed);
	}
}

/* A question page: the question stands out, with its one-line explanation. */
static void
layout_question(struct layout *layout, const struct page *page,
    const struct layout_options *o)
{
	if (page->question == NULL)
		return;
	add_blank(layout);
	layout->question_line = layout->count;
	layout_wrap(layout, page->question, "", o->width, LINE_IMPORTANT, GUIDE_NONE);
	if (page->explain != NULL)
		layout_wrap(layout, page->explain, "", o->width, LINE_TEXT, GUIDE_NONE);
}

/* A summary page: the answers given this run, in the reader's words. */
static void
layout_said(struct layout *layout, const struct layout_options *o)
{
	if (o->answer_count == 0)
		return;
	add_blank(layout);
	layout_wrap(layout, o->labels->you_said, "", o->width, LINE_TEXT, GUIDE_NONE);
	for (size_t i = 0; i < o->answer_count; i++)
		layout_wrap(layout, o->said[i], "- ", o->width, LINE_TEXT, GUIDE_NONE);
}

static void
layout_change_links(struct layout *layout, const struct layout_options *o)
{
	for (size_t i = 0; i < o->answer_count; i++) {
		char *label = xasprintf("%s %s", o->labels->change, o->questions[i]);
		if (i == 0)
			add_blank(layout);
		layout_choice(layout, label, o);
		free(label);
	}
}

/* Lays out the blocks from..to (file order), choices or the rest. */
static void
layout_blocks(struct layout *layout, const struct guide *guide, const struct page *page,
    size_t from, size_t to, int choices, const struct layout_options *o,
    size_t *choice, size_t *check)
{
	const struct block *previous = NULL;
	size_t step = 0;

	for (size_t i = from; i < to; i++) {
		const struct block *b = &page->blocks[i];
		if ((b->kind == BLOCK_CHOICE) != choices)
			continue;
		if (!continues_list(b, previous))
			add_blank(layout);
		if (b->kind != BLOCK_STEP)
			step = 0;
		layout_block(layout, guide, b, o, &step, choice, check);
		previous = b;
	}
}

/* The page's own text in file order, then its choices, then any text written after
   the last choice: choices come together so that, in linear mode, they sit right
   above the prompt, unless the editor put words below them. Checklist items are
   numbered before the choices, in the order they appear. */
void
layout_page(struct layout *layout, const struct guide *guide, const struct page *page,
    const struct layout_options *o)
{
	size_t choice = 0, check = 0, after_choices = 0;
	char *line;

	for (size_t i = 0; i < page->block_count; i++)
		if (page->blocks[i].kind == BLOCK_CHOICE)
			after_choices = i + 1;
	if (after_choices == 0)
		after_choices = page->block_count;
	if (!o->no_title)
		layout_wrap(layout, page->title, "", o->width, LINE_HEADING, GUIDE_NONE);
	if (o->breadcrumb != NULL) {
		line = xasprintf("%s ", o->labels->where);
		layout_wrap(layout, o->breadcrumb, line, o->width, LINE_META, GUIDE_NONE);
		free(line);
	}
	layout_said(layout, o);
	layout_question(layout, page, o);
	layout_blocks(layout, guide, page, 0, after_choices, 0, o, &choice, &check);
	if (o->state != NULL && o->your_state)
		layout_state_all(layout, o->state, o);
	else if (o->your_state) {
		add_blank(layout);
		layout_wrap(layout, o->labels->no_state, "", o->width, LINE_TEXT, GUIDE_NONE);
	}
	else if (o->state != NULL && page->state_topics != 0)
		layout_state_note(layout, o->state, page->state_topics, o);
	for (size_t i = 0; i < o->state_choice_count; i++) {
		if (i == 0)
			add_blank(layout);
		layout_choice(layout, o->state_choices[i]->name, o);
	}
	layout_blocks(layout, guide, page, 0, after_choices, 1, o, &choice, &check);
	layout_change_links(layout, o);
	layout_blocks(layout, guide, page, after_choices, page->block_count, 0, o, &choice,
	    &check);
}
