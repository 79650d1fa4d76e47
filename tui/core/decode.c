/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* decode.c: bytes to keys (see decode.h for the rules). */
#include <config.h>

#include <string.h>

#include <unistr.h>

#include "decode.h"
#include "keys.h"

#define ESC 0x1b

/* Sequences terminals send whatever terminfo says: cursor keys in both cursor modes,
   and the usual function-key families (xterm, VT220, rxvt, the Linux console). */
static const struct {
	const char *bytes;
	int key;
} common_sequences[] = {
	{ "\033[A", KEY_CODE_UP }, { "\033[B", KEY_CODE_DOWN }, { "\033[C", KEY_CODE_RIGHT },
	{ "\033[D", KEY_CODE_LEFT }, { "\033OA", KEY_CODE_UP }, { "\033OB", KEY_CODE_DOWN },
	{ "\033OC", KEY_CODE_RIGHT }, { "\033OD", KEY_CODE_LEFT },
	{ "\033[5~", KEY_CODE_PAGE_UP }, { "\033[6~", KEY_CODE_PAGE_DOWN },
	{ "\033[H", KEY_CODE_HOME }, { "\033[F", KEY_CODE_END }, { "\033OH", KEY_CODE_HOME },
	{ "\033OF", KEY_CODE_END }, { "\033[1~", KEY_CODE_HOME }, { "\033[4~", KEY_CODE_END },
	{ "\033[7~", KEY_CODE_HOME }, { "\033[8~", KEY_CODE_END },
	{ "\033OM", KEY_CODE_ENTER },
	{ "\033OP", KEY_CODE_F1 }, { "\033OQ", KEY_CODE_F1 + 1 }, { "\033OR", KEY_CODE_F1 + 2 },
	{ "\033OS", KEY_CODE_F1 + 3 },
	{ "\033[11~", KEY_CODE_F1 }, { "\033[12~", KEY_CODE_F1 + 1 },
	{ "\033[13~", KEY_CODE_F1 + 2 }, { "\033[14~", KEY_CODE_F1 + 3 },
	{ "\033[15~", KEY_CODE_F1 + 4 }, { "\033[17~", KEY_CODE_F1 + 5 },
	{ "\033[18~", KEY_CODE_F1 + 6 }, { "\033[19~", KEY_CODE_F1 + 7 },
	{ "\033[20~", KEY_CODE_F1 + 8 }, { "\033[21~", KEY_CODE_F1 + 9 },
	{ "\033[23~", KEY_CODE_F1 + 10 }, { "\033[24~", KEY_CODE_F1 + 11 },
	{ "\033[[A", KEY_CODE_F1 }, { "\033[[B", KEY_CODE_F1 + 1 },
	{ "\033[[C", KEY_CODE_F1 + 2 }, { "\033[[D", KEY_CODE_F1 + 3 },
	{ "\033[[E", KEY_CODE_F1 + 4 },
};

#define COMMON_COUNT (sizeof common_sequences / sizeof common_sequences[0])

void
decoder_init(struct decoder *d, int utf8, const uint32_t *high)
{
	memset(d, 0, sizeof *d);
	d->utf8 = utf8;
	if (high != NULL)
		memcpy(d->high, high, sizeof d->high);
}

int
decoder_add_sequence(struct decoder *d, const char *bytes, int key)
{
	size_t length = strlen(bytes);

	if (length < 3 || length >= DECODE_SEQUENCE_MAX || bytes[0] != ESC ||
	    (bytes[1] != '[' && bytes[1] != 'O') || d->extra_count == DECODE_EXTRA_MAX)
		return -1;
	for (size_t i = 1; i < length; i++)
		if (bytes[i] < 0x20 || bytes[i] > 0x7e)
			return -1;
	memcpy(d->extra[d->extra_count].bytes, bytes, length + 1);
	d->extra[d->extra_count++].key = key;
	return 0;
}

static void
emit(struct decoder *d, int key)
{
	if (d->taken == d->queued)
		d->taken = d->queued = 0;
	if (key != 0 && d->queued < DECODE_QUEUE_MAX)
		d->queue[d->queued++] = key;
}

int
decoder_next(struct decoder *d, int *key)
{
	if (d->taken == d->queued)
		return 0;
	*key = d->queue[d->taken++];
	return 1;
}

int
decoder_pending(const struct decoder *d)
{
	return d->length > 0;
}

/* A byte that starts nothing more: a character or a control key. */
static int
single_byte_key(struct decoder *d, unsigned char byte)
{
	int after_cr = d->after_cr;

	d->after_cr = byte == '\r';
	switch (byte) {
	case '\r': return KEY_CODE_ENTER;
	case '\n': return after_cr ? 0 : KEY_CODE_ENTER;
	case 0x7f: case 0x08: return KEY_CODE_BACKSPACE;
	case '\t': return KEY_CODE_TAB;
	case 0x03: return KEY_CODE_INTERRUPT;
	case 0x04: return KEY_CODE_END_OF_INPUT;
	default:
		/* Other control bytes (Ctrl-S, Ctrl-Z, Ctrl-\ ...) are no key. */
		return byte < 0x20 ? 0 : byte;
	}
}

static void feed_start(struct decoder *d, unsigned char byte);

/* The bytes after ESC were typed, not sent by a key: ESC is the Esc key, and the
   rest are keys of their own. */
static void
abandon_sequence(struct decoder *d)
{
	unsigned char rest[DECODE_SEQUENCE_MAX];
	size_t count = d->length - 1;

	memcpy(rest, d->pending + 1, count);
	d->length = 0;
	emit(d, KEY_CODE_ESCAPE);
	for (size_t i = 0; i < count; i++)
		feed_start(d, rest[i]);
}

static int
sequence_match(const struct decoder *d, const char *bytes, int *prefix)
{
	size_t length = strlen(bytes);

	if (length < d->length || memcmp(bytes, d->pending, d->length) != 0)
		return 0;
	if (length > d->length) {
		*prefix = 1;
		return 0;
	}
	return 1;
}

/* The key whose sequence is exactly what is pending, 0 if none; *prefix is set when
   some longer sequence starts with it. */
static int
find_sequence(const struct decoder *d, int *prefix)
{
	*prefix = 0;
	for (size_t i = 0; i < d->extra_count; i++)
		if (sequence_match(d, d->extra[i].bytes, prefix))
			return d->extra[i].key;
	for (size_t i = 0; i < COMMON_COUNT; i++)
		if (sequence_match(d, common_sequences[i].bytes, prefix))
			return common_sequences[i].key;
	return 0;
}

/* CSI parameter and intermediate bytes: the sequence goes on. */
static int
csi_continues(const struct decoder *d, unsigned char byte)
{
	return d->pending[1] == '[' && byte >= 0x20 && byte <= 0x3f;
}

static void
feed_escape(struct decoder *d, unsigned char byte)
{
	int key, prefix;

	if (byte < 0x20 || byte > 0x7e || d->length == DECODE_SEQUENCE_MAX - 1) {
		abandon_sequence(d);
		feed_start(d, byte);
		return;
	}
	d->pending[d->length++] = byte;
	if (d->length == 2 && byte != '[' && byte != 'O') {
		abandon_sequence(d);
		return;
	}
	if ((key = find_sequence(d, &prefix)) != 0) {
		d->length = 0;
		emit(d, key);
	} else if (d->length == 2 || prefix || csi_continues(d, byte)) {
		return;	/* wait for the rest */
	} else {
		d->length = 0;	/* a whole sequence haven has no use for */
	}
}

static void
feed_utf8(struct decoder *d, unsigned char byte)
{
	ucs4_t uc;
	int n;

	if ((byte & 0xc0) != 0x80) {
		d->length = 0;	/* a character cut short: no key */
		feed_start(d, byte);
		return;
	}
	d->pending[d->length++] = byte;
	n = u8_mbtoucr(&uc, d->pending, d->length);
	if (n == -2)
		return;
	d->length = 0;
	if (n > 0 && uc >= 0xa0)
		emit(d, (int)uc);
}

static void
feed_start(struct decoder *d, unsigned char byte)
{
	if (byte == ESC) {
		d->after_cr = 0;
		d->pending[0] = byte;
		d->length = 1;
	} else if (byte < 0x80) {
		emit(d, single_byte_key(d, byte));
	} else if (!d->utf8) {
		d->after_cr = 0;
		emit(d, d->high[byte - 0x80] >= 0xa0 ? (int)d->high[byte - 0x80] : 0);
	} else if (byte >= 0xc2 && byte <= 0xf4) {
		d->after_cr = 0;
		d->pending[0] = byte;
		d->length = 1;
	}
	/* else a byte no UTF-8 character starts with: no key */
}

void
decoder_feed(struct decoder *d, unsigned char byte)
{
	if (d->length == 0)
		feed_start(d, byte);
	else if (d->pending[0] == ESC)
		feed_escape(d, byte);
	else
		feed_utf8(d, byte);
}

void
decoder_expire(struct decoder *d)
{
	if (d->length > 0 && d->pending[0] == ESC)
		abandon_sequence(d);
	d->length = 0;
}
