/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* line_edit.c: a line of typed UTF-8 text. */
#include <config.h>

#include <string.h>

#include <unistr.h>
#include <uniwidth.h>

#include "keys.h"
#include "line_edit.h"

void
line_edit_clear(struct line_edit *e)
{
	e->text[0] = '\0';
	e->length = 0;
	e->last_width = 0;
}

static int
cells(ucs4_t uc)
{
	int width = uc_width(uc, "UTF-8");

	return width > 0 ? width : 0;
}

static enum line_edit_result
erase_last(struct line_edit *e)
{
	const uint8_t *start = (const uint8_t *)e->text;
	const uint8_t *last;
	ucs4_t uc = 0;

	if (e->length == 0)
		return LINE_EDIT_EMPTY_ERASE;
	last = u8_prev(&uc, start + e->length, start);
	e->length = last != NULL ? (size_t)(last - start) : 0;
	e->text[e->length] = '\0';
	e->last_width = (size_t)cells(uc);
	return LINE_EDIT_ERASED;
}

static enum line_edit_result
add_character(struct line_edit *e, int key)
{
	uint8_t bytes[6];
	int n = u8_uctomb(bytes, (ucs4_t)key, (int)sizeof bytes);

	if (n <= 0 || e->length + (size_t)n > LINE_EDIT_MAX_BYTES)
		return LINE_EDIT_IGNORED;
	memcpy(e->text + e->length, bytes, (size_t)n);
	e->length += (size_t)n;
	e->text[e->length] = '\0';
	e->last_width = (size_t)cells((ucs4_t)key);
	return LINE_EDIT_ADDED;
}

enum line_edit_result
line_edit_key(struct line_edit *e, int key)
{
	if (key == KEY_CODE_ENTER)
		return LINE_EDIT_DONE;
	if (key == KEY_CODE_BACKSPACE)
		return erase_last(e);
	if (keys_is_text(key) && key >= 0x20 && (key < 0x7f || key >= 0xa0))
		return add_character(e, key);
	return LINE_EDIT_IGNORED;
}
