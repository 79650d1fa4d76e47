/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* decode.h: the one decoder from input bytes to keys, for both modes (as tmux's
   tty-keys.c is for every terminal). It knows UTF-8, the terminal's 8-bit charset,
   a small table of common escape sequences and those terminfo names. Pure: the
   front end reads the bytes and owns the clock; this only decides.

   The quick exit depends on one rule here: a sequence only continues with what a
   terminal would send. A second ESC, a control byte, or anything but '[' or 'O'
   after ESC ends the sequence, and the ESC is the Esc key; so ESC ESC and ESC x
   are Esc, then the next key, however fast they come. */
#ifndef HAVEN_DECODE_H
#define HAVEN_DECODE_H

#include <stddef.h>
#include <stdint.h>

#define DECODE_SEQUENCE_MAX 16
#define DECODE_EXTRA_MAX 32
#define DECODE_QUEUE_MAX 40

struct decode_sequence {
	char bytes[DECODE_SEQUENCE_MAX];	/* starting with ESC */
	int key;
};

struct decoder {
	unsigned char pending[DECODE_SEQUENCE_MAX];	/* a sequence or character begun */
	size_t length;
	int utf8;			/* the terminal speaks UTF-8 */
	uint32_t high[128];		/* else: the character of bytes 0x80-0xff; 0: none */
	int after_cr;			/* CR LF is one Enter */
	struct decode_sequence extra[DECODE_EXTRA_MAX];	/* from terminfo */
	size_t extra_count;
	int queue[DECODE_QUEUE_MAX];	/* decoded keys not yet taken */
	size_t queued, taken;
};

/* high: for a terminal that is not UTF-8, the Unicode character of each byte from
   0x80 (0 where the byte is no character); NULL for none (ASCII). */
void decoder_init(struct decoder *d, int utf8, const uint32_t *high);
/* Adds a terminal's sequence for key (from terminfo). Only ESC '[' or ESC 'O' and
   printable bytes are taken, so no terminfo entry can turn x, or Esc followed by
   anything else, into another key. Returns 0, or -1 if not taken. */
int decoder_add_sequence(struct decoder *d, const char *bytes, int key);
void decoder_feed(struct decoder *d, unsigned char byte);
/* Is a sequence or character incomplete? Then the front end waits the escape delay
   for more, and calls decoder_expire if none came. */
int decoder_pending(const struct decoder *d);
/* The escape delay passed: a lone ESC is the Esc key; a cut character is dropped. */
void decoder_expire(struct decoder *d);
/* The next decoded key; returns 0 when there is none. */
int decoder_next(struct decoder *d, int *key);

#endif
