/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* i18n.h: the one place haven's gettext glue lives (as in GNU hello). */
#ifndef HAVEN_I18N_H
#define HAVEN_I18N_H

#include "gettext.h"

#define _(msgid) gettext(msgid)
#define N_(msgid) gettext_noop(msgid)

#endif
