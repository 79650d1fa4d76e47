#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# hangup.sh: a dropped link or a closed input must end haven at once, never leave it
# spinning. (a) haven runs in tmux and the terminal goes away (tmux server killed,
# pane killed): within 1 s the haven process is gone. (b) haven's standard input is
# at end of file or closed: it exits within 2 s. Whenever a process outlives its
# deadline, its CPU use over 0.5 s is reported.
. "$(dirname "$0")/lib.sh"
need_tmux

page_facts || exit 1
TITLE=$PAGE_TITLE
page_facts 2 || exit 1
P2_TITLE=$PAGE_TITLE P2_CRUMB=$PAGE_CRUMB

# gone_within PID MS WHAT: assert PID ends within MS milliseconds.
gone_within() {
	if took=$(wait_exit "$1" "$2"); then
		ok "$3: haven (pid $1) gone after ${took} ms"
	else
		fail "$3: haven (pid $1) still runs ${took} ms later"
		report_spin "$1"
		kill -9 "$1" 2>/dev/null	# ours: do not leave it behind
	fi
}

# (a1) haven is the pane's own process (tmux execs it: pane_pid is haven), full
# screen; the tmux server is killed, so the terminal hangs up.
for mode in full-screen linear; do
	if [ $mode = linear ]; then set -- --linear; else set --; fi
	tmux_new main 80 24 "$HAVEN" --guide "$GUIDE" "$@" || continue
	if [ $mode = linear ]; then
		wait_prompt || continue
		keys 2 Enter
		wait_for_history "You are here: $(printf '%s' "$P2_CRUMB" | cut -c1-40)" ||
		    continue
	else
		wait_for "$TITLE" || continue
		keys 2
		wait_for "$(printf '%s' "$P2_TITLE" | cut -c1-30)" || continue
	fi
	pid=$(t display-message -p -t "$TMUX_SESSION" '#{pane_pid}')
	comm=$(cat "/proc/$pid/comm" 2>/dev/null)
	[ "$comm" = haven ] || { fail "pane_pid $pid is \"$comm\", not haven"; continue; }
	t kill-server
	gone_within "$pid" 1000 "$mode, tmux server killed"
done

# (a2) haven under a shell in the pane; the pane is killed.
for mode in full-screen linear; do
	if [ $mode = linear ]; then set -- --linear; else set --; fi
	start_haven 80 24 "$@" || continue
	if [ $mode = linear ]; then
		wait_prompt || continue
	else
		wait_for "$TITLE" || continue
	fi
	pid=$HAVEN_PID
	t kill-pane -t "$TMUX_SESSION"
	gone_within "$pid" 1000 "$mode, pane killed"
done

# (a3) Full screen while typing a search: the link drops mid-word.
start_haven 80 24 || exit 1
wait_for "$TITLE"
keys /
type_text "hear"
wait_for "Search: hear"
pid=$HAVEN_PID
t kill-server
gone_within "$pid" 1000 "typing a search, tmux server killed"

# (b1) In a terminal, but standard input at end of file (</dev/null) or closed (<&-):
# haven reads no key and must end, not retry.
for redirect in '</dev/null' '<&-'; do
	start_session 80 24 sh -c "exec \"\$0\" --guide \"\$1\" $redirect" "$HAVEN" "$GUIDE" ||
	    continue
	pid=$HAVEN_PID
	gone_within "$pid" 2000 "in tmux, stdin $redirect"
	wait_for "AFTER-EXIT status=" 2 && {
		status=$(capture | sed -n 's/^AFTER-EXIT status=//p')
		[ "$status" = 0 ] || fail "stdin $redirect: exit status $status, expected 0"
	}
done

# (b2) The same under script(1), the terminal's output side only.
if command -v script >/dev/null 2>&1; then
	for redirect in '</dev/null' '<&-'; do
		script -qfec "exec \"$HAVEN\" --guide \"$GUIDE\" $redirect" /dev/null \
		    </dev/null >"$E2E_TMP/script.out" 2>&1 &
		spid=$!
		if took=$(wait_exit "$spid" 2000); then
			wait "$spid"
			status=$?
			ok "script, stdin $redirect: ended after ${took} ms, status $status"
			grep -q -F -- "$TITLE" "$E2E_TMP/script.out" ||
			    fail "script, stdin $redirect: the start page was not printed: $(head -c 300 "$E2E_TMP/script.out")"
		else
			child=$(pgrep -P "$spid" | head -1)
			fail "script, stdin $redirect: still running after ${took} ms (haven pid ${child:-?})"
			[ -n "$child" ] && report_spin "$child"
			[ -n "$child" ] && kill -9 "$child" 2>/dev/null
			kill -9 "$spid" 2>/dev/null
		fi
	done
else
	echo "script(1) not found: skipping the script(1) cases"
fi
finish
