/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* validate.c: whole-guide checks, run after loading; every message names the file and
   line an editor must fix. */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sources.h"
#include "text.h"
#include "validate.h"
#include "xalloc.h"

static const char *const guide_required[] = {
	"title", "lang", "language_name", "start", "about", "safety", "disclaimer"
};

/* The state pages come as a pair: where a reader chooses, and what is known. */
static void
validate_state_pages(struct guide *g, struct diag_list *diags)
{
	g->states_page = guide_find_page(g, g->states_id);
	g->your_state_page = guide_find_page(g, g->your_state_id);
	if (!text_is_blank(g->states_id) && g->states_page == GUIDE_NONE)
		diag_add(diags, g->guide_file, g->guide_line,
		    "[guide] states page '%s' does not exist", g->states_id);
	if (!text_is_blank(g->your_state_id) && g->your_state_page == GUIDE_NONE)
		diag_add(diags, g->guide_file, g->guide_line,
		    "[guide] your_state page '%s' does not exist", g->your_state_id);
	if (text_is_blank(g->states_id) != text_is_blank(g->your_state_id))
		diag_add(diags, g->guide_file, g->guide_line, "[guide] needs both 'states' (where "
		    "a reader chooses a state) and 'your_state' (what is known of it), or neither");
}

/* A page that tells rules varying by state offers the state choice. */
static void
validate_state_topics(const struct guide *g, const struct page *p, struct diag_list *diags)
{
	if (p->state_topics == 0)
		return;
	if (g->states_page == GUIDE_NONE) {
		diag_add(diags, p->file, p->state_topics_line, "[page.%s] has state_topics, but "
		    "[guide] names no states page", p->id);
		return;
	}
	for (size_t i = 0; i < p->block_count; i++)
		if (p->blocks[i].kind == BLOCK_CHOICE && p->blocks[i].target == g->states_page)
			return;
	diag_add(diags, p->file, p->state_topics_line, "[page.%s] has state_topics but no "
	    "choice to the states page '%s': a reader must be able to choose a state from it",
	    p->id, g->states_id);
}

void
guide_validate_header(struct guide *g, const char *dir, struct diag_list *diags)
{
	const char *values[] = { g->title, g->lang, g->language_name, g->start_id,
		g->about_id, g->safety_id, g->disclaimer };

	if (g->guide_file == NULL) {
		diag_add(diags, dir, 0, "no [guide] section in any file");
		return;
	}
	for (size_t i = 0; !g->guide_partial && i < sizeof values / sizeof values[0]; i++)
		if (values[i] == NULL || *values[i] == '\0')
			diag_add(diags, g->guide_file, g->guide_line, "[guide] has no '%s'",
			    guide_required[i]);
	g->start = guide_find_page(g, g->start_id);
	g->about = guide_find_page(g, g->about_id);
	g->safety = guide_find_page(g, g->safety_id);
	if (g->guide_partial)
		return;
	g->glossary = guide_find_page(g, g->glossary_id);
	if (!text_is_blank(g->glossary_id) && g->glossary == GUIDE_NONE)
		diag_add(diags, g->guide_file, g->guide_line,
		    "[guide] glossary page '%s' does not exist", g->glossary_id);
	if (g->start_id != NULL && *g->start_id != '\0' && g->start == GUIDE_NONE)
		diag_add(diags, g->guide_file, g->guide_line,
		    "[guide] start page '%s' does not exist", g->start_id);
	if (g->about_id != NULL && *g->about_id != '\0' && g->about == GUIDE_NONE)
		diag_add(diags, g->guide_file, g->guide_line,
		    "[guide] about page '%s' does not exist", g->about_id);
	if (!text_is_blank(g->safety_id) && g->safety == GUIDE_NONE)
		diag_add(diags, g->guide_file, g->guide_line,
		    "[guide] safety page '%s' does not exist", g->safety_id);
	validate_state_pages(g, diags);
}
static void
validate_page_fields(struct guide *g, struct page *p, struct diag_list *diags)
{
	if (text_is_blank(p->title))
		diag_add(diags, p->file, p->line, "[page.%s] has no title", p->id);
	if (text_is_blank(p->sources))
		diag_add(diags, p->file, p->line, "[page.%s] has no sources", p->id);
	if (text_is_blank(p->reviewed))
		diag_add(diags, p->file, p->line, "[page.%s] has no reviewed date", p->id);
	else if (!text_is_date(p->reviewed))
		diag_add(diags, p->file, p->line,
		    "[page.%s] reviewed date '%s' is not written YYYY-MM-DD", p->id, p->reviewed);
	if (text_is_blank(p->parent_id)) {
		if (g->start_id == NULL || strcmp(p->id, g->start_id) != 0)
			diag_add(diags, p->file, p->line, "[page.%s] has no parent", p->id);
		return;
	}
	p->parent = guide_find_page(g, p->parent_id);
	if (p->parent == GUIDE_NONE)
		diag_add(diags, p->file, p->line, "[page.%s] parent '%s' does not exist",
		    p->id, p->parent_id);
}

/* A question page asks one question and offers answers; answers belong nowhere else. */
static void
validate_question_page(const struct page *p, struct diag_list *diags)
{
	size_t answers = 0;

	for (size_t i = 0; i < p->block_count; i++) {
		const struct block *b = &p->blocks[i];
		if (!b->is_answer)
			continue;
		answers++;
		if (text_is_blank(p->question))
			diag_add(diags, p->file, b->line, "an answer belongs on a page with a question");
		else if (text_is_blank(b->detail) || text_is_blank(b->said))
			diag_add(diags, p->file, b->line, "an answer is written "
			    "'page | answer | what the reader said'");
	}
	if (!text_is_blank(p->question) && answers == 0)
		diag_add(diags, p->file, p->line, "[page.%s] asks a question but offers no answer",
		    p->id);
	if (p->summary != NULL && strcmp(p->summary, "yes") != 0 && strcmp(p->summary, "no") != 0)
		diag_add(diags, p->file, p->line, "[page.%s] summary must be yes or no", p->id);
}

/* Returns 1 when the block is a link that leads nowhere. */
static int
validate_block(struct guide *g, struct page *p, struct block *b, struct diag_list *diags)
{
	if (text_is_blank(b->text)) {
		diag_add(diags, p->file, b->line, "empty block in [page.%s]", p->id);
		return b->kind == BLOCK_CHOICE;
	}
	switch (b->kind) {
	case BLOCK_CHOICE:
		b->target = guide_find_page(g, b->text);
		if (b->target == GUIDE_NONE)
			diag_add(diags, p->file, b->line, "link to page '%s', which does not exist",
			    b->text);
		return b->target == GUIDE_NONE;
	case BLOCK_RESOURCE:
		b->target = guide_find_resource(g, b->text);
		if (b->target == GUIDE_NONE)
			diag_add(diags, p->file, b->line, "resource '%s' does not exist", b->text);
		break;
	case BLOCK_TERM:
		if (text_is_blank(b->detail))
			diag_add(diags, p->file, b->line, "a term is written 'word | meaning'");
		break;
	default:
		break;
	}
	return 0;
}

static int
placeholder_known(const char *name, size_t length, const char *const *placeholders)
{
	for (size_t i = 0; placeholders != NULL && placeholders[i] != NULL; i++)
		if (strlen(placeholders[i]) == length && memcmp(placeholders[i], name, length) == 0)
			return 1;
	return 0;
}

/* "{quick_exit}" becomes the reader's keys; any other name would show as it is. */
static void
validate_placeholders(const struct page *p, const struct block *b, const char *text,
    const char *const *placeholders, struct diag_list *diags)
{
	for (const char *at = text; at != NULL && (at = strchr(at, '{')) != NULL; at++) {
		size_t length = text_placeholder(at);
		if (length > 0 && !placeholder_known(at + 1, length, placeholders))
			diag_add(diags, p->file, b->line, "unknown placeholder '{%.*s}' in [page.%s]: "
			    "a placeholder names a key action, such as {quick_exit}", (int)length,
			    at + 1, p->id);
	}
}

void
guide_validate_resource(const struct resource *r, struct diag_list *diags)
{
	if (r->partial)
		return;
	if (text_is_blank(r->name))
		diag_add(diags, r->file, r->line, "[resource.%s] has no name", r->id);
	if (text_is_blank(r->phone) && text_is_blank(r->text) && text_is_blank(r->web))
		diag_add(diags, r->file, r->line, "[resource.%s] needs a phone, text or web",
		    r->id);
}

/* A parent chain must end at the start page; a loop would hang the "where you are"
   line. Each page is walked once: a chain stops at the first page whose answer is
   known, so a 100,000-page chain costs 100,000 steps, not their square. */
enum chain_state { CHAIN_UNKNOWN, CHAIN_WALKING, CHAIN_ENDS, CHAIN_LOOPS };

static void
validate_parent_chains(const struct guide *g, struct diag_list *diags)
{
	unsigned char *state = xcalloc(g->page_count, 1);
	size_t *path = xcalloc(g->page_count + 1, sizeof *path);

	for (size_t i = 0; i < g->page_count; i++) {
		size_t at = i, length = 0;
		unsigned char answer;
		while (at != GUIDE_NONE && at != g->start && state[at] == CHAIN_UNKNOWN) {
			state[at] = CHAIN_WALKING;
			path[length++] = at;
			at = g->pages[at].parent;
		}
		if (at == GUIDE_NONE || at == g->start)
			answer = CHAIN_ENDS;
		else
			answer = state[at] == CHAIN_WALKING ? CHAIN_LOOPS : state[at];
		while (length > 0)
			state[path[--length]] = answer;
	}
	for (size_t i = 0; i < g->page_count; i++)
		if (state[i] == CHAIN_LOOPS)
			diag_add(diags, g->pages[i].file, g->pages[i].line,
			    "[page.%s] parent chain loops and never reaches the start page",
			    g->pages[i].id);
	free(state);
	free(path);
}

static void
validate_reachability(const struct guide *g, struct diag_list *diags)
{
	unsigned char *seen = xcalloc(g->page_count, 1);
	size_t *queue = xcalloc(g->page_count, sizeof *queue);
	size_t head = 0, tail = 0;

	seen[g->start] = 1;
	queue[tail++] = g->start;
	while (head < tail) {
		size_t here = queue[head++], chosen = guide_chosen_page(g, here);
		const struct page *p = &g->pages[here];
		if (chosen != GUIDE_NONE && !seen[chosen]) {
			seen[chosen] = 1;
			queue[tail++] = chosen;
		}
		for (size_t j = 0; j < p->block_count; j++) {
			size_t t = p->blocks[j].target;
			if (p->blocks[j].kind == BLOCK_CHOICE && t != GUIDE_NONE && !seen[t]) {
				seen[t] = 1;
				queue[tail++] = t;
			}
		}
	}
	for (size_t i = 0; i < g->page_count; i++)
		if (!seen[i])
			diag_add(diags, g->pages[i].file, g->pages[i].line,
			    "[page.%s] cannot be reached from the start page", g->pages[i].id);
	free(seen);
	free(queue);
}

/* A question page on the walk, and the next of its blocks to follow. */
struct question_frame {
	size_t page;
	size_t block;
	size_t longest;		/* the longest run of questions below it so far */
};

struct question_walk {
	unsigned char *state;	/* 0 unseen, 1 on the current path, 2 done */
	size_t *longest;	/* for done pages: the longest run from there; 0: a loop */
	struct question_frame *stack;
	struct diag_list *diags;
};

static void
report_question_loop(const struct guide *g, const struct question_walk *w, size_t depth,
    size_t again)
{
	char text[512] = "";
	size_t used = 0, from = depth;

	while (from > 0 && w->stack[from - 1].page != again)
		from--;
	for (size_t i = from > 0 ? from - 1 : 0; i < depth && used < sizeof text; i++)
		used += (size_t)snprintf(text + used, sizeof text - used, "%s > ",
		    g->pages[w->stack[i].page].id);
	diag_add(w->diags, g->pages[again].file, g->pages[again].line,
	    "question path loops: %s%s", text, g->pages[again].id);
}

/* The next answer of the frame's page that leads to another question page, or
   GUIDE_NONE. */
static size_t
next_question(const struct guide *g, struct question_frame *f)
{
	const struct page *p = &g->pages[f->page];

	while (f->block < p->block_count) {
		const struct block *b = &p->blocks[f->block++];
		if (b->is_answer && b->target != GUIDE_NONE && !text_is_blank(g->pages[b->target].question))
			return b->target;
	}
	return GUIDE_NONE;
}

/* Depth first from question page start along answers that lead to further questions,
   with a stack of its own (the content sets how deep it goes). Returns the longest
   run of questions from start, or 0 after a loop (reported once). */
static size_t
question_depth(const struct guide *g, size_t start, struct question_walk *w)
{
	size_t depth = 0;

	w->state[start] = 1;
	w->stack[depth++] = (struct question_frame){ start, 0, 0 };
	while (depth > 0) {
		struct question_frame *f = &w->stack[depth - 1];
		size_t t = next_question(g, f), run;
		if (t == GUIDE_NONE) {
			run = f->longest + 1;
			w->state[f->page] = 2;
			w->longest[f->page] = run;
			if (--depth == 0)
				return run;
			if (run > w->stack[depth - 1].longest)
				w->stack[depth - 1].longest = run;
			continue;
		}
		if (w->state[t] == 0) {
			w->state[t] = 1;
			w->stack[depth++] = (struct question_frame){ t, 0, 0 };
			continue;
		}
		if (w->state[t] == 2 && w->longest[t] > 0) {
			if (w->longest[t] > f->longest)
				f->longest = w->longest[t];
			continue;
		}
		if (w->state[t] == 1)
			report_question_loop(g, w, depth, t);
		/* A loop: every page on the path is done, with no run. */
		while (depth > 0)
			w->state[w->stack[--depth].page] = 2;
		return 0;
	}
	return 0;
}

/* Answers must never lead round in a circle, and a reader is asked at most five
   questions before reaching a page that tells them something. */
#define MAX_QUESTIONS_IN_A_ROW 5

static void
validate_question_paths(const struct guide *g, struct diag_list *diags)
{
	struct question_walk w = { xcalloc(g->page_count, 1),
		xcalloc(g->page_count, sizeof (size_t)),
		xcalloc(g->page_count + 1, sizeof (struct question_frame)), diags };

	for (size_t i = 0; i < g->page_count; i++) {
		if (text_is_blank(g->pages[i].question))
			continue;
		size_t depth = w.state[i] == 2 ? w.longest[i] : question_depth(g, i, &w);
		if (depth > MAX_QUESTIONS_IN_A_ROW)
			diag_add(diags, g->pages[i].file, g->pages[i].line,
			    "[page.%s] starts %zu questions in a row; ask at most %d",
			    g->pages[i].id, depth, MAX_QUESTIONS_IN_A_ROW);
	}
	free(w.state);
	free(w.longest);
	free(w.stack);
}

int
guide_validate_page(struct guide *g, struct page *p, const char *const *placeholders,
    struct diag_list *diags)
{
	int unsure = p->partial;

	if (page_choice_count(p) + page_check_count(p) > GUIDE_MAX_ITEMS)
		diag_add(diags, p->file, p->line, "[page.%s] has %zu choices and checklist "
		    "items; the limit is %d a page", p->id,
		    page_choice_count(p) + page_check_count(p), GUIDE_MAX_ITEMS);
	if (p->partial)
		return 1;
	validate_page_fields(g, p, diags);
	validate_question_page(p, diags);
	unsure |= !text_is_blank(p->parent_id) && p->parent == GUIDE_NONE;
	for (size_t j = 0; j < p->block_count; j++) {
		unsure |= validate_block(g, p, &p->blocks[j], diags);
		validate_placeholders(p, &p->blocks[j], p->blocks[j].text, placeholders, diags);
		validate_placeholders(p, &p->blocks[j], p->blocks[j].detail, placeholders, diags);
	}
	validate_state_topics(g, p, diags);	/* (after its choices are resolved) */
	return unsure;
}

int
guide_validate_size(const struct guide *g, const char *dir, struct diag_list *diags)
{
	if (g->page_count == 0) {
		diag_add(diags, dir, 0, "the guide has no pages");
		return 1;
	}
	if (g->page_count > GUIDE_MAX_PAGES) {
		diag_add(diags, g->pages[GUIDE_MAX_PAGES].file, g->pages[GUIDE_MAX_PAGES].line,
		    "more than %d pages: the limit for one guide", GUIDE_MAX_PAGES);
		return 1;
	}
	return 0;
}

void
guide_validate(struct guide *g, const char *dir, const char *const *placeholders,
    struct diag_list *diags)
{
	int unsure = 0;	/* a page unread, a parent or a link missing */

	if (g->page_count == 0) {
		guide_validate_size(g, dir, diags);
		return;
	}
	guide_validate_header(g, dir, diags);
	if (guide_validate_size(g, dir, diags))
		return;
	for (size_t i = 0; i < g->page_count; i++)
		unsure |= guide_validate_page(g, &g->pages[i], placeholders, diags);
	for (size_t i = 0; i < g->resource_count; i++)
		guide_validate_resource(&g->resources[i], diags);
	sources_validate(g, diags);
	/* With a file unread or links broken, chains and reachability would only echo the
	   problems already reported. */
	if (unsure || g->start == GUIDE_NONE)
		return;
	validate_parent_chains(g, diags);
	validate_reachability(g, diags);
	validate_question_paths(g, diags);
}
