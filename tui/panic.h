/* panic.h: quick exit. One key, and every word of the guide leaves the terminal and
   haven ends: no confirmation, no goodbye, nothing written to disk. Also the signal
   handlers that end haven at once when the link drops (SIGHUP) or on SIGTERM. */
#ifndef HAVEN_PANIC_H
#define HAVEN_PANIC_H

enum wipe_scrollback {
	WIPE_AUTO,		/* only when haven's text is in the scrollback (linear mode) */
	WIPE_ALWAYS,
	WIPE_NEVER
};

/* Remembers the terminal modes to restore (call before changing them). */
void panic_save_terminal(int fd);
/* Full-screen mode: the wipe erases the alternate screen and leaves it. The strings
   come from terminfo (padding removed). */
void panic_set_fullscreen(const char *clear, const char *leave, const char *show_cursor,
    enum wipe_scrollback policy);
/* Linear mode: the wipe clears the screen and, per policy, the scrollback. */
void panic_set_linear(enum wipe_scrollback policy);
/* Catches SIGHUP and SIGTERM (wipe, restore, end at once) and SIGINT (sets the quit
   flag). */
void panic_install_signals(void);
/* Non-zero once SIGINT arrived: the front end quits normally. */
int panic_quit_requested(void);
/* Quick exit: wipe, restore the terminal, end the process. Async-signal-safe. */
void panic_now(void) __attribute__((noreturn));
/* Writes the wipe without ending (a normal quit where the guide is on the main
   screen). */
void panic_wipe(void);
/* Restores terminal modes without wiping (normal quit paths in linear mode). */
void panic_restore_terminal(void);

#endif
