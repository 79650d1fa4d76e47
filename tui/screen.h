/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* screen.h: the full-screen front end (ncursesw). */
#ifndef HAVEN_SCREEN_H
#define HAVEN_SCREEN_H

#include "nav.h"
#include "settings.h"

enum screen_result {
	SCREEN_DONE,
	SCREEN_UNAVAILABLE	/* the terminal cannot address the cursor: use linear mode */
};

enum screen_result screen_run(struct nav *nav, const struct settings *settings);

#endif
