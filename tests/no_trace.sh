#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# no_trace.sh: haven writes nothing to disk, in any mode or path (errors included).
# Every run is traced with strace; any open for writing, any file created, renamed,
# removed or truncated fails the test.
#
# The full-screen run is driven in tmux, one key at a time: each key must change the
# screen before the next is sent, so a lost key fails the test instead of shrinking
# what was traced. Without tmux that leg is skipped (and said so); the others count.
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
TMUX_SOCKET_BASE=haven-trace-$$	# (read by tmux.sh)
# shellcheck source=tests/lib/tmux.sh
. "$LIB_DIR/tmux.sh"
need_haven
need_command strace
strace -o /dev/null true 2>/dev/null || skip_all "strace cannot trace here"
# LeakSanitizer cannot run under strace (ptrace).
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
work=$TEST_TMP
guide="$top_srcdir/content"
calls="open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,link,linkat,symlink,symlinkat,truncate,ftruncate,chmod,fchmod,chown"

# trace NAME COMMAND...: runs COMMAND under strace, then checks its log.
trace() {
	name=$1
	shift
	strace -f -qq -e trace="$calls" -o "$work/$name.log" "$@" >/dev/null 2>&1 </dev/null
	check "$name"
}

check() {
	log="$work/$1.log"
	if [ ! -s "$log" ]; then
		fail "$1: no trace recorded"
		return
	fi
	bad=$(grep -v "+++ exited" "$log" | grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|creat\(|mkdir|rename|unlink|link\(|symlink|truncate|chmod|chown' |
		grep -v ' = -1 ' | grep -v '"/dev/tty"' | grep -v '"/dev/pts/' | grep -v '"/dev/null"')
	if [ -n "$bad" ]; then
		fail "$1 wrote to disk:"
		echo "$bad"
	else
		ok "$1 ($(wc -l <"$log") file calls, none writes)"
	fi
}

trace check "$HAVEN" --check "$guide"
trace check-errors "$HAVEN" --check "$top_srcdir/tests/fixtures/semicolon"
trace check-missing "$HAVEN" --check "$work/no-such-folder"
trace dump "$HAVEN" --guide "$guide" --dump
trace help "$HAVEN" --help
trace bad-option "$HAVEN" --no-such-option
trace bad-config "$HAVEN" --guide "$guide" --config "$top_srcdir/tests/fixtures/config/unknown-key.ini"
printf '2\n1\nb\n3\ns\nhearing\n1\nL\nq\n' >"$work/keys"
strace -f -qq -e trace="$calls" -o "$work/linear.log" "$HAVEN" --guide "$guide" --linear \
	<"$work/keys" >/dev/null 2>&1
check linear
printf '2\nx\n' >"$work/panic-keys"
strace -f -qq -e trace="$calls" -o "$work/linear-panic.log" "$HAVEN" --guide "$guide" --linear \
	<"$work/panic-keys" >/dev/null 2>&1
check linear-panic

# Full screen, in a real terminal: open pages, search, switch language, quick exit.
full_screen() {
	start_pane main 80 24 strace -f -q -e trace="$calls" -o "$work/fullscreen.log" \
	    "$HAVEN" --guide "$guide" || return
	wait_for "$BOTTOM_BAR" || return
	# Every key changes the screen (x: the wipe); press waits for that, then for
	# haven to finish drawing.
	for key in 2 b 3 b / h e a r i n g Enter 1 L x; do
		press "$key" || return
	done
	# strace ends with haven, and writes its log out as it ends.
	took=$(wait_exit "$PANE_PID" 5000) ||
		{ fail "fullscreen: strace (haven) still runs ${took} ms after x"; return; }
	wait_for "AFTER-EXIT status=0" || return
	check fullscreen
}
if command -v tmux >/dev/null 2>&1; then
	full_screen
else
	skip "fullscreen leg: tmux is not installed"
fi

finish "no file written in any mode"
