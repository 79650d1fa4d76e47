/* ui_lang.c: gettext follows the guide's language. LANGUAGE is set to the chosen
   code, which is always one of the installed guide's codes: a hostile LANGUAGE from
   an SSH client never reaches gettext. */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_lang.h"

/* GNU gettext caches translations; this counter tells it the language changed. */
extern int _nl_msg_cat_cntr;

void
ui_lang_set(const char *lang)
{
	const char *messages = setlocale(LC_MESSAGES, NULL);

	/* gettext ignores LANGUAGE while LC_MESSAGES is "C"; C.UTF-8 is built into
	   glibc, and haven asks gettext for UTF-8 whatever the locale. */
	if (messages == NULL || strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	setenv("LANGUAGE", lang, 1);
	++_nl_msg_cat_cntr;
}
