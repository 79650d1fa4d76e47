/* view.c: builds the lines of help and search results; pages come from layout_page. */
#include <config.h>

#include <stdlib.h>

#include "glossary.h"
#include "i18n.h"
#include "view.h"
#include "xalloc.h"

/* The most results a list shows: enough for any real question, bounded for a
   10,000-page guide. */
#define VIEW_MAX_RESULTS 200

static void
help_line(struct layout *layout, const char *text, int width)
{
	layout_wrap(layout, text, "", width, LINE_TEXT, GUIDE_NONE);
}

static void
view_help(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	char keys[128], *line;

	layout_wrap(layout, _("Help: keys"), "", c->width, LINE_HEADING, GUIDE_NONE);
	layout_blank(layout);
	keymap_describe(c->keys, ACTION_PANIC, _(" or "), keys, sizeof keys);
	line = xasprintf(_("Quick exit: press %s. The guide vanishes from the screen and "
	    "haven ends at once. It works on every screen, even while you type."), keys);
	layout_wrap(layout, line, "", c->width, LINE_IMPORTANT, GUIDE_NONE);
	free(line);
	layout_blank(layout);
	if (c->linear) {
		help_line(layout, _("Type the number of a choice, then Enter, to open it."), c->width);
		help_line(layout, _("A checklist item's number, then Enter, ticks it or unticks "
		    "it."), c->width);
		help_line(layout, _("b, then Enter: go back. r: show the page again. "
		    "g: start page. s: search. d: court words on this page. L: switch "
		    "language. i: about this guide. q: quit."), c->width);
	} else {
		for (int a = ACTION_NONE + 1; a < ACTION_COUNT; a++) {
			if (action_help(a) == NULL || a == ACTION_REPEAT)
				continue;
			keymap_describe(c->keys, a, _(" or "), keys, sizeof keys);
			if (keys[0] == '\0')
				continue;
			line = xasprintf("%s: %s", keys, _(action_help(a)));
			layout_wrap(layout, line, "", c->width, LINE_TEXT, GUIDE_NONE);
			free(line);
		}
		help_line(layout, _("1 to 9: open that choice."), c->width);
		help_line(layout, _("Space or Enter on a checklist item: tick it or untick it."),
		    c->width);
		help_line(layout, _("Underlined words are court words: press d for their "
		    "meaning."), c->width);
		help_line(layout, _("While you type a search: Enter searches, Backspace on an "
		    "empty line cancels."), c->width);
		layout_blank(layout);
		help_line(layout, _("Screen reader or braille display? Start haven with "
		    "--linear for plain text, one page at a time, with no screen redraws."),
		    c->width);
	}
	layout_blank(layout);
	help_line(layout, nav_guide(nav)->disclaimer, c->width);
	keymap_describe(c->keys, ACTION_HELP, _(" or "), keys, sizeof keys);
	line = xasprintf(_("Press %s again, or go back, to return to the page."), keys);
	help_line(layout, line, c->width);
	free(line);
}

static void
view_results(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	const struct guide *guide = nav_guide(nav);
	struct layout_options o = { .width = c->width, .choice_indent = c->choice_indent,
		.labels = c->labels };
	char *line = xasprintf(_("Search results for “%s”"), nav->query ? nav->query : "");

	layout_wrap(layout, line, "", c->width, LINE_HEADING, GUIDE_NONE);
	free(line);
	layout_blank(layout);
	if (nav->hit_count == 0) {
		layout_wrap(layout, _("No page holds these words. Try fewer or shorter words."),
		    "", c->width, LINE_TEXT, GUIDE_NONE);
		return;
	}
	line = xasprintf(ngettext("%zu page found. Open one to read it; n and N move "
	    "between results.", "%zu pages found. Open one to read it; n and N move between "
	    "results.", nav->hit_count), nav->hit_count);
	layout_wrap(layout, line, "", c->width, LINE_TEXT, GUIDE_NONE);
	free(line);
	layout_blank(layout);
	for (size_t i = 0; i < nav->hit_count && i < VIEW_MAX_RESULTS; i++) {
		const struct search_hit *hit = &nav->hits[i];
		char *snippet = search_snippet(guide, hit, nav->query, 60);
		line = hit->block == GUIDE_NONE ? xstrdup(guide->pages[hit->page].title) :
		    xasprintf("%s: %s", guide->pages[hit->page].title, snippet);
		layout_choice(layout, line, &o);
		free(line);
		free(snippet);
	}
}

/* The court words (from the guide's glossary page) that the page uses. */
static void
view_define(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	const struct guide *guide = nav_guide(nav);
	size_t *terms = NULL, count;
	char *line;

	line = xasprintf(_("Words on this page: %s"), nav_page(nav)->title);
	layout_wrap(layout, line, "", c->width, LINE_HEADING, GUIDE_NONE);
	free(line);
	layout_blank(layout);
	count = glossary_terms_in_page(guide, nav_page(nav), &terms);
	if (count == 0)
		layout_wrap(layout, _("This page uses none of the words in the list of court words."),
		    "", c->width, LINE_TEXT, GUIDE_NONE);
	for (size_t i = 0; i < count; i++) {
		const struct block *term = &guide->pages[guide->glossary].blocks[terms[i]];
		line = xasprintf("%s: ", term->text);
		layout_wrap(layout, term->detail, line, c->width, LINE_TEXT, GUIDE_NONE);
		free(line);
	}
	free(terms);
	layout_blank(layout);
	layout_wrap(layout, _("Press d again, or go back, to return to the page."), "", c->width,
	    LINE_TEXT, GUIDE_NONE);
}

/* A page, with what this run added to it: ticks, and on a summary page the answers
   given and links to change them. */
static void
view_page(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	const struct guide *guide = nav_guide(nav);
	const struct page *page = nav_page(nav);
	size_t checks = page_check_count(page);
	size_t answers = page_is_summary(page) ? nav->answer_count : 0;
	unsigned char *checked = xcalloc(checks + 1, 1);
	const char **said = xcalloc(answers + 1, sizeof *said);
	const char **questions = xcalloc(answers + 1, sizeof *questions);
	char *crumb = c->breadcrumb ? layout_breadcrumb(guide, nav->here.page) : NULL;
	struct layout_options o = { .width = c->width, .choice_indent = c->choice_indent,
		.breadcrumb = crumb, .labels = c->labels, .checked = checked, .said = said,
		.questions = questions, .answer_count = answers };

	for (size_t i = 0; i < checks; i++)
		checked[i] = (unsigned char)nav_is_checked(nav, nav->here.page, i);
	for (size_t i = 0; i < answers; i++) {
		const struct block *answer = nav_answer_block(nav, i);
		said[i] = answer != NULL ? answer->said : "";
		questions[i] = guide->pages[nav->answers[i].question].question;
	}
	layout_page(layout, guide, page, &o);
	free(checked);
	free(said);
	free(questions);
	free(crumb);
}

void
view_layout(struct layout *layout, const struct nav *nav, const struct view_context *c)
{
	layout_init(layout);
	if (nav->view == NAV_VIEW_HELP)
		view_help(layout, nav, c);
	else if (nav->view == NAV_VIEW_RESULTS)
		view_results(layout, nav, c);
	else if (nav->view == NAV_VIEW_DEFINE)
		view_define(layout, nav, c);
	else
		view_page(layout, nav, c);
}

struct nav_metrics
view_metrics(const struct layout *layout, size_t rows)
{
	struct nav_metrics m = { layout->count, rows ? rows : 1, layout->choice_line,
		layout->choice_count };

	return m;
}
