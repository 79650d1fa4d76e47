/* nav.h: the navigation state machine both front ends drive. Pure: it knows pages,
   choices and line numbers, never a terminal. */
#ifndef HAVEN_NAV_H
#define HAVEN_NAV_H

#include <stddef.h>

#include "guide_set.h"
#include "keys.h"
#include "search.h"

enum nav_view {
	NAV_VIEW_PAGE,
	NAV_VIEW_HELP,
	NAV_VIEW_RESULTS,
	NAV_VIEW_DEFINE		/* the glossary words the page uses */
};

/* What opening the n-th item of a view did. */
enum nav_opened {
	NAV_OPENED_NOTHING,
	NAV_OPENED_PAGE,
	NAV_OPENED_TOGGLED	/* a checklist item was ticked or unticked */
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

enum nav_end {
	NAV_RUNNING,
	NAV_QUIT,
	NAV_PANIC
};

/* A place in a view: which choice is selected and the first line shown. */
struct nav_place {
	size_t page;
	size_t selected;	/* choice index; GUIDE_NONE when the view has none */
	size_t scroll;
};

/* What the front end's layout of the current view looks like at its size. */
struct nav_metrics {
	size_t line_count;
	size_t rows;			/* lines of text visible at once (>= 1) */
	const size_t *choice_line;	/* first line of each choice */
	size_t choice_count;
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
	enum nav_end end;
};

/* set->guides[lang] must be loaded. */
void nav_init(struct nav *nav, struct guide_set *set, size_t lang);
/* The language L switches to next. */
size_t nav_next_language(const struct nav *nav);
void nav_free(struct nav *nav);

const struct guide *nav_guide(const struct nav *nav);
const struct page *nav_page(const struct nav *nav);
/* The place of the view on screen (the page, or help/results). */
struct nav_place *nav_place(struct nav *nav);

/* Applies an action to the view described by metrics. */
void nav_act(struct nav *nav, enum action action, const struct nav_metrics *metrics);
/* Opens item n (0-based) of the current view: on a page, its checklist items come
   first, then its choices, then (on a summary page) one link per answer given, to
   change it. */
enum nav_opened nav_open_choice(struct nav *nav, size_t n, const struct nav_metrics *metrics);
/* Is checklist item n of page ticked? */
int nav_is_checked(const struct nav *nav, size_t page, size_t item);
/* The answer block given to answers[i] in the current language. */
const struct block *nav_answer_block(const struct nav *nav, size_t i);
/* Runs a search and shows its results. Returns the number of hits. */
size_t nav_search(struct nav *nav, const char *query);
/* Keeps the place valid after a resize or a relayout. */
void nav_clamp(struct nav *nav, const struct nav_metrics *metrics);
/* Scrolls so that the selected item is in view. */
void nav_show_selected(struct nav *nav, const struct nav_metrics *metrics);
/* Is line visible at the current scroll? */
int nav_line_visible(const struct nav_place *place, const struct nav_metrics *m, size_t line);

#endif
