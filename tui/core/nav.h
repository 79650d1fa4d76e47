/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* nav.h: the navigation state machine both front ends drive. It owns the effect of
   every action (moving, opening by number, ticking, search, language, help, back) and
   answers with an outcome that the front end only renders. It keeps its own viewport:
   the front end tells it the window's rows and, after each layout, where the lines
   and choices are. Every change that alters what a layout shows bumps generation, so
   a front end lays out again exactly when that number moves. Pure: no terminal. */
#ifndef HAVEN_NAV_H
#define HAVEN_NAV_H

#include <stddef.h>

#include "guide_set.h"
#include "input.h"
#include "keys.h"
#include "search.h"

enum nav_view {
	NAV_VIEW_PAGE,
	NAV_VIEW_HELP,
	NAV_VIEW_RESULTS,
	NAV_VIEW_DEFINE,	/* the glossary words the page uses */
	NAV_VIEW_SOURCES	/* where the page's facts come from */
};

/* What an action did, for the front end to render. */
enum nav_outcome {
	NAV_NOTHING,		/* nothing changed */
	NAV_MOVED,		/* the selection or the scroll changed */
	NAV_SHOWN,		/* another page or view (or the same, to show again) */
	NAV_TICKED,		/* a checklist item was ticked or unticked: nav->ticked */
	NAV_NO_SUCH_ITEM,	/* nav->asked is not an item of this view */
	NAV_ASK_WORDS,		/* search: read the words, then call nav_search */
	NAV_NOT_FOUND,		/* the search found nothing (its results view shows) */
	NAV_SEARCH_FIRST,	/* n or N before any search */
	NAV_ONE_LANGUAGE,	/* L with one language installed */
	NAV_LANGUAGE_BROKEN,	/* the other language's guide has problems */
	NAV_LANGUAGE_CHANGED,	/* shown in the next language: change the UI words too */
	NAV_STATE_NO_MATCH,	/* no state has that name: the nearest are listed */
	NAV_STATES_BROKEN,	/* the state files have problems: none can be chosen */
	NAV_STATE_BROKEN,	/* the chosen state's file proved broken when read */
	NAV_ENDED		/* quit */
};

/* An answer given this run (kept in memory only, forgotten on exit). */
struct nav_answer {
	size_t question;	/* the question page */
	size_t answer;		/* which of its answers */
};

/* A ticked checklist item, by page ID so it survives a language switch. */
struct nav_tick {
	char *page_id;
	size_t item;
};

/* A place in a view: which choice is selected and the first line shown. */
struct nav_place {
	size_t page;
	size_t selected;	/* choice index; GUIDE_NONE when the view has none */
	size_t scroll;
	int on_question;	/* a question page just opened: the cursor (and so a
				   braille display) shows the question until the first
				   move, which goes to the selected answer */
};

/* The current layout as the front end drew it. */
struct nav_viewport {
	size_t rows;			/* lines of text visible at once (>= 1) */
	size_t line_count;
	size_t *choice_line;		/* first line of each choice */
	size_t choice_count;
	unsigned long generation;	/* of the layout these lines came from */
};

struct nav {
	struct guide_set *set;		/* languages load on first use */
	size_t lang;
	enum nav_view view;
	struct nav_place here;		/* the page being read */
	struct nav_place aside;		/* selection and scroll in help or results */
	struct nav_place *history;
	size_t history_count;
	size_t history_capacity;
	struct search_index *indexes;	/* one per language, built on first search */
	char *query;
	struct search_hit *hits;
	size_t hit_count;
	size_t hit_current;		/* GUIDE_NONE before n/N or an opened result */
	struct nav_answer *answers;	/* in the order asked */
	size_t answer_count;
	struct nav_tick *ticks;
	size_t tick_count;
	size_t ticked;			/* NAV_TICKED: the item */
	size_t asked;			/* NAV_NO_SUCH_ITEM: the number asked for */
	char state_code[4];		/* the reader's state ("MI"); "" none. Memory only */
	char *state_words;		/* typed on the states page; NULL: list them all */
	size_t *state_list;		/* the states that page lists, by index */
	size_t state_list_count;
	struct nav_viewport viewport;
	unsigned long generation;
	int ended;
};

/* set->guides[lang] must load without problems (it is loaded if it is not). A nav
   keeps one language in memory: switching frees the one it leaves. */
void nav_init(struct nav *nav, struct guide_set *set, size_t lang);
void nav_free(struct nav *nav);

const struct guide *nav_guide(const struct nav *nav);
const struct page *nav_page(const struct nav *nav);
/* The place of the view on screen (the page, or help/results). */
struct nav_place *nav_place(struct nav *nav);
/* How many items of the current view can be opened by number. */
size_t nav_item_count(const struct nav *nav);

enum nav_outcome nav_act(struct nav *nav, enum action action);
/* Opens item number (1-based, as typed): on a page, its checklist items come first,
   then its choices, then (on a summary page) one link per answer given, to change it. */
enum nav_outcome nav_open_item(struct nav *nav, size_t number);
/* Runs a search and shows its results. */
enum nav_outcome nav_search(struct nav *nav, const char *words);
/* Carries out what an input event asks (an action, an item's number, search words);
   NAV_NOTHING for events that ask nav for nothing. Both front ends call this. */
enum nav_outcome nav_carry_out(struct nav *nav, const struct input_result *r);

/* The states of the reader's language, read on first use; NULL: none or broken. */
const struct state_list *nav_states(struct nav *nav);
/* The reader's state in the current language, or NULL. */
const struct state *nav_state(const struct nav *nav);
/* Chooses the state whose code is code (any case); -1 if there is none. */
int nav_choose_state(struct nav *nav, const char *code);
/* Is the reader on the page that lists the states? */
int nav_on_states_page(const struct nav *nav);

/* Is checklist item n of page ticked? */
int nav_is_checked(const struct nav *nav, size_t page, size_t item);
/* The answer block given to answers[i] in the current language. */
const struct block *nav_answer_block(const struct nav *nav, size_t i);

/* The window shows rows lines of text (a resize). */
void nav_set_rows(struct nav *nav, size_t rows);
/* The layout of the current view has these lines (choice_line is copied). A new
   layout of the same view (another width) keeps the reader's share of the page above
   the window, and a selection that was in view stays in view. */
void nav_set_lines(struct nav *nav, size_t line_count, const size_t *choice_line,
    size_t choice_count);
/* Is line inside the window? */
int nav_line_visible(const struct nav *nav, size_t line);

#endif
