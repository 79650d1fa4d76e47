/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* text.h: UTF-8 text helpers over libunistring: display width, cleaning, folding for
   search, and conversion for terminals that are not UTF-8. */
#ifndef HAVEN_TEXT_H
#define HAVEN_TEXT_H

#include <stddef.h>

#include <unitypes.h>

#define TEXT_TAB_STOP 8

/* Columns the text takes on a terminal (control characters count 0). */
size_t text_width(const char *s);
/* How many of the first length bytes of s are printable ASCII (0x20-0x7e), from
   the start: one column each, valid UTF-8, no line break among them. */
size_t text_printable_ascii_prefix(const char *s, size_t length);
/* The characters no reader should get: C0 and C1 controls, DEL, and the invisible
   ones that can make a line read as something else: bidi controls (U+202A-U+202E,
   U+2066-U+2069, marks U+200E, U+200F, U+061C), zero-width characters (U+200B-U+200D,
   U+2060-U+2064, U+FEFF, U+180E), and U+FFFD. */
int text_is_hidden_control(ucs4_t uc);
/* A copy with tabs expanded to the next multiple of 8 columns and every character
   text_is_hidden_control names removed, so no byte of content can drive the
   terminal or disguise a line. The one cleaning for all text that reaches it. */
char *text_clean(const char *s);
/* A copy safe to print in a message, that still shows what was there: invalid bytes
   and control bytes as "\x1b", other hidden characters as "<U+202E>". For file
   names and values echoed back. */
char *text_escape(const char *s);
/* Case-folded, decomposed, with combining marks removed: "Petición" -> "peticion".
   NULL if s is not valid UTF-8. */
char *text_fold(const char *s);
/* The same of the first length bytes of s (a word inside a line). */
char *text_fold_span(const char *s, size_t length);
/* s rewritten with only what charset can show, transliterated ("Información" ->
   "Informacion"; unknown characters become '?'), then back in UTF-8 so widths stay
   right. Returns a copy of s when charset is UTF-8. */
char *text_for_charset(const char *s, const char *charset);
/* The longest start of s that fits in width columns (caller frees). */
char *text_truncate(const char *s, size_t width);
/* s as bytes in charset (NUL-terminated, *length bytes): accents dropped and
   symbols transliterated only where charset lacks them. */
char *text_to_charset(const char *s, const char *charset, size_t *length);
/* Does the charset name UTF-8? */
int text_charset_is_utf8(const char *charset);
/* Guide text names keys with placeholders such as "{quick_exit}", which the program
   fills in. If text starts one ('{', then a-z or '_', then '}'), returns the length
   of the name inside; else 0. */
size_t text_placeholder(const char *text);
/* Is s NULL or empty (a key left out, or given no value)? */
int text_is_blank(const char *s);
/* Is s a date written YYYY-MM-DD? */
int text_is_date(const char *s);

#endif
