/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* linear.h: the plain-text front end for screen readers and braille displays. */
#ifndef HAVEN_LINEAR_H
#define HAVEN_LINEAR_H

#include "nav.h"
#include "settings.h"

/* Prints pages once each, in reading order, and reads numbered choices. Returns 0, or
   -1 if output failed. */
int linear_run(struct nav *nav, const struct settings *settings);

#endif
