/* labels.h: the translated words the layout puts around content. */
#ifndef HAVEN_LABELS_H
#define HAVEN_LABELS_H

#include "keys.h"
#include "layout.h"

/* "To leave quickly, press x or Esc.": the first screen says it once, in both
   modes (caller frees). */
char *labels_quick_exit_notice(const struct keymap *keys);
/* Fills labels with the current language's words (gettext). */
void labels_init(struct layout_labels *labels);

#endif
