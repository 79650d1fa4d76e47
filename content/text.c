/* text.c: width, cleaning, folding and charset conversion of UTF-8 text. */
#include <config.h>

#include <stdint.h>
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

size_t
text_width(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t width = 0;
	ucs4_t uc;
	int n;

	while (*p != '\0') {
		n = u8_mbtouc(&uc, p, u8_strlen(p));
		int w = uc_width(uc, "UTF-8");
		width += w > 0 ? (size_t)w : 0;
		p += n > 0 ? n : 1;
	}
	return width;
}

char *
text_clean(const char *s)
{
	size_t length = strlen(s), tabs = 0, column = 0, out = 0;
	const uint8_t *p = (const uint8_t *)s;
	char *copy;
	ucs4_t uc;

	for (size_t i = 0; i < length; i++)
		tabs += s[i] == '\t';
	copy = xmalloc(length + tabs * TEXT_TAB_STOP + 1);
	while (*p != '\0') {
		int n = u8_mbtouc(&uc, p, u8_strlen(p));
		if (uc == '\t') {
			do
				copy[out++] = ' ';
			while (++column % TEXT_TAB_STOP != 0);
		} else if (uc >= 0x20 && uc != 0x7f && !(uc >= 0x80 && uc < 0xa0) &&
		    uc != 0xfffd) {
			int w = uc_width(uc, "UTF-8");
			memcpy(copy + out, p, (size_t)n);
			out += (size_t)n;
			column += w > 0 ? (size_t)w : 0;
		}
		p += n > 0 ? n : 1;
	}
	copy[out] = '\0';
	return copy;
}

char *
text_fold(const char *s)
{
	size_t length = 0, out = 0;
	uint8_t *folded;
	char *result;
	ucs4_t uc;

	if (u8_check((const uint8_t *)s, strlen(s)) != NULL)
		return NULL;
	folded = u8_casefold((const uint8_t *)s, strlen(s), NULL, UNINORM_NFD, NULL, &length);
	if (folded == NULL)
		return NULL;
	result = xmalloc(length + 1);
	for (size_t i = 0; i < length;) {
		int n = u8_mbtouc(&uc, folded + i, length - i);
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

char *
text_for_charset(const char *s, const char *charset)
{
	char *target, *converted, *back, *result;
	size_t length = 0;

	if (text_charset_is_utf8(charset))
		return xstrdup(s);
	target = xasprintf("%s//TRANSLIT", charset);
	converted = u8_conv_to_encoding(target, iconveh_question_mark, (const uint8_t *)s,
	    strlen(s), NULL, NULL, &length);
	free(target);
	if (converted == NULL) {
		/* An unknown charset: fall back to plain ASCII, which every terminal shows. */
		converted = u8_conv_to_encoding("ASCII//TRANSLIT", iconveh_question_mark,
		    (const uint8_t *)s, strlen(s), NULL, NULL, &length);
		charset = "ASCII";
		if (converted == NULL)
			return xstrdup("?");
	}
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
