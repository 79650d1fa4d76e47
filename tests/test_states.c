/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_states.c: the state files: every checker message, matching a reader's words,
   the checked-date warning, and choosing a state in nav (L keeps it). */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "guide_set.h"
#include "layout.h"
#include "nav.h"
#include "states.h"
#include "test_util.h"
#include "xalloc.h"

/* The message names the other language's file, under the fixture's folder. */
static void
parity_source(void)
{
	char *dir = test_fixture_path("state-parity-source");
	char *expected = xasprintf("es/states/mi.ini:12: source 'mi-bench': address or date "
	    "differs from %s/en/states/mi.ini:12", dir);

	test_expect_problems("state-parity-source", 1, expected);
	free(expected);
	free(dir);
}

static void
test_checker_messages(void **state)
{
	(void)state;
	test_expect_problems("state-unknown-code", 1, "states/zz.ini:1: unknown state code 'ZZ' "
	    "(known: the two-letter codes of the 50 states, DC and PR, in capitals)");
	test_expect_problems("state-wrong-file", 1, "states/mi.ini:1: state 'TX' must be in a file "
	    "named tx.ini");
	test_expect_problems("state-unknown-topic", 2, "states/mi.ini:8: unknown topic "
	    "[fact.deadline] (known: who, respondent, hearing, duration, extension, court)");
	test_expect_problems("state-unknown-source", 1, "states/mi.ini:8: [fact.respondent] cites "
	    "unknown source 'nope': add a [source.nope] section to this file or fix the ID");
	test_expect_problems("state-no-sources", 2, "states/mi.ini:8: [fact.respondent] cites no "
	    "source: every fact needs one a reader can look up");
	test_expect_problems("state-no-checked", 1, "states/mi.ini:1: [state] has no checked date "
	    "(YYYY-MM-DD: when an editor last checked its facts)");
	test_expect_problems("state-parity", 1, "en/states/tx.ini:1: state 'TX' has no 'es' "
	    "version");
	test_expect_problems("state-parity-topic", 2, "es/states/mi.ini:8: state 'MI': "
	    "[fact.who] is in one language only (compared with 'es')");
	test_expect_problems("state-parity-extra", 1, "es/states/oh.ini:1: state 'OH' is only "
	    "in this language");
	parity_source();
	test_expect_problems("state-page-no-choice", 1, "guide.ini:33: [page.change] has "
	    "state_topics but no choice to the states page 'states': a reader must be able "
	    "to choose a state from it");
	test_expect_problems("state-no-code", 1, "states/mi.ini:1: [state] has no code");
	test_expect_problems("state-no-name", 1, "states/mi.ini:1: [state] has no name");
	test_expect_problems("state-bad-checked", 1, "states/mi.ini:1: [state] checked date "
	    "'12/01/2026' is not written YYYY-MM-DD");
	test_expect_problems("state-bad-site", 1, "states/mi.ini:1: [state] site "
	    "'https://example.org/mi' must be written without http:// or https:// and "
	    "without spaces");
	test_expect_problems("state-unknown-key", 1, "states/mi.ini:7: unknown key 'phone' in "
	    "[state] (known: code, name, aliases, order, site, checked)");
	test_expect_problems("state-fact-unknown-key", 1, "states/mi.ini:11: unknown key "
	    "'note' in [fact.respondent] (known: text, sources)");
	test_expect_problems("state-fact-no-text", 1, "states/mi.ini:8: [fact.respondent] has "
	    "no text");
	test_expect_problems("state-uncited-source", 1, "states/mi.ini:19: [source.mi-extra] "
	    "is cited by no fact: cite it or remove it");
	test_expect_problems("state-unknown-section", 1, "states/mi.ini:19: unknown section "
	    "kind [resource.x]: expected [state], [fact.TOPIC] or [source.ID]");
	test_expect_problems("state-twice", 2, "states/tx.ini:1: state 'MI' must be in a file "
	    "named mi.ini");
	test_expect_problems("state-no-your-state", 2, "guide.ini:1: [guide] needs both "
	    "'states' (where a reader chooses a state) and 'your_state' (what is known of it), "
	    "or neither");
	test_expect_problems("state-missing-page", 3, "guide.ini:1: [guide] states page "
	    "'nowhere' does not exist");
	test_expect_problems("state-topics-no-states", 3, "guide.ini:30: [page.change] has "
	    "state_topics, but [guide] names no states page");
	test_expect_problems("state-unknown-page-topic", 1, "guide.ini:33: unknown state topic "
	    "'deadlines' in [page.change] (known: who, respondent, hearing, duration, "
	    "extension, court)");
}

/* A warning, not an error, once a state was checked more than a year ago. */
static void
test_checked_long_ago(void **state)
{
	char *dir = test_fixture_path("states");
	struct guide_options options = *test_guide_options();
	struct diag_list diags;
	struct guide_set set;

	(void)state;
	diag_init(&diags);
	options.today = "2027-12-01";
	assert_int_equal(guide_set_load(&set, dir, &options, &diags), 0);
	assert_int_equal(set.warnings.count, 0);	/* a year to the day: not yet */
	guide_set_free(&set);
	options.today = "2027-12-02";
	assert_int_equal(guide_set_load(&set, dir, &options, &diags), 0);
	assert_int_equal(set.warnings.count, 4);	/* two states, two languages */
	assert_non_null(strstr(set.warnings.items[0], "states/mi.ini:1: warning: state 'MI' "
	    "was last checked on 2026-12-01, more than a year ago: check its facts again"));
	guide_set_free(&set);
	diag_free(&diags);
	free(dir);
}

static void
test_matching(void **state)
{
	struct guide_set set;
	const struct state_list *list;
	size_t found[4];

	(void)state;
	test_load_fixture(&set, "states");
	list = set.guides[0]->states;
	assert_int_equal(list->count, 2);
	assert_string_equal(list->states[0].name, "Michigan");	/* by name */
	assert_int_equal(states_match(list, "TX", found), 1);
	assert_string_equal(list->states[found[0]].code, "TX");
	assert_int_equal(states_match(list, "  tex ", found), 1);
	assert_int_equal(states_match(list, "mi", found), 1);	/* the code, whole */
	assert_int_equal(states_match(list, "m", found), 1);	/* the start of a name */
	assert_int_equal(states_match(list, "x", found), 0);	/* not inside a word */
	assert_int_equal(states_close(list, "Texsa", found, 4), 1);	/* swapped letters */
	assert_string_equal(list->states[found[0]].code, "TX");
	assert_int_equal(states_close(list, "Ohio", found, 4), 0);
	/* Accents and case do not matter: the Spanish file says "Míchigan". */
	list = set.guides[1]->states;
	assert_int_equal(states_match(list, "MICHIGAN", found), 1);
	assert_string_equal(list->states[found[0]].code, "MI");
	guide_set_free(&set);
}

/* Chosen on the states page by words; kept, by code, in the other language. */
static void
test_choose_and_keep(void **state)
{
	struct test_nav_fixture *f = *state;
	struct nav *nav = &f->nav;
	const struct guide *g = nav_guide(nav);

	assert_int_equal(nav_open_item(nav, 2), NAV_SHOWN);	/* Rules in your state */
	assert_true(nav_on_states_page(nav));
	assert_int_equal(nav_item_count(nav), 2);	/* both states */
	assert_int_equal(nav_search(nav, "ohio"), NAV_STATE_NO_MATCH);
	assert_int_equal(nav_search(nav, "tex"), NAV_SHOWN);
	assert_int_equal(nav->here.page, g->your_state_page);
	assert_string_equal(nav_state(nav)->code, "TX");
	assert_int_equal(nav_act(nav, ACTION_BACK), NAV_SHOWN);	/* the list is skipped */
	assert_int_equal(nav->here.page, g->start);
	assert_int_equal(nav_act(nav, ACTION_LANGUAGE), NAV_LANGUAGE_CHANGED);
	assert_string_equal(nav_state(nav)->code, "TX");
	assert_string_equal(nav_state(nav)->name, "Texas");
	assert_int_equal(nav_choose_state(nav, "mi"), 0);
	assert_string_equal(nav_state(nav)->name, "Míchigan");
	assert_int_equal(nav_choose_state(nav, "ZZ"), -1);
}

/* A reader's list reads each file's [state] section; a state's facts wait until it
   is chosen, and a broken one is marked so, with the checker's own message. */
static void
test_reader_reads_facts_when_chosen(void **state)
{
	char *dir = test_fixture_path("state-fact-no-text"), *states = xasprintf("%s/states", dir);
	char *expected = xasprintf("%s/mi.ini:8: [fact.respondent] has no text", states);
	struct state_list list;
	struct diag_list diags;
	size_t mi, tx;

	(void)state;
	diag_init(&diags);
	assert_int_equal(states_open(&list, states, 0, NULL, &diags), 0);
	assert_int_equal(list.count, 2);
	mi = states_find(&list, "MI");
	tx = states_find(&list, "tx");
	assert_string_equal(list.states[tx].name, "Texas");
	assert_true(list.states[tx].unread);	/* not read yet */
	assert_null(list.states[tx].facts[STATE_WHO].text);
	assert_int_equal(states_need(&list, tx, &diags), 0);
	assert_string_equal(list.states[tx].facts[STATE_WHO].text,
	    "The restrained person may ask after 1 year.");
	assert_string_equal(list.states[tx].sources[0].publisher, "Test library");
	assert_int_equal(diags.count, 0);
	assert_int_equal(states_need(&list, mi, &diags), 1);
	assert_true(list.states[mi].broken);
	assert_int_equal(diags.count, 1);
	assert_string_equal(diags.items[0], expected);
	assert_int_equal(states_need(&list, mi, &diags), 1);	/* told once */
	assert_int_equal(diags.count, 1);
	states_free(&list);
	diag_free(&diags);
	free(expected);
	free(states);
	free(dir);
}

/* A reader chooses a state whose file is broken: one plain sentence, no state kept,
   and another state can still be chosen. */
static void
test_reader_chooses_a_broken_state(void **state)
{
	char *dir = test_fixture_path("state-fact-no-text");
	struct guide_options options = *test_guide_options();
	struct diag_list diags;
	struct guide_set set;
	struct nav nav;

	(void)state;
	options.checking = 0;
	diag_init(&diags);
	assert_int_equal(guide_set_open(&set, dir, &options, &diags), 0);
	assert_non_null(guide_set_get(&set, 0, &diags));
	assert_int_equal(diags.count, 0);
	nav_init(&nav, &set, 0);
	assert_int_equal(nav_open_item(&nav, 2), NAV_SHOWN);	/* Rules in your state */
	assert_int_equal(nav_search(&nav, "mich"), NAV_STATE_BROKEN);
	assert_null(nav_state(&nav));
	assert_true(nav_on_states_page(&nav));
	assert_int_equal(nav_search(&nav, "tex"), NAV_SHOWN);
	assert_string_equal(nav_state(&nav)->code, "TX");
	assert_string_equal(nav_state(&nav)->facts[STATE_WHO].text,
	    "The restrained person may ask after 1 year.");
	nav_free(&nav);
	guide_set_free(&set);
	diag_free(&diags);
	free(dir);
}

static int
setup(void **state)
{
	return test_nav_setup(state, "states");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checker_messages),
		cmocka_unit_test(test_checked_long_ago),
		cmocka_unit_test(test_matching),
		cmocka_unit_test(test_reader_reads_facts_when_chosen),
		cmocka_unit_test(test_reader_chooses_a_broken_state),
		cmocka_unit_test_setup_teardown(test_choose_and_keep, setup, test_nav_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
