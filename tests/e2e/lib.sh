# lib.sh: shared helpers for haven's end-to-end tests. Source it from a test script:
#
#     . "$(dirname "$0")/lib.sh"
#
# Environment (set by `make check` through AM_TESTS_ENVIRONMENT):
#   HAVEN       absolute path of the haven binary (default: $top_builddir/haven, else
#               ../../haven relative to this folder)
#   top_srcdir  the source tree; the guide is "$top_srcdir/content"
#
# Every tmux command goes to a private server (socket haven-test-PID, no config file),
# which the EXIT trap kills. Waiting is always a polling loop with a timeout, never a
# fixed sleep alone.

set -u

E2E_DIR=$(cd "$(dirname "$0")" && pwd)
: "${top_srcdir:=$(cd "$E2E_DIR/../.." && pwd)}"
if [ -z "${HAVEN:-}" ]; then
	if [ -n "${top_builddir:-}" ]; then
		HAVEN=$top_builddir/haven
	else
		HAVEN=$E2E_DIR/../../haven
	fi
fi
case $HAVEN in
/*) ;;
*) HAVEN=$(cd "$(dirname "$HAVEN")" && pwd)/$(basename "$HAVEN") ;;
esac
# HAVEN_E2E_GUIDE: another guide folder to read instead (for debugging).
GUIDE=${HAVEN_E2E_GUIDE:-$top_srcdir/content}
FIXTURES=$E2E_DIR/fixtures
GOLDEN=$E2E_DIR/golden

if [ ! -x "$HAVEN" ]; then
	echo "FAIL: no haven binary at $HAVEN (set HAVEN)"
	exit 1
fi

# A known, private environment: UTF-8 locale, no user config, no colour preference,
# not inside the user's own tmux.
LANG=C.UTF-8
export LANG
unset LC_ALL LC_CTYPE LC_MESSAGES LANGUAGE NO_COLOR TMUX TMUX_PANE COLUMNS LINES
E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/haven-e2e.XXXXXX")
XDG_CONFIG_HOME=$E2E_TMP/config
export XDG_CONFIG_HOME
mkdir -p "$XDG_CONFIG_HOME"

E2E_SOCKET=haven-test-$$
E2E_FAILURES=0
E2E_TIMEOUT=${E2E_TIMEOUT:-5}	# seconds, for every wait_for
HAVEN_PID=
E2E_PANE=main

e2e_cleanup() {
	tmux -L "$E2E_SOCKET" kill-server >/dev/null 2>&1
	rm -rf "$E2E_TMP"
}
trap e2e_cleanup EXIT
trap 'exit 1' HUP INT TERM

need_tmux() {
	if ! command -v tmux >/dev/null 2>&1; then
		echo "SKIP: tmux is not installed"
		exit 77
	fi
}

# t ARGS...: a tmux command on the private server.
t() {
	tmux -L "$E2E_SOCKET" -f /dev/null "$@"
}

fail() {
	echo "FAIL: $*"
	E2E_FAILURES=$((E2E_FAILURES + 1))
}

ok() {
	echo "ok: $*"
}

# check CONDITION-DESCRIPTION STATUS: helper for `test && ok || fail` style.
finish() {
	if [ "$E2E_FAILURES" -gt 0 ]; then
		echo "$E2E_FAILURES check(s) failed in $(basename "$0")"
		exit 1
	fi
	echo "PASS: $(basename "$0")"
	exit 0
}

# now_ms: milliseconds since the epoch (GNU date).
now_ms() {
	date +%s%3N
}

# A launcher run inside the pane: prints a marker, runs its arguments with the pid
# recorded in a file (the inner sh execs, so the pid is haven's), prints a marker with
# the exit status, then stays, so the screen after haven can be inspected.
cat >"$E2E_TMP/run.sh" <<'EOF'
#!/bin/sh
pidfile=$1
shift
printf 'SHELL-MARKER\n'
sh -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$pidfile" "$@"
printf 'AFTER-EXIT status=%s\n' "$?"
exec sleep 600
EOF

# kill_server: end the private tmux server and wait until it has gone.
kill_server() {
	t kill-server >/dev/null 2>&1
	_deadline=$(($(now_ms) + E2E_TIMEOUT * 1000))
	while t list-sessions >/dev/null 2>&1; do
		[ "$(now_ms)" -gt "$_deadline" ] && return 1
		t kill-server >/dev/null 2>&1
		sleep 0.02
	done
	return 0
}

# start_session WIDTH HEIGHT COMMAND...: a new tmux server and session running
# COMMAND through the launcher above; sets HAVEN_PID once COMMAND runs. Kills any
# session left from before. Use `env VAR=value ... "$HAVEN" ...` as COMMAND.
start_session() {
	_w=$1 _h=$2
	shift 2
	kill_server
	rm -f "$E2E_TMP/pid"
	HAVEN_PID=
	# A server that is still exiting can take the new client down with it: retry.
	_tries=0
	until t new-session -d -s "$E2E_PANE" -x "$_w" -y "$_h" -- \
	    sh "$E2E_TMP/run.sh" "$E2E_TMP/pid" "$@" 2>"$E2E_TMP/tmux.err"; do
		_tries=$((_tries + 1))
		if [ $_tries -ge 20 ]; then
			fail "tmux new-session failed: $(cat "$E2E_TMP/tmux.err")"
			return 1
		fi
		kill_server
		sleep 0.05
	done
	t set-option -g history-limit 5000 >/dev/null
	_deadline=$(($(now_ms) + E2E_TIMEOUT * 1000))
	while [ ! -s "$E2E_TMP/pid" ]; do
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "the command never started in tmux: $*"
			return 1
		fi
		sleep 0.05
	done
	HAVEN_PID=$(cat "$E2E_TMP/pid")
}

# start_haven WIDTH HEIGHT [haven arguments...]: haven on the real guide, full screen.
start_haven() {
	_w=$1 _h=$2
	shift 2
	start_session "$_w" "$_h" "$HAVEN" --guide "$GUIDE" "$@"
}

# capture: the visible pane, one line per row (trailing spaces trimmed by tmux).
capture() {
	t capture-pane -p -t "$E2E_PANE"
}

# capture_all: the pane's history and visible screen.
capture_all() {
	t capture-pane -p -S - -t "$E2E_PANE"
}

# row N: line N (0 = top) of the visible pane.
row() {
	capture | sed -n "$(($1 + 1))p"
}

# cursor: "x y" of the pane's cursor.
cursor() {
	t display-message -p -t "$E2E_PANE" '#{cursor_x} #{cursor_y}'
}

keys() {
	t send-keys -t "$E2E_PANE" "$@"
}

# type_text TEXT: send TEXT literally (no key names).
type_text() {
	t send-keys -t "$E2E_PANE" -l -- "$1"
}

# wait_for TEXT [SECONDS]: poll the visible pane until it shows TEXT (fixed string).
# Returns 1 and reports what was seen on timeout.
wait_for() {
	_deadline=$(($(now_ms) + ${2:-$E2E_TIMEOUT} * 1000))
	while :; do
		if capture | grep -F -q -- "$1"; then
			return 0
		fi
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "timed out waiting for \"$1\"; the screen shows:"
			capture | sed 's/^/    | /'
			return 1
		fi
		sleep 0.05
	done
}

# wait_gone TEXT [SECONDS]: poll until the visible pane no longer shows TEXT.
wait_gone() {
	_deadline=$(($(now_ms) + ${2:-$E2E_TIMEOUT} * 1000))
	while capture | grep -F -q -- "$1"; do
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "timed out waiting for \"$1\" to go; the screen shows:"
			capture | sed 's/^/    | /'
			return 1
		fi
		sleep 0.05
	done
	return 0
}

# wait_row N TEXT [SECONDS]: poll until row N is exactly TEXT.
wait_row() {
	_deadline=$(($(now_ms) + ${3:-$E2E_TIMEOUT} * 1000))
	while :; do
		if [ "$(row "$1")" = "$2" ]; then
			return 0
		fi
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "timed out waiting for row $1 to be \"$2\"; the screen shows:"
			capture | sed 's/^/    | /'
			return 1
		fi
		sleep 0.05
	done
}

# wait_stable: poll until two captures 100 ms apart agree (the program has finished
# drawing after a key whose effect has no single text to wait for).
wait_stable() {
	_deadline=$(($(now_ms) + E2E_TIMEOUT * 1000))
	_prev=$(capture; cursor)
	while :; do
		sleep 0.1
		_cur=$(capture; cursor)
		[ "$_cur" = "$_prev" ] && return 0
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "the screen never settled"
			return 1
		fi
		_prev=$_cur
	done
}

# alive PID: true while PID exists and is not a zombie.
alive() {
	[ -n "$1" ] || return 1
	_stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	_state=$(printf '%s\n' "$_stat" | sed 's/^.*) //' | cut -d' ' -f1)
	[ "$_state" != Z ]
}

# cpu_ticks PID: utime + stime of PID, in clock ticks.
cpu_ticks() {
	sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'
}

# wait_exit PID MILLISECONDS: poll every 10 ms until PID is gone; prints the time it
# took (ms). Returns 1 if it is still there at the deadline.
wait_exit() {
	_start=$(now_ms)
	_deadline=$((_start + $2))
	while alive "$1"; do
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			echo "$(($(now_ms) - _start))"
			return 1
		fi
		sleep 0.01
	done
	echo "$(($(now_ms) - _start))"
	return 0
}

# report_spin PID: if PID still exists, say how much CPU it burns over 0.5 s.
report_spin() {
	if alive "$1"; then
		_a=$(cpu_ticks "$1")
		sleep 0.5
		_b=$(cpu_ticks "$1")
		if [ -n "$_a" ] && [ -n "$_b" ]; then
			fail "pid $1 still runs and used $((_b - _a)) clock ticks of CPU in 0.5 s" \
			    "(state: $(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1))"
		fi
	fi
}

# The words that must not survive a quick exit: distinctive words of the guide.
GUIDE_WORDS="restraining court hearing Important petitioner judge Hotline order"

# assert_no_guide_words LABEL TEXT: fail if TEXT holds any of GUIDE_WORDS.
assert_no_guide_words() {
	_found=
	for _w in $GUIDE_WORDS; do
		if printf '%s\n' "$2" | grep -q -i -w -- "$_w"; then
			_found="$_found $_w"
		fi
	done
	if [ -n "$_found" ]; then
		fail "$1: guide words still there:$_found; it shows:"
		printf '%s\n' "$2" | grep -v '^$' | sed 's/^/    | /' | head -40
		return 1
	fi
	return 0
}
