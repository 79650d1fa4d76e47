/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* settings.h: what the reader or deployer chose: options, then the config file, then
   the defaults. */
#ifndef HAVEN_SETTINGS_H
#define HAVEN_SETTINGS_H

#include "keys.h"

enum wipe_scrollback {
	WIPE_AUTO,		/* only when haven's text is in the scrollback (linear mode) */
	WIPE_ALWAYS,
	WIPE_NEVER
};

enum mode {
	MODE_AUTO,		/* full screen when the terminal can, else linear */
	MODE_FULLSCREEN,
	MODE_LINEAR
};

struct settings {
	struct keymap keys;
	int colours;			/* 0: never use colour */
	enum mode mode;
	char lang[16];			/* "" : from the environment */
	enum wipe_scrollback wipe;
	int width;			/* linear and --dump; -1: the terminal's */
	int allow_symlinks;		/* guide files may be symbolic links */
	int say_digits;			/* phone numbers digit by digit, for speech */
	char state[4];			/* a state preset by the deployer ("MI"); "": none */
};

void settings_default(struct settings *s);

#endif
