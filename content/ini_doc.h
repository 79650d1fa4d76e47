/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* ini_doc.h: an INI file as haven sees it: sections and keys in file order, each with
   its line number, values as iniparser read them. The raw lines are checked first, so
   that none of iniparser 4.1's silent losses (cut values, vanished sections, replaced
   duplicates, over-long lines) can reach the guide unnoticed. */
#ifndef HAVEN_INI_DOC_H
#define HAVEN_INI_DOC_H

#include <stddef.h>

#include "diag.h"

/* iniparser 4.1 reads lines into a 1024-byte buffer: 1022 bytes plus newline and NUL. */
#define INI_MAX_LINE 1022
/* No guide or config file comes near this; a bigger one is a mistake or an attack. */
#define INI_MAX_FILE (8u * 1024u * 1024u)
/* iniparser 4.1 looks each key up one by one among those before it: a file's cost
   grows with the square of its keys (20,000 pages in one file took 9 s to open). The
   limit keeps any file under a few tens of milliseconds. */
#define INI_MAX_KEYS 8192

struct ini_entry {
	char *key;
	char *value;		/* as iniparser returned it; "" if not loaded (raw after
				   ini_doc_scan_section) */
	int line;
};

struct ini_section {
	char *name;
	int line;
	size_t offset;		/* where its [header] line starts in the file */
	size_t length;		/* bytes up to the next section or the end */
	struct ini_entry *entries;
	size_t count;
	size_t capacity;
};

struct ini_doc {
	char *path;
	struct ini_section *sections;
	size_t count;
	size_t capacity;
	int broken;		/* raw problems found: values were not loaded */
	struct ini_stamp {	/* the file as it was read: a later read checks it */
		long long size, mtime_sec, mtime_nsec, inode;
	} stamp;
};

/* Scans and loads path: a regular file, opened once without blocking, and not through
   a symbolic link unless follow_links. Returns the number of problems added to diags
   (0: the doc is complete). The doc is always initialised and must be freed. */
int ini_doc_load(struct ini_doc *doc, const char *path, int follow_links,
    struct diag_list *diags);
/* The outline of path: its sections, each with its line, offset and length, and no
   keys or values. Only the section lines are checked, so it costs little more than
   reading the file: a reader learns what a guide holds without parsing it. Returns
   the number of problems (0: the doc is complete). */
int ini_doc_outline(struct ini_doc *doc, const char *path, int follow_links,
    struct diag_list *diags);
/* Loads one section of the file an outline found: its bytes are read again (the file
   must be as the outline saw it), checked line by line and given to iniparser alone.
   doc then holds that one section, with the file's line numbers. */
int ini_doc_load_section(struct ini_doc *doc, const struct ini_doc *outline,
    const struct ini_section *section, int follow_links, struct diag_list *diags);
/* The same section checked line by line but not given to iniparser: each entry's
   value is the line's text after '=' as it stands (quotes and all). Cheap, and only
   good for deciding whether the section is worth loading: never show such a value. */
int ini_doc_scan_section(struct ini_doc *doc, const struct ini_doc *outline,
    const struct ini_section *section, int follow_links, struct diag_list *diags);
/* Were a and b read from the same file, unchanged (size, time, inode)? */
int ini_doc_same_file(const struct ini_doc *a, const struct ini_doc *b);
/* Scans a buffer only (no iniparser): for tests and fuzzing of the line rules. */
int ini_doc_scan(struct ini_doc *doc, const char *path, const char *text, size_t length,
    struct diag_list *diags);
void ini_doc_free(struct ini_doc *doc);

const struct ini_section *ini_doc_find_section(const struct ini_doc *doc, const char *name);
const struct ini_entry *ini_section_find(const struct ini_section *section, const char *key);

#endif
