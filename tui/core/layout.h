/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* layout.h: turns a page into the lines a reader sees at a given width. Pure: no
   terminal, no I/O. Both front ends and --dump use it. */
#ifndef HAVEN_LAYOUT_H
#define HAVEN_LAYOUT_H

#include <stddef.h>

#include "guide.h"
#include "spoken.h"
#include "states.h"

enum line_kind {
	LINE_BLANK,
	LINE_HEADING,
	LINE_TEXT,
	LINE_IMPORTANT,
	LINE_CHOICE,
	LINE_META
};

struct layout_line {
	char *text;
	enum line_kind kind;
	size_t choice;		/* choice number (0-based) on LINE_CHOICE lines, else GUIDE_NONE */
};

struct layout {
	struct layout_line *lines;
	size_t count;
	size_t capacity;
	size_t *choice_line;	/* first line of each choice */
	size_t choice_count;
	int compact;		/* no blank lines between blocks (set after layout_init) */
	size_t question_line;	/* a question page's question; GUIDE_NONE: none */
	/* Dial strings written digit by digit (set after layout_init); NULL: as the
	   guide writes them. */
	const struct spoken_numbers *spoken;
};

/* Words the layout adds around content, translated by the caller. */
struct layout_labels {
	const char *important;	/* "Important:" */
	const char *where;	/* "You are here:" */
	const char *call;
	const char *web;
	const char *hours;
	const char *sources;		/* "Sources for this page:" */
	const char *reviewed;		/* "This page was last checked:" */
	const char *source_dated;	/* "Date on the page:" */
	const char *source_undated;	/* "The page shows no date." */
	const char *source_seen;	/* "Seen:" */
	const char *months[12];		/* "January" ... */
	const char *date_format;	/* year, month name, day: "%2$s %3$d, %1$d" */
	const char *checked;		/* "Checked:" */
	const char *not_checked;	/* "Not checked:" */
	const char *you_said;		/* "You said:" */
	const char *change;		/* "Change your answer:" */
	const char *or_word;		/* " or ", joining key names: "x or Esc" */
	const char *in_state;		/* "In %s:" before a state's facts */
	const char *laws_change;	/* "Laws change: check with the court clerk." */
	const char *state_source;	/* "Source:" */
	const char *state_nothing;	/* "%s: nothing checked on this yet." */
	const char *topics[6];		/* per enum state_topic: "Who may ask ...:" */
	const char *order_name;		/* "The order is called:" */
	const char *self_help;		/* "Official self-help site:" */
	const char *state_checked;	/* "These facts were last checked:" */
	const char *no_state;		/* "You have not chosen a state yet." */
};

struct keymap;

struct layout_options {
	const struct keymap *keys;	/* fills "{quick_exit}" in guide text; NULL: left */
	int width;		/* columns; 0: one line per block, no wrapping */
	int choice_indent;	/* blank columns before a choice's number (room for "> ") */
	const char *breadcrumb;	/* shown under the title when not NULL */
	const struct layout_labels *labels;
	const unsigned char *checked;	/* per checklist item of the page; NULL: none */
	const char *const *said;	/* a summary page's "You said:" list */
	const char *const *questions;	/* the questions answered, for change links */
	size_t answer_count;
	int no_title;		/* the front end shows the title itself (a short window) */
	const struct state *state;	/* the reader's state, whose facts show on pages
					   with state topics; NULL: none chosen */
	int your_state;		/* this page lists everything known of state */
	const struct state *const *state_choices;	/* the states page lists these,
							   numbered before its choices */
	size_t state_choice_count;
};

void layout_init(struct layout *layout);
void layout_free(struct layout *layout);
/* Appends the lines of page to layout. */
void layout_page(struct layout *layout, const struct guide *guide, const struct page *page,
    const struct layout_options *options);
/* Appends where page's facts come from: each source's publisher, title, address
   and dates, then when the page was last checked. */
void layout_sources(struct layout *layout, const struct guide *guide,
    const struct page *page, const struct layout_options *o);
/* Appends text wrapped at width (0: unwrapped): the first line starts with prefix,
   the next ones with as many spaces. */
void layout_wrap(struct layout *layout, const char *text, const char *prefix, int width,
    enum line_kind kind, size_t choice);
/* Appends the next numbered choice ("  3. label"). */
void layout_choice(struct layout *layout, const char *label, const struct layout_options *o);
/* "- publisher: title" (lead, then the lines under it indented as wide as lead),
   the address, the dates. */
void layout_source(struct layout *layout, const struct source *src, const char *lead,
    const struct layout_options *o);
/* A YYYY-MM-DD date in words ("August 21, 2024"; caller frees). */
char *layout_date_in_words(const char *date, const struct layout_labels *labels);
/* layout_state.c: "In Michigan:" and the state's facts on topics (a bit per
   enum state_topic), each with its sources, and "Laws change: ...". */
void layout_state_note(struct layout *layout, const struct state *state, unsigned topics,
    const struct layout_options *o);
/* Everything known of the state: each topic, the order's name, the self-help site. */
void layout_state_all(struct layout *layout, const struct state *state,
    const struct layout_options *o);
/* Appends one blank line, unless the last line is blank already. */
void layout_blank(struct layout *layout);
/* "Start > The order is against me > ..." for page (caller frees). */
char *layout_breadcrumb(const struct guide *guide, size_t page);
/* The same, cut from the left to fit width cells (0: whole): "... > page". */
char *layout_breadcrumb_tail(const struct guide *guide, size_t page, size_t width);

#endif
