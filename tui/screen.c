/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* screen.c: the full-screen front end. It draws the current view of nav with
   ncursesw on the alternate screen, and hands each key to the one input path. For
   screen readers and braille displays, the hardware cursor always rests at column 0
   of the selected line; the selection is marked with '>' as well as reverse video;
   nothing moves on its own. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <curses.h>

#include "glossary.h"
#include "i18n.h"
#include "labels.h"
#include "output.h"
#include "panic.h"
#include "screen.h"
#include "term_input.h"
#include "terminfo.h"
#include "text.h"
#include "ui_lang.h"
#include "view.h"
#include "window.h"
#include "xalloc.h"

#define SCREEN_CHOICE_INDENT 2
/* Wider lines than this go the general way (a terminal this wide is rare). */
#define SCREEN_MAX_ASCII_CELLS 512

enum { PAIR_BAR = 1, PAIR_IMPORTANT };

/* The glossary words of one layout line, found the first time the line is drawn. */
struct screen_marks {
	int found;
	struct glossary_span *spans;
	size_t count;
};

struct screen {
	SCREEN *term;
	struct nav *nav;
	const struct settings *settings;
	struct layout_labels labels;
	struct view_context view;
	struct input input;
	struct layout layout;
	int colour;
	char *status;			/* shown until the next key */
	unsigned long laid_generation;	/* what s->layout shows: nav's generation ... */
	int laid_cols, laid_lines;	/* ... at this size */
	struct screen_marks *marks;	/* glossary words per layout line, found once */
	struct glossary *glossary;	/* the terms to look for ... */
	size_t glossary_lang;		/* ... in this language (GUIDE_NONE: none yet) */
	struct glossary *hints;		/* until it is loaded: may a line hold one? ... */
	size_t hints_lang;		/* ... in this language (GUIDE_NONE: not asked) */
};

/* Rows of page text: all but the top line, the note row and the bottom line. */
/* no-color.org: NO_COLOR set to a non-empty value turns colour off; set but empty,
   it does not. */
static int
no_color_asked(void)
{
	const char *value = getenv("NO_COLOR");

	return value != NULL && value[0] != '\0';
}

static int
screen_text_rows(void)
{
	return LINES - 3;
}

/* Below this many rows of text, blank lines between blocks cost the reader the
   first choices (at 40x12 they would be off the first screen). */
#define SCREEN_COMPACT_ROWS 16
/* From this width the top line names every quick-exit key ("x or Esc"), below it
   the first only ("x"), so where the reader is still fits. */
#define SCREEN_ALL_KEYS_COLS 60

static int
screen_wants_compact(void)
{
	return screen_text_rows() < SCREEN_COMPACT_ROWS;
}

static int
screen_too_small(void)
{
	struct window_size size = { LINES, COLS };

	return window_too_small(size);
}

/* Most of the guide's lines are printable ASCII, the same bytes in every charset
   haven writes, one column each: they are copied into the window's cells as they
   are. waddstr would take them through its multibyte decoder one byte at a time,
   about ten times the work of the first screen's drawing of text. Returns 0 when
   the text is anything else (or longer than a line can be). */
static int
screen_put_ascii(int y, int x, const char *text, int max_width, attr_t attr)
{
	chtype cells[SCREEN_MAX_ASCII_CELLS];
	size_t length = strlen(text), width = max_width > 0 ? (size_t)max_width : 0;

	if (text_printable_ascii_prefix(text, length) != length)
		return 0;
	if (length > width)
		length = width;
	if (length > SCREEN_MAX_ASCII_CELLS)
		return 0;
	for (size_t i = 0; i < length; i++)
		cells[i] = (chtype)(unsigned char)text[i] | attr;
	if (length > 0)
		mvaddchnstr(y, x, cells, (int)length);
	return 1;
}

static void
screen_put(int y, int x, const char *utf8, int max_width, attr_t attr)
{
	char *cut, *encoded;

	if (screen_put_ascii(y, x, utf8, max_width, attr))
		return;
	cut = text_truncate(utf8, max_width > 0 ? (size_t)max_width : 0);
	encoded = output_encode(cut);

	attron(attr);
	mvaddstr(y, x, encoded);
	attroff(attr);
	free(encoded);
	free(cut);
}

static void
screen_set_status(struct screen *s, char *message)
{
	free(s->status);
	s->status = message;
}

static void
screen_free_marks(struct screen *s)
{
	for (size_t i = 0; s->marks != NULL && i < s->layout.count; i++)
		free(s->marks[i].spans);
	free(s->marks);
	s->marks = NULL;
}

/* Lays the view out again when nav changed it or the window's width changed; nav is
   told the new lines, and the new rows when the height changed. */
static void
screen_relayout(struct screen *s)
{
	if (s->laid_generation != s->nav->generation || s->laid_cols != COLS ||
	    s->view.compact != screen_wants_compact()) {
		screen_free_marks(s);
		layout_free(&s->layout);
		s->view.width = COLS - 1;
		s->view.compact = screen_wants_compact();
		view_layout(&s->layout, s->nav, &s->view);
		s->marks = xcalloc(s->layout.count + 1, sizeof *s->marks);
		nav_set_lines(s->nav, s->layout.count, s->layout.choice_line,
		    s->layout.choice_count);
		s->laid_generation = s->nav->generation;
		s->laid_cols = COLS;
	}
	if (s->laid_lines != LINES) {
		nav_set_rows(s->nav, (size_t)screen_text_rows());
		s->laid_lines = LINES;
	}
}

/* The top line: the quick-exit keys first (the first thing a screen reader says
   and a braille display shows of every screen), then the guide's title and where
   the reader is; where space is short, where the reader is wins over the title. */
static void
screen_draw_top(struct screen *s)
{
	const struct guide *guide = nav_guide(s->nav);
	char *quick = view_quick_exit_label(&s->view, COLS - 1 >= SCREEN_ALL_KEYS_COLS);
	size_t width = (size_t)COLS - 1, used = text_width(quick) + 1;
	char *where, *line, *top;

	if (s->nav->view == NAV_VIEW_HELP)
		where = xstrdup(_("Help"));
	else if (s->nav->view == NAV_VIEW_RESULTS)
		where = xstrdup(_("Search"));
	else if (s->nav->view == NAV_VIEW_PAGE && s->view.compact)
		/* A short window: the top line carries the page's title (the layout
		   leaves it out), so its first rows go to the page's words. */
		where = xstrdup(nav_page(s->nav)->title);
	else
		where = layout_breadcrumb_tail(guide, s->nav->here.page,
		    width > used ? width - used : 1);
	line = xasprintf("%s: %s", guide->title, where);
	top = xasprintf("%s %s", quick, text_width(line) + used <= width ? line : where);
	screen_put(0, 0, top, COLS - 1, A_BOLD | (s->colour ? COLOR_PAIR(PAIR_BAR) : 0));
	free(top);
	free(line);
	free(where);
	free(quick);
}

static attr_t
screen_line_attr(const struct screen *s, const struct layout_line *line)
{
	switch (line->kind) {
	case LINE_HEADING:
		return A_BOLD;
	case LINE_IMPORTANT:
		return A_BOLD | (s->colour ? COLOR_PAIR(PAIR_IMPORTANT) : 0);
	default:
		return A_NORMAL;
	}
}

/* The last text row says, in words, what the reader would otherwise have to infer
   from layout: a message, or that there is more below. */
static void
screen_draw_note_row(struct screen *s, size_t scroll)
{
	char *more = NULL;
	int more_below = scroll + (size_t)screen_text_rows() < s->layout.count;

	if (s->status != NULL)
		screen_put(LINES - 2, 0, s->status, COLS - 1, A_BOLD);
	else if (more_below) {
		more = view_more_below(&s->view);
		screen_put(LINES - 2, 0, more, COLS - 1, A_BOLD);
	}
	free(more);
}

/* The selected choice: its number ("  3.") in reverse video, and the cursor on it.
   No text changes when the selection moves, only the attributes of these few cells:
   a screen reader (Fenrir, which reads the changed lines when text changes) then
   reads the cursor's line, the new choice alone, once; a braille display shows the
   line at the cursor; a move costs a few dozen bytes on a slow link. Reverse video
   needs no colour, so monochrome and NO_COLOR terminals show it too. */
static void
screen_draw_selection_mark(int y, const char *text)
{
	const char *dot = strchr(text, '.');
	size_t length = dot != NULL ? (size_t)(dot - text) + 1 : 1;
	char *mark = xstrndup(text, length);

	screen_put(y, 0, mark, COLS - 1, A_REVERSE);
	free(mark);
}

/* Does line i of the layout get its glossary words marked? */
static int
screen_line_shows_words(const struct screen *s, size_t i)
{
	return s->nav->view == NAV_VIEW_PAGE && (s->layout.lines[i].kind == LINE_TEXT ||
	    s->layout.lines[i].kind == LINE_IMPORTANT);
}

/* May one of the rows from layout line first on hold a glossary word? A line the
   hints rule out holds none: its marks are found (none), so a redraw (each move of
   the selection) does not ask again. */
static int
screen_rows_may_show_words(struct screen *s, size_t first, int rows)
{
	int maybe = 0;

	for (size_t i = first; i < s->layout.count && i < first + (size_t)rows; i++) {
		if (!screen_line_shows_words(s, i) || s->marks[i].found)
			continue;
		if (glossary_may_match(s->hints, s->layout.lines[i].text))
			maybe = 1;
		else
			s->marks[i].found = 1;
	}
	return maybe;
}

/* The glossary of the reader's language, loaded for the first screen that may show
   one of its words: until then its hints (its terms, from its lines as they stand)
   answer for it. Returns 0 when this screen needs no glossary. */
static int
screen_has_glossary(struct screen *s, size_t first, int rows)
{
	const struct guide *guide = nav_guide(s->nav);

	if (s->glossary_lang == s->nav->lang)
		return 1;
	if (guide->glossary != GUIDE_NONE &&
	    guide->pages[guide->glossary].where.state == PART_UNREAD) {
		if (s->hints_lang != s->nav->lang) {
			glossary_free(s->hints);
			s->hints = guide_set_glossary_hints(s->nav->set, s->nav->lang);
			s->hints_lang = s->nav->lang;
		}
		if (s->hints != NULL && !screen_rows_may_show_words(s, first, rows))
			return 0;
		guide_set_need(s->nav->set, s->nav->lang, guide->glossary);
	}
	glossary_free(s->glossary);
	s->glossary = glossary_new(guide);
	s->glossary_lang = s->nav->lang;
	glossary_free(s->hints);	/* (the glossary answers now) */
	s->hints = NULL;
	s->hints_lang = GUIDE_NONE;
	return 1;
}

/* Court words defined in the glossary are underlined where they appear (d lists
   them with their meaning); the mark adds nothing a reader needs to see. */
static void
screen_mark_glossary_words(struct screen *s, int y, size_t index)
{
	const struct layout_line *line = &s->layout.lines[index];
	struct screen_marks *marks = &s->marks[index];

	if (!marks->found) {
		marks->count = glossary_find(s->glossary, line->text, &marks->spans);
		marks->found = 1;
	}
	for (size_t i = 0; i < marks->count; i++) {
		char *before = xstrndup(line->text, marks->spans[i].start);
		char *word = xstrndup(line->text + marks->spans[i].start, marks->spans[i].length);
		size_t x = text_width(before);
		if (x < (size_t)COLS - 1)
			screen_put(y, (int)x, word, COLS - 1 - (int)x,
			    screen_line_attr(s, line) | A_UNDERLINE);
		free(before);
		free(word);
	}
}

static void
screen_draw_text(struct screen *s)
{
	struct nav_place *place = nav_place(s->nav);
	int rows = screen_text_rows(), words;

	screen_draw_note_row(s, place->scroll);
	words = screen_has_glossary(s, place->scroll, rows);
	for (int row = 0; row < rows; row++) {
		size_t i = place->scroll + (size_t)row;
		const struct layout_line *line;
		if (i >= s->layout.count)
			break;
		line = &s->layout.lines[i];
		screen_put(1 + row, 0, line->text, COLS - 1, screen_line_attr(s, line));
		if (words && screen_line_shows_words(s, i))
			screen_mark_glossary_words(s, 1 + row, i);
		if (line->kind == LINE_CHOICE && line->choice == place->selected &&
		    s->layout.choice_line[line->choice] == i)
			screen_draw_selection_mark(1 + row, line->text);
	}
}

static char *
screen_bottom_line(const struct screen *s)
{
	if (input_typing_words(&s->input))
		return view_search_bar(&s->view, input_line(&s->input),
		    nav_on_states_page(s->nav));
	return view_bottom_bar(&s->view, COLS > 1 ? (size_t)COLS - 1 : 1);
}

/* Parks the hardware cursor where a screen reader or braille display should look:
   the end of the search words while they are typed; on a question page just
   opened, the question; else the selected choice. */
static void
screen_park_cursor(struct screen *s, const char *bottom)
{
	struct nav_place *place = nav_place(s->nav);
	const struct nav_viewport *v = &s->nav->viewport;
	int y = 1;

	if (input_typing_words(&s->input)) {
		size_t width = text_width(bottom);
		move(LINES - 1, width < (size_t)COLS - 1 ? (int)width : COLS - 1);
		return;
	}
	if (place->on_question && s->layout.question_line != GUIDE_NONE &&
	    nav_line_visible(s->nav, s->layout.question_line))
		y = 1 + (int)(s->layout.question_line - place->scroll);
	else if (place->selected != GUIDE_NONE && place->selected < v->choice_count &&
	    nav_line_visible(s->nav, v->choice_line[place->selected]))
		y = 1 + (int)(v->choice_line[place->selected] - place->scroll);
	else	/* no choice in view: the first line with words (never a blank one,
		   which a braille display would show as nothing) */
		for (size_t i = place->scroll; i < s->layout.count &&
		    (int)(i - place->scroll) < screen_text_rows(); i++)
			if (s->layout.lines[i].kind != LINE_BLANK) {
				y = 1 + (int)(i - place->scroll);
				break;
			}
	move(y, 0);
}

static void
screen_draw(struct screen *s)
{
	char *bottom;

	werase(stdscr);
	if (screen_too_small()) {
		char *text = view_too_small(&s->view);
		screen_put(0, 0, text, COLS > 1 ? COLS - 1 : 1, A_NORMAL);
		free(text);
		move(0, 0);
		refresh();
		return;
	}
	screen_relayout(s);
	screen_draw_top(s);
	screen_draw_text(s);
	bottom = screen_bottom_line(s);
	screen_put(LINES - 1, 0, bottom, COLS - 1, s->colour ? COLOR_PAIR(PAIR_BAR) : A_NORMAL);
	screen_park_cursor(s, bottom);
	free(bottom);
	refresh();
}

/* The terminal's window size, kept within what haven lays out for; returns 0, or -1
   when the terminal gives none (or 0x0). */
static int
screen_window_size(struct window_size *size)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0)
		return -1;
	*size = window_bounded(ws.ws_row, ws.ws_col);
	return 0;
}

static void
screen_resize(void)
{
	struct window_size size;

	if (screen_window_size(&size) == 0)
		resize_term(size.lines, size.cols);
	/* The terminal may have reflowed or cut what was on it: the next refresh
	   clears it and draws every cell, rather than only those ncurses thinks
	   changed. */
	clearok(curscr, TRUE);
}

/* ncurses takes its first size from LINES and COLUMNS, else the terminal: give it
   the terminal's, kept within bounds, so neither a huge window nor a hostile
   environment makes it allocate gigabytes before the first screen. */
static void
screen_size_for_start(void)
{
	struct window_size size;
	char number[16];

	unsetenv("LINES");
	unsetenv("COLUMNS");
	if (screen_window_size(&size) != 0)
		return;	/* terminfo's size */
	snprintf(number, sizeof number, "%d", size.lines);
	setenv("LINES", number, 1);
	snprintf(number, sizeof number, "%d", size.cols);
	setenv("COLUMNS", number, 1);
}

static void
screen_show_outcome(struct screen *s, enum nav_outcome outcome)
{
	if (outcome == NAV_ASK_WORDS) {
		input_ask_words(&s->input);
		return;
	}
	if (outcome == NAV_LANGUAGE_CHANGED) {
		ui_lang_set(nav_guide(s->nav)->lang);
		labels_init(&s->labels);
	}
	screen_set_status(s, view_outcome_message(s->nav, outcome, &s->view));
}

static void
screen_handle_key(struct screen *s, int key)
{
	struct input_result r = input_key(&s->input, key);

	if (r.event == INPUT_QUICK_EXIT)
		panic_now();
	if (r.event == INPUT_QUIT) {
		s->nav->ended = 1;
		return;
	}
	if (screen_too_small())
		return;	/* only the quick exit and quitting work on a too-small window */
	/* (typing shows on the bottom line) */
	if (r.event == INPUT_ACTION || r.event == INPUT_OPEN || r.event == INPUT_WORDS)
		screen_show_outcome(s, nav_carry_out(s->nav, &r));
}

static int
screen_start(struct screen *s)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return -1;
	panic_save_terminal(STDIN_FILENO);
	term_input_watch_resize();	/* before newterm, so ncurses leaves SIGWINCH to us */
	screen_size_for_start();
	if ((s->term = newterm(NULL, stdout, stdin)) == NULL)
		return -1;	/* TERM unknown or unset: linear mode */
	/* newterm has read terminfo but written nothing and changed no terminal mode
	   yet: a terminal that cannot move the cursor (TERM=dumb) gets linear mode,
	   not a broken screen. */
	if (!terminfo_can_address_cursor()) {
		delscreen(s->term);
		s->term = NULL;
		return -1;
	}
	raw();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	typeahead(-1);	/* haven reads the keys itself; ncurses must not peek */
	curs_set(1);
	s->colour = s->settings->colours && !no_color_asked() && has_colors();
	if (s->colour && start_color() == OK) {
		use_default_colors();
		init_pair(PAIR_BAR, COLOR_WHITE, COLOR_BLUE);
		init_pair(PAIR_IMPORTANT, COLOR_RED, -1);
	} else {
		s->colour = 0;
	}
	terminfo_prepare_panic(s->settings->wipe);
	term_input_init(&s->input, &s->settings->keys, INPUT_FULLSCREEN, 1);
	return 0;
}

static void
screen_init(struct screen *s, struct nav *nav, const struct settings *settings)
{
	memset(s, 0, sizeof *s);
	s->nav = nav;
	s->settings = settings;
	labels_init(&s->labels);
	layout_init(&s->layout);
	s->view.keys = &settings->keys;
	s->view.labels = &s->labels;
	s->view.choice_indent = SCREEN_CHOICE_INDENT;
	s->view.mode = KEYS_FULLSCREEN;
	s->view.say_digits = settings->say_digits;
	s->glossary_lang = GUIDE_NONE;
	s->hints_lang = GUIDE_NONE;
}

static void
screen_stop(struct screen *s)
{
	/* Where the guide was drawn on the main screen, quitting erases it too. */
	if (!terminfo_has_alternate_screen())
		panic_wipe();
	endwin();
	delscreen(s->term);
	screen_free_marks(s);
	glossary_free(s->glossary);
	glossary_free(s->hints);
	layout_free(&s->layout);
	free(s->status);
}

enum screen_result
screen_run(struct nav *nav, const struct settings *settings)
{
	struct screen s;
	int key;

	screen_init(&s, nav, settings);
	if (screen_start(&s) != 0)
		return SCREEN_UNAVAILABLE;
	while (!nav->ended) {
		screen_draw(&s);
		switch (term_input_next(&s.input, STDIN_FILENO, &key)) {
		case TERM_READ_KEY:
			screen_set_status(&s, NULL);
			screen_handle_key(&s, key);
			break;
		case TERM_READ_RESIZE:
			screen_resize();
			break;
		case TERM_READ_INTERRUPT:
			nav->ended = 1;
			break;
		case TERM_READ_END:
			panic_end(0);	/* the terminal is gone: wipe what may remain */
		case TERM_READ_ERROR:
			panic_end(1);
		}
	}
	screen_stop(&s);
	return SCREEN_DONE;
}
