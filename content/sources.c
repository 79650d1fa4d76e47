/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* sources.c: the sources list and what pages cite from it (see sources.h). */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sources.h"
#include "text.h"
#include "xalloc.h"

int
sources_is_bare_address(const char *address)
{
	return strncmp(address, "http", 4) != 0 && strchr(address, ' ') == NULL;
}

static int
same_text(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

int
sources_same_page(const struct source *a, const struct source *b)
{
	return same_text(a->address, b->address) && same_text(a->date, b->date);
}

void
sources_check_one(const struct source *s, struct diag_list *diags)
{
	if (s->partial)
		return;
	if (text_is_blank(s->address))
		diag_add(diags, s->file, s->line, "[source.%s] has no address: a reader must be "
		    "able to look it up", s->id);
	else if (!sources_is_bare_address(s->address))
		diag_add(diags, s->file, s->line, "[source.%s] address '%s' must be written "
		    "without http:// or https:// and without spaces", s->id, s->address);
	if (text_is_blank(s->publisher))
		diag_add(diags, s->file, s->line, "[source.%s] has no publisher", s->id);
	if (text_is_blank(s->title))
		diag_add(diags, s->file, s->line, "[source.%s] has no title", s->id);
	if (s->date != NULL && !text_is_date(s->date))
		diag_add(diags, s->file, s->line, "[source.%s] date '%s' is not written "
		    "YYYY-MM-DD (leave it out when the page shows no date)", s->id, s->date);
	if (text_is_blank(s->seen))
		diag_add(diags, s->file, s->line, "[source.%s] has no seen date", s->id);
	else if (!text_is_date(s->seen))
		diag_add(diags, s->file, s->line, "[source.%s] seen date '%s' is not written "
		    "YYYY-MM-DD", s->id, s->seen);
}

char **
sources_split_ids(const char *ids, size_t *count)
{
	const char *at = ids != NULL ? ids : "";
	char **out = NULL;

	*count = 0;
	while (*at != '\0') {
		const char *end = strchr(at, ',');
		size_t length;

		if (end == NULL)
			end = at + strlen(at);
		while (at < end && *at == ' ')
			at++;
		length = (size_t)(end - at);
		while (length > 0 && at[length - 1] == ' ')
			length--;
		out = xreallocarray(out, *count + 1, sizeof *out);
		out[(*count)++] = xstrndup(at, length);
		at = *end == ',' ? end + 1 : end;
	}
	return out;
}

void
sources_free_ids(char **ids, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(ids[i]);
	free(ids);
}

/* Each cited ID resolved against the list. */
static void
resolve_citations(const struct guide *g, struct page *p, struct diag_list *diags)
{
	size_t count;
	char **ids = sources_split_ids(p->sources, &count);

	free(p->source_refs);
	p->source_refs = NULL;
	p->source_ref_count = 0;
	for (size_t i = 0; i < count; i++) {
		size_t index = guide_find_source(g, ids[i]);
		if (index == GUIDE_NONE)
			diag_add(diags, p->file, p->sources_line, "[page.%s] cites unknown source "
			    "'%s': add a [source.%s] section or fix the ID", p->id, ids[i], ids[i]);
		else {
			p->source_refs = xreallocarray(p->source_refs, p->source_ref_count + 1,
			    sizeof *p->source_refs);
			p->source_refs[p->source_ref_count++] = index;
		}
	}
	sources_free_ids(ids, count);
}

/* Names only editors know: a reader can look none of them up. Lower case, matched as
   whole words, ignoring case. */
static const char *const internal_names[] = {
	"seed", "cautions list", "design.md", "resources list",
	"texto de origen", "lista de advertencias", "lista de recursos",
};

static int
is_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* One pass over the text, trying the names only where a word starts (seven
   strcasestr walks a field were a quarter of `--check` on a 10,000-page guide). */
static const char *
internal_name_in(const char *text)
{
	if (text == NULL)
		return NULL;
	for (const char *at = text; *at != '\0'; at++) {
		if (at > text && is_word_byte((unsigned char)at[-1]))
			continue;
		for (size_t n = 0; n < sizeof internal_names / sizeof internal_names[0]; n++) {
			size_t length;
			if (tolower((unsigned char)*at) != internal_names[n][0])
				continue;
			length = strlen(internal_names[n]);
			if (strncasecmp(at, internal_names[n], length) == 0 &&
			    !is_word_byte((unsigned char)at[length]))
				return internal_names[n];
		}
	}
	return NULL;
}

/* kind and id say where the text is: "page" and "start" give [page.start]. */
void
sources_check_reader_text(const char *text, const char *file, int line, const char *kind,
    const char *id, struct diag_list *diags)
{
	const char *name = internal_name_in(text);

	if (name != NULL)
		diag_add(diags, file, line, "[%s%s%s] shows readers the internal name '%s': cite "
		    "a public source from the sources list instead", kind, *id ? "." : "", id,
		    name);
}

static void
check_page_text(const struct page *p, struct diag_list *diags)
{
	const char *fields[] = { p->title, p->short_title, p->question, p->explain };

	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		sources_check_reader_text(fields[i], p->file, p->line, "page", p->id, diags);
	for (size_t i = 0; i < p->block_count; i++) {
		const struct block *b = &p->blocks[i];
		if (b->kind != BLOCK_CHOICE && b->kind != BLOCK_RESOURCE)
			sources_check_reader_text(b->text, p->file, b->line, "page", p->id, diags);
		sources_check_reader_text(b->detail, p->file, b->line, "page", p->id, diags);
		sources_check_reader_text(b->said, p->file, b->line, "page", p->id, diags);
	}
}

static void
check_resource_text(const struct resource *r, struct diag_list *diags)
{
	const char *fields[] = { r->name, r->text, r->web, r->hours, r->note };

	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		sources_check_reader_text(fields[i], r->file, r->line, "resource", r->id, diags);
}

void
sources_check_page(const struct guide *g, struct page *p, struct diag_list *diags)
{
	if (p->partial)
		return;
	if (!text_is_blank(p->sources))
		resolve_citations(g, p, diags);
	if (g->checking)
		check_page_text(p, diags);
}

void
sources_validate(struct guide *g, struct diag_list *diags)
{
	for (size_t i = 0; i < g->source_count; i++) {
		sources_check_one(&g->sources[i], diags);
		if (!g->checking)
			continue;
		sources_check_reader_text(g->sources[i].publisher, g->sources[i].file,
		    g->sources[i].line, "source", g->sources[i].id, diags);
		sources_check_reader_text(g->sources[i].title, g->sources[i].file, g->sources[i].line,
		    "source", g->sources[i].id, diags);
	}
	for (size_t i = 0; i < g->page_count; i++)
		sources_check_page(g, &g->pages[i], diags);
	/* Internal names are an editor's slip, not a reader's danger: looking for them
	   in every word took a fifth of a reader's start, so only the checker does. */
	if (!g->checking)
		return;
	for (size_t i = 0; i < g->resource_count; i++)
		if (!g->resources[i].partial)
			check_resource_text(&g->resources[i], diags);
	if (g->guide_file != NULL && !g->guide_partial) {
		sources_check_reader_text(g->title, g->guide_file, g->guide_line, "guide", "", diags);
		sources_check_reader_text(g->disclaimer, g->guide_file, g->guide_line, "guide", "", diags);
	}
}
