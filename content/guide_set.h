/* guide_set.h: the guide in every installed language. */
#ifndef HAVEN_GUIDE_SET_H
#define HAVEN_GUIDE_SET_H

#include "diag.h"
#include "guide.h"

struct guide_set {
	struct guide **guides;	/* English first, then by language code */
	size_t count;
};

/* dir is either one language folder (it holds *.ini files) or a folder of language
   folders named by code (en, es, ...). Adds every problem to diags, including pages
   or phone numbers that differ between languages. Returns the number of problems. */
size_t guide_set_load(struct guide_set *set, const char *dir, struct diag_list *diags);
void guide_set_free(struct guide_set *set);
/* Index of the guide whose language code is lang, or GUIDE_NONE. lang is only ever
   compared with the loaded codes, never used to build a path. */
size_t guide_set_find(const struct guide_set *set, const char *lang);

#endif
