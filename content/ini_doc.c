/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* ini_doc.c: reads one INI file for haven. The only file that includes iniparser.
   Every raw line is checked against iniparser 4.1's traps before iniparser sees the
   file; iniparser then supplies the values. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif
#include <unistr.h>

#include "ini_doc.h"
#include "text.h"
#include "xalloc.h"

struct scan {
	struct ini_doc *doc;
	struct diag_list *diags;
	int problems;
	int line;
	int in_bad_section;	/* keys after a rejected [section] belong to nothing */
	int outline;		/* section lines only: keys are left for later */
	int keep_raw;		/* each value as the line holds it (ini_doc_scan_section) */
	size_t offset;		/* of the line being scanned, in the file */
};

static void
scan_problem(struct scan *s, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

static void
scan_problem(struct scan *s, const char *format, ...)
{
	char message[512];
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	diag_add(s->diags, s->doc->path, s->line, "%s", message);
	s->problems++;
}

/* Narrows [*start, *end) to its text without the blanks around it. */
static void
trim_span(const char **start, const char **end)
{
	while (*start < *end && isspace((unsigned char)**start))
		++*start;
	while (*end > *start && isspace((unsigned char)(*end)[-1]))
		--*end;
}

static char *
trimmed_copy(const char *start, const char *end, int lower)
{
	char *copy;
	size_t i;

	trim_span(&start, &end);
	copy = xstrndup(start, (size_t)(end - start));
	for (i = 0; lower && copy[i] != '\0'; i++)
		copy[i] = (char)tolower((unsigned char)copy[i]);
	return copy;
}

const struct ini_section *
ini_doc_find_section(const struct ini_doc *doc, const char *name)
{
	for (size_t i = 0; i < doc->count; i++)
		if (strcmp(doc->sections[i].name, name) == 0)
			return &doc->sections[i];
	return NULL;
}

const struct ini_entry *
ini_section_find(const struct ini_section *section, const char *key)
{
	for (size_t i = 0; i < section->count; i++)
		if (strcmp(section->entries[i].key, key) == 0)
			return &section->entries[i];
	return NULL;
}

/* A section name with ':' vanishes from iniparser's section list (':' joins section
   and key in its dictionary), taking its keys with it. */
static void
scan_section(struct scan *s, const char *text, const char *end)
{
	struct ini_doc *doc = s->doc;
	const struct ini_section *earlier;
	struct ini_section *section;
	char *name;

	s->in_bad_section = 1;
	if (end[-1] != ']') {
		scan_problem(s, "a section line must end with ']'");
		return;
	}
	name = trimmed_copy(text + 1, end - 1, 1);
	if (*name == '\0' || strpbrk(name, ":[]=") != NULL) {
		scan_problem(s, "section name '%s' may not be empty or hold ':', '[', ']' or '='",
		    name);
		free(name);
		return;
	}
	/* (an outline leaves this to its reader: each page, resource or source ID is
	   checked once in the whole guide, and what is read later is scanned whole) */
	if (!s->outline && (earlier = ini_doc_find_section(doc, name)) != NULL) {
		scan_problem(s, "section [%s] appears twice (first at line %d)", name,
		    earlier->line);
		free(name);
		return;
	}
	if (doc->count == doc->capacity) {
		doc->capacity = doc->capacity ? doc->capacity * 2 : 16;
		doc->sections = xreallocarray(doc->sections, doc->capacity, sizeof *doc->sections);
	}
	section = &doc->sections[doc->count++];
	s->in_bad_section = 0;
	memset(section, 0, sizeof *section);
	section->name = name;
	section->line = s->line;
	section->offset = s->offset;
}

/* iniparser 4.1 cuts an unquoted value at ';' or '#', and ends a quoted value at its
   closing quote, dropping the rest of the line without a word. */
static int
value_is_safe(struct scan *s, const char *key, const char *value, size_t length)
{
	char quote = length > 0 ? value[0] : '\0';
	const char *semicolon, *hash, *cut;

	if (length > 0 && value[length - 1] == '\\') {
		scan_problem(s, "'%s' ends with '\\': continued lines are not supported; "
		    "split the text into two keys", key);
		return 0;
	}
	if (quote == '"' || quote == '\'') {
		if (length < 2 || value[length - 1] != quote ||
		    memchr(value + 1, quote, length - 2) != NULL) {
			scan_problem(s, "'%s': a value that starts with %c must end with it and "
			    "hold no other %c (text after the closing quote would be lost)",
			    key, quote, quote);
			return 0;
		}
		return 1;
	}
	semicolon = memchr(value, ';', length);
	hash = memchr(value, '#', length);
	cut = semicolon == NULL || (hash != NULL && hash < semicolon) ? hash : semicolon;
	if (cut != NULL) {
		scan_problem(s, "'%s': unquoted value contains '%c', which would cut it short; "
		    "put the whole value in double quotes", key, *cut);
		return 0;
	}
	return 1;
}

static int
key_name_is_valid(const char *key)
{
	if (*key == '\0')
		return 0;
	for (; *key != '\0'; key++)
		if (!islower((unsigned char)*key) && !isdigit((unsigned char)*key) && *key != '_')
			return 0;
	return 1;
}

static void
scan_key(struct scan *s, const char *text, const char *end)
{
	struct ini_section *section;
	const struct ini_entry *earlier;
	const char *equals = memchr(text, '=', (size_t)(end - text));
	const char *value, *value_end = end;	/* (checked where it lies: no copy) */
	char *key;

	if (equals == NULL) {
		scan_problem(s, "expected 'key = value', a [section] or a comment");
		return;
	}
	key = trimmed_copy(text, equals, 1);
	value = equals + 1;
	trim_span(&value, &value_end);
	if (s->in_bad_section) {
		/* Already reported with its section. */
	} else if (!key_name_is_valid(key)) {
		scan_problem(s, "key name '%s' may hold only letters, digits and '_'", key);
	} else if (s->doc->count == 0) {
		scan_problem(s, "'%s' is outside any section and would be lost", key);
	} else if (value_is_safe(s, key, value, (size_t)(value_end - value))) {
		section = &s->doc->sections[s->doc->count - 1];
		if ((earlier = ini_section_find(section, key)) != NULL) {
			scan_problem(s, "'%s' appears twice in [%s] (first at line %d); the second "
			    "would replace the first", key, section->name, earlier->line);
		} else {
			if (section->count == section->capacity) {
				section->capacity = section->capacity ? section->capacity * 2 : 8;
				section->entries = xreallocarray(section->entries, section->capacity,
				    sizeof *section->entries);
			}
			section->entries[section->count].key = key;
			section->entries[section->count].value = s->keep_raw ?
			    xstrndup(value, (size_t)(value_end - value)) : xstrdup("");
			section->entries[section->count++].line = s->line;
			key = NULL;
		}
	}
	free(key);
}

static int
line_bytes_are_valid(struct scan *s, const char *text, size_t length)
{
	/* Most lines of any guide are printable ASCII from end to end: valid as they
	   are, with no decoding. */
	size_t ascii = text_printable_ascii_prefix(text, length);
	const uint8_t *bad;

	if (ascii == length)
		return 1;
	bad = u8_check((const uint8_t *)text + ascii, length - ascii);
	if (bad != NULL) {
		scan_problem(s, "invalid UTF-8 at byte %zu of the line",
		    (size_t)(bad - (const uint8_t *)text) + 1);
		return 0;
	}
	for (size_t i = ascii; i < length;) {
		ucs4_t uc = (unsigned char)text[i];
		int n = 1;
		if (uc >= 0x20 && uc < 0x7f) {
			i++;	/* printable ASCII, most of any guide */
			continue;
		}
		if (uc >= 0x80)
			n = u8_mbtouc(&uc, (const uint8_t *)text + i, length - i);
		if (uc != '\t' && text_is_hidden_control(uc)) {
			scan_problem(s, uc < 0x80 ? "control character 0x%02x at byte %zu of the line"
			    : "invisible or control character U+%04X at byte %zu of the line: "
			    "remove it (it could make the text read as something else)",
			    (unsigned)uc, i + 1);
			return 0;
		}
		if (uc == '\t') {
			scan_problem(s, "a tab at byte %zu of the line: use spaces", i + 1);
			return 0;
		}
		i += n > 0 ? (size_t)n : 1;
	}
	return 1;
}

static void
scan_line(struct scan *s, const char *text, size_t length)
{
	const char *end = text + length;

	/* iniparser's buffer holds the '\r' of a CRLF line too: measure before removing it. */
	if (length > INI_MAX_LINE) {
		scan_problem(s, "line is %zu bytes long; the limit is %d: split the text "
		    "into two keys", length, INI_MAX_LINE);
		return;
	}
	if (length > 0 && end[-1] == '\r')
		end--, length--;
	if (s->line == 1 && length >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		scan_problem(s, "the file starts with a byte order mark; save it as UTF-8 "
		    "without one");
		text += 3;
		length -= 3;
	}
	if (!line_bytes_are_valid(s, text, length))
		return;
	while (text < end && isspace((unsigned char)*text))
		text++;
	while (end > text && isspace((unsigned char)end[-1]))
		end--;
	if (text == end || *text == ';' || *text == '#')
		return;
	if (*text == '[')
		scan_section(s, text, end);
	else
		scan_key(s, text, end);
}

/* The number of lines that end in [text, end). */
static int
count_lines(const char *text, const char *end)
{
	int lines = 0;

	while ((text = memchr(text, '\n', (size_t)(end - text))) != NULL) {
		lines++;
		text++;
	}
	return lines;
}

/* An outline scans only the lines that may start a section, those whose first byte
   other than a blank is '[' (and the first line, which may start with a byte order
   mark). From text, the start of a line, finds the next such line, adding the lines
   passed over to *line; end if there is none. One memchr for '[' skips the text
   between, rather than a look at every line. */
static const char *
next_section_line(const char *text, const char *end, int *line)
{
	for (const char *at = text; (at = memchr(at, '[', (size_t)(end - at))) != NULL; at++) {
		const char *start = at;
		while (start > text && (start[-1] == ' ' || start[-1] == '\t'))
			start--;
		if (start == text || start[-1] == '\n') {
			*line += count_lines(text, start);
			return start;
		}
	}
	return end;
}

/* Each section's bytes run to the next section's header, or to the end. */
static void
measure_sections(struct ini_doc *doc, size_t end)
{
	for (size_t i = 0; i < doc->count; i++)
		doc->sections[i].length = (i + 1 < doc->count ? doc->sections[i + 1].offset : end) -
		    doc->sections[i].offset;
}

/* What a scan keeps: every key with an empty value for iniparser to fill, the
   section lines only, or every key with its value as the line holds it. */
enum scan_mode { SCAN_KEYS, SCAN_OUTLINE, SCAN_RAW };

/* Scans text, which starts at line first_line + 1 and byte base of its file. */
static int
scan_text(struct ini_doc *doc, const char *path, const char *text, size_t length,
    int first_line, size_t base, enum scan_mode mode, struct diag_list *diags)
{
	int outline = mode == SCAN_OUTLINE;
	struct scan s = { doc, diags, 0, first_line, 0, outline, mode == SCAN_RAW, base };
	const char *start = text, *end = text + length;
	size_t earlier_keys = 0, sections = 0;

	memset(doc, 0, sizeof *doc);
	doc->path = xstrdup(path);
	while (text < end) {
		const char *newline, *stop;

		if (outline && s.line > first_line &&
		    (text = next_section_line(text, end, &s.line)) == end)
			break;
		newline = memchr(text, '\n', (size_t)(end - text));
		stop = newline ? newline : end;
		s.line++;
		s.offset = base + (size_t)(text - start);
		scan_line(&s, text, (size_t)(stop - text));
		text = newline ? newline + 1 : end;
		for (; sections + 1 < doc->count; sections++)
			earlier_keys += doc->sections[sections].count;
		if (doc->count > 0 && earlier_keys + doc->count +
		    doc->sections[doc->count - 1].count > INI_MAX_KEYS) {
			scan_problem(&s, "more than %d keys and sections in one file: split the "
			    "file into several (each file may hold any pages)", INI_MAX_KEYS);
			break;
		}
	}
	measure_sections(doc, base + length);
	if (outline && doc->count > 0 && doc->count < doc->capacity) {
		/* (a reader keeps the outlines: no room to spare) */
		doc->sections = xreallocarray(doc->sections, doc->count, sizeof *doc->sections);
		doc->capacity = doc->count;
	}
	doc->broken = s.problems > 0;
	return s.problems;
}

int
ini_doc_scan(struct ini_doc *doc, const char *path, const char *text, size_t length,
    struct diag_list *diags)
{
	return scan_text(doc, path, text, length, 0, 0, SCAN_KEYS, diags);
}

/* iniparser reports through one global callback with no user pointer. */
static struct diag_list *iniparser_diags;
static const char *iniparser_path;
static int iniparser_problems;

static int
iniparser_error(const char *format, ...)
{
	char message[512];
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	for (char *p = message; *p != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	if (iniparser_diags != NULL)
		diag_add(iniparser_diags, iniparser_path, 0, "%s", message);
	iniparser_problems++;
	return 0;
}

/* Opens path for reading once: never blocking (a FIFO would hang haven before it
   shows anything), never through a symbolic link unless asked, and only a regular
   file of at most INI_MAX_FILE bytes. Returns the descriptor or -1 with a message. */
static int
open_regular_file(const char *path, int follow_links, struct ini_stamp *stamp,
    struct diag_list *diags)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY |
	    (follow_links ? 0 : O_NOFOLLOW));
	struct stat st;

	if (fd < 0 && errno == ELOOP && !follow_links) {
		diag_add(diags, path, 0, "is a symbolic link; guide files are read only as they "
		    "are (allow_symlinks = yes in the config's [haven] allows links)");
		return -1;
	}
	if (fd < 0) {
		diag_add(diags, path, 0, "cannot read: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		diag_add(diags, path, 0, "not a regular file");
		close(fd);
		return -1;
	}
	if ((unsigned long long)st.st_size > INI_MAX_FILE) {
		diag_add(diags, path, 0, "is %llu bytes; the limit is %u bytes a file: split it "
		    "into several files", (unsigned long long)st.st_size, INI_MAX_FILE);
		close(fd);
		return -1;
	}
	stamp->size = (long long)st.st_size;
	stamp->mtime_sec = (long long)st.st_mtim.tv_sec;
	stamp->mtime_nsec = (long long)st.st_mtim.tv_nsec;
	stamp->inode = (long long)st.st_ino;
	return fd;
}

/* Reads length bytes at offset into a new buffer (NUL-terminated); fewer if the file
   is shorter. */
static char *
read_bytes(int fd, size_t offset, size_t length, size_t *got)
{
	char *text = xmalloc(length + 1);

	*got = 0;
	while (*got < length) {
		ssize_t n = pread(fd, text + *got, length - *got, (off_t)(offset + *got));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;	/* the file shrank: take what is there */
		*got += (size_t)n;
	}
	text[*got] = '\0';
	return text;
}

static int
read_whole_file(const char *path, int follow_links, char **text, size_t *length,
    struct ini_stamp *stamp, struct diag_list *diags)
{
	int fd = open_regular_file(path, follow_links, stamp, diags);

	*text = NULL;
	if (fd < 0)
		return -1;
	*text = read_bytes(fd, 0, (size_t)stamp->size, length);
	close(fd);
	return 0;
}

/* iniparser 4.1 only reads a named file. It gets a private in-memory copy of the
   bytes already checked, so what it parses is what the scan saw, and the file is
   opened once. Returns the descriptor to close, or -1. */
static int
memory_copy(const char *text, size_t length, char *name, size_t size)
{
	int fd = memfd_create("haven-ini", MFD_CLOEXEC);
	size_t done = 0;

	if (fd < 0)
		return -1;
	while (done < length) {
		ssize_t n = write(fd, text + done, length - done);
		if (n <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t)n;
	}
	snprintf(name, size, "/proc/self/fd/%d", fd);
	return fd;
}

/* The value iniparser stored as "section:key". iniparser's dictionary keeps entries
   in the order it read them, which is the order of the scan, so the walk usually
   finds the next one at *next; a lookup by name (linear in iniparser 4.1, so
   quadratic over a file) is only the fallback. */
static const char *
dictionary_value(const dictionary *dict, ssize_t *next, const char *name)
{
	while (*next < dict->size &&
	    (dict->key[*next] == NULL || strchr(dict->key[*next], ':') == NULL))
		++*next;	/* a section's own entry */
	if (*next < dict->size && strcmp(dict->key[*next], name) == 0)
		return dict->val[(*next)++];
	return iniparser_getstring(dict, name, NULL);
}

/* Takes the values of sections first to last - 1 of doc from dict. */
static void
fill_values(struct ini_doc *doc, dictionary *dict, size_t first, size_t last,
    struct diag_list *diags)
{
	size_t capacity = 64;
	char *name = xmalloc(capacity);
	ssize_t next = 0;

	for (size_t i = first; i < last; i++) {
		struct ini_section *section = &doc->sections[i];
		size_t section_length = strlen(section->name);
		for (size_t j = 0; j < section->count; j++) {
			struct ini_entry *entry = &section->entries[j];
			size_t key_length = strlen(entry->key);
			const char *value;
			if (section_length + key_length + 2 > capacity) {
				capacity = section_length + key_length + 2;
				name = xreallocarray(name, capacity, 1);
			}
			memcpy(name, section->name, section_length);
			name[section_length] = ':';
			memcpy(name + section_length + 1, entry->key, key_length + 1);
			value = dictionary_value(dict, &next, name);
			if (value == NULL) {
				diag_add(diags, doc->path, entry->line,
				    "'%s' was lost by the INI reader", entry->key);
				doc->broken = 1;
				continue;
			}
			free(entry->value);
			entry->value = xstrdup(value);
		}
	}
	free(name);
}

/* Gives text, which holds sections first to last - 1 of doc, to iniparser and takes
   their values from it. */
static int
load_chunk(struct ini_doc *doc, const char *text, size_t length, size_t first, size_t last,
    struct diag_list *diags)
{
	dictionary *dict = NULL;
	char copy[64];
	int fd = memory_copy(text, length, copy, sizeof copy);

	iniparser_diags = diags;
	iniparser_path = doc->path;
	iniparser_problems = 0;
	iniparser_set_error_callback(iniparser_error);
	if (fd >= 0)
		dict = iniparser_load(copy);
	iniparser_diags = NULL;
	if (fd >= 0)
		close(fd);
	if (dict == NULL) {
		if (iniparser_problems == 0)
			diag_add(diags, doc->path, 0, fd < 0 ? "cannot make a private copy to read: %s"
			    : "the INI reader could not load the file", strerror(errno));
		doc->broken = 1;
		return iniparser_problems ? iniparser_problems : 1;
	}
	fill_values(doc, dict, first, last, diags);
	iniparser_freedict(dict);
	return iniparser_problems;
}

/* iniparser 4.1 walks every key it holds to store or find one, so a whole file at
   once costs the square of its size (69% of `--check` on a 10,000-page guide). It
   gets the scanned text (which starts at byte base of its file) a few hundred keys
   at a time instead, cut where a section starts: each piece reads as it would in
   the whole. */
#define INI_CHUNK_KEYS 256

static int
load_values(struct ini_doc *doc, const char *text, size_t length, size_t base,
    struct diag_list *diags)
{
	size_t first = 0, from = 0, keys = 0;
	int problems = 0;

	for (size_t i = 0; i < doc->count; i++) {
		size_t end = i + 1 < doc->count ? doc->sections[i + 1].offset - base : length;
		keys += doc->sections[i].count + 1;
		if (keys < INI_CHUNK_KEYS && i + 1 < doc->count)
			continue;
		problems += load_chunk(doc, text + from, end - from, first, i + 1, diags);
		first = i + 1;
		from = end;
		keys = 0;
	}
	return doc->broken ? 1 : problems;
}

static void
doc_unread(struct ini_doc *doc, const char *path)
{
	memset(doc, 0, sizeof *doc);
	doc->path = xstrdup(path);
	doc->broken = 1;
}

/* Reads path whole and scans it: all of it, with iniparser's values (ini_doc_load),
   or its section lines only (ini_doc_outline). */
static int
read_and_scan(struct ini_doc *doc, const char *path, int follow_links, int outline,
    struct diag_list *diags)
{
	struct ini_stamp stamp;
	size_t length = 0;
	char *text;
	int problems;

	if (read_whole_file(path, follow_links, &text, &length, &stamp, diags) != 0) {
		doc_unread(doc, path);
		return 1;
	}
	problems = scan_text(doc, path, text, length, 0, 0, outline ? SCAN_OUTLINE : SCAN_KEYS,
	    diags);
	doc->stamp = stamp;
	if (problems == 0 && !outline)
		problems = load_values(doc, text, length, 0, diags);
	free(text);
	return problems;
}

int
ini_doc_load(struct ini_doc *doc, const char *path, int follow_links,
    struct diag_list *diags)
{
	return read_and_scan(doc, path, follow_links, 0, diags);
}

int
ini_doc_outline(struct ini_doc *doc, const char *path, int follow_links,
    struct diag_list *diags)
{
	return read_and_scan(doc, path, follow_links, 1, diags);
}

static int
same_stamp(const struct ini_stamp *a, const struct ini_stamp *b)
{
	return a->size == b->size && a->mtime_sec == b->mtime_sec &&
	    a->mtime_nsec == b->mtime_nsec && a->inode == b->inode;
}

int
ini_doc_same_file(const struct ini_doc *a, const struct ini_doc *b)
{
	return same_stamp(&a->stamp, &b->stamp);
}

/* Reads one section of the file an outline found and scans it (mode SCAN_KEYS or
   SCAN_RAW); *text holds its bytes (free it). Returns the number of problems. */
static int
read_section(struct ini_doc *doc, const struct ini_doc *outline,
    const struct ini_section *section, int follow_links, enum scan_mode mode,
    char **text, size_t *length, struct diag_list *diags)
{
	struct ini_stamp stamp;
	int problems, fd = open_regular_file(outline->path, follow_links, &stamp, diags);

	*text = NULL;
	*length = 0;
	if (fd < 0) {
		doc_unread(doc, outline->path);
		return 1;
	}
	if (!same_stamp(&stamp, &outline->stamp)) {
		/* Its sections are no longer where the outline found them. */
		close(fd);
		diag_add(diags, outline->path, section->line, "the file changed while haven was "
		    "reading the guide");
		doc_unread(doc, outline->path);
		return 1;
	}
	*text = read_bytes(fd, section->offset, section->length, length);
	close(fd);
	problems = scan_text(doc, outline->path, *text, *length, section->line - 1,
	    section->offset, mode, diags);
	doc->stamp = stamp;
	if (problems == 0 && (doc->count != 1 ||
	    strcmp(doc->sections[0].name, section->name) != 0)) {
		diag_add(diags, outline->path, section->line, "section [%s] is not where it was",
		    section->name);
		doc->broken = 1;
		problems = 1;
	}
	return problems;
}

/* One section read and scanned; with SCAN_KEYS, its values from iniparser too. */
static int
section_read(struct ini_doc *doc, const struct ini_doc *outline,
    const struct ini_section *section, int follow_links, enum scan_mode mode,
    struct diag_list *diags)
{
	size_t length;
	char *text;
	int problems = read_section(doc, outline, section, follow_links, mode, &text, &length,
	    diags);

	if (problems == 0 && mode == SCAN_KEYS)
		problems = load_values(doc, text, length, section->offset, diags);
	free(text);
	return problems;
}

int
ini_doc_load_section(struct ini_doc *doc, const struct ini_doc *outline,
    const struct ini_section *section, int follow_links, struct diag_list *diags)
{
	return section_read(doc, outline, section, follow_links, SCAN_KEYS, diags);
}

int
ini_doc_scan_section(struct ini_doc *doc, const struct ini_doc *outline,
    const struct ini_section *section, int follow_links, struct diag_list *diags)
{
	return section_read(doc, outline, section, follow_links, SCAN_RAW, diags);
}

void
ini_doc_free(struct ini_doc *doc)
{
	for (size_t i = 0; i < doc->count; i++) {
		struct ini_section *section = &doc->sections[i];
		for (size_t j = 0; j < section->count; j++) {
			free(section->entries[j].key);
			free(section->entries[j].value);
		}
		free(section->entries);
		free(section->name);
	}
	free(doc->sections);
	free(doc->path);
	memset(doc, 0, sizeof *doc);
}
