/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_input.c: the one input path: bytes to keys (the decoder), keys to events
   (input), and the quick exit whatever bytes come around it. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "decode.h"
#include "input.h"
#include "keys.h"

/* Feeds bytes, then lets the escape delay pass if expire; returns the keys. */
static size_t
decode(struct decoder *d, const char *bytes, int expire, int *keys, size_t max)
{
	size_t count = 0;
	int key;

	for (const char *p = bytes; *p != '\0'; p++) {
		decoder_feed(d, (unsigned char)*p);
		while (count < max && decoder_next(d, &key))
			keys[count++] = key;
	}
	if (expire)
		decoder_expire(d);
	while (count < max && decoder_next(d, &key))
		keys[count++] = key;
	return count;
}

static void
test_escape_never_joins_escape(void **state)
{
	struct decoder d;
	int keys[8];

	(void)state;
	decoder_init(&d, 1, NULL);
	assert_int_equal(decode(&d, "\033\033", 1, keys, 8), 2);
	assert_int_equal(keys[0], KEY_CODE_ESCAPE);
	assert_int_equal(keys[1], KEY_CODE_ESCAPE);
	/* ESC then x in one read: Esc, then x (not Alt-x, not dropped). */
	assert_int_equal(decode(&d, "\033x", 0, keys, 8), 2);
	assert_int_equal(keys[0], KEY_CODE_ESCAPE);
	assert_int_equal(keys[1], 'x');
	/* A sequence cut by ESC: the first ESC is a key of its own. */
	assert_int_equal(decode(&d, "\033[1;\033", 1, keys, 8), 5);
	assert_int_equal(keys[0], KEY_CODE_ESCAPE);
	assert_int_equal(keys[4], KEY_CODE_ESCAPE);
	/* Esc and then other keys, fast. */
	assert_int_equal(decode(&d, "\033jjj", 0, keys, 8), 4);
	assert_int_equal(keys[0], KEY_CODE_ESCAPE);
	/* A lone ESC waits for the delay, then is Esc. */
	assert_int_equal(decode(&d, "\033", 0, keys, 8), 0);
	assert_true(decoder_pending(&d));
	assert_int_equal(decode(&d, "", 1, keys, 8), 1);
	assert_int_equal(keys[0], KEY_CODE_ESCAPE);
}

static void
test_sequences(void **state)
{
	struct decoder d;
	int keys[8];

	(void)state;
	decoder_init(&d, 1, NULL);
	assert_int_equal(decode(&d, "\033[A\033OB\033[6~\033[24~\033[1;5A", 0, keys, 8), 4);
	assert_int_equal(keys[0], KEY_CODE_UP);
	assert_int_equal(keys[1], KEY_CODE_DOWN);
	assert_int_equal(keys[2], KEY_CODE_PAGE_DOWN);
	assert_int_equal(keys[3], KEY_CODE_F12);	/* the unknown Ctrl-Up is dropped */
	/* terminfo may add sequences, but never one that makes x or Esc Esc a key. */
	assert_int_equal(decoder_add_sequence(&d, "\033[[Z", KEY_CODE_F1 + 4), 0);
	assert_int_equal(decoder_add_sequence(&d, "x", KEY_CODE_DOWN), -1);
	assert_int_equal(decoder_add_sequence(&d, "\033\033", KEY_CODE_F1), -1);
	assert_int_equal(decoder_add_sequence(&d, "\033x", KEY_CODE_F1), -1);
	assert_int_equal(decode(&d, "\033[[Zx", 0, keys, 8), 2);
	assert_int_equal(keys[0], KEY_CODE_F1 + 4);
	assert_int_equal(keys[1], 'x');
}

/* Invalid UTF-8 is no key; the byte after it still counts (Backspace, arrows). */
static void
test_invalid_utf8_is_ignored(void **state)
{
	struct decoder d;
	int keys[8];

	(void)state;
	decoder_init(&d, 1, NULL);
	assert_int_equal(decode(&d, "\xc3\x7f", 0, keys, 8), 1);
	assert_int_equal(keys[0], KEY_CODE_BACKSPACE);
	assert_int_equal(decode(&d, "\xe8\033OB\xff\x80x", 0, keys, 8), 2);
	assert_int_equal(keys[0], KEY_CODE_DOWN);
	assert_int_equal(keys[1], 'x');
	assert_int_equal(decode(&d, "\xc3\xa9\r\n\x13", 0, keys, 8), 2);
	assert_int_equal(keys[0], 0xe9);
	assert_int_equal(keys[1], KEY_CODE_ENTER);	/* CR LF is one Enter; Ctrl-S none */
}

static void
test_eight_bit_charset(void **state)
{
	uint32_t latin1[128] = { 0 };
	struct decoder d;
	int keys[8];

	(void)state;
	latin1[0xe9 - 0x80] = 0xe9;
	decoder_init(&d, 0, latin1);
	assert_int_equal(decode(&d, "\xe9\x9b", 0, keys, 8), 1);	/* 8-bit CSI: none */
	assert_int_equal(keys[0], 0xe9);
}

static struct input_result
type(struct input *in, const char *bytes)
{
	struct input_result r = { INPUT_NOTHING, ACTION_NONE, 0, NULL, 0, 0 };
	int key;

	for (const char *p = bytes; *p != '\0'; p++) {
		decoder_feed(&in->decoder, (unsigned char)*p);
		while (decoder_next(&in->decoder, &key)) {
			r = input_key(in, key);
			if (r.event == INPUT_QUICK_EXIT)
				return r;
		}
	}
	return r;
}

static void
test_linear_lines(void **state)
{
	struct keymap keys;
	struct input in;
	struct input_result r;

	(void)state;
	keymap_default(&keys);
	input_init(&in, &keys, INPUT_LINEAR, 1, NULL);
	r = type(&in, "12\r");
	assert_int_equal(r.event, INPUT_OPEN);
	assert_int_equal(r.number, 12);
	assert_string_equal(r.text, "12");
	assert_int_equal(type(&in, "b\r").action, ACTION_BACK);
	assert_int_equal(type(&in, "0\r").action, ACTION_SAFETY);	/* no item is 0 */
	r = type(&in, "10\r");
	assert_int_equal(r.event, INPUT_OPEN);		/* a 0 inside a number is a digit */
	assert_int_equal(r.number, 10);
	assert_int_equal(type(&in, "c\r").action, ACTION_SOURCES);
	assert_int_equal(type(&in, "s\r").action, ACTION_SEARCH);
	assert_int_equal(type(&in, "j\r").event, INPUT_NOT_UNDERSTOOD);	/* full screen's */
	assert_int_equal(type(&in, "\r").event, INPUT_EMPTY_LINE);
	assert_int_equal(type(&in, "\033OP").action, ACTION_HELP);	/* F1, at once */
	assert_int_equal(type(&in, "1x").event, INPUT_QUICK_EXIT);
	input_init(&in, &keys, INPUT_LINEAR, 1, NULL);
	input_ask_words(&in);
	r = type(&in, "ex\x7fxit\r");
	assert_int_equal(r.event, INPUT_WORDS);	/* x is a letter in words */
	assert_string_equal(r.text, "exit");
	input_ask_words(&in);
	assert_int_equal(type(&in, "wor\033\033").event, INPUT_QUICK_EXIT);
}

static void
test_fullscreen_keys(void **state)
{
	struct keymap keys;
	struct input in;

	(void)state;
	keymap_default(&keys);
	input_init(&in, &keys, INPUT_FULLSCREEN, 1, NULL);
	assert_int_equal(type(&in, "3").number, 3);
	assert_int_equal(type(&in, "0").action, ACTION_SAFETY);
	assert_int_equal(type(&in, "\033[B").action, ACTION_NEXT);
	assert_int_equal(type(&in, "r").event, INPUT_NOTHING);	/* linear's */
	assert_int_equal(type(&in, "\003").event, INPUT_QUIT);
	input_ask_words(&in);
	assert_int_equal(type(&in, "a\x7f\x7f").event, INPUT_CANCELLED);
	assert_int_equal(type(&in, "\033x").event, INPUT_QUICK_EXIT);
}

/* With the quick exit moved to F12, Esc and x are ordinary keys in both modes. */
static void
test_rebound_quick_exit(void **state)
{
	struct keymap keys;
	struct input in;

	(void)state;
	keymap_default(&keys);
	memset(keys.keys[ACTION_PANIC], 0, sizeof keys.keys[ACTION_PANIC]);
	keys.keys[ACTION_PANIC][0] = KEY_CODE_F12;
	for (int mode = INPUT_FULLSCREEN; mode <= INPUT_LINEAR; mode++) {
		input_init(&in, &keys, (enum input_mode)mode, 1, NULL);
		assert_int_not_equal(type(&in, "x\033\033").event, INPUT_QUICK_EXIT);
		assert_int_equal(type(&in, "\033[24~").event, INPUT_QUICK_EXIT);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_never_joins_escape),
		cmocka_unit_test(test_sequences),
		cmocka_unit_test(test_invalid_utf8_is_ignored),
		cmocka_unit_test(test_eight_bit_charset),
		cmocka_unit_test(test_linear_lines),
		cmocka_unit_test(test_fullscreen_keys),
		cmocka_unit_test(test_rebound_quick_exit),
	};

	return cmocka_run_group_tests_name("input", tests, NULL, NULL);
}
