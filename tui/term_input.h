/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* term_input.h: reads the terminal's (or pipe's) bytes into the one input path
   (core/input.h) for both front ends: the escape delay lives here, and here alone
   it is decided that input has ended. */
#ifndef HAVEN_TERM_INPUT_H
#define HAVEN_TERM_INPUT_H

#include "input.h"

/* Long enough to read an arrow key's sequence over SSH, short enough that Esc feels
   instant (ncurses' default is a full second). */
#define TERM_INPUT_ESCAPE_DELAY_MS 25

enum term_read {
	TERM_READ_KEY,
	TERM_READ_RESIZE,	/* SIGWINCH (when watched) */
	TERM_READ_INTERRUPT,	/* SIGINT: a normal quit */
	TERM_READ_END,		/* end of file, or the terminal hung up (EIO) */
	TERM_READ_ERROR		/* any other read error, or nobody reads the output */
};

/* Sets up in for the terminal's charset, with terminfo's key sequences when the
   terminal has them (call after setupterm or newterm; or with no terminfo at all). */
void term_input_init(struct input *in, const struct keymap *keys, enum input_mode mode,
    int use_terminfo);
/* Catches SIGWINCH: term_input_next reports it as TERM_READ_RESIZE. */
void term_input_watch_resize(void);
/* The next key from fd, waiting as long as it takes. */
enum term_read term_input_next(struct input *in, int fd, int *key);

#endif
