/* xalloc.h: allocation that cannot return NULL. Running out of memory is the one
   error haven treats as fatal (as tmux does): there is nothing useful left to do. */
#ifndef HAVEN_XALLOC_H
#define HAVEN_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xreallocarray(void *ptr, size_t count, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
