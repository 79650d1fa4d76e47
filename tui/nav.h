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
	NAV_VIEW_RESULTS
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
	const struct guide_set *set;
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
	enum nav_end end;
};

void nav_init(struct nav *nav, const struct guide_set *set, size_t lang);
void nav_free(struct nav *nav);

const struct guide *nav_guide(const struct nav *nav);
const struct page *nav_page(const struct nav *nav);
/* The place of the view on screen (the page, or help/results). */
struct nav_place *nav_place(struct nav *nav);

/* Applies an action to the view described by metrics. */
void nav_act(struct nav *nav, enum action action, const struct nav_metrics *metrics);
/* Opens choice n (0-based) of the current view; returns 0 if there is none. */
int nav_open_choice(struct nav *nav, size_t n, const struct nav_metrics *metrics);
/* Runs a search and shows its results. Returns the number of hits. */
size_t nav_search(struct nav *nav, const char *query);
/* Keeps the place valid after a resize or a relayout. */
void nav_clamp(struct nav *nav, const struct nav_metrics *metrics);
/* Is line visible at the current scroll? */
int nav_line_visible(const struct nav_place *place, const struct nav_metrics *m, size_t line);

#endif
