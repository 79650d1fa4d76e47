/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* output.h: text leaves haven in the terminal's charset. Inside, all text is UTF-8;
   a terminal in another charset gets a transliteration ("Información" ->
   "Informacion"), never mojibake. */
#ifndef HAVEN_OUTPUT_H
#define HAVEN_OUTPUT_H

#include <stdint.h>
#include <stdio.h>

/* Reads the locale's charset (after setlocale). */
void output_init(void);
int output_is_utf8(void);
const char *output_charset(void);
/* s in the terminal's charset (caller frees). */
char *output_encode(const char *s);
/* Typed text s, from the terminal's charset to UTF-8 (caller frees). */
char *output_decode(const char *s);
/* For a terminal that is not UTF-8: the Unicode character of each byte from 0x80
   (0: none), so typed bytes decode to characters. All 0 for UTF-8 and ASCII. */
void output_high_characters(uint32_t high[128]);
/* Writes s, encoded, to f. */
void output_put(FILE *f, const char *s);

#endif
