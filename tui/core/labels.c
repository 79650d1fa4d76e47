/* labels.c: the words around content ("Important:", "Call:"), through gettext. */
#include <config.h>

#include "i18n.h"
#include "labels.h"

void
labels_init(struct layout_labels *labels)
{
	/* TRANSLATORS: starts every important note, so its meaning never depends on
	   bold text. */
	labels->important = _("Important:");
	labels->where = _("You are here:");
	labels->call = _("Call:");
	labels->web = _("Web:");
	labels->hours = _("Hours:");
	labels->sources = _("Sources for this page:");
	labels->reviewed = _("This page was last checked:");
	/* TRANSLATORS: before the date a source's page shows, then "Seen:" and the date
	   an editor read it: "Date on the page: 2024-08-21. Seen: 2026-12-01." */
	labels->source_dated = _("Date on the page:");
	labels->source_undated = _("The page shows no date.");
	labels->source_seen = _("Seen:");
	/* TRANSLATORS: a checklist item's state, said in words before the item. */
	labels->checked = _("Checked:");
	labels->not_checked = _("Not checked:");
	labels->you_said = _("You said:");
	/* TRANSLATORS: a link back to a question already answered, followed by it. */
	labels->change = _("Change your answer:");
	/* TRANSLATORS: joins the last two key names: "x or Esc". */
	labels->or_word = _(" or ");
}

