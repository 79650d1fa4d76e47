/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* dump.c: --dump, the guide in reading order for review and printing. */
#include <config.h>

#include <stdlib.h>

#include "dump.h"
#include "labels.h"
#include "layout.h"
#include "xalloc.h"

static void
dump_page(FILE *out, const struct guide *guide, size_t index,
    const struct layout_options *base, const struct spoken_numbers *spoken)
{
	struct layout layout;
	struct layout_options options = *base;
	char *crumb = layout_breadcrumb(guide, index);

	options.breadcrumb = crumb;
	options.your_state = index == guide->your_state_page;
	layout_init(&layout);
	layout.spoken = spoken;
	layout_page(&layout, guide, &guide->pages[index], &options);
	/* Printed, the page carries its sources with it: a reviewer checks them here. */
	layout_blank(&layout);
	layout_wrap(&layout, options.labels->sources, "", options.width, LINE_META, GUIDE_NONE);
	layout_sources(&layout, guide, &guide->pages[index], &options);
	for (size_t i = 0; i < layout.count; i++)
		fprintf(out, "%s\n", layout.lines[i].text);
	fputs("\n\n", out);
	layout_free(&layout);
	free(crumb);
}

/* A page on the way down, and the next of its blocks to follow. */
struct dump_step {
	size_t page;
	size_t block;
};

static void
dump_visit(FILE *out, const struct guide *guide, size_t page, const struct layout_options *o,
    const struct spoken_numbers *spoken, unsigned char *seen, struct dump_step *stack,
    size_t *depth)
{
	seen[page] = 1;
	dump_page(out, guide, page, o, spoken);
	stack[(*depth)++] = (struct dump_step){ page, 0 };
}

/* Depth first in choice order, with a stack of its own: how deep a guide goes is
   the content's choice, and must not be the C stack's. */
static void
dump_from_start(FILE *out, const struct guide *guide, const struct layout_options *o,
    const struct spoken_numbers *spoken)
{
	struct dump_step *stack = xcalloc(guide->page_count + 1, sizeof *stack);
	unsigned char *seen = xcalloc(guide->page_count, 1);
	size_t depth = 0;

	stack[depth++] = (struct dump_step){ guide->start, 0 };
	seen[guide->start] = 1;
	dump_page(out, guide, guide->start, o, spoken);
	while (depth > 0) {
		struct dump_step *top = &stack[depth - 1];
		const struct page *page = &guide->pages[top->page];
		const struct block *b;
		size_t chosen;
		if (top->block == page->block_count) {
			depth--;
			continue;
		}
		b = &page->blocks[top->block++];
		if (b->kind != BLOCK_CHOICE || b->target == GUIDE_NONE || seen[b->target])
			continue;
		dump_visit(out, guide, b->target, o, spoken, seen, stack, &depth);
		chosen = guide_chosen_page(guide, b->target);
		if (chosen != GUIDE_NONE && !seen[chosen])
			dump_visit(out, guide, chosen, o, spoken, seen, stack, &depth);
	}
	free(seen);
	free(stack);
}

int
dump_guide(FILE *out, const struct guide *guide, int width, const struct keymap *keys,
    int say_digits, const struct state *state)
{
	struct layout_labels labels;
	struct spoken_numbers spoken;
	struct layout_options options = { .keys = keys, .width = width, .labels = &labels,
		.state = state };

	if (guide->start == GUIDE_NONE)
		return -1;
	labels_init(&labels);
	if (say_digits)
		spoken_numbers_init(&spoken, guide);
	dump_from_start(out, guide, &options, say_digits ? &spoken : NULL);
	if (say_digits)
		spoken_numbers_free(&spoken);
	return ferror(out) ? -1 : 0;
}
