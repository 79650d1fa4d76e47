/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* terminfo.h: what haven asks terminfo directly. Kept apart because
   <term.h> defines macros (lines, columns, ...) that clash with ordinary names. */
#ifndef HAVEN_TERMINFO_H
#define HAVEN_TERMINFO_H

#include "decode.h"
#include "panic.h"

/* Can the terminal that newterm set up move the cursor? */
int terminfo_can_address_cursor(void);
/* Does the terminal have an alternate screen (smcup/rmcup)? After newterm. */
int terminfo_has_alternate_screen(void);
/* Gives panic.c the bytes that erase and leave the full screen (after newterm). */
void terminfo_prepare_panic(enum wipe_scrollback policy);
/* Gives the decoder the sequences of the terminal's keys (the loaded terminfo). */
void terminfo_add_keys(struct decoder *d);
/* Linear mode: loads TERM's entry only to learn its keys. Returns 0 or -1. */
int terminfo_load_for_keys(void);
void terminfo_unload(void);

#endif
