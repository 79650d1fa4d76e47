/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_search.c: case- and accent-insensitive search. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "search.h"
#include "test_util.h"
#include "text.h"

static void
assert_folds(const char *text, const char *expected)
{
	char *folded = text_fold(text);

	assert_non_null(folded);
	assert_string_equal(folded, expected);
	free(folded);
}

static void
test_fold(void **state)
{
	(void)state;
	assert_folds("Petición", "peticion");
	assert_folds("PETICIÓN", "peticion");
	assert_folds("Pe\xcc\x81tition", "petition");	/* decomposed accent */
	assert_folds("Straße", "strasse");
	assert_null(text_fold("bad \xff utf-8"));
	/* a word inside a line: only its bytes */
	char *word = text_fold_span("la PETICIÓN de", 12);
	assert_string_equal(word + 3, "peticion");
	free(word);
	assert_null(text_fold_span("la PETICIÓN de", 10));	/* cut inside the Ó */
	word = text_fold_span("A HEARING today", 9);
	assert_string_equal(word, "a hearing");
	free(word);
}

static size_t
hits_for(struct search_index *index, const char *query, struct search_hit **hits)
{
	free(*hits);
	*hits = NULL;
	return search_run(index, query, hits);
}

static void
test_accented_and_plain_find_same_page(void **state)
{
	struct guide_set set;
	struct search_index index;
	struct search_hit *hits = NULL;
	const struct guide *g;

	(void)state;
	test_load_fixture(&set, "multi");
	g = set.guides[0];
	search_index_init(&index, g);
	assert_int_equal(hits_for(&index, "peticion", &hits), 1);
	assert_string_equal(g->pages[hits[0].page].id, "deep");
	assert_int_equal(hits_for(&index, "PETICIÓN", &hits), 1);
	assert_string_equal(g->pages[hits[0].page].id, "deep");
	assert_int_equal(hits_for(&index, "hearing", &hits), 2);
	assert_string_equal(g->pages[hits[0].page].id, "long");
	assert_int_equal(g->pages[hits[0].page].blocks[hits[0].block].kind, BLOCK_PARAGRAPH);
	assert_int_equal(hits_for(&index, "A LONG PAGE", &hits), 2);	/* title, and a choice */
	assert_int_equal(hits_for(&index, "", &hits), 0);
	assert_int_equal(hits_for(&index, "zebra", &hits), 0);
	free(hits);
	search_index_free(&index);
	guide_set_free(&set);
}

static void
test_snippet_around_match(void **state)
{
	struct guide_set set;
	struct search_index index;
	struct search_hit *hits = NULL;
	char *snippet;

	(void)state;
	test_load_fixture(&set, "multi");
	search_index_init(&index, set.guides[0]);
	assert_int_equal(search_run(&index, "nineteen", &hits), 1);
	snippet = search_snippet(set.guides[0], &hits[0], "nineteen", 30);
	assert_non_null(strstr(snippet, "nineteen"));
	assert_true(strncmp(snippet, "... ", 4) == 0);
	free(snippet);
	free(hits);
	search_index_free(&index);
	guide_set_free(&set);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_accented_and_plain_find_same_page),
		cmocka_unit_test(test_snippet_around_match),
	};

	return cmocka_run_group_tests_name("search", tests, NULL, NULL);
}
