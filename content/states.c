/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* states.c: reads and checks the state files (see states.h). */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ini_doc.h"
#include "loader.h"
#include "sources.h"
#include "states.h"
#include "text.h"
#include "xalloc.h"

static const char *const topic_names[STATE_TOPIC_COUNT] = {
	"who", "respondent", "hearing", "duration", "extension", "court"
};

/* The USPS codes of the 50 states, the District of Columbia and Puerto Rico: a fixed
   list, so that a typo in a file name or a --state option is caught. */
static const char *const known_codes[] = {
	"AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID",
	"IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC",
	"ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC",
	"SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"
};

const char *
state_topic_name(enum state_topic topic)
{
	return topic < STATE_TOPIC_COUNT ? topic_names[topic] : "";
}

int
state_topic_from_name(const char *name, size_t length)
{
	for (int t = 0; t < STATE_TOPIC_COUNT; t++)
		if (strlen(topic_names[t]) == length && strncmp(topic_names[t], name, length) == 0)
			return t;
	return -1;
}

int
state_code_known(const char *code)
{
	for (size_t i = 0; i < sizeof known_codes / sizeof known_codes[0]; i++)
		if (strcmp(known_codes[i], code) == 0)
			return 1;
	return 0;
}

/* --- reading a file --- */

static char **
state_field(struct state *s, const char *key)
{
	if (strcmp(key, "code") == 0) return &s->code;
	if (strcmp(key, "name") == 0) return &s->name;
	if (strcmp(key, "aliases") == 0) return &s->aliases;
	if (strcmp(key, "order") == 0) return &s->order;
	if (strcmp(key, "site") == 0) return &s->site;
	if (strcmp(key, "checked") == 0) return &s->checked;
	return NULL;
}

static void
set_field(char **field, const struct ini_entry *e)
{
	if (*e->value == '\0')
		return;
	free(*field);
	*field = xstrdup(e->value);
}

static void
read_state_section(struct state *s, const struct ini_section *sec, const char *file,
    struct diag_list *diags)
{
	s->line = sec->line;
	for (size_t i = 0; i < sec->count; i++) {
		char **field = state_field(s, sec->entries[i].key);
		if (field == NULL)
			diag_add(diags, file, sec->entries[i].line, "unknown key '%s' in [state] "
			    "(known: code, name, aliases, order, site, checked)", sec->entries[i].key);
		else
			set_field(field, &sec->entries[i]);
	}
}

static void
read_fact(struct state *s, const struct ini_section *sec, const char *file,
    struct diag_list *diags)
{
	const char *name = sec->name + strlen("fact.");
	int topic = state_topic_from_name(name, strlen(name));
	struct state_fact *f;

	if (topic < 0) {
		diag_add(diags, file, sec->line, "unknown topic [fact.%s] (known: who, "
		    "respondent, hearing, duration, extension, court)", name);
		return;
	}
	f = &s->facts[topic];
	f->line = sec->line;
	for (size_t i = 0; i < sec->count; i++) {
		const struct ini_entry *e = &sec->entries[i];
		if (strcmp(e->key, "text") == 0)
			set_field(&f->text, e);
		else if (strcmp(e->key, "sources") == 0)
			set_field(&f->sources, e);
		else
			diag_add(diags, file, e->line, "unknown key '%s' in [fact.%s] (known: text, "
			    "sources)", e->key, name);
	}
}

static void
read_section(struct state *s, const struct ini_doc *doc, const struct ini_section *sec,
    const char *file, struct diag_list *diags)
{
	if (strcmp(sec->name, "state") == 0)
		read_state_section(s, sec, file, diags);
	else if (strncmp(sec->name, "fact.", 5) == 0)
		read_fact(s, sec, file, diags);
	else if (strncmp(sec->name, "source.", 7) == 0) {
		s->sources = xreallocarray(s->sources, s->source_count + 1, sizeof *s->sources);
		loader_read_source(&s->sources[s->source_count++], doc, sec, file, diags);
	} else
		diag_add(diags, file, sec->line, "unknown section kind [%s]: expected "
		    "[state], [fact.TOPIC] or [source.ID]", sec->name);
}

static void
read_doc(struct state *s, const struct ini_doc *doc, const char *file,
    struct diag_list *diags)
{
	/* (ini_doc has rejected a section given twice) */
	for (size_t i = 0; !doc->broken && i < doc->count; i++)
		read_section(s, doc, &doc->sections[i], file, diags);
}

/* --- checking a state --- */

static size_t
find_source(const struct state *s, const char *id)
{
	for (size_t i = 0; i < s->source_count; i++)
		if (strcmp(s->sources[i].id, id) == 0)
			return i;
	return GUIDE_NONE;
}

static void
resolve_fact(struct state *s, struct state_fact *f, const char *topic, unsigned char *cited,
    struct diag_list *diags)
{
	size_t count;
	char **ids = sources_split_ids(f->sources, &count);

	if (text_is_blank(f->text))
		diag_add(diags, s->file, f->line, "[fact.%s] has no text", topic);
	if (count == 0)
		diag_add(diags, s->file, f->line, "[fact.%s] cites no source: every fact needs "
		    "one a reader can look up", topic);
	for (size_t i = 0; i < count; i++) {
		size_t index = find_source(s, ids[i]);
		if (index == GUIDE_NONE) {
			diag_add(diags, s->file, f->line, "[fact.%s] cites unknown source '%s': add "
			    "a [source.%s] section to this file or fix the ID", topic, ids[i], ids[i]);
			continue;
		}
		cited[index] = 1;
		f->source_refs = xreallocarray(f->source_refs, f->source_ref_count + 1,
		    sizeof *f->source_refs);
		f->source_refs[f->source_ref_count++] = index;
	}
	sources_free_ids(ids, count);
	sources_check_reader_text(f->text, s->file, f->line, "fact", topic, diags);
}

/* "mi.ini" must hold MI: a reader's choice opens the file its code names. */
static void
check_code(const struct state *s, struct diag_list *diags)
{
	const char *base = strrchr(s->file, '/');
	char expected[8];

	base = base != NULL ? base + 1 : s->file;
	if (text_is_blank(s->code)) {
		diag_add(diags, s->file, s->line, "[state] has no code");
		return;
	}
	if (!state_code_known(s->code)) {
		diag_add(diags, s->file, s->line, "unknown state code '%s' (known: the two-letter "
		    "codes of the 50 states, DC and PR, in capitals)", s->code);
		return;
	}
	snprintf(expected, sizeof expected, "%c%c.ini", tolower((unsigned char)s->code[0]),
	    tolower((unsigned char)s->code[1]));
	if (strcmp(base, expected) != 0)
		diag_add(diags, s->file, s->line, "state '%s' must be in a file named %s",
		    s->code, expected);
}

/* What [state] says: what the list shows and a reader's words are matched with. */
static void
check_state_section(struct state *s, struct diag_list *diags)
{
	check_code(s, diags);
	if (text_is_blank(s->name))
		diag_add(diags, s->file, s->line, "[state] has no name");
	if (text_is_blank(s->checked))
		diag_add(diags, s->file, s->line, "[state] has no checked date (YYYY-MM-DD: when "
		    "an editor last checked its facts)");
	else if (!text_is_date(s->checked))
		diag_add(diags, s->file, s->line, "[state] checked date '%s' is not written "
		    "YYYY-MM-DD", s->checked);
	if (s->site != NULL && !sources_is_bare_address(s->site))
		diag_add(diags, s->file, s->line, "[state] site '%s' must be written without "
		    "http:// or https:// and without spaces", s->site);
	sources_check_reader_text(s->name, s->file, s->line, "state", "", diags);
	sources_check_reader_text(s->order, s->file, s->line, "state", "", diags);
}

static void
check_facts(struct state *s, struct diag_list *diags)
{
	unsigned char *cited = xcalloc(s->source_count + 1, 1);

	for (int t = 0; t < STATE_TOPIC_COUNT; t++)
		if (s->facts[t].line != 0)
			resolve_fact(s, &s->facts[t], topic_names[t], cited, diags);
	for (size_t i = 0; i < s->source_count; i++) {
		sources_check_one(&s->sources[i], diags);
		if (!cited[i])
			diag_add(diags, s->file, s->sources[i].line, "[source.%s] is cited by no "
			    "fact: cite it or remove it", s->sources[i].id);
	}
	free(cited);
}

static void
check_state(struct state *s, struct diag_list *diags)
{
	if (s->line == 0) {
		diag_add(diags, s->file, 0, "no [state] section");
		return;
	}
	check_state_section(s, diags);
	check_facts(s, diags);
}

/* Name, aliases and code, folded, one per line: what a reader's words are matched
   against. */
static char *
folded_names(const struct state *s)
{
	char *joined = xasprintf("%s\n%s\n%s", s->name ? s->name : "",
	    s->aliases ? s->aliases : "", s->code ? s->code : "");
	char *folded = text_fold(joined);

	free(joined);
	if (folded == NULL)
		return xstrdup("");
	for (char *c = folded; *c != '\0'; c++)
		if (*c == ',')
			*c = '\n';
	return folded;
}

static int
compare_states(const void *a, const void *b)
{
	const struct state *x = a, *y = b;

	return strcmp(x->folded, y->folded);
}

static void
report_twice(const struct state_list *list, const struct state *s, struct diag_list *diags)
{
	for (size_t j = 0; j + 1 < list->count && s->code != NULL; j++)
		if (list->states[j].code != NULL && strcmp(list->states[j].code, s->code) == 0)
			diag_add(diags, s->file, s->line, "state '%s' is also in %s", s->code,
			    list->states[j].file);
}

size_t
states_load(struct state_list *list, const char *dir, int allow_symlinks,
    struct diag_list *diags)
{
	size_t before = diags->count, count;
	char **names = loader_list_ini_files(dir, &count, diags);

	memset(list, 0, sizeof *list);
	list->states = xcalloc(count + 1, sizeof *list->states);
	list->files = xcalloc(count + 1, sizeof *list->files);
	for (size_t i = 0; i < count; i++) {
		struct ini_doc doc;
		struct state *s = &list->states[list->count++];
		int broken;
		ini_doc_load(&doc, names[i], allow_symlinks, diags);
		s->file = list->files[list->file_count++] = names[i];
		read_doc(s, &doc, s->file, diags);
		broken = doc.broken;	/* (ini_doc_free clears it) */
		ini_doc_free(&doc);
		if (!broken)
			check_state(s, diags);
		report_twice(list, s, diags);
		s->folded = folded_names(s);
	}
	free(names);
	qsort(list->states, list->count, sizeof *list->states, compare_states);
	return diags->count - before;
}

/* The [state] section of a reader's state file, found through its outline. */
static void
open_state(struct state *s, int allow_symlinks, struct diag_list *diags)
{
	const struct ini_section *sec;
	struct ini_doc outline, doc;

	s->unread = 1;
	if (ini_doc_outline(&outline, s->file, allow_symlinks, diags) == 0) {
		if ((sec = ini_doc_find_section(&outline, "state")) == NULL)
			diag_add(diags, s->file, 0, "no [state] section");
		else if (ini_doc_load_section(&doc, &outline, sec, allow_symlinks, diags) == 0)
			read_state_section(s, &doc.sections[0], s->file, diags);
		if (sec != NULL)
			ini_doc_free(&doc);
	}
	ini_doc_free(&outline);
	if (s->line != 0)
		check_state_section(s, diags);
}

size_t
states_open(struct state_list *list, const char *dir, int allow_symlinks,
    const char *charset, struct diag_list *diags)
{
	size_t before = diags->count, count;
	char **names = loader_list_ini_files(dir, &count, diags);

	memset(list, 0, sizeof *list);
	list->allow_symlinks = allow_symlinks;
	list->charset = charset;
	list->states = xcalloc(count + 1, sizeof *list->states);
	list->files = xcalloc(count + 1, sizeof *list->files);
	for (size_t i = 0; i < count; i++) {
		struct state *s = &list->states[list->count++];
		s->file = list->files[list->file_count++] = names[i];
		open_state(s, allow_symlinks, diags);
		report_twice(list, s, diags);
		s->folded = folded_names(s);
		if (charset != NULL && !text_charset_is_utf8(charset)) {
			guide_recode(&s->name, charset);
			guide_recode(&s->order, charset);
		}
	}
	free(names);
	qsort(list->states, list->count, sizeof *list->states, compare_states);
	return diags->count - before;
}

static void
facts_for_charset(struct state *s, const char *charset)
{
	for (int t = 0; t < STATE_TOPIC_COUNT; t++)
		guide_recode(&s->facts[t].text, charset);
	for (size_t j = 0; j < s->source_count; j++)
		source_for_charset(&s->sources[j], charset);	/* as the guide's own */
}

int
states_need(struct state_list *list, size_t i, struct diag_list *diags)
{
	struct state *s;
	struct ini_doc doc;
	size_t before = diags->count;

	if (i >= list->count)
		return 1;
	s = &list->states[i];
	if (!s->unread)
		return s->broken;
	s->unread = 0;
	/* The whole file again (a state file is small); [state] is read already. */
	if (ini_doc_load(&doc, s->file, list->allow_symlinks, diags) == 0)
		for (size_t j = 0; j < doc.count; j++)
			if (strcmp(doc.sections[j].name, "state") != 0)
				read_section(s, &doc, &doc.sections[j], s->file, diags);
	ini_doc_free(&doc);
	if (diags->count == before)
		check_facts(s, diags);
	if (diags->count == before && list->charset != NULL &&
	    !text_charset_is_utf8(list->charset))
		facts_for_charset(s, list->charset);
	s->broken = diags->count != before;
	return s->broken;
}

static void
free_state(struct state *s)
{
	char **fields[] = { &s->code, &s->name, &s->aliases, &s->order, &s->site, &s->checked,
		&s->folded };

	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		free(*fields[i]);
	for (int t = 0; t < STATE_TOPIC_COUNT; t++) {
		free(s->facts[t].text);
		free(s->facts[t].sources);
		free(s->facts[t].source_refs);
	}
	for (size_t i = 0; i < s->source_count; i++)
		source_free(&s->sources[i]);
	free(s->sources);
}

void
states_free(struct state_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		free_state(&list->states[i]);
	for (size_t i = 0; i < list->file_count; i++)
		free(list->files[i]);
	free(list->states);
	free(list->files);
	memset(list, 0, sizeof *list);
}

size_t
states_find(const struct state_list *list, const char *code)
{
	for (size_t i = 0; i < list->count; i++)
		if (list->states[i].code != NULL && strcasecmp(list->states[i].code, code) == 0)
			return i;
	return GUIDE_NONE;
}

/* --- a reader's words --- */

/* The words folded and trimmed, with runs of spaces made one. NULL: nothing there. */
static char *
fold_words(const char *words)
{
	char *folded = text_fold(words), *out, *o;

	if (folded == NULL)
		return NULL;
	out = o = xmalloc(strlen(folded) + 1);
	for (const char *c = folded; *c != '\0'; c++)
		if (*c != ' ' || (o > out && o[-1] != ' '))
			*o++ = *c;
	while (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	free(folded);
	if (*out == '\0') {
		free(out);
		return NULL;
	}
	return out;
}

/* Does one of the names (lines of folded) start with words, or have a word that
   does? The code must be given whole. */
static int
names_match(const char *folded, const char *words)
{
	size_t n = strlen(words);

	for (const char *line = folded; *line != '\0';) {
		const char *end = strchr(line, '\n');
		size_t length = end != NULL ? (size_t)(end - line) : strlen(line);
		int is_code = end == NULL;	/* the code is the last line */
		if (is_code ? (length == n && strncmp(line, words, n) == 0) : 0)
			return 1;
		for (size_t at = 0; !is_code && at + n <= length; at++)
			if ((at == 0 || line[at - 1] == ' ') && strncmp(line + at, words, n) == 0)
				return 1;
		if (end == NULL)
			break;
		line = end + 1;
	}
	return 0;
}

size_t
states_match(const struct state_list *list, const char *words, size_t *found)
{
	char *folded = fold_words(words);
	size_t count = 0;

	if (folded == NULL)
		return 0;
	for (size_t i = 0; i < list->count; i++)
		if (names_match(list->states[i].folded, folded))
			found[count++] = i;
	free(folded);
	return count;
}

/* Edits from a to b (insert, delete, replace, or swap two letters side by side, the
   commonest typo: "Texsa"), at most limit + 1. */
static size_t
edit_distance(const char *a, size_t la, const char *b, size_t lb, size_t limit)
{
	size_t width = lb + 1, result;
	size_t *d = xcalloc((la + 1) * width, sizeof *d);

	for (size_t i = 0; i <= la; i++)
		d[i * width] = i;
	for (size_t j = 0; j <= lb; j++)
		d[j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t best = d[(i - 1) * width + j - 1] + (a[i - 1] != b[j - 1]);
			if (d[(i - 1) * width + j] + 1 < best)
				best = d[(i - 1) * width + j] + 1;
			if (d[i * width + j - 1] + 1 < best)
				best = d[i * width + j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[(i - 2) * width + j - 2] + 1 < best)
				best = d[(i - 2) * width + j - 2] + 1;
			d[i * width + j] = best;
		}
	result = d[la * width + lb];
	free(d);
	return result > limit ? limit + 1 : result;
}

/* The nearest of a state's names (not its code) to words. */
static size_t
name_distance(const char *folded, const char *words, size_t limit)
{
	size_t nearest = limit + 1, n = strlen(words);

	for (const char *line = folded; *line != '\0';) {
		const char *end = strchr(line, '\n');
		size_t length;
		if (end == NULL)
			break;	/* the code */
		length = (size_t)(end - line);
		/* Against the name's start as long as the words, too: "Pensylv". */
		size_t whole = edit_distance(line, length, words, n, limit);
		size_t start = edit_distance(line, length < n ? length : n, words, n, limit);
		if (whole < nearest)
			nearest = whole;
		if (start < nearest && length > n)
			nearest = start;
		line = end + 1;
	}
	return nearest;
}

size_t
states_close(const struct state_list *list, const char *words, size_t *found, size_t max)
{
	char *folded = fold_words(words);
	size_t count = 0, limit;

	if (folded == NULL)
		return 0;
	/* A third of the letters may be wrong, at least one and at most three. */
	limit = strlen(folded) / 3;
	limit = limit < 1 ? 1 : limit > 3 ? 3 : limit;
	for (size_t d = 0; d <= limit && count < max; d++)
		for (size_t i = 0; i < list->count && count < max; i++)
			if (name_distance(list->states[i].folded, folded, limit) == d)
				found[count++] = i;
	free(folded);
	return count;
}

/* --- the checker --- */

/* Every language holds the same states, the same topics, and cites the same pages
   (address and date) for them: a reader who switches language must not lose or gain
   a fact. */
static void
compare_state(const struct state *a, const struct state *b, const char *other_lang,
    struct diag_list *diags)
{
	for (int t = 0; t < STATE_TOPIC_COUNT; t++)
		if ((a->facts[t].line != 0) != (b->facts[t].line != 0))
			diag_add(diags, a->facts[t].line ? a->file : b->file,
			    a->facts[t].line ? a->facts[t].line : b->facts[t].line,
			    "state '%s': [fact.%s] is in one language only (compared with '%s')", a->code,
			    topic_names[t], other_lang);
	for (size_t i = 0; i < a->source_count; i++) {
		size_t j = find_source(b, a->sources[i].id);
		if (j == GUIDE_NONE)
			diag_add(diags, a->file, a->sources[i].line, "source '%s' has no '%s' version",
			    a->sources[i].id, other_lang);
		else if (!sources_same_page(&a->sources[i], &b->sources[j]))
			diag_add(diags, b->file, b->sources[j].line, "source '%s': address or date "
			    "differs from %s:%d", a->sources[i].id, a->file, a->sources[i].line);
	}
}

void
states_compare(const struct state_list *first, const struct state_list *other,
    const char *other_lang, struct diag_list *diags)
{
	for (size_t i = 0; i < first->count; i++) {
		const struct state *a = &first->states[i];
		size_t j = a->code != NULL ? states_find(other, a->code) : GUIDE_NONE;
		if (a->code == NULL)
			continue;
		if (j == GUIDE_NONE)
			diag_add(diags, a->file, a->line, "state '%s' has no '%s' version", a->code,
			    other_lang);
		else
			compare_state(a, &other->states[j], other_lang, diags);
	}
	for (size_t j = 0; j < other->count; j++)
		if (other->states[j].code != NULL && states_find(first, other->states[j].code) ==
		    GUIDE_NONE)
			diag_add(diags, other->states[j].file, other->states[j].line, "state '%s' is "
			    "only in this language", other->states[j].code);
}

void
states_warn_old(const struct state_list *list, const char *today, struct diag_list *warnings)
{
	char year_ago[16];

	if (!text_is_date(today))
		return;
	/* YYYY-MM-DD strings compare as dates. */
	snprintf(year_ago, sizeof year_ago, "%04d%s", atoi(today) - 1, today + 4);
	for (size_t i = 0; i < list->count; i++) {
		const struct state *s = &list->states[i];
		if (s->checked != NULL && text_is_date(s->checked) && strcmp(s->checked, year_ago) < 0)
			diag_add(warnings, s->file, s->line, "warning: state '%s' was last checked on "
			    "%s, more than a year ago: check its facts again", s->code ? s->code : "?",
			    s->checked);
	}
}

void
states_for_charset(struct state_list *list, const char *charset)
{
	if (text_charset_is_utf8(charset))
		return;
	for (size_t i = 0; i < list->count; i++) {
		struct state *s = &list->states[i];
		guide_recode(&s->name, charset);
		guide_recode(&s->order, charset);
		facts_for_charset(s, charset);
	}
}
