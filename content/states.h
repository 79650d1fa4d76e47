/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* states.h: what the guide knows of each state's rules, one file per state in
   <language>/states/<code>.ini, read only when a reader chooses a state (or the
   checker runs). Each fact belongs to a topic and cites sources of its own file. */
#ifndef HAVEN_STATES_H
#define HAVEN_STATES_H

#include <stddef.h>

#include "diag.h"
#include "guide.h"

enum state_topic {
	STATE_WHO,		/* who may ask the court to end or change the order */
	STATE_RESPONDENT,	/* limits on the restrained person */
	STATE_HEARING,		/* is there a hearing, who must ask for it */
	STATE_DURATION,		/* how long an order lasts; orders with no end date */
	STATE_EXTENSION,	/* extending and renewing */
	STATE_COURT,		/* which court makes and changes the order */
	STATE_TOPIC_COUNT
};

struct state_fact {
	char *text;		/* NULL: no checked fact on this topic */
	char *sources;		/* source IDs of the state's file, separated by commas */
	size_t *source_refs;	/* resolved: indexes into the state's sources */
	size_t source_ref_count;
	int line;
};

struct state {
	char *code;		/* "MI" */
	char *name;		/* "Michigan", "Nueva York" */
	char *aliases;		/* other names a reader may type, by commas ("New York") */
	char *order;		/* the order's local name; NULL: not checked */
	char *site;		/* the official self-help site; NULL: none checked */
	char *checked;		/* when an editor last checked the file, YYYY-MM-DD */
	struct state_fact facts[STATE_TOPIC_COUNT];
	struct source *sources;
	size_t source_count;
	char *folded;		/* name, aliases and code folded for matching, by '\n' */
	const char *file;
	int line;
	int unread;		/* a reader's: facts and sources not read yet */
	int broken;		/* a reader's: they were read and have problems */
};

struct state_list {
	struct state *states;	/* by name */
	size_t count;
	char **files;		/* every file read, owned; states point into it */
	size_t file_count;
	int allow_symlinks;	/* how a reader's facts are read later */
	const char *charset;	/* and converted (NULL: UTF-8) */
};

/* The topic's name in files ("respondent"), and back; -1 for an unknown name. */
const char *state_topic_name(enum state_topic topic);
int state_topic_from_name(const char *name, size_t length);
/* Is code one of the 50 states, DC or PR (upper case)? */
int state_code_known(const char *code);

/* Reads the *.ini files of dir and checks each one. Returns the number of problems added. */
size_t states_load(struct state_list *list, const char *dir, int allow_symlinks,
    struct diag_list *diags);
/* A reader's list: each file's [state] section only (what the list shows and
   matches); a state's facts and sources are read when it is chosen (states_need).
   Problems in [state] sections are added to diags as states_load does. */
size_t states_open(struct state_list *list, const char *dir, int allow_symlinks,
    const char *charset, struct diag_list *diags);
/* Reads and checks state i's facts and sources if not read yet. Returns 0 when they
   can be shown; a state with problems is marked broken (its problems go to diags). */
int states_need(struct state_list *list, size_t i, struct diag_list *diags);
void states_free(struct state_list *list);
/* The state whose code is code (any case), or GUIDE_NONE. */
size_t states_find(const struct state_list *list, const char *code);
/* The states a reader's words name: the code, or the start of the name or of a
   word of it ("tex", "new", "carolina"), ignoring case and accents. found holds
   list->count indexes; returns how many. */
size_t states_match(const struct state_list *list, const char *words, size_t *found);
/* When nothing matches: up to max states whose names are nearest the words (a
   typo, "Texsa"). Returns how many. */
size_t states_close(const struct state_list *list, const char *words, size_t *found,
    size_t max);
/* The checker's comparison of two languages: same states, topics, sources. */
void states_compare(const struct state_list *first, const struct state_list *other,
    const char *other_lang, struct diag_list *diags);
/* Warns of each state checked more than a year before today (YYYY-MM-DD). */
void states_warn_old(const struct state_list *list, const char *today,
    struct diag_list *warnings);
/* Rewrites the states' text for charset (see guide_for_charset). */
void states_for_charset(struct state_list *list, const char *charset);

#endif
