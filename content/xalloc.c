/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* xalloc.c: allocation wrappers; out of memory ends the program at once. */
#include <config.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xalloc.h"

static void (*xalloc_failure_hook)(void);

void
xalloc_on_failure(void (*hook)(void))
{
	xalloc_failure_hook = hook;
}

static void
xalloc_die(void)
{
	static const char message[] = "haven: out of memory\n";

	if (xalloc_failure_hook != NULL)
		xalloc_failure_hook();
	/* write(2), not stdio: stdio may itself need memory. */
	if (write(STDERR_FILENO, message, sizeof message - 1) < 0) {
		/* Nothing more can be done. */
	}
	/* Not abort(): no core file holding the guide and what the reader typed. */
	_exit(EXIT_FAILURE);
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		xalloc_die();
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (p == NULL)
		xalloc_die();
	return p;
}

void *
xreallocarray(void *ptr, size_t count, size_t size)
{
	size_t total;
	void *p;

	if (size != 0 && count > SIZE_MAX / size)
		xalloc_die();
	total = count * size;
	p = realloc(ptr, total != 0 ? total : 1);
	if (p == NULL)
		xalloc_die();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* One formatting pass when the result fits a line's worth of bytes (nearly every
   call: start-up makes dozens of names and lines this way), two when it does not. */
char *
xasprintf(const char *format, ...)
{
	char line[256];
	va_list ap;
	char *p;
	int n;

	va_start(ap, format);
	n = vsnprintf(line, sizeof line, format, ap);
	va_end(ap);
	if (n < 0)
		xalloc_die();
	p = xmalloc((size_t)n + 1);
	if ((size_t)n < sizeof line) {
		memcpy(p, line, (size_t)n + 1);
		return p;
	}
	va_start(ap, format);
	vsnprintf(p, (size_t)n + 1, format, ap);
	va_end(ap);
	return p;
}

void *
xgrow(void *array, size_t count, size_t size)
{
	if (count == 0 || (count & (count - 1)) == 0)
		return xreallocarray(array, count > 0 ? count * 2 : 1, size);
	return array;
}
