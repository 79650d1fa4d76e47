/* keys.c: the action table, default keys (DESIGN.md section 4) and key names. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "i18n.h"
#include "keys.h"

struct action_info {
	const char *name;
	const char *help;
	int keys[KEYS_PER_ACTION];
};

static const struct action_info actions[ACTION_COUNT] = {
	[ACTION_NONE] = { NULL, NULL, { 0 } },
	[ACTION_NEXT] = { "next", N_("move to the next choice"),
		{ KEY_CODE_DOWN, 'j', 0 } },
	[ACTION_PREVIOUS] = { "previous", N_("move to the previous choice"),
		{ KEY_CODE_UP, 'k', 0 } },
	[ACTION_OPEN] = { "open", N_("open the selected choice (or type its number)"),
		{ KEY_CODE_ENTER, KEY_CODE_RIGHT, 'l', 0 } },
	[ACTION_BACK] = { "back", N_("go back to the page before"),
		{ KEY_CODE_LEFT, 'h', KEY_CODE_BACKSPACE, 'b', 0 } },
	[ACTION_HOME] = { "home", N_("go to the start page"),
		{ 'g', KEY_CODE_HOME, 0 } },
	[ACTION_SCROLL_DOWN] = { "scroll_down", N_("scroll the text down one screen"),
		{ KEY_CODE_PAGE_DOWN, ' ', 0 } },
	[ACTION_SCROLL_UP] = { "scroll_up", N_("scroll the text up one screen"),
		{ KEY_CODE_PAGE_UP, 0 } },
	[ACTION_END] = { "end", N_("go to the end of the page"),
		{ KEY_CODE_END, 'G', 0 } },
	[ACTION_SEARCH] = { "search", N_("search the guide for words"),
		{ '/', 0 } },
	[ACTION_SEARCH_NEXT] = { "search_next", N_("go to the next search result"),
		{ 'n', 0 } },
	[ACTION_SEARCH_PREVIOUS] = { "search_previous", N_("go to the previous search result"),
		{ 'N', 0 } },
	[ACTION_HELP] = { "help", N_("show this help"),
		{ '?', KEY_CODE_F1, 0 } },
	[ACTION_ABOUT] = { "about", N_("about this guide: general information, not legal advice"),
		{ 'i', 0 } },
	[ACTION_LANGUAGE] = { "language", N_("switch language, keeping the page"),
		{ 'L', 0 } },
	[ACTION_DEFINE] = { "define", N_("list the court words this page uses, with their meaning"),
		{ 'd', 0 } },
	[ACTION_REPEAT] = { "repeat", N_("show the page again"),
		{ 'r', 0 } },
	[ACTION_QUIT] = { "quit", N_("quit"),
		{ 'q', 0 } },
	[ACTION_PANIC] = { "quick_exit", N_("quick exit: the guide vanishes from the screen "
		"and haven ends at once"),
		{ 'x', KEY_CODE_ESCAPE, 0 } },
};

static const struct {
	const char *name;
	int key;
} key_names[] = {
	{ "Up", KEY_CODE_UP }, { "Down", KEY_CODE_DOWN }, { "Left", KEY_CODE_LEFT },
	{ "Right", KEY_CODE_RIGHT }, { "PgUp", KEY_CODE_PAGE_UP },
	{ "PgDn", KEY_CODE_PAGE_DOWN }, { "Home", KEY_CODE_HOME }, { "End", KEY_CODE_END },
	{ "Backspace", KEY_CODE_BACKSPACE }, { "Enter", KEY_CODE_ENTER },
	{ "Esc", KEY_CODE_ESCAPE }, { "Tab", KEY_CODE_TAB }, { "Space", ' ' },
};

const char *
action_name(enum action action)
{
	return action > ACTION_NONE && action < ACTION_COUNT ? actions[action].name : NULL;
}

const char *
action_help(enum action action)
{
	return action > ACTION_NONE && action < ACTION_COUNT ? actions[action].help : NULL;
}

enum action
action_by_name(const char *name)
{
	for (int a = ACTION_NONE + 1; a < ACTION_COUNT; a++)
		if (actions[a].name != NULL && strcmp(actions[a].name, name) == 0)
			return (enum action)a;
	return ACTION_NONE;
}

void
keymap_default(struct keymap *map)
{
	for (int a = 0; a < ACTION_COUNT; a++)
		memcpy(map->keys[a], actions[a].keys, sizeof map->keys[a]);
}

enum action
keymap_lookup(const struct keymap *map, int key)
{
	for (int a = ACTION_NONE + 1; a < ACTION_COUNT; a++)
		for (int i = 0; i < KEYS_PER_ACTION && map->keys[a][i] != 0; i++)
			if (map->keys[a][i] == key)
				return (enum action)a;
	return ACTION_NONE;
}

int
key_from_name(const char *name)
{
	ucs4_t uc;
	int n, f;

	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcasecmp(key_names[i].name, name) == 0)
			return key_names[i].key;
	if ((name[0] == 'F' || name[0] == 'f') && sscanf(name + 1, "%d%n", &f, &n) == 1 &&
	    name[1 + n] == '\0' && f >= 1 && f <= 12)
		return KEY_CODE_F1 + f - 1;
	n = u8_mbtouc(&uc, (const uint8_t *)name, strlen(name));
	if (n > 0 && name[n] == '\0' && uc > ' ' && uc != 0x7f && uc != 0xfffd)
		return (int)uc;
	return 0;
}

void
keys_key_name(int key, char *buffer, size_t size)
{
	size_t length = size - 1;

	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (key_names[i].key == key) {
			snprintf(buffer, size, "%s", key_names[i].name);
			return;
		}
	}
	if (key >= KEY_CODE_F1 && key <= KEY_CODE_F12) {
		snprintf(buffer, size, "F%d", key - KEY_CODE_F1 + 1);
		return;
	}
	if (key <= 0 || key >= KEY_CODE_BASE || u8_uctomb((uint8_t *)buffer, (ucs4_t)key,
	    (int)length) <= 0) {
		snprintf(buffer, size, "?");
		return;
	}
	buffer[u8_mblen((const uint8_t *)buffer, length)] = '\0';
}

void
keymap_describe(const struct keymap *map, enum action action, const char *or_word,
    char *buffer, size_t size)
{
	char name[32];
	size_t used = 0;

	buffer[0] = '\0';
	for (int i = 0; i < KEYS_PER_ACTION && map->keys[action][i] != 0 && used < size; i++) {
		int last = i + 1 == KEYS_PER_ACTION || map->keys[action][i + 1] == 0;
		keys_key_name(map->keys[action][i], name, sizeof name);
		used += (size_t)snprintf(buffer + used, size - used, "%s%s",
		    i == 0 ? "" : last ? or_word : ", ", name);
	}
}
