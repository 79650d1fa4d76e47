/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_config.c: libFuzzer target for the config file (tui/core/config_file.c), which
   a deployer or a reader may write. The input is the file's text, read through a
   memfd as haven reads any file. Invariants beyond memory safety: a config with no
   problem still has a quick-exit key that types no text (so it works while search
   words are typed), and every message is valid UTF-8 with no control character (it
   goes to a terminal).

   Built by the Makefile when clang has libFuzzer (make tests/fuzz/fuzz_config). */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <unistr.h>

#include "config_file.h"
#include "diag.h"
#include "keys.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_message(const char *message)
{
	const uint8_t *p = (const uint8_t *)message;
	size_t length = strlen(message);
	ucs4_t uc;

	if (u8_check(p, length) != NULL) {
		fprintf(stderr, "fuzz_config: a message is not UTF-8: %s\n", message);
		abort();
	}
	for (size_t i = 0; i < length;) {
		int n = u8_mbtouc(&uc, p + i, length - i);
		if (uc < 0x20 || uc == 0x7f || (uc >= 0x80 && uc < 0xa0)) {
			fprintf(stderr, "fuzz_config: control U+%04X in a message: %s\n",
			    (unsigned)uc, message);
			abort();
		}
		i += (size_t)n;
	}
}

static int
has_quick_exit_for_words(const struct keymap *map)
{
	for (int i = 0; i < KEYS_PER_ACTION && map->keys[ACTION_PANIC][i] != 0; i++)
		if (keys_is_quick_exit(map, map->keys[ACTION_PANIC][i], 1))
			return 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("haven-fuzz-config", MFD_CLOEXEC);
	struct settings settings;
	struct diag_list diags;
	char path[64];

	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	settings_default(&settings);
	diag_init(&diags);
	if (config_load(&settings, path, 1, &diags) == 0 && !has_quick_exit_for_words(&settings.keys)) {
		fprintf(stderr, "fuzz_config: accepted with no quick exit for typed words\n");
		abort();
	}
	for (size_t i = 0; i < diags.count; i++)
		check_message(diags.items[i]);
	diag_free(&diags);
	close(fd);
	return 0;
}
