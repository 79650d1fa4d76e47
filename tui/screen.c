/* screen.c: the full-screen front end. It draws the current view of nav with
   ncursesw on the alternate screen and turns keys into actions. For screen readers
   and braille displays, the hardware cursor always rests at column 0 of the selected
   line; the selection is marked with '>' as well as reverse video; nothing moves on
   its own. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>

#include "glossary.h"
#include "i18n.h"
#include "labels.h"
#include "output.h"
#include "panic.h"
#include "screen.h"
#include "terminfo.h"
#include "ui_lang.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

#define SCREEN_MIN_COLS 40
#define SCREEN_MIN_LINES 12
/* Long enough to read an arrow key's sequence over SSH, short enough that Esc feels
   instant (ncurses' default is a full second). */
#define SCREEN_ESCAPE_DELAY_MS 25
#define SCREEN_CHOICE_INDENT 2
#define SEARCH_MAX_BYTES 200

enum { PAIR_BAR = 1, PAIR_IMPORTANT };

/* What a layout depends on: when none of it changed, a key that only moves the
   selection or scrolls redraws without laying the text out again. */
struct layout_key {
	enum nav_view view;
	size_t page;
	size_t lang;
	size_t ticks;
	size_t hits;
	const char *query;
	int cols;
	int lines;
	int valid;
};

/* The glossary words of one layout line, found the first time the line is drawn. */
struct line_marks {
	int found;
	struct glossary_span *spans;
	size_t count;
};

struct screen {
	SCREEN *term;
	struct nav *nav;
	const struct settings *settings;
	struct layout_labels labels;
	struct layout layout;
	int colour;
	char status[256];		/* shown until the next key */
	char search[SEARCH_MAX_BYTES + 8];
	int searching;
	size_t drawn_rows;		/* text rows at the last draw, for a resize */
	struct layout_key laid_out;	/* what s->layout shows */
	struct line_marks *marks;	/* glossary words per layout line, found once */
};

/* Rows of page text: all but the top line, the note row and the bottom line. */
static int
text_rows(void)
{
	return LINES - 3;
}

static void
put_text(int y, int x, const char *utf8, int max_width, attr_t attr)
{
	char *cut = text_truncate(utf8, max_width > 0 ? (size_t)max_width : 0);
	char *encoded = output_encode(cut);

	attron(attr);
	mvaddstr(y, x, encoded);
	attroff(attr);
	free(encoded);
	free(cut);
}

static void
free_marks(struct screen *s)
{
	for (size_t i = 0; s->marks != NULL && i < s->layout.count; i++)
		free(s->marks[i].spans);
	free(s->marks);
	s->marks = NULL;
}

static struct layout_key
current_layout_key(const struct screen *s)
{
	struct layout_key key = { s->nav->view, s->nav->here.page, s->nav->lang,
		s->nav->tick_count, s->nav->hit_count, s->nav->query, COLS, LINES, 1 };

	return key;
}

static int
layout_key_equal(const struct layout_key *a, const struct layout_key *b)
{
	return a->valid && b->valid && a->view == b->view && a->page == b->page &&
	    a->lang == b->lang && a->ticks == b->ticks && a->hits == b->hits &&
	    a->query == b->query && a->cols == b->cols && a->lines == b->lines;
}

/* Lays the current view out again, unless nothing it depends on has changed. */
static void
relayout(struct screen *s)
{
	struct view_context c = { .keys = &s->settings->keys, .labels = &s->labels,
		.width = COLS - 1, .choice_indent = SCREEN_CHOICE_INDENT };
	struct layout_key key = current_layout_key(s);
	struct nav_metrics m;

	if (!layout_key_equal(&key, &s->laid_out)) {
		free_marks(s);
		layout_free(&s->layout);
		view_layout(&s->layout, s->nav, &c);
		s->marks = xcalloc(s->layout.count + 1, sizeof *s->marks);
		s->laid_out = key;
	}
	m = view_metrics(&s->layout, (size_t)text_rows());
	nav_clamp(s->nav, &m);
}

/* Forgets the layout, so the next draw lays the text out again (new labels). */
static void
relayout_later(struct screen *s)
{
	s->laid_out.valid = 0;
}

static struct nav_metrics
metrics(const struct screen *s)
{
	return view_metrics(&s->layout, (size_t)text_rows());
}

/* "Start > The order is against me > ..." cut from the left, so the page the reader
   is on always shows: "... > Ask the court to change or end it". */
static char *
crumb_tail(const struct guide *guide, size_t page, size_t width)
{
	char *tail = xstrdup(guide_page_short_title(&guide->pages[page])), *longer;

	for (size_t at = guide->pages[page].parent; at != GUIDE_NONE;
	    at = guide->pages[at].parent) {
		longer = xasprintf("%s > %s", guide_page_short_title(&guide->pages[at]), tail);
		if (text_width(longer) > width) {
			free(longer);
			longer = xasprintf("... > %s", tail);
			free(tail);
			return longer;
		}
		free(tail);
		tail = longer;
	}
	return tail;
}

/* The top line: the guide's title and where the reader is; where space is short,
   where the reader is wins. */
static void
draw_top(struct screen *s)
{
	const struct guide *guide = nav_guide(s->nav);
	size_t width = (size_t)COLS - 1;
	char *where, *line;

	if (s->nav->view == NAV_VIEW_HELP)
		where = xstrdup(_("Help"));
	else if (s->nav->view == NAV_VIEW_RESULTS)
		where = xstrdup(_("Search"));
	else
		where = crumb_tail(guide, s->nav->here.page, width);
	line = xasprintf("%s: %s", guide->title, where);
	put_text(0, 0, text_width(line) <= width ? line : where, COLS - 1,
	    A_BOLD | (s->colour ? COLOR_PAIR(PAIR_BAR) : 0));
	free(line);
	free(where);
}

static attr_t
line_attr(const struct screen *s, const struct layout_line *line)
{
	switch (line->kind) {
	case LINE_HEADING:
		return A_BOLD;
	case LINE_IMPORTANT:
		return A_BOLD | (s->colour ? COLOR_PAIR(PAIR_IMPORTANT) : 0);
	case LINE_CHOICE:
	default:
		return A_NORMAL;
	}
}

/* The last text row says, in words, what the reader would otherwise have to infer
   from layout: a message, or that there is more below. */
static void
draw_note_row(struct screen *s, size_t scroll)
{
	const char *note = NULL;

	if (s->status[0] != '\0')
		note = s->status;
	else if (scroll + (size_t)text_rows() < s->layout.count)
		note = _("More below: press Space or PgDn.");
	if (note != NULL)
		put_text(LINES - 2, 0, note, COLS - 1, A_BOLD);
}

/* The selected choice: '>' then its number, in reverse video ("> 3."). Only these
   few cells change when the selection moves, so a move costs a few dozen bytes on
   a slow link, and the '>' says in text what the reverse video shows. */
static void
draw_selection_mark(int y, const char *text)
{
	const char *dot = strchr(text, '.');
	size_t length = dot != NULL ? (size_t)(dot - text) + 1 : 1;
	char *mark = xstrndup(text, length);

	mark[0] = '>';
	put_text(y, 0, mark, COLS - 1, A_REVERSE);
	free(mark);
}

/* Court words defined in the glossary are underlined where they appear (d lists
   them with their meaning); the mark adds nothing a reader needs to see. */
static void
mark_glossary_words(struct screen *s, int y, size_t index)
{
	const struct layout_line *line = &s->layout.lines[index];
	struct line_marks *marks = &s->marks[index];
	const struct glossary_span *spans;

	if (!marks->found) {
		marks->count = glossary_spans(nav_guide(s->nav), line->text, &marks->spans);
		marks->found = 1;
	}
	spans = marks->spans;
	for (size_t i = 0; i < marks->count; i++) {
		char *before = xstrndup(line->text, spans[i].start);
		char *word = xstrndup(line->text + spans[i].start, spans[i].length);
		size_t x = text_width(before);
		if (x < (size_t)COLS - 1)
			put_text(y, (int)x, word, COLS - 1 - (int)x,
			    line_attr(s, line) | A_UNDERLINE);
		free(before);
		free(word);
	}
}

static void
draw_text(struct screen *s)
{
	struct nav_place *place = nav_place(s->nav);
	int rows = text_rows();

	draw_note_row(s, place->scroll);

	for (int row = 0; row < rows; row++) {
		size_t i = place->scroll + (size_t)row;
		const struct layout_line *line;
		if (i >= s->layout.count)
			break;
		line = &s->layout.lines[i];
		put_text(1 + row, 0, line->text, COLS - 1, line_attr(s, line));
		if (s->nav->view == NAV_VIEW_PAGE && (line->kind == LINE_TEXT ||
		    line->kind == LINE_IMPORTANT))
			mark_glossary_words(s, 1 + row, i);
		if (line->kind == LINE_CHOICE && line->choice == place->selected &&
		    s->layout.choice_line[line->choice] == i)
			draw_selection_mark(1 + row, line->text);
	}
}

/* The bottom line while typing a search; the cursor rests at its end. */
static char *
search_line(const struct screen *s)
{
	return xasprintf(_("Esc: quick exit. Search: %s"), s->search);
}

static void
draw_bottom(struct screen *s)
{
	char keys[96], *line;

	keymap_describe(&s->settings->keys, ACTION_PANIC, _(" or "), keys, sizeof keys);
	if (s->searching)
		line = search_line(s);
	else
		line = xasprintf(_("%s: quick exit. ?: help."), keys);
	put_text(LINES - 1, 0, line, COLS - 1, s->colour ? COLOR_PAIR(PAIR_BAR) : A_NORMAL);
	free(line);
}

/* Parks the hardware cursor where a screen reader or braille display should look. */
static void
park_cursor(struct screen *s)
{
	struct nav_place *place = nav_place(s->nav);
	struct nav_metrics m = metrics(s);
	int y = 1;

	if (s->searching) {
		char *typed = search_line(s);
		size_t width = text_width(typed);
		free(typed);
		move(LINES - 1, width < (size_t)COLS - 1 ? (int)width : COLS - 1);
		return;
	}
	if (place->selected != GUIDE_NONE && place->selected < m.choice_count &&
	    nav_line_visible(place, &m, m.choice_line[place->selected]))
		y = 1 + (int)(m.choice_line[place->selected] - place->scroll);
	move(y, 0);
}

static void
draw(struct screen *s)
{
	werase(stdscr);
	if (COLS < SCREEN_MIN_COLS || LINES < SCREEN_MIN_LINES) {
		char keys[96], *line;
		keymap_describe(&s->settings->keys, ACTION_PANIC, _(" or "), keys, sizeof keys);
		line = xasprintf(_("Window too small. %s: quick exit."), keys);
		put_text(0, 0, line, COLS > 1 ? COLS - 1 : 1, A_NORMAL);
		free(line);
		move(0, 0);
		refresh();
		return;
	}
	relayout(s);
	s->drawn_rows = (size_t)text_rows();
	draw_top(s);
	draw_text(s);
	draw_bottom(s);
	park_cursor(s);
	refresh();
}

static int
key_from_curses(int result, wint_t wch)
{
	if (result == KEY_CODE_YES) {
		switch (wch) {
		case KEY_UP: return KEY_CODE_UP;
		case KEY_DOWN: return KEY_CODE_DOWN;
		case KEY_LEFT: return KEY_CODE_LEFT;
		case KEY_RIGHT: return KEY_CODE_RIGHT;
		case KEY_PPAGE: return KEY_CODE_PAGE_UP;
		case KEY_NPAGE: return KEY_CODE_PAGE_DOWN;
		case KEY_HOME: return KEY_CODE_HOME;
		case KEY_END: return KEY_CODE_END;
		case KEY_BACKSPACE: return KEY_CODE_BACKSPACE;
		case KEY_ENTER: return KEY_CODE_ENTER;
		default:
			if (wch >= KEY_F(1) && wch <= KEY_F(12))
				return KEY_CODE_F1 + (int)(wch - KEY_F(1));
			return 0;
		}
	}
	switch (wch) {
	case 27: return KEY_CODE_ESCAPE;
	case '\r': case '\n': return KEY_CODE_ENTER;
	case 127: case 8: return KEY_CODE_BACKSPACE;
	case '\t': return KEY_CODE_TAB;
	default:
		/* Other control keys (Ctrl-Z, Ctrl-\ ...) do nothing. */
		return wch < 0x20 || (wch >= 0x7f && wch < 0xa0) ? 0 : (int)wch;
	}
}

enum input {
	INPUT_KEY,
	INPUT_RESIZE,
	INPUT_QUIT,	/* Ctrl-C or SIGINT: a normal quit */
	INPUT_GONE	/* the terminal is gone: end now, never retry */
};

/* Sequences some terminals send although terminfo names others (a terminal left in
   normal cursor mode sends ESC [ B for Down where xterm's terminfo says ESC O B). */
static const struct {
	const char *sequence;
	int key;
} plain_sequences[] = {
	{ "[A", KEY_CODE_UP }, { "[B", KEY_CODE_DOWN }, { "[C", KEY_CODE_RIGHT },
	{ "[D", KEY_CODE_LEFT }, { "OA", KEY_CODE_UP }, { "OB", KEY_CODE_DOWN },
	{ "OC", KEY_CODE_RIGHT }, { "OD", KEY_CODE_LEFT }, { "[5~", KEY_CODE_PAGE_UP },
	{ "[6~", KEY_CODE_PAGE_DOWN }, { "[H", KEY_CODE_HOME }, { "[F", KEY_CODE_END },
	{ "OH", KEY_CODE_HOME }, { "OF", KEY_CODE_END }, { "[1~", KEY_CODE_HOME },
	{ "[4~", KEY_CODE_END }, { "[7~", KEY_CODE_HOME }, { "[8~", KEY_CODE_END },
};

/* ncurses hands over an escape sequence it does not know as a lone ESC followed by
   the rest. Those bytes have arrived by the time the escape delay has passed: if any
   are waiting, this was not the Esc key. The sequence is read whole; a known one
   becomes its key, any other is dropped. Returns 0 for a real Esc. */
static int
escape_sequence_follows(int *key)
{
	char sequence[16];
	size_t length = 0;
	wint_t wch;
	int result;

	*key = 0;
	timeout(0);
	while ((result = wget_wch(stdscr, &wch)) != ERR) {
		if (result == OK && length + 1 < sizeof sequence)
			sequence[length++] = wch < 0x80 ? (char)wch : '?';
		if (result == OK && wch >= 0x40 && wch <= 0x7e && !(length == 1 &&
		    (wch == '[' || wch == 'O')))
			break;	/* the final byte of the sequence */
	}
	timeout(-1);
	sequence[length] = '\0';
	for (size_t i = 0; i < sizeof plain_sequences / sizeof plain_sequences[0]; i++)
		if (strcmp(sequence, plain_sequences[i].sequence) == 0)
			*key = plain_sequences[i].key;
	return length > 0;
}

static enum input
read_key(int *key)
{
	wint_t wch = 0;
	int result = wget_wch(stdscr, &wch);

	*key = 0;
	if (panic_quit_requested())
		return INPUT_QUIT;
	if (result == ERR)
		return INPUT_GONE;
	if (result == KEY_CODE_YES && wch == KEY_RESIZE)
		return INPUT_RESIZE;
	if (result == OK && wch == 3)
		return INPUT_QUIT;
	if (result == OK && wch == 27 && escape_sequence_follows(key))
		return INPUT_KEY;
	*key = key_from_curses(result, wch);
	return INPUT_KEY;
}

/* Appends the UTF-8 form of a typed character to the search field. */
static void
search_append(struct screen *s, int key)
{
	char buffer[8];
	wchar_t wide[2] = { (wchar_t)key, 0 };
	char *utf8;
	size_t length = strlen(s->search);

	if (output_is_utf8()) {
		if (wcstombs(buffer, wide, sizeof buffer) == (size_t)-1)
			return;
		utf8 = xstrdup(buffer);
	} else {
		utf8 = key < 0x80 ? xasprintf("%c", key) : xstrdup("");
	}
	if (length + strlen(utf8) <= SEARCH_MAX_BYTES)
		strcat(s->search, utf8);
	free(utf8);
}

static void
search_delete_last(struct screen *s)
{
	size_t length = strlen(s->search);

	while (length > 0 && ((unsigned char)s->search[--length] & 0xc0) == 0x80)
		;
	s->search[length] = '\0';
}

/* Reads the search words on the bottom line. Esc is still quick exit; x is a letter
   here. Returns 1 when words were entered, 0 when cancelled. */
static int
read_search(struct screen *s, enum input *ended)
{
	int key;

	s->searching = 1;
	s->search[0] = '\0';
	for (;;) {
		draw(s);
		*ended = read_key(&key);
		if (*ended == INPUT_GONE || *ended == INPUT_QUIT)
			break;
		if (*ended == INPUT_RESIZE || key == 0)
			continue;
		/* Typed letters are words here; only keys that type nothing (Esc, F-keys)
		   can be quick exit. */
		if (key >= KEY_CODE_BASE &&
		    keymap_lookup(&s->settings->keys, key) == ACTION_PANIC)
			panic_now();
		if (key == KEY_CODE_ENTER)
			break;
		if (key == KEY_CODE_BACKSPACE) {
			if (s->search[0] == '\0')
				break;
			search_delete_last(s);
		} else if (key < KEY_CODE_BASE) {
			search_append(s, key);
		}
	}
	s->searching = 0;
	*ended = *ended == INPUT_RESIZE ? INPUT_KEY : *ended;
	return s->search[0] != '\0' && key == KEY_CODE_ENTER;
}

static void
run_search(struct screen *s)
{
	enum input ended;
	struct nav_metrics m;

	if (!read_search(s, &ended)) {
		if (ended == INPUT_QUIT || ended == INPUT_GONE)
			s->nav->end = NAV_QUIT;
		return;
	}
	if (nav_search(s->nav, s->search) == 0)
		snprintf(s->status, sizeof s->status, "%s",
		    _("No page holds these words. Try fewer or shorter words."));
	relayout(s);
	m = metrics(s);
	nav_clamp(s->nav, &m);
}

/* A resize re-lays the text out; the selected choice stays in view, and otherwise
   the reader keeps the same share of the page above the screen. */
static void
handle_resize(struct screen *s)
{
	struct nav_place *place = nav_place(s->nav);
	size_t old_count = s->layout.count ? s->layout.count : 1;
	size_t old_scroll = place->scroll;
	struct nav_metrics m = view_metrics(&s->layout, s->drawn_rows);
	int selection_was_visible = place->selected != GUIDE_NONE &&
	    place->selected < m.choice_count &&
	    nav_line_visible(place, &m, m.choice_line[place->selected]);

	if (COLS < SCREEN_MIN_COLS || LINES < SCREEN_MIN_LINES)
		return;
	relayout(s);
	place->scroll = old_scroll * s->layout.count / old_count;
	m = metrics(s);
	nav_clamp(s->nav, &m);
	if (selection_was_visible)
		nav_show_selected(s->nav, &m);
}

/* Space ticks a checklist item when one is selected and in view. */
static int
selected_is_check(struct screen *s, const struct nav_metrics *m)
{
	struct nav_place *place = nav_place(s->nav);

	return s->nav->view == NAV_VIEW_PAGE && place->selected != GUIDE_NONE &&
	    place->selected < page_check_count(nav_page(s->nav)) &&
	    nav_line_visible(place, m, m->choice_line[place->selected]);
}

static void
handle_key(struct screen *s, int key)
{
	enum action action = keymap_lookup(&s->settings->keys, key);
	struct nav_metrics m = metrics(s);

	if (action == ACTION_PANIC)
		panic_now();
	if (action == ACTION_SCROLL_DOWN && key == ' ' && selected_is_check(s, &m)) {
		nav_open_choice(s->nav, nav_place(s->nav)->selected, &m);
		return;
	}
	if (key >= '1' && key <= '9' && action == ACTION_NONE) {
		if (!nav_open_choice(s->nav, (size_t)(key - '1'), &m))
			snprintf(s->status, sizeof s->status, _("There is no choice %c here."), key);
		return;
	}
	if (action == ACTION_SEARCH) {
		run_search(s);
		return;
	}
	if ((action == ACTION_SEARCH_NEXT || action == ACTION_SEARCH_PREVIOUS) &&
	    s->nav->hit_count == 0) {
		snprintf(s->status, sizeof s->status, "%s", _("Search first: press /."));
		return;
	}
	if (action == ACTION_LANGUAGE &&
	    ui_lang_prepare_switch(s->nav, s->status, sizeof s->status) != 0)
		return;
	nav_act(s->nav, action, &m);
	if (action == ACTION_LANGUAGE) {
		ui_lang_set(nav_guide(s->nav)->lang);
		labels_init(&s->labels);
		relayout_later(s);
	}
}

static int
screen_start(struct screen *s)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return -1;
	/* Ask terminfo first, without output: a terminal that cannot move the cursor
	   (TERM=dumb, unknown, or unset) gets linear mode, not a broken screen. */
	if (!terminfo_can_address_cursor())
		return -1;
	panic_save_terminal(STDIN_FILENO);
	if ((s->term = newterm(NULL, stdout, stdin)) == NULL)
		return -1;
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	set_escdelay(SCREEN_ESCAPE_DELAY_MS);
	curs_set(1);
	s->colour = s->settings->colours && getenv("NO_COLOR") == NULL && has_colors();
	if (s->colour && start_color() == OK) {
		use_default_colors();
		init_pair(PAIR_BAR, COLOR_WHITE, COLOR_BLUE);
		init_pair(PAIR_IMPORTANT, COLOR_RED, -1);
	} else {
		s->colour = 0;
	}
	terminfo_prepare_panic(s->settings->wipe);
	return 0;
}

/* The first screen says once, in a full sentence, how to leave quickly. */
static void
first_screen_notice(struct screen *s)
{
	char *notice = labels_quick_exit_notice(&s->settings->keys);

	snprintf(s->status, sizeof s->status, "%s", notice);
	free(notice);
}

enum screen_result
screen_run(struct nav *nav, const struct settings *settings)
{
	struct screen s;
	enum input input = INPUT_KEY;
	int key;

	memset(&s, 0, sizeof s);
	s.nav = nav;
	s.settings = settings;
	labels_init(&s.labels);
	layout_init(&s.layout);
	if (screen_start(&s) != 0)
		return SCREEN_UNAVAILABLE;
	first_screen_notice(&s);
	while (nav->end == NAV_RUNNING) {
		draw(&s);
		input = read_key(&key);
		s.status[0] = '\0';
		if (input == INPUT_GONE || input == INPUT_QUIT)
			break;
		if (input == INPUT_RESIZE)
			handle_resize(&s);
		else if (COLS < SCREEN_MIN_COLS || LINES < SCREEN_MIN_LINES)
			keymap_lookup(&settings->keys, key) == ACTION_PANIC ? panic_now() : (void)0;
		else if (key != 0)
			handle_key(&s, key);
	}
	if (nav->end == NAV_PANIC)
		panic_now();
	/* Where the guide was drawn on the main screen, quitting erases it too. */
	if (input != INPUT_GONE && !terminfo_has_alternate_screen())
		panic_wipe();
	endwin();
	delscreen(s.term);
	free_marks(&s);
	layout_free(&s.layout);
	return SCREEN_DONE;
}
