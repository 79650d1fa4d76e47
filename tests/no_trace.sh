#!/bin/sh
# no_trace.sh: haven writes nothing to disk, in any mode or path (errors included).
# Every run is traced with strace; any open for writing, any file created, renamed,
# removed or truncated fails the test.
set -u
HAVEN=${HAVEN:-./haven}
top_srcdir=${top_srcdir:-.}
command -v strace >/dev/null 2>&1 || { echo "SKIP: strace is not installed"; exit 77; }
strace -o /dev/null true 2>/dev/null || { echo "SKIP: strace cannot trace here"; exit 77; }
# LeakSanitizer cannot run under strace (ptrace).
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
work=$(mktemp -d)
trap 'rm -rf "$work"; tmux -L "haven-trace-$$" kill-server 2>/dev/null' EXIT
failures=0
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
		echo "FAIL: $1: no trace recorded"
		failures=$((failures + 1))
		return
	fi
	bad=$(grep -v "+++ exited" "$log" | grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|creat\(|mkdir|rename|unlink|link\(|symlink|truncate|chmod|chown' |
		grep -v ' = -1 ' | grep -v '"/dev/tty"' | grep -v '"/dev/pts/' | grep -v '"/dev/null"')
	if [ -n "$bad" ]; then
		echo "FAIL: $1 wrote to disk:"
		echo "$bad"
		failures=$((failures + 1))
	else
		echo "ok: $1 ($(wc -l <"$log") file calls, none writes)"
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
if command -v tmux >/dev/null 2>&1; then
	sock="haven-trace-$$"
	tmux -L "$sock" -f /dev/null new-session -d -x 80 -y 24 \
		"strace -f -q -e trace=$calls -o $work/fullscreen.log $HAVEN --guide $guide; sleep 5"
	i=0
	until tmux -L "$sock" capture-pane -p | grep -q "quick exit" || [ $i -ge 100 ]; do
		sleep 0.05; i=$((i + 1))
	done
	for key in 2 b 3 b / h e a r i n g Enter 1 L x; do
		tmux -L "$sock" send-keys "$key"
		sleep 0.05
	done
	i=0
	until grep -q 'exited\|+++' "$work/fullscreen.log" 2>/dev/null || [ $i -ge 100 ]; do
		sleep 0.05; i=$((i + 1))
	done
	sleep 0.2
	check fullscreen
fi

[ $failures -eq 0 ] && echo "PASS: no file written in any mode"
exit $((failures > 0))
