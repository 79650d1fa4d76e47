/* nav.c: the state machine: where the reader is, what is selected, what is scrolled,
   where Back leads, what a search found. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "nav.h"
#include "xalloc.h"

static struct nav_place
place_at(const struct guide *guide, size_t page)
{
	struct nav_place place = { page, GUIDE_NONE, 0 };

	if (page_choice_count(&guide->pages[page]) > 0)
		place.selected = 0;
	return place;
}

void
nav_init(struct nav *nav, struct guide_set *set, size_t lang)
{
	memset(nav, 0, sizeof *nav);
	nav->set = set;
	nav->lang = lang < set->count ? lang : 0;
	nav->here = place_at(nav_guide(nav), nav_guide(nav)->start);
	nav->hit_current = GUIDE_NONE;
	nav->indexes = xcalloc(set->count, sizeof *nav->indexes);	/* bound on first search */
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

struct nav_place *
nav_place(struct nav *nav)
{
	return nav->view == NAV_VIEW_PAGE ? &nav->here : &nav->aside;
}

int
nav_line_visible(const struct nav_place *place, const struct nav_metrics *m, size_t line)
{
	return line >= place->scroll && line < place->scroll + m->rows;
}

static size_t
max_scroll(const struct nav_metrics *m)
{
	return m->line_count > m->rows ? m->line_count - m->rows : 0;
}

void
nav_clamp(struct nav *nav, const struct nav_metrics *m)
{
	struct nav_place *place = nav_place(nav);

	if (place->scroll > max_scroll(m))
		place->scroll = max_scroll(m);
	if (m->choice_count == 0)
		place->selected = GUIDE_NONE;
	else if (place->selected == GUIDE_NONE || place->selected >= m->choice_count)
		place->selected = 0;
}

static void
scroll_to_show(struct nav_place *place, const struct nav_metrics *m, size_t line)
{
	if (line < place->scroll)
		place->scroll = line;
	else if (line >= place->scroll + m->rows)
		place->scroll = line - m->rows + 1;
}

void
nav_show_selected(struct nav *nav, const struct nav_metrics *m)
{
	struct nav_place *place = nav_place(nav);

	if (place->selected != GUIDE_NONE && place->selected < m->choice_count)
		scroll_to_show(place, m, m->choice_line[place->selected]);
}

static void
scroll_by(struct nav_place *place, const struct nav_metrics *m, long lines)
{
	long target = (long)place->scroll + lines;

	if (target < 0)
		target = 0;
	place->scroll = (size_t)target > max_scroll(m) ? max_scroll(m) : (size_t)target;
}

/* One screen, less a line of context, as pagers do. */
static long
screenful(const struct nav_metrics *m)
{
	return m->rows > 2 ? (long)m->rows - 1 : 1;
}

/* Down: text comes before choices. While the selected choice is still below the
   screen, Down scrolls a screen instead, so no text is skipped (as lynx does). */
static void
move_next(struct nav_place *place, const struct nav_metrics *m)
{
	size_t line;

	if (place->selected == GUIDE_NONE) {
		scroll_by(place, m, 1);
		return;
	}
	line = m->choice_line[place->selected];
	if (line >= place->scroll + m->rows) {
		scroll_by(place, m, screenful(m));
		return;
	}
	if (place->selected + 1 < m->choice_count)
		place->selected++;
	scroll_to_show(place, m, m->choice_line[place->selected]);
}

static void
move_previous(struct nav_place *place, const struct nav_metrics *m)
{
	if (place->selected == GUIDE_NONE) {
		scroll_by(place, m, -1);
		return;
	}
	if (!nav_line_visible(place, m, m->choice_line[place->selected]) ||
	    place->selected == 0) {
		scroll_by(place, m, -screenful(m));
		return;
	}
	place->selected--;
	scroll_to_show(place, m, m->choice_line[place->selected]);
}

static void
history_push(struct nav *nav)
{
	if (nav->history_count == nav->history_capacity) {
		nav->history_capacity = nav->history_capacity ? nav->history_capacity * 2 : 16;
		nav->history = xreallocarray(nav->history, nav->history_capacity,
		    sizeof *nav->history);
	}
	nav->history[nav->history_count++] = nav->here;
}

static void
go_to_page(struct nav *nav, size_t page)
{
	if (nav->view == NAV_VIEW_PAGE && page == nav->here.page) {
		nav->here = place_at(nav_guide(nav), page);	/* back to its top */
		return;
	}
	history_push(nav);
	nav->here = place_at(nav_guide(nav), page);
	nav->view = NAV_VIEW_PAGE;
}

static void
go_back(struct nav *nav)
{
	if (nav->view != NAV_VIEW_PAGE) {
		nav->view = NAV_VIEW_PAGE;
		return;
	}
	if (nav->history_count > 0)
		nav->here = nav->history[--nav->history_count];
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

static void
toggle_tick(struct nav *nav, size_t item)
{
	const char *id = nav_page(nav)->id;

	for (size_t i = 0; i < nav->tick_count; i++) {
		if (nav->ticks[i].item == item && strcmp(nav->ticks[i].page_id, id) == 0) {
			free(nav->ticks[i].page_id);
			nav->ticks[i] = nav->ticks[--nav->tick_count];
			return;
		}
	}
	nav->ticks = xreallocarray(nav->ticks, nav->tick_count + 1, sizeof *nav->ticks);
	nav->ticks[nav->tick_count].page_id = xstrdup(id);
	nav->ticks[nav->tick_count++].item = item;
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

/* Item n of a page: checklist items first, then choices, then change links. */
static enum nav_opened
open_page_item(struct nav *nav, size_t n)
{
	const struct page *page = nav_page(nav);
	size_t checks = page_check_count(page), choices = page_choice_count(page);
	const struct block *choice;

	if (n < checks) {
		toggle_tick(nav, n);
		return NAV_OPENED_TOGGLED;
	}
	n -= checks;
	if (n >= choices) {
		n -= choices;
		if (!page_is_summary(page) || n >= nav->answer_count)
			return NAV_OPENED_NOTHING;
		go_to_page(nav, nav->answers[n].question);
		return NAV_OPENED_PAGE;
	}
	choice = page_choice(page, n);
	if (choice == NULL || choice->target == GUIDE_NONE)
		return NAV_OPENED_NOTHING;
	if (page->question != NULL && choice->is_answer)
		record_answer(nav, nav->here.page, n);
	go_to_page(nav, choice->target);
	return NAV_OPENED_PAGE;
}

enum nav_opened
nav_open_choice(struct nav *nav, size_t n, const struct nav_metrics *m)
{
	if (n >= m->choice_count || nav->view == NAV_VIEW_HELP || nav->view == NAV_VIEW_DEFINE)
		return NAV_OPENED_NOTHING;
	if (nav->view == NAV_VIEW_RESULTS) {
		nav->hit_current = n;
		go_to_page(nav, nav->hits[n].page);
		return NAV_OPENED_PAGE;
	}
	return open_page_item(nav, n);
}

/* Enter opens the selected choice; if it is off screen, it is shown first, so the
   reader never opens something unseen. */
static void
open_selected(struct nav *nav, const struct nav_metrics *m)
{
	struct nav_place *place = nav_place(nav);

	if (place->selected == GUIDE_NONE || place->selected >= m->choice_count)
		return;
	if (!nav_line_visible(place, m, m->choice_line[place->selected])) {
		scroll_to_show(place, m, m->choice_line[place->selected]);
		return;
	}
	nav_open_choice(nav, place->selected, m);
}

static void
step_hit(struct nav *nav, int forward)
{
	if (nav->hit_count == 0)
		return;
	if (nav->hit_current == GUIDE_NONE)
		nav->hit_current = forward ? 0 : nav->hit_count - 1;
	else
		nav->hit_current = (nav->hit_current + (forward ? 1 : nav->hit_count - 1)) %
		    nav->hit_count;
	go_to_page(nav, nav->hits[nav->hit_current].page);
}

size_t
nav_next_language(const struct nav *nav)
{
	return (nav->lang + 1) % nav->set->count;
}

/* Keeps the same page (ids are the same in every language) and maps Back's history. */
static void
switch_language(struct nav *nav)
{
	const struct guide *from = nav_guide(nav), *to;
	size_t page;

	if (nav->set->count < 2 || nav->set->guides[nav_next_language(nav)] == NULL)
		return;	/* the front end loads the next language first */
	nav->lang = nav_next_language(nav);
	to = nav_guide(nav);
	page = guide_find_page(to, from->pages[nav->here.page].id);
	nav->here.page = page != GUIDE_NONE ? page : to->start;
	for (size_t i = 0; i < nav->history_count; i++) {
		page = guide_find_page(to, from->pages[nav->history[i].page].id);
		nav->history[i].page = page != GUIDE_NONE ? page : to->start;
	}
	for (size_t i = 0; i < nav->answer_count; i++) {
		page = guide_find_page(to, from->pages[nav->answers[i].question].id);
		nav->answers[i].question = page != GUIDE_NONE ? page : to->start;
	}
	free(nav->hits);
	nav->hits = NULL;
	nav->hit_count = 0;
	nav->hit_current = GUIDE_NONE;
	if (nav->view != NAV_VIEW_PAGE && nav->view != NAV_VIEW_HELP)
		nav->view = NAV_VIEW_PAGE;
}

static void
show_aside(struct nav *nav, enum nav_view view)
{
	nav->view = view;
	nav->aside.page = nav->here.page;
	nav->aside.selected = GUIDE_NONE;
	nav->aside.scroll = 0;
}

/* The same key shows help (or the court words) and takes it away again. */
static void
toggle_aside(struct nav *nav, enum nav_view view)
{
	if (nav->view == view)
		nav->view = NAV_VIEW_PAGE;
	else
		show_aside(nav, view);
}

void
nav_act(struct nav *nav, enum action action, const struct nav_metrics *m)
{
	struct nav_place *place = nav_place(nav);
	const struct guide *guide = nav_guide(nav);

	switch (action) {
	case ACTION_NEXT: move_next(place, m); break;
	case ACTION_PREVIOUS: move_previous(place, m); break;
	case ACTION_OPEN: open_selected(nav, m); break;
	case ACTION_BACK: go_back(nav); break;
	case ACTION_HOME: go_to_page(nav, guide->start); break;
	case ACTION_ABOUT:
		if (guide->about != GUIDE_NONE)
			go_to_page(nav, guide->about);
		break;
	case ACTION_SCROLL_DOWN: scroll_by(place, m, screenful(m)); break;
	case ACTION_SCROLL_UP: scroll_by(place, m, -screenful(m)); break;
	case ACTION_END: scroll_by(place, m, (long)m->line_count); break;
	case ACTION_SEARCH_NEXT: step_hit(nav, 1); break;
	case ACTION_SEARCH_PREVIOUS: step_hit(nav, 0); break;
	case ACTION_HELP: toggle_aside(nav, NAV_VIEW_HELP); break;
	case ACTION_LANGUAGE: switch_language(nav); break;
	case ACTION_DEFINE: toggle_aside(nav, NAV_VIEW_DEFINE); break;
	case ACTION_QUIT: nav->end = NAV_QUIT; break;
	case ACTION_PANIC: nav->end = NAV_PANIC; break;
	case ACTION_SEARCH:	/* the front end reads the words, then calls nav_search */
	case ACTION_REPEAT:	/* the front end shows the page again */
	case ACTION_NONE:
	case ACTION_COUNT:
		break;
	}
}

size_t
nav_search(struct nav *nav, const char *query)
{
	free(nav->hits);
	free(nav->query);
	nav->query = xstrdup(query);
	if (nav->indexes[nav->lang].guide == NULL)
		search_index_init(&nav->indexes[nav->lang], nav_guide(nav));
	nav->hit_count = search_run(&nav->indexes[nav->lang], query, &nav->hits);
	nav->hit_current = GUIDE_NONE;
	show_aside(nav, NAV_VIEW_RESULTS);
	if (nav->hit_count > 0)
		nav->aside.selected = 0;
	return nav->hit_count;
}
