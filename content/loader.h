/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* loader.h: builds a guide from the INI files of one language folder. */
#ifndef HAVEN_LOADER_H
#define HAVEN_LOADER_H

#include "diag.h"
#include "guide.h"

/* Loads every *.ini file in dir (in name order) and validates the result. Returns the
   guide (never NULL) and adds every problem found to diags; a guide with problems must
   not be shown to anyone. */
struct guide *guide_load(const char *dir, const struct guide_options *options,
    struct diag_list *diags);

/* A reader's guide: the outline of every file in dir, [guide], and what the first
   screen needs (the start page and its parents); every other part, the glossary too,
   is read when first needed (below). Problems are added to diags; a guide with any must not
   be shown. */
struct guide *guide_open(const char *dir, const struct guide_options *options,
    struct diag_list *diags);
/* The same for the files named (the guide takes the array and its strings; the
   fuzzer's are memfds). dir names the guide in guide-wide messages. */
struct guide *guide_open_files(const char *dir, char **files, size_t count,
    const struct guide_options *options, struct diag_list *diags);
/* Reads a part of a reader's guide if it is not read yet (nothing to do for the
   checker's). Returns 0 when it can be shown; its problems are added to diags once,
   and a page with any is marked broken (PART_BROKEN). */
int guide_need_page(struct guide *guide, size_t page, struct diag_list *diags);
/* The glossary's terms, from the glossary page's lines as they stand, for a screen
   to learn whether it needs the glossary before loading it; NULL when there is
   no unread glossary or that is not cheaper (text converted to another charset may
   spell a word differently from its file). Free it with glossary_free. */
struct glossary *guide_glossary_hints(struct guide *guide);
int guide_need_resource(struct guide *guide, size_t resource, struct diag_list *diags);
/* What a screen showing page needs: the page, its parents (their titles say where
   the reader is) and the pages its unlabelled choices name. */
int guide_need_view(struct guide *guide, size_t page, struct diag_list *diags);
/* The sources page cites, for its sources view. */
void guide_need_sources(struct guide *guide, size_t page, struct diag_list *diags);
/* Every part (a search reads every page). */
void guide_need_all(struct guide *guide, struct diag_list *diags);

/* Builds a guide from INI files already read (the loader's core, used by the fuzzer). */
struct ini_doc;
void guide_build(struct guide *guide, const char *dir, const char *const *placeholders,
    struct ini_doc *docs, size_t count, struct diag_list *diags);

/* Is name a guide file's: "*.ini", not hidden? */
int loader_is_ini_name(const char *name);
/* The *.ini files in dir, as "dir/name", sorted by name (*count of them; caller frees
   each and the array). A folder that cannot be opened is a problem in diags. */
char **loader_list_ini_files(const char *dir, size_t *count, struct diag_list *diags);

/* Reads a [source.ID] section into s (which it initialises). */
struct ini_doc;
struct ini_section;
void loader_read_source(struct source *s, const struct ini_doc *doc,
    const struct ini_section *sec, const char *file, struct diag_list *diags);

#endif
