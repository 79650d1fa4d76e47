/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* test_config.c: the config file, key names and bindings, and language choice. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "config_file.h"
#include "keys.h"
#include "lang.h"
#include "test_util.h"
#include "xalloc.h"

static void
expect_config_error(const char *name, const char *message)
{
	char *path = test_fixture_path(name), *expected = xasprintf("%s:%s", path, message);
	struct settings s;
	struct diag_list diags;

	settings_default(&s);
	diag_init(&diags);
	assert_int_equal(config_load(&s, path, 1, &diags), 1);
	assert_string_equal(diags.items[0], expected);
	diag_free(&diags);
	free(expected);
	free(path);
}

/* Loads a config fixture that must have no problem. */
static void
load_config(const char *name, struct settings *s)
{
	char *path = test_fixture_path(name);
	struct diag_list diags;

	settings_default(s);
	diag_init(&diags);
	assert_int_equal(config_load(s, path, 1, &diags), 0);
	diag_free(&diags);
	free(path);
}

static void
test_good_config(void **state)
{
	struct settings s;

	(void)state;
	load_config("config/good.ini", &s);
	assert_int_equal(s.mode, MODE_LINEAR);
	assert_string_equal(s.lang, "es");
	assert_int_equal(s.colours, 0);
	assert_int_equal(s.wipe, WIPE_NEVER);
	assert_int_equal(s.say_digits, 1);
	assert_int_equal(keymap_lookup(&s.keys, KEY_CODE_F12), ACTION_PANIC);
	assert_int_equal(keymap_lookup(&s.keys, 'x'), ACTION_PANIC);
	assert_int_equal(keymap_lookup(&s.keys, 'h'), ACTION_HELP);	/* taken from back */
	assert_int_equal(keymap_lookup(&s.keys, 'b'), ACTION_BACK);
	assert_int_equal(keymap_lookup(&s.keys, '?'), ACTION_NONE);
}

static void
test_missing_files(void **state)
{
	struct settings s;
	struct diag_list diags;

	(void)state;
	settings_default(&s);
	diag_init(&diags);
	assert_int_equal(config_load(&s, "/nonexistent/haven.ini", 0, &diags), 0);
	assert_int_equal(config_load(&s, "/nonexistent/haven.ini", 1, &diags), 1);
	assert_string_equal(diags.items[0], "/nonexistent/haven.ini: cannot read: No such file or directory");
	diag_free(&diags);
}

static void
test_config_errors(void **state)
{
	(void)state;
	expect_config_error("config/unknown-key.ini",
	    "3: unknown key 'colour' in [haven] (known: mode, lang, colours, wipe_scrollback, "
	    "allow_symlinks, say_digits, state)");
	expect_config_error("config/bad-value.ini", "2: invalid value 'sideways' for 'mode'");
	expect_config_error("config/no-panic.ini", "2: quick_exit needs at least one key");
	expect_config_error("config/unknown-section.ini",
	    "1: unknown section [display] (known: [haven], [keys])");
	expect_config_error("config/unknown-action.ini", "2: unknown action 'jump' in [keys]");
	expect_config_error("config/bad-key.ini", "2: unknown key name 'Ctrl-Q'");
}

/* No config can take the quick exit away, or leave it only keys that type text. */
static void
test_quick_exit_cannot_be_taken(void **state)
{
	(void)state;
	expect_config_error("config/steal-quick-exit.ini", "2: 'x' is a quick_exit key; to "
	    "give it to 'back', also say which keys quick_exit has (for example: "
	    "quick_exit = F12)");
	expect_config_error("config/quick-exit-letters-only.ini", "2: quick_exit needs a key "
	    "that types no text (Esc, or F1 to F12), so that it works while search words "
	    "are typed");
	expect_config_error("config/quick-exit-enter.ini", "2: 'Enter' cannot be a quick_exit "
	    "key: it edits typed lines");
	expect_config_error("config/quick-exit-taken.ini", "3: this leaves quick_exit no key "
	    "that works while search words are typed; give it one (for example: quick_exit "
	    "= Esc F12)");
}

/* A config that names the new quick exit may give x and Esc to other actions. */
static void
test_quick_exit_rebound(void **state)
{
	struct settings s;

	(void)state;
	load_config("config/rebound.ini", &s);
	assert_true(keys_is_quick_exit(&s.keys, KEY_CODE_F12, 1));
	assert_true(keys_is_quick_exit(&s.keys, 'z', 0));
	assert_false(keys_is_quick_exit(&s.keys, 'z', 1));	/* a letter, in words */
	assert_false(keys_is_quick_exit(&s.keys, 'x', 0));
	assert_false(keys_is_quick_exit(&s.keys, KEY_CODE_ESCAPE, 0));
	assert_int_equal(keymap_lookup(&s.keys, 'x'), ACTION_BACK);
	assert_int_equal(keymap_lookup(&s.keys, KEY_CODE_ESCAPE), ACTION_HELP);
}

static void
test_key_names(void **state)
{
	char name[32];
	struct keymap map;

	(void)state;
	assert_int_equal(keys_from_name("Esc"), KEY_CODE_ESCAPE);
	assert_int_equal(keys_from_name("pgdn"), KEY_CODE_PAGE_DOWN);
	assert_int_equal(keys_from_name("F1"), KEY_CODE_F1);
	assert_int_equal(keys_from_name("?"), '?');
	assert_int_equal(keys_from_name("ñ"), 0xf1);
	assert_int_equal(keys_from_name("F13"), 0);
	assert_int_equal(keys_from_name("xy"), 0);
	keys_key_name(KEY_CODE_PAGE_UP, name, sizeof name);
	assert_string_equal(name, "PgUp");
	keys_key_name(0xf1, name, sizeof name);
	assert_string_equal(name, "ñ");
	keymap_default(&map);
	keymap_describe(&map, ACTION_PANIC, KEYS_BOTH, 0, " or ", name, sizeof name);
	assert_string_equal(name, "x or Esc");
	keymap_describe(&map, ACTION_BACK, KEYS_BOTH, 0, " or ", name, sizeof name);
	assert_string_equal(name, "b, Left, h or Backspace");
	/* In linear mode Backspace edits the typed line, and the prompt says so. */
	keymap_describe(&map, ACTION_BACK, KEYS_LINEAR, 0, " or ", name, sizeof name);
	assert_string_equal(name, "b, Left or h");
	keymap_describe(&map, ACTION_NEXT, KEYS_LINEAR, 0, " or ", name, sizeof name);
	assert_string_equal(name, "");
}

static void
test_language_choice(void **state)
{
	struct guide_set set;
	const char *none[4] = { NULL, NULL, NULL, NULL };
	const char *spanish_lang[4] = { NULL, NULL, NULL, "es_US.UTF-8" };
	const char *language_list[4] = { "fr:es:en", NULL, NULL, "en_US.UTF-8" };
	const char *c_locale[4] = { NULL, "C", NULL, "es_US.UTF-8" };
	const char *hostile[4] = { "%s%n", "../../../../etc/passwd", "es_US.UTF-8/../../x", NULL };
	char *huge = xmalloc(10001);

	(void)state;
	test_load_fixture(&set, "multi");
	assert_int_equal(lang_choose(&set, NULL, NULL, none), 0);
	assert_int_equal(lang_choose(&set, "es", NULL, none), 1);
	assert_int_equal(lang_choose(&set, NULL, "es", none), 1);
	assert_int_equal(lang_choose(&set, "en", "es", spanish_lang), 0);
	assert_int_equal(lang_choose(&set, NULL, NULL, spanish_lang), 1);
	assert_int_equal(lang_choose(&set, NULL, NULL, language_list), 1);
	assert_int_equal(lang_choose(&set, NULL, NULL, c_locale), 0);
	assert_int_equal(lang_choose(&set, "../es", NULL, hostile), 0);
	memset(huge, 'e', 10000);
	huge[10000] = '\0';
	const char *long_lang[4] = { NULL, NULL, NULL, huge };
	assert_int_equal(lang_choose(&set, huge, huge, long_lang), 0);
	free(huge);
	guide_set_free(&set);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_config),
		cmocka_unit_test(test_missing_files),
		cmocka_unit_test(test_config_errors),
		cmocka_unit_test(test_quick_exit_cannot_be_taken),
		cmocka_unit_test(test_quick_exit_rebound),
		cmocka_unit_test(test_key_names),
		cmocka_unit_test(test_language_choice),
	};

	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
