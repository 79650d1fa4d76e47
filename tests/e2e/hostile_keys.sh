#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# hostile_keys.sh: the quick exit holds whatever bytes come around it, in full screen
# and linear mode: ESC ESC in one write, ESC then x, ESC then 100 ms of other keys,
# Ctrl-S (XOFF) then x, and SIGUSR1 each end haven with the wipe; an invalid UTF-8
# byte then Backspace (or an arrow) is ignored, and x still wipes after it. Each
# ending leaves no word of the guide on screen or in the pane's history.
. "$(dirname "$0")/lib.sh"
need_tmux

LIMIT_MS=300

page_facts || exit 1
TITLE=$PAGE_TITLE
page_facts 1 || exit 1
P1=$(printf '%s' "$PAGE_TITLE" | cut -c1-30)

# gone CONTEXT: haven must end within LIMIT_MS with nothing of the guide left.
gone() {
	expect_gone "$1" "$pid" "$LIMIT_MS"
}

# open MODE [TERM]: haven on page 1, in full screen or linear mode.
open() {
	if [ "$1" = linear ]; then
		start_session 80 24 env ${2:+TERM=$2} "$HAVEN" --guide "$GUIDE" --linear ||
		    return 1
		wait_for "quick exit:" || return 1
		keys 1 Enter
		wait_for_history "$P1" || return 1
		wait_stable || return 1
	else
		start_session 80 24 env ${2:+TERM=$2} "$HAVEN" --guide "$GUIDE" || return 1
		wait_for "$TITLE" || return 1
		keys 1
		wait_for "$P1" || return 1
	fi
	pid=$HAVEN_PID
}

# No core file could hold the guide or what was typed: the limit is 0 from the start.
if open fullscreen; then
	if grep -q '^Max core file size *0 *0 ' "/proc/$pid/limits"; then
		ok "core files are off (RLIMIT_CORE 0)"
	else
		fail "core files are not off: $(grep 'core file' "/proc/$pid/limits")"
	fi
	keys x
	gone "after the core-file check"
fi

for mode in fullscreen linear; do
	# Two Esc bytes in one write: a second ESC never joins a sequence.
	open $mode && { keys -H 1b 1b; gone "$mode: ESC ESC in one write"; }
	open $mode && { keys -H 1b 78; gone "$mode: ESC x in one write"; }
	# Esc, then other keys for about 100 ms, as a frightened reader hammers keys.
	if open $mode; then
		keys -H 1b
		for _ in 1 2 3 4 5 6 7 8 9 10; do keys j; done
		gone "$mode: ESC then 100 ms of other keys"
	fi
	# Ctrl-S (XOFF) must not hold the wipe.
	if open $mode; then
		keys -H 13
		sleep 0.1
		keys x
		gone "$mode: Ctrl-S then x"
	fi
	# An invalid UTF-8 byte, then Backspace or an arrow: ignored, not an ending.
	for term in "" vt100; do
		open $mode $term || continue
		keys -H c3 7f
		keys -H e8 1b 4f 42
		sleep 0.3
		if alive "$pid"; then
			ok "$mode${term:+ TERM=$term}: invalid UTF-8 then Backspace or Down is ignored"
			keys x
			gone "$mode${term:+ TERM=$term}: x after invalid UTF-8"
		else
			fail "$mode${term:+ TERM=$term}: invalid UTF-8 then Backspace ended haven"
			assert_no_guide_words "$mode: after invalid UTF-8" "$(capture_all)"
		fi
	done
	# A signal whose default is to terminate ends haven with the wipe too.
	for sig in USR1 ALRM; do
		open $mode && { kill -$sig "$pid"; gone "$mode: SIG$sig"; }
	done
done
finish
