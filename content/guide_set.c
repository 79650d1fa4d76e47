/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* guide_set.c: loads the language folders of a guide and checks that they agree. */
#include <config.h>

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#if defined HAVE_MALLOC_H
#include <malloc.h>
#endif

#include "guide_set.h"
#include "loader.h"
#include "sources.h"
#include "states.h"
#include "xalloc.h"

/* A language folder is named by a code of two or three lower-case letters. */
static int
is_language_code(const char *name)
{
	size_t n = strlen(name);

	if (n < 2 || n > 3)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!islower((unsigned char)name[i]))
			return 0;
	return 1;
}

static int
compare_codes(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;

	if (strcmp(x, "en") == 0 || strcmp(y, "en") == 0)
		return strcmp(y, "en") == 0 ? (strcmp(x, "en") == 0 ? 0 : 1) : -1;
	return strcmp(x, y);
}

/* The INI files of a folder, or NULL when it has none (or cannot be read). */
static char **
folder_ini_files(const char *dir, size_t *count)
{
	struct diag_list ignored;	/* (a folder that cannot be read has no guide) */
	char **files;

	diag_init(&ignored);
	files = loader_list_ini_files(dir, count, &ignored);
	diag_free(&ignored);
	return files;
}

static void
free_names(char **names, size_t count)
{
	for (size_t i = 0; names != NULL && i < count; i++)
		free(names[i]);
	free(names);
}

/* The language folders of dir, sorted (English first); 0 when dir holds INI files
   itself, which makes it one language folder. */
static char **
list_language_folders(const char *dir, size_t *count, int *has_ini)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **codes = NULL;

	*count = 0;
	*has_ini = 0;
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (loader_is_ini_name(e->d_name))
			*has_ini = 1;
		if (!is_language_code(e->d_name))
			continue;
		codes = xreallocarray(codes, *count + 1, sizeof *codes);
		codes[(*count)++] = xstrdup(e->d_name);
	}
	if (d != NULL)
		closedir(d);
	if (*has_ini) {
		free_names(codes, *count);
		*count = 0;
		return NULL;
	}
	if (*count > 1)
		qsort(codes, *count, sizeof *codes, compare_codes);
	return codes;
}

/* files (from folder_ini_files) are kept for the language's first load. */
static void
add_language(struct guide_set *set, const char *code, const char *dir, char **files,
    size_t file_count)
{
	set->guides = xreallocarray(set->guides, set->count + 1, sizeof *set->guides);
	set->codes = xreallocarray(set->codes, set->count + 1, sizeof *set->codes);
	set->dirs = xreallocarray(set->dirs, set->count + 1, sizeof *set->dirs);
	set->files = xreallocarray(set->files, set->count + 1, sizeof *set->files);
	set->file_counts = xreallocarray(set->file_counts, set->count + 1,
	    sizeof *set->file_counts);
	set->guides[set->count] = NULL;
	set->codes[set->count] = code != NULL ? xstrdup(code) : NULL;
	set->files[set->count] = files;
	set->file_counts[set->count] = file_count;
	set->dirs[set->count++] = xstrdup(dir);
}

static int
same_text(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static const char *
lang_of(const struct guide *guide)
{
	return guide->lang != NULL ? guide->lang : "?";
}

/* A fact cited in one language is cited from the same page in every other: the
   address and the date it shows cannot differ (compared once, from first). */
static void
check_source_parity(const struct guide *first, const struct guide *other,
    int compare, struct diag_list *diags)
{
	for (size_t i = 0; i < first->source_count; i++) {
		const struct source *a = &first->sources[i];
		size_t j = guide_find_source(other, a->id);
		if (j == GUIDE_NONE) {
			diag_add(diags, a->file, a->line, "source '%s' has no '%s' version", a->id,
			    lang_of(other));
			continue;
		}
		const struct source *b = &other->sources[j];
		if (compare && !sources_same_page(a, b))
			diag_add(diags, b->file, b->line, "source '%s': address or date differs from "
			    "the '%s' version (%s:%d)", a->id, lang_of(first), a->file, a->line);
	}
}

/* Every language must hold the same pages and the same numbers: a reader who switches
   language must land on the same page and never see a different phone number. */
static void
check_parity(const struct guide *first, const struct guide *other, struct diag_list *diags)
{
	for (size_t i = 0; i < first->page_count; i++)
		if (guide_find_page(other, first->pages[i].id) == GUIDE_NONE)
			diag_add(diags, first->pages[i].file, first->pages[i].line,
			    "page '%s' has no '%s' version", first->pages[i].id, lang_of(other));
	for (size_t i = 0; i < other->page_count; i++)
		if (guide_find_page(first, other->pages[i].id) == GUIDE_NONE)
			diag_add(diags, other->pages[i].file, other->pages[i].line,
			    "page '%s' has no '%s' version", other->pages[i].id, lang_of(first));
	for (size_t i = 0; i < first->resource_count; i++) {
		const struct resource *a = &first->resources[i];
		size_t j = guide_find_resource(other, a->id);
		if (j == GUIDE_NONE) {
			diag_add(diags, a->file, a->line, "resource '%s' has no '%s' version",
			    a->id, lang_of(other));
			continue;
		}
		const struct resource *b = &other->resources[j];
		if (!same_text(a->phone, b->phone) || !same_text(a->tty, b->tty))
			diag_add(diags, b->file, b->line, "resource '%s': phone or TTY number differs "
			    "from the '%s' version (%s:%d)", a->id, lang_of(first), a->file, a->line);
	}
	check_source_parity(first, other, 1, diags);
	check_source_parity(other, first, 0, diags);
}

static void
check_language_code(const struct guide *guide, const char *code, const char *dir,
    struct diag_list *diags)
{
	if (guide->lang != NULL && strcmp(guide->lang, code) != 0)
		diag_add(diags, guide->guide_file ? guide->guide_file : dir, guide->guide_line,
		    "[guide] lang '%s' does not match its folder name '%s'", guide->lang, code);
}

size_t
guide_set_open(struct guide_set *set, const char *dir, const struct guide_options *options,
    struct diag_list *diags)
{
	size_t before = diags->count, count, file_count;
	int has_ini;
	char **codes;

	memset(set, 0, sizeof *set);
	set->options = *options;
	diag_init(&set->warnings);
	/* A folder of language folders is listed once, and so is each language folder:
	   the files found there are the ones its first load reads. */
	codes = list_language_folders(dir, &count, &has_ini);
	if (has_ini) {
		char **files = folder_ini_files(dir, &file_count);
		add_language(set, NULL, dir, files, file_count);	/* its code comes from
									   its [guide] */
		return 0;
	}
	for (size_t i = 0; i < count; i++) {
		char *path = xasprintf("%s/%s", dir, codes[i]);
		char **files = folder_ini_files(path, &file_count);
		/* A folder without INI files is a language not written yet, not an
		   error. */
		if (files != NULL)
			add_language(set, codes[i], path, files, file_count);
		free(path);
	}
	free_names(codes, count);
	if (set->count == 0)
		diag_add(diags, dir, 0, "no guide here: expected *.ini files or language folders "
		    "such as en/");
	return diags->count - before;
}

/* Loads language i and checks it is what its folder says (a single language folder
   takes its code from its [guide]). */
static struct guide *
load_language(struct guide_set *set, size_t i, struct diag_list *diags)
{
	struct guide_options options = set->options;
	struct guide *guide;
	char **files;
	size_t file_count;

	/* The checker reads every file at once; a reader what each screen needs. */
	options.charset = set->charset;
	/* The file list found at open serves the first load; a later one (after L
	   freed the language) lists the folder again. */
	files = set->files[i];
	file_count = set->file_counts[i];
	set->files[i] = NULL;
	set->file_counts[i] = 0;
	if (options.checking) {
		free_names(files, file_count);
		guide = guide_load(set->dirs[i], &options, diags);
	} else if (files != NULL) {
		guide = guide_open_files(set->dirs[i], files, file_count, &options, diags);
	} else {
		guide = guide_open(set->dirs[i], &options, diags);
	}

	if (set->codes[i] != NULL)
		check_language_code(guide, set->codes[i], set->dirs[i], diags);
	else if (guide->lang != NULL)
		set->codes[i] = xstrdup(guide->lang);
	return guide;
}

struct guide *
guide_set_get(struct guide_set *set, size_t i, struct diag_list *diags)
{
	size_t before = diags->count;
	struct guide *guide;

	if (i >= set->count)
		return NULL;
	if (set->guides[i] != NULL)
		return set->guides[i];
	guide = load_language(set, i, diags);
	if (diags->count != before) {
		guide_free(guide);
		return NULL;
	}
	if (set->charset != NULL && set->options.checking)
		guide_for_charset(guide, set->charset);	/* (a reader's converts as it reads) */
	return set->guides[i] = guide;
}

int
guide_set_need(struct guide_set *set, size_t i, size_t page)
{
	struct diag_list diags;
	int broken;

	if (i >= set->count || set->guides[i] == NULL || page >= set->guides[i]->page_count)
		return 1;
	diag_init(&diags);	/* a reader is never shown the checker's words */
	broken = guide_need_view(set->guides[i], page, &diags);
	diag_free(&diags);
	return broken;
}

struct glossary *
guide_set_glossary_hints(struct guide_set *set, size_t i)
{
	if (i >= set->count || set->guides[i] == NULL)
		return NULL;
	return guide_glossary_hints(set->guides[i]);
}

void
guide_set_need_sources(struct guide_set *set, size_t i, size_t page)
{
	struct diag_list diags;

	if (i >= set->count || set->guides[i] == NULL || page >= set->guides[i]->page_count)
		return;
	diag_init(&diags);
	guide_need_sources(set->guides[i], page, &diags);
	diag_free(&diags);
}

void
guide_set_need_all(struct guide_set *set, size_t i)
{
	struct diag_list diags;

	if (i >= set->count || set->guides[i] == NULL)
		return;
	diag_init(&diags);
	guide_need_all(set->guides[i], &diags);
	diag_free(&diags);
}

void
guide_set_release(struct guide_set *set, size_t i)
{
	if (i >= set->count)
		return;
	guide_free(set->guides[i]);
	set->guides[i] = NULL;
#if defined HAVE_MALLOC_TRIM && defined HAVE_MALLOC_H
	/* Its many small pieces lie between what stays; glibc keeps the pages they
	   held unless asked to give them back, and the next language needs fewer. */
	malloc_trim(0);
#endif
}

static struct state_list *
load_states(struct guide_set *set, size_t i, struct diag_list *diags)
{
	struct state_list *list = xcalloc(1, sizeof *list);
	char *dir = xasprintf("%s/states", set->dirs[i]);

	/* The checker reads every state whole; a reader each file's [state] section,
	   and a state's facts once it is chosen. */
	if (set->options.checking)
		states_load(list, dir, set->options.allow_symlinks, diags);
	else
		states_open(list, dir, set->options.allow_symlinks, set->charset, diags);
	free(dir);
	return list;
}

const struct state_list *
guide_set_states(struct guide_set *set, size_t i, struct diag_list *diags)
{
	struct guide *guide = i < set->count ? set->guides[i] : NULL;
	size_t before = diags->count;

	if (guide == NULL || guide->states_page == GUIDE_NONE || guide->states_broken)
		return NULL;
	if (guide->states != NULL)
		return guide->states;
	guide->states = load_states(set, i, diags);
	if (diags->count != before) {
		states_free(guide->states);
		free(guide->states);
		guide->states = NULL;
		guide->states_broken = 1;	/* one plain sentence for the reader, once */
		return NULL;
	}
	if (set->charset != NULL && set->options.checking)
		states_for_charset(guide->states, set->charset);
	return guide->states;
}

int
guide_set_need_state(struct guide_set *set, size_t i, size_t state)
{
	struct guide *guide = i < set->count ? set->guides[i] : NULL;
	struct diag_list diags;
	int broken;

	if (guide == NULL || guide->states == NULL)
		return 1;
	diag_init(&diags);	/* a reader is never shown the checker's words */
	broken = states_need(guide->states, state, &diags);
	diag_free(&diags);
	return broken;
}

/* The checker reads every language's states, problems or not, and compares them. */
static void
check_states(struct guide_set *set, struct diag_list *diags)
{
	for (size_t i = 0; i < set->count; i++) {
		if (set->guides[i]->states_page == GUIDE_NONE)
			continue;
		set->guides[i]->states = load_states(set, i, diags);
		if (set->options.today != NULL)
			states_warn_old(set->guides[i]->states, set->options.today, &set->warnings);
	}
	for (size_t i = 1; i < set->count; i++)
		if (set->guides[0]->states != NULL && set->guides[i]->states != NULL)
			states_compare(set->guides[0]->states, set->guides[i]->states,
			    lang_of(set->guides[i]), diags);
}

size_t
guide_set_load(struct guide_set *set, const char *dir, const struct guide_options *options,
    struct diag_list *diags)
{
	size_t before = diags->count;

	if (guide_set_open(set, dir, options, diags) > 0)
		return diags->count - before;
	/* The checker keeps every guide, problems or not, to compare them. */
	for (size_t i = 0; i < set->count; i++)
		set->guides[i] = load_language(set, i, diags);
	for (size_t i = 1; i < set->count; i++)
		check_parity(set->guides[0], set->guides[i], diags);
	check_states(set, diags);
	return diags->count - before;
}

void
guide_set_free(struct guide_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		guide_free(set->guides[i]);
		free(set->codes[i]);
		free(set->dirs[i]);
		free_names(set->files[i], set->file_counts[i]);
	}
	free(set->guides);
	free(set->files);
	free(set->file_counts);
	free(set->codes);
	free(set->dirs);
	diag_free(&set->warnings);
	memset(set, 0, sizeof *set);
}

size_t
guide_set_find(const struct guide_set *set, const char *lang)
{
	for (size_t i = 0; lang != NULL && i < set->count; i++)
		if (set->codes[i] != NULL && strcmp(set->codes[i], lang) == 0)
			return i;
	return GUIDE_NONE;
}
