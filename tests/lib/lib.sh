# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: what every shell test of haven shares: counting checks, waiting, processes.
# POSIX sh (the e2e tests run under dash; the ssh tests under bash). Source it with
# LIB_DIR set to this folder:
#
#     LIB_DIR=$(cd "$(dirname "$0")/../lib" && pwd)
#     . "$LIB_DIR/lib.sh"
#
# (tmux.sh sources this file itself.) It sets:
#   HAVEN       the haven binary, absolute: $HAVEN, else $top_builddir/haven, else
#               ./haven, else the one at the top of the source tree
#   top_srcdir  the source tree, absolute (default: two folders up from here)
#   TEST_TMP    a private temporary folder, removed when the script exits
#   WAIT_TIMEOUT  seconds each wait may take (a suite sets its own; default 5)
# and reads the constants of constants.sh (PROMPT_RE, BOTTOM_BAR, GUIDE_WORDS...).
#
# Checks: ok, fail, skip (one leg cannot run), skip_all (exit 77), finish.
# Waiting: poll_until; every wait of the tests is built on it, never a fixed sleep.
# Functions keep their variables apart by prefix (_pu_, _we_...), as sh has no local.

# shellcheck disable=SC2034  # (variables for the scripts that source this file)
set -u

: "${LIB_DIR:?set LIB_DIR to tests/lib before sourcing lib.sh}"
# shellcheck source=tests/lib/constants.sh
. "$LIB_DIR/constants.sh"

: "${top_srcdir:=$LIB_DIR/../..}"
top_srcdir=$(cd "$top_srcdir" && pwd)
if [ -z "${HAVEN:-}" ]; then
	if [ -n "${top_builddir:-}" ]; then
		HAVEN=$top_builddir/haven
	elif [ -x ./haven ] && [ ! -d ./haven ]; then
		HAVEN=./haven
	else
		HAVEN=$top_srcdir/haven
	fi
fi
case $HAVEN in
/*) ;;
*) HAVEN=$(cd "$(dirname "$HAVEN")" && pwd)/$(basename "$HAVEN") ;;
esac
WAIT_TIMEOUT=${WAIT_TIMEOUT:-5}
# No __pycache__ in the source tree from the Python helpers.
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE

# --- checks ------------------------------------------------------------------------

FAILURES=0	# fail calls
CHECKS=0	# ok calls
SKIPS=0		# skip calls: legs that could not run

# ok TEXT: a check passed. With E2E_TRACE set, the milliseconds since the start.
ok() {
	CHECKS=$((CHECKS + 1))
	if [ -n "${E2E_TRACE:-}" ]; then
		echo "ok: [$(($(now_ms) - TEST_T0)) ms] $*"
	else
		echo "ok: $*"
	fi
}

# fail TEXT: a check failed; the script goes on, and finish exits 1.
fail() {
	FAILURES=$((FAILURES + 1))
	echo "FAIL: $*"
}

# skip TEXT: one leg of the script cannot run here (a missing tool or locale). Said
# on its own line; the other legs still count.
skip() {
	SKIPS=$((SKIPS + 1))
	echo "SKIP: $*"
}

# skip_all TEXT: nothing of this script can run here: exit 77 (automake's skip).
skip_all() {
	echo "SKIP: $*"
	exit 77
}

# finish [NOTE]: the end of a script: 1 if any check failed; 77 if legs were skipped
# and no check ran; else 0, with "PASS: script (NOTE)".
finish() {
	_fi_name=$(basename "$0")
	if [ "$FAILURES" -gt 0 ]; then
		echo "$FAILURES check(s) failed in $_fi_name${1:+ ($1)}"
		exit 1
	fi
	if [ "$CHECKS" -eq 0 ] && [ "$SKIPS" -gt 0 ]; then
		echo "SKIP: $_fi_name: every leg was skipped"
		exit 77
	fi
	[ "$SKIPS" -gt 0 ] && set -- "${1:+$1; }$SKIPS leg(s) skipped"
	echo "PASS: $_fi_name${1:+ ($1)}"
	exit 0
}

# need_haven: exit 1 (a failure, not a skip) without the binary under test.
need_haven() {
	if [ ! -x "$HAVEN" ]; then
		echo "FAIL: no haven binary at $HAVEN (set HAVEN)"
		exit 1
	fi
}

# haven_sanitized: true when HAVEN was built with AddressSanitizer (.ci/run's second
# build), whose shadow memory makes memory figures and address-space limits mean
# something else.
haven_sanitized() {
	ldd "$HAVEN" 2>/dev/null | grep -q 'libasan'
}

# need_command TOOL WHY: exit 77 unless TOOL is installed.
need_command() {
	command -v "$1" >/dev/null 2>&1 || skip_all "$1 is not installed${2:+ ($2)}"
}

# --- cleanup -----------------------------------------------------------------------

LIB_AT_EXIT=

# at_exit FUNCTION: run FUNCTION when the script exits, after those added before it
# and before TEST_TMP is removed.
at_exit() {
	LIB_AT_EXIT="$LIB_AT_EXIT $1"
}

lib_cleanup() {
	for _lc_f in $LIB_AT_EXIT; do
		"$_lc_f"
	done
	[ -n "${TEST_TMP:-}" ] && rm -rf "$TEST_TMP"
	return 0
}
trap lib_cleanup EXIT
trap 'exit 1' HUP INT TERM

TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/haven-test.XXXXXX")

# --- time and waiting --------------------------------------------------------------

# now_ms: a clock in milliseconds (10 ms steps), read without forking: from
# /proc/uptime on Linux, else from GNU date.
if [ -r /proc/uptime ]; then
	now_ms() {
		read -r _nm_up _nm_idle </proc/uptime
		_nm_cs=${_nm_up%.*}${_nm_up#*.}
		while :; do
			case $_nm_cs in
			0?*) _nm_cs=${_nm_cs#0} ;;
			*) break ;;
			esac
		done
		echo $((_nm_cs * 10))
	}
else
	now_ms() {
		date +%s%3N
	}
fi
TEST_T0=$(now_ms)

# poll_until [-i SECONDS] MILLISECONDS COMMAND [ARGS...]: run COMMAND until it
# succeeds (0) or MILLISECONDS have passed (1), checking every SECONDS (default
# 0.05); a last check runs after the deadline. POLL_MS is then the time it took.
poll_until() {
	_pu_every=0.05
	if [ "$1" = -i ]; then
		_pu_every=$2
		shift 2
	fi
	_pu_start=$(now_ms)
	_pu_deadline=$((_pu_start + $1))
	shift
	while :; do
		if "$@"; then
			POLL_MS=$(($(now_ms) - _pu_start))
			return 0
		fi
		if [ "$(now_ms)" -gt "$_pu_deadline" ]; then
			POLL_MS=$(($(now_ms) - _pu_start))
			return 1
		fi
		sleep "$_pu_every"
	done
}

# not COMMAND [ARGS...]: true when COMMAND fails (for poll_until).
not() {
	! "$@"
}

# seconds_ms [SECONDS]: SECONDS (default WAIT_TIMEOUT) in milliseconds.
seconds_ms() {
	echo $((${1:-$WAIT_TIMEOUT} * 1000))
}

# file_has FILE PATTERN: FILE exists and grep finds PATTERN (basic regex) in it.
file_has() {
	grep -q -- "$2" "$1" 2>/dev/null
}

# --- processes ---------------------------------------------------------------------

# alive PID: true while PID exists and is not a zombie (no fork: builtins only).
alive() {
	[ -n "$1" ] || return 1
	_al_stat=
	{ read -r _al_stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	[ -n "$_al_stat" ] || return 1
	_al_stat=${_al_stat##*) }
	[ "${_al_stat%% *}" != Z ]
}

# proc_state PID: the one-letter state of PID (R, S, T, Z...).
proc_state() {
	_ps_stat=
	{ read -r _ps_stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	_ps_stat=${_ps_stat##*) }
	echo "${_ps_stat%% *}"
}

# cpu_ticks PID: utime + stime of PID, in clock ticks.
cpu_ticks() {
	sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'
}

# wait_exit PID MILLISECONDS: poll every 10 ms until PID is gone; prints the time it
# took (ms). Returns 1 if it is still there at the deadline.
wait_exit() {
	poll_until -i 0.01 "$2" not alive "$1"
	_we_status=$?
	echo "$POLL_MS"
	return $_we_status
}

# spin_report PID: how much CPU PID burns over 0.5 s, with its state.
spin_report() {
	_sr_a=$(cpu_ticks "$1")
	sleep 0.5	# a measuring window, not a wait for an event
	_sr_b=$(cpu_ticks "$1")
	echo "pid $1 (state $(proc_state "$1" || echo gone)) used $((${_sr_b:-0} - ${_sr_a:-0})) clock ticks of CPU in 0.5 s"
}

# report_spin PID: if PID still exists, fail with its CPU use over 0.5 s.
report_spin() {
	alive "$1" && fail "still running: $(spin_report "$1")"
	return 0
}

# --- the guide's words -------------------------------------------------------------

# guide_words_in TEXT: how many of GUIDE_WORDS TEXT holds.
guide_words_in() {
	_gw_n=0
	for _gw_w in $GUIDE_WORDS; do
		printf '%s\n' "$1" | grep -q -i -w -- "$_gw_w" && _gw_n=$((_gw_n + 1))
	done
	echo $_gw_n
}

# assert_no_guide_words LABEL TEXT: fail if TEXT holds any of GUIDE_WORDS.
assert_no_guide_words() {
	_ag_found=
	for _ag_w in $GUIDE_WORDS; do
		if printf '%s\n' "$2" | grep -q -i -w -- "$_ag_w"; then
			_ag_found="$_ag_found $_ag_w"
		fi
	done
	if [ -n "$_ag_found" ]; then
		fail "$1: guide words still there:$_ag_found; it shows:"
		printf '%s\n' "$2" | grep -v '^$' | cut -c1-200 | head -40 | sed 's/^/    | /'
		return 1
	fi
	return 0
}
