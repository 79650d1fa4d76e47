/* panic.c: the quick exit and the signal handlers. Everything here may run inside a
   signal handler, so it only uses write(2), tcsetattr(3) and _exit(2), on bytes
   prepared in advance. This is the one place with global state of haven's own: a
   signal handler has no other way to reach it. */
#include <config.h>

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "panic.h"

#define PANIC_MAX_BYTES 256

static struct {
	int fd;
	int have_termios;
	struct termios termios;
	char wipe[PANIC_MAX_BYTES];	/* written on quick exit */
	size_t wipe_length;
} panic_state = { -1, 0, { 0 }, "", 0 };

static volatile sig_atomic_t quit_requested;

/* terminfo strings carry padding such as "$<50>"; a raw write must drop it. */
static void
append_unpadded(char *buffer, size_t *length, const char *s)
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
static const char clear_scrollback[] = "\033[3J";

void
panic_set_fullscreen(const char *clear, const char *leave, const char *show_cursor,
    enum wipe_scrollback policy)
{
	panic_state.wipe_length = 0;
	append_unpadded(panic_state.wipe, &panic_state.wipe_length, clear);
	append_unpadded(panic_state.wipe, &panic_state.wipe_length, leave);
	/* The guide was only on the alternate screen: the scrollback holds none of it,
	   so by default it is left alone. */
	if (policy == WIPE_ALWAYS)
		append_unpadded(panic_state.wipe, &panic_state.wipe_length, clear_scrollback);
	append_unpadded(panic_state.wipe, &panic_state.wipe_length, show_cursor);
}

void
panic_set_linear(enum wipe_scrollback policy)
{
	/* Home, clear the screen, then the scrollback: in this order, because tmux and
	   some terminals push a cleared screen into the history, which 3J then removes. */
	static const char screen[] = "\033[H\033[2J";

	panic_state.wipe_length = 0;
	append_unpadded(panic_state.wipe, &panic_state.wipe_length, screen);
	if (policy != WIPE_NEVER)
		append_unpadded(panic_state.wipe, &panic_state.wipe_length, clear_scrollback);
}

void
panic_restore_terminal(void)
{
	if (panic_state.have_termios)
		tcsetattr(panic_state.fd, TCSANOW, &panic_state.termios);
}

static void
write_all(const char *bytes, size_t length)
{
	while (length > 0) {
		ssize_t n = write(STDOUT_FILENO, bytes, length);
		if (n <= 0)
			return;
		bytes += n;
		length -= (size_t)n;
	}
}

void
panic_wipe(void)
{
	write_all(panic_state.wipe, panic_state.wipe_length);
}

void
panic_now(void)
{
	panic_wipe();
	panic_restore_terminal();
	_exit(0);
}

/* SIGHUP (the link dropped) and SIGTERM: the guide must not stay on a terminal that
   may still be there, so the wipe is written, without ever blocking: a hung-up
   terminal fails the write at once. */
static void
on_terminate(int sig)
{
	int flags = fcntl(STDOUT_FILENO, F_GETFL);

	if (flags != -1)
		fcntl(STDOUT_FILENO, F_SETFL, flags | O_NONBLOCK);
	panic_wipe();
	if (flags != -1)
		fcntl(STDOUT_FILENO, F_SETFL, flags);
	panic_restore_terminal();
	_exit(128 + sig);
}

static void
on_interrupt(int sig)
{
	(void)sig;
	quit_requested = 1;
}

int
panic_quit_requested(void)
{
	return quit_requested;
}

void
panic_install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_terminate;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_interrupt;
	sigaction(SIGINT, &sa, NULL);	/* no SA_RESTART: a blocked read returns */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGTSTP, &sa, NULL);	/* a suspended guide would stay on screen */
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);
}
