# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: haven's end-to-end tests: the shared helpers of tests/lib (tmux.sh and
# lib.sh: checks, waits, the private tmux server) plus what only these tests need.
# Source it from a test script:
#
#     . "$(dirname "$0")/lib.sh"
#
# Environment (set by `make check` through AM_TESTS_ENVIRONMENT):
#   HAVEN       absolute path of the haven binary (default: see tests/lib/lib.sh)
#   top_srcdir  the source tree; the guide is "$top_srcdir/content"
#   E2E_TIMEOUT seconds each wait may take (default 5)
#
# Every tmux command goes to a private server without a config file (tmux.sh), which
# is killed when the script exits. Waiting is always a polling loop with a timeout
# (poll_until), never a fixed sleep alone.

# shellcheck disable=SC2034  # (variables for the scripts that source this file)
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
LIB_DIR=$(cd "$E2E_DIR/../lib" && pwd)
WAIT_TIMEOUT=${E2E_TIMEOUT:-5}
TMUX_SOCKET_BASE=haven-test-$$
# shellcheck source=tests/lib/tmux.sh
. "$LIB_DIR/tmux.sh"
need_haven

# HAVEN_E2E_GUIDE: another guide folder to read instead (for debugging).
GUIDE=${HAVEN_E2E_GUIDE:-$top_srcdir/content}
FIXTURES=$E2E_DIR/fixtures
GOLDEN=$E2E_DIR/golden
E2E_TMP=$TEST_TMP
HAVEN_PID=

# A known, private environment: UTF-8 locale, no user config, no colour preference.
LANG=C.UTF-8
if command -v locale >/dev/null 2>&1 && ! locale -a 2>/dev/null | grep -q -i '^c\.utf-\?8$'; then
	LANG=$(locale -a 2>/dev/null | grep -i -m1 'utf-\?8$' || echo C.UTF-8)
fi
export LANG
unset LC_ALL LC_CTYPE LC_MESSAGES LANGUAGE NO_COLOR COLUMNS LINES
XDG_CONFIG_HOME=$E2E_TMP/config
export XDG_CONFIG_HOME
mkdir -p "$XDG_CONFIG_HOME"

# start_session WIDTH HEIGHT COMMAND...: a new tmux server and session "main" running
# COMMAND through the launcher of tmux.sh (SHELL-MARKER before, "AFTER-EXIT status=N"
# after); sets HAVEN_PID once COMMAND runs. Use `env VAR=value ... "$HAVEN" ...` as
# COMMAND.
start_session() {
	HAVEN_PID=
	start_pane main "$@" || return 1
	HAVEN_PID=$PANE_PID
}

# start_haven WIDTH HEIGHT [haven arguments...]: haven on the real guide, full screen.
start_haven() {
	_sh_w=$1 _sh_h=$2
	shift 2
	start_session "$_sh_w" "$_sh_h" "$HAVEN" --guide "$GUIDE" "$@"
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
	# (the regex through the environment: awk -v would take its backslashes)
	PROMPT_RE=$PROMPT_RE awk '
	$0 ~ ENVIRON["PROMPT_RE"] {
		# A prompt: the choices are the last block of numbered lines before it.
		t = title; c = crumb; n = count; f = first; l = last; all = choices
		count = 0; first = ""; last = ""; choices = ""; inrun = 0
		next
	}
	/^You are here: / { title = prev; crumb = substr($0, 15) }
	/^[0-9]+\. / {
		# A new run of numbered lines replaces the last one: the menu is the last
		# run before the prompt (text may follow it, as on the start page).
		if (!inrun) { count = 0; first = ""; last = ""; choices = "" }
		inrun = 1
		if (count == 0) first = $0
		count++; last = $0; choices = choices $0 "\n"
		prev = $0
		next
	}
	/./ { inrun = 0 }
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


# expect_gone LABEL PID MS: PID must end within MS milliseconds, and the pane must
# then hold no word of the guide, on screen or in its history.
expect_gone() {
	if _eg_took=$(wait_exit "$2" "$3"); then
		ok "$1: haven ended within ${_eg_took} ms"
	else
		fail "$1: haven (pid $2) still runs ${_eg_took} ms later"
		report_spin "$2"
		return 1
	fi
	wait_for "AFTER-EXIT status=" 2 || return 1
	assert_no_guide_words "$1: the screen" "$(capture)"
	assert_no_guide_words "$1: the history" "$(capture_all)"
}
