#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cursor.sh: screen readers and braille displays follow the hardware cursor, so after
# every Down and Up the cursor must rest at column 0 of the line in reverse video (the
# selected choice), and at column 0 of the first text row with words while no choice
# is in view (a blank row would show nothing on a braille display).
# Checked at 80x24 and 40x12, on pages with short and wrapped choice labels, walking
# down to the last choice and back up to the top of the page.
. "$(dirname "$0")/lib.sh"
need_tmux

MOVES=0

# check_cursor CONTEXT: compare the cursor with the row of the selected choice (the
# line in reverse video).
check_cursor() {
	screen=$(printf '%s\n' "$PRESSED" | sed '$d')
	pos=$(printf '%s\n' "$PRESSED" | tail -n 1)
	x=${pos% *} y=${pos#* }
	marked=$(printf '%s\n' "$screen" | reverse_rows)
	MOVES=$((MOVES + 1))
	case $marked in
	*[!0-9]*)
		fail "$1: more than one line is in reverse video (rows $(printf "%s " $marked))"
		return
		;;
	"")	# no choice in view: the first row with words under the top line
		want_y=$(printf '%s\n' "$screen" | unstyle | awk 'NR > 1 && NF { print NR - 1; exit }')
		what="first text row with words (no choice in view)" ;;
	*) want_y=$((marked - 1)) what="row of \"$(printf '%s\n' "$screen" | unstyle | sed -n "${marked}p")\"" ;;
	esac
	if [ "$x" != 0 ] || [ "$y" != "$want_y" ]; then
		fail "$1: cursor at x=$x y=$y, expected x=0 y=$want_y ($what); the screen:"
		printf '%s\n' "$screen" | unstyle | awk '{ printf "    %2d | %s\n", NR - 1, $0 }'
	fi
}

# text_rows: the screen without its last two rows (the note row and the bottom line,
# which change after the first key).
text_rows() {
	capture_styled | sed "$((H - 1)),\$d"
}

# at_top: the page's rows are again those first shown when it opened, with the same
# line selected (a short window carries the title on its top line, so "the title on
# row 1" cannot tell).
at_top() {
	_at=$(text_rows)
	[ "$(printf '%s\n' "$_at" | unstyle)" = "$TOP_TEXT" ] &&
	    [ "$(printf '%s\n' "$_at" | reverse_rows)" = "$TOP_SELECTED" ]
}

# walk W H DIGIT LAST TITLE: open page DIGIT (or stay on the start page if DIGIT is
# "-"), press Down until choice LAST is selected, then Up until choice 1 is selected
# and the page is back at its top, checking the cursor after every key.
walk() {
	W=$1 H=$2 digit=$3 last=$4 title=$5
	start_haven "$W" "$H" || return
	wait_for "$(printf '%s' "$START_TITLE" | cut -c1-20)" || return
	if [ "$digit" != - ]; then
		keys "$digit"
		wait_for "$(printf '%s' "$title" | cut -c1-20)" || return
	fi
	_top=$(text_rows)
	TOP_TEXT=$(printf '%s\n' "$_top" | unstyle)
	TOP_SELECTED=$(printf '%s\n' "$_top" | reverse_rows)
	n=0
	PRESSED=$(snap)
	while ! printf '%s\n' "$PRESSED" | sed '$d' | selected_of | grep -q "^$last\. "; do
		n=$((n + 1))
		[ $n -gt 40 ] && { fail "${W}x$H page $digit: 40 Downs never selected choice $last"; return; }
		press Down || return
		check_cursor "${W}x$H page $digit, Down #$n"
	done
	n=0
	while ! at_top; do
		n=$((n + 1))
		[ $n -gt 40 ] && { fail "${W}x$H page $digit: 40 Ups never went back to the top"; return; }
		press Up || return
		check_cursor "${W}x$H page $digit, Up #$n"
	done
	ok "${W}x$H page $digit: cursor followed the selection"
}

# The pages and their number of choices, from linear mode (lib.sh: page_facts).
page_facts || exit 1
START_TITLE=$PAGE_TITLE START_COUNT=$PAGE_COUNT
page_facts 1 || exit 1
P1_TITLE=$PAGE_TITLE P1_COUNT=$PAGE_COUNT
page_facts 2 || exit 1
P2_TITLE=$PAGE_TITLE P2_COUNT=$PAGE_COUNT

# (page 1 has a label that wraps at 40 columns)
walk 80 24 - "$START_COUNT" "$START_TITLE"
walk 80 24 2 "$P2_COUNT" "$P2_TITLE"
walk 40 12 - "$START_COUNT" "$START_TITLE"
walk 40 12 1 "$P1_COUNT" "$P1_TITLE"
echo "checked the cursor after $MOVES moves"
[ "$MOVES" -ge 20 ] || fail "only $MOVES moves were checked"
finish
