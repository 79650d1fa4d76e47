/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* panic.c: the quick exit and the signal handlers. Everything here may run inside a
   signal handler, so it only uses write(2), poll(2), fcntl(2), tcflow(3),
   tcsetattr(3) and _exit(2), on bytes prepared in advance. This is the one place with
   global state of haven's own: a signal handler has no other way to reach it. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

#include "panic.h"
#include "xalloc.h"

#define PANIC_MAX_BYTES 256
/* How long the wipe may wait for a terminal that is slow to take it: long enough
   for a congested link, short enough that a stuck one never holds haven. */
#define PANIC_WRITE_WAIT_MS 500

#if defined(__SANITIZE_ADDRESS__)
#define PANIC_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PANIC_UNDER_SANITIZER 1
#endif
#endif
#ifndef PANIC_UNDER_SANITIZER
#define PANIC_UNDER_SANITIZER 0
#endif

static struct {
	int fd;
	int have_termios;
	struct termios termios;
	char wipe[PANIC_MAX_BYTES];	/* written on quick exit */
	size_t wipe_length;
} panic_state = { -1, 0, { 0 }, "", 0 };

static volatile sig_atomic_t panic_quit;

/* terminfo strings carry padding such as "$<50>"; a raw write must drop it. */
static void
panic_append_unpadded(char *buffer, size_t *length, const char *s)
{
	while (s != NULL && *s != '\0' && *length < PANIC_MAX_BYTES - 1) {
		if (s[0] == '$' && s[1] == '<') {
			const char *close = strchr(s, '>');
			if (close != NULL) {
				s = close + 1;
				continue;
			}
		}
		buffer[(*length)++] = *s++;
	}
}

void
panic_save_terminal(int fd)
{
	panic_state.fd = fd;
	panic_state.have_termios = tcgetattr(fd, &panic_state.termios) == 0;
}

/* Scrollback is cleared by "ESC [3J" (terminfo E3) in xterm, tmux, VTE, kitty... */
static const char panic_clear_scrollback[] = "\033[3J";

void
panic_set_fullscreen(const char *clear, const char *leave, const char *show_cursor,
    enum wipe_scrollback policy)
{
	panic_state.wipe_length = 0;
	panic_append_unpadded(panic_state.wipe, &panic_state.wipe_length, clear);
	panic_append_unpadded(panic_state.wipe, &panic_state.wipe_length, leave);
	/* The guide was only on the alternate screen: the scrollback holds none of it,
	   so by default it is left alone. */
	if (policy == WIPE_ALWAYS)
		panic_append_unpadded(panic_state.wipe, &panic_state.wipe_length,
		    panic_clear_scrollback);
	panic_append_unpadded(panic_state.wipe, &panic_state.wipe_length, show_cursor);
}

void
panic_set_linear(enum wipe_scrollback policy)
{
	/* Home, clear the screen, then the scrollback: in this order, because tmux and
	   some terminals push a cleared screen into the history, which 3J then removes. */
	static const char screen[] = "\033[H\033[2J";

	panic_state.wipe_length = 0;
	panic_append_unpadded(panic_state.wipe, &panic_state.wipe_length, screen);
	if (policy != WIPE_NEVER)
		panic_append_unpadded(panic_state.wipe, &panic_state.wipe_length,
		    panic_clear_scrollback);
}

void
panic_restore_terminal(void)
{
	if (panic_state.have_termios)
		tcsetattr(panic_state.fd, TCSANOW, &panic_state.termios);
}

/* Writes without ever blocking for long: output stopped by Ctrl-S is resumed first,
   and a terminal that takes nothing for PANIC_WRITE_WAIT_MS is given up on. */
static void
panic_write_bounded(const char *bytes, size_t length)
{
	int flags = fcntl(STDOUT_FILENO, F_GETFL);
	int waited = 0;

	if (panic_state.fd >= 0)
		tcflow(panic_state.fd, TCOON);
	tcflow(STDOUT_FILENO, TCOON);
	if (flags != -1)
		fcntl(STDOUT_FILENO, F_SETFL, flags | O_NONBLOCK);
	while (length > 0) {
		ssize_t n = write(STDOUT_FILENO, bytes, length);
		if (n > 0) {
			bytes += n;
			length -= (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN && waited < PANIC_WRITE_WAIT_MS) {
			struct pollfd p = { STDOUT_FILENO, POLLOUT, 0 };
			poll(&p, 1, 50);
			waited += 50;
			continue;
		}
		break;	/* the terminal is gone, or will not take it */
	}
	if (flags != -1)
		fcntl(STDOUT_FILENO, F_SETFL, flags);
}

void
panic_wipe(void)
{
	panic_write_bounded(panic_state.wipe, panic_state.wipe_length);
}

/* The guide leaves the terminal, which gets its modes back. */
static void
panic_leave_terminal(void)
{
	panic_wipe();
	panic_restore_terminal();
}

void
panic_now(void)
{
	panic_end(0);
}

void
panic_end(int status)
{
	panic_leave_terminal();
	_exit(status);
}

/* Any signal that would end haven ends it with the wipe: the guide must not stay on
   a terminal that may still be there. */
static void
panic_on_terminate(int sig)
{
	panic_end(128 + sig);
}

static void
panic_on_interrupt(int sig)
{
	(void)sig;
	panic_quit = 1;
}

int
panic_quit_requested(void)
{
	return panic_quit;
}

/* Out of memory: the wipe, then xalloc writes its message and ends haven. */

void
panic_install_signals(void)
{
	static const int terminating[] = {
		SIGHUP, SIGTERM, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
		SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSYS, SIGSTKFLT, SIGTRAP
	};
	/* A crash, too, must not leave the guide on screen. (Under a sanitizer these
	   stay its own, so it can report.) */
	static const int crashing[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigfillset(&sa.sa_mask);
	sa.sa_handler = panic_on_terminate;
	for (size_t i = 0; i < sizeof terminating / sizeof terminating[0]; i++)
		sigaction(terminating[i], &sa, NULL);
	for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		sigaction(sig, &sa, NULL);
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; !PANIC_UNDER_SANITIZER && i < sizeof crashing / sizeof crashing[0];
	    i++)
		sigaction(crashing[i], &sa, NULL);
	sa.sa_flags = 0;
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = panic_on_interrupt;
	sigaction(SIGINT, &sa, NULL);	/* no SA_RESTART: a blocked read returns */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGTSTP, &sa, NULL);	/* a suspended guide would stay on screen */
	sigaction(SIGTTIN, &sa, NULL);
	sigaction(SIGTTOU, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);	/* a write error is reported instead */
	xalloc_on_failure(panic_leave_terminal);
}

void
panic_forbid_core_dumps(void)
{
	struct rlimit none = { 0, 0 };

	/* A core file would hold the guide and the reader's search words. */
	setrlimit(RLIMIT_CORE, &none);
	/* Not dumpable: no core, and no other process of the same user may read haven's
	   memory through ptrace or /proc. (A sanitizer's leak check needs ptrace.) */
	if (!PANIC_UNDER_SANITIZER)
		prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}
