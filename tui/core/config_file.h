/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* config_file.h: the optional config file (INI, read only, never written). */
#ifndef HAVEN_CONFIG_FILE_H
#define HAVEN_CONFIG_FILE_H

#include "diag.h"
#include "settings.h"

/* Applies the config file at path to settings. A missing file is a problem only when
   required (given with --config). Returns the number of problems added to diags. */
size_t config_load(struct settings *settings, const char *path, int required,
    struct diag_list *diags);

/* A state's two-letter code in any case ("mi") into code ("MI"); -1 if it is not
   one of the 50 states, DC or PR. */
int settings_state_code(const char *value, char code[4]);

#endif
