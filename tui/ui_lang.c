/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_lang.c: gettext follows the guide's language. LANGUAGE is set to the chosen
   code, which is always one of the installed guide's codes: a hostile LANGUAGE from
   an SSH client never reaches gettext. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_lang.h"

/* GNU gettext caches translations; this counter tells it the language changed. */
extern int _nl_msg_cat_cntr;

/* glibc's gettext ignores LANGUAGE while LC_MESSAGES is "C" or "POSIX" (glibc 2.36
   follows it under C.UTF-8, which needs no other locale: loading one from the
   locale archive costs a reader 450 KiB of memory). */
static int
is_c_locale(const char *name)
{
	return name == NULL || strcmp(name, "POSIX") == 0 || strcmp(name, "C") == 0;
}

/* Under plain C, which a server without the reader's locale gives, try a few real
   locales for the language; haven asks gettext for UTF-8 whatever the locale, and
   only LC_MESSAGES changes, so the terminal's charset is untouched. */
static void
find_messages_locale(const char *lang)
{
	static const char *const regions[] = { "US", "MX", "ES", "GB" };
	char name[32];

	for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++) {
		snprintf(name, sizeof name, "%s_%s.UTF-8", lang, regions[i]);
		if (setlocale(LC_MESSAGES, name) != NULL)
			return;
	}
	if (setlocale(LC_MESSAGES, "en_US.UTF-8") == NULL)
		setlocale(LC_MESSAGES, "C.UTF-8");
}

void
ui_lang_set(const char *lang)
{
	if (strlen(lang) > 3)
		return;
	/* haven's messages are written in English: English needs no catalogue. Under
	   the C locale gettext hands back each message as it is, without looking for a
	   catalogue (which reads locale.alias and tries a file per message domain) or
	   walking its tables for each of the 40-odd words a screen asks for. */
	if (strcmp(lang, "en") == 0) {
		setlocale(LC_MESSAGES, "C");
	} else {
		setlocale(LC_MESSAGES, "");	/* the reader's own, if an English one was left */
		if (is_c_locale(setlocale(LC_MESSAGES, NULL)))
			find_messages_locale(lang);
	}
	setenv("LANGUAGE", lang, 1);
	++_nl_msg_cat_cntr;
}
