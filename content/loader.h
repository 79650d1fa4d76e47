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

/* Builds a guide from INI files already read (the loader's core, used by the fuzzer). */
struct ini_doc;
void guide_build(struct guide *guide, const char *dir, const char *const *placeholders,
    struct ini_doc *docs, size_t count, struct diag_list *diags);

/* The *.ini files in dir, as "dir/name", sorted by name (*count of them; caller frees
   each and the array). A folder that cannot be opened is a problem in diags. */
char **loader_list_ini_files(const char *dir, size_t *count, struct diag_list *diags);

/* Reads a [source.ID] section into s (which it initialises). */
struct ini_doc;
struct ini_section;
void loader_read_source(struct source *s, const struct ini_doc *doc,
    const struct ini_section *sec, const char *file, struct diag_list *diags);

#endif
