#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# safety_key.sh: Safety is one key away. From three pages deep in the guide, in full
# screen (tmux) and in linear mode (a pipe), 0 opens the Safety page, whose first
# resource is 911, and b returns to the page the reader was on. Titles come from
# linear mode (page_facts), so the test follows the guide's words.
. "$(dirname "$0")/lib.sh"
need_tmux

# Three deep pages, each two choices from the start page.
PATHS="1,1 2,2 5,4"

page_facts 4 || finish
SAFETY_TITLE=$PAGE_TITLE

# The Safety page lists 911 before any other resource.
"$HAVEN" --guide "$GUIDE" --dump --width 0 >"$E2E_TMP/dump" 2>&1
first_call=$(sed -n "/^$SAFETY_TITLE\$/,/^Sources for this page:\$/p" "$E2E_TMP/dump" |
    grep -m1 '^  Call: ')
[ "$first_call" = "  Call: 911" ] && ok "Safety: the first number is 911" ||
    fail "Safety: the first number is \"$first_call\", not 911"

echo "--- full screen"
for path in $PATHS; do
	a=${path%,*} b=${path#*,}
	page_facts "$a" || continue
	middle=$PAGE_TITLE
	page_facts "$a" "$b" || continue
	deep=$PAGE_TITLE
	start_haven 80 24 || continue
	wait_for "$BOTTOM_BAR" || continue
	keys "$a"
	wait_row 1 "$middle" || continue
	keys "$b"
	wait_row 1 "$deep" || continue
	keys 0
	# (row 1 is the page's title; a "Safety and help now" choice may be on screen)
	wait_row 1 "$SAFETY_TITLE" && wait_for "Call: 911" || continue
	ok "full screen, $deep: 0 opens Safety"
	keys b
	wait_row 1 "$deep" && ok "full screen, $deep: b returns"
done

echo "--- linear"
for path in $PATHS; do
	a=${path%,*} b=${path#*,}
	page_facts "$a" "$b" || continue
	deep=$PAGE_TITLE
	printf '%s\n%s\n0\nb\n' "$a" "$b" |
	    "$HAVEN" --guide "$GUIDE" --linear --width 0 >"$E2E_TMP/out" 2>&1
	# The titles in the order the reader met them, each on a line of its own.
	order=$(grep -n -x -F -e "$deep" -e "$SAFETY_TITLE" "$E2E_TMP/out" | cut -d: -f2- |
	    tr '\n' '|')
	if [ "$order" = "$deep|$SAFETY_TITLE|$deep|" ]; then
		ok "linear, $deep: 0 then Enter opens Safety, b returns"
	else
		fail "linear, $deep: pages shown in the order \"$order\""
	fi
done
finish
