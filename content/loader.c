/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* loader.c: turns the INI files of one language folder into a guide. Sections are
   dispatched by kind ([guide], [page.ID], [resource.ID], [source.ID]); keys are checked against
   the format in content/README.md; problems carry the file and line. */
#include <config.h>

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "glossary.h"
#include "ini_doc.h"
#include "loader.h"
#include "text.h"
#include "sources.h"
#include "states.h"
#include "validate.h"
#include "xalloc.h"

struct block_key {
	const char *prefix;
	enum block_kind kind;
};

static const struct block_key block_keys[] = {
	{ "p", BLOCK_PARAGRAPH },
	{ "important", BLOCK_IMPORTANT },
	{ "bullet", BLOCK_BULLET },
	{ "step", BLOCK_STEP },
	{ "term", BLOCK_TERM },
	{ "resource", BLOCK_RESOURCE },
	{ "choice", BLOCK_CHOICE },
	{ "answer", BLOCK_CHOICE },
	{ "check", BLOCK_CHECK },
};

static int
is_valid_id(const char *id)
{
	if (*id == '\0' || *id == '-')
		return 0;
	for (; *id != '\0'; id++)
		if (!islower((unsigned char)*id) && !isdigit((unsigned char)*id) && *id != '-')
			return 0;
	return 1;
}

/* "p12" -> BLOCK_PARAGRAPH; returns 0 when the key is not a block key. */
static int
block_kind_of(const char *key, enum block_kind *kind)
{
	for (size_t i = 0; i < sizeof block_keys / sizeof block_keys[0]; i++) {
		size_t n = strlen(block_keys[i].prefix);
		const char *digits = key + n;
		if (strncmp(key, block_keys[i].prefix, n) != 0 || *digits == '\0')
			continue;
		while (isdigit((unsigned char)*digits))
			digits++;
		if (*digits == '\0') {
			*kind = block_keys[i].kind;
			return 1;
		}
	}
	return 0;
}

/* Splits "a | b | c" into up to count trimmed parts; missing parts are NULL, and the
   last part keeps any further '|'. */
static void
split_bars(const char *value, char **parts[], size_t count)
{
	for (size_t i = 0; i < count; i++) {
		const char *bar = i + 1 < count ? strchr(value, '|') : NULL;
		const char *end = bar != NULL ? bar : value + strlen(value);

		while (*value == ' ')
			value++;
		while (end > value && end[-1] == ' ')
			end--;
		*parts[i] = xstrndup(value, (size_t)(end - value));
		if (bar == NULL) {
			while (++i < count)
				*parts[i] = NULL;
			return;
		}
		value = bar + 1;
	}
}

static void
page_add_block(struct page *page, enum block_kind kind, const struct ini_entry *entry)
{
	struct block *b;
	char **parts[3];

	page->blocks = xgrow(page->blocks, page->block_count, sizeof *page->blocks);
	b = &page->blocks[page->block_count++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->line = entry->line;
	b->target = GUIDE_NONE;
	b->is_answer = strncmp(entry->key, "answer", 6) == 0;
	parts[0] = &b->text;
	parts[1] = &b->detail;
	parts[2] = &b->said;
	if (b->is_answer)
		split_bars(entry->value, parts, 3);
	else if (kind == BLOCK_CHOICE || kind == BLOCK_TERM)
		split_bars(entry->value, parts, 2);
	else
		b->text = xstrdup(entry->value);
}

static void
set_once(char **field, const char *value)
{
	free(*field);
	*field = xstrdup(value);
}

/* "respondent, hearing": the topics whose rules this page tells, as they vary by
   state; a chosen state's facts on them show on the page. */
static void
read_state_topics(struct page *page, const struct ini_entry *e, const char *file,
    struct diag_list *diags)
{
	size_t count;
	char **names = sources_split_ids(e->value, &count);

	page->state_topics_line = e->line;
	for (size_t i = 0; i < count; i++) {
		int topic = state_topic_from_name(names[i], strlen(names[i]));
		if (topic < 0)
			diag_add(diags, file, e->line, "unknown state topic '%s' in [page.%s] (known: "
			    "who, respondent, hearing, duration, extension, court)", names[i], page->id);
		else
			page->state_topics |= 1u << topic;
	}
	sources_free_ids(names, count);
}

static void
build_page_key(struct page *page, const struct ini_entry *e, const char *file,
    struct diag_list *diags)
{
	enum block_kind kind;

	if (strcmp(e->key, "title") == 0)
		set_once(&page->title, e->value);
	else if (strcmp(e->key, "short") == 0)
		set_once(&page->short_title, e->value);
	else if (strcmp(e->key, "parent") == 0)
		set_once(&page->parent_id, e->value);
	else if (strcmp(e->key, "sources") == 0) {
		set_once(&page->sources, e->value);
		page->sources_line = e->line;
	}
	else if (strcmp(e->key, "reviewed") == 0)
		set_once(&page->reviewed, e->value);
	else if (strcmp(e->key, "question") == 0)
		set_once(&page->question, e->value);
	else if (strcmp(e->key, "explain") == 0)
		set_once(&page->explain, e->value);
	else if (strcmp(e->key, "summary") == 0)
		set_once(&page->summary, e->value);
	else if (strcmp(e->key, "state_topics") == 0)
		read_state_topics(page, e, file, diags);
	else if (block_kind_of(e->key, &kind))
		page_add_block(page, kind, e);
	else
		diag_add(diags, file, e->line, "unknown key '%s' in [page.%s]", e->key, page->id);
}

/* A new page or resource needs a valid ID that no other section of its kind has;
   earlier_file is NULL when there is no earlier one. */
static int
is_new_id(const char *kind, const char *id, const char *earlier_file, int earlier_line,
    const char *file, int line, struct diag_list *diags)
{
	if (!is_valid_id(id)) {
		diag_add(diags, file, line, "%s ID '%s' may hold only a-z, 0-9 and '-'", kind, id);
		return 0;
	}
	if (earlier_file != NULL) {
		diag_add(diags, file, line, "%s '%s' is defined twice (first at %s:%d)", kind, id,
		    earlier_file, earlier_line);
		return 0;
	}
	return 1;
}

/* A page known by its ID and place; its keys are read now or, for a reader, later. */
static struct page *
page_stub(struct guide *guide, const char *id, const char *file, int line,
    struct diag_list *diags)
{
	size_t earlier = guide_find_page(guide, id);
	struct page *page;

	if (!is_new_id("page", id, earlier != GUIDE_NONE ? guide->pages[earlier].file : NULL,
	    earlier != GUIDE_NONE ? guide->pages[earlier].line : 0, file, line, diags))
		return NULL;
	guide->pages = xgrow(guide->pages, guide->page_count, sizeof *guide->pages);
	page = &guide->pages[guide->page_count++];
	memset(page, 0, sizeof *page);
	page->id = xstrdup(id);
	guide_index_last_page(guide);
	page->parent = GUIDE_NONE;
	page->file = file;
	page->line = line;
	return page;
}

static void
page_fill(struct page *page, const struct ini_doc *doc, const struct ini_section *sec,
    struct diag_list *diags)
{
	page->partial = doc->broken;
	for (size_t i = 0; !doc->broken && i < sec->count; i++)
		build_page_key(page, &sec->entries[i], page->file, diags);
}

static void
build_page(struct guide *guide, const struct ini_doc *doc, const struct ini_section *sec,
    const char *file, struct diag_list *diags)
{
	struct page *page = page_stub(guide, sec->name + strlen("page."), file, sec->line,
	    diags);

	if (page != NULL)
		page_fill(page, doc, sec, diags);
}

/* Sets each key of sec to the object's field of that name (field(object, key); NULL
   for an unknown key, which is reported). Keys with no value are left unset. */
static void
set_fields(const struct ini_section *sec, const char *file, void *object,
    char **(*field)(void *object, const char *key), struct diag_list *diags)
{
	for (size_t i = 0; i < sec->count; i++) {
		const struct ini_entry *e = &sec->entries[i];
		char **to = field(object, e->key);
		if (to == NULL)
			diag_add(diags, file, e->line, "unknown key '%s' in [%s]", e->key,
			    sec->name);
		else if (*e->value != '\0')
			set_once(to, e->value);
	}
}

static char **
resource_field(void *object, const char *key)
{
	struct resource *r = object;

	if (strcmp(key, "name") == 0) return &r->name;
	if (strcmp(key, "phone") == 0) return &r->phone;
	if (strcmp(key, "tty") == 0) return &r->tty;
	if (strcmp(key, "text") == 0) return &r->text;
	if (strcmp(key, "web") == 0) return &r->web;
	if (strcmp(key, "hours") == 0) return &r->hours;
	if (strcmp(key, "note") == 0) return &r->note;
	return NULL;
}

static struct resource *
resource_stub(struct guide *guide, const char *id, const char *file, int line,
    struct diag_list *diags)
{
	size_t earlier = guide_find_resource(guide, id);
	struct resource *r;

	if (!is_new_id("resource", id, earlier != GUIDE_NONE ? guide->resources[earlier].file
	    : NULL, earlier != GUIDE_NONE ? guide->resources[earlier].line : 0, file, line,
	    diags))
		return NULL;
	guide->resources = xgrow(guide->resources, guide->resource_count,
	    sizeof *guide->resources);
	r = &guide->resources[guide->resource_count++];
	memset(r, 0, sizeof *r);
	r->id = xstrdup(id);
	r->file = file;
	r->line = line;
	return r;
}

static void
resource_fill(struct resource *r, const struct ini_doc *doc, const struct ini_section *sec,
    struct diag_list *diags)
{
	r->partial = doc->broken;
	if (!doc->broken)
		set_fields(sec, r->file, r, resource_field, diags);
}

static void
build_resource(struct guide *guide, const struct ini_doc *doc,
    const struct ini_section *sec, const char *file, struct diag_list *diags)
{
	struct resource *r = resource_stub(guide, sec->name + strlen("resource."), file,
	    sec->line, diags);

	if (r != NULL)
		resource_fill(r, doc, sec, diags);
}

static char **
source_field(void *object, const char *key)
{
	struct source *s = object;

	if (strcmp(key, "publisher") == 0) return &s->publisher;
	if (strcmp(key, "title") == 0) return &s->title;
	if (strcmp(key, "address") == 0) return &s->address;
	if (strcmp(key, "date") == 0) return &s->date;
	if (strcmp(key, "seen") == 0) return &s->seen;
	return NULL;
}

static void
source_fill(struct source *s, const struct ini_doc *doc, const struct ini_section *sec,
    struct diag_list *diags)
{
	s->partial = doc->broken;
	if (!doc->broken)
		set_fields(sec, s->file, s, source_field, diags);
}

void
loader_read_source(struct source *s, const struct ini_doc *doc,
    const struct ini_section *sec, const char *file, struct diag_list *diags)
{
	memset(s, 0, sizeof *s);
	s->id = xstrdup(sec->name + strlen("source."));
	s->file = file;
	s->line = sec->line;
	source_fill(s, doc, sec, diags);
}

static struct source *
source_stub(struct guide *guide, const char *id, const char *file, int line,
    struct diag_list *diags)
{
	size_t earlier = guide_find_source(guide, id);
	struct source *s;

	if (!is_new_id("source", id, earlier != GUIDE_NONE ? guide->sources[earlier].file
	    : NULL, earlier != GUIDE_NONE ? guide->sources[earlier].line : 0, file, line,
	    diags))
		return NULL;
	guide->sources = xgrow(guide->sources, guide->source_count, sizeof *guide->sources);
	s = &guide->sources[guide->source_count++];
	memset(s, 0, sizeof *s);
	s->id = xstrdup(id);
	guide_index_last_source(guide);
	s->file = file;
	s->line = line;
	return s;
}

static void
build_source(struct guide *guide, const struct ini_doc *doc,
    const struct ini_section *sec, const char *file, struct diag_list *diags)
{
	struct source *s = source_stub(guide, sec->name + strlen("source."), file, sec->line,
	    diags);

	if (s != NULL)
		source_fill(s, doc, sec, diags);
}

static char **
guide_field(struct guide *guide, const char *key)
{
	if (strcmp(key, "title") == 0) return &guide->title;
	if (strcmp(key, "lang") == 0) return &guide->lang;
	if (strcmp(key, "language_name") == 0) return &guide->language_name;
	if (strcmp(key, "start") == 0) return &guide->start_id;
	if (strcmp(key, "about") == 0) return &guide->about_id;
	if (strcmp(key, "glossary") == 0) return &guide->glossary_id;
	if (strcmp(key, "safety") == 0) return &guide->safety_id;
	if (strcmp(key, "states") == 0) return &guide->states_id;
	if (strcmp(key, "your_state") == 0) return &guide->your_state_id;
	if (strcmp(key, "disclaimer") == 0) return &guide->disclaimer;
	return NULL;
}

static void
fill_guide_section(struct guide *guide, const struct ini_doc *doc,
    const struct ini_section *sec, struct diag_list *diags)
{
	guide->guide_partial = doc->broken;
	for (size_t i = 0; !doc->broken && i < sec->count; i++) {
		const struct ini_entry *e = &sec->entries[i];
		char **field = guide_field(guide, e->key);
		if (field == NULL)
			diag_add(diags, guide->guide_file, e->line, "unknown key '%s' in [guide]",
			    e->key);
		else
			set_once(field, e->value);
	}
}

/* Returns 0 when this [guide] is the first. */
static int
is_first_guide_section(const struct guide *guide, const char *file, int line,
    struct diag_list *diags)
{
	if (guide->guide_file == NULL)
		return 1;
	diag_add(diags, file, line, "a second [guide] section (the first is at %s:%d)",
	    guide->guide_file, guide->guide_line);
	return 0;
}

static void
build_guide_section(struct guide *guide, const struct ini_doc *doc,
    const struct ini_section *sec, const char *file, struct diag_list *diags)
{
	if (!is_first_guide_section(guide, file, sec->line, diags))
		return;
	guide->guide_file = file;
	guide->guide_line = sec->line;
	fill_guide_section(guide, doc, sec, diags);
}

static void
report_unknown_kind(const char *file, const struct ini_section *sec,
    struct diag_list *diags)
{
	diag_add(diags, file, sec->line, "unknown section kind [%s]: expected [guide], "
	    "[page.ID], [resource.ID] or [source.ID]", sec->name);
}

static void
build_doc(struct guide *guide, const struct ini_doc *doc, const char *file,
    struct diag_list *diags)
{
	for (size_t i = 0; i < doc->count; i++) {
		const struct ini_section *sec = &doc->sections[i];
		if (strcmp(sec->name, "guide") == 0)
			build_guide_section(guide, doc, sec, file, diags);
		else if (strncmp(sec->name, "page.", 5) == 0)
			build_page(guide, doc, sec, file, diags);
		else if (strncmp(sec->name, "resource.", 9) == 0)
			build_resource(guide, doc, sec, file, diags);
		else if (strncmp(sec->name, "source.", 7) == 0)
			build_source(guide, doc, sec, file, diags);
		else
			report_unknown_kind(file, sec, diags);
	}
}

void
guide_build(struct guide *guide, const char *dir, const char *const *placeholders,
    struct ini_doc *docs, size_t count, struct diag_list *diags)
{
	guide->files = xreallocarray(guide->files, guide->file_count + count,
	    sizeof *guide->files);
	for (size_t i = 0; i < count; i++) {
		const char *file = guide->files[guide->file_count++] = xstrdup(docs[i].path);
		build_doc(guide, &docs[i], file, diags);
	}
	guide_validate(guide, dir, placeholders, diags);
}

int
loader_is_ini_name(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && name[0] != '.' && strcmp(name + n - 4, ".ini") == 0;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.ini names in dir, sorted so that loading (and its messages) is repeatable. */
char **
loader_list_ini_files(const char *dir, size_t *count, struct diag_list *diags)
{
	DIR *d = opendir(dir);
	struct dirent *entry;
	char **names = NULL;
	int dir_length = (int)strlen(dir);

	/* "content/en/" and "content/en" name the same files the same way. */
	while (dir_length > 1 && dir[dir_length - 1] == '/')
		dir_length--;
	*count = 0;
	if (d == NULL) {
		diag_add(diags, dir, 0, "cannot open the folder");
		return NULL;
	}
	while ((entry = readdir(d)) != NULL) {
		if (!loader_is_ini_name(entry->d_name))
			continue;
		names = xreallocarray(names, *count + 1, sizeof *names);
		names[(*count)++] = xasprintf("%.*s/%s", dir_length, dir, entry->d_name);
	}
	closedir(d);
	if (*count > 1)
		qsort(names, *count, sizeof *names, compare_names);
	return names;
}

struct guide *
guide_load(const char *dir, const struct guide_options *options, struct diag_list *diags)
{
	struct guide *guide = guide_new();
	struct ini_doc *docs;
	size_t count;
	char **names = loader_list_ini_files(dir, &count, diags);

	guide->checking = options->checking;
	docs = xcalloc(count, sizeof *docs);
	for (size_t i = 0, sections = 0; i < count; i++) {
		ini_doc_load(&docs[i], names[i], options->allow_symlinks, diags);
		sections += docs[i].count;
		if (sections > 2 * GUIDE_MAX_PAGES) {
			/* Far past the page limit (validate.c): reading on would only cost. */
			diag_add(diags, names[i], docs[i].sections[docs[i].count - 1].line,
			    "more than %d sections: haven stops reading the guide here",
			    2 * GUIDE_MAX_PAGES);
			count = i + 1;
			break;
		}
	}
	guide_build(guide, dir, options->placeholders, docs, count, diags);
	for (size_t i = 0; i < count; i++) {
		ini_doc_free(&docs[i]);
		free(names[i]);
	}
	free(docs);
	free(names);
	return guide;
}

/* --- a reader's guide, read part by part ---

   A reader's start reads the outline of every file (its section lines only), then
   [guide], the start page and the glossary: what the first screen shows. Every other
   page, resource and source is read, checked and converted when a screen first needs
   it; one with problems is marked broken, and the reader is told it cannot be shown,
   while the rest of the guide works. The checker reads everything at once. */

enum part_kind { PART_PAGE, PART_RESOURCE, PART_SOURCE };

static struct guide_part *
part_where(struct guide *g, enum part_kind kind, size_t i)
{
	switch (kind) {
	case PART_PAGE: return &g->pages[i].where;
	case PART_RESOURCE: return &g->resources[i].where;
	default: return &g->sources[i].where;
	}
}

/* What section j of file i names, known by its ID and place only. */
static void
add_stub(struct guide *g, size_t i, size_t j, struct diag_list *diags)
{
	const struct ini_section *sec = &g->outlines[i].sections[j];
	const char *file = g->files[i];
	struct guide_part where = { PART_UNREAD, i, j };
	struct page *page;
	struct resource *resource;
	struct source *source;

	if (strcmp(sec->name, "guide") == 0) {
		if (!is_first_guide_section(g, file, sec->line, diags))
			return;
		g->guide_file = file;
		g->guide_line = sec->line;
		g->header = where;
	} else if (strncmp(sec->name, "page.", 5) == 0) {
		if ((page = page_stub(g, sec->name + 5, file, sec->line, diags)) != NULL)
			page->where = where;
	} else if (strncmp(sec->name, "resource.", 9) == 0) {
		if ((resource = resource_stub(g, sec->name + 9, file, sec->line, diags)) != NULL)
			resource->where = where;
	} else if (strncmp(sec->name, "source.", 7) == 0) {
		if ((source = source_stub(g, sec->name + 7, file, sec->line, diags)) != NULL)
			source->where = where;
	} else {
		report_unknown_kind(file, sec, diags);
	}
}

static int
read_part(const struct guide *g, const struct guide_part *where, struct ini_doc *doc,
    struct diag_list *diags)
{
	const struct ini_doc *outline = &g->outlines[where->file];

	return ini_doc_load_section(doc, outline, &outline->sections[where->section],
	    g->options.allow_symlinks, diags);
}

static int
converts(const struct guide *g)
{
	return g->options.charset != NULL && !text_charset_is_utf8(g->options.charset);
}

static void
fill_part(struct guide *g, enum part_kind kind, size_t i, const struct ini_doc *doc,
    const struct ini_section *sec, struct diag_list *diags)
{
	switch (kind) {
	case PART_PAGE: page_fill(&g->pages[i], doc, sec, diags); break;
	case PART_RESOURCE: resource_fill(&g->resources[i], doc, sec, diags); break;
	case PART_SOURCE: source_fill(&g->sources[i], doc, sec, diags); break;
	}
}

/* A page's resources are part of it: one that cannot be read leaves a hole. */
static void
check_page_part(struct guide *g, struct page *p, struct diag_list *diags)
{
	size_t before = diags->count;

	guide_validate_page(g, p, g->options.placeholders, diags);
	sources_check_page(g, p, diags);
	for (size_t j = 0; diags->count == before && j < p->block_count; j++) {
		const struct block *b = &p->blocks[j];
		if (b->kind == BLOCK_RESOURCE && b->target != GUIDE_NONE &&
		    guide_need_resource(g, b->target, diags) != 0)
			diag_add(diags, p->file, b->line, "resource '%s' cannot be read", b->text);
	}
	if (diags->count == before && converts(g))
		page_for_charset(p, g->options.charset);
}

static void
check_part(struct guide *g, enum part_kind kind, size_t i, struct diag_list *diags)
{
	size_t before = diags->count;

	switch (kind) {
	case PART_PAGE:
		check_page_part(g, &g->pages[i], diags);
		break;
	case PART_RESOURCE:
		guide_validate_resource(&g->resources[i], diags);
		if (diags->count == before && converts(g))
			resource_for_charset(&g->resources[i], g->options.charset);
		break;
	case PART_SOURCE:
		sources_check_one(&g->sources[i], diags);
		if (diags->count == before && converts(g))
			source_for_charset(&g->sources[i], g->options.charset);
		break;
	}
}

/* A broken page keeps its ID and a title (its ID if it has none), and nothing a
   reader could open or tick: they are told it cannot be shown. */
static void
mark_broken(struct guide *g, enum part_kind kind, size_t i)
{
	struct page *p;

	part_where(g, kind, i)->state = PART_BROKEN;
	if (kind != PART_PAGE)
		return;
	p = &g->pages[i];
	page_clear_content(p);
	if (p->title == NULL)
		p->title = xstrdup(p->id);
}

/* Fills part i from sec of doc (doc NULL: it could not be read), then checks and
   converts it; any problem since before marks it broken. */
static void
settle_part(struct guide *g, enum part_kind kind, size_t i, const struct ini_doc *doc,
    const struct ini_section *sec, size_t before, struct diag_list *diags)
{
	if (doc != NULL)
		fill_part(g, kind, i, doc, sec, diags);
	if (diags->count == before)
		check_part(g, kind, i, diags);
	if (diags->count != before)
		mark_broken(g, kind, i);
}

/* Reads, checks and converts one part the first time it is needed. Returns 0 when it
   can be shown. */
static int
need_part(struct guide *g, enum part_kind kind, size_t i, struct diag_list *diags)
{
	struct guide_part *where = part_where(g, kind, i);
	size_t before = diags->count;
	struct ini_doc doc;
	int read;

	if (where->state != PART_UNREAD)
		return where->state == PART_BROKEN;
	where->state = PART_LOADED;	/* (a page's resources are read from inside) */
	read = read_part(g, where, &doc, diags) == 0;
	settle_part(g, kind, i, read ? &doc : NULL, read ? &doc.sections[0] : NULL, before,
	    diags);
	ini_doc_free(&doc);
	return where->state == PART_BROKEN;
}

int
guide_need_page(struct guide *g, size_t i, struct diag_list *diags)
{
	return i < g->page_count ? need_part(g, PART_PAGE, i, diags) : 1;
}

struct glossary *
guide_glossary_hints(struct guide *g)
{
	const struct guide_part *where;
	const struct ini_doc *outline;
	struct glossary *hints = NULL;
	struct diag_list diags;
	struct ini_doc doc;

	if (g->glossary == GUIDE_NONE || converts(g))
		return NULL;
	where = &g->pages[g->glossary].where;
	if (where->state != PART_UNREAD)
		return NULL;
	outline = &g->outlines[where->file];
	diag_init(&diags);	/* (a broken glossary says so when it is loaded) */
	if (ini_doc_scan_section(&doc, outline, &outline->sections[where->section],
	    g->options.allow_symlinks, &diags) == 0)
		hints = glossary_hints_new(&doc.sections[0]);
	ini_doc_free(&doc);
	diag_free(&diags);
	return hints;
}

int
guide_need_resource(struct guide *g, size_t i, struct diag_list *diags)
{
	return i < g->resource_count ? need_part(g, PART_RESOURCE, i, diags) : 1;
}

void
guide_need_sources(struct guide *g, size_t page, struct diag_list *diags)
{
	const struct page *p = &g->pages[page];

	for (size_t i = 0; i < p->source_ref_count; i++)
		if (p->source_refs[i] < g->source_count)
			need_part(g, PART_SOURCE, p->source_refs[i], diags);
}

int
guide_need_view(struct guide *g, size_t page, struct diag_list *diags)
{
	struct diag_list theirs;	/* the other pages' problems are their own: each
					   says so when it is opened */
	size_t steps = 0;

	if (guide_need_page(g, page, diags) != 0)
		return 1;
	diag_init(&theirs);
	/* Its parents name the way back in the line that says where the reader is; a
	   chain that loops would never end it (the checker names the loop). */
	for (size_t at = g->pages[page].parent; at != GUIDE_NONE && at != g->start;
	    at = g->pages[at].parent) {
		if (++steps > g->page_count) {
			diag_add(diags, g->pages[page].file, g->pages[page].line,
			    "[page.%s] parent chain loops and never reaches the start page",
			    g->pages[page].id);
			mark_broken(g, PART_PAGE, page);
			diag_free(&theirs);
			return 1;
		}
		guide_need_page(g, at, &theirs);	/* (a broken one shows its ID) */
	}
	/* A choice without a label of its own shows its page's title. */
	for (size_t j = 0; j < g->pages[page].block_count; j++) {
		const struct block *b = &g->pages[page].blocks[j];
		if (b->kind == BLOCK_CHOICE && text_is_blank(b->detail) && b->target != GUIDE_NONE)
			guide_need_page(g, b->target, &theirs);
	}
	diag_free(&theirs);
	return 0;
}

/* Every unread part of file i, from one reading of the whole file (a search needs
   them all: section by section would cost a file open each). */
static void
need_file(struct guide *g, size_t i, struct diag_list *diags)
{
	const struct ini_doc *outline = &g->outlines[i];
	size_t counts[] = { g->page_count, g->resource_count, g->source_count };
	struct ini_doc doc;
	int same;

	ini_doc_load(&doc, g->files[i], g->options.allow_symlinks, diags);
	same = !doc.broken && doc.count == outline->count && ini_doc_same_file(&doc, outline);
	for (enum part_kind kind = PART_PAGE; kind <= PART_SOURCE; kind++) {
		for (size_t n = 0; n < counts[kind]; n++) {
			struct guide_part *where = part_where(g, kind, n);
			size_t before = diags->count;
			if (where->state != PART_UNREAD || where->file != i)
				continue;
			if (!same) {
				need_part(g, kind, n, diags);	/* it says what went wrong */
				continue;
			}
			where->state = PART_LOADED;
			settle_part(g, kind, n, &doc, &doc.sections[where->section], before, diags);
		}
	}
	ini_doc_free(&doc);
}

void
guide_need_all(struct guide *g, struct diag_list *diags)
{
	for (size_t i = 0; i < g->outline_count; i++)
		need_file(g, i, diags);
}

/* [guide], then what the first screen shows. */
static void
open_first_parts(struct guide *g, const char *dir, struct diag_list *diags)
{
	size_t before = diags->count;
	struct diag_list theirs;
	struct ini_doc doc;

	if (g->guide_file != NULL) {
		if (read_part(g, &g->header, &doc, diags) == 0)
			fill_guide_section(g, &doc, &doc.sections[0], diags);
		ini_doc_free(&doc);
	}
	if (diags->count != before || guide_validate_size(g, dir, diags) != 0)
		return;
	guide_validate_header(g, dir, diags);
	if (diags->count != before)
		return;
	if (converts(g))
		guide_fields_for_charset(g, g->options.charset);
	/* The start page must be there to show; a broken resource only leaves its own
	   hole. (The glossary waits for a screen with a word that may be in it.) */
	guide_need_view(g, g->start, diags);
	diag_init(&theirs);
	for (size_t i = 0; g->options.all_resources && i < g->resource_count; i++)
		guide_need_resource(g, i, &theirs);
	diag_free(&theirs);
}

struct guide *
guide_open(const char *dir, const struct guide_options *options, struct diag_list *diags)
{
	size_t count;
	char **files = loader_list_ini_files(dir, &count, diags);

	return guide_open_files(dir, files, count, options, diags);
}

struct guide *
guide_open_files(const char *dir, char **files, size_t count,
    const struct guide_options *options, struct diag_list *diags)
{
	struct guide *guide = guide_new();
	size_t before = diags->count, sections = 0;

	guide->options = *options;
	guide->checking = options->checking;
	guide->files = files;
	guide->file_count = count;
	guide->outlines = xcalloc(count > 0 ? count : 1, sizeof *guide->outlines);
	for (size_t i = 0; i < count; i++) {
		ini_doc_outline(&guide->outlines[i], guide->files[i], options->allow_symlinks,
		    diags);
		guide->outline_count++;
		sections += guide->outlines[i].count;
		if (sections > 2 * GUIDE_MAX_PAGES) {
			diag_add(diags, guide->files[i], 0, "more than %d sections: haven stops "
			    "reading the guide here", 2 * GUIDE_MAX_PAGES);
			return guide;
		}
		for (size_t j = 0; j < guide->outlines[i].count; j++)
			add_stub(guide, i, j, diags);
	}
	if (diags->count == before)
		open_first_parts(guide, dir, diags);
	return guide;
}
