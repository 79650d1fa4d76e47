/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_session.h: what the input and resize fuzz targets share: the small guide they
   drive (tests/fixtures/multi), the default keys and the labels, loaded once. */
#ifndef HAVEN_FUZZ_SESSION_H
#define HAVEN_FUZZ_SESSION_H

#include "guide_set.h"
#include "keys.h"
#include "layout.h"

struct fuzz_session {
	struct guide_set set;
	struct keymap keys;
	struct layout_labels labels;
};

/* Loaded by LLVMFuzzerInitialize (in fuzz_session.c) before the first input; a
   guide with problems aborts (the harness is wrong, not haven). */
extern struct fuzz_session fuzz_session;

#endif
