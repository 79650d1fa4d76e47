/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* dump.h: the whole guide as plain text in reading order (--dump). */
#ifndef HAVEN_DUMP_H
#define HAVEN_DUMP_H

#include <stdio.h>

#include "guide.h"
#include "keys.h"
#include "states.h"

/* Prints every page reachable from the start page, depth first in choice order, each
   once, wrapped at width (0: unwrapped), naming keys as keys has them, phone numbers
   digit by digit when say_digits, with state's facts where pages vary by state
   (NULL: none). Returns 0, or -1 if writing failed. */
int dump_guide(FILE *out, const struct guide *guide, int width, const struct keymap *keys,
    int say_digits, const struct state *state);

#endif
