/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_resize.c: libFuzzer target for the window-size and resize path, as a client
   drives it: each 5-byte record is a window size the terminal reports (rows, columns:
   two bytes each, any of 0..65535) and a key. The size goes through window_bounded
   as the screen's does, the view is laid out again at that width and nav is told its
   rows and lines; then the key is carried out. Invariants: the size stays within
   WINDOW_MAX_*; at a window large enough for pages, no laid-out line is wider than
   the width; nav's scroll and selection stay within the layout.

   Built by the Makefile when clang has libFuzzer (make tests/fuzz/fuzz_resize). */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "fuzz_session.h"
#include "guide_set.h"
#include "input.h"
#include "labels.h"
#include "layout.h"
#include "nav.h"
#include "text.h"
#include "view.h"
#include "window.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
fail(const char *what, const char *text)
{
	fprintf(stderr, "fuzz_resize: %s: %s\n", what, text != NULL ? text : "");
	abort();
}

/* Lays out as the screen does for a window of size, and checks what it made. */
static void
lay_out(struct nav *nav, struct window_size size)
{
	struct view_context c = { &fuzz_session.keys, &fuzz_session.labels, size.cols - 1, 2,
		KEYS_FULLSCREEN, 0 };
	const struct nav_place *place;
	struct layout layout;

	if (size.lines > WINDOW_MAX_LINES || size.cols > WINDOW_MAX_COLS || size.lines < 1 ||
	    size.cols < 1)
		fail("a size beyond the bounds", NULL);
	if (window_too_small(size))
		return;
	view_layout(&layout, nav, &c);
	for (size_t i = 0; i < layout.count; i++)
		if (text_width(layout.lines[i].text) > (size_t)c.width)
			fail("a line wider than the window", layout.lines[i].text);
	nav_set_lines(nav, layout.count, layout.choice_line, layout.choice_count);
	nav_set_rows(nav, (size_t)size.lines - 3);
	place = nav_place(nav);
	if (layout.count > nav->viewport.rows &&
	    place->scroll > layout.count - nav->viewport.rows)
		fail("scrolled past the end", NULL);
	if (place->selected != GUIDE_NONE && place->selected >= layout.choice_count)
		fail("a selection that is not there", NULL);
	layout_free(&layout);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nav nav;
	struct input in;

	nav_init(&nav, &fuzz_session.set, 0);
	input_init(&in, &fuzz_session.keys, INPUT_FULLSCREEN, 1, NULL);
	for (size_t at = 0; at + 5 <= size && at < 5 * 64; at += 5) {
		struct window_size window = window_bounded(data[at] << 8 | data[at + 1],
		    data[at + 2] << 8 | data[at + 3]);
		struct input_result r;
		int key;
		lay_out(&nav, window);
		decoder_feed(&in.decoder, data[at + 4]);
		decoder_expire(&in.decoder);
		while (decoder_next(&in.decoder, &key)) {
			r = input_key(&in, key);
			if (nav_carry_out(&nav, &r) == NAV_ASK_WORDS)
				input_ask_words(&in);
			nav.ended = 0;
		}
		lay_out(&nav, window);
	}
	nav_free(&nav);
	return 0;
}
