/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* guide.h: haven's content model: a guide in one language is a set of pages made of
   blocks, plus resources (hotlines, websites). All text is UTF-8. No I/O here. */
#ifndef HAVEN_GUIDE_H
#define HAVEN_GUIDE_H

#include <stddef.h>

#define GUIDE_NONE ((size_t)-1)

/* Limits a guide is checked against before use (content/README.md): beyond them a
   guide is an error with its file and line, never a slow or crashing reader. Bytes
   and keys per file are in ini_doc.h; questions in a row in validate.c. */
#define GUIDE_MAX_PAGES 50000
#define GUIDE_MAX_ITEMS 200	/* choices and checklist items on one page */

/* How a guide is read. */
struct guide_options {
	const char *const *placeholders;	/* the "{name}"s text may use; NULL: none */
	int allow_symlinks;			/* guide files may be symbolic links */
	const char *today;	/* YYYY-MM-DD, for the checker's "checked long ago"; NULL: none */
	int checking;		/* the checker reads: editorial rules are checked too, and
				   every file is read at once; a reader reads each part
				   when a screen first needs it */
	int all_resources;	/* a reader who needs every resource at once (numbers said
				   digit by digit are found in all of them) */
	const char *charset;	/* the terminal's: text is converted as it loads; NULL: UTF-8 */
};

/* Where a page, resource or source is, for a reader who has not needed it yet: the
   outline of every file is read at start, a part itself when a screen needs it. */
enum part_state {
	PART_LOADED,		/* read (the checker reads every part at once) */
	PART_UNREAD,		/* known from the outline only: its ID, file and line */
	PART_BROKEN		/* read, with problems: a reader is told it cannot be shown */
};

struct guide_part {
	enum part_state state;
	size_t file;		/* index into guide->outlines */
	size_t section;		/* its section in that outline */
};

enum block_kind {
	BLOCK_PARAGRAPH,
	BLOCK_IMPORTANT,
	BLOCK_BULLET,
	BLOCK_STEP,
	BLOCK_TERM,		/* text = word, detail = meaning */
	BLOCK_RESOURCE,		/* text = resource id, target = resource index */
	BLOCK_CHOICE,		/* text = target page id, detail = label or NULL; on a
				   question page, said = the answer in the reader's words */
	BLOCK_CHECK		/* a checklist item the reader can tick */
};

struct block {
	enum block_kind kind;
	char *text;
	char *detail;
	char *said;		/* answers only: "the order protects you" */
	int is_answer;
	size_t target;		/* page or resource index, resolved after loading */
	int line;
};

struct resource {
	char *id;
	char *name;
	char *phone;
	char *tty;
	char *text;
	char *web;
	char *hours;
	char *note;
	const char *file;
	int line;
	int partial;		/* its file had raw problems: fields not loaded */
	struct guide_part where;
};

/* Where a page's facts come from: a public page a reader can look up. */
struct source {
	char *id;
	char *publisher;
	char *title;
	char *address;		/* where to read it, without https:// */
	char *date;		/* the date the page shows, YYYY-MM-DD; NULL: it shows none */
	char *seen;		/* when an editor last read it, YYYY-MM-DD */
	const char *file;
	int line;
	int partial;		/* its file had raw problems: fields not loaded */
	struct guide_part where;
};

struct page {
	char *id;
	char *title;
	char *short_title;	/* NULL: use title */
	char *parent_id;
	size_t parent;		/* page index, GUIDE_NONE for the start page */
	char *sources;		/* source IDs, separated by commas */
	int sources_line;
	size_t *source_refs;	/* resolved: indexes into guide->sources */
	size_t source_ref_count;
	char *reviewed;
	unsigned state_topics;	/* bit per enum state_topic: the rules it tells vary by state */
	int state_topics_line;
	char *question;		/* a question page asks this; its answers lead on */
	char *explain;		/* one line under the question */
	char *summary;		/* "yes": the page lists the answers given */
	struct block *blocks;
	size_t block_count;
	const char *file;
	int line;
	int partial;		/* its file had raw problems: fields not loaded */
	struct guide_part where;
};

struct guide {
	char *title;
	char *lang;
	char *language_name;
	char *start_id;
	char *about_id;
	char *glossary_id;	/* the page whose terms are the glossary (optional) */
	char *safety_id;	/* the page the safety key opens from anywhere */
	char *states_id;	/* the page where a reader chooses their state (optional) */
	char *your_state_id;	/* the page that lists what is known of the chosen state */
	char *disclaimer;
	size_t start;
	size_t about;
	size_t glossary;
	size_t safety;
	size_t states_page;
	size_t your_state_page;
	struct state_list *states;	/* read when first needed; NULL until then */
	int states_broken;		/* they were read and have problems */
	struct page *pages;
	size_t page_count;
	struct resource *resources;
	size_t resource_count;
	struct source *sources;
	size_t source_count;
	char **files;		/* every file read, owned; pages point into it */
	size_t file_count;
	size_t *page_slots;	/* hash of page IDs: index + 1, 0 for an empty slot */
	size_t page_slot_count;
	size_t *source_slots;	/* the same for source IDs */
	size_t source_slot_count;
	const char *guide_file;	/* where [guide] was found */
	int guide_line;
	int guide_partial;	/* its file had raw problems: fields not loaded */
	struct guide_part header;	/* where [guide] is, for a reader */
	int checking;		/* read by the checker (guide_options.checking) */
	struct ini_doc *outlines;	/* a reader's: each file's sections, read later */
	size_t outline_count;
	struct guide_options options;	/* how its parts are read */
};

struct state_list;
struct guide *guide_new(void);
void guide_free(struct guide *guide);
/* Frees what a page shows and leads to (blocks, question, summary, citations): a
   page that cannot be shown keeps its ID, title and place only. */
void page_clear_content(struct page *page);
/* Frees a source's fields (a state file holds sources too). */
void source_free(struct source *source);

size_t guide_find_page(const struct guide *guide, const char *id);
/* Adds the last page of guide->pages to the ID lookup (call after each new page). */
void guide_index_last_page(struct guide *guide);
/* The same for guide->sources. */
void guide_index_last_source(struct guide *guide);
size_t guide_find_resource(const struct guide *guide, const char *id);
size_t guide_find_source(const struct guide *guide, const char *id);
/* The page the reader reaches from page without a choice of its own: choosing a
   state leads from the states page to the your-state page. GUIDE_NONE: none. */
size_t guide_chosen_page(const struct guide *guide, size_t page);
/* The label of a choice: its own, or the title of the page it leads to. */
const char *guide_choice_label(const struct guide *guide, const struct block *choice);
/* The name of a page in the "where you are" line. */
const char *guide_page_short_title(const struct page *page);
/* Number of choices on a page, and the block of the n-th one (NULL if none). */
size_t page_choice_count(const struct page *page);
const struct block *page_choice(const struct page *page, size_t n);
/* Number of checklist items, and the n-th one. */
size_t page_check_count(const struct page *page);
const struct block *page_check(const struct page *page, size_t n);
/* Is this a summary page (it lists the reader's answers)? */
int page_is_summary(const struct page *page);
/* Rewrites every text of the guide so that charset can show it (transliterated),
   keeping UTF-8 inside; nothing to do for UTF-8. */
void guide_for_charset(struct guide *guide, const char *charset);
/* The same for one part, as a reader loads it. */
void guide_fields_for_charset(struct guide *guide, const char *charset);
void page_for_charset(struct page *page, const char *charset);
void resource_for_charset(struct resource *resource, const char *charset);
void source_for_charset(struct source *source, const char *charset);
/* Is the page there to show (read, without problems)? */
int page_is_shown(const struct page *page);
/* One field of it (NULL stays NULL). */
void guide_recode(char **field, const char *charset);
/* Total words in all text of the guide (for the checker's summary). */
size_t guide_word_count(const struct guide *guide);

#endif
