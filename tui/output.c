/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* output.c: conversion of UTF-8 text to the terminal's charset. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <uniconv.h>
#include <unistr.h>

#include "output.h"
#include "text.h"
#include "xalloc.h"

static const char *charset = "UTF-8";

void
output_init(void)
{
	const char *name = locale_charset();

	charset = name != NULL && *name != '\0' ? name : "ASCII";
}

int
output_is_utf8(void)
{
	return text_charset_is_utf8(charset);
}

const char *
output_charset(void)
{
	return charset;
}

char *
output_encode(const char *s)
{
	size_t length = 0;

	if (output_is_utf8())
		return xstrdup(s);
	return text_to_charset(s, charset, &length);
}

void
output_put(FILE *f, const char *s)
{
	char *encoded = output_encode(s);

	fputs(encoded, f);
	free(encoded);
}

char *
output_decode(const char *s)
{
	uint8_t *converted;
	size_t length = 0;
	char *result;

	if (output_is_utf8())
		return xstrdup(s);
	converted = u8_conv_from_encoding(charset, iconveh_question_mark, s, strlen(s),
	    NULL, NULL, &length);
	if (converted == NULL)
		return xstrdup("");
	result = xstrndup((const char *)converted, length);
	free(converted);
	return result;
}

void
output_high_characters(uint32_t high[128])
{
	memset(high, 0, 128 * sizeof *high);
	if (output_is_utf8())
		return;
	for (int byte = 0x80; byte <= 0xff; byte++) {
		char one = (char)byte;
		size_t length = 0;
		uint8_t *converted = u8_conv_from_encoding(charset, iconveh_error, &one, 1,
		    NULL, NULL, &length);
		ucs4_t uc;
		if (converted != NULL && length > 0 &&
		    u8_mbtouc(&uc, converted, length) == (int)length)
			high[byte - 0x80] = uc;
		free(converted);
	}
}
