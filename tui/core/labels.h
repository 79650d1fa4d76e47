/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* labels.h: the translated words the layout puts around content. */
#ifndef HAVEN_LABELS_H
#define HAVEN_LABELS_H

#include "layout.h"

/* Fills labels with the current language's words (gettext). */
void labels_init(struct layout_labels *labels);

#endif
