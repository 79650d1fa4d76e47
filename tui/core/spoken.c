/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* spoken.c: dial strings digit by digit, for listeners who asked for it. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "spoken.h"
#include "xalloc.h"

/* A dial string is a run of ASCII letters, digits and hyphens holding a digit:
   "911", "88788", "1-844-7NATIVE". */
static int
in_token(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    c == '-';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static size_t
token_end(const char *text, size_t at)
{
	while (text[at] != '\0' && in_token(text[at]))
		at++;
	return at;
}

static int
has_digit(const char *text, size_t length)
{
	for (size_t i = 0; i < length; i++)
		if (is_digit(text[i]))
			return 1;
	return 0;
}

static int
known(const struct spoken_numbers *s, const char *text, size_t length)
{
	for (size_t i = 0; i < s->count; i++)
		if (strlen(s->dial[i]) == length && memcmp(s->dial[i], text, length) == 0)
			return 1;
	return 0;
}

static void
collect(struct spoken_numbers *s, const char *field)
{
	size_t at = 0;

	if (field == NULL)
		return;
	while (field[at] != '\0') {
		size_t end = token_end(field, at);
		if (end == at) {
			at++;
			continue;
		}
		/* Three digits at least: "24/7" in a field is no number to dial. */
		if (end - at >= 3 && has_digit(field + at, end - at) &&
		    !known(s, field + at, end - at)) {
			s->dial = xreallocarray(s->dial, s->count + 1, sizeof *s->dial);
			s->dial[s->count++] = xstrndup(field + at, end - at);
		}
		at = end;
	}
}

void
spoken_numbers_init(struct spoken_numbers *s, const struct guide *guide)
{
	memset(s, 0, sizeof *s);
	for (size_t i = 0; i < guide->resource_count; i++) {
		collect(s, guide->resources[i].phone);
		collect(s, guide->resources[i].tty);
		collect(s, guide->resources[i].text);
	}
}

void
spoken_numbers_free(struct spoken_numbers *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->dial[i]);
	free(s->dial);
	memset(s, 0, sizeof *s);
}

char *
spoken_digits(const char *dial, size_t length)
{
	/* Each byte can become itself plus a space, a hyphen ", ". */
	char *out = xmalloc(2 * length + 1), *o = out;

	for (size_t i = 0; i < length; i++) {
		char c = dial[i];
		if (c == '-') {
			*o++ = ',';
			*o++ = ' ';
			continue;
		}
		*o++ = c;
		/* A space after a digit, unless a hyphen or the end comes next: the
		   letters of "SAFE" stay one word, the digits stand apart. */
		if (is_digit(c) && i + 1 < length && dial[i + 1] != '-')
			*o++ = ' ';
	}
	*o = '\0';
	return out;
}

char *
spoken_numbers_apply(const struct spoken_numbers *s, const char *text)
{
	size_t length = strlen(text), size = length + 1, used = 0, at = 0;
	char *out = xmalloc(size);

	while (at < length) {
		size_t end = in_token(text[at]) ? token_end(text, at) : at + 1;
		/* Whole tokens only: the 911 in "text-to-911" is not dialled alone. */
		int whole = (at == 0 || !in_token(text[at - 1]));
		char *piece = whole && known(s, text + at, end - at) ?
		    spoken_digits(text + at, end - at) : xstrndup(text + at, end - at);
		size_t n = strlen(piece);
		if (used + n + 1 > size) {
			size = 2 * (used + n + 1);
			out = xreallocarray(out, size, 1);
		}
		memcpy(out + used, piece, n);
		used += n;
		free(piece);
		at = end;
	}
	out[used] = '\0';
	return out;
}
