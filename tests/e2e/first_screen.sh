#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# first_screen.sh: what a frightened reader sees before pressing any key. In tmux at
# 80x24, in English and in Spanish, the first screen holds the start page's most
# important sentence, 911, the Hotline's number and text line, every top-level choice
# (Safety among them), the quick-exit keys, and the way to the other language; at
# 40x12 the quick exit and the first two choices still show, and "More below" says
# in words that the page goes on.
#
# The start page's own words come from --dump (the same layout, unwrapped), so the
# test follows edits to the guide; the numbers are the ones resources.md allows.
. "$(dirname "$0")/lib.sh"
need_tmux

# start_facts LANG: from --dump, the start page's important sentence (its first 40
# characters) and its choices ("N. label", one a line).
start_facts() {
	"$HAVEN" --guide "$GUIDE" --lang "$1" --dump --width 0 >"$E2E_TMP/dump" 2>&1 || {
		fail "$1: --dump failed: $(head -c 300 "$E2E_TMP/dump")"
		return 1
	}
	# The start page is the first page of the dump: up to its sources list.
	sed -n '1,/^Sources for this page:$/p' "$E2E_TMP/dump" >"$E2E_TMP/start"
	IMPORTANT=$(grep -m1 '^Important: ' "$E2E_TMP/start" | cut -c1-50)
	grep -E '^ *[0-9]+\. ' "$E2E_TMP/start" | sed 's/^ *//' >"$E2E_TMP/choices"
	[ -n "$IMPORTANT" ] && [ -s "$E2E_TMP/choices" ] ||
		{ fail "$1: no important note or no choices on the start page"; return 1; }
}

# on_screen LABEL TEXT...: every TEXT is in the capture (rows joined, spaces
# squeezed, so a sentence wrapped under its label still matches).
on_screen() {
	_label=$1
	shift
	_joined=$(capture | tr '\n' ' ' | tr -s ' ')
	_missing=
	for _t in "$@"; do
		case $_joined in
		*"$_t"*) ;;
		*) _missing="$_missing [$_t]" ;;
		esac
	done
	if [ -z "$_missing" ]; then
		ok "$_label"
	else
		fail_screen "$_label: not on the first screen:$_missing"
	fi
}

first_screen() {
	_lang=$1 _other=$2
	start_facts "$_lang" || return
	start_haven 80 24 --lang "$_lang" || return
	wait_for "$BOTTOM_BAR" || return
	on_screen "$_lang 80x24: the most important sentence" "$IMPORTANT"
	on_screen "$_lang 80x24: 911 and the Hotline's number and text line" \
	    "911" "1-800-799-7233" "START" "88788"
	while IFS= read -r _choice; do
		on_screen "$_lang 80x24: choice \"$_choice\"" "$_choice"
	done <"$E2E_TMP/choices"
	grep -q -i -E 'safety|seguridad' "$E2E_TMP/choices" &&
	    ok "$_lang: Safety is one of the start page's choices" ||
	    fail "$_lang: no Safety choice on the start page: $(cat "$E2E_TMP/choices")"
	on_screen "$_lang 80x24: the other language, one key away" "$_other"
	[ "$(row 23)" = "$BOTTOM_BAR$BOTTOM_BAR_HELP" ] &&
	    ok "$_lang 80x24: the bottom line names the quick exit and Safety" ||
	    fail "$_lang 80x24: bottom line \"$(row 23)\""
	case $(capture) in
	*"Sources"* | *"Fuentes"* | *seed* | *"Cautions"*)
		fail_screen "$_lang 80x24: a sources block on the first screen" ;;
	esac
}

first_screen en "Español: pulse L."
first_screen es "English: press L."

# 40x12: the quick exit on the bottom row, the first two choices, "More below".
start_facts en || finish
start_haven 40 12 || finish
wait_for "$BOTTOM_BAR" || finish
first=$(sed -n 1p "$E2E_TMP/choices" | cut -c1-20)
second=$(sed -n 2p "$E2E_TMP/choices" | cut -c1-20)
on_screen "40x12: the first two choices" "$first" "$second"
[ "$(row 11)" = "$BOTTOM_BAR" ] && ok "40x12: the bottom row is the quick exit and Safety" ||
    fail "40x12: bottom row \"$(row 11)\""
case $(row 10) in
"More below"*) ok "40x12: the last text row says \"More below\" in words" ;;
*) fail_screen "40x12: row 10 is \"$(row 10)\", not \"More below\"" ;;
esac
finish
