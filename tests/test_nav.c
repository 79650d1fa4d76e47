/* test_nav.c: the navigation state machine, driven by abstract actions. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nav.h"
#include "test_util.h"

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

/* Metrics for a view of 20 lines, 5 visible, choices on lines 10, 12, 18. */
static const size_t choice_lines[] = { 10, 12, 18 };
static const struct nav_metrics tall = { 20, 5, choice_lines, 3 };
static const struct nav_metrics short_page = { 4, 10, choice_lines, 0 };

static void
test_starts_on_start_page(void **state)
{
	struct fixture *f = *state;

	assert_string_equal(page_id(&f->nav), "start");
	assert_int_equal(f->nav.here.selected, 0);
	assert_int_equal(f->nav.here.scroll, 0);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
}

static void
test_open_and_back(void **state)
{
	struct fixture *f = *state;
	const size_t lines[] = { 1, 2, 3 };
	const struct nav_metrics m = { 4, 10, lines, 3 };

	f->nav.here.selected = 1;
	nav_act(&f->nav, ACTION_OPEN, &m);
	assert_string_equal(page_id(&f->nav), "about");
	assert_int_equal(f->nav.here.selected, GUIDE_NONE);
	nav_act(&f->nav, ACTION_BACK, &short_page);
	assert_string_equal(page_id(&f->nav), "start");
	assert_int_equal(f->nav.here.selected, 1);	/* back restores the selection */
	nav_act(&f->nav, ACTION_BACK, &m);		/* nothing before the start */
	assert_string_equal(page_id(&f->nav), "start");
}

static void
test_open_number_and_home(void **state)
{
	struct fixture *f = *state;
	const size_t lines[] = { 1, 2, 3 };
	const struct nav_metrics m = { 4, 10, lines, 3 };

	assert_true(nav_open_choice(&f->nav, 0, &m));
	assert_string_equal(page_id(&f->nav), "long");
	assert_true(nav_open_choice(&f->nav, 0, &m));
	assert_string_equal(page_id(&f->nav), "deep");
	assert_false(nav_open_choice(&f->nav, 7, &m));
	nav_act(&f->nav, ACTION_HOME, &m);
	assert_string_equal(page_id(&f->nav), "start");
	nav_act(&f->nav, ACTION_BACK, &m);
	assert_string_equal(page_id(&f->nav), "deep");
}

/* Down scrolls text until the selected choice is on screen, then moves between
   choices; it never skips text. */
static void
test_next_scrolls_before_selecting(void **state)
{
	struct fixture *f = *state;

	nav_act(&f->nav, ACTION_NEXT, &tall);
	assert_int_equal(f->nav.here.selected, 0);
	assert_int_equal(f->nav.here.scroll, 4);
	nav_act(&f->nav, ACTION_NEXT, &tall);
	assert_int_equal(f->nav.here.scroll, 8);	/* line 10 now visible (8-12) */
	assert_int_equal(f->nav.here.selected, 0);
	nav_act(&f->nav, ACTION_NEXT, &tall);
	assert_int_equal(f->nav.here.selected, 1);
	nav_act(&f->nav, ACTION_NEXT, &tall);
	assert_int_equal(f->nav.here.selected, 2);
	assert_true(nav_line_visible(&f->nav.here, &tall, 18));
	nav_act(&f->nav, ACTION_NEXT, &tall);		/* stays on the last */
	assert_int_equal(f->nav.here.selected, 2);
	nav_act(&f->nav, ACTION_PREVIOUS, &tall);
	assert_int_equal(f->nav.here.selected, 1);
	assert_true(nav_line_visible(&f->nav.here, &tall, 12));
}

static void
test_scroll_clamps(void **state)
{
	struct fixture *f = *state;

	nav_act(&f->nav, ACTION_SCROLL_DOWN, &tall);
	assert_int_equal(f->nav.here.scroll, 4);
	nav_act(&f->nav, ACTION_END, &tall);
	assert_int_equal(f->nav.here.scroll, 15);
	nav_act(&f->nav, ACTION_SCROLL_DOWN, &tall);
	assert_int_equal(f->nav.here.scroll, 15);
	nav_act(&f->nav, ACTION_SCROLL_UP, &tall);
	assert_int_equal(f->nav.here.scroll, 11);
	f->nav.here.scroll = 2;
	nav_act(&f->nav, ACTION_SCROLL_UP, &tall);
	assert_int_equal(f->nav.here.scroll, 0);
}

/* Enter on a choice that is off screen shows it first. */
static void
test_open_unseen_choice_shows_it(void **state)
{
	struct fixture *f = *state;

	nav_act(&f->nav, ACTION_OPEN, &tall);
	assert_string_equal(page_id(&f->nav), "start");
	assert_true(nav_line_visible(&f->nav.here, &tall, 10));
	nav_act(&f->nav, ACTION_OPEN, &tall);
	assert_string_equal(page_id(&f->nav), "long");
}

static void
test_help_and_about(void **state)
{
	struct fixture *f = *state;

	nav_act(&f->nav, ACTION_HELP, &tall);
	assert_int_equal(f->nav.view, NAV_VIEW_HELP);
	nav_act(&f->nav, ACTION_BACK, &tall);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	assert_string_equal(page_id(&f->nav), "start");
	nav_act(&f->nav, ACTION_HELP, &tall);
	nav_act(&f->nav, ACTION_HELP, &tall);
	assert_int_equal(f->nav.view, NAV_VIEW_PAGE);
	nav_act(&f->nav, ACTION_ABOUT, &tall);
	assert_string_equal(page_id(&f->nav), "about");
}

static void
test_search_results_and_next(void **state)
{
	struct fixture *f = *state;
	const size_t lines[] = { 4, 5 };
	const struct nav_metrics results = { 6, 10, lines, 2 };

	assert_int_equal(nav_search(&f->nav, "HEARING"), 2);
	assert_int_equal(f->nav.view, NAV_VIEW_RESULTS);
	assert_true(nav_open_choice(&f->nav, 1, &results));
	assert_string_equal(page_id(&f->nav), "deep");
	nav_act(&f->nav, ACTION_SEARCH_NEXT, &tall);	/* wraps to the first hit */
	assert_string_equal(page_id(&f->nav), "long");
	nav_act(&f->nav, ACTION_SEARCH_PREVIOUS, &tall);
	assert_string_equal(page_id(&f->nav), "deep");
	assert_int_equal(nav_search(&f->nav, "no such words"), 0);
}

static void
test_language_keeps_page(void **state)
{
	struct fixture *f = *state;
	const size_t lines[] = { 1, 2, 3 };
	const struct nav_metrics m = { 4, 10, lines, 3 };

	nav_open_choice(&f->nav, 0, &m);
	nav_open_choice(&f->nav, 0, &m);
	nav_act(&f->nav, ACTION_LANGUAGE, &m);
	assert_string_equal(nav_guide(&f->nav)->lang, "es");
	assert_string_equal(page_id(&f->nav), "deep");
	assert_string_equal(nav_page(&f->nav)->title, "Pida a la corte que cambie o anule la orden");
	nav_act(&f->nav, ACTION_BACK, &m);
	assert_string_equal(nav_page(&f->nav)->title, "Una página larga");
	nav_act(&f->nav, ACTION_LANGUAGE, &m);
	assert_string_equal(nav_guide(&f->nav)->lang, "en");
	assert_string_equal(page_id(&f->nav), "long");
}

static void
test_quit_and_panic(void **state)
{
	struct fixture *f = *state;

	nav_act(&f->nav, ACTION_QUIT, &tall);
	assert_int_equal(f->nav.end, NAV_QUIT);
	nav_act(&f->nav, ACTION_PANIC, &tall);
	assert_int_equal(f->nav.end, NAV_PANIC);
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
		cmocka_unit_test_setup_teardown(test_help_and_about, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_results_and_next, setup, teardown),
		cmocka_unit_test_setup_teardown(test_language_keeps_page, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quit_and_panic, setup, teardown),
	};

	return cmocka_run_group_tests_name("nav", tests, NULL, NULL);
}
