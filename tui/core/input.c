/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* input.c: keys to events (see input.h). */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "input.h"

void
input_init(struct input *in, const struct keymap *keys, enum input_mode mode, int utf8,
    const uint32_t *high)
{
	memset(in, 0, sizeof *in);
	decoder_init(&in->decoder, utf8, high);
	line_edit_clear(&in->line);
	in->keys = keys;
	in->mode = mode;
}

void
input_ask_words(struct input *in)
{
	in->typing_words = 1;
	line_edit_clear(&in->line);
}

int
input_typing_words(const struct input *in)
{
	return in->typing_words;
}

const char *
input_line(const struct input *in)
{
	return in->line.text;
}

static struct input_result
result(enum input_event event)
{
	struct input_result r = { event, ACTION_NONE, 0, NULL, LINE_EDIT_IGNORED, 0 };

	return r;
}

static struct input_result
action_result(enum action action)
{
	struct input_result r = result(INPUT_ACTION);

	r.action = action;
	return r;
}

/* The line is finished: keep it, and start the next one empty. */
static const char *
finish_line(struct input *in)
{
	memcpy(in->finished, in->line.text, in->line.length + 1);
	line_edit_clear(&in->line);
	return in->finished;
}

/* A number: digits only, no sign, no overflow. */
static int
parse_number(const char *text, size_t *number)
{
	char *end;
	unsigned long value;

	if (*text < '0' || *text > '9')
		return 0;
	errno = 0;
	value = strtoul(text, &end, 10);
	if (errno != 0 || *end != '\0')
		return 0;
	*number = value;
	return 1;
}

/* A linear command line: a number opens that item; one character is its key (so
   "0", no item's number, is the safety key's). */
static struct input_result
linear_command(struct input *in)
{
	const char *line = finish_line(in);
	struct input_result r = result(INPUT_NOT_UNDERSTOOD);
	ucs4_t uc;
	int n;

	if (line[0] == '\0') {
		r.event = INPUT_EMPTY_LINE;
	} else if (parse_number(line, &r.number) && r.number > 0) {
		r.event = INPUT_OPEN;
	} else if ((n = u8_mbtouc(&uc, (const uint8_t *)line, strlen(line))) > 0 &&
	    line[n] == '\0') {
		enum action action = keymap_lookup(in->keys, (int)uc);
		if (action != ACTION_NONE && (action_modes(action) & KEYS_LINEAR)) {
			r.event = INPUT_ACTION;
			r.action = action;
		} else if (parse_number(line, &r.number)) {
			r.event = INPUT_OPEN;	/* 0, unbound: "there is no choice 0" */
		}
	}
	r.text = line;
	return r;
}

static struct input_result
edited(const struct input *in, enum line_edit_result edit)
{
	struct input_result r = result(INPUT_EDITED);

	r.edit = edit;
	r.width = in->line.last_width;
	return r;
}

static struct input_result
words_key(struct input *in, int key)
{
	enum line_edit_result edit = line_edit_key(&in->line, key);
	struct input_result r;

	if (edit == LINE_EDIT_ADDED || edit == LINE_EDIT_ERASED)
		return edited(in, edit);
	if (edit == LINE_EDIT_EMPTY_ERASE && in->mode == INPUT_FULLSCREEN) {
		in->typing_words = 0;
		return result(INPUT_CANCELLED);
	}
	if (edit != LINE_EDIT_DONE)
		return result(INPUT_NOTHING);
	in->typing_words = 0;
	r = result(INPUT_WORDS);
	r.text = finish_line(in);
	if (r.text[0] == '\0')
		r.event = INPUT_CANCELLED;
	return r;
}

static struct input_result
linear_key(struct input *in, int key)
{
	enum action action = keymap_lookup(in->keys, key);
	enum line_edit_result edit;

	if (key == KEY_CODE_END_OF_INPUT && in->line.length == 0)
		return result(INPUT_QUIT);
	/* A key that types nothing acts at once, as it would in full screen. */
	if (!keys_is_text(key) && key != KEY_CODE_ENTER && key != KEY_CODE_BACKSPACE) {
		if (action == ACTION_NONE || !(action_modes(action) & KEYS_LINEAR))
			return result(INPUT_NOTHING);
		line_edit_clear(&in->line);
		return action_result(action);
	}
	edit = line_edit_key(&in->line, key);
	if (edit == LINE_EDIT_DONE)
		return linear_command(in);
	if (edit == LINE_EDIT_ADDED || edit == LINE_EDIT_ERASED)
		return edited(in, edit);
	return result(INPUT_NOTHING);
}

static struct input_result
fullscreen_key(struct input *in, int key)
{
	enum action action = keymap_lookup(in->keys, key);
	struct input_result r;

	if (action == ACTION_NONE && key >= '1' && key <= '9') {
		r = result(INPUT_OPEN);
		r.number = (size_t)(key - '0');
		return r;
	}
	if (action == ACTION_NONE || !(action_modes(action) & KEYS_FULLSCREEN))
		return result(INPUT_NOTHING);
	return action_result(action);
}

struct input_result
input_key(struct input *in, int key)
{
	if (keys_is_quick_exit(in->keys, key, in->typing_words))
		return result(INPUT_QUICK_EXIT);
	if (key == KEY_CODE_INTERRUPT)
		return result(INPUT_QUIT);
	if (in->typing_words)
		return words_key(in, key);
	if (in->mode == INPUT_LINEAR)
		return linear_key(in, key);
	return fullscreen_key(in, key);
}

struct input_result
input_end(struct input *in)
{
	int key;

	decoder_expire(&in->decoder);
	while (decoder_next(&in->decoder, &key)) {
		struct input_result r = input_key(in, key);
		if (r.event == INPUT_QUICK_EXIT || r.event == INPUT_QUIT)
			return r;
	}
	if (in->line.length > 0)
		return input_key(in, KEY_CODE_ENTER);
	return result(INPUT_QUIT);
}
