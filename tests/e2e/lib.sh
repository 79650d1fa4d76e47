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

# shellcheck disable=SC2034  # (variables for the scripts that source this file)
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
if command -v locale >/dev/null 2>&1 && ! locale -a 2>/dev/null | grep -q -i '^c\.utf-\?8$'; then
	LANG=$(locale -a 2>/dev/null | grep -i -m1 'utf-\?8$' || echo C.UTF-8)
fi
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
	# (tmux leaves its socket file behind)
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$E2E_SOCKET"
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
	if [ -n "${E2E_TRACE:-}" ]; then
		echo "ok: [$(($(now_ms) - E2E_T0)) ms] $*"
	else
		echo "ok: $*"
	fi
}

# finish: the end of a test: exit 1 if any check failed, else 0.
finish() {
	if [ "$E2E_FAILURES" -gt 0 ]; then
		echo "$E2E_FAILURES check(s) failed in $(basename "$0")"
		exit 1
	fi
	echo "PASS: $(basename "$0")"
	exit 0
}

# now_ms: a clock in milliseconds (10 ms steps), read without forking: from
# /proc/uptime on Linux, else from GNU date.
if [ -r /proc/uptime ]; then
	now_ms() {
		read -r _up _idle </proc/uptime
		_cs=${_up%.*}${_up#*.}
		while :; do
			case $_cs in
			0?*) _cs=${_cs#0} ;;
			*) break ;;
			esac
		done
		echo $((_cs * 10))
	}
else
	now_ms() {
		date +%s%3N
	}
fi

E2E_T0=$(now_ms)

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

# snap: the visible pane and then the cursor, in one tmux call.
snap() {
	t capture-pane -p -t "$E2E_PANE" \; display-message -p -t "$E2E_PANE" \
	    '#{cursor_x} #{cursor_y}'
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

# wait_for_history TEXT [SECONDS]: like wait_for, in the history and the screen.
wait_for_history() {
	_deadline=$(($(now_ms) + ${2:-$E2E_TIMEOUT} * 1000))
	while :; do
		if capture_all | grep -F -q -- "$1"; then
			return 0
		fi
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "timed out waiting for \"$1\" in the history; the screen shows:"
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
	_prev=$(snap)
	while :; do
		sleep 0.1
		_cur=$(snap)
		[ "$_cur" = "$_prev" ] && return 0
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "the screen never settled"
			return 1
		fi
		_prev=$_cur
	done
}

# press KEY...: send keys, wait until the screen or cursor changes, then until it
# holds still for 50 ms (haven has finished drawing). Leaves that last snap (screen,
# then the cursor as its last line) in PRESSED.
press() {
	_before=$(snap)
	keys "$@"
	_deadline=$(($(now_ms) + E2E_TIMEOUT * 1000))
	while :; do
		_now=$(snap)
		[ "$_now" != "$_before" ] && break
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "keys '$*' changed nothing on the screen:"
			capture | sed 's/^/    | /'
			return 1
		fi
		sleep 0.02
	done
	while :; do
		sleep 0.05
		_next=$(snap)
		if [ "$_next" = "$_now" ]; then
			PRESSED=$_now
			return 0
		fi
		_now=$_next
		if [ "$(now_ms)" -gt "$_deadline" ]; then
			fail "the screen never settled after keys '$*'"
			return 1
		fi
	done
}

# alive PID: true while PID exists and is not a zombie (no fork: builtins only).
alive() {
	[ -n "$1" ] || return 1
	_stat=
	{ read -r _stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	[ -n "$_stat" ] || return 1
	_stat=${_stat##*) }
	[ "${_stat%% *}" != Z ]
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

# page_facts ENTRY...: what linear mode (the same navigation, in plain text) shows on
# the page reached from the start page by ENTRY... (numbers, b). Sets PAGE_TITLE,
# PAGE_CRUMB (the "You are here:" line without that prefix), PAGE_COUNT (how many
# choices), PAGE_FIRST and PAGE_LAST (its first and last choice, "N. label"), and
# PAGE_CHOICES (every choice, one a line). The full-screen tests take their
# expectations from here, so they follow changes to the guide's words.
page_facts() {
	# (the input's end quits: q would close an about page instead)
	{ [ $# -eq 0 ] || printf '%s\n' "$@"; } | "$HAVEN" --guide "$GUIDE" --linear --width 0 \
	    >"$E2E_TMP/facts" 2>&1
	awk '
	/quick exit: / {
		# A prompt: the choices are the block of numbered lines just before it.
		t = title; c = crumb; n = count; f = first; l = last; all = choices
		count = 0; first = ""; last = ""; choices = ""
		next
	}
	/^You are here: / { title = prev; crumb = substr($0, 15) }
	/^[0-9]+\. / {
		if (count == 0) first = $0
		count++; last = $0; choices = choices $0 "\n"
		prev = $0
		next
	}
	/./ { count = 0; first = ""; last = ""; choices = "" }
	{ prev = $0 }
	END {
		printf "%s\n%s\n%d\n%s\n%s\n%s", t, c, n, f, l, all
	}' "$E2E_TMP/facts" >"$E2E_TMP/facts.out"
	PAGE_TITLE=$(sed -n 1p "$E2E_TMP/facts.out")
	PAGE_CRUMB=$(sed -n 2p "$E2E_TMP/facts.out")
	PAGE_COUNT=$(sed -n 3p "$E2E_TMP/facts.out")
	PAGE_FIRST=$(sed -n 4p "$E2E_TMP/facts.out")
	PAGE_LAST=$(sed -n 5p "$E2E_TMP/facts.out")
	PAGE_CHOICES=$(sed -n '6,$p' "$E2E_TMP/facts.out")
	if [ -z "$PAGE_TITLE" ] || [ -z "$PAGE_CRUMB" ]; then
		fail "linear mode shows no page after entries '$*': $(tail -c 300 "$E2E_TMP/facts")"
		return 1
	fi
}

# choice_head "N. label": N and the label's first word, which stay on the first
# screen line even when a narrow screen wraps the label.
# choice_number LINE: the "1." that starts a choice line.
choice_number() {
	printf '%s\n' "$1" | awk '{ print $1 }'
}

choice_head() {
	printf '%s\n' "$1" | awk '{ print $1, $2 }'
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
