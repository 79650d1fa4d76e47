/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* view.c: the lines of help, search results and court words (pages come from
   layout_page), and every message that names keys. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glossary.h"
#include "i18n.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

/* The most results a list shows: enough for any real question, bounded for a
   10,000-page guide. */
#define VIEW_MAX_RESULTS 200
/* At this width or less (a 40-cell braille display) prompts take their short form. */
#define VIEW_NARROW_WIDTH 50

/* A narrow line (a 40-cell braille display): prompts take their short form. */
static int
narrow(const struct view_context *c)
{
	return c->width > 0 && c->width <= VIEW_NARROW_WIDTH;
}

/* Keys are named in words ("Escape", "question mark") where a reader listens to
   them (linear mode), except on a narrow line, where the short written names fit. */
static int
spoken(const struct view_context *c)
{
	return c->spoken_keys && !narrow(c);
}

/* "x or Esc" (spoken: "x or Escape"): the keys of action in this mode (caller
   frees). */
static char *
keys_of(const struct view_context *c, enum action action)
{
	char buffer[256];

	keymap_describe(c->keys, action, c->mode, spoken(c), c->labels->or_word, buffer,
	    sizeof buffer);
	return xstrdup(buffer);
}

/* The first key of action in this mode, by name ("?", spoken "question mark"). */
static char *
first_key_of(const struct view_context *c, enum action action)
{
	char buffer[64] = "";
	int key = keymap_first_key(c->keys, action, c->mode);

	if (key != 0)
		keys_say_name(key, spoken(c), buffer, sizeof buffer);
	return xstrdup(buffer);
}

/* The quick-exit keys that also work while words are typed (Esc, F12: not x). */
static char *
quick_exit_keys_while_typing(const struct view_context *c)
{
	struct keymap only = { { { 0 } } };
	char buffer[128];
	int n = 0;

	for (int i = 0; i < KEYS_PER_ACTION && c->keys->keys[ACTION_PANIC][i] != 0; i++)
		if (!keys_is_text(c->keys->keys[ACTION_PANIC][i]))
			only.keys[ACTION_PANIC][n++] = c->keys->keys[ACTION_PANIC][i];
	keymap_describe(&only, ACTION_PANIC, c->mode, spoken(c), c->labels->or_word, buffer,
	    sizeof buffer);
	return xstrdup(buffer);
}

/* A message built from a format and key names; cleaned for the terminal. */
static char *
clean_and_free(char *text)
{
	char *clean = text_clean(text);

	free(text);
	return clean;
}

/* format (one %s) filled with the keys of action: all of them, or only the first.
   The formats are this file's msgids, whose translations msgfmt -c checks against
   them (c-format), so a non-literal format is safe here. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
with_keys(const struct view_context *c, const char *format, enum action action, int all)
{
	char *keys = all ? keys_of(c, action) : first_key_of(c, action);
	char *text = xasprintf(format, keys);

	free(keys);
	return clean_and_free(text);
}
#pragma GCC diagnostic pop

static void
line(struct layout *layout, const char *text, const struct view_context *c)
{
	layout_wrap(layout, text, "", c->width, LINE_TEXT, GUIDE_NONE);
}

static void
line_free(struct layout *layout, char *text, const struct view_context *c)
{
	line(layout, text, c);
	free(text);
}

/* "b, Left or h: go back to the page before", for every action of this mode. */
static void
help_actions(struct layout *layout, const struct view_context *c)
{
	for (int a = ACTION_NONE + 1; a < ACTION_COUNT; a++) {
		char *keys = keys_of(c, a);
		if (keys[0] != '\0')
			line_free(layout, xasprintf("%s: %s", keys, _(action_help(a))), c);
		free(keys);
	}
}

static void
help_fullscreen(struct layout *layout, const struct view_context *c)
{
	char *keys;

	help_actions(layout, c);
	line(layout, _("1 to 9: open that choice."), c);
	keys = keys_of(c, ACTION_DEFINE);
	if (keys[0] != '\0')
		line_free(layout, xasprintf(_("Underlined words are court words: press %s for "
		    "their meaning."), keys), c);
	free(keys);
	line(layout, _("While you type a search: Enter searches, Backspace on an empty line "
	    "cancels."), c);
	layout_blank(layout);
	line(layout, _("Screen reader or braille display? Start haven with --linear for plain "
	    "text, one page at a time, with no screen redraws."), c);
}

static void
help_linear(struct layout *layout, const struct view_context *c)
{
	line(layout, _("Type the number of a choice, then Enter, to open it."), c);
	line(layout, _("A checklist item's number, then Enter, ticks it or unticks it."), c);
	line(layout, _("Type a command's letter, then Enter. Keys such as Esc, F1 or the "
	    "arrows act at once."), c);
	layout_blank(layout);
	help_actions(layout, c);
}

static void
view_help(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	char *keys = keys_of(c, ACTION_PANIC), *text;

	layout_wrap(layout, _("Help: keys"), "", c->width, LINE_HEADING, GUIDE_NONE);
	layout_blank(layout);
	text = xasprintf(_("Quick exit: press %s. The guide vanishes from the screen and "
	    "haven ends at once. It works on every screen, even while you type."), keys);
	layout_wrap(layout, text, "", c->width, LINE_IMPORTANT, GUIDE_NONE);
	free(text);
	layout_blank(layout);
	/* A screen reader may take Esc (Fenrir stops speech with it) and go on reading
	   after haven has gone: said here, where its user looks for the keys. */
	line_free(layout, xasprintf(_("Screen reader? It may keep Esc for itself (Fenrir "
	    "does): use a quick-exit key that is not Esc (%s). Set it to stop speaking at "
	    "a key press (Fenrir: interruptOnKeyPress=True)."), keys), c);
	free(keys);
	layout_blank(layout);
	if (c->mode == KEYS_LINEAR)
		help_linear(layout, c);
	else
		help_fullscreen(layout, c);
	layout_blank(layout);
	line(layout, nav_guide(nav)->disclaimer, c);
	keys = keys_of(c, ACTION_HELP);
	line_free(layout, xasprintf(_("Press %s again, or go back, to return to the page."),
	    keys), c);
	free(keys);
}

static void
view_results(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	const struct guide *guide = nav_guide(nav);
	struct layout_options o = { .width = c->width, .choice_indent = c->choice_indent,
		.labels = c->labels };
	char *text = xasprintf(_("Search results for “%s”"), nav->query ? nav->query : "");
	char *next, *previous;

	layout_wrap(layout, text, "", c->width, LINE_HEADING, GUIDE_NONE);
	free(text);
	layout_blank(layout);
	if (nav->hit_count == 0) {
		line(layout, _("No page holds these words. Try fewer or shorter words."), c);
		return;
	}
	next = first_key_of(c, ACTION_SEARCH_NEXT);
	previous = first_key_of(c, ACTION_SEARCH_PREVIOUS);
	line_free(layout, xasprintf(ngettext("%zu page found. Open one to read it; %s and %s "
	    "move between results.", "%zu pages found. Open one to read it; %s and %s move "
	    "between results.", nav->hit_count), nav->hit_count, next, previous), c);
	free(next);
	free(previous);
	layout_blank(layout);
	for (size_t i = 0; i < nav->hit_count && i < VIEW_MAX_RESULTS; i++) {
		const struct search_hit *hit = &nav->hits[i];
		char *snippet = search_snippet(guide, hit, nav->query, 60);
		text = hit->block == GUIDE_NONE ? xstrdup(guide->pages[hit->page].title) :
		    xasprintf("%s: %s", guide->pages[hit->page].title, snippet);
		layout_choice(layout, text, &o);
		free(text);
		free(snippet);
	}
}

/* The court words (from the guide's glossary page) that the page uses. */
static void
view_define(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	const struct guide *guide = nav_guide(nav);
	size_t *terms = NULL, count;
	char *text, *keys;

	text = xasprintf(_("Words on this page: %s"), nav_page(nav)->title);
	layout_wrap(layout, text, "", c->width, LINE_HEADING, GUIDE_NONE);
	free(text);
	layout_blank(layout);
	count = glossary_terms_in_page(guide, nav_page(nav), &terms);
	if (count == 0)
		line(layout, _("This page uses none of the words in the list of court words."), c);
	for (size_t i = 0; i < count; i++) {
		const struct block *term = &guide->pages[guide->glossary].blocks[terms[i]];
		text = xasprintf("%s: ", term->text);
		layout_wrap(layout, term->detail, text, c->width, LINE_TEXT, GUIDE_NONE);
		free(text);
	}
	free(terms);
	layout_blank(layout);
	keys = keys_of(c, ACTION_DEFINE);
	line_free(layout, xasprintf(_("Press %s again, or go back, to return to the page."),
	    keys), c);
	free(keys);
}

/* Where the page's facts come from, one key away and never in the reader's way. */
static void
view_sources(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	const struct page *page = nav_page(nav);
	struct layout_options o = { .width = c->width, .labels = c->labels };
	char *text = xasprintf("%s %s", c->labels->sources, page->title), *keys;

	layout_wrap(layout, text, "", c->width, LINE_HEADING, GUIDE_NONE);
	free(text);
	layout_blank(layout);
	layout_sources(layout, nav_guide(nav), page, &o);
	layout_blank(layout);
	keys = keys_of(c, ACTION_SOURCES);
	line_free(layout, xasprintf(_("Press %s again, or go back, to return to the page."),
	    keys), c);
	free(keys);
}

/* A page, with what this run added to it: ticks, and on a summary page the answers
   given and links to change them. */
static void
view_page(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	const struct guide *guide = nav_guide(nav);
	const struct page *page = nav_page(nav);
	size_t checks = page_check_count(page);
	size_t answers = page_is_summary(page) ? nav->answer_count : 0;
	unsigned char *checked = xcalloc(checks + 1, 1);
	const char **said = xcalloc(answers + 1, sizeof *said);
	const char **questions = xcalloc(answers + 1, sizeof *questions);
	char *crumb = c->breadcrumb ? layout_breadcrumb(guide, nav->here.page) : NULL;
	struct layout_options o = { .keys = c->keys, .width = c->width,
		.choice_indent = c->choice_indent, .breadcrumb = crumb, .labels = c->labels,
		.checked = checked, .said = said, .questions = questions,
		.answer_count = answers, .no_title = c->compact, .state = nav_state(nav),
		.your_state = nav->here.page == guide->your_state_page };
	const struct state **states = xcalloc(nav->state_list_count + 1, sizeof *states);

	if (nav_on_states_page(nav) && guide->states != NULL) {
		for (size_t i = 0; i < nav->state_list_count; i++)
			states[i] = &guide->states->states[nav->state_list[i]];
		o.state_choices = states;
		o.state_choice_count = nav->state_list_count;
	}

	for (size_t i = 0; i < checks; i++)
		checked[i] = (unsigned char)nav_is_checked(nav, nav->here.page, i);
	for (size_t i = 0; i < answers; i++) {
		const struct block *answer = nav_answer_block(nav, i);
		said[i] = answer != NULL ? answer->said : "";
		questions[i] = guide->pages[nav->answers[i].question].question;
	}
	layout_page(layout, guide, page, &o);
	if (page->where.state == PART_BROKEN) {
		/* Read when first shown, and found broken: the reader is told so in plain
		   words, as when a whole guide cannot be shown; the editor runs --check. */
		layout_blank(layout);
		line(layout, _("This page cannot be shown right now. Please tell whoever runs "
		    "this computer (haven --check shows them why). In danger? Call 911."), c);
	}
	free(states);
	free(checked);
	free(said);
	free(questions);
	free(crumb);
}

void
view_layout(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	struct spoken_numbers spoken;

	layout_init(layout);
	layout->compact = c->compact;
	if (c->say_digits) {
		spoken_numbers_init(&spoken, nav_guide(nav));
		layout->spoken = &spoken;
	}
	if (nav->view == NAV_VIEW_HELP)
		view_help(layout, nav, c);
	else if (nav->view == NAV_VIEW_RESULTS)
		view_results(layout, nav, c);
	else if (nav->view == NAV_VIEW_DEFINE)
		view_define(layout, nav, c);
	else if (nav->view == NAV_VIEW_SOURCES)
		view_sources(layout, nav, c);
	else
		view_page(layout, nav, c);
	if (c->say_digits) {
		layout->spoken = NULL;
		spoken_numbers_free(&spoken);
	}
}

/* "Checked: Bring the order", in words, after a tick. */
static char *
tick_message(const struct nav *nav, const struct view_context *c)
{
	const struct block *check = page_check(nav_page(nav), nav->ticked);
	int checked = nav_is_checked(nav, nav->here.page, nav->ticked);
	char *text = check != NULL ? keymap_fill(c->keys, check->text, c->labels->or_word)
	    : xstrdup("");
	char *message = xasprintf("%s %s", checked ? c->labels->checked :
	    c->labels->not_checked, text);

	free(text);
	return message;
}

static char *
no_such_item(const struct nav *nav)
{
	size_t count = nav_item_count(nav);

	if (count == 0)
		return xasprintf(_("There is no choice %zu. This page has no choices."),
		    nav->asked);
	if (count == 1)
		return xasprintf(_("There is no choice %zu. Choose 1."), nav->asked);
	return xasprintf(_("There is no choice %zu. Choose 1-%zu."), nav->asked, count);
}

/* "No state is named "Texsa". Nearest: 1. Texas." The numbers are those of the
   list now shown, so a listener can choose without reading the page again. */
static char *
no_state_matches(const struct nav *nav)
{
	const struct state_list *list = nav_guide(nav)->states;
	char *message = xasprintf(_("No state is named \"%s\"."), nav->state_words ?
	    nav->state_words : "");
	size_t first = page_check_count(nav_page(nav));

	for (size_t i = 0; list != NULL && i < nav->state_list_count; i++) {
		const char *name = list->states[nav->state_list[i]].name;
		/* TRANSLATORS: after "No state is named ...": the nearest names, numbered. */
		char *more = i == 0 ? xasprintf(_("%s Nearest: %zu. %s"), message, first + i + 1,
		    name) : xasprintf("%s; %zu. %s", message, first + i + 1, name);
		free(message);
		message = more;
	}
	if (nav->state_list_count > 0) {
		char *ended = xasprintf("%s.", message);
		free(message);
		message = ended;
	}
	return message;
}

char *
view_outcome_message(const struct nav *nav, enum nav_outcome outcome,
    const struct view_context *c)
{
	switch (outcome) {
	case NAV_TICKED:
		return clean_and_free(tick_message(nav, c));
	case NAV_NO_SUCH_ITEM:
		return no_such_item(nav);
	case NAV_SEARCH_FIRST:
		return with_keys(c, _("Search first: press %s."), ACTION_SEARCH, 0);
	case NAV_ONE_LANGUAGE:
		return xstrdup(_("Only one language is installed."));
	case NAV_LANGUAGE_BROKEN:
		return xstrdup(_("The other language cannot be shown right now."));
	case NAV_STATES_BROKEN:
		return xstrdup(_("The list of states cannot be shown right now."));
	case NAV_STATE_BROKEN:
		return xstrdup(_("The rules of that state cannot be shown right now. The general "
		    "text still stands: ask the court clerk."));
	case NAV_STATE_NO_MATCH:
		return clean_and_free(no_state_matches(nav));
	default:
		return NULL;
	}
}

char *
view_quick_exit_label(const struct view_context *c, int all_keys)
{
	return with_keys(c, _("%s: quick exit."), ACTION_PANIC, all_keys);
}

char *
view_quick_exit_notice(const struct view_context *c)
{
	return with_keys(c, _("To leave quickly, press %s."), ACTION_PANIC, 1);
}

/* "b back, ? help, x or Esc quick exit": the actions the prompt names. */
static char *
prompt_actions(const struct view_context *c)
{
	char *list = xstrdup(""), *keys, *longer;

	for (int a = ACTION_NONE + 1; a < ACTION_COUNT; a++) {
		if (action_prompt_word(a) == NULL)
			continue;
		keys = a == ACTION_PANIC ? keys_of(c, a) : first_key_of(c, a);
		if (keys[0] != '\0') {
			longer = xasprintf("%s%s%s %s", list, list[0] ? ", " : "", keys,
			    _(action_prompt_word(a)));
			free(list);
			list = longer;
		}
		free(keys);
	}
	return list;
}

/* The pause in a page that does not fit the terminal: "More: Enter or Space. r from
   the top, x or Esc quick exit: ", shorter on a narrow line. */
char *
view_pause_prompt(const struct view_context *c)
{
	char *repeat = first_key_of(c, ACTION_REPEAT);
	char *quick = narrow(c) ? first_key_of(c, ACTION_PANIC) : keys_of(c, ACTION_PANIC);
	char *prompt = narrow(c) ?
	    xasprintf(_("More: Enter. %s top, %s quick exit: "), repeat, quick) :
	    xasprintf(_("More: Enter or Space. %s from the top, %s quick exit: "), repeat,
	    quick);

	free(repeat);
	free(quick);
	return clean_and_free(prompt);
}

/* A narrow line (a 40-cell braille display): "Choose 1-8, ? help, x quick exit: ",
   the quick exit and help only, each by its first key. */
static char *
short_prompt(const struct view_context *c, size_t item_count)
{
	char *help = first_key_of(c, ACTION_HELP), *quick = first_key_of(c, ACTION_PANIC);
	char *prompt;

	if (item_count > 1)
		prompt = xasprintf(_("Choose 1-%zu, %s help, %s quick exit: "), item_count, help,
		    quick);
	else if (item_count == 1)
		prompt = xasprintf(_("Choose 1, %s help, %s quick exit: "), help, quick);
	else
		prompt = xasprintf(_("%s help, %s quick exit: "), help, quick);
	free(help);
	free(quick);
	return clean_and_free(prompt);
}

char *
view_prompt(const struct view_context *c, size_t item_count)
{
	char *actions, *prompt;

	if (narrow(c))
		return short_prompt(c, item_count);
	actions = prompt_actions(c);

	if (item_count > 1)
		/* (spoken, "1-8" is "one dash eight": a range is said "1 to 8") */
		prompt = spoken(c) ? xasprintf(_("Choose 1 to %zu, %s: "), item_count, actions) :
		    xasprintf(_("Choose 1-%zu, %s: "), item_count, actions);
	else if (item_count == 1)
		prompt = xasprintf(_("Choose 1, %s: "), actions);
	else
		prompt = xasprintf("%s: ", actions);
	free(actions);
	return clean_and_free(prompt);
}

char *
view_search_prompt(const struct view_context *c)
{
	return xstrdup(narrow(c) ? _("Search for: ") :
	    _("Search for (Enter to search, empty to cancel): "));
}

/* While a name is typed, letters are letters ("Texas" holds an x): the quick exit
   is a key that types nothing, and the prompt says which. */
char *
view_state_prompt(const struct view_context *c, size_t item_count)
{
	char *quick = quick_exit_keys_while_typing(c);
	char *back = first_key_of(c, ACTION_BACK), *help = first_key_of(c, ACTION_HELP);
	char *safety = first_key_of(c, ACTION_SAFETY);
	char *prompt = narrow(c) ? xasprintf(_("State or number, %s back, %s quick exit: "),
	    back, quick) :
	    xasprintf(_("Type a state's name or code, or 1 to %zu; %s back, %s safety, %s "
	    "help, %s quick exit: "), item_count, back, safety, help, quick);

	free(back);
	free(help);
	free(safety);
	free(quick);
	return clean_and_free(prompt);
}

char *
view_not_understood(const struct view_context *c)
{
	return with_keys(c, _("Not understood. Type a choice number, or %s for help."),
	    ACTION_HELP, 0);
}

/* Appends "key: what" to bar when the key exists and it still fits width cells
   (0: any width); returns the bar. */
static char *
bar_add(char *bar, const char *keys, const char *what, size_t width)
{
	char *longer;

	if (keys[0] == '\0')
		return bar;
	longer = xasprintf("%s%s%s: %s", bar, bar[0] ? " " : "", keys, what);
	if (bar[0] != '\0' && width > 0 && text_width(longer) > width) {
		free(longer);
		return bar;
	}
	free(bar);
	return longer;
}

char *
view_bottom_bar(const struct view_context *c, size_t width)
{
	char *quick = keys_of(c, ACTION_PANIC), *safety = first_key_of(c, ACTION_SAFETY);
	char *help = first_key_of(c, ACTION_HELP);
	/* The quick exit always comes first; the rest only as the width allows. */
	char *bar = bar_add(xstrdup(""), quick, _("quick exit."), 0);

	bar = bar_add(bar, safety, _("safety."), width);
	bar = bar_add(bar, help, _("help."), width);
	free(quick);
	free(safety);
	free(help);
	return clean_and_free(bar);
}

char *
view_search_bar(const struct view_context *c, const char *typed, int for_state)
{
	char *quick = quick_exit_keys_while_typing(c);
	/* TRANSLATORS: the bottom line while a state's name is typed on the states
	   page. */
	char *bar = for_state ? xasprintf(_("%s: quick exit. State: %s"), quick, typed) :
	    xasprintf(_("%s: quick exit. Search: %s"), quick, typed);

	free(quick);
	return clean_and_free(bar);
}

char *
view_more_below(const struct view_context *c)
{
	char *tick = keys_of(c, ACTION_TICK), *down = keys_of(c, ACTION_SCROLL_DOWN);
	const char *join = tick[0] != '\0' && down[0] != '\0' ? c->labels->or_word : "";
	char *note = xasprintf(_("More below: press %s%s%s."), tick, join, down);

	free(tick);
	free(down);
	return clean_and_free(note);
}

char *
view_too_small(const struct view_context *c)
{
	return with_keys(c, _("Window too small. %s: quick exit."), ACTION_PANIC, 1);
}
