/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* terminfo.c: capability lookups: the cursor, the alternate screen, the wipe, and
   the sequences the terminal's keys send. */
#include <config.h>

#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "keys.h"
#include "panic.h"
#include "terminfo.h"

static const char *
capability(const char *name)
{
	const char *value = tigetstr(name);

	return value == (const char *)-1 ? NULL : value;
}

int
terminfo_can_address_cursor(void)
{
	return capability("cup") != NULL;
}

int
terminfo_has_alternate_screen(void)
{
	const char *enter = capability("smcup"), *leave = capability("rmcup");

	return enter != NULL && *enter != '\0' && leave != NULL && *leave != '\0';
}

void
terminfo_prepare_panic(enum wipe_scrollback policy)
{
	/* Without an alternate screen (vt100, linux console) the guide is drawn on the
	   main screen, and a terminal or tmux may push the cleared screen into the
	   scrollback: there, "auto" clears the scrollback too. */
	if (policy == WIPE_AUTO && !terminfo_has_alternate_screen())
		policy = WIPE_ALWAYS;
	panic_set_fullscreen(capability("clear"), capability("rmcup"), capability("cnorm"),
	    policy);
}

void
terminfo_add_keys(struct decoder *d)
{
	static const struct {
		const char *name;
		int key;
	} caps[] = {
		{ "kcuu1", KEY_CODE_UP }, { "kcud1", KEY_CODE_DOWN }, { "kcub1", KEY_CODE_LEFT },
		{ "kcuf1", KEY_CODE_RIGHT }, { "kpp", KEY_CODE_PAGE_UP },
		{ "knp", KEY_CODE_PAGE_DOWN }, { "khome", KEY_CODE_HOME }, { "kend", KEY_CODE_END },
		{ "kent", KEY_CODE_ENTER },
		{ "kf1", KEY_CODE_F1 }, { "kf2", KEY_CODE_F1 + 1 }, { "kf3", KEY_CODE_F1 + 2 },
		{ "kf4", KEY_CODE_F1 + 3 }, { "kf5", KEY_CODE_F1 + 4 }, { "kf6", KEY_CODE_F1 + 5 },
		{ "kf7", KEY_CODE_F1 + 6 }, { "kf8", KEY_CODE_F1 + 7 }, { "kf9", KEY_CODE_F1 + 8 },
		{ "kf10", KEY_CODE_F1 + 9 }, { "kf11", KEY_CODE_F1 + 10 },
		{ "kf12", KEY_CODE_F1 + 11 },
	};

	if (cur_term == NULL)
		return;
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
		const char *value = capability(caps[i].name);
		if (value != NULL)
			decoder_add_sequence(d, value, caps[i].key);	/* unsafe ones are refused */
	}
}

int
terminfo_load_for_keys(void)
{
	int err = 0;

	return setupterm(NULL, STDOUT_FILENO, &err) == OK ? 0 : -1;
}

void
terminfo_unload(void)
{
	TERMINAL *loaded = set_curterm(NULL);

	if (loaded != NULL)
		del_curterm(loaded);
}
