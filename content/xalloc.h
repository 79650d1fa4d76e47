/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* xalloc.h: allocation that cannot return NULL. Running out of memory is the one
   error haven treats as fatal (as tmux does): there is nothing useful left to do. */
#ifndef HAVEN_XALLOC_H
#define HAVEN_XALLOC_H

#include <stddef.h>

/* hook runs first when memory runs out (the front end wipes the screen); then the
   message, and the end. */
void xalloc_on_failure(void (*hook)(void));
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xreallocarray(void *ptr, size_t count, size_t size);
/* Room for one more item at the end of an array of count items that grows only
   through here: it doubles at each power of two, so n appends cost O(n), not the
   O(n^2) copying of one realloc per item. */
void *xgrow(void *array, size_t count, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
