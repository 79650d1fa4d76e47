/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* linear.c: linear mode. Every page is printed once, as plain words in reading order,
   ending with one short prompt as the last line, because screen readers read the
   last line and braille displays follow the text. In a terminal, a page taller than
   the screen is shown a screenful at a time, each part ending with a pause prompt:
   a screen reader (Fenrir, Speakup) speaks only what is on the screen, and BRLTTY on
   a Linux console has no scrollback, so text that scrolled off unread would be lost.
   Each page there starts with the quick-exit notice, then its title. No escape sequence is ever written
   (the only exception is the quick-exit wipe). Keys come through the same input path
   as full screen's; the terminal's line editing and flow control are off, so the
   quick-exit keys act at once and Ctrl-S cannot stop the wipe. haven echoes what is
   typed. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <unistr.h>

#include "labels.h"
#include "layout.h"
#include "linear.h"
#include "output.h"
#include "panic.h"
#include "term_input.h"
#include "terminfo.h"
#include "ui_lang.h"
#include "view.h"
#include "xalloc.h"

#define LINEAR_DEFAULT_WIDTH 80

struct linear {
	struct nav *nav;
	const struct settings *settings;
	struct layout_labels labels;
	struct view_context view;
	struct input input;
	int tty;
	int paging;		/* stdin and stdout are a terminal: a screenful at a time */
	struct layout pending;	/* the view being shown, while it is paged */
	size_t next_line;	/* its first line not shown yet; pending.count: done */
	int other_keys;		/* on the states page, Enter alone asked for the usual prompt */
};

static void
linear_say(const char *text)
{
	output_put(stdout, text);
}

/* Echo goes straight to the terminal, after what stdio holds. */
static void
linear_echo(const struct linear *l, const char *bytes, size_t length)
{
	fflush(stdout);
	if (l->tty && write(STDOUT_FILENO, bytes, length) < 0) {
		/* The terminal is gone; the next read ends the run. */
	}
}

static int
linear_terminal_width(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col - 1;
	return LINEAR_DEFAULT_WIDTH;
}

/* Rows of the terminal (24 when it does not say). */
static size_t
linear_terminal_rows(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row >= 3)
		return ws.ws_row;
	return 24;
}

static int
linear_paused(const struct linear *l)
{
	return l->next_line < l->pending.count;
}

static void
linear_prompt(struct linear *l)
{
	char *prompt;

	/* On the states page the reader types a name, and names hold letters that
	   are keys elsewhere (the x of Texas): read it as words. */
	if (!linear_paused(l) && nav_on_states_page(l->nav) && !l->other_keys) {
		prompt = view_state_prompt(&l->view, nav_item_count(l->nav));
		linear_say(prompt);
		free(prompt);
		fflush(stdout);
		input_ask_words(&l->input);
		return;
	}
	prompt = linear_paused(l) ? view_pause_prompt(&l->view) :
	    view_prompt(&l->view, nav_item_count(l->nav));

	linear_say(prompt);
	free(prompt);
	fflush(stdout);
}

/* Prints lines from the start of layout, at most budget of them; returns how many. */
static size_t
linear_say_lines(const struct layout *layout, size_t from, size_t budget)
{
	size_t shown = 0;

	for (size_t i = from; i < layout->count && shown < budget; i++, shown++) {
		linear_say(layout->lines[i].text);
		linear_say("\n");
	}
	return shown;
}

/* Prints the next part of the pending view: as many lines as leave one row for the
   prompt, so no burst is taller than the screen and its first line is never
   scrolled away unread; the whole view when not paging. In a terminal a view starts
   with the quick-exit notice, so it is the first thing read on every page. */
static void
linear_print_more(struct linear *l)
{
	size_t budget = l->paging ? linear_terminal_rows() - 1 : (size_t)-1, shown = 0, more;

	if (l->paging && l->next_line == 0) {
		struct layout notice;
		char *text = view_quick_exit_notice(&l->view);
		layout_init(&notice);
		layout_wrap(&notice, text, "", l->view.width, LINE_META, GUIDE_NONE);
		shown = linear_say_lines(&notice, 0, budget);
		layout_free(&notice);
		free(text);
	}
	more = linear_say_lines(&l->pending, l->next_line, budget - shown);
	l->next_line += more;
	shown += more;
	if (!linear_paused(l) && shown < budget)
		linear_say("\n");
	linear_prompt(l);
}

/* Lays out the current view and prints its first part. */
static void
linear_print_view(struct linear *l)
{
	layout_free(&l->pending);
	view_layout(&l->pending, l->nav, &l->view);
	l->next_line = 0;
	l->other_keys = 0;
	linear_print_more(l);
}

/* A message on its own lines, wrapped as the page is (a 40-cell braille line
   shows all of "Checked: ..."), then the prompt again. */
static void
linear_complain(struct linear *l, char *message)
{
	struct layout lines;

	layout_init(&lines);
	layout_wrap(&lines, message, "", l->view.width, LINE_TEXT, GUIDE_NONE);
	for (size_t i = 0; i < lines.count; i++) {
		linear_say(lines.lines[i].text);
		linear_say("\n");
	}
	layout_free(&lines);
	free(message);
	linear_prompt(l);
}

static void
linear_show_outcome(struct linear *l, enum nav_outcome outcome)
{
	char *message;

	if (outcome == NAV_ENDED)
		return;
	if (outcome == NAV_ASK_WORDS) {
		char *prompt = view_search_prompt(&l->view);
		linear_say(prompt);
		free(prompt);
		fflush(stdout);
		input_ask_words(&l->input);
		return;
	}
	if (outcome == NAV_LANGUAGE_CHANGED) {
		ui_lang_set(nav_guide(l->nav)->lang);
		labels_init(&l->labels);
	}
	message = view_outcome_message(l->nav, outcome, &l->view);
	if (message != NULL)
		linear_complain(l, message);	/* a tick is confirmed in one line */
	else
		linear_print_view(l);
}

/* A finished entry ends its line: in a terminal the Enter, from a pipe the entry
   itself, so the output reads as a transcript. */
static void
linear_end_entry(struct linear *l, const char *text)
{
	if (l->tty) {
		linear_echo(l, "\n", 1);
		return;
	}
	if (text != NULL)
		linear_say(text);
	linear_say("\n");
}

static void
linear_echo_edit(struct linear *l, const struct input_result *r)
{
	const uint8_t *line = (const uint8_t *)input_line(&l->input), *last;
	ucs4_t added;
	char *encoded;

	if (r->edit == LINE_EDIT_ERASED) {
		for (size_t i = 0; i < (r->width ? r->width : 1); i++)
			linear_echo(l, "\b \b", 3);
		return;
	}
	last = u8_prev(&added, line + u8_strlen(line), line);	/* the character added */
	if (last == NULL)
		return;
	encoded = output_encode((const char *)last);
	linear_echo(l, encoded, strlen(encoded));
	free(encoded);
}

/* On the states page a name is read as words, yet the prompt's one-letter keys
   still work: no state is one letter long. "x" then Enter is the quick exit, late
   but as asked. */
static struct input_result
linear_state_entry(struct linear *l, struct input_result r)
{
	enum action action;

	if (r.text == NULL || strlen(r.text) != 1)
		return r;
	action = keymap_lookup(&l->settings->keys, (unsigned char)r.text[0]);
	if (action == ACTION_PANIC)
		panic_now();
	if (action != ACTION_NONE) {
		r.event = INPUT_ACTION;
		r.action = action;
	}
	return r;
}

static void
linear_handle(struct linear *l, struct input_result r)
{
	switch (r.event) {
	case INPUT_QUICK_EXIT:
		panic_now();
	case INPUT_QUIT:
		linear_say("\n");
		l->nav->ended = 1;
		return;
	case INPUT_NOTHING:
		return;
	case INPUT_EDITED:
		linear_echo_edit(l, &r);
		return;
	default:
		break;
	}
	linear_end_entry(l, r.text);
	if (r.event == INPUT_WORDS && nav_on_states_page(l->nav))
		r = linear_state_entry(l, r);
	switch (r.event) {
	case INPUT_ACTION: case INPUT_OPEN: case INPUT_WORDS:
		linear_show_outcome(l, nav_carry_out(l->nav, &r));
		break;
	case INPUT_NOT_UNDERSTOOD: {
		/* On the states page, a line that is no command names a state. */
		enum nav_outcome outcome = nav_carry_out(l->nav, &r);
		if (outcome == NAV_NOTHING)
			linear_complain(l, view_not_understood(&l->view));
		else
			linear_show_outcome(l, outcome);
		break;
	}
	case INPUT_EMPTY_LINE:
		if (linear_paused(l))
			linear_print_more(l);	/* Enter: the next part */
		else
			linear_prompt(l);
		break;
	default:	/* search words given up */
		l->other_keys = nav_on_states_page(l->nav);
		linear_prompt(l);
		break;
	}
}

/* No line editing, no echo, no signal keys, no flow control: haven reads each key
   as it comes, so x and Esc act without Enter, and Ctrl-S cannot hold the output. */
static void
linear_raw_terminal(void)
{
	struct termios raw;

	panic_save_terminal(STDIN_FILENO);
	if (tcgetattr(STDIN_FILENO, &raw) != 0)
		return;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
	raw.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(STDIN_FILENO, TCSANOW, &raw);
}

static void
linear_init(struct linear *l, struct nav *nav, const struct settings *settings)
{
	int keys_from_terminfo;

	memset(l, 0, sizeof *l);
	l->nav = nav;
	l->settings = settings;
	l->tty = isatty(STDIN_FILENO);
	l->paging = l->tty && isatty(STDOUT_FILENO);
	layout_init(&l->pending);
	labels_init(&l->labels);
	l->view.keys = &settings->keys;
	l->view.labels = &l->labels;
	l->view.width = settings->width >= 0 ? settings->width : linear_terminal_width();
	l->view.mode = KEYS_LINEAR;
	l->view.say_digits = settings->say_digits;
	l->view.spoken_keys = 1;	/* a screen reader says "Esc" as "esk", "?" not at all */
	l->view.breadcrumb = 1;
	panic_set_linear(settings->wipe);
	if (l->tty)
		linear_raw_terminal();
	keys_from_terminfo = l->tty && terminfo_load_for_keys() == 0;
	term_input_init(&l->input, &settings->keys, INPUT_LINEAR, keys_from_terminfo);
	if (keys_from_terminfo)
		terminfo_unload();
}

/* Reads and carries out keys until the reader quits, the input ends or output
   fails. */
static void
linear_loop(struct linear *l)
{
	struct input_result last;
	int key;

	while (!l->nav->ended && !ferror(stdout)) {
		switch (term_input_next(&l->input, STDIN_FILENO, &key)) {
		case TERM_READ_KEY:
			/* Space on an empty line at a pause shows the next part, as Enter. */
			if (key == ' ' && linear_paused(l) && !input_typing_words(&l->input) &&
			    input_line(&l->input)[0] == '\0') {
				linear_echo(l, "\n", 1);
				linear_print_more(l);
				break;
			}
			linear_handle(l, input_key(&l->input, key));
			break;
		case TERM_READ_RESIZE:
			break;
		case TERM_READ_INTERRUPT:
			linear_say("\n");
			l->nav->ended = 1;
			break;
		case TERM_READ_END:
			if (l->tty)
				panic_end(0);	/* the terminal hung up */
			last = input_end(&l->input);
			linear_handle(l, last);
			if (last.event != INPUT_QUIT)
				linear_say("\n");
			l->nav->ended = 1;
			break;
		case TERM_READ_ERROR:
			panic_end(1);
		}
	}
}

int
linear_run(struct nav *nav, const struct settings *settings)
{
	struct linear l;
	char *notice;

	linear_init(&l, nav, settings);
	if (!l.paging) {	/* (paged, every view starts with the notice) */
		notice = view_quick_exit_notice(&l.view);
		linear_say(notice);
		linear_say("\n\n");
		free(notice);
	}
	linear_print_view(&l);
	linear_loop(&l);
	layout_free(&l.pending);
	panic_restore_terminal();
	return fflush(stdout) != 0 || ferror(stdout) ? -1 : 0;
}
