/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_loader.c: every problem the checker knows, each from a small fixture in
   tests/fixtures/, with its exact "file:line: message". */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"
#include "guide_set.h"
#include "glossary.h"
#include "ini_doc.h"
#include "keys.h"
#include "loader.h"
#include "test_util.h"
#include "xalloc.h"

static char *
fixture(const char *name)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/tests/fixtures/%s", top ? top : ".", name);
}

/* Loads fixture name and asserts exactly one problem: "<dir>/<file>:<rest>". */
static void
expect_one(const char *name, const char *file_and_message)
{
	test_expect_problems(name, 1, file_and_message);
}

static void
test_valid(void **state)
{
	char *dir = fixture("valid");
	struct diag_list diags;
	struct guide_set set;

	(void)state;
	diag_init(&diags);
	assert_int_equal(guide_set_load(&set, dir, test_guide_options(), &diags), 0);
	assert_int_equal(set.count, 1);
	assert_int_equal(set.guides[0]->page_count, 2);
	assert_string_equal(set.guides[0]->pages[set.guides[0]->start].title, "Start");
	assert_string_equal(set.guides[0]->pages[1].blocks[0].text, "General information.");
	guide_set_free(&set);
	diag_free(&diags);
	free(dir);
}

#define FIXTURE_TEST(fn, name, message) \
	static void fn(void **state) { (void)state; expect_one(name, message); }

FIXTURE_TEST(test_unknown_section, "unknown-section",
    "guide.ini:24: unknown section kind [widget.x]: expected [guide], [page.ID], [resource.ID] or [source.ID]")
FIXTURE_TEST(test_unknown_key, "unknown-key", "guide.ini:23: unknown key 'colour' in [page.about]")
FIXTURE_TEST(test_unknown_placeholder, "unknown-placeholder", "guide.ini:20: unknown "
    "placeholder '{escape}' in [page.about]: a placeholder names a key action, such as "
    "{quick_exit}")
FIXTURE_TEST(test_hidden_char, "hidden-char", "guide.ini:20: invisible or control "
    "character U+202E at byte 15 of the line: remove it (it could make the text read as "
    "something else)")
FIXTURE_TEST(test_missing_title, "missing-title", "guide.ini:17: [page.about] has no title")
FIXTURE_TEST(test_bad_link, "bad-link",
    "guide.ini:14: link to page 'nowhere', which does not exist")
FIXTURE_TEST(test_unreachable, "unreachable",
    "guide.ini:24: [page.orphan] cannot be reached from the start page")
FIXTURE_TEST(test_invalid_utf8, "invalid-utf8", "guide.ini:20: invalid UTF-8 at byte 14 of the line")
FIXTURE_TEST(test_long_line, "long-line",
    "guide.ini:20: line is 1105 bytes long; the limit is 1022: split the text into two keys")
FIXTURE_TEST(test_empty, "empty", ": the guide has no pages")
FIXTURE_TEST(test_resource_no_contact, "resource-no-contact",
    "guide.ini:24: [resource.hotline] needs a phone, text or web")
FIXTURE_TEST(test_semicolon, "semicolon",
    "guide.ini:20: 'p1': unquoted value contains ';', which would cut it short; "
    "put the whole value in double quotes")
FIXTURE_TEST(test_hash, "hash",
    "guide.ini:20: 'p1': unquoted value contains '#', which would cut it short; "
    "put the whole value in double quotes")
FIXTURE_TEST(test_colon_section, "colon-section",
    "guide.ini:24: section name 'page.a:b' may not be empty or hold ':', '[', ']' or '='")
FIXTURE_TEST(test_quote_tail, "quote-tail",
    "guide.ini:20: 'p1': a value that starts with \" must end with it and hold no other \" "
    "(text after the closing quote would be lost)")
FIXTURE_TEST(test_duplicate_key, "duplicate-key",
    "guide.ini:21: 'p1' appears twice in [page.about] (first at line 20); "
    "the second would replace the first")
FIXTURE_TEST(test_bom, "bom",
    "guide.ini:1: the file starts with a byte order mark; save it as UTF-8 without one")
FIXTURE_TEST(test_bad_date, "bad-date",
    "guide.ini:10: [page.start] reviewed date '24/11/2026' is not written YYYY-MM-DD")
FIXTURE_TEST(test_question_loop, "question-loop",
    "guide.ini:25: question path loops: q-a > q-b > q-a")
FIXTURE_TEST(test_answer_nowhere, "answer-nowhere",
    "guide.ini:30: link to page 'nowhere', which does not exist")
FIXTURE_TEST(test_unknown_source, "unknown-source", "guide.ini:14: [page.start] cites "
    "unknown source 'nowhere': add a [source.nowhere] section or fix the ID")
FIXTURE_TEST(test_no_sources, "no-sources", "guide.ini:17: [page.about] has no sources")
FIXTURE_TEST(test_source_no_address, "source-no-address", "guide.ini:24: [source.test] has "
    "no address: a reader must be able to look it up")
FIXTURE_TEST(test_internal_name, "internal-name", "guide.ini:20: [page.about] shows readers "
    "the internal name 'seed': cite a public source from the sources list instead")
FIXTURE_TEST(test_no_safety, "no-safety", "guide.ini:1: [guide] has no 'safety'")
FIXTURE_TEST(test_no_parent, "no-parent", "guide.ini:17: [page.about] has no parent")

static void
test_duplicate_id(void **state)
{
	char *dir = fixture("duplicate-id"), *expected;

	(void)state;
	expected = xasprintf("more.ini:1: page 'about' is defined twice (first at %s/guide.ini:17)",
	    dir);
	expect_one("duplicate-id", expected);
	free(expected);
	free(dir);
}

static void
test_parent_loop(void **state)
{
	char *dir = fixture("parent-loop"), *expected;
	struct diag_list diags;
	struct guide_set set;

	(void)state;
	diag_init(&diags);
	guide_set_load(&set, dir, test_guide_options(), &diags);
	assert_int_equal(diags.count, 2);
	expected = xasprintf("%s/guide.ini:25: [page.a] parent chain loops and never reaches "
	    "the start page", dir);
	assert_string_equal(diags.items[0], expected);
	free(expected);
	free(dir);
	guide_set_free(&set);
	diag_free(&diags);
}

/* A page missing in one language, and a phone number that differs, both fail. */
static void
test_language_parity(void **state)
{
	char *dir = fixture("parity"), *expected;
	struct diag_list diags;
	struct guide_set set;

	(void)state;
	diag_init(&diags);
	guide_set_load(&set, dir, test_guide_options(), &diags);
	assert_int_equal(set.count, 2);
	assert_int_equal(diags.count, 2);
	expected = xasprintf("%s/en/guide.ini:47: page 'about' has no 'es' version", dir);
	assert_string_equal(diags.items[0], expected);
	free(expected);
	expected = xasprintf("%s/es/guide.ini:45: resource 'hotline': phone or TTY number "
	    "differs from the 'en' version (%s/en/guide.ini:54)", dir, dir);
	assert_string_equal(diags.items[1], expected);
	free(expected);
	free(dir);
	guide_set_free(&set);
	diag_free(&diags);
}

/* The line rules, on a buffer: a continued line and a key outside any section. */
static void
test_scan_rules(void **state)
{
	static const char text[] = "orphan = 1\n[s]\na = one \\\nb = two\n[s]\n";
	struct diag_list diags;
	struct ini_doc doc;

	(void)state;
	diag_init(&diags);
	assert_int_equal(ini_doc_scan(&doc, "t.ini", text, sizeof text - 1, &diags), 3);
	assert_string_equal(diags.items[0], "t.ini:1: 'orphan' is outside any section and would be lost");
	assert_string_equal(diags.items[1], "t.ini:3: 'a' ends with '\\': continued lines are not "
	    "supported; split the text into two keys");
	assert_string_equal(diags.items[2], "t.ini:5: section [s] appears twice (first at line 2)");
	ini_doc_free(&doc);
	diag_free(&diags);
}

/* A value is checked where it lies in the line: the first of ';' and '#' is named,
   a quoted one may hold both, and the blanks around a value are not part of it. */
static void
test_scan_value_cuts(void **state)
{
	static const char text[] = "[s]\na = x # y ; z\nb = x ; y # z\n"
	    "c = \"x ; y # z\"   \nd = ends in a blank \\   \ne =\n";
	struct diag_list diags;
	struct ini_doc doc;

	(void)state;
	diag_init(&diags);
	assert_int_equal(ini_doc_scan(&doc, "t.ini", text, sizeof text - 1, &diags), 3);
	assert_string_equal(diags.items[0], "t.ini:2: 'a': unquoted value contains '#', which "
	    "would cut it short; put the whole value in double quotes");
	assert_string_equal(diags.items[1], "t.ini:3: 'b': unquoted value contains ';', which "
	    "would cut it short; put the whole value in double quotes");
	assert_string_equal(diags.items[2], "t.ini:5: 'd' ends with '\\': continued lines are "
	    "not supported; split the text into two keys");
	assert_int_equal(doc.sections[0].count, 2);	/* c and e */
	ini_doc_free(&doc);
	diag_free(&diags);
}

/* --- a reader's guide, read part by part --- */

static struct guide *
open_lazy(const char *dir, struct diag_list *diags)
{
	struct guide_options options = *test_guide_options();

	options.checking = 0;	/* a reader */
	return guide_open(dir, &options, diags);
}

static int
has_diag(const struct diag_list *diags, const char *dir, const char *file_and_message)
{
	char *want = xasprintf("%s/%s", dir, file_and_message);
	int found = 0;

	for (size_t i = 0; i < diags->count; i++)
		found |= strcmp(diags->items[i], want) == 0;
	if (!found)
		for (size_t i = 0; i < diags->count; i++)
			fprintf(stderr, "# got: %s\n", diags->items[i]);
	free(want);
	return found;
}

static const struct page *
page_named(const struct guide *g, const char *id)
{
	size_t i = guide_find_page(g, id);

	assert_true(i != GUIDE_NONE);
	return &g->pages[i];
}

/* The start shows only what the first screen needs; pages and sources wait. */
static void
test_lazy_start(void **state)
{
	char *dir = fixture("lazy");
	struct diag_list diags;
	struct guide *g;

	(void)state;
	diag_init(&diags);
	g = open_lazy(dir, &diags);
	assert_int_equal(diags.count, 0);
	assert_int_equal(g->page_count, 4);
	assert_int_equal(page_named(g, "start")->where.state, PART_LOADED);
	assert_string_equal(page_named(g, "start")->title, "Start");
	assert_int_equal(page_named(g, "good")->where.state, PART_UNREAD);
	assert_int_equal(page_named(g, "bad")->where.state, PART_UNREAD);
	assert_null(page_named(g, "good")->title);
	/* The unlabelled choice's page was read for its title (and is broken). */
	assert_int_equal(page_named(g, "nolink")->where.state, PART_BROKEN);
	assert_int_equal(g->sources[guide_find_source(g, "test")].where.state, PART_UNREAD);
	assert_int_equal(g->resources[guide_find_resource(g, "hotline")].where.state,
	    PART_UNREAD);
	guide_free(g);
	diag_free(&diags);
	free(dir);
}

/* Does a glossary word shown anywhere in the guide pass the hints read from the
   glossary's raw lines? The hints must never say no where the glossary marks. */
static void
expect_hints_cover_guide(const char *language, int start_may_match)
{
	const char *top = getenv("top_srcdir");
	char *dir = xasprintf("%s/content/%s", top ? top : ".", language);
	struct diag_list diags;
	struct guide *g;
	struct glossary *hints, *glossary;
	struct glossary_span *spans;
	size_t marked = 0;
	int start_matches = 0;

	diag_init(&diags);
	g = open_lazy(dir, &diags);
	assert_int_equal(diags.count, 0);
	/* The start page is read; the glossary waits for a screen that needs it. */
	assert_int_equal(g->pages[g->glossary].where.state, PART_UNREAD);
	hints = guide_glossary_hints(g);
	assert_non_null(hints);
	assert_int_equal(g->pages[g->glossary].where.state, PART_UNREAD);
	for (size_t j = 0; j < g->pages[g->start].block_count; j++) {
		const struct block *b = &g->pages[g->start].blocks[j];
		if (b->kind != BLOCK_CHOICE && b->kind != BLOCK_RESOURCE)	/* (shown marked) */
			start_matches |= glossary_may_match(hints, b->text);
	}
	assert_int_equal(start_matches, start_may_match);
	assert_int_equal(guide_need_page(g, g->glossary, &diags), 0);
	glossary = glossary_new(g);
	for (size_t i = 0; i < g->page_count; i++) {
		assert_int_equal(guide_need_page(g, i, &diags), 0);
		for (size_t j = 0; j < g->pages[i].block_count; j++) {
			const char *text = g->pages[i].blocks[j].text;
			size_t found = glossary_find(glossary, text, &spans);
			free(spans);
			if (found > 0) {
				marked++;
				if (!glossary_may_match(hints, text))
					fail_msg("%s [page.%s]: \"%s\" has a glossary word the hints "
					    "miss", language, g->pages[i].id, text);
			}
		}
	}
	assert_true(marked > 50);	/* (the guide uses its words often) */
	glossary_free(glossary);
	glossary_free(hints);
	guide_free(g);
	diag_free(&diags);
	free(dir);
}

static void
test_glossary_hints(void **state)
{
	struct ini_entry entries[] = {
		{ "term1", "\"court clerk\" | in quotes, cut at the closing one", 1 },
		{ "term2", "renewal (extend) | cut before the parenthesis", 2 },
		{ "term3", "default; a comment iniparser drops | x", 3 },
		{ "term4", "'; quoted: iniparser keeps all' | x", 5 },
		{ "p1", "petitioner | not a term", 4 },
	};
	struct ini_section section = { "page.words", 1, 0, 0, entries, 5, 5 };
	struct glossary *hints = glossary_hints_new(&section);

	(void)state;
	assert_true(glossary_may_match(hints, "Ask the COURT CLERK."));
	assert_false(glossary_may_match(hints, "Ask the court."));
	assert_true(glossary_may_match(hints, "A renewal, or an extension."));
	assert_false(glossary_may_match(hints, "extend"));
	assert_true(glossary_may_match(hints, "By default."));
	assert_false(glossary_may_match(hints, "The petitioner."));	/* p1 is no term */
	assert_true(glossary_may_match(hints, "Quoted: iniparser keeps all."));
	assert_false(glossary_may_match(hints, "Quoted."));
	glossary_free(hints);
	/* The bundled guide: the English start page needs no glossary, the Spanish one
	   does ("poner fin", "secretario de la corte"), and in both languages every
	   line the glossary marks passes the hints. */
	expect_hints_cover_guide("en", 0);
	expect_hints_cover_guide("es", 1);
}

/* A page read later: a good one with its resource; broken ones with the checker's
   message at the file's own line, shown as their ID and nothing to open. */
static void
test_lazy_need(void **state)
{
	char *dir = fixture("lazy");
	struct diag_list diags;
	struct guide *g;
	const struct page *p;

	(void)state;
	diag_init(&diags);
	g = open_lazy(dir, &diags);
	assert_int_equal(guide_need_view(g, guide_find_page(g, "good"), &diags), 0);
	p = page_named(g, "good");
	assert_string_equal(p->title, "Good");
	assert_string_equal(p->blocks[0].text, "General information.");
	assert_string_equal(g->resources[p->blocks[1].target].phone, "911");
	assert_int_equal(diags.count, 0);

	assert_int_equal(guide_need_view(g, guide_find_page(g, "bad"), &diags), 1);
	p = page_named(g, "bad");
	assert_int_equal(p->where.state, PART_BROKEN);
	assert_int_equal(p->block_count, 0);
	assert_string_equal(p->title, "bad");
	assert_true(has_diag(&diags, dir, "pages.ini:12: 'p1': unquoted value contains ';', "
	    "which would cut it short; put the whole value in double quotes"));

	diag_clear(&diags);
	assert_int_equal(guide_need_page(g, guide_find_page(g, "nolink"), &diags), 1);
	assert_int_equal(diags.count, 0);	/* (told once, when first read) */

	guide_need_sources(g, g->start, &diags);
	assert_string_equal(g->sources[guide_find_source(g, "test")].publisher,
	    "Test publisher");
	guide_free(g);
	diag_free(&diags);
	free(dir);
}

/* The checker finds the same problems in the same places. */
static void
test_lazy_same_as_checker(void **state)
{
	char *dir = fixture("lazy");
	struct diag_list diags;
	struct guide_set set;

	(void)state;
	diag_init(&diags);
	guide_set_load(&set, dir, test_guide_options(), &diags);
	assert_true(has_diag(&diags, dir, "pages.ini:12: 'p1': unquoted value contains ';', "
	    "which would cut it short; put the whole value in double quotes"));
	guide_set_free(&set);
	diag_free(&diags);
	free(dir);
}

static char *
copy_fixture(const char *name)
{
	char *dir = fixture(name), *tmp = xstrdup("/tmp/haven-lazy-XXXXXX"), *command;

	assert_non_null(mkdtemp(tmp));
	command = xasprintf("cp '%s'/*.ini '%s'/", dir, tmp);
	assert_int_equal(system(command), 0);
	free(command);
	free(dir);
	return tmp;
}

static void
remove_copy(char *tmp)
{
	char *command = xasprintf("rm -r '%s'", tmp);

	assert_int_equal(system(command), 0);
	free(command);
	free(tmp);
}

/* A file edited after the start: its sections may have moved (any change counts),
   so its parts are not read from where the outline found them. */
static void
test_lazy_file_changed(void **state)
{
	char *tmp = copy_fixture("lazy"), *path = xasprintf("%s/pages.ini", tmp);
	struct diag_list diags;
	struct guide *g;
	FILE *f;

	(void)state;
	diag_init(&diags);
	g = open_lazy(tmp, &diags);
	assert_int_equal(diags.count, 0);
	assert_non_null(f = fopen(path, "a"));
	fputs("; an editor's note\n", f);
	fclose(f);
	assert_int_equal(guide_need_page(g, guide_find_page(g, "good"), &diags), 1);
	assert_true(has_diag(&diags, tmp, "pages.ini:1: the file changed while haven was "
	    "reading the guide"));
	guide_free(g);
	diag_free(&diags);
	free(path);
	remove_copy(tmp);
}

/* A search needs every page: each file is read whole, once. */
static void
test_lazy_need_all(void **state)
{
	char *dir = fixture("lazy");
	struct diag_list diags;
	struct guide *g;

	(void)state;
	diag_init(&diags);
	g = open_lazy(dir, &diags);
	guide_need_all(g, &diags);
	assert_string_equal(page_named(g, "good")->title, "Good");
	assert_int_equal(page_named(g, "good")->where.state, PART_LOADED);
	assert_int_equal(page_named(g, "bad")->where.state, PART_BROKEN);
	assert_int_equal(g->sources[0].where.state, PART_LOADED);
	guide_free(g);
	diag_free(&diags);
	free(dir);
}

/* iniparser gets a big file a few hundred keys at a time (ini_doc.c): every value
   still arrives, those on either side of each cut too. */
static void
test_ini_doc_in_pieces(void **state)
{
	char path[] = "/tmp/haven-pieces-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	struct diag_list diags;
	struct ini_doc doc;
	enum { SECTIONS = 700 };

	(void)state;
	assert_non_null(f);
	fprintf(f, "; a comment before the first section\n\n");
	for (int i = 0; i < SECTIONS; i++)
		fprintf(f, "[s%d]\nfirst = one %d\nsecond = \"two; %d\"\n\n", i, i, i);
	fclose(f);
	diag_init(&diags);
	assert_int_equal(ini_doc_load(&doc, path, 0, &diags), 0);
	assert_int_equal(diags.count, 0);
	assert_int_equal(doc.count, SECTIONS);
	for (int i = 0; i < SECTIONS; i++) {
		char name[16], first[32], second[32];
		const struct ini_section *section;
		snprintf(name, sizeof name, "s%d", i);
		snprintf(first, sizeof first, "one %d", i);
		snprintf(second, sizeof second, "two; %d", i);
		assert_non_null(section = ini_doc_find_section(&doc, name));
		assert_string_equal(ini_section_find(section, "first")->value, first);
		assert_string_equal(ini_section_find(section, "second")->value, second);
	}
	ini_doc_free(&doc);
	diag_free(&diags);
	unlink(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_unknown_section),
		cmocka_unit_test(test_unknown_key),
		cmocka_unit_test(test_unknown_placeholder),
		cmocka_unit_test(test_hidden_char),
		cmocka_unit_test(test_missing_title),
		cmocka_unit_test(test_bad_link),
		cmocka_unit_test(test_unreachable),
		cmocka_unit_test(test_duplicate_id),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_resource_no_contact),
		cmocka_unit_test(test_semicolon),
		cmocka_unit_test(test_hash),
		cmocka_unit_test(test_colon_section),
		cmocka_unit_test(test_quote_tail),
		cmocka_unit_test(test_duplicate_key),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_bad_date),
		cmocka_unit_test(test_no_parent),
		cmocka_unit_test(test_unknown_source),
		cmocka_unit_test(test_no_sources),
		cmocka_unit_test(test_source_no_address),
		cmocka_unit_test(test_internal_name),
		cmocka_unit_test(test_no_safety),
		cmocka_unit_test(test_parent_loop),
		cmocka_unit_test(test_scan_rules),
		cmocka_unit_test(test_scan_value_cuts),
		cmocka_unit_test(test_language_parity),
		cmocka_unit_test(test_question_loop),
		cmocka_unit_test(test_answer_nowhere),
		cmocka_unit_test(test_lazy_start),
		cmocka_unit_test(test_glossary_hints),
		cmocka_unit_test(test_lazy_need),
		cmocka_unit_test(test_lazy_same_as_checker),
		cmocka_unit_test(test_lazy_file_changed),
		cmocka_unit_test(test_lazy_need_all),
		cmocka_unit_test(test_ini_doc_in_pieces),
	};

	return cmocka_run_group_tests_name("loader", tests, NULL, NULL);
}
