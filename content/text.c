/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* text.c: width, cleaning, folding and charset conversion of UTF-8 text. */
#include <config.h>

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <uniconv.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "text.h"
#include "xalloc.h"

/* Eight bytes at a time: every INI line a reader's start loads and every line it
   lays out is measured, and most are printable ASCII end to end. A byte below 0x20
   sets its top bit in w - 0x20.. where it was clear in w; a byte above 0x7e sets it
   in w + 0x01.. or had it set already (the two tests are exact for these bounds). */
#define BYTES(b) (UINT64_C(0x0101010101010101) * (b))

size_t
text_printable_ascii_prefix(const char *s, size_t length)
{
	size_t n = 0;
	uint64_t w;

	for (; n + 8 <= length; n += 8) {
		memcpy(&w, s + n, 8);
		if ((((w - BYTES(0x20)) & ~w) | ((w + BYTES(0x01)) | w)) & BYTES(0x80))
			break;
	}
	while (n < length && (unsigned char)s[n] >= 0x20 && (unsigned char)s[n] < 0x7f)
		n++;
	return n;
}

size_t
text_width(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t width = 0, left = strlen(s);
	ucs4_t uc;
	int n;

	while (left > 0) {
		if (*p >= 0x20 && *p < 0x7f) {
			width++;	/* printable ASCII: one column */
			p++, left--;
			continue;
		}
		n = u8_mbtouc(&uc, p, left);
		int w = uc_width(uc, "UTF-8");
		width += w > 0 ? (size_t)w : 0;
		n = n > 0 ? n : 1;
		p += n;
		left -= (size_t)n;
	}
	return width;
}

int
text_is_hidden_control(ucs4_t uc)
{
	return uc < 0x20 || uc == 0x7f || (uc >= 0x80 && uc < 0xa0) ||
	    uc == 0x061c || uc == 0x180e || (uc >= 0x200b && uc <= 0x200f) ||
	    (uc >= 0x202a && uc <= 0x202e) || (uc >= 0x2060 && uc <= 0x2069) ||
	    uc == 0xfeff || uc == 0xfffd;
}

char *
text_clean(const char *s)
{
	size_t length = strlen(s), tabs = 0, column = 0, out = 0, at = 0;
	const uint8_t *p = (const uint8_t *)s;
	char *copy;
	ucs4_t uc;

	for (size_t i = 0; i < length; i++)
		tabs += s[i] == '\t';
	copy = xmalloc(length + tabs * TEXT_TAB_STOP + 1);
	while (at < length) {
		int n = 1;
		if (p[at] >= 0x20 && p[at] < 0x7f) {
			copy[out++] = (char)p[at++];	/* printable ASCII: one column */
			column++;
			continue;
		}
		n = u8_mbtouc(&uc, p + at, length - at);
		if (uc == '\t') {
			do
				copy[out++] = ' ';
			while (++column % TEXT_TAB_STOP != 0);
		} else if (!text_is_hidden_control(uc)) {
			int w = uc_width(uc, "UTF-8");
			memcpy(copy + out, p + at, (size_t)n);
			out += (size_t)n;
			column += w > 0 ? (size_t)w : 0;
		}
		at += n > 0 ? (size_t)n : 1;
	}
	copy[out] = '\0';
	return copy;
}

/* Plain ASCII folds to its lower case: no decomposition, no marks. Most of a guide
   is ASCII, and this keeps a search or a glossary pass over a large guide fast. */
static char *
fold_ascii(const char *s, size_t length)
{
	char *result;

	for (size_t i = 0; i < length; i++)
		if ((unsigned char)s[i] >= 0x80)
			return NULL;
	result = xmalloc(length + 1);
	for (size_t i = 0; i < length; i++)
		result[i] = (char)tolower((unsigned char)s[i]);
	result[length] = '\0';
	return result;
}

char *
text_fold(const char *s)
{
	return text_fold_span(s, strlen(s));
}

char *
text_fold_span(const char *s, size_t length)
{
	size_t folded_length = 0, out = 0;
	uint8_t *folded;
	char *result;
	ucs4_t uc;

	if ((result = fold_ascii(s, length)) != NULL)
		return result;
	if (u8_check((const uint8_t *)s, length) != NULL)
		return NULL;
	folded = u8_casefold((const uint8_t *)s, length, NULL, UNINORM_NFD, NULL,
	    &folded_length);
	if (folded == NULL)
		return NULL;
	result = xmalloc(folded_length + 1);
	for (size_t i = 0; i < folded_length;) {
		int n = u8_mbtouc(&uc, folded + i, folded_length - i);
		if (!uc_is_general_category(uc, UC_CATEGORY_M)) {
			memcpy(result + out, folded + i, (size_t)n);
			out += (size_t)n;
		}
		i += (size_t)(n > 0 ? n : 1);
	}
	result[out] = '\0';
	free(folded);
	return result;
}

int
text_charset_is_utf8(const char *charset)
{
	return charset != NULL &&
	    (strcasecmp(charset, "UTF-8") == 0 || strcasecmp(charset, "UTF8") == 0);
}

/* One character cluster (a base and its combining marks) in charset, or NULL. */
static char *
convert_cluster(const uint8_t *cluster, size_t length, const char *charset, size_t *out)
{
	uint8_t *composed;
	char *converted;
	size_t n = 0;

	composed = u8_normalize(UNINORM_NFC, cluster, length, NULL, &n);
	if (composed == NULL)
		return NULL;
	converted = u8_conv_to_encoding(charset, iconveh_error, composed, n, NULL, NULL, out);
	free(composed);
	return converted;
}

/* glibc's //TRANSLIT knows accented letters only in some locales ("ó" becomes "?" in
   the C locale), so accents are dropped here first: a cluster the charset cannot show
   loses its combining marks, and only what still fails goes to //TRANSLIT. */
static void
append_for_charset(char **result, size_t *used, const uint8_t *cluster, size_t length,
    const char *charset)
{
	size_t n = 0;
	char *converted = convert_cluster(cluster, length, charset, &n);

	if (converted == NULL) {
		char *target = xasprintf("%s//TRANSLIT", charset);
		ucs4_t base;
		int base_length = u8_mbtouc(&base, cluster, length);
		converted = u8_conv_to_encoding(target, iconveh_question_mark, cluster,
		    (size_t)(base_length > 0 ? base_length : 1), NULL, NULL, &n);
		free(target);
	}
	if (converted == NULL) {
		converted = xstrdup("?");
		n = 1;
	}
	*result = xreallocarray(*result, *used + n + 1, 1);
	memcpy(*result + *used, converted, n);
	*used += n;
	(*result)[*used] = '\0';
	free(converted);
}

char *
text_to_charset(const char *s, const char *charset, size_t *length)
{
	size_t n = 0, used = 0;
	uint8_t *decomposed = u8_normalize(UNINORM_NFD, (const uint8_t *)s, strlen(s), NULL, &n);
	char *result = xstrdup("");
	ucs4_t uc;

	for (size_t i = 0; decomposed != NULL && i < n;) {
		size_t end = i;
		int k = u8_mbtouc(&uc, decomposed + end, n - end);
		end += (size_t)(k > 0 ? k : 1);
		while (end < n && (k = u8_mbtouc(&uc, decomposed + end, n - end)) > 0 &&
		    uc_is_general_category(uc, UC_CATEGORY_M))
			end += (size_t)k;
		append_for_charset(&result, &used, decomposed + i, end - i, charset);
		i = end;
	}
	free(decomposed);
	*length = used;
	return result;
}

char *
text_for_charset(const char *s, const char *charset)
{
	char *converted, *back, *result;
	size_t length = 0;

	if (text_charset_is_utf8(charset))
		return xstrdup(s);
	converted = text_to_charset(s, charset, &length);
	back = (char *)u8_conv_from_encoding(charset, iconveh_question_mark, converted,
	    length, NULL, NULL, &length);
	free(converted);
	if (back == NULL)
		return xstrdup("?");
	result = xstrndup(back, length);
	free(back);
	return result;
}

char *
text_truncate(const char *s, size_t width)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t used = 0, length = strlen(s), at = 0;
	ucs4_t uc;

	/* No character is wider than its UTF-8 bytes (the double-width ones start at
	   U+1100, three bytes), so text of at most width bytes fits as it is. */
	if (length <= width)
		return xstrndup(s, length);
	while (at < length) {
		int n = u8_mbtouc(&uc, p + at, length - at);
		int w = uc_width(uc, "UTF-8");
		if (w > 0 && used + (size_t)w > width)
			break;
		used += w > 0 ? (size_t)w : 0;
		at += (size_t)(n > 0 ? n : 1);
	}
	return xstrndup(s, at);
}

size_t
text_placeholder(const char *text)
{
	size_t n = 1;

	if (text[0] != '{')
		return 0;
	while ((text[n] >= 'a' && text[n] <= 'z') || text[n] == '_')
		n++;
	return text[n] == '}' && n > 1 ? n - 1 : 0;
}

char *
text_escape(const char *s)
{
	size_t length = strlen(s), out = 0, at = 0;
	const uint8_t *p = (const uint8_t *)s;
	char *copy = xmalloc(length * 4 + 1);	/* "\xNN" for a byte at most */
	ucs4_t uc;

	while (at < length) {
		int n = u8_mbtoucr(&uc, p + at, length - at);
		if (n < 0) {
			out += (size_t)sprintf(copy + out, "\\x%02x", p[at]);
			at++;
			continue;
		}
		if (text_is_hidden_control(uc) || uc == '\t') {
			/* "<U+202E>" is 8 bytes for the 3 the character takes: room enough, as
			   each of these is at least 2 bytes above U+007F, 1 below. */
			out += (size_t)(uc < 0x80 ? sprintf(copy + out, "\\x%02x", (unsigned)uc)
			    : sprintf(copy + out, "<U+%04X>", (unsigned)uc));
		} else {
			memcpy(copy + out, p + at, (size_t)n);
			out += (size_t)n;
		}
		at += (size_t)n;
	}
	copy[out] = '\0';
	return copy;
}

int
text_is_blank(const char *s)
{
	return s == NULL || *s == '\0';
}

/* Is s a date written YYYY-MM-DD (month 1-12, day 1-31)? */
int
text_is_date(const char *s)
{
	static const char shape[] = "dddd-dd-dd";
	int month, day;

	if (s == NULL || strlen(s) != sizeof shape - 1)
		return 0;
	for (size_t i = 0; shape[i] != '\0'; i++)
		if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != shape[i])
			return 0;
	month = (s[5] - '0') * 10 + (s[6] - '0');
	day = (s[8] - '0') * 10 + (s[9] - '0');
	return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
