/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* window.c: bounded window sizes (see window.h). */
#include <config.h>

#include "window.h"

static int
window_clamp(int value, int max)
{
	return value < 1 ? 1 : value > max ? max : value;
}

struct window_size
window_bounded(int lines, int cols)
{
	struct window_size size = { window_clamp(lines, WINDOW_MAX_LINES),
		window_clamp(cols, WINDOW_MAX_COLS) };

	return size;
}

int
window_too_small(struct window_size size)
{
	return size.cols < WINDOW_MIN_COLS || size.lines < WINDOW_MIN_LINES;
}
