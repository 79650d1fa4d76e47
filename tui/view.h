/* view.h: the lines of what the reader is looking at (a page, help or search results),
   for either front end. */
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
	int linear;		/* help speaks of linear-mode keys */
	int breadcrumb;		/* put "You are here:" under a page's title */
};

/* Lays out the current view of nav into layout (which it initialises). */
void view_layout(struct layout *layout, const struct nav *nav, const struct view_context *c);
/* Metrics of a layout shown rows lines at a time. */
struct nav_metrics view_metrics(const struct layout *layout, size_t rows);

#endif
