/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* term_input.c: bytes from a file descriptor into the decoder, with the escape
   delay; signals reach the loop only while it waits (ppoll), so none is missed. */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "output.h"
#include "panic.h"
#include "term_input.h"
#include "terminfo.h"

static volatile sig_atomic_t term_input_resized;
static int term_input_masked;
static sigset_t term_input_wait_mask;	/* the mask while waiting: nothing blocked */

static void
term_input_on_resize(int sig)
{
	(void)sig;
	term_input_resized = 1;
}

/* SIGINT and SIGWINCH are held while haven works and let in while it waits. */
static void
term_input_mask_signals(void)
{
	sigset_t held;

	if (term_input_masked)
		return;
	sigemptyset(&held);
	sigaddset(&held, SIGINT);
	sigaddset(&held, SIGWINCH);
	sigprocmask(SIG_BLOCK, &held, &term_input_wait_mask);
	sigdelset(&term_input_wait_mask, SIGINT);
	sigdelset(&term_input_wait_mask, SIGWINCH);
	term_input_masked = 1;
}

void
term_input_watch_resize(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = term_input_on_resize;
	sigaction(SIGWINCH, &sa, NULL);
}

void
term_input_init(struct input *in, const struct keymap *keys, enum input_mode mode,
    int use_terminfo)
{
	uint32_t high[128];

	output_high_characters(high);
	input_init(in, keys, mode, output_is_utf8(), high);
	if (use_terminfo)
		terminfo_add_keys(&in->decoder);
	term_input_mask_signals();
}

/* Waits for input, or the escape delay when a sequence is pending. Returns the
   poll result; -1 with errno EINTR when a signal came. Output is watched too: when
   nobody reads it any more (a closed pipe), *output_gone is set, so endless input
   cannot keep haven running for no one. */
static int
term_input_wait(int fd, int pending, int *output_gone)
{
	struct pollfd p[2] = { { fd, POLLIN, 0 }, { STDOUT_FILENO, 0, 0 } };
	struct timespec delay = { 0, TERM_INPUT_ESCAPE_DELAY_MS * 1000000L };
	int ready = ppoll(p, fd == STDOUT_FILENO ? 1 : 2, pending ? &delay : NULL,
	    &term_input_wait_mask);

	*output_gone = fd != STDOUT_FILENO && (p[1].revents & (POLLERR | POLLHUP)) != 0;
	return ready;
}

/* Bytes are decoded one at a time, and each key is taken before the next byte, so a
   quick-exit key acts before anything typed after it. */
enum term_read
term_input_next(struct input *in, int fd, int *key)
{
	for (;;) {
		ssize_t n;
		int ready, output_gone;

		if (decoder_next(&in->decoder, key))
			return TERM_READ_KEY;
		if (in->unread_next < in->unread_count) {
			decoder_feed(&in->decoder, in->unread[in->unread_next++]);
			continue;
		}
		if (panic_quit_requested())
			return TERM_READ_INTERRUPT;
		if (term_input_resized) {
			term_input_resized = 0;
			return TERM_READ_RESIZE;
		}
		ready = term_input_wait(fd, decoder_pending(&in->decoder), &output_gone);
		if (output_gone)
			return TERM_READ_ERROR;
		if (ready < 0 && errno != EINTR && errno != EAGAIN)
			return TERM_READ_ERROR;
		if (ready == 0 && decoder_pending(&in->decoder))
			decoder_expire(&in->decoder);
		if (ready <= 0)
			continue;
		n = read(fd, in->unread, sizeof in->unread);
		/* No input at all (stdin closed) is an end, like EOF. */
		if (n == 0 || (n < 0 && (errno == EIO || errno == EBADF)))
			return TERM_READ_END;
		if (n < 0 && errno != EINTR && errno != EAGAIN)
			return TERM_READ_ERROR;
		in->unread_count = n > 0 ? (size_t)n : 0;
		in->unread_next = 0;
	}
}
