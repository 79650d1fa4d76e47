# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tmux.sh: a program under test in tmux, on a private server, seen through
# capture-pane. Sources lib.sh (set LIB_DIR first, see there):
#
#     LIB_DIR=$(cd "$(dirname "$0")/../lib" && pwd)
#     . "$LIB_DIR/tmux.sh"
#
# One server per session: tmux_new (and start_pane on it) ends the previous server
# and starts the next one on a fresh socket (TMUX_SOCKET_BASE-1, -2, ...), with no
# config file. A server that is still exiting keeps answering on its old socket for
# a moment and can take a new client down with it ("server exited unexpectedly"):
# on a fresh socket no client ever meets it. A start that fails anyway is retried on
# the next socket. Every server is killed, and its socket removed, at exit.
#
# The functions below act on the current session (the last one started).

# shellcheck disable=SC2034  # (variables for the scripts that source this file)

: "${TMUX_SOCKET_BASE:=haven-test-$$}"
TMUX_SERVERS=0		# servers started so far; the current one is the last
TMUX_SOCKET=
TMUX_SESSION=
PANE_PID=
unset TMUX TMUX_PANE

# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"

# The linear prompt as a captured screen line: tmux trims the space after it.
PROMPT_SCREEN_RE="${PROMPT_RE% }( ?)\$"
PAUSE_SCREEN_RE="${PAUSE_RE% }( ?)\$"

# need_tmux: exit 77 without tmux.
need_tmux() {
	need_command tmux
}

# t ARGS...: a tmux command on the current private server.
t() {
	tmux -L "$TMUX_SOCKET" -f /dev/null -u "$@"
}

# tmux_stop: end the current server (its panes get SIGHUP), without waiting.
tmux_stop() {
	[ -n "$TMUX_SOCKET" ] && t kill-server >/dev/null 2>&1
	return 0
}

tmux_cleanup() {
	[ "$TMUX_SERVERS" -gt 0 ] || return 0
	tmux_stop
	# (tmux leaves its socket files behind)
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$TMUX_SOCKET_BASE"-*
	return 0
}
at_exit tmux_cleanup

# tmux_new NAME WIDTH HEIGHT COMMAND...: a new server (see above) with one detached
# session NAME of WIDTH x HEIGHT running COMMAND (argv, no shell). Retries up to 20
# times, each on a fresh socket.
tmux_new() {
	_tn_name=$1 _tn_w=$2 _tn_h=$3
	shift 3
	tmux_stop
	_tn_tries=0
	while :; do
		TMUX_SERVERS=$((TMUX_SERVERS + 1))
		TMUX_SOCKET=$TMUX_SOCKET_BASE-$TMUX_SERVERS
		if t new-session -d -s "$_tn_name" -x "$_tn_w" -y "$_tn_h" -- "$@" \
		    2>"$TEST_TMP/tmux.err"; then
			TMUX_SESSION=$_tn_name
			return 0
		fi
		tmux_stop
		_tn_tries=$((_tn_tries + 1))
		if [ $_tn_tries -ge 20 ]; then
			fail "tmux new-session failed $_tn_tries times: $(cat "$TEST_TMP/tmux.err")"
			return 1
		fi
		sleep 0.05
	done
}

# A launcher run in the pane: prints SHELL-MARKER, runs its command with the pid
# recorded in a file (the inner sh execs, so the pid is the command's), prints
# "AFTER-EXIT status=N" on a line of its own, then stays, so the screen after the
# command can be read.
cat >"$TEST_TMP/launch.sh" <<'EOF'
#!/bin/sh
pidfile=$1
shift
printf 'SHELL-MARKER\n'
sh -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$pidfile" "$@"
printf '\nAFTER-EXIT status=%s\n' "$?"
exec sleep 600
EOF

# start_pane NAME WIDTH HEIGHT COMMAND...: tmux_new with COMMAND in the launcher
# above; returns once COMMAND runs, with its pid in PANE_PID.
start_pane() {
	_sp_name=$1 _sp_w=$2 _sp_h=$3
	shift 3
	PANE_PID=
	rm -f "$TEST_TMP/pane.pid"
	tmux_new "$_sp_name" "$_sp_w" "$_sp_h" sh "$TEST_TMP/launch.sh" "$TEST_TMP/pane.pid" "$@" ||
		return 1
	if ! poll_until -i 0.02 "$(seconds_ms)" test -s "$TEST_TMP/pane.pid"; then
		fail "$_sp_name: the command never started in tmux: $*"
		return 1
	fi
	PANE_PID=$(cat "$TEST_TMP/pane.pid")
}

# --- reading the pane --------------------------------------------------------------

# capture: the visible pane, one line per row (trailing spaces trimmed by tmux).
capture() {
	t capture-pane -p -t "$TMUX_SESSION"
}

# capture_all: the pane's history (-S -) and visible screen.
capture_all() {
	t capture-pane -p -S - -t "$TMUX_SESSION"
}

# capture_styled: the visible pane with its attributes as escape sequences.
capture_styled() {
	t capture-pane -e -p -t "$TMUX_SESSION"
}

# row N: line N (0 = top) of the visible pane.
row() {
	capture | sed -n "$(($1 + 1))p"
}

# cursor: "x y" of the pane's cursor.
cursor() {
	t display-message -p -t "$TMUX_SESSION" '#{cursor_x} #{cursor_y}'
}

# snap: the visible pane with its attributes (a selection that moves changes only
# attributes) and then the cursor, in one tmux call. unstyle reads it as text.
snap() {
	t capture-pane -e -p -t "$TMUX_SESSION" \; display-message -p -t "$TMUX_SESSION" \
	    '#{cursor_x} #{cursor_y}'
}

# --- the selected choice -------------------------------------------------------------
# haven draws the selected choice's line in reverse video and nothing else so; tmux
# writes reverse video as an SGR sequence holding 7 ("ESC[7m", "ESC[1;7m").
TMUX_ESC=$(printf '\033')
REVERSE_RE="$TMUX_ESC\\[([0-9]+;)*7(;[0-9]+)*m"

# unstyle: stdin (a styled capture) without its SGR sequences.
unstyle() {
	sed "s/$TMUX_ESC\\[[0-9;]*m//g"
}

# reverse_rows: the line numbers (1 = top) of stdin (a styled capture) drawn in
# reverse video.
reverse_rows() {
	grep -n -E -- "$REVERSE_RE" | cut -d: -f1
}

# selected_of: the text of the reverse-video line of stdin (a styled capture), with
# its indent, or nothing.
selected_of() {
	grep -E -- "$REVERSE_RE" | head -n 1 | unstyle | sed 's/^ *//'
}

# snap_state: what a reader gets from the pane: its text, the cursor, and which row
# is selected (the SGR sequences tmux writes between cells vary with the drawing).
snap_state() {
	_ss=$(snap)
	printf '%s\n' "$_ss" | unstyle
	printf 'selected row: %s\n' "$(printf '%s\n' "$_ss" | reverse_rows)"
}

# selected: the selected choice on the pane ("3. Not sure? ..."), or nothing.
selected() {
	capture_styled | selected_of
}

# selected_starts TEXT: the selected choice's line starts with TEXT (for poll_until).
selected_starts() {
	case $(selected) in
	"$1"*) return 0 ;;
	esac
	return 1
}

# wait_selected TEXT: until the selected choice's line starts with TEXT.
wait_selected() {
	poll_until "$(seconds_ms)" selected_starts "$1" ||
		{ fail_screen "timed out waiting for \"$1\" to be the selected choice (it is \"$(selected)\")"; return 1; }
}

# dump_screen: the visible pane, indented, for a failure message.
dump_screen() {
	capture | head -n 60 | cut -c1-200 | sed 's/^/    | /'
}

# fail_screen TEXT: fail with TEXT, then the screen.
fail_screen() {
	_fs_where=
	[ "$TMUX_SESSION" = main ] || _fs_where="$TMUX_SESSION: "
	fail "$_fs_where$*; the screen shows:"
	dump_screen
}

screen_has() {
	capture | grep -F -q -- "$1"
}

history_has() {
	capture_all | grep -F -q -- "$1"
}

# screen_differs TEXT: the visible pane is no longer TEXT (an earlier capture).
screen_differs() {
	[ "$(capture)" != "$1" ]
}

row_is() {
	[ "$(row "$1")" = "$2" ]
}

# screen_shows_prompt: some line of the screen is linear mode's prompt.
screen_shows_prompt() {
	capture | grep -E -q -- "$PROMPT_SCREEN_RE"
}

# screen_ready: haven is up in either mode: the full screen's bottom bar or the
# linear prompt is on the screen.
screen_ready() {
	_sr_screen=$(capture)
	printf '%s\n' "$_sr_screen" | grep -F -q -- "$BOTTOM_BAR" ||
		printf '%s\n' "$_sr_screen" | grep -E -q -- "$PROMPT_SCREEN_RE"
}

# --- sending keys ------------------------------------------------------------------

keys() {
	t send-keys -t "$TMUX_SESSION" "$@"
}

# type_text TEXT: send TEXT literally (no key names).
type_text() {
	t send-keys -t "$TMUX_SESSION" -l -- "$1"
}

# resize WIDTH HEIGHT: the window's new size.
resize() {
	t resize-window -t "$TMUX_SESSION" -x "$1" -y "$2"
}

# --- waiting -----------------------------------------------------------------------
# Each wait takes an optional last argument, SECONDS (default WAIT_TIMEOUT), and on
# timeout fails with what the screen shows.

# wait_for TEXT [SECONDS]: until the visible pane shows TEXT (a fixed string).
wait_for() {
	poll_until "$(seconds_ms "${2:-}")" screen_has "$1" ||
		{ fail_screen "timed out waiting for \"$1\""; return 1; }
}

# wait_for_history TEXT [SECONDS]: the same, in the history and the screen.
wait_for_history() {
	poll_until "$(seconds_ms "${2:-}")" history_has "$1" ||
		{ fail_screen "timed out waiting for \"$1\" in the history"; return 1; }
}

# wait_gone TEXT [SECONDS]: until the visible pane no longer shows TEXT.
wait_gone() {
	poll_until "$(seconds_ms "${2:-}")" not screen_has "$1" ||
		{ fail_screen "timed out waiting for \"$1\" to go"; return 1; }
}

# wait_row N TEXT [SECONDS]: until row N is exactly TEXT.
wait_row() {
	poll_until "$(seconds_ms "${3:-}")" row_is "$1" "$2" ||
		{ fail_screen "timed out waiting for row $1 to be \"$2\""; return 1; }
}

# prompt_paging_on: the linear prompt is on the screen; at a pause ("More: Enter
# ..."), press Enter once for each new screen, so a long page is read to its end.
prompt_paging_on() {
	screen_shows_prompt && return 0
	_pp_screen=$(capture)
	if [ "$_pp_screen" != "${_pp_pressed:-}" ] &&
	    printf '%s\n' "$_pp_screen" | grep -v '^$' | tail -n 1 |
	    grep -E -q -- "$PAUSE_SCREEN_RE"; then
		_pp_pressed=$_pp_screen
		keys Enter
	fi
	return 1
}

# wait_prompt [SECONDS]: until linear mode's prompt is on the screen, going on
# through the pauses of a page taller than the pane.
wait_prompt() {
	_pp_pressed=
	poll_until "$(seconds_ms "${1:-}")" prompt_paging_on ||
		{ fail_screen "timed out waiting for the linear prompt"; return 1; }
}

# wait_ready [SECONDS]: until haven is up, in either mode (screen_ready).
wait_ready() {
	poll_until "$(seconds_ms "${1:-}")" screen_ready ||
		{ fail_screen "timed out waiting for haven's bottom bar or prompt"; return 1; }
}

# snap_changed: the snap differs from SNAP_NOW (for poll_until); leaves it there.
snap_changed() {
	_sc_next=$(snap)
	[ "$_sc_next" != "$SNAP_NOW" ] || return 1
	SNAP_NOW=$_sc_next
}

# snap_held SECONDS: a snap SECONDS after SNAP_NOW agrees with it (for poll_until);
# else it becomes SNAP_NOW.
snap_held() {
	sleep "$1"
	not snap_changed
}

# wait_stable: until two snaps (screen and cursor) 100 ms apart agree: the program
# has finished drawing after a key whose effect has no single text to wait for.
wait_stable() {
	SNAP_NOW=$(snap)
	poll_until -i 0 "$(seconds_ms)" snap_held 0.1 ||
		{ fail "the screen never settled"; return 1; }
}

# press KEY...: send keys, wait until the screen or cursor changes, then until it
# holds still for 50 ms (haven has finished drawing). Leaves that last snap (screen,
# then the cursor as its last line) in PRESSED.
press() {
	SNAP_NOW=$(snap)
	keys "$@"
	if ! poll_until -i 0.02 "$(seconds_ms)" snap_changed; then
		fail_screen "keys '$*' changed nothing on the screen"
		return 1
	fi
	if ! poll_until -i 0 "$(seconds_ms)" snap_held 0.05; then
		fail "the screen never settled after keys '$*'"
		return 1
	fi
	PRESSED=$SNAP_NOW
}
