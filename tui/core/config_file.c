/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* config_file.c: reads [haven] and [keys] from the config file into settings. Every
   unknown section, key or value is an error with its file and line: a deployer who
   mistypes "quick_exit" must find out, not get a guide without a quick exit. */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "config_file.h"
#include "states.h"
#include "ini_doc.h"
#include "xalloc.h"

void
settings_default(struct settings *s)
{
	memset(s, 0, sizeof *s);
	keymap_default(&s->keys);
	s->colours = 1;
	s->mode = MODE_AUTO;
	s->wipe = WIPE_AUTO;
	s->width = -1;
}

int
settings_state_code(const char *value, char code[4])
{
	char upper[3];

	if (strlen(value) != 2)
		return -1;
	upper[0] = (char)toupper((unsigned char)value[0]);
	upper[1] = (char)toupper((unsigned char)value[1]);
	upper[2] = '\0';
	if (!state_code_known(upper))
		return -1;
	memcpy(code, upper, 3);
	return 0;
}

static int
parse_choice(const char *value, const char *const *names, int count)
{
	for (int i = 0; i < count; i++)
		if (strcasecmp(value, names[i]) == 0)
			return i;
	return -1;
}

static void
apply_haven_key(struct settings *s, const struct ini_entry *e, const char *file,
    struct diag_list *diags)
{
	static const char *const modes[] = { "auto", "fullscreen", "linear" };
	static const char *const wipes[] = { "auto", "always", "never" };
	static const char *const booleans[] = { "no", "yes", "off", "on", "false", "true" };
	int v;

	if (strcmp(e->key, "mode") == 0 && (v = parse_choice(e->value, modes, 3)) >= 0)
		s->mode = (enum mode)v;
	else if (strcmp(e->key, "wipe_scrollback") == 0 &&
	    (v = parse_choice(e->value, wipes, 3)) >= 0)
		s->wipe = (enum wipe_scrollback)v;
	else if (strcmp(e->key, "colours") == 0 && (v = parse_choice(e->value, booleans, 6)) >= 0)
		s->colours = v % 2;
	else if (strcmp(e->key, "allow_symlinks") == 0 &&
	    (v = parse_choice(e->value, booleans, 6)) >= 0)
		s->allow_symlinks = v % 2;
	else if (strcmp(e->key, "say_digits") == 0 && (v = parse_choice(e->value, booleans, 6)) >= 0)
		s->say_digits = v % 2;
	else if (strcmp(e->key, "lang") == 0 && strlen(e->value) < sizeof s->lang)
		strcpy(s->lang, e->value);
	else if (strcmp(e->key, "state") == 0 && settings_state_code(e->value, s->state) == 0)
		;
	else if (strcmp(e->key, "mode") == 0 || strcmp(e->key, "wipe_scrollback") == 0 ||
	    strcmp(e->key, "colours") == 0 || strcmp(e->key, "lang") == 0 ||
	    strcmp(e->key, "allow_symlinks") == 0 || strcmp(e->key, "say_digits") == 0 ||
	    strcmp(e->key, "state") == 0)
		diag_add(diags, file, e->line, "invalid value '%s' for '%s'", e->value, e->key);
	else
		diag_add(diags, file, e->line, "unknown key '%s' in [haven] (known: mode, lang, "
		    "colours, wipe_scrollback, allow_symlinks, say_digits, state)", e->key);
}

/* Takes key from whatever action has it; returns that action. */
static enum action
unbind_key(struct keymap *map, int key)
{
	enum action had = ACTION_NONE;

	for (int a = 0; a < ACTION_COUNT; a++) {
		int out = 0;
		for (int i = 0; i < KEYS_PER_ACTION; i++) {
			if (map->keys[a][i] == key && key != 0)
				had = (enum action)a;
			else
				map->keys[a][out++] = map->keys[a][i];
		}
		while (out < KEYS_PER_ACTION)
			map->keys[a][out++] = 0;
	}
	return had;
}

/* What config_load keeps while it reads [keys]: the quick exit must survive it. */
struct key_rules {
	int names_quick_exit;	/* the file has a quick_exit line */
	int took_quick_exit;	/* line that took the last quick-exit key, or 0 */
};

static int
has_key_without_text(const int *keys)
{
	for (int i = 0; i < KEYS_PER_ACTION && keys[i] != 0; i++)
		if (!keys_is_text(keys[i]))
			return 1;
	return 0;
}

/* The quick exit's own line: at least one key, one of which types no text (so it
   works while search words are typed), and none that edits a typed line. */
static int
check_quick_exit_keys(const int *keys, int count, const char *file, int line,
    struct diag_list *diags)
{
	char name[32];

	if (count == 0) {
		diag_add(diags, file, line, "quick_exit needs at least one key");
		return -1;
	}
	for (int i = 0; i < count; i++) {
		if (keys[i] == KEY_CODE_ENTER || keys[i] == KEY_CODE_BACKSPACE) {
			keys_key_name(keys[i], name, sizeof name);
			diag_add(diags, file, line, "'%s' cannot be a quick_exit key: it edits "
			    "typed lines", name);
			return -1;
		}
	}
	if (!has_key_without_text(keys)) {
		diag_add(diags, file, line, "quick_exit needs a key that types no text (Esc, "
		    "or F1 to F12), so that it works while search words are typed");
		return -1;
	}
	return 0;
}

static int
read_key_list(const struct ini_entry *e, const char *file, int *keys,
    struct diag_list *diags)
{
	char *copy = xstrdup(e->value), *save = NULL;
	int count = 0;

	for (char *word = strtok_r(copy, " ", &save); word; word = strtok_r(NULL, " ", &save)) {
		int key = keys_from_name(word);
		if (key == 0 || count == KEYS_PER_ACTION - 1) {
			diag_add(diags, file, e->line, key == 0 ? "unknown key name '%s'" :
			    "too many keys for one action at '%s'", word);
			free(copy);
			return -1;
		}
		keys[count++] = key;
	}
	free(copy);
	return count;
}

/* "quick_exit = x Esc F12": the listed keys replace the action's keys, and are taken
   from any other action. A quick-exit key is only given away when the file also
   says what the quick exit is now. */
static void
apply_key_binding(struct settings *s, const struct ini_entry *e, const char *file,
    struct key_rules *rules, struct diag_list *diags)
{
	enum action action = action_by_name(e->key);
	int keys[KEYS_PER_ACTION] = { 0 }, count;
	char name[32];

	if (action == ACTION_NONE) {
		diag_add(diags, file, e->line, "unknown action '%s' in [keys]", e->key);
		return;
	}
	if ((count = read_key_list(e, file, keys, diags)) < 0)
		return;
	if (action == ACTION_PANIC &&
	    check_quick_exit_keys(keys, count, file, e->line, diags) != 0)
		return;
	for (int i = 0; i < count && action != ACTION_PANIC && !rules->names_quick_exit; i++) {
		if (keymap_lookup(&s->keys, keys[i]) == ACTION_PANIC) {
			keys_key_name(keys[i], name, sizeof name);
			diag_add(diags, file, e->line, "'%s' is a quick_exit key; to give it to "
			    "'%s', also say which keys quick_exit has (for example: quick_exit "
			    "= F12)", name, e->key);
			return;
		}
	}
	for (int i = 0; i < count; i++)
		if (unbind_key(&s->keys, keys[i]) == ACTION_PANIC && action != ACTION_PANIC &&
		    !has_key_without_text(s->keys.keys[ACTION_PANIC]))
			rules->took_quick_exit = e->line;
	memcpy(s->keys.keys[action], keys, sizeof keys);
	if (action == ACTION_PANIC)
		rules->took_quick_exit = 0;
}

static int
names_quick_exit(const struct ini_doc *doc)
{
	for (size_t i = 0; i < doc->count; i++)
		if (strcmp(doc->sections[i].name, "keys") == 0)
			for (size_t j = 0; j < doc->sections[i].count; j++)
				if (strcmp(doc->sections[i].entries[j].key, "quick_exit") == 0)
					return 1;
	return 0;
}

size_t
config_load(struct settings *s, const char *path, int required, struct diag_list *diags)
{
	size_t before = diags->count;
	struct key_rules rules = { 0, 0 };
	struct ini_doc doc;

	if (!required && access(path, F_OK) != 0)
		return 0;
	ini_doc_load(&doc, path, 1, diags);
	rules.names_quick_exit = !doc.broken && names_quick_exit(&doc);
	for (size_t i = 0; !doc.broken && i < doc.count; i++) {
		const struct ini_section *sec = &doc.sections[i];
		int is_haven = strcmp(sec->name, "haven") == 0;
		if (!is_haven && strcmp(sec->name, "keys") != 0) {
			diag_add(diags, doc.path, sec->line, "unknown section [%s] (known: [haven], "
			    "[keys])", sec->name);
			continue;
		}
		for (size_t j = 0; j < sec->count; j++) {
			if (is_haven)
				apply_haven_key(s, &sec->entries[j], doc.path, diags);
			else
				apply_key_binding(s, &sec->entries[j], doc.path, &rules, diags);
		}
	}
	if (rules.took_quick_exit != 0)
		diag_add(diags, doc.path, rules.took_quick_exit, "this leaves quick_exit no key "
		    "that works while search words are typed; give it one (for example: "
		    "quick_exit = Esc F12)");
	ini_doc_free(&doc);
	return diags->count - before;
}
