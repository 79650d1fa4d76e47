/* diag.c: the list of problems a load or a check found, for the caller to report. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "diag.h"
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
	const uint8_t *bad = u8_check((const uint8_t *)message, strlen(message));

	if (bad != NULL)
		message[bad - (const uint8_t *)message] = '\0';
}

void
diag_add(struct diag_list *list, const char *file, int line, const char *format, ...)
{
	char message[1024];
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	utf8_cut_clean(message);

	if (list->count == list->capacity) {
		list->capacity = list->capacity ? list->capacity * 2 : 16;
		list->items = xreallocarray(list->items, list->capacity, sizeof *list->items);
	}
	if (file == NULL)
		list->items[list->count++] = xstrdup(message);
	else if (line > 0)
		list->items[list->count++] = xasprintf("%s:%d: %s", file, line, message);
	else
		list->items[list->count++] = xasprintf("%s: %s", file, message);
}
