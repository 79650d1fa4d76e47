/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
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
	/* Dates are said as a reader says them ("August 21, 2024"), not as
	   2024-08-21, which a speech synthesizer reads as a sum with dashes. */
	static const char *const months[12] = {
		N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
		N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
		N_("November"), N_("December")
	};
	for (int i = 0; i < 12; i++)
		labels->months[i] = _(months[i]);
	/* TRANSLATORS: a date: 1$ the year, 2$ the month's name, 3$ the day
	   ("August 21, 2024"; Spanish "21 de agosto de 2024": %3$d de %2$s de %1$d). */
	labels->date_format = _("%2$s %3$d, %1$d");
	/* TRANSLATORS: a checklist item's state, said in words before the item. */
	labels->checked = _("Checked:");
	labels->not_checked = _("Not checked:");
	labels->you_said = _("You said:");
	/* TRANSLATORS: a link back to a question already answered, followed by it. */
	labels->change = _("Change your answer:");
	/* TRANSLATORS: joins the last two key names: "x or Esc". */
	labels->or_word = _(" or ");
	/* TRANSLATORS: before a state's facts; %s is the state's name ("In Michigan:"). */
	labels->in_state = _("In %s:");
	labels->laws_change = _("Laws change: check with the court clerk.");
	/* TRANSLATORS: before the public page a state's fact was read on. */
	labels->state_source = _("Source:");
	/* TRANSLATORS: %s is the state's name. */
	labels->state_nothing = _("This guide has no checked fact on this for %s yet.");
	labels->topics[0] = _("Who may ask the court to end or change the order:");
	labels->topics[1] = _("Limits on the restrained person:");
	labels->topics[2] = _("Hearings:");
	labels->topics[3] = _("How long an order lasts:");
	labels->topics[4] = _("Extending or renewing an order:");
	labels->topics[5] = _("The court:");
	labels->order_name = _("The order is called:");
	labels->self_help = _("Official self-help site:");
	labels->state_checked = _("These facts were last checked:");
	labels->no_state = _("You have not chosen a state yet.");
}

