/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* input.h: what a key means, in either mode: the one input path. Bytes go through
   the decoder into keys, and each key becomes one event that the front end carries
   out through nav. The quick-exit test is made here and nowhere else.

   Full screen: a key acts at once; 1-9 open that choice.
   Linear: commands are typed lines (a number, or one letter, then Enter); a key that
   types nothing (Esc, F1, Left...) acts at once. The quick exit acts at once in both.
   While search words are typed, keys that type text are text. */
#ifndef HAVEN_INPUT_H
#define HAVEN_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "keys.h"
#include "line_edit.h"

enum input_mode {
	INPUT_FULLSCREEN,
	INPUT_LINEAR
};

enum input_event {
	INPUT_NOTHING,		/* no effect */
	INPUT_EDITED,		/* the typed line changed (added / erased) */
	INPUT_ACTION,		/* carry out .action */
	INPUT_OPEN,		/* open item .number (1-based, as typed) */
	INPUT_WORDS,		/* search for .text */
	INPUT_CANCELLED,	/* the search words were given up */
	INPUT_EMPTY_LINE,	/* linear: Enter with nothing typed */
	INPUT_NOT_UNDERSTOOD,	/* linear: a line that is no command */
	INPUT_QUIT,		/* Ctrl-C, or Ctrl-D on an empty linear line */
	INPUT_QUICK_EXIT
};

struct input_result {
	enum input_event event;
	enum action action;
	size_t number;
	const char *text;		/* INPUT_WORDS, and the finished line in linear mode */
	enum line_edit_result edit;	/* INPUT_EDITED: added or erased */
	size_t width;			/* INPUT_EDITED: cells of that character */
};

struct input {
	struct decoder decoder;
	struct line_edit line;
	char finished[LINE_EDIT_MAX_BYTES + 1];	/* the last line entered */
	const struct keymap *keys;
	enum input_mode mode;
	int typing_words;
	unsigned char unread[256];	/* bytes read, not yet decoded (the front end's) */
	size_t unread_count, unread_next;
};

void input_init(struct input *in, const struct keymap *keys, enum input_mode mode,
    int utf8, const uint32_t *high);
/* The next keys type search words, until Enter or cancel. */
void input_ask_words(struct input *in);
int input_typing_words(const struct input *in);
/* What the line holds so far (UTF-8). */
const char *input_line(const struct input *in);
/* What key means now. */
struct input_result input_key(struct input *in, int key);
/* The input ended (end of file): a line typed without Enter still counts. */
struct input_result input_end(struct input *in);

#endif
