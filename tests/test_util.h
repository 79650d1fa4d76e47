/* test_util.h: helpers every unit test shares. */
#ifndef HAVEN_TEST_UTIL_H
#define HAVEN_TEST_UTIL_H

#include "guide_set.h"

/* "$top_srcdir/tests/fixtures/<name>" (caller frees). */
char *test_fixture_path(const char *name);
/* Loads a fixture that must have no problems; fails the test otherwise. */
void test_load_fixture(struct guide_set *set, const char *name);

#endif
