/* dump.c: --dump, the guide in reading order for review and printing. */
#include <config.h>

#include <stdlib.h>

#include "dump.h"
#include "labels.h"
#include "layout.h"
#include "xalloc.h"

static void
dump_page(FILE *out, const struct guide *guide, size_t index, int width,
    const struct layout_labels *labels)
{
	struct layout layout;
	char *crumb = layout_breadcrumb(guide, index);
	struct layout_options options = { .width = width, .breadcrumb = crumb,
		.labels = labels };

	layout_init(&layout);
	layout_page(&layout, guide, &guide->pages[index], &options);
	for (size_t i = 0; i < layout.count; i++)
		fprintf(out, "%s\n", layout.lines[i].text);
	fputs("\n\n", out);
	layout_free(&layout);
	free(crumb);
}

static void
dump_from(FILE *out, const struct guide *guide, size_t index, unsigned char *seen,
    int width, const struct layout_labels *labels)
{
	const struct page *page = &guide->pages[index];

	seen[index] = 1;
	dump_page(out, guide, index, width, labels);
	for (size_t i = 0; i < page->block_count; i++) {
		const struct block *b = &page->blocks[i];
		if (b->kind == BLOCK_CHOICE && b->target != GUIDE_NONE && !seen[b->target])
			dump_from(out, guide, b->target, seen, width, labels);
	}
}

int
dump_guide(FILE *out, const struct guide *guide, int width)
{
	struct layout_labels labels;
	unsigned char *seen;

	if (guide->start == GUIDE_NONE)
		return -1;
	labels_init(&labels);
	seen = xcalloc(guide->page_count, 1);
	dump_from(out, guide, guide->start, seen, width, &labels);
	free(seen);
	return ferror(out) ? -1 : 0;
}
