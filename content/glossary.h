/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* glossary.h: the words defined on the guide's glossary page ("Words used in
   court"), found where they appear in other text. Case and accents do not matter;
   whole words only. */
#ifndef HAVEN_GLOSSARY_H
#define HAVEN_GLOSSARY_H

#include <stddef.h>

#include "guide.h"

struct glossary_span {
	size_t start;		/* byte offset in the text */
	size_t length;		/* bytes */
};

/* Indexes (blocks of the glossary page) of the terms the page's text uses, in the
   glossary's order. Returns the count; *terms is allocated (free it). */
size_t glossary_terms_in_page(const struct guide *guide, const struct page *page,
    size_t **terms);
/* Where glossary words occur in text (one line as shown). Returns the count;
   *spans is allocated (free it). */
size_t glossary_spans(const struct guide *guide, const char *text,
    struct glossary_span **spans);
/* The same with the terms split once, for a screen that looks in every line. */
struct glossary;
struct glossary *glossary_new(const struct guide *guide);
void glossary_free(struct glossary *glossary);
size_t glossary_find(const struct glossary *glossary, const char *text,
    struct glossary_span **spans);

/* The glossary's terms read from its page's section as the lines stand
   (ini_doc_scan_section), without loading the page: a line for which
   glossary_may_match says no holds no glossary word. Free with glossary_free. */
struct ini_section;
struct glossary *glossary_hints_new(const struct ini_section *raw_section);
int glossary_may_match(const struct glossary *hints, const char *text);

#endif
