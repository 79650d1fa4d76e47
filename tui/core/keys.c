/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* keys.c: the action table (DESIGN.md section 4), default keys and key names. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "i18n.h"
#include "keys.h"
#include "text.h"
#include "xalloc.h"

struct action_info {
	const char *name;
	const char *help;
	const char *prompt;	/* its word in the linear prompt, or NULL */
	int modes;
	int keys[KEYS_PER_ACTION];
};

/* The order here is the order of both help screens. */
static const struct action_info actions[ACTION_COUNT] = {
	[ACTION_NONE] = { NULL, NULL, NULL, 0, { 0 } },
	[ACTION_NEXT] = { "next", N_("move to the next choice"), NULL, KEYS_FULLSCREEN,
		{ KEY_CODE_DOWN, 'j', 0 } },
	[ACTION_PREVIOUS] = { "previous", N_("move to the previous choice"), NULL,
		KEYS_FULLSCREEN, { KEY_CODE_UP, 'k', 0 } },
	[ACTION_OPEN] = { "open", N_("open the selected choice (or type its number)"), NULL,
		KEYS_FULLSCREEN, { KEY_CODE_ENTER, KEY_CODE_RIGHT, 'l', 0 } },
	[ACTION_TICK] = { "tick", N_("tick or untick the selected checklist item; "
		"elsewhere, scroll down"), NULL, KEYS_FULLSCREEN, { ' ', 0 } },
	[ACTION_BACK] = { "back", N_("go back to the page before"), N_("back"), KEYS_BOTH,
		{ 'b', KEY_CODE_LEFT, 'h', KEY_CODE_BACKSPACE, 0 } },
	/* 0, as phone menus use it for a person: safety is one key away everywhere. */
	[ACTION_SAFETY] = { "safety", N_("open Safety and help now (911 and hotlines); "
		"back returns to where you were"), N_("safety"), KEYS_BOTH, { '0', 0 } },
	[ACTION_HOME] = { "home", N_("go to the start page"), NULL, KEYS_BOTH,
		{ 'g', KEY_CODE_HOME, 0 } },
	[ACTION_SCROLL_DOWN] = { "scroll_down", N_("scroll the text down one screen"), NULL,
		KEYS_FULLSCREEN, { KEY_CODE_PAGE_DOWN, 0 } },
	[ACTION_SCROLL_UP] = { "scroll_up", N_("scroll the text up one screen"), NULL,
		KEYS_FULLSCREEN, { KEY_CODE_PAGE_UP, 0 } },
	[ACTION_END] = { "end", N_("go to the end of the page"), NULL, KEYS_FULLSCREEN,
		{ KEY_CODE_END, 'G', 0 } },
	[ACTION_SEARCH] = { "search", N_("search the guide for words"), NULL, KEYS_BOTH,
		{ '/', 's', 0 } },
	[ACTION_SEARCH_NEXT] = { "search_next", N_("go to the next search result"), NULL,
		KEYS_BOTH, { 'n', 0 } },
	[ACTION_SEARCH_PREVIOUS] = { "search_previous", N_("go to the previous search result"),
		NULL, KEYS_BOTH, { 'N', 0 } },
	[ACTION_HELP] = { "help", N_("show this help"),
		N_("help"), KEYS_BOTH, { '?', KEY_CODE_F1, 0 } },
	[ACTION_ABOUT] = { "about", N_("about this guide: general information, not legal advice"),
		NULL, KEYS_BOTH, { 'i', 0 } },
	[ACTION_LANGUAGE] = { "language", N_("switch language, keeping the page"), NULL,
		KEYS_BOTH, { 'L', 0 } },
	[ACTION_DEFINE] = { "define", N_("list the court words this page uses, with their meaning"),
		NULL, KEYS_BOTH, { 'd', 0 } },
	[ACTION_SOURCES] = { "sources", N_("list the sources for this page: who published "
		"each fact, and where to read it"), NULL, KEYS_BOTH, { 'c', 0 } },
	[ACTION_REPEAT] = { "repeat", N_("show the page again"), NULL, KEYS_LINEAR,
		{ 'r', 0 } },
	[ACTION_QUIT] = { "quit", N_("quit (from help, results or court words: return to the page)"), NULL,
		KEYS_BOTH, { 'q', 0 } },
	[ACTION_PANIC] = { "quick_exit", N_("quick exit: the guide vanishes from the screen "
		"and haven ends at once"), N_("quick exit"), KEYS_BOTH,
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

static int
valid_action(enum action action)
{
	return action > ACTION_NONE && action < ACTION_COUNT;
}

const char *
action_name(enum action action)
{
	return valid_action(action) ? actions[action].name : NULL;
}

const char *
action_help(enum action action)
{
	return valid_action(action) ? actions[action].help : NULL;
}

const char *
action_prompt_word(enum action action)
{
	return valid_action(action) ? actions[action].prompt : NULL;
}

int
action_modes(enum action action)
{
	return valid_action(action) ? actions[action].modes : 0;
}

enum action
action_by_name(const char *name)
{
	for (int a = ACTION_NONE + 1; a < ACTION_COUNT; a++)
		if (strcmp(actions[a].name, name) == 0)
			return (enum action)a;
	return ACTION_NONE;
}

const char *const *
keys_placeholder_names(void)
{
	static const char *names[ACTION_COUNT];

	if (names[0] == NULL)
		for (int a = ACTION_NONE + 1; a < ACTION_COUNT; a++)
			names[a - 1] = actions[a].name;
	return names;
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
keys_is_text(int key)
{
	return key > 0 && key < KEY_CODE_BASE;
}

int
keys_is_quick_exit(const struct keymap *map, int key, int typing_words)
{
	if (keymap_lookup(map, key) != ACTION_PANIC)
		return 0;
	return !typing_words || !keys_is_text(key);
}

int
keys_from_name(const char *name)
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
	if (n > 0 && name[n] == '\0' && uc > ' ' && uc != 0x7f && uc != 0xfffd &&
	    (uc < 0x80 || uc >= 0xa0))
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

/* In linear mode Enter and Backspace edit the typed line, so they act as nothing
   else there. */
static int
key_works_in(int key, enum action action, int modes)
{
	if ((actions[action].modes & modes) == 0)
		return 0;
	if (modes == KEYS_LINEAR && (key == KEY_CODE_ENTER || key == KEY_CODE_BACKSPACE))
		return 0;
	return 1;
}

int
keymap_first_key(const struct keymap *map, enum action action, int modes)
{
	for (int i = 0; valid_action(action) && i < KEYS_PER_ACTION && map->keys[action][i];
	    i++)
		if (key_works_in(map->keys[action][i], action, modes))
			return map->keys[action][i];
	return 0;
}

/* The keys of action that work in modes, in order, at most max; returns how many. */
static size_t
keymap_usable(const struct keymap *map, enum action action, int modes, int *keys,
    size_t max)
{
	size_t count = 0;

	for (int i = 0; valid_action(action) && i < KEYS_PER_ACTION && map->keys[action][i];
	    i++)
		if (key_works_in(map->keys[action][i], action, modes) && count < max)
			keys[count++] = map->keys[action][i];
	return count;
}

/* Keys whose written name a speech synthesizer says badly ("Esc" is "esk", "?" is
   silent), in words. */
static const struct {
	int key;
	const char *words;
} spoken_names[] = {
	{ KEY_CODE_ESCAPE, N_("Escape") }, { '?', N_("question mark") },
	{ '/', N_("slash") }, { ' ', N_("Space") }, { KEY_CODE_PAGE_DOWN, N_("Page Down") },
	{ KEY_CODE_PAGE_UP, N_("Page Up") }, { KEY_CODE_UP, N_("Up arrow") },
	{ KEY_CODE_DOWN, N_("Down arrow") }, { KEY_CODE_LEFT, N_("Left arrow") },
	{ KEY_CODE_RIGHT, N_("Right arrow") },
};

void
keys_say_name(int key, int spoken, char *buffer, size_t size)
{
	for (size_t i = 0; spoken && i < sizeof spoken_names / sizeof spoken_names[0]; i++)
		if (spoken_names[i].key == key) {
			snprintf(buffer, size, "%s", _(spoken_names[i].words));
			return;
		}
	keys_key_name(key, buffer, size);
}

void
keymap_describe(const struct keymap *map, enum action action, int modes, int spoken,
    const char *or_word, char *buffer, size_t size)
{
	int usable[KEYS_PER_ACTION];
	size_t count = keymap_usable(map, action, modes, usable, KEYS_PER_ACTION);
	char name[64];
	size_t used = 0;

	buffer[0] = '\0';
	for (size_t i = 0; i < count && used < size; i++) {
		keys_say_name(usable[i], spoken, name, sizeof name);
		used += (size_t)snprintf(buffer + used, size - used, "%s%s",
		    i == 0 ? "" : i + 1 == count ? or_word : ", ", name);
	}
}

char *
keymap_fill(const struct keymap *map, const char *text, const char *or_word)
{
	size_t capacity = strlen(text) + 1, used = 0;
	char *out = xmalloc(capacity);

	for (const char *p = text; *p != '\0';) {
		size_t n = text_placeholder(p);
		char name[32], keys[128];
		enum action action = ACTION_NONE;
		const char *piece = p;
		size_t piece_length = 1;

		if (n > 0 && n < sizeof name) {
			memcpy(name, p + 1, n);
			name[n] = '\0';
			action = action_by_name(name);
		}
		if (action != ACTION_NONE) {
			keymap_describe(map, action, KEYS_BOTH, 0, or_word, keys, sizeof keys);
			piece = keys;
			piece_length = strlen(keys);
			p += n + 2;
		} else {
			p++;
		}
		if (used + piece_length + 1 > capacity) {
			capacity = (used + piece_length + 1) * 2;
			out = xreallocarray(out, capacity, 1);
		}
		memcpy(out + used, piece, piece_length);
		used += piece_length;
	}
	out[used] = '\0';
	return out;
}
