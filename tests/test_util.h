/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_util.h: helpers every unit test shares. */
#ifndef HAVEN_TEST_UTIL_H
#define HAVEN_TEST_UTIL_H

#include "guide_set.h"
#include "keys.h"
#include "nav.h"

/* A loaded fixture with a navigation state on its first language. */
struct test_nav_fixture {
	struct guide_set set;
	struct nav nav;
};

/* How the tests read guides: haven's placeholders, no symbolic links. */
const struct guide_options *test_guide_options(void);
/* "$top_srcdir/tests/fixtures/<name>" (caller frees). */
char *test_fixture_path(const char *name);
/* Loads a fixture that must have no problems; fails the test otherwise. */
void test_load_fixture(struct guide_set *set, const char *name);

/* Loads fixture name (a checker run): count problems, the first of them
   "<dir>/<file_and_message>" (or "<dir><file_and_message>" when it starts with ':'). */
void test_expect_problems(const char *name, size_t count, const char *file_and_message);
/* cmocka setup/teardown for a test_nav_fixture of the named fixture. */
int test_nav_setup(void **state, const char *name);
int test_nav_teardown(void **state);

#endif
