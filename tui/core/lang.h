/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* lang.h: which installed language to show. */
#ifndef HAVEN_LANG_H
#define HAVEN_LANG_H

#include <stddef.h>

#include "guide_set.h"

/* Order of trust: the --lang option, the config's lang, then the environment values
   LANGUAGE, LC_ALL, LC_MESSAGES, LANG (any may be NULL). Each value is only compared
   with the installed language codes, never used to build a path; anything unknown or
   malformed is skipped. Falls back to English, else the first language. */
size_t lang_choose(const struct guide_set *set, const char *option, const char *config,
    const char *const environment[4]);

#endif
