/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* ui_lang.h: puts haven's own words (gettext) in the language of the guide. */
#ifndef HAVEN_UI_LANG_H
#define HAVEN_UI_LANG_H

#include <stddef.h>

/* Makes gettext answer in lang (a code of an installed guide, never a value from the
   environment). Call after setlocale. */
void ui_lang_set(const char *lang);

#endif
