/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* line_edit.h: the one line editor, for search words in both modes and for typed
   commands in linear mode: UTF-8 text, Backspace, Enter, cancel. Pure. */
#ifndef HAVEN_LINE_EDIT_H
#define HAVEN_LINE_EDIT_H

#include <stddef.h>

#define LINE_EDIT_MAX_BYTES 200

enum line_edit_result {
	LINE_EDIT_IGNORED,	/* the key does nothing here */
	LINE_EDIT_ADDED,	/* a character was added at the end */
	LINE_EDIT_ERASED,	/* the last character was erased */
	LINE_EDIT_EMPTY_ERASE,	/* Backspace on an empty line */
	LINE_EDIT_DONE		/* Enter: the line is in text */
};

struct line_edit {
	char text[LINE_EDIT_MAX_BYTES + 1];	/* UTF-8 */
	size_t length;
	size_t last_width;	/* cells of the character last added or erased */
};

void line_edit_clear(struct line_edit *e);
/* Applies one key (a character, KEY_CODE_BACKSPACE or KEY_CODE_ENTER). A character
   that would not fit is ignored, so the text is always whole characters. */
enum line_edit_result line_edit_key(struct line_edit *e, int key);

#endif
