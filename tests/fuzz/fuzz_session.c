/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_session.c: the guide, keys and labels the session fuzz targets drive. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "fuzz_session.h"
#include "labels.h"

#ifndef FUZZ_GUIDE
#define FUZZ_GUIDE "tests/fixtures/multi"
#endif

struct fuzz_session fuzz_session;

int LLVMFuzzerInitialize(int *argc, char ***argv);

static void
fuzz_session_init(struct fuzz_session *session)
{
	struct guide_options options = { keys_placeholder_names(), 0 };
	struct diag_list diags;

	diag_init(&diags);
	if (guide_set_load(&session->set, FUZZ_GUIDE, &options, &diags) != 0) {
		fprintf(stderr, "fuzz: cannot load %s\n", FUZZ_GUIDE);
		abort();
	}
	diag_free(&diags);
	keymap_default(&session->keys);
	labels_init(&session->labels);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_session_init(&fuzz_session);
	return 0;
}
