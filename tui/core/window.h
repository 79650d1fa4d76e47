/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* window.h: the window sizes haven lays out for. A client may claim any size up to
   65535 a side; ncurses would allocate for all of it (10000x10000 cost 5.3 GB), so
   haven bounds it here, at start and on every resize, and a larger window shows its
   top left. Pure. */
#ifndef HAVEN_WINDOW_H
#define HAVEN_WINDOW_H

#define WINDOW_MIN_COLS 40	/* below this, "Window too small" */
#define WINDOW_MIN_LINES 12
#define WINDOW_MAX_COLS 1024
#define WINDOW_MAX_LINES 512

struct window_size {
	int lines;
	int cols;
};

/* The size to lay out for, from what the terminal says (0 or less: 1). */
struct window_size window_bounded(int lines, int cols);
/* Is a window of this size too small for pages (only the quick exit works)? */
int window_too_small(struct window_size size);

#endif
