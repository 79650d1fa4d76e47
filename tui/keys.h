/* keys.h: the actions a reader can take and the keys bound to them. One table serves
   both modes, the config file and the help screen, so help never disagrees with the
   keys. Pure: no terminal. */
#ifndef HAVEN_KEYS_H
#define HAVEN_KEYS_H

#include <stddef.h>

enum action {
	ACTION_NONE,
	ACTION_NEXT,
	ACTION_PREVIOUS,
	ACTION_OPEN,
	ACTION_BACK,
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
	ACTION_REPEAT,
	ACTION_QUIT,
	ACTION_PANIC,
	ACTION_COUNT
};

/* Keys beyond Unicode, so any character can also be a key. */
enum {
	KEY_CODE_BASE = 0x110000,
	KEY_CODE_UP, KEY_CODE_DOWN, KEY_CODE_LEFT, KEY_CODE_RIGHT,
	KEY_CODE_PAGE_UP, KEY_CODE_PAGE_DOWN, KEY_CODE_HOME, KEY_CODE_END,
	KEY_CODE_BACKSPACE, KEY_CODE_ENTER, KEY_CODE_ESCAPE, KEY_CODE_TAB,
	KEY_CODE_F1, KEY_CODE_F12 = KEY_CODE_F1 + 11
};

#define KEYS_PER_ACTION 8

struct keymap {
	int keys[ACTION_COUNT][KEYS_PER_ACTION];	/* 0 ends a list */
};

/* The action's name in the config file ("quick_exit"), or NULL. */
const char *action_name(enum action action);
/* What the action does, in words (untranslated msgid; pass through gettext). */
const char *action_help(enum action action);
enum action action_by_name(const char *name);

void keymap_default(struct keymap *map);
enum action keymap_lookup(const struct keymap *map, int key);
/* Reads a key name ("x", "Esc", "PgDn", "F1", "?"); returns 0 if unknown. */
int key_from_name(const char *name);
/* Writes the key's name, for help and hints. */
void keys_key_name(int key, char *buffer, size_t size);
/* "x or Esc": the keys of an action joined for a hint line. */
void keymap_describe(const struct keymap *map, enum action action, const char *or_word,
    char *buffer, size_t size);

#endif
