/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_layout.c: wrapping and widths (libunistring), and the order of a page's lines. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "layout.h"
#include "test_util.h"
#include "text.h"
#include "xalloc.h"

static const struct layout_labels labels = {
	.important = "Important:", .where = "You are here:", .call = "Call:", .web = "Web:",
	.hours = "Hours:", .sources = "Sources for this page:",
	.reviewed = "This page was last checked:", .source_dated = "Date on the page:",
	.source_undated = "The page shows no date.", .source_seen = "Seen:",
	.checked = "Checked:", .not_checked = "Not checked:", .you_said = "You said:",
	.change = "Change your answer:"
};

static void
assert_all_fit(const struct layout *l, size_t width)
{
	for (size_t i = 0; i < l->count; i++)
		assert_true(text_width(l->lines[i].text) <= width);
}

static void
test_wraps_at_word_boundaries(void **state)
{
	struct layout l;

	(void)state;
	layout_init(&l);
	layout_wrap(&l, "Only a court can end the order.", "", 12, LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 3);
	assert_string_equal(l.lines[0].text, "Only a court");
	assert_string_equal(l.lines[1].text, "can end the");
	assert_string_equal(l.lines[2].text, "order.");
	layout_free(&l);
}

/* A line exactly as wide as the room stays whole (its trailing spaces dropped); one
   column more wraps. */
/* The printable-ASCII run, measured eight bytes at a time, stops exactly at the first
   byte outside 0x20-0x7e wherever it lies in or across those eight (0x20 and 0x7e
   themselves are inside). */
static void
test_printable_ascii_prefix(void **state)
{
	const unsigned char outside[] = { 0x00, 0x09, 0x1f, 0x7f, 0x80, 0xc3, 0xff };
	char text[20];

	(void)state;
	for (size_t i = 0; i < sizeof text; i++)
		text[i] = (char)(i % 2 ? 0x7e : 0x20);
	assert_int_equal(text_printable_ascii_prefix(text, sizeof text), sizeof text);
	assert_int_equal(text_printable_ascii_prefix(text, 0), 0);
	for (size_t at = 0; at < sizeof text; at++) {
		for (size_t k = 0; k < sizeof outside; k++) {
			char saved = text[at];
			text[at] = (char)outside[k];
			assert_int_equal(text_printable_ascii_prefix(text, sizeof text), at);
			text[at] = saved;
		}
	}
}

static void
test_fits_exactly(void **state)
{
	struct layout l;

	(void)state;
	layout_init(&l);
	layout_wrap(&l, "Ask the clerk.  ", "1. ", 17, LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 1);
	assert_string_equal(l.lines[0].text, "1. Ask the clerk.");
	layout_free(&l);
	layout_init(&l);
	layout_wrap(&l, "Ask the clerk.", "1. ", 16, LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 2);
	assert_string_equal(l.lines[0].text, "1. Ask the");
	assert_string_equal(l.lines[1].text, "   clerk.");
	layout_free(&l);
}

/* xasprintf's result past its 256-byte first try is whole. */
static void
test_long_formatted_line(void **state)
{
	char part[200];
	char *line;

	(void)state;
	memset(part, 'a', sizeof part - 1);
	part[sizeof part - 1] = '\0';
	line = xasprintf("%s|%s", part, part);
	assert_int_equal(strlen(line), 2 * (sizeof part - 1) + 1);
	assert_int_equal(line[sizeof part - 1], '|');
	assert_int_equal(line[2 * (sizeof part - 1)], 'a');
	free(line);
}

static void
test_hanging_prefix(void **state)
{
	struct layout l;

	(void)state;
	layout_init(&l);
	layout_wrap(&l, "File a motion with the court.", "1. ", 14, LINE_TEXT, GUIDE_NONE);
	assert_string_equal(l.lines[0].text, "1. File a");
	assert_string_equal(l.lines[1].text, "   motion with");
	assert_string_equal(l.lines[2].text, "   the court.");
	layout_free(&l);
}

/* A long label does not hang: on a narrow line the text goes back to the left edge;
   a label as wide as the line stands alone. */
static void
test_long_prefix_does_not_hang(void **state)
{
	struct layout l;

	(void)state;
	layout_init(&l);
	layout_wrap(&l, "The person the order protects, often the petitioner.",
	    "protected person: ", 30, LINE_TEXT, GUIDE_NONE);
	assert_string_equal(l.lines[0].text, "protected person: The person");
	assert_string_equal(l.lines[1].text, "the order protects, often the");
	assert_string_equal(l.lines[2].text, "petitioner.");
	assert_all_fit(&l, 30);
	layout_free(&l);
	layout_init(&l);
	layout_wrap(&l, "A meeting in court.", "changed circumstances: ", 12, LINE_TEXT,
	    GUIDE_NONE);
	assert_string_equal(l.lines[0].text, "changed");
	assert_string_equal(l.lines[l.count - 1].text, "court.");
	assert_all_fit(&l, 12);
	layout_free(&l);
}

/* CJK characters take two columns each: 5 of them need 10. */
static void
test_wide_characters(void **state)
{
	struct layout l;

	(void)state;
	assert_int_equal(text_width("法院命令書"), 10);
	layout_init(&l);
	layout_wrap(&l, "法院命令書 法院命令書", "", 10, LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 2);
	assert_string_equal(l.lines[0].text, "法院命令書");
	assert_all_fit(&l, 10);
	layout_free(&l);
	layout_init(&l);
	layout_wrap(&l, "法院命令書", "", 3, LINE_TEXT, GUIDE_NONE);	/* no space: cut */
	assert_int_equal(l.count, 5);
	assert_all_fit(&l, 3);
	layout_free(&l);
}

/* "é" written as e + combining acute takes one column and is never split. */
static void
test_combining_marks(void **state)
{
	struct layout l;

	(void)state;
	assert_int_equal(text_width("Pe\xcc\x81tition"), 8);
	layout_init(&l);
	layout_wrap(&l, "Pe\xcc\x81tition", "", 2, LINE_TEXT, GUIDE_NONE);
	assert_string_equal(l.lines[0].text, "Pe\xcc\x81");
	assert_int_equal(l.count, 4);
	layout_free(&l);
}

static void
test_emoji_and_tabs(void **state)
{
	char *clean;

	(void)state;
	assert_int_equal(text_width("\xf0\x9f\x93\x9e"), 2);	/* telephone receiver */
	clean = text_clean("a\tb\x1b[2Jc");
	assert_string_equal(clean, "a       b[2Jc");	/* tab to column 8; ESC removed */
	assert_int_equal(text_width(clean), 13);
	free(clean);
	/* C1 CSI, a bidi override and its end, zero-width space and joiner, BOM: gone. */
	clean = text_clean("Che\xc2\x9b" "31m \xe2\x80\xae" "RLO\xe2\x80\xac z\xe2\x80\x8bw"
	    "\xe2\x80\x8dj\xef\xbb\xbf.");
	assert_string_equal(clean, "Che31m RLO zwj.");
	free(clean);
	/* Names and values echoed in messages show what was there, harmlessly. */
	clean = text_escape("x\033]0;T\007\xff\xc2\x9b\xe2\x80\xae.ini");
	assert_string_equal(clean, "x\\x1b]0;T\\x07\\xff<U+009B><U+202E>.ini");
	free(clean);
}

static void
test_long_word_is_cut(void **state)
{
	struct layout l;

	(void)state;
	layout_init(&l);
	layout_wrap(&l, "see abcdefghijklmnopqrstuvwxyz now", "", 10, LINE_TEXT, GUIDE_NONE);
	assert_all_fit(&l, 10);
	/* Cut between characters, and filled on from the cut. */
	assert_int_equal(l.count, 4);
	assert_string_equal(l.lines[0].text, "see");
	assert_string_equal(l.lines[1].text, "abcdefghij");
	assert_string_equal(l.lines[2].text, "klmnopqrst");
	assert_string_equal(l.lines[3].text, "uvwxyz now");
	layout_free(&l);

	/* A line that ends in a hyphen fits to the last column: no lone "-" ("Text-"
	   then "to-911" at 80 columns was "Text", "-", "to-911"). */
	layout_init(&l);
	layout_wrap(&l, "abcd efgh-ijkl", "", 10, LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 2);
	assert_string_equal(l.lines[0].text, "abcd efgh-");
	assert_string_equal(l.lines[1].text, "ijkl");
	layout_free(&l);

	/* A cut word never leaves its punctuation alone on a line. */
	layout_init(&l);
	layout_wrap(&l, "abcdefghij.", "", 10, LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 2);
	assert_string_equal(l.lines[0].text, "abcdefghi");
	assert_string_equal(l.lines[1].text, "j.");
	layout_free(&l);
}

static void
test_width_zero_does_not_wrap(void **state)
{
	struct layout l;

	(void)state;
	layout_init(&l);
	layout_wrap(&l, "A very long line that would wrap anywhere else.", "- ", 0,
	    LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 1);
	assert_string_equal(l.lines[0].text, "- A very long line that would wrap anywhere else.");
	layout_free(&l);
}

static const char *
find_line(const struct layout *l, const char *start)
{
	for (size_t i = 0; i < l->count; i++)
		if (strncmp(l->lines[i].text, start, strlen(start)) == 0)
			return l->lines[i].text;
	return NULL;
}

/* A page: title, crumb, important note with its word, steps numbered, term, resource,
   sources, then the choices last (right above the prompt in linear mode). */
static void
test_page_lines(void **state)
{
	struct guide_set set;
	struct layout l;
	const struct guide *g;
	size_t deep;
	char *crumb;

	(void)state;
	test_load_fixture(&set, "multi");
	g = set.guides[0];
	deep = guide_find_page(g, "deep");
	crumb = layout_breadcrumb(g, deep);
	assert_string_equal(crumb, "Start > A long page > Change or end it");
	struct layout_options o = { .width = 40, .choice_indent = 2, .breadcrumb = crumb,
		.labels = &labels };
	layout_init(&l);
	layout_page(&l, g, &g->pages[deep], &o);
	assert_string_equal(l.lines[0].text, "Ask the court to change or end it");
	assert_int_equal(l.lines[0].kind, LINE_HEADING);
	assert_non_null(find_line(&l, "Important: Keep obeying the order."));
	assert_non_null(find_line(&l, "1. File a motion."));
	assert_non_null(find_line(&l, "2. Go to the hearing."));
	assert_non_null(find_line(&l, "- Bring papers."));
	assert_non_null(find_line(&l, "Petición: A written request to the"));
	assert_non_null(find_line(&l, "  Call: 1-800-799-7233 (1-800-799-SAFE)"));
	assert_non_null(find_line(&l, "  Text START to 88788"));
	/* Sources are one key away, never a block between the text and the menu. */
	assert_null(find_line(&l, "Sources"));
	assert_null(find_line(&l, "This page was last checked"));
	assert_int_equal(l.choice_count, 0);
	assert_all_fit(&l, 40);
	layout_free(&l);

	layout_init(&l);
	layout_page(&l, g, &g->pages[g->start], &o);
	assert_int_equal(l.choice_count, 3);
	assert_string_equal(l.lines[l.choice_line[0]].text, "  1. A long page");
	assert_string_equal(l.lines[l.choice_line[1]].text, "  2. About this test");
	assert_int_equal(l.lines[l.choice_line[2]].choice, 2);
	/* Text written after the last choice comes below the menu. */
	assert_int_equal(l.choice_line[2], l.count - 3);
	assert_int_equal(l.lines[l.count - 2].kind, LINE_BLANK);
	assert_string_equal(l.lines[l.count - 1].text, "Words below the menu.");
	layout_free(&l);
	free(crumb);
	guide_set_free(&set);
}

/* A compact layout (a short window) has no blank lines at all. */
static void
test_compact(void **state)
{
	struct guide_set set;
	struct layout l;
	const struct guide *g;
	struct layout_options o = { .width = 40, .choice_indent = 2, .labels = &labels };

	(void)state;
	test_load_fixture(&set, "multi");
	g = set.guides[0];
	layout_init(&l);
	l.compact = 1;
	layout_page(&l, g, &g->pages[guide_find_page(g, "deep")], &o);
	for (size_t i = 0; i < l.count; i++)
		assert_int_not_equal(l.lines[i].kind, LINE_BLANK);
	assert_string_equal(l.lines[1].text, "Important: Keep obeying the order.");
	layout_free(&l);
	guide_set_free(&set);
}

/* --say-digits: the guide's own dial strings, and nothing else, digit by digit. */
static void
test_spoken_numbers(void **state)
{
	struct guide_set set;
	struct spoken_numbers spoken;
	struct layout l;
	char *said;

	(void)state;
	said = spoken_digits("1-800-799-SAFE", 14);
	assert_string_equal(said, "1, 8 0 0, 7 9 9, SAFE");
	free(said);
	said = spoken_digits("1-844-7NATIVE", 13);
	assert_string_equal(said, "1, 8 4 4, 7 NATIVE");
	free(said);
	test_load_fixture(&set, "multi");
	spoken_numbers_init(&spoken, set.guides[0]);
	said = spoken_numbers_apply(&spoken, "Call 1-800-799-7233 (1-800-799-SAFE) or text "
	    "START to 88788 by December 1, 2026; see text-to-88788 and 1-800-799-72331.");
	assert_string_equal(said, "Call 1, 8 0 0, 7 9 9, 7 2 3 3 (1, 8 0 0, 7 9 9, SAFE) or "
	    "text START to 8 8 7 8 8 by December 1, 2026; see text-to-88788 and "
	    "1-800-799-72331.");
	free(said);
	/* A number said digit by digit is never cut between its digits or groups. */
	layout_init(&l);
	l.spoken = &spoken;
	layout_wrap(&l, "Call the Hotline at 1-800-799-7233 now.", "", 30, LINE_TEXT, GUIDE_NONE);
	assert_int_equal(l.count, 2);
	assert_string_equal(l.lines[0].text, "Call the Hotline at");
	assert_string_equal(l.lines[1].text, "1, 8 0 0, 7 9 9, 7 2 3 3 now.");
	layout_free(&l);
	spoken_numbers_free(&spoken);
	guide_set_free(&set);
}

/* Where a page's facts come from: publisher and title, the address, the dates. */
static void
test_sources_lines(void **state)
{
	struct guide_set set;
	struct layout l;
	const struct guide *g;
	struct layout_options o = { .width = 40, .labels = &labels };

	(void)state;
	test_load_fixture(&set, "multi");
	g = set.guides[0];
	layout_init(&l);
	layout_sources(&l, g, &g->pages[g->start], &o);
	assert_int_equal(l.count, 6);
	assert_string_equal(l.lines[0].text, "- Test publisher: Test page");
	assert_string_equal(l.lines[1].text, "  example.org/test");
	assert_string_equal(l.lines[2].text, "  The page shows no date. Seen:");
	assert_string_equal(l.lines[3].text, "  2026-12-01.");
	assert_string_equal(l.lines[5].text, "This page was last checked: 2026-11-24");
	assert_all_fit(&l, 40);
	layout_free(&l);
	guide_set_free(&set);
}

static void
test_transliteration(void **state)
{
	char *ascii;

	(void)state;
	ascii = text_for_charset("Información “citada” – sí", "ANSI_X3.4-1968");
	assert_string_equal(ascii, "Informacion \"citada\" - si");
	free(ascii);
}

/* A line is cut to the screen's width in columns, not bytes: double-width
   characters count two, combining marks none. */
static void
test_truncate_to_columns(void **state)
{
	const struct { const char *text; size_t width; const char *cut; } cases[] = {
		{ "abc", 5, "abc" }, { "abcdef", 3, "abc" }, { "abc", 0, "" },
		{ "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 4, "\xe6\x97\xa5\xe6\x9c\xac" },
		{ "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 5, "\xe6\x97\xa5\xe6\x9c\xac" },
		{ "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 6,
		  "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e" },
		{ "Pe\xcc\x81tition", 4, "Pe\xcc\x81ti" },
		{ "Se\xc3\xb1or", 5, "Se\xc3\xb1or" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *cut = text_truncate(cases[i].text, cases[i].width);
		assert_string_equal(cut, cases[i].cut);
		free(cut);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wraps_at_word_boundaries),
		cmocka_unit_test(test_printable_ascii_prefix),
		cmocka_unit_test(test_fits_exactly),
		cmocka_unit_test(test_long_formatted_line),
		cmocka_unit_test(test_truncate_to_columns),
		cmocka_unit_test(test_hanging_prefix),
		cmocka_unit_test(test_long_prefix_does_not_hang),
		cmocka_unit_test(test_wide_characters),
		cmocka_unit_test(test_combining_marks),
		cmocka_unit_test(test_emoji_and_tabs),
		cmocka_unit_test(test_long_word_is_cut),
		cmocka_unit_test(test_width_zero_does_not_wrap),
		cmocka_unit_test(test_page_lines),
		cmocka_unit_test(test_compact),
		cmocka_unit_test(test_sources_lines),
		cmocka_unit_test(test_spoken_numbers),
		cmocka_unit_test(test_transliteration),
	};

	return cmocka_run_group_tests_name("layout", tests, NULL, NULL);
}
