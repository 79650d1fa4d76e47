#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# terminals.sh: the start page is legible on several terminals and settings: TERM=vt100,
# xterm-256color, linux; NO_COLOR=1 (and empty, which keeps colour); LANG=C (ASCII only: typographic quotes become
# plain quotes). Checked in tmux at 80x24 from what the pane shows: the bars, the
# title, the choices and the selection marker, colour or none, and the bytes; and
# that q leaves no guide text on the screen. Then keys whose escape sequences the
# terminal's terminfo entry does not list (End, Home, Delete) must not quick-exit.
. "$(dirname "$0")/lib.sh"
need_tmux

# Titles and choices from linear mode (lib.sh: page_facts).
page_facts || exit 1
TITLE=$PAGE_TITLE CRUMB=$PAGE_CRUMB FIRST=$PAGE_FIRST LAST=$(choice_head "$PAGE_LAST")
page_facts 1 || exit 1
P1_TITLE=$PAGE_TITLE
# The first screen in UTF-8 (from the first terminal), for the LANG=C comparison.
FIRST_UTF8=
# Colour in `capture-pane -e` output: SGR 30-37, 40-47, 90-97, 100-107, 38;5 / 48;5.
COLOUR_RE='\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;[0-9;]*)?m'

# non_ascii TEXT: the lines of TEXT holding a byte above 0x7f (or a control byte).
non_ascii() {
	printf '%s\n' "$1" | LC_ALL=C grep -n '[^ -~]'
}

# try NAME COLOUR(yes|no) ASCII(yes|no) ENV...: one terminal.
try() {
	name=$1 colour=$2 ascii=$3
	shift 3
	echo "--- $name"
	start_session 80 24 env "$@" "$HAVEN" --guide "$GUIDE" || return
	wait_for "$TITLE" || return
	first=$(capture)
	[ -n "$FIRST_UTF8" ] || [ "$ascii" = yes ] || FIRST_UTF8=$first
	case $(row 0) in
	*": $CRUMB") ;;
	*) fail "$name: top line is \"$(row 0)\", expected it to end with \": $CRUMB\"" ;;
	esac
	[ "$(row 1)" = "$TITLE" ] || fail "$name: row 1 is \"$(row 1)\", expected the title"
	[ "$(row 23)" = "$BOTTOM_BAR$BOTTOM_BAR_HELP" ] ||
	    fail "$name: bottom line is \"$(row 23)\", expected \"$BOTTOM_BAR$BOTTOM_BAR_HELP\""
	[ "$(printf '%s\n' "$first" | grep -c '[A-Za-z]')" -ge 12 ] ||
	    fail "$name: fewer than 12 lines of words on the first screen"

	# Space scrolls on every terminal (End's bytes depend on the terminal).
	n=0
	while ! capture | grep -q -F -- "$LAST"; do
		n=$((n + 1))
		[ $n -gt 10 ] && { fail "$name: 10 Spaces never showed the last choice"; return; }
		press Space || return
	done
	last=$(capture)
	# The selection is its line in reverse video (no colour needed), with the
	# cursor on it.
	[ "$(selected)" = "$FIRST" ] ||
	    fail "$name: at the end of the page, the line in reverse video is \"$(selected)\", not \"$FIRST\""

	styled=$(capture_styled)
	if [ "$colour" = yes ]; then
		printf '%s\n' "$styled" | grep -q -E "$COLOUR_RE" ||
		    fail "$name: expected colour (the bars), found none"
	else
		found=$(printf '%s\n' "$styled" | grep -o -E "$COLOUR_RE" | sort -u | tr '\n' ' ')
		[ -z "$found" ] || fail "$name: expected no colour, found SGR: $found"
	fi

	keys 1
	wait_for "$(printf '%s' "$P1_TITLE" | cut -c1-30)" || return
	page1=$(capture)

	if [ "$ascii" = yes ]; then
		bad=$(non_ascii "$first
$last
$page1")
		[ -z "$bad" ] || fail "$name: bytes above 0x7f on screen: $bad"
		# Lines of the UTF-8 first screen whose only non-ASCII characters are
		# typographic quotes must show here with plain quotes.
		printf '%s\n' "$FIRST_UTF8" | grep '[“”]' | sed 's/[“”]/"/g' |
		    LC_ALL=C grep -v '[^ -~]' >"$E2E_TMP/quoted"
		if [ -s "$E2E_TMP/quoted" ]; then
			printf '%s\n' "$first" >"$E2E_TMP/first"
			missing=$(grep -v -x -F -f "$E2E_TMP/first" "$E2E_TMP/quoted")
			[ -z "$missing" ] ||
			    fail "$name: typographic quotes did not become plain quotes; expected: $missing"
		else
			echo "note: no typographic quotes on the first screen to compare"
		fi
	fi
	keys q
	if wait_for "AFTER-EXIT status=0"; then
		ok "$name: legible, and q exits 0"
		# q gives the shell its screen back: no guide text stays in view (on a
		# terminal without an alternate screen, haven has to erase its own text).
		assert_no_guide_words "$name: the screen after q" "$(capture)"
	fi
}

# stray_keys NAME ENV... -- KEYS...: keys whose escape sequences this terminal's
# terminfo does not describe (tmux sends End as ESC [ 4 ~, Home as ESC [ 1 ~, while
# xterm-256color says ESC O F / ESC O H, and vt100 has neither). They must not be
# taken for a lone Esc: the guide must not vanish when the reader presses End.
# Each key is followed by ?, whose effect (help) shows only once haven has read the
# stray key too; then ? again, back to the page, which must still be the start page.
stray_keys() {
	name=$1
	shift
	envs=
	while [ "$1" != -- ]; do envs="$envs $1"; shift; done
	shift
	for key in "$@"; do
		# shellcheck disable=SC2086
		start_session 80 24 env $envs "$HAVEN" --guide "$GUIDE" || return
		wait_for "$TITLE" || return
		keys "$key"
		keys '?'
		if ! poll_until "$(seconds_ms)" screen_has "Help: keys"; then
			if alive "$HAVEN_PID"; then
				fail_screen "$name: after $key, ? never opened the help (were the keys read?)"
			else
				fail "$name: pressing $key (an escape sequence this TERM does not list) was taken for Esc: haven quick-exited; the screen shows: $(capture | grep . | tr '\n' '/')"
			fi
			continue
		fi
		keys '?'
		wait_gone "Help: keys" || continue
		wait_stable || continue
		case $(row 0) in
		*": $CRUMB") ;;
		*) fail "$name: after $key and ? ?, the top line is \"$(row 0)\", not the start page's \": $CRUMB\""
		   continue ;;
		esac
		if alive "$HAVEN_PID"; then
			ok "$name: $key did not end haven, which read the key after it and stayed on the start page"
		else
			fail "$name: haven ended after $key and ? ?"
		fi
	done
}

try "TERM=vt100" no no TERM=vt100
try "TERM=xterm-256color" yes no TERM=xterm-256color
try "TERM=linux" yes no TERM=linux
try "NO_COLOR=1" no no TERM=xterm-256color NO_COLOR=1
# no-color.org: set but empty, NO_COLOR keeps the colour.
try "NO_COLOR= (empty)" yes no TERM=xterm-256color NO_COLOR=
try "LANG=C" yes yes LANG=C TERM=xterm-256color
try "LANG=C TERM=vt100" no yes LANG=C TERM=vt100
stray_keys "TERM=xterm-256color" TERM=xterm-256color -- End Home
stray_keys "TERM=vt100" TERM=vt100 -- End Delete
finish
