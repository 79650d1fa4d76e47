/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_loader.c: libFuzzer target for haven's content loader.

   The input is the text of one to three INI files, separated by a line that holds
   exactly "--8<--" (so cross-file checks run: duplicate IDs, links, a second
   [guide]). Each part goes into a memfd and is loaded by ini_doc_load through
   "/proc/self/fd/N" (iniparser only takes a path, and nothing may touch the disk).
   The docs are then built into a guide and validated (guide_build), exactly as
   guide_load does.

   The same files are then read as a reader reads them (guide_open_files: each
   file's outline, then each part when needed, through ini_doc_load_section), and
   every part is needed in turn: a guide the checker passes must read the same way,
   every page shown with the same title; any other must still be safe to lay out.

   When the guide has no problems (the only case in which haven shows a guide), every
   page is laid out at widths 0, 1, 7 and 40, the guide is searched, and the guide is
   recoded for an ASCII terminal and laid out again. The raw input, when it is valid
   UTF-8, also goes through text_width, text_clean, text_fold and text_truncate.

   Build and run: make tests/fuzz/fuzz_loader, tests/fuzz/run.sh (see README.md). */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <unistr.h>

#include "diag.h"
#include "guide.h"
#include "ini_doc.h"
#include "keys.h"
#include "layout.h"
#include "loader.h"
#include "search.h"
#include "text.h"

#define MAX_FILES 3
#define MARKER "\n--8<--\n"

static struct keymap keys;

static const struct layout_labels labels = {
	.important = "Important:", .where = "You are here:", .call = "Call:", .web = "Web:",
	.hours = "Hours:", .sources = "Sources for this page:",
	.reviewed = "This page was last checked:", .source_dated = "Date on the page:",
	.source_undated = "The page shows no date.", .source_seen = "Seen:",
	.checked = "Checked:", .not_checked = "Not checked:", .you_said = "You said:",
	.change = "Change your answer:", .or_word = " or "
};

static const int widths[] = { 0, 1, 7, 40 };

/* Something the harness itself got wrong (not haven): stop loudly. */
static void
harness_fail(const char *what)
{
	perror(what);
	abort();
}

/* A memfd holding data; returns the fd and sets path to "/proc/self/fd/N". */
static int
memfd_with(const uint8_t *data, size_t size, char *path, size_t path_size)
{
	int fd = memfd_create("haven-fuzz", MFD_CLOEXEC);
	size_t done = 0;

	if (fd < 0)
		harness_fail("memfd_create");
	while (done < size) {
		ssize_t n = write(fd, data + done, size - done);
		if (n <= 0)
			harness_fail("write to memfd");
		done += (size_t)n;
	}
	snprintf(path, path_size, "/proc/self/fd/%d", fd);
	return fd;
}

/* HAVEN_FUZZ_STRICT=1 adds an oracle beyond memory safety: no laid-out line may hold
   a control character (C0 including tab, DEL, C1), as text.h promises ("no byte of
   content can drive the terminal"). Off by default: it fails on a known problem (term
   words reach the line uncleaned; see README.md), which would stop every run. */
static int strict = -1;

static void
check_line_controls(const char *text)
{
	const uint8_t *p = (const uint8_t *)text;
	ucs4_t uc;

	while (*p != '\0') {
		int n = u8_strmbtouc(&uc, p);
		if (n <= 0)
			n = 1;
		if (uc < 0x20 || uc == 0x7f || (uc >= 0x80 && uc < 0xa0)) {
			fprintf(stderr, "control character U+%04X in a laid-out line: \"", uc);
			for (const uint8_t *c = (const uint8_t *)text; *c != '\0'; c++)
				fprintf(stderr, *c < 0x20 || *c >= 0x7f ? "\\x%02x" : "%c", *c);
			fprintf(stderr, "\"\n");
			abort();
		}
		p += n;
	}
}

static void
check_layout(const struct layout *layout)
{
	if (strict < 0)
		strict = getenv("HAVEN_FUZZ_STRICT") != NULL &&
		    strcmp(getenv("HAVEN_FUZZ_STRICT"), "1") == 0;
	for (size_t i = 0; i < layout->count; i++) {
		if (layout->lines[i].text == NULL)
			abort();
		if (strict)
			check_line_controls(layout->lines[i].text);
	}
	for (size_t i = 0; i < layout->choice_count; i++)
		if (layout->choice_line[i] > layout->count)
			abort();
}

static void
lay_out_guide(const struct guide *guide, const int *w, size_t nw)
{
	for (size_t p = 0; p < guide->page_count; p++) {
		char *crumb = layout_breadcrumb(guide, p);
		for (size_t i = 0; i < nw; i++) {
			struct layout layout;
			/* As --dump does (breadcrumb, no indent) and as the screen does. */
			struct layout_options dump = { .keys = &keys, .width = w[i],
				.breadcrumb = crumb, .labels = &labels };
			struct layout_options screen = { .keys = &keys, .width = w[i],
				.choice_indent = 2, .labels = &labels };

			layout_init(&layout);
			layout_page(&layout, guide, &guide->pages[p], &dump);
			layout_sources(&layout, guide, &guide->pages[p], &dump);
			check_layout(&layout);
			layout_free(&layout);
			layout_init(&layout);
			layout.compact = (int)(i & 1);	/* a short window's layout too */
			layout_page(&layout, guide, &guide->pages[p], &screen);
			if (layout.choice_count != page_choice_count(&guide->pages[p]))
				abort();
			check_layout(&layout);
			layout_free(&layout);
		}
		free(crumb);
	}
}

/* Runs query and lays the hits out as the search results view does. */
static size_t
search_and_show(struct search_index *index, const struct guide *guide, const char *query)
{
	struct search_hit *hits = NULL;
	size_t count = search_run(index, query, &hits);
	struct layout layout;
	struct layout_options o = { .keys = &keys, .width = 40, .choice_indent = 2,
		.labels = &labels };

	layout_init(&layout);
	for (size_t i = 0; i < count; i++) {
		if (hits[i].page >= guide->page_count)
			abort();
		if (hits[i].block != GUIDE_NONE &&
		    hits[i].block >= guide->pages[hits[i].page].block_count)
			abort();
		for (size_t max = 5; max <= 60; max += 55) {
			char *snippet = search_snippet(guide, &hits[i], query, max);
			layout_choice(&layout, snippet, &o);
			free(snippet);
		}
	}
	check_layout(&layout);
	layout_free(&layout);
	free(hits);
	return count;
}

static void
search_guide(const struct guide *guide, const uint8_t *data, size_t size)
{
	struct search_index index;
	const uint8_t *line, *nl;
	size_t length;
	char *query;

	search_index_init(&index, guide);
	/* The input's last non-empty line (its value if it has '='), up to 64 bytes: maybe
	   cut inside a character. */
	while (size > 0 && (data[size - 1] == '\n' || data[size - 1] == '\r'))
		size--;
	nl = size > 0 ? memrchr(data, '\n', size) : NULL;
	line = nl != NULL ? nl + 1 : data;
	/* From a "key = value" line, the value. */
	if ((nl = memchr(line, '=', (size_t)(data + size - line))) != NULL) {
		line = nl + 1;
		while (line < data + size && *line == ' ')
			line++;
	}
	length = (size_t)(data + size - line);
	query = strndup((const char *)line, length > 64 ? 64 : length);
	if (query == NULL)
		harness_fail("strndup");
	search_and_show(&index, guide, query);
	free(query);
	/* Every page's title finds at least that page. */
	for (size_t p = 0; p < guide->page_count; p++) {
		const char *title = guide->pages[p].title;
		char *folded = text_fold(title);
		struct search_hit *hits = NULL;
		size_t count, i;

		/* A title of combining marks only folds to nothing: nothing to look for. */
		if (folded == NULL || *folded == '\0') {
			free(folded);
			continue;
		}
		free(folded);
		count = search_run(&index, title, &hits);

		for (i = 0; i < count && hits[i].page != p; i++)
			;
		if (i == count) {
			fprintf(stderr, "search for the title of page '%s' does not find it\n",
			    guide->pages[p].id);
			abort();
		}
		free(hits);
	}
	search_and_show(&index, guide, "a");
	search_and_show(&index, guide, "E\xcc\x81");	/* E + combining acute */
	search_index_free(&index);
}

static void
text_checks(const uint8_t *data, size_t size)
{
	char *s, *r;

	if (u8_check(data, size) != NULL)
		return;
	s = malloc(size + 1);
	if (s == NULL)
		harness_fail("malloc");
	memcpy(s, data, size);
	s[size] = '\0';		/* an embedded NUL just ends the string early */
	(void)text_width(s);
	r = text_clean(s);
	if (u8_check((const uint8_t *)r, strlen(r)) != NULL)
		abort();	/* cleaning valid UTF-8 must keep it valid */
	for (const char *c = r; *c != '\0'; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			abort();	/* no control character may survive */
	free(r);
	r = text_fold(s);
	if (r == NULL)
		abort();	/* valid UTF-8 always folds */
	free(r);
	for (size_t w = 0; w <= 8; w += 4) {
		r = text_truncate(s, w);
		if (text_width(r) > w)
			abort();
		free(r);
	}
	free(s);
}

/* The reader's way through the same files (see the top of the file). */
static void
read_as_a_reader(const struct guide *checked, int checked_ok, char paths[][64],
    size_t count)
{
	struct guide_options options = { keys_placeholder_names(), 1, NULL, 0, 0, NULL };
	char **files = calloc(count, sizeof *files);
	struct diag_list diags;
	struct guide *guide;
	int opened;

	if (files == NULL)
		harness_fail("calloc");
	for (size_t i = 0; i < count; i++)
		if ((files[i] = strdup(paths[i])) == NULL)
			harness_fail("strdup");
	diag_init(&diags);
	guide = guide_open_files("fuzz", files, count, &options, &diags);
	opened = diags.count == 0;
	if (checked_ok && !opened)
		abort();	/* the checker passed it: a reader must open it */
	if (opened) {
		for (size_t p = 0; p < guide->page_count; p++) {
			guide_need_view(guide, p, &diags);
			guide_need_sources(guide, p, &diags);
		}
		guide_need_all(guide, &diags);
		if (checked_ok && diags.count != 0)
			abort();	/* ... and read every part without a problem */
		for (size_t p = 0; checked_ok && p < guide->page_count; p++)
			if (!page_is_shown(&guide->pages[p]) ||
			    strcmp(guide->pages[p].title, checked->pages[p].title) != 0)
				abort();	/* ... the same pages, in the same order */
		lay_out_guide(guide, widths + 3, 1);	/* broken pages too */
	}
	guide_free(guide);
	diag_free(&diags);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ini_doc docs[MAX_FILES];
	int fds[MAX_FILES];
	char paths[MAX_FILES][64];
	int checked_ok;
	size_t count = 0, at = 0;
	struct diag_list diags;
	struct guide *guide;

	if (keys.keys[ACTION_PANIC][0] == 0)
		keymap_default(&keys);

	diag_init(&diags);
	/* Split on the marker; the last part takes the rest. */
	while (count < MAX_FILES) {
		const uint8_t *found = NULL;
		size_t length = size - at;

		if (count < MAX_FILES - 1)
			found = memmem(data + at, size - at, MARKER, strlen(MARKER));
		if (found != NULL)
			length = (size_t)(found - (data + at)) + 1;	/* keep its '\n' */
		fds[count] = memfd_with(data + at, length, paths[count], sizeof paths[count]);
		ini_doc_load(&docs[count], paths[count], 1, &diags);
		count++;
		if (found == NULL)
			break;
		at = (size_t)(found - data) + strlen(MARKER);
	}

	guide = guide_new();
	guide->checking = 1;	/* every rule, the checker's too */
	guide_build(guide, "fuzz", keys_placeholder_names(), docs, count, &diags);
	checked_ok = diags.count == 0;
	read_as_a_reader(guide, checked_ok, paths, count);
	if (checked_ok) {
		/* A guide haven would show. */
		lay_out_guide(guide, widths, sizeof widths / sizeof widths[0]);
		search_guide(guide, data, size);
		(void)guide_word_count(guide);
		guide_for_charset(guide, "ANSI_X3.4-1968");
		lay_out_guide(guide, widths + 3, 1);
	}
	guide_free(guide);
	for (size_t i = 0; i < count; i++) {
		ini_doc_free(&docs[i]);
		close(fds[i]);
	}
	diag_free(&diags);

	text_checks(data, size);
	return 0;
}
