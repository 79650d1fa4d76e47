/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* nav.c: the state machine: where the reader is, what is selected, what is scrolled,
   where Back leads, what a search found. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nav.h"
#include "states.h"
#include "xalloc.h"

/* Back remembers this many steps; older ones fall off, so a long session cannot
   grow without bound. */
#define NAV_HISTORY_MAX 500

/* A reader's guide is read part by part: a page is read when first shown. */
static void
need_page(struct nav *nav, size_t page)
{
	guide_set_need(nav->set, nav->lang, page);
}

static struct nav_place
place_at(const struct guide *guide, size_t page)
{
	struct nav_place place = { page, GUIDE_NONE, 0, 0 };

	if (page_choice_count(&guide->pages[page]) > 0) {
		place.selected = 0;
		place.on_question = guide->pages[page].question != NULL;
	}
	return place;
}

/* What a layout shows is about to change. */
static void
changed(struct nav *nav)
{
	nav->generation++;
}

void
nav_init(struct nav *nav, struct guide_set *set, size_t lang)
{
	struct diag_list diags;

	memset(nav, 0, sizeof *nav);
	nav->set = set;
	nav->lang = lang < set->count ? lang : 0;
	/* (read again if an earlier reader of this set switched away from it) */
	diag_init(&diags);
	guide_set_get(set, nav->lang, &diags);
	diag_free(&diags);
	need_page(nav, nav_guide(nav)->start);
	nav->here = place_at(nav_guide(nav), nav_guide(nav)->start);
	nav->hit_current = GUIDE_NONE;
	nav->indexes = xcalloc(set->count, sizeof *nav->indexes);	/* bound on first search */
	nav->viewport.rows = 1;
	nav->generation = 1;
}

void
nav_free(struct nav *nav)
{
	for (size_t i = 0; nav->indexes != NULL && i < nav->set->count; i++)
		if (nav->indexes[i].guide != NULL)
			search_index_free(&nav->indexes[i]);
	free(nav->indexes);
	free(nav->history);
	free(nav->query);
	free(nav->hits);
	free(nav->answers);
	for (size_t i = 0; i < nav->tick_count; i++)
		free(nav->ticks[i].page_id);
	free(nav->ticks);
	free(nav->viewport.choice_line);
	free(nav->state_words);
	free(nav->state_list);
	memset(nav, 0, sizeof *nav);
}

const struct guide *
nav_guide(const struct nav *nav)
{
	return nav->set->guides[nav->lang];
}

const struct page *
nav_page(const struct nav *nav)
{
	return &nav_guide(nav)->pages[nav->here.page];
}

/* The place of the view shown: the page's own, or the one help and results share. */
static const struct nav_place *
place_shown(const struct nav *nav)
{
	return nav->view == NAV_VIEW_PAGE ? &nav->here : &nav->aside;
}

struct nav_place *
nav_place(struct nav *nav)
{
	return nav->view == NAV_VIEW_PAGE ? &nav->here : &nav->aside;
}

size_t
nav_item_count(const struct nav *nav)
{
	const struct page *page = nav_page(nav);

	switch (nav->view) {
	case NAV_VIEW_RESULTS:
		return nav->hit_count;
	case NAV_VIEW_PAGE:
		return page_check_count(page) + page_choice_count(page) +
		    (nav_on_states_page(nav) ? nav->state_list_count : 0) +
		    (page_is_summary(page) ? nav->answer_count : 0);
	default:
		return 0;
	}
}

/* --- the viewport --- */

int
nav_line_visible(const struct nav *nav, size_t line)
{
	const struct nav_place *place = place_shown(nav);

	return line >= place->scroll && line < place->scroll + nav->viewport.rows;
}

static size_t
max_scroll(const struct nav_viewport *v)
{
	return v->line_count > v->rows ? v->line_count - v->rows : 0;
}

static int
selection_visible(const struct nav *nav)
{
	const struct nav_place *place = place_shown(nav);

	return place->selected != GUIDE_NONE && place->selected < nav->viewport.choice_count &&
	    nav_line_visible(nav, nav->viewport.choice_line[place->selected]);
}

static void
clamp(struct nav *nav)
{
	struct nav_place *place = nav_place(nav);
	const struct nav_viewport *v = &nav->viewport;

	if (place->scroll > max_scroll(v))
		place->scroll = max_scroll(v);
	if (v->choice_count == 0)
		place->selected = GUIDE_NONE;
	else if (place->selected == GUIDE_NONE || place->selected >= v->choice_count)
		place->selected = 0;
}

static void
scroll_to_show(struct nav *nav, size_t line)
{
	struct nav_place *place = nav_place(nav);

	if (line < place->scroll)
		place->scroll = line;
	else if (line >= place->scroll + nav->viewport.rows)
		place->scroll = line - nav->viewport.rows + 1;
}

static void
show_selected(struct nav *nav)
{
	struct nav_place *place = nav_place(nav);

	if (place->selected != GUIDE_NONE && place->selected < nav->viewport.choice_count)
		scroll_to_show(nav, nav->viewport.choice_line[place->selected]);
}

void
nav_set_rows(struct nav *nav, size_t rows)
{
	int was_visible = selection_visible(nav);

	nav->viewport.rows = rows > 0 ? rows : 1;
	clamp(nav);
	if (was_visible)
		show_selected(nav);
}

void
nav_set_lines(struct nav *nav, size_t line_count, const size_t *choice_line,
    size_t choice_count)
{
	struct nav_viewport *v = &nav->viewport;
	struct nav_place *place = nav_place(nav);
	int relaid = v->generation == nav->generation && v->line_count > 0;
	int was_visible = relaid && selection_visible(nav);

	if (relaid && line_count != v->line_count)
		place->scroll = place->scroll * line_count / v->line_count;
	free(v->choice_line);
	v->choice_line = xcalloc(choice_count + 1, sizeof *v->choice_line);
	if (choice_count > 0)
		memcpy(v->choice_line, choice_line, choice_count * sizeof *choice_line);
	v->choice_count = choice_count;
	v->line_count = line_count;
	v->generation = nav->generation;
	clamp(nav);
	if (was_visible)
		show_selected(nav);
}

static enum nav_outcome
scroll_by(struct nav *nav, long lines)
{
	struct nav_place *place = nav_place(nav);
	size_t before = place->scroll;
	long target = (long)place->scroll + lines;

	if (target < 0)
		target = 0;
	place->scroll = (size_t)target > max_scroll(&nav->viewport) ?
	    max_scroll(&nav->viewport) : (size_t)target;
	return place->scroll != before ? NAV_MOVED : NAV_NOTHING;
}

/* One screen, less a line of context, as pagers do. */
static long
screenful(const struct nav *nav)
{
	return nav->viewport.rows > 2 ? (long)nav->viewport.rows - 1 : 1;
}

/* Down: text comes before choices. While the selected choice is still below the
   screen, Down scrolls a screen instead, so no text is skipped (as lynx does). */
/* A question page just opened shows its question; the first move, either way, only
   goes from the question to the selected first answer. */
static int
leave_question(const struct nav *nav, struct nav_place *place)
{
	if (!place->on_question || nav->view != NAV_VIEW_PAGE)
		return 0;
	place->on_question = 0;
	return 1;
}

static enum nav_outcome
move_next(struct nav *nav)
{
	struct nav_place *place = nav_place(nav);
	const struct nav_viewport *v = &nav->viewport;

	if (leave_question(nav, place))
		return NAV_MOVED;
	if (place->selected == GUIDE_NONE || place->selected >= v->choice_count)
		return scroll_by(nav, 1);
	if (v->choice_line[place->selected] >= place->scroll + v->rows)
		return scroll_by(nav, screenful(nav));
	if (place->selected + 1 < v->choice_count)
		place->selected++;
	scroll_to_show(nav, v->choice_line[place->selected]);
	return NAV_MOVED;
}

static enum nav_outcome
move_previous(struct nav *nav)
{
	struct nav_place *place = nav_place(nav);
	const struct nav_viewport *v = &nav->viewport;

	if (leave_question(nav, place))
		return NAV_MOVED;
	if (place->selected == GUIDE_NONE || place->selected >= v->choice_count)
		return scroll_by(nav, -1);
	if (!nav_line_visible(nav, v->choice_line[place->selected]) || place->selected == 0)
		return scroll_by(nav, -screenful(nav));
	place->selected--;
	scroll_to_show(nav, v->choice_line[place->selected]);
	return NAV_MOVED;
}

/* --- the reader's state --- */

int
nav_on_states_page(const struct nav *nav)
{
	return nav->view == NAV_VIEW_PAGE && nav->here.page == nav_guide(nav)->states_page &&
	    nav->here.page != GUIDE_NONE;
}

const struct state_list *
nav_states(struct nav *nav)
{
	struct diag_list diags;
	const struct state_list *list;

	/* A broken file shows the reader one plain sentence, never the checker's
	   words: the editor runs haven --check. */
	diag_init(&diags);
	list = guide_set_states(nav->set, nav->lang, &diags);
	diag_free(&diags);
	/* The chosen state's facts, in this language too (after L). */
	if (list != NULL && nav->state_code[0] != '\0')
		guide_set_need_state(nav->set, nav->lang, states_find(list, nav->state_code));
	return list;
}

const struct state *
nav_state(const struct nav *nav)
{
	const struct state_list *list = nav_guide(nav)->states;
	size_t i;

	if (nav->state_code[0] == '\0' || list == NULL)
		return NULL;
	i = states_find(list, nav->state_code);
	/* (a state whose file proved broken shows as none: the general text stands) */
	return i != GUIDE_NONE && !list->states[i].broken && !list->states[i].unread ?
	    &list->states[i] : NULL;
}

/* The reader's state is kept by its code, which every language's files share. */
static void
keep_state(struct nav *nav, const struct state *state)
{
	snprintf(nav->state_code, sizeof nav->state_code, "%s", state->code);
	changed(nav);
}

static enum nav_outcome
choose_state(struct nav *nav, size_t index)
{
	const struct state_list *list = nav_states(nav);
	size_t page = nav_guide(nav)->your_state_page;

	if (list == NULL || index >= list->count || page == GUIDE_NONE)
		return NAV_STATES_BROKEN;
	/* Its facts are read now; a file that proves broken keeps the state before. */
	if (guide_set_need_state(nav->set, nav->lang, index) != 0)
		return NAV_STATE_BROKEN;
	keep_state(nav, &list->states[index]);
	free(nav->state_words);
	nav->state_words = NULL;
	/* The list is done with: Back from the state's page returns to where the
	   reader was before choosing. */
	need_page(nav, page);
	nav->here = place_at(nav_guide(nav), page);
	return NAV_SHOWN;
}

int
nav_choose_state(struct nav *nav, const char *code)
{
	const struct state_list *list = nav_states(nav);
	size_t i = list != NULL ? states_find(list, code) : GUIDE_NONE;

	if (i == GUIDE_NONE)
		return -1;
	guide_set_need_state(nav->set, nav->lang, i);	/* (broken: shown as none) */
	keep_state(nav, &list->states[i]);
	return 0;
}

/* The states page lists every state, or those words name. One match is chosen at
   once; none lists the nearest names. */
static enum nav_outcome
list_states(struct nav *nav, const char *words)
{
	const struct state_list *list = nav_states(nav);
	size_t count = 0;
	char *kept;

	if (words != NULL && words[0] != '\0' && strspn(words, "0123456789") == strlen(words)) {
		/* A number typed where a name was asked: the full list's own numbers. */
		list_states(nav, NULL);
		return nav_open_item(nav, (size_t)strtoul(words, NULL, 10));
	}
	kept = words != NULL ? xstrdup(words) : NULL;
	changed(nav);
	free(nav->state_words);
	nav->state_words = kept;
	free(nav->state_list);
	nav->state_list = NULL;
	nav->state_list_count = 0;
	if (list == NULL)
		return NAV_STATES_BROKEN;
	nav->state_list = xcalloc(list->count + 1, sizeof *nav->state_list);
	if (words == NULL) {
		for (size_t i = 0; i < list->count; i++)
			nav->state_list[count++] = i;
	} else if ((count = states_match(list, words, nav->state_list)) == 1) {
		return choose_state(nav, nav->state_list[0]);
	} else if (count == 0) {
		nav->state_list_count = states_close(list, words, nav->state_list, 5);
		nav->here.selected = nav->state_list_count > 0 ? 0 : GUIDE_NONE;
		return NAV_STATE_NO_MATCH;
	}
	nav->state_list_count = count;
	nav->here.selected = 0;
	nav->here.scroll = 0;
	nav->here.on_question = 0;
	return NAV_SHOWN;
}

/* --- where the reader is --- */

static void
history_push(struct nav *nav)
{
	if (nav->history_count == NAV_HISTORY_MAX) {
		memmove(nav->history, nav->history + 1,
		    (NAV_HISTORY_MAX - 1) * sizeof *nav->history);
		nav->history_count--;
	}
	if (nav->history_count == nav->history_capacity) {
		nav->history_capacity = nav->history_capacity ? nav->history_capacity * 2 : 16;
		nav->history = xreallocarray(nav->history, nav->history_capacity,
		    sizeof *nav->history);
	}
	nav->history[nav->history_count++] = nav->here;
}

static enum nav_outcome list_states(struct nav *nav, const char *words);

static enum nav_outcome
go_to_page(struct nav *nav, size_t page)
{
	need_page(nav, page);
	changed(nav);
	if (nav->view == NAV_VIEW_PAGE && page == nav->here.page) {
		nav->here = place_at(nav_guide(nav), page);	/* back to its top */
		return NAV_SHOWN;
	}
	history_push(nav);
	nav->here = place_at(nav_guide(nav), page);
	nav->view = NAV_VIEW_PAGE;
	return nav_on_states_page(nav) ? list_states(nav, NULL) : NAV_SHOWN;
}

/* From help, results or court words, Back returns to the page and selection left. */
static enum nav_outcome
go_back(struct nav *nav)
{
	if (nav->view != NAV_VIEW_PAGE) {
		changed(nav);
		nav->view = NAV_VIEW_PAGE;
		return NAV_SHOWN;
	}
	if (nav->history_count == 0)
		return NAV_NOTHING;
	changed(nav);
	nav->here = nav->history[--nav->history_count];
	need_page(nav, nav->here.page);	/* (after L, in a language not read there yet) */
	return NAV_SHOWN;
}

/* q closes help, results, court words, sources and the about page, as in less and man;
   elsewhere it quits. */
static enum nav_outcome
quit_or_close(struct nav *nav)
{
	if (nav->view != NAV_VIEW_PAGE ||
	    (nav->here.page == nav_guide(nav)->about && nav->history_count > 0))
		return go_back(nav);
	nav->ended = 1;
	return NAV_ENDED;
}

int
nav_is_checked(const struct nav *nav, size_t page, size_t item)
{
	const char *id = nav_guide(nav)->pages[page].id;

	for (size_t i = 0; i < nav->tick_count; i++)
		if (nav->ticks[i].item == item && strcmp(nav->ticks[i].page_id, id) == 0)
			return 1;
	return 0;
}

static enum nav_outcome
toggle_tick(struct nav *nav, size_t item)
{
	const char *id = nav_page(nav)->id;

	changed(nav);
	nav->ticked = item;
	for (size_t i = 0; i < nav->tick_count; i++) {
		if (nav->ticks[i].item == item && strcmp(nav->ticks[i].page_id, id) == 0) {
			free(nav->ticks[i].page_id);
			nav->ticks[i] = nav->ticks[--nav->tick_count];
			return NAV_TICKED;
		}
	}
	nav->ticks = xreallocarray(nav->ticks, nav->tick_count + 1, sizeof *nav->ticks);
	nav->ticks[nav->tick_count].page_id = xstrdup(id);
	nav->ticks[nav->tick_count++].item = item;
	return NAV_TICKED;
}

const struct block *
nav_answer_block(const struct nav *nav, size_t i)
{
	const struct page *q = &nav_guide(nav)->pages[nav->answers[i].question];
	size_t seen = 0;

	for (size_t b = 0; b < q->block_count; b++)
		if (q->blocks[b].is_answer && seen++ == nav->answers[i].answer)
			return &q->blocks[b];
	return NULL;
}

/* Answering a question again (after "change") forgets the answers that followed it:
   they belonged to the path the reader has just left. */
static void
record_answer(struct nav *nav, size_t question, size_t answer)
{
	size_t i = 0;

	while (i < nav->answer_count && nav->answers[i].question != question)
		i++;
	nav->answer_count = i;
	nav->answers = xreallocarray(nav->answers, i + 1, sizeof *nav->answers);
	nav->answers[i].question = question;
	nav->answers[i].answer = answer;
	nav->answer_count = i + 1;
}

/* Item n (0-based) of a page: checklist items first, then choices, then change links. */
static enum nav_outcome
open_page_item(struct nav *nav, size_t n)
{
	const struct page *page = nav_page(nav);
	size_t checks = page_check_count(page), choices = page_choice_count(page);
	const struct block *choice;

	if (n < checks)
		return toggle_tick(nav, n);
	n -= checks;
	if (nav_on_states_page(nav)) {
		if (n < nav->state_list_count)
			return choose_state(nav, nav->state_list[n]);
		n -= nav->state_list_count;
	}
	if (n >= choices) {
		n -= choices;
		if (!page_is_summary(page) || n >= nav->answer_count)
			return NAV_NO_SUCH_ITEM;
		return go_to_page(nav, nav->answers[n].question);
	}
	choice = page_choice(page, n);
	if (choice == NULL || choice->target == GUIDE_NONE)
		return NAV_NO_SUCH_ITEM;
	if (page->question != NULL && choice->is_answer)
		record_answer(nav, nav->here.page, n);
	return go_to_page(nav, choice->target);
}

enum nav_outcome
nav_open_item(struct nav *nav, size_t number)
{
	nav->asked = number;
	if (number == 0 || number > nav_item_count(nav))
		return NAV_NO_SUCH_ITEM;
	if (nav->view == NAV_VIEW_RESULTS) {
		nav->hit_current = number - 1;
		return go_to_page(nav, nav->hits[number - 1].page);
	}
	return open_page_item(nav, number - 1);
}

/* Enter opens the selected choice; if it is off screen, it is shown first, so the
   reader never opens something unseen. */
static enum nav_outcome
open_selected(struct nav *nav)
{
	struct nav_place *place = nav_place(nav);
	const struct nav_viewport *v = &nav->viewport;

	if (place->selected == GUIDE_NONE || place->selected >= v->choice_count)
		return NAV_NOTHING;
	if (!nav_line_visible(nav, v->choice_line[place->selected])) {
		scroll_to_show(nav, v->choice_line[place->selected]);
		return NAV_MOVED;
	}
	return nav_open_item(nav, place->selected + 1);
}

/* Space ticks the selected checklist item when it is in view, and scrolls
   elsewhere. */
static enum nav_outcome
tick_or_scroll(struct nav *nav)
{
	struct nav_place *place = nav_place(nav);

	if (nav->view == NAV_VIEW_PAGE && place->selected != GUIDE_NONE &&
	    place->selected < page_check_count(nav_page(nav)) && selection_visible(nav))
		return toggle_tick(nav, place->selected);
	return scroll_by(nav, screenful(nav));
}

static enum nav_outcome
step_hit(struct nav *nav, int forward)
{
	if (nav->hit_count == 0)
		return NAV_SEARCH_FIRST;
	if (nav->hit_current == GUIDE_NONE)
		nav->hit_current = forward ? 0 : nav->hit_count - 1;
	else
		nav->hit_current = (nav->hit_current + (forward ? 1 : nav->hit_count - 1)) %
		    nav->hit_count;
	return go_to_page(nav, nav->hits[nav->hit_current].page);
}

static size_t
map_page(const struct guide *from, const struct guide *to, size_t page)
{
	size_t found = guide_find_page(to, from->pages[page].id);

	return found != GUIDE_NONE ? found : to->start;
}

/* Keeps the same page (ids are the same in every language) and maps Back's history.
   The next language's guide loads here on first use. */
static enum nav_outcome
switch_language(struct nav *nav)
{
	size_t next = (nav->lang + 1) % (nav->set->count ? nav->set->count : 1);
	const struct guide *from = nav_guide(nav), *to;
	struct diag_list diags;
	size_t previous;

	if (nav->set->count < 2)
		return NAV_ONE_LANGUAGE;
	diag_init(&diags);
	to = guide_set_get(nav->set, next, &diags);
	diag_free(&diags);
	if (to == NULL)
		return NAV_LANGUAGE_BROKEN;
	changed(nav);
	previous = nav->lang;
	nav->lang = next;
	nav->here.page = map_page(from, to, nav->here.page);
	for (size_t i = 0; i < nav->history_count; i++)
		nav->history[i].page = map_page(from, to, nav->history[i].page);
	for (size_t i = 0; i < nav->answer_count; i++) {
		nav->answers[i].question = map_page(from, to, nav->answers[i].question);
		need_page(nav, nav->answers[i].question);	/* a summary lists its answer */
	}
	need_page(nav, nav->here.page);
	free(nav->hits);
	nav->hits = NULL;
	nav->hit_count = 0;
	nav->hit_current = GUIDE_NONE;
	if (nav->view != NAV_VIEW_PAGE && nav->view != NAV_VIEW_HELP)
		nav->view = NAV_VIEW_PAGE;
	/* The state is kept by its code; the list is made again in the new language. */
	if (nav->state_code[0] != '\0')
		nav_states(nav);
	if (nav_on_states_page(nav))
		list_states(nav, nav->state_words);
	/* One language at a time in memory: the one left is read again if L comes
	   back to it (all a reader keeps is by page ID or mapped above). */
	if (nav->indexes[previous].guide != NULL)
		search_index_free(&nav->indexes[previous]);
	guide_set_release(nav->set, previous);
	return NAV_LANGUAGE_CHANGED;
}

static void
show_aside(struct nav *nav, enum nav_view view)
{
	changed(nav);
	nav->view = view;
	nav->aside.page = nav->here.page;
	nav->aside.selected = GUIDE_NONE;
	nav->aside.scroll = 0;
}

/* The same key shows help (or the court words) and takes it away again. */
static enum nav_outcome
toggle_aside(struct nav *nav, enum nav_view view)
{
	if (nav->view == view) {
		changed(nav);
		nav->view = NAV_VIEW_PAGE;
	} else {
		show_aside(nav, view);
	}
	return NAV_SHOWN;
}

static enum nav_outcome
go_to_page_if(struct nav *nav, size_t page)
{
	return page != GUIDE_NONE ? go_to_page(nav, page) : NAV_NOTHING;
}

enum nav_outcome
nav_act(struct nav *nav, enum action action)
{
	switch (action) {
	case ACTION_NEXT: return move_next(nav);
	case ACTION_PREVIOUS: return move_previous(nav);
	case ACTION_OPEN: return open_selected(nav);
	case ACTION_TICK: return tick_or_scroll(nav);
	case ACTION_BACK: return go_back(nav);
	case ACTION_HOME: return go_to_page(nav, nav_guide(nav)->start);
	case ACTION_SAFETY: return go_to_page_if(nav, nav_guide(nav)->safety);
	case ACTION_ABOUT: return go_to_page_if(nav, nav_guide(nav)->about);
	case ACTION_SCROLL_DOWN: return scroll_by(nav, screenful(nav));
	case ACTION_SCROLL_UP: return scroll_by(nav, -screenful(nav));
	case ACTION_END: return scroll_by(nav, (long)nav->viewport.line_count);
	case ACTION_SEARCH: return NAV_ASK_WORDS;
	case ACTION_SEARCH_NEXT: return step_hit(nav, 1);
	case ACTION_SEARCH_PREVIOUS: return step_hit(nav, 0);
	case ACTION_HELP: return toggle_aside(nav, NAV_VIEW_HELP);
	case ACTION_LANGUAGE: return switch_language(nav);
	case ACTION_DEFINE:
		/* (a reader's glossary is read when first needed) */
		if (nav_guide(nav)->glossary != GUIDE_NONE)
			need_page(nav, nav_guide(nav)->glossary);
		return toggle_aside(nav, NAV_VIEW_DEFINE);
	case ACTION_SOURCES:
		guide_set_need_sources(nav->set, nav->lang, nav->here.page);
		return toggle_aside(nav, NAV_VIEW_SOURCES);
	case ACTION_REPEAT: return NAV_SHOWN;
	case ACTION_QUIT: return quit_or_close(nav);
	case ACTION_PANIC:	/* the front end's, before any action: see input.h */
	case ACTION_NONE:
	case ACTION_COUNT:
		break;
	}
	return NAV_NOTHING;
}

enum nav_outcome
nav_search(struct nav *nav, const char *words)
{
	if (nav_on_states_page(nav))
		return list_states(nav, words);
	free(nav->hits);
	free(nav->query);
	nav->query = xstrdup(words);
	if (nav->indexes[nav->lang].guide == NULL) {
		guide_set_need_all(nav->set, nav->lang);	/* a search reads every page */
		search_index_init(&nav->indexes[nav->lang], nav_guide(nav));
	}
	nav->hit_count = search_run(&nav->indexes[nav->lang], words, &nav->hits);
	nav->hit_current = GUIDE_NONE;
	show_aside(nav, NAV_VIEW_RESULTS);
	if (nav->hit_count > 0)
		nav->aside.selected = 0;
	return nav->hit_count > 0 ? NAV_SHOWN : NAV_NOT_FOUND;
}

enum nav_outcome
nav_carry_out(struct nav *nav, const struct input_result *r)
{
	switch (r->event) {
	case INPUT_ACTION: return nav_act(nav, r->action);
	case INPUT_OPEN: return nav_open_item(nav, r->number);
	case INPUT_WORDS: return nav_search(nav, r->text);
	/* On the states page, a line that is no command is a state's name ("texas",
	   "tx"): linear mode needs no search key to choose one. */
	case INPUT_NOT_UNDERSTOOD:
		return nav_on_states_page(nav) && r->text != NULL ? list_states(nav, r->text) :
		    NAV_NOTHING;
	default: return NAV_NOTHING;
	}
}
