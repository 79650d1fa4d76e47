#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# broken_part.sh: a reader's guide is read part by part, so a file found broken after
# the start (here the petitioner's pages) must never show the reader the checker's
# words: that page says, in one plain sentence, that it cannot be shown, and the rest
# of the guide works (0 opens Safety with 911, b goes back). Both modes.
. "$(dirname "$0")/lib.sh"
need_tmux

SENTENCE="This page cannot be shown right now. Please tell whoever runs this computer (haven --check shows them why). In danger? Call 911."
broken=$E2E_TMP/broken
mkdir -p "$broken/en" "$broken/es"
cp "$top_srcdir"/content/en/*.ini "$broken/en/"
cp "$top_srcdir"/content/es/*.ini "$broken/es/"
# The petitioner page's title, cut short by an unquoted ';' (iniparser would drop
# the rest without a word).
sed '0,/^title = /s//title = cut; short /' "$top_srcdir/content/en/petitioner.ini" \
    >"$broken/en/petitioner.ini"
GUIDE=$broken

page_facts 4 || finish
SAFETY_TITLE=$PAGE_TITLE

echo "--- linear"
printf '1\n0\nb\n' | "$HAVEN" --guide "$broken" --linear --width 0 >"$E2E_TMP/out" 2>&1
status=$?
[ $status -eq 0 ] && ok "linear: the guide starts (exit 0 at the input's end)" ||
	fail "linear: exit $status"
grep -q -x -F "$SENTENCE" "$E2E_TMP/out" && ok "linear: the broken page says it cannot be shown" ||
	fail "linear: no plain sentence on the broken page"
grep -q -e 'petitioner\.ini' -e 'unquoted' -e "$broken" "$E2E_TMP/out" &&
	fail "linear: the reader was shown the checker's words or a file name" ||
	ok "linear: no file name or checker message reaches the reader"
order=$(grep -n -x -F -e "petitioner" -e "$SAFETY_TITLE" "$E2E_TMP/out" | cut -d: -f2- |
    tr '\n' '|')
[ "$order" = "petitioner|$SAFETY_TITLE|petitioner|" ] &&
	ok "linear: from the broken page, 0 opens Safety and b returns" ||
	fail "linear: pages shown in the order \"$order\""
grep -q -x "  Call: 911" "$E2E_TMP/out" && ok "linear: Safety shows 911" ||
	fail "linear: Safety shows no 911"

echo "--- full screen"
if start_haven 80 24 && wait_for "$BOTTOM_BAR"; then
	keys 1
	wait_for "This page cannot be shown right now" &&
		ok "full screen: the broken page says it cannot be shown"
	case $(capture) in
	*petitioner.ini* | *unquoted*) fail "full screen: the checker's words reach the reader" ;;
	*) ok "full screen: no file name or checker message on the screen" ;;
	esac
	keys 0
	wait_row 1 "$SAFETY_TITLE" && wait_for "Call: 911" &&
		ok "full screen: 0 opens Safety from the broken page"
	keys b
	wait_for "This page cannot be shown right now" && ok "full screen: b returns to it"
	keys b
	wait_for "1. I asked for the order" && ok "full screen: the start page works"
fi

"$HAVEN" --check "$broken" 2>&1 | grep -q "petitioner.ini:2: 'title': unquoted value contains ';'" &&
	ok "--check names the broken line" || fail "--check does not name petitioner.ini:2"

finish "a part found broken after the start"
