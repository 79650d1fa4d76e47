/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_nav.c: the navigation state machine, driven by actions and outcomes, with the
   viewport it keeps itself. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nav.h"
#include "test_util.h"
#include "xalloc.h"

/* The guide and navigation every test starts from. */
#define fixture test_nav_fixture

static int
setup(void **state)
{
	return test_nav_setup(state, "multi");
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

/* What a front end does after each layout: a view of 20 lines, 5 visible, choices on
   lines 10, 12, 18. */
static void
tall(struct nav *nav)
{
	static const size_t lines[] = { 10, 12, 18 };

	nav_set_rows(nav, 5);
	nav_set_lines(nav, 20, lines, 3);
}

static void
short_page(struct nav *nav)
{
	static const size_t lines[] = { 1, 2, 3 };

	nav_set_rows(nav, 10);
	nav_set_lines(nav, 4, lines, 3);
}

static void
test_starts_on_start_page(void **state)
{
	struct fixture *f = *state;

	assert_string_equal(page_id(&f->nav), "start");
	assert_int_equal(f->nav.here.selected, 0);
	assert_int_equal(f->nav.here.scroll, 0);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	assert_int_equal(nav_item_count(&f->nav), 3);
}

static void
test_open_and_back(void **state)
{
	struct fixture *f = *state;

	short_page(&f->nav);
	f->nav.here.selected = 1;
	assert_int_equal(nav_act(&f->nav, ACTION_OPEN), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "about");
	assert_int_equal(f->nav.here.selected, GUIDE_NONE);
	assert_int_equal(nav_act(&f->nav, ACTION_BACK), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "start");
	assert_int_equal(f->nav.here.selected, 1);	/* back restores the selection */
	assert_int_equal(nav_act(&f->nav, ACTION_BACK), NAV_NOTHING);	/* nothing before */
	assert_string_equal(page_id(&f->nav), "start");
}

static void
test_open_number_and_home(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(nav_open_item(&f->nav, 1), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "long");
	assert_int_equal(nav_open_item(&f->nav, 1), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "deep");
	assert_int_equal(nav_open_item(&f->nav, 8), NAV_NO_SUCH_ITEM);
	assert_int_equal(f->nav.asked, 8);
	assert_int_equal(nav_open_item(&f->nav, 0), NAV_NO_SUCH_ITEM);
	nav_act(&f->nav, ACTION_HOME);
	assert_string_equal(page_id(&f->nav), "start");
	nav_act(&f->nav, ACTION_BACK);
	assert_string_equal(page_id(&f->nav), "deep");
}

/* Down scrolls text until the selected choice is on screen, then moves between
   choices; it never skips text. */
static void
test_next_scrolls_before_selecting(void **state)
{
	struct fixture *f = *state;

	tall(&f->nav);
	assert_int_equal(nav_act(&f->nav, ACTION_NEXT), NAV_MOVED);
	assert_int_equal(f->nav.here.selected, 0);
	assert_int_equal(f->nav.here.scroll, 4);
	nav_act(&f->nav, ACTION_NEXT);
	assert_int_equal(f->nav.here.scroll, 8);	/* line 10 now visible (8-12) */
	assert_int_equal(f->nav.here.selected, 0);
	nav_act(&f->nav, ACTION_NEXT);
	assert_int_equal(f->nav.here.selected, 1);
	nav_act(&f->nav, ACTION_NEXT);
	assert_int_equal(f->nav.here.selected, 2);
	assert_true(nav_line_visible(&f->nav, 18));
	nav_act(&f->nav, ACTION_NEXT);		/* stays on the last */
	assert_int_equal(f->nav.here.selected, 2);
	nav_act(&f->nav, ACTION_PREVIOUS);
	assert_int_equal(f->nav.here.selected, 1);
	assert_true(nav_line_visible(&f->nav, 12));
}

static void
test_scroll_clamps(void **state)
{
	struct fixture *f = *state;

	tall(&f->nav);
	nav_act(&f->nav, ACTION_SCROLL_DOWN);
	assert_int_equal(f->nav.here.scroll, 4);
	nav_act(&f->nav, ACTION_END);
	assert_int_equal(f->nav.here.scroll, 15);
	assert_int_equal(nav_act(&f->nav, ACTION_SCROLL_DOWN), NAV_NOTHING);
	assert_int_equal(f->nav.here.scroll, 15);
	nav_act(&f->nav, ACTION_SCROLL_UP);
	assert_int_equal(f->nav.here.scroll, 11);
	f->nav.here.scroll = 2;
	nav_act(&f->nav, ACTION_SCROLL_UP);
	assert_int_equal(f->nav.here.scroll, 0);
}

/* Enter on a choice that is off screen shows it first. */
static void
test_open_unseen_choice_shows_it(void **state)
{
	struct fixture *f = *state;

	tall(&f->nav);
	assert_int_equal(nav_act(&f->nav, ACTION_OPEN), NAV_MOVED);
	assert_string_equal(page_id(&f->nav), "start");
	assert_true(nav_line_visible(&f->nav, 10));
	nav_act(&f->nav, ACTION_OPEN);
	assert_string_equal(page_id(&f->nav), "long");
}

/* A new layout of the same view at another width keeps the share of the page above
   the window, and a selection in view stays in view. */
static void
test_relayout_keeps_place(void **state)
{
	struct fixture *f = *state;
	const size_t wider[] = { 5, 6, 9 };

	tall(&f->nav);
	f->nav.here.scroll = 10;
	f->nav.here.selected = 1;	/* line 12: in view */
	nav_set_lines(&f->nav, 10, wider, 3);
	assert_int_equal(f->nav.here.scroll, 5);
	assert_true(nav_line_visible(&f->nav, 6));
}

/* q, Back and the help key close help and court words, returning to the page and
   the selection left; q only quits from a page. */
static void
test_help_is_a_view(void **state)
{
	struct fixture *f = *state;

	short_page(&f->nav);
	f->nav.here.selected = 2;
	nav_act(&f->nav, ACTION_HELP);
	assert_int_equal(f->nav.view, NAV_VIEW_HELP);
	assert_int_equal(nav_act(&f->nav, ACTION_QUIT), NAV_SHOWN);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	assert_int_equal(f->nav.here.selected, 2);
	assert_false(f->nav.ended);
	nav_act(&f->nav, ACTION_DEFINE);
	nav_act(&f->nav, ACTION_BACK);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	nav_act(&f->nav, ACTION_HELP);
	nav_act(&f->nav, ACTION_HELP);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	nav_act(&f->nav, ACTION_ABOUT);
	assert_string_equal(page_id(&f->nav), "about");
	nav_act(&f->nav, ACTION_QUIT);		/* closes about, too */
	assert_string_equal(page_id(&f->nav), "start");
	assert_int_equal(nav_act(&f->nav, ACTION_QUIT), NAV_ENDED);
	assert_true(f->nav.ended);
}

static void
test_search_results_and_next(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(nav_act(&f->nav, ACTION_SEARCH_NEXT), NAV_SEARCH_FIRST);
	assert_int_equal(nav_act(&f->nav, ACTION_SEARCH), NAV_ASK_WORDS);
	assert_int_equal(nav_search(&f->nav, "HEARING"), NAV_SHOWN);
	assert_int_equal(f->nav.hit_count, 2);
	assert_int_equal(f->nav.view, NAV_VIEW_RESULTS);
	assert_int_equal(nav_item_count(&f->nav), 2);
	assert_int_equal(nav_open_item(&f->nav, 2), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "deep");
	nav_act(&f->nav, ACTION_SEARCH_NEXT);	/* wraps to the first hit */
	assert_string_equal(page_id(&f->nav), "long");
	nav_act(&f->nav, ACTION_SEARCH_PREVIOUS);
	assert_string_equal(page_id(&f->nav), "deep");
	assert_int_equal(nav_search(&f->nav, "no such words"), NAV_NOT_FOUND);
}

/* A second search with as many hits as the first is still a change to show (the
   layout once compared the query by pointer). */
static void
test_every_search_changes_the_view(void **state)
{
	struct fixture *f = *state;
	unsigned long before;

	nav_search(&f->nav, "hearing");
	before = f->nav.generation;
	nav_search(&f->nav, "hearing");
	assert_true(f->nav.generation != before);
	before = f->nav.generation;
	tall(&f->nav);
	nav_act(&f->nav, ACTION_NEXT);		/* moving changes no layout */
	assert_int_equal(f->nav.generation, before);
}

static void
test_language_keeps_page(void **state)
{
	struct fixture *f = *state;

	nav_open_item(&f->nav, 1);
	nav_open_item(&f->nav, 1);
	assert_int_equal(nav_act(&f->nav, ACTION_LANGUAGE), NAV_LANGUAGE_CHANGED);
	assert_string_equal(nav_guide(&f->nav)->lang, "es");
	assert_string_equal(page_id(&f->nav), "deep");
	assert_string_equal(nav_page(&f->nav)->title, "Pida a la corte que cambie o anule la orden");
	nav_act(&f->nav, ACTION_BACK);
	assert_string_equal(nav_page(&f->nav)->title, "Una página larga");
	nav_act(&f->nav, ACTION_LANGUAGE);
	assert_string_equal(nav_guide(&f->nav)->lang, "en");
	assert_string_equal(page_id(&f->nav), "long");
}

/* The reader's path: one language opened, the next loaded by L itself. */
static void
test_language_loads_on_first_use(void **state)
{
	char *dir = test_fixture_path("multi");
	struct guide_set set;
	struct diag_list diags;
	struct nav nav;

	(void)state;
	diag_init(&diags);
	assert_int_equal(guide_set_open(&set, dir, test_guide_options(), &diags), 0);
	assert_non_null(guide_set_get(&set, 0, &diags));
	assert_null(set.guides[1]);
	nav_init(&nav, &set, 0);
	assert_int_equal(nav_act(&nav, ACTION_LANGUAGE), NAV_LANGUAGE_CHANGED);
	assert_string_equal(nav_guide(&nav)->lang, "es");
	nav_free(&nav);
	guide_set_free(&set);
	diag_free(&diags);
	free(dir);
}

/* The safety key opens the guide's safety page from any page or view; back returns
   to where the reader was. */
static void
test_safety_is_one_key_away(void **state)
{
	struct fixture *f = *state;

	nav_open_item(&f->nav, 3);
	assert_string_equal(page_id(&f->nav), "deep");
	assert_int_equal(nav_act(&f->nav, ACTION_SAFETY), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "long");
	assert_int_equal(nav_act(&f->nav, ACTION_BACK), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "deep");
	nav_act(&f->nav, ACTION_HELP);
	assert_int_equal(nav_act(&f->nav, ACTION_SAFETY), NAV_SHOWN);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	assert_string_equal(page_id(&f->nav), "long");
	nav_act(&f->nav, ACTION_BACK);
	assert_string_equal(page_id(&f->nav), "deep");
}

/* The sources view comes and goes on the same key, or with back and q. */
static void
test_sources_is_a_view(void **state)
{
	struct fixture *f = *state;

	nav_open_item(&f->nav, 3);
	assert_int_equal(nav_act(&f->nav, ACTION_SOURCES), NAV_SHOWN);
	assert_int_equal(f->nav.view, NAV_VIEW_SOURCES);
	assert_int_equal(nav_item_count(&f->nav), 0);
	nav_act(&f->nav, ACTION_SOURCES);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	nav_act(&f->nav, ACTION_SOURCES);
	nav_act(&f->nav, ACTION_QUIT);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	assert_string_equal(page_id(&f->nav), "deep");
}

/* Back remembers a bounded number of steps: the oldest fall off. */
static void
test_history_is_bounded(void **state)
{
	struct fixture *f = *state;

	for (int i = 0; i < 2000; i++) {
		nav_open_item(&f->nav, 1);
		nav_act(&f->nav, ACTION_HOME);
	}
	assert_true(f->nav.history_count <= 500);
	assert_int_equal(nav_act(&f->nav, ACTION_BACK), NAV_SHOWN);
	assert_string_equal(page_id(&f->nav), "long");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_starts_on_start_page, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_and_back, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_number_and_home, setup, teardown),
		cmocka_unit_test_setup_teardown(test_next_scrolls_before_selecting, setup, teardown),
		cmocka_unit_test_setup_teardown(test_scroll_clamps, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_unseen_choice_shows_it, setup, teardown),
		cmocka_unit_test_setup_teardown(test_relayout_keeps_place, setup, teardown),
		cmocka_unit_test_setup_teardown(test_help_is_a_view, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_results_and_next, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_search_changes_the_view, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_language_keeps_page, setup, teardown),
		cmocka_unit_test(test_language_loads_on_first_use),
		cmocka_unit_test_setup_teardown(test_history_is_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(test_safety_is_one_key_away, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sources_is_a_view, setup, teardown),
	};

	return cmocka_run_group_tests_name("nav", tests, NULL, NULL);
}
