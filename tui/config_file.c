/* config.c: reads [haven] and [keys] from the config file into settings. Every
   unknown section, key or value is an error with its file and line: a deployer who
   mistypes "quick_exit" must find out, not get a guide without a quick exit. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "config_file.h"
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
	else if (strcmp(e->key, "lang") == 0 && strlen(e->value) < sizeof s->lang)
		strcpy(s->lang, e->value);
	else if (strcmp(e->key, "mode") == 0 || strcmp(e->key, "wipe_scrollback") == 0 ||
	    strcmp(e->key, "colours") == 0 || strcmp(e->key, "lang") == 0)
		diag_add(diags, file, e->line, "invalid value '%s' for '%s'", e->value, e->key);
	else
		diag_add(diags, file, e->line, "unknown key '%s' in [haven] (known: mode, lang, "
		    "colours, wipe_scrollback)", e->key);
}

static void
unbind_key(struct keymap *map, int key)
{
	for (int a = 0; a < ACTION_COUNT; a++) {
		int out = 0;
		for (int i = 0; i < KEYS_PER_ACTION; i++)
			if (map->keys[a][i] != key)
				map->keys[a][out++] = map->keys[a][i];
		while (out < KEYS_PER_ACTION)
			map->keys[a][out++] = 0;
	}
}

/* "quick_exit = x Esc F12": the listed keys replace the action's keys. */
static void
apply_key_binding(struct settings *s, const struct ini_entry *e, const char *file,
    struct diag_list *diags)
{
	enum action action = action_by_name(e->key);
	char *copy = xstrdup(e->value), *save = NULL;
	int keys[KEYS_PER_ACTION] = { 0 }, count = 0;

	if (action == ACTION_NONE) {
		diag_add(diags, file, e->line, "unknown action '%s' in [keys]", e->key);
		free(copy);
		return;
	}
	for (char *word = strtok_r(copy, " ", &save); word; word = strtok_r(NULL, " ", &save)) {
		int key = key_from_name(word);
		if (key == 0 || count == KEYS_PER_ACTION - 1) {
			diag_add(diags, file, e->line, key == 0 ? "unknown key name '%s'" :
			    "too many keys for one action at '%s'", word);
			free(copy);
			return;
		}
		keys[count++] = key;
	}
	free(copy);
	if (count == 0 && action == ACTION_PANIC) {
		diag_add(diags, file, e->line, "quick_exit needs at least one key");
		return;
	}
	for (int i = 0; i < count; i++)
		unbind_key(&s->keys, keys[i]);
	memcpy(s->keys.keys[action], keys, sizeof keys);
}

size_t
config_load(struct settings *s, const char *path, int required, struct diag_list *diags)
{
	size_t before = diags->count;
	struct ini_doc doc;

	if (!required && access(path, F_OK) != 0)
		return 0;
	ini_doc_load(&doc, path, diags);
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
				apply_key_binding(s, &sec->entries[j], doc.path, diags);
		}
	}
	ini_doc_free(&doc);
	return diags->count - before;
}
