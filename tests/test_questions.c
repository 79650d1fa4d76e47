/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_questions.c: answers kept for this run, summary change links, checklist ticks
   and glossary words, through the navigation core. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "glossary.h"
#include "nav.h"
#include "test_util.h"

/* The guide and navigation every test starts from. */
#define fixture test_nav_fixture

static int
setup(void **state)
{
	return test_nav_setup(state, "questions");
}

static int
teardown(void **state)
{
	return test_nav_teardown(state);
}

static const char *
page_id(const struct nav *nav)
{
	return nav_page(nav)->id;
}

static void
test_answers_are_recorded_in_order(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(nav_open_item(&f->nav, 1), NAV_SHOWN);	/* q-one */
	assert_int_equal(nav_open_item(&f->nav, 1), NAV_SHOWN);	/* Yes */
	assert_string_equal(page_id(&f->nav), "q-two");
	assert_int_equal(nav_open_item(&f->nav, 2), NAV_SHOWN);	/* No */
	assert_string_equal(page_id(&f->nav), "end");
	assert_int_equal(f->nav.answer_count, 2);
	assert_string_equal(nav_answer_block(&f->nav, 0)->said, "the order protects you");
	assert_string_equal(nav_answer_block(&f->nav, 1)->said, "no hearing is coming");
}

/* A question page opens with the cursor on its question (a braille display shows
   the question): the first Down goes to the selected first answer without passing
   it, the next to the second answer. */
static void
test_question_page_focus(void **state)
{
	struct fixture *f = *state;
	size_t lines[2] = { 5, 6 };

	assert_int_equal(nav_open_item(&f->nav, 1), NAV_SHOWN);	/* q-one */
	nav_set_rows(&f->nav, 20);
	nav_set_lines(&f->nav, 8, lines, 2);
	assert_true(f->nav.here.on_question);
	assert_int_equal(nav_act(&f->nav, ACTION_NEXT), NAV_MOVED);
	assert_false(f->nav.here.on_question);
	assert_int_equal(f->nav.here.selected, 0);
	assert_int_equal(nav_act(&f->nav, ACTION_NEXT), NAV_MOVED);
	assert_int_equal(f->nav.here.selected, 1);
}

/* On the summary: 2 checklist items, 1 choice, then one change link per answer.
   Changing the first answer forgets the answers that followed it. */
static void
test_change_an_answer(void **state)
{
	struct fixture *f = *state;

	nav_open_item(&f->nav, 1);
	nav_open_item(&f->nav, 1);
	nav_open_item(&f->nav, 1);
	assert_string_equal(page_id(&f->nav), "end");
	assert_int_equal(nav_open_item(&f->nav, 4), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "q-one");
	assert_int_equal(nav_open_item(&f->nav, 2), NAV_SHOWN);	/* now No */
	assert_string_equal(page_id(&f->nav), "end");
	assert_int_equal(f->nav.answer_count, 1);
	assert_string_equal(nav_answer_block(&f->nav, 0)->said, "the order is against you");
}

static void
test_ticks_toggle_in_memory(void **state)
{
	struct fixture *f = *state;
	size_t end;

	nav_open_item(&f->nav, 1);
	nav_open_item(&f->nav, 2);
	end = f->nav.here.page;
	assert_false(nav_is_checked(&f->nav, end, 1));
	assert_int_equal(nav_open_item(&f->nav, 2), NAV_TICKED);
	assert_true(nav_is_checked(&f->nav, end, 1));
	assert_false(nav_is_checked(&f->nav, end, 0));
	assert_string_equal(page_id(&f->nav), "end");
	assert_int_equal(nav_open_item(&f->nav, 2), NAV_TICKED);
	assert_false(nav_is_checked(&f->nav, end, 1));
	assert_int_equal(nav_open_item(&f->nav, 3), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "words");
}

static void
test_glossary_words(void **state)
{
	struct fixture *f = *state;
	const struct guide *g = f->set.guides[0];
	struct glossary_span *spans;
	size_t *terms, count;

	count = glossary_terms_in_page(g, &g->pages[guide_find_page(g, "end")], &terms);
	assert_int_equal(count, 2);	/* "hearing" and "order", not "changed circumstances" */
	assert_string_equal(g->pages[g->glossary].blocks[terms[0]].text, "hearing");
	assert_string_equal(g->pages[g->glossary].blocks[terms[1]].text, "order");
	free(terms);
	count = glossary_spans(g, "A HEARING about Changed Circumstances, not orders.", &spans);
	assert_int_equal(count, 2);
	assert_int_equal(spans[0].start, 2);
	assert_int_equal(spans[0].length, 7);
	assert_int_equal(spans[1].start, 16);
	assert_int_equal(spans[1].length, strlen("Changed Circumstances"));
	free(spans);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_answers_are_recorded_in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_change_an_answer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_question_page_focus, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ticks_toggle_in_memory, setup, teardown),
		cmocka_unit_test_setup_teardown(test_glossary_words, setup, teardown),
	};

	return cmocka_run_group_tests_name("questions", tests, NULL, NULL);
}
