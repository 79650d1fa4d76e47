/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_input.c: libFuzzer target for the input path: bytes in, keys, events and
   nav's actions out, in either mode, as the front ends drive them (tui/core/input.h).

   The first byte picks the mode, whether search words are being typed, and how the
   quick exit is pressed; the rest are bytes the reader (or a hostile client) sent
   first. Every event is carried out on a small guide, and the view laid out, so the
   actions run too. Then time passes (the escape delay), the quick exit is pressed,
   and more bytes may follow. The invariant: haven's input reports the quick exit, the
   event on which the front ends wipe and end. With Esc the bytes after it must not be
   '[' or 'O' (that would be an arrow key's sequence, which no terminal tells apart
   from Esc then '['); with x, search words must not be being typed.

   Built by the Makefile when clang has libFuzzer (make tests/fuzz/fuzz_input). */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "fuzz_session.h"
#include "guide_set.h"
#include "input.h"
#include "keys.h"
#include "labels.h"
#include "layout.h"
#include "nav.h"
#include "view.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What a front end does with an event; returns 1 on the quick exit. */
static int
carry_out(struct nav *nav, struct input *in, struct input_result r, int mode)
{
	struct view_context c = { &fuzz_session.keys, &fuzz_session.labels, 40, 2,
		mode == INPUT_LINEAR ? KEYS_LINEAR : KEYS_FULLSCREEN, 1 };
	enum nav_outcome outcome;
	struct layout layout;
	char *message;

	if (r.event == INPUT_QUICK_EXIT)
		return 1;
	outcome = nav_carry_out(nav, &r);
	if (outcome == NAV_ASK_WORDS)
		input_ask_words(in);
	if (nav->ended) {
		nav->ended = 0;	/* keep reading: the quick exit must still work */
		return 0;
	}
	message = view_outcome_message(nav, outcome, &c);
	free(message);
	view_layout(&layout, nav, &c);
	nav_set_lines(nav, layout.count, layout.choice_line, layout.choice_count);
	layout_free(&layout);
	return 0;
}

/* Decodes what is queued; returns 1 once the quick exit came. */
static int
drain(struct nav *nav, struct input *in, int mode)
{
	int key;

	while (decoder_next(&in->decoder, &key))
		if (carry_out(nav, in, input_key(in, key), mode))
			return 1;
	return 0;
}

static int
feed(struct nav *nav, struct input *in, const uint8_t *bytes, size_t size, int mode)
{
	for (size_t i = 0; i < size; i++) {
		decoder_feed(&in->decoder, bytes[i]);
		if (drain(nav, in, mode))
			return 1;
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nav nav;
	struct input in;
	int mode, how, exited;
	size_t split;

	if (size < 1)
		return 0;
	mode = data[0] & 1 ? INPUT_LINEAR : INPUT_FULLSCREEN;
	how = (data[0] >> 2) & 3;	/* 0: Esc alone, 1: Esc then bytes, 2: ESC ESC, 3: x */
	split = size > 2 ? 1 + (data[size - 1] % (size - 1)) : size;
	nav_init(&nav, &fuzz_session.set, 0);
	nav_set_rows(&nav, 10);
	input_init(&in, &fuzz_session.keys, (enum input_mode)mode, 1, NULL);
	if (data[0] & 2)
		input_ask_words(&in);
	exited = feed(&nav, &in, data + 1, split - 1, mode);
	decoder_expire(&in.decoder);	/* the reader pauses before the key */
	exited = exited || drain(&nav, &in, mode);
	if (!exited && how == 3 && input_typing_words(&in))
		how = 0;	/* x is a letter there */
	if (!exited) {
		static const uint8_t esc[] = { 0x1b }, esc_esc[] = { 0x1b, 0x1b }, x[] = { 'x' };
		const uint8_t *key = how == 2 ? esc_esc : how == 3 ? x : esc;
		exited = feed(&nav, &in, key, how == 2 ? 2 : 1, mode);
		if (!exited && how == 1 && split < size && data[split] != '[' && data[split] != 'O')
			exited = feed(&nav, &in, data + split, size - split, mode);
		decoder_expire(&in.decoder);
		exited = exited || drain(&nav, &in, mode);
	}
	nav_free(&nav);
	if (!exited) {
		fprintf(stderr, "fuzz_input: the quick exit was lost (mode %d, how %d)\n", mode, how);
		abort();
	}
	return 0;
}
