/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* view.h: everything a reader is shown, for either front end: the lines of the
   current view (a page, help, search results, court words) and every message and
   prompt that names keys. Every key named comes from the keymap, so help, prompts and
   hints follow the reader's config. Pure: no terminal. */
#ifndef HAVEN_VIEW_H
#define HAVEN_VIEW_H

#include "keys.h"
#include "layout.h"
#include "nav.h"

struct view_context {
	const struct keymap *keys;
	const struct layout_labels *labels;
	int width;		/* 0: no wrapping */
	int choice_indent;
	int mode;		/* KEYS_FULLSCREEN or KEYS_LINEAR: whose keys to name */
	int breadcrumb;		/* put "You are here:" under a page's title */
	int compact;		/* a short window: no blank lines between blocks */
	int spoken_keys;	/* name keys in words ("Escape"), for listeners */
	int say_digits;		/* write phone numbers digit by digit (--say-digits) */
};

/* Lays out the current view of nav into layout (which it initialises). */
void view_layout(struct layout *layout, const struct nav *nav, const struct view_context *c);

/* The messages below are UTF-8, cleaned of control characters; caller frees. */

/* What an outcome of nav tells the reader, or NULL when the view says it all. */
char *view_outcome_message(const struct nav *nav, enum nav_outcome outcome,
    const struct view_context *c);
/* "x or Esc: quick exit." (all_keys) or "x: quick exit.": full screen's top line
   starts with it. */
char *view_quick_exit_label(const struct view_context *c, int all_keys);
/* "To leave quickly, press x or Esc.": linear mode says it first. */
char *view_quick_exit_notice(const struct view_context *c);
/* Linear mode's prompt: "Choose 1-8, b back, 0 safety, ? help, x or Esc quick exit: ";
   at 50 columns or less "Choose 1-8, ? help, x quick exit: ". */
char *view_prompt(const struct view_context *c, size_t item_count);
/* Linear mode in a terminal, when a page goes on below the screen: "More: Enter or
   Space. r from the top, x or Esc quick exit: ". */
char *view_pause_prompt(const struct view_context *c);
/* Linear mode: asking for search words ("Search for: " on a narrow line). */
char *view_search_prompt(const struct view_context *c);
/* Linear mode on the states page: asking for a state's name, code or number. */
char *view_state_prompt(const struct view_context *c, size_t item_count);
/* Linear mode: a line that is no command. */
char *view_not_understood(const struct view_context *c);
/* Full screen: the bottom line ("x or Esc: quick exit. 0: safety. ?: help."), of at
   most width cells when it can be (the quick exit always shows), and the bottom line
   while search words are typed. */
char *view_bottom_bar(const struct view_context *c, size_t width);
char *view_search_bar(const struct view_context *c, const char *typed, int for_state);
/* Full screen: the note that more text is below. */
char *view_more_below(const struct view_context *c);
/* Full screen: the whole screen's text when the window is too small. */
char *view_too_small(const struct view_context *c);

#endif
