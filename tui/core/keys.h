/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* keys.h: the actions a reader can take and the keys bound to them. One table gives,
   for each action, its config name, its default keys, the modes that have it and its
   words for help and the prompt; the keymap, the config file, both help screens, the
   linear prompt, the bottom bar and every "press ..." text come from it, so none of
   them can disagree with the keys. Pure: no terminal. */
#ifndef HAVEN_KEYS_H
#define HAVEN_KEYS_H

#include <stddef.h>

enum action {
	ACTION_NONE,
	ACTION_NEXT,
	ACTION_PREVIOUS,
	ACTION_OPEN,
	ACTION_TICK,
	ACTION_BACK,
	ACTION_SAFETY,
	ACTION_HOME,
	ACTION_SCROLL_DOWN,
	ACTION_SCROLL_UP,
	ACTION_END,
	ACTION_SEARCH,
	ACTION_SEARCH_NEXT,
	ACTION_SEARCH_PREVIOUS,
	ACTION_HELP,
	ACTION_ABOUT,
	ACTION_LANGUAGE,
	ACTION_DEFINE,
	ACTION_SOURCES,
	ACTION_REPEAT,
	ACTION_QUIT,
	ACTION_PANIC,
	ACTION_COUNT
};

/* The modes an action exists in. */
enum {
	KEYS_FULLSCREEN = 1,
	KEYS_LINEAR = 2,
	KEYS_BOTH = KEYS_FULLSCREEN | KEYS_LINEAR
};

/* Keys beyond Unicode, so any character can also be a key. */
enum {
	KEY_CODE_BASE = 0x110000,
	KEY_CODE_UP, KEY_CODE_DOWN, KEY_CODE_LEFT, KEY_CODE_RIGHT,
	KEY_CODE_PAGE_UP, KEY_CODE_PAGE_DOWN, KEY_CODE_HOME, KEY_CODE_END,
	KEY_CODE_BACKSPACE, KEY_CODE_ENTER, KEY_CODE_ESCAPE, KEY_CODE_TAB,
	KEY_CODE_INTERRUPT,	/* Ctrl-C: a normal quit */
	KEY_CODE_END_OF_INPUT,	/* Ctrl-D */
	KEY_CODE_F1, KEY_CODE_F12 = KEY_CODE_F1 + 11
};

#define KEYS_PER_ACTION 8

struct keymap {
	int keys[ACTION_COUNT][KEYS_PER_ACTION];	/* 0 ends a list */
};

/* The action's name in the config file and in guide placeholders ("quick_exit"), or
   NULL. */
const char *action_name(enum action action);
/* What the action does, in words (untranslated msgid; pass through gettext). */
const char *action_help(enum action action);
/* Its word in the linear prompt ("back"; untranslated msgid), or NULL. */
const char *action_prompt_word(enum action action);
/* KEYS_FULLSCREEN, KEYS_LINEAR or both. */
int action_modes(enum action action);
enum action action_by_name(const char *name);
/* The names a guide may use as placeholders, NULL-terminated (static). */
const char *const *keys_placeholder_names(void);

void keymap_default(struct keymap *map);
enum action keymap_lookup(const struct keymap *map, int key);
/* Is key a character that types text (a letter, a digit, Space), not a function key? */
int keys_is_text(int key);
/* The one answer to "is this the quick exit here?": key is bound to the quick exit,
   and while words are being typed, it is not a key that types text. */
int keys_is_quick_exit(const struct keymap *map, int key, int typing_words);
/* Reads a key name ("x", "Esc", "PgDn", "F1", "?"); returns 0 if unknown. */
int keys_from_name(const char *name);
/* Writes the key's name, for help and hints. */
void keys_key_name(int key, char *buffer, size_t size);
/* "x or Esc": the keys of an action that work in modes (KEYS_*), joined for a hint
   line; "" when none does. */
/* The key's name as keys_key_name writes it, or with spoken, in words a speech
   synthesizer says well ("Escape", "question mark"; translated). */
void keys_say_name(int key, int spoken, char *buffer, size_t size);
void keymap_describe(const struct keymap *map, enum action action, int modes, int spoken,
    const char *or_word, char *buffer, size_t size);
/* The first key of an action that works in modes, or 0. */
int keymap_first_key(const struct keymap *map, enum action action, int modes);
/* text with every "{action}" replaced by that action's keys ("x or Esc"); caller
   frees. An unknown name is left as it is (the checker reports it). */
char *keymap_fill(const struct keymap *map, const char *text, const char *or_word);

#endif
