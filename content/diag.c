/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* diag.c: the list of problems a load or a check found, for the caller to report. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "diag.h"
#include "text.h"
#include "xalloc.h"

void
diag_init(struct diag_list *list)
{
	memset(list, 0, sizeof *list);
}

void
diag_clear(struct diag_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		free(list->items[i]);
	list->count = 0;
}

void
diag_free(struct diag_list *list)
{
	diag_clear(list);
	free(list->items);
	diag_init(list);
}

/* A message cut at its buffer's end must not end inside a UTF-8 character. */
static void
utf8_cut_clean(char *message)
{
	size_t length = strlen(message), start = length;

	while (start > 0 && length - start < 4 && ((unsigned char)message[start - 1] & 0xc0) == 0x80)
		start--;
	if (start > 0 && (unsigned char)message[start - 1] >= 0xc0 &&
	    u8_check((const uint8_t *)message + start - 1, length - start + 1) != NULL)
		message[start - 1] = '\0';
}

void
diag_add(struct diag_list *list, const char *file, int line, const char *format, ...)
{
	char message[1024], *safe_message, *safe_file;
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	utf8_cut_clean(message);

	if (list->count == list->capacity) {
		list->capacity = list->capacity ? list->capacity * 2 : 16;
		list->items = xreallocarray(list->items, list->capacity, sizeof *list->items);
	}
	/* File names and echoed values are the user's or an attacker's bytes: shown
	   escaped, never sent to the terminal as they are. */
	safe_message = text_escape(message);
	safe_file = file != NULL ? text_escape(file) : NULL;
	if (file == NULL)
		list->items[list->count++] = xstrdup(safe_message);
	else if (line > 0)
		list->items[list->count++] = xasprintf("%s:%d: %s", safe_file, line, safe_message);
	else
		list->items[list->count++] = xasprintf("%s: %s", safe_file, safe_message);
	free(safe_message);
	free(safe_file);
}
