/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_util.c: fixture loading for the unit tests. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "diag.h"
#include "test_util.h"
#include "xalloc.h"

const struct guide_options *
test_guide_options(void)
{
	static struct guide_options options;

	options.placeholders = keys_placeholder_names();
	options.checking = 1;
	return &options;
}

char *
test_fixture_path(const char *name)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/tests/fixtures/%s", top ? top : ".", name);
}

void
test_load_fixture(struct guide_set *set, const char *name)
{
	char *dir = test_fixture_path(name);
	struct diag_list diags;

	diag_init(&diags);
	guide_set_load(set, dir, test_guide_options(), &diags);
	for (size_t i = 0; i < diags.count; i++)
		fprintf(stderr, "# %s\n", diags.items[i]);
	assert_int_equal(diags.count, 0);
	diag_free(&diags);
	free(dir);
}

void
test_expect_problems(const char *name, size_t count, const char *file_and_message)
{
	char *dir = test_fixture_path(name), *expected;
	struct diag_list diags;
	struct guide_set set;

	diag_init(&diags);
	guide_set_load(&set, dir, test_guide_options(), &diags);
	expected = *file_and_message == ':' ? xasprintf("%s%s", dir, file_and_message)
	    : xasprintf("%s/%s", dir, file_and_message);
	assert_int_equal(diags.count, count);
	assert_string_equal(diags.items[0], expected);
	free(expected);
	free(dir);
	guide_set_free(&set);
	diag_free(&diags);
}

int
test_nav_setup(void **state, const char *name)
{
	struct test_nav_fixture *f = xcalloc(1, sizeof *f);

	test_load_fixture(&f->set, name);
	nav_init(&f->nav, &f->set, 0);
	*state = f;
	return 0;
}

int
test_nav_teardown(void **state)
{
	struct test_nav_fixture *f = *state;

	nav_free(&f->nav);
	guide_set_free(&f->set);
	free(f);
	return 0;
}
