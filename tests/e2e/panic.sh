#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# panic.sh: quick exit in tmux. After several pages, x (and, separately, Esc; and Esc
# while typing a search, where x is only a letter) must end haven within 200 ms and
# leave no word of the guide on the screen nor in the pane's history. Full screen at
# 80x24 and 40x12, and linear mode, whose text is in the history before the key;
# full screen also with TERM=vt100 and TERM=linux, which have no alternate screen.
. "$(dirname "$0")/lib.sh"
need_tmux

LIMIT_MS=200

# Titles from linear mode (lib.sh: page_facts), cut to fit 40 columns.
page_facts || exit 1
# (the first 20 characters: a 40x12 window shows the title on its top line, after
# "x: quick exit.")
TITLE=$(printf '%s' "$PAGE_TITLE" | cut -c1-20)
page_facts 1 || exit 1
P1=$(printf '%s' "$PAGE_TITLE" | cut -c1-20)
page_facts 1 1 || exit 1
P11=$(printf '%s' "$PAGE_TITLE" | cut -c1-20)
page_facts 2 || exit 1
P2=$(printf '%s' "$PAGE_TITLE" | cut -c1-20)
page_facts 2 1 || exit 1
P21_HERE=$(printf 'You are here: %s' "$PAGE_CRUMB" | cut -c1-50)

# quick_exit CONTEXT KEY: press KEY; haven must be gone within LIMIT_MS, and the
# screen and the history must be free of the guide.
quick_exit() {
	pid=$HAVEN_PID
	alive "$pid" || { fail "$1: haven (pid $pid) had already ended before $2"; return; }
	keys "$2"
	if took=$(wait_exit "$pid" "$LIMIT_MS"); then
		ok "$1: $2 ended haven within ${took} ms"
	else
		fail "$1: haven (pid $pid) still runs ${took} ms after $2"
		report_spin "$pid"
	fi
	wait_for "AFTER-EXIT status=0" 2 || return
	assert_no_guide_words "$1, $2: the screen (capture-pane -p)" "$(capture)"
	assert_no_guide_words "$1, $2: the history (capture-pane -p -S -)" "$(capture_all)"
}

# full_screen W H KEY [search]: open pages in full screen, then quick exit. FS_ENV
# (VAR=value ...) is added to haven's environment.
FS_ENV=
full_screen() {
	W=$1 H=$2 key=$3 how=${4:-pages}
	context="full screen ${W}x$H, $how${FS_ENV:+, $FS_ENV}"
	# shellcheck disable=SC2086
	start_session "$W" "$H" env $FS_ENV "$HAVEN" --guide "$GUIDE" || return
	wait_for "$TITLE" || return
	keys 1
	wait_for "$P1" || return
	keys 1
	wait_for "$P11" || return
	keys b b 2
	wait_for "$P2" || return
	keys Space
	if [ "$how" = search ]; then
		keys /
		wait_for "Search:" || return
		# x is a letter while typing: it must not end haven here.
		type_text "tax"
		wait_for "Search: tax" || return
		alive "$HAVEN_PID" || { fail "$context: x, typed in the search, ended haven"; return; }
	fi
	seen=$(capture)
	[ "$(guide_words_in "$seen")" -ge 2 ] ||
	    { fail "$context: the guide is not on screen before $key: $seen"; return; }
	quick_exit "$context" "$key"
	# (only an alternate screen can give the shell's screen back)
	[ -n "$FS_ENV" ] || capture | grep -q -F SHELL-MARKER ||
	    fail "$context: the shell's screen (SHELL-MARKER) did not come back after $key"
}

# linear KEY [search]: linear mode in tmux; long pages scroll into the history.
linear() {
	key=$1 how=${2:-pages}
	context="linear 80x24, $how"
	start_haven 80 24 --linear || return
	wait_prompt || return
	keys 1 Enter 1 Enter b Enter 2 Enter b Enter b Enter 2 Enter 1 Enter
	wait_for_history "$P21_HERE" || return
	wait_stable
	if [ "$how" = search ]; then
		keys s Enter
		wait_for "Search for" || return
		type_text "tax"
		wait_for "cancel): tax" || return
		alive "$HAVEN_PID" || { fail "$context: x, typed in the search, ended haven"; return; }
	fi
	history=$(capture_all)
	lines=$(printf '%s\n' "$history" | grep -c .)
	[ "$(guide_words_in "$history")" -ge 5 ] && [ "$lines" -gt 100 ] ||
	    { fail "$context: expected the guide in the history before $key ($lines lines)"; return; }
	quick_exit "$context" "$key"
}

full_screen 80 24 x
full_screen 80 24 Escape
full_screen 80 24 Escape search
full_screen 40 12 x
full_screen 40 12 Escape
full_screen 40 12 Escape search
linear x
linear Escape
linear Escape search
# Terminals without an alternate screen: full screen draws on the main screen, so
# its text can reach the history (tmux keeps a cleared screen there).
FS_ENV=TERM=vt100
full_screen 80 24 x
FS_ENV=TERM=linux
full_screen 80 24 x
finish
