/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* lang.c: language choice from options and environment, treated as untrusted input
   (over SSH the client sends LANG and LC_*). */
#include <config.h>

#include <ctype.h>
#include <string.h>

#include "lang.h"

/* The language code at the start of one locale or LANGUAGE item: "es_US.UTF-8" ->
   "es". Returns 0 unless it is 2 or 3 lower-case letters followed by the end of the
   item or one of _ . @. */
static int
code_of(const char *item, size_t item_length, char code[4])
{
	size_t n = 0;

	/* A locale name is letters, digits and _ . @ - only: anything else (a '/', a
	   '%', "..") marks a value that is not a locale at all. */
	for (size_t i = 0; i < item_length; i++)
		if (!isalnum((unsigned char)item[i]) && strchr("_.@-", item[i]) == NULL)
			return 0;
	if (memmem(item, item_length, "..", 2) != NULL)
		return 0;
	while (n < item_length && n < 3 && islower((unsigned char)item[n])) {
		code[n] = item[n];
		n++;
	}
	code[n] = '\0';
	if (n < 2)
		return 0;
	return n == item_length || strchr("_.@", item[n]) != NULL;
}

static size_t
match_list(const struct guide_set *set, const char *value)
{
	char code[4];

	/* LANGUAGE is a ':'-separated list of preferences; locales are one item. */
	while (value != NULL && *value != '\0') {
		size_t length = strcspn(value, ":");
		if (length < 64 && code_of(value, length, code)) {
			size_t found = guide_set_find(set, code);
			if (found != GUIDE_NONE)
				return found;
		}
		value += length;
		value += *value == ':';
	}
	return GUIDE_NONE;
}

size_t
lang_choose(const struct guide_set *set, const char *option, const char *config,
    const char *const environment[4])
{
	const char *sources[6] = { option, config, environment[0], environment[1],
		environment[2], environment[3] };
	size_t found;

	for (size_t i = 0; i < 6; i++) {
		if (sources[i] == NULL || *sources[i] == '\0')
			continue;
		/* LC_ALL, LC_MESSAGES and LANG set to C mean: no preference, English. */
		if (i >= 3 && (strcmp(sources[i], "C") == 0 || strcmp(sources[i], "POSIX") == 0))
			break;
		if ((found = match_list(set, sources[i])) != GUIDE_NONE)
			return found;
	}
	found = guide_set_find(set, "en");
	return found != GUIDE_NONE ? found : 0;
}
