/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* spoken.h: phone numbers written for a speech synthesizer. espeak-ng reads "911" as
   "nine hundred eleven" and "1-800-799-7233" as a chain of amounts; with the reader's
   --say-digits, haven writes the guide's own dial strings digit by digit instead
   ("9 1 1", "1, 8 0 0, 7 9 9, 7 2 3 3"). Only strings found in the guide's resources
   change, so a date, a year or "100 feet" is never spelled out. Pure: no I/O. */
#ifndef HAVEN_SPOKEN_H
#define HAVEN_SPOKEN_H

#include <stddef.h>

#include "guide.h"

struct spoken_numbers {
	char **dial;		/* "911", "1-800-799-7233", "1-800-799-SAFE", ... */
	size_t count;
};

/* Collects the dial strings of guide's resources (phone, TTY and text fields). */
void spoken_numbers_init(struct spoken_numbers *s, const struct guide *guide);
void spoken_numbers_free(struct spoken_numbers *s);
/* text with every whole dial string written digit by digit (caller frees). */
char *spoken_numbers_apply(const struct spoken_numbers *s, const char *text);
/* One dial string as it is said: "1-800-799-SAFE" -> "1, 8 0 0, 7 9 9, SAFE". */
char *spoken_digits(const char *dial, size_t length);

#endif
