/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* layout_state.c: a chosen state's facts, on the pages whose rules vary by state
   and on the page that lists them all. Every fact comes with where it was read and
   the date that page shows, and with "Laws change: check with the court clerk." */
#include <config.h>

#include <stdlib.h>

#include "layout.h"
#include "xalloc.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
/* labels->in_state and ->state_nothing hold one %s (msgfmt -c checks translations). */
static char *
with_state_name(const char *format, const struct state *state)
{
	return xasprintf(format, state->name);
}
#pragma GCC diagnostic pop

/* "- the fact", then each of its sources under it. */
static void
layout_fact(struct layout *layout, const struct state *state, const struct state_fact *f,
    const struct layout_options *o)
{
	char *lead = xasprintf("  %s ", o->labels->state_source);

	layout_wrap(layout, f->text, "- ", o->width, LINE_TEXT, GUIDE_NONE);
	for (size_t i = 0; i < f->source_ref_count; i++)
		if (f->source_refs[i] < state->source_count)
			layout_source(layout, &state->sources[f->source_refs[i]], lead, o);
	free(lead);
}

static void
layout_laws_change(struct layout *layout, const struct layout_options *o)
{
	layout_wrap(layout, o->labels->laws_change, "", o->width, LINE_IMPORTANT, GUIDE_NONE);
}

void
layout_state_note(struct layout *layout, const struct state *state, unsigned topics,
    const struct layout_options *o)
{
	char *heading = with_state_name(o->labels->in_state, state);
	int any = 0;

	layout_blank(layout);
	layout_wrap(layout, heading, "", o->width, LINE_IMPORTANT, GUIDE_NONE);
	for (int t = 0; t < STATE_TOPIC_COUNT; t++) {
		if (!(topics & (1u << t)) || state->facts[t].text == NULL)
			continue;
		layout_fact(layout, state, &state->facts[t], o);
		any = 1;
	}
	if (!any) {
		char *nothing = with_state_name(o->labels->state_nothing, state);
		layout_wrap(layout, nothing, "", o->width, LINE_TEXT, GUIDE_NONE);
		free(nothing);
	}
	layout_laws_change(layout, o);
	free(heading);
}

static void
layout_labelled(struct layout *layout, const char *label, const char *value,
    const struct layout_options *o)
{
	char *prefix = xasprintf("%s ", label);

	layout_blank(layout);
	layout_wrap(layout, value, prefix, o->width, LINE_TEXT, GUIDE_NONE);
	free(prefix);
}

void
layout_state_all(struct layout *layout, const struct state *state,
    const struct layout_options *o)
{
	char *heading = with_state_name(o->labels->in_state, state);
	char *checked = layout_date_in_words(state->checked, o->labels);

	layout_blank(layout);
	layout_wrap(layout, heading, "", o->width, LINE_HEADING, GUIDE_NONE);
	layout_laws_change(layout, o);
	if (state->order != NULL)
		layout_labelled(layout, o->labels->order_name, state->order, o);
	for (int t = 0; t < STATE_TOPIC_COUNT; t++) {
		if (state->facts[t].text == NULL)
			continue;
		layout_blank(layout);
		layout_wrap(layout, o->labels->topics[t], "", o->width, LINE_TEXT, GUIDE_NONE);
		layout_fact(layout, state, &state->facts[t], o);
	}
	if (state->site != NULL)
		layout_labelled(layout, o->labels->self_help, state->site, o);
	layout_labelled(layout, o->labels->state_checked, checked, o);
	free(checked);
	free(heading);
}
