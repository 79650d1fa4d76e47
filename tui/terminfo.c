/* terminfo.c: capability lookups for screen.c. */
#include <config.h>

#include <unistd.h>

#include <curses.h>
#include <term.h>

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
	TERMINAL *saved = cur_term;
	int err = 0, can;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return 0;
	can = capability("cup") != NULL;
	del_curterm(cur_term);
	set_curterm(saved);
	return can;
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
