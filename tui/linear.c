/* linear.c: linear mode. Every page is printed once, as plain words in reading order,
   ending with one short prompt as the last line, because screen readers read the
   last line and braille displays follow the text. No escape sequence is ever written
   (the only exception is the quick-exit wipe). Input is read without the terminal's
   line editing, so the quick-exit keys act at once; haven echoes what is typed. */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "i18n.h"
#include "labels.h"
#include "layout.h"
#include "linear.h"
#include "output.h"
#include "panic.h"
#include "ui_lang.h"
#include "view.h"
#include "xalloc.h"

#define LINEAR_LINE_MAX 256
/* Wait this long after Esc for the rest of an arrow key's sequence. */
#define LINEAR_ESCAPE_DELAY_MS 25
#define LINEAR_DEFAULT_WIDTH 80

struct linear {
	struct nav *nav;
	const struct settings *settings;
	struct layout_labels labels;
	int width;
	int tty;
	size_t choice_count;	/* of the view last printed */
};

enum read_result { READ_LINE, READ_END };

static void
say(const char *text)
{
	output_put(stdout, text);
}

static void
echo_bytes(const struct linear *l, const char *bytes, size_t length)
{
	if (l->tty && write(STDOUT_FILENO, bytes, length) < 0) {
		/* The terminal is gone; the next read ends the run. */
	}
}

static int
terminal_width(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col - 1;
	return LINEAR_DEFAULT_WIDTH;
}

static void
print_prompt(struct linear *l)
{
	char keys[96], *prompt;

	keymap_describe(&l->settings->keys, ACTION_PANIC, _(" or "), keys, sizeof keys);
	if (l->choice_count > 1)
		prompt = xasprintf(_("Choose 1-%zu, b back, ? help, %s quick exit: "),
		    l->choice_count, keys);
	else if (l->choice_count == 1)
		prompt = xasprintf(_("Choose 1, b back, ? help, %s quick exit: "), keys);
	else
		prompt = xasprintf(_("b back, ? help, %s quick exit: "), keys);
	say(prompt);
	free(prompt);
	fflush(stdout);
}

static void
print_view(struct linear *l)
{
	struct view_context c = { .keys = &l->settings->keys, .labels = &l->labels,
		.width = l->width, .linear = 1, .breadcrumb = 1 };
	struct layout layout;

	view_layout(&layout, l->nav, &c);
	for (size_t i = 0; i < layout.count; i++) {
		say(layout.lines[i].text);
		say("\n");
	}
	say("\n");
	l->choice_count = layout.choice_count;
	layout_free(&layout);
	print_prompt(l);
}

/* After Esc, more bytes within a few milliseconds are an arrow key, not Esc. */
static int
escape_sequence_follows(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
	char discard[16];

	if (poll(&p, 1, LINEAR_ESCAPE_DELAY_MS) <= 0)
		return 0;
	while (poll(&p, 1, LINEAR_ESCAPE_DELAY_MS) > 0 && read(STDIN_FILENO, discard,
	    sizeof discard) > 0)
		;
	return 1;
}

/* Reads one line from a terminal, byte by byte. The quick-exit keys act on arrival
   (x only when typing commands, Esc always); Enter ends the line; Backspace erases. */
static enum read_result
read_tty_line(struct linear *l, char *line, int typing_words)
{
	size_t length = 0;
	unsigned char c;

	for (;;) {
		ssize_t n = read(STDIN_FILENO, &c, 1);
		if (panic_quit_requested() || n <= 0)
			return READ_END;
		if (c == 27) {
			if (!escape_sequence_follows() &&
			    keymap_lookup(&l->settings->keys, KEY_CODE_ESCAPE) == ACTION_PANIC)
				panic_now();
			continue;
		}
		if (!typing_words && keymap_lookup(&l->settings->keys, c) == ACTION_PANIC)
			panic_now();
		if (c == '\r' || c == '\n') {
			echo_bytes(l, "\n", 1);
			line[length] = '\0';
			return READ_LINE;
		}
		if (c == 3 || (c == 4 && length == 0))
			return READ_END;
		if ((c == 127 || c == 8) && length > 0) {
			while (length > 0 && ((unsigned char)line[--length] & 0xc0) == 0x80)
				;
			echo_bytes(l, "\b \b", 3);
		} else if ((c >= 0x20 && c != 127) && length + 1 < LINEAR_LINE_MAX) {
			line[length++] = (char)c;
			echo_bytes(l, (const char *)&c, 1);
		}
	}
}

static enum read_result
read_pipe_line(const struct linear *l, char *line, int typing_words)
{
	size_t length;

	if (fgets(line, LINEAR_LINE_MAX, stdin) == NULL)
		return READ_END;
	length = strcspn(line, "\r\n");
	line[length] = '\0';
	/* Show the entry after its prompt, so the output reads as a transcript. */
	say(line);
	say("\n");
	if (!typing_words && length == 1 &&
	    keymap_lookup(&l->settings->keys, (unsigned char)line[0]) == ACTION_PANIC)
		panic_now();
	return READ_LINE;
}

static enum read_result
read_line(struct linear *l, char *line, int typing_words)
{
	enum read_result r = l->tty ? read_tty_line(l, line, typing_words)
	    : read_pipe_line(l, line, typing_words);

	if (r == READ_END)
		say("\n");
	return r;
}

static void
complain(struct linear *l, const char *message)
{
	say(message);
	say("\n");
	print_prompt(l);
}

static int
parse_choice_number(const char *line, size_t *number)
{
	char *end;
	unsigned long value;

	if (*line < '0' || *line > '9')
		return 0;
	errno = 0;
	value = strtoul(line, &end, 10);
	if (errno != 0 || *end != '\0')
		return 0;
	*number = value;
	return 1;
}

/* A ticked item is confirmed in one line, in words; the page is not printed again. */
static void
say_tick(struct linear *l, size_t item)
{
	const struct block *check = page_check(nav_page(l->nav), item);
	int checked = nav_is_checked(l->nav, l->nav->here.page, item);
	char *line = xasprintf("%s %s", checked ? l->labels.checked : l->labels.not_checked,
	    check != NULL ? check->text : "");

	complain(l, line);
	free(line);
}

static void
open_number(struct linear *l, size_t number)
{
	struct nav_metrics m = { 0, 1, NULL, l->choice_count };
	enum nav_opened opened = NAV_OPENED_NOTHING;
	char *message;

	if (number >= 1 && number <= l->choice_count)
		opened = nav_open_choice(l->nav, number - 1, &m);
	if (opened == NAV_OPENED_TOGGLED) {
		say_tick(l, number - 1);
		return;
	}
	if (opened == NAV_OPENED_PAGE) {
		print_view(l);
		return;
	}
	if (l->choice_count == 0)
		message = xasprintf(_("There is no choice %zu. This page has no choices."), number);
	else
		message = xasprintf(_("There is no choice %zu. Choose 1-%zu."), number,
		    l->choice_count);
	complain(l, message);
	free(message);
}

static void
search(struct linear *l)
{
	char words[LINEAR_LINE_MAX], *utf8;

	say(_("Search for (Enter to search, empty to cancel): "));
	fflush(stdout);
	if (read_line(l, words, 1) != READ_LINE) {
		l->nav->end = NAV_QUIT;
		return;
	}
	if (words[0] == '\0') {
		print_prompt(l);
		return;
	}
	utf8 = output_decode(words);
	nav_search(l->nav, utf8);
	free(utf8);
	print_view(l);
}

/* One entry at the prompt: a number, or a one-letter command. */
static void
handle_entry(struct linear *l, const char *line)
{
	struct nav_metrics m = { 0, 1, NULL, l->choice_count };
	char message[256];
	enum action action;
	size_t number;

	if (line[0] == '\0') {
		print_prompt(l);
		return;
	}
	if (parse_choice_number(line, &number)) {
		open_number(l, number);
		return;
	}
	action = line[1] == '\0' ? keymap_lookup(&l->settings->keys, (unsigned char)line[0])
	    : ACTION_NONE;
	if (line[1] == '\0' && (line[0] == 's' || line[0] == 'h'))
		action = line[0] == 's' ? ACTION_SEARCH : ACTION_BACK;
	switch (action) {
	case ACTION_SEARCH:
		search(l);
		return;
	case ACTION_LANGUAGE:
		if (ui_lang_prepare_switch(l->nav, message, sizeof message) != 0) {
			complain(l, message);
			return;
		}
		/* fall through */
	case ACTION_BACK: case ACTION_HOME: case ACTION_HELP: case ACTION_ABOUT:
	case ACTION_SEARCH_NEXT: case ACTION_SEARCH_PREVIOUS:
	case ACTION_REPEAT: case ACTION_DEFINE:
		nav_act(l->nav, action, &m);
		if (action == ACTION_LANGUAGE) {
			ui_lang_set(nav_guide(l->nav)->lang);
			labels_init(&l->labels);
		}
		print_view(l);
		return;
	case ACTION_QUIT:
	case ACTION_PANIC:
		nav_act(l->nav, action, &m);
		return;
	default:
		complain(l, _("Not understood. Type a choice number, or ? for help."));
	}
}

int
linear_run(struct nav *nav, const struct settings *settings)
{
	struct linear l;
	struct termios raw;
	char line[LINEAR_LINE_MAX], *notice;

	memset(&l, 0, sizeof l);
	l.nav = nav;
	l.settings = settings;
	l.width = settings->width >= 0 ? settings->width : terminal_width();
	l.tty = isatty(STDIN_FILENO);
	labels_init(&l.labels);
	panic_set_linear(settings->wipe);
	if (l.tty) {
		panic_save_terminal(STDIN_FILENO);
		if (tcgetattr(STDIN_FILENO, &raw) == 0) {
			/* No line editing, no echo, no signal keys: haven reads each key as it
			   comes, so x and Esc can act without Enter. */
			raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
			raw.c_cc[VMIN] = 1;
			raw.c_cc[VTIME] = 0;
			tcsetattr(STDIN_FILENO, TCSANOW, &raw);
		}
	}
	notice = labels_quick_exit_notice(&settings->keys);
	say(notice);
	say("\n\n");
	free(notice);
	print_view(&l);
	while (nav->end == NAV_RUNNING) {
		if (read_line(&l, line, 0) != READ_LINE)
			break;
		handle_entry(&l, line);
	}
	if (nav->end == NAV_PANIC)
		panic_now();
	panic_restore_terminal();
	fflush(stdout);
	return ferror(stdout) ? -1 : 0;
}
