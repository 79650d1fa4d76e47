/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* guide_set.h: the guide in every installed language. */
#ifndef HAVEN_GUIDE_SET_H
#define HAVEN_GUIDE_SET_H

#include "diag.h"
#include "guide.h"

struct guide_set {
	struct guide **guides;	/* English first, then by code; NULL until loaded */
	char **codes;		/* language codes: folder names, or the guide's lang */
	char **dirs;
	char ***files;		/* each folder's INI files, until its first load */
	size_t *file_counts;
	size_t count;
	const char *charset;	/* the terminal's: guides are converted as they load */
	struct guide_options options;
	struct diag_list warnings;	/* the checker's: worth a look, not errors */
};

/* dir is either one language folder (it holds *.ini files) or a folder of language
   folders named by code (en, es, ...), read as options say. Loads every language and adds every problem
   to diags, including pages or phone numbers that differ between languages (the
   checker). Returns the number of problems. */
size_t guide_set_load(struct guide_set *set, const char *dir,
    const struct guide_options *options, struct diag_list *diags);
/* Finds the languages of dir without loading any (a reader loads one at a time).
   Returns the number of problems (no language found). */
size_t guide_set_open(struct guide_set *set, const char *dir,
    const struct guide_options *options, struct diag_list *diags);
/* The guide in language i, loaded (and converted to set->charset) on first use.
   NULL if it has problems, which are added to diags. */
struct guide *guide_set_get(struct guide_set *set, size_t i, struct diag_list *diags);
/* A reader's guide is read part by part (loader.h): what showing page of language i
   needs (its guide loaded). Returns 1 when the page cannot be shown (a reader is told
   so in one sentence; the checker names the problem). */
int guide_set_need(struct guide_set *set, size_t i, size_t page);
/* The glossary's terms in language i as its lines stand, read without loading it
   (guide_glossary_hints); NULL: load it to know. */
struct glossary *guide_set_glossary_hints(struct guide_set *set, size_t i);
/* The sources page cites, and every part of language i (for a search). */
void guide_set_need_sources(struct guide_set *set, size_t i, size_t page);
void guide_set_need_all(struct guide_set *set, size_t i);
/* The states of language i (its guide loaded), read on first use from the states/
   folder beside its files and converted to set->charset. NULL when the guide has no
   states page or its state files have problems (added to diags once). */
const struct state_list *guide_set_states(struct guide_set *set, size_t i,
    struct diag_list *diags);
/* A reader's chosen state: its facts and sources, read when first needed. Returns 1
   when they cannot be shown. */
int guide_set_need_state(struct guide_set *set, size_t i, size_t state);
/* Frees language i's guide (a reader who switched away from it); guide_set_get
   reads it again when asked. */
void guide_set_release(struct guide_set *set, size_t i);
void guide_set_free(struct guide_set *set);
/* Index of the language whose code is lang, or GUIDE_NONE. lang is only ever
   compared with the installed codes, never used to build a path. */
size_t guide_set_find(const struct guide_set *set, const char *lang);

#endif
