/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* panic.h: quick exit. One key, and every word of the guide leaves the terminal and
   haven ends: no confirmation, no goodbye, nothing written to disk. Also the signal
   handlers that end haven at once when the link drops (SIGHUP) or on SIGTERM. */
#ifndef HAVEN_PANIC_H
#define HAVEN_PANIC_H

#include "settings.h"

/* Remembers the terminal modes to restore (call before changing them). */
void panic_save_terminal(int fd);
/* Full-screen mode: the wipe erases the alternate screen and leaves it. The strings
   come from terminfo (padding removed). */
void panic_set_fullscreen(const char *clear, const char *leave, const char *show_cursor,
    enum wipe_scrollback policy);
/* Linear mode: the wipe clears the screen and, per policy, the scrollback. */
void panic_set_linear(enum wipe_scrollback policy);
/* Every signal whose default is to end the process ends it with the wipe (and so
   does running out of memory); SIGINT sets the quit flag; stop signals and SIGPIPE
   are ignored. */
void panic_install_signals(void);
/* Non-zero once SIGINT arrived: the front end quits normally. */
int panic_quit_requested(void);
/* Quick exit: wipe, restore the terminal, end the process. Async-signal-safe. */
void panic_now(void) __attribute__((noreturn));
/* The wipe, then the end with status: for endings nobody chose (a read error, a
   terminal gone). Never blocks for long. */
void panic_end(int status) __attribute__((noreturn));
/* No core file, and the process is not dumpable (call first in main). */
void panic_forbid_core_dumps(void);
/* Writes the wipe without ending (a normal quit where the guide is on the main
   screen). */
void panic_wipe(void);
/* Restores terminal modes without wiping (normal quit paths in linear mode). */
void panic_restore_terminal(void);

#endif
