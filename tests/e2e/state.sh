#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# state.sh: choosing the state where the order was made, as a reader does it.
# Full screen (tmux): the states page from the start page, 0 and back inside it,
# / and part of a name ("mich") chooses Michigan, whose facts show; L keeps the
# state in Spanish; Esc while a name is typed, and x on the list, are the quick
# exit; in Spanish, "nueva y" chooses Nueva York. Linear mode (a pipe): part of a name in English ("tex") and in Spanish
# ("carolina del n"), a typo that lists the nearest name, b at the name prompt.
# --dump --state XX shows each state's fact that the issue quotes, with its source
# and date. Titles and labels come from the guide's own files.
. "$(dirname "$0")/lib.sh"
need_tmux

STATES_TITLE="Where was your order made?"
YOURS_TITLE="Rules in your state"
YOURS_ES="Las reglas de su estado"
page_facts || finish
START_TITLE=$PAGE_TITLE
n=$(printf '%s\n' "$PAGE_CHOICES" | grep -F "$YOURS_TITLE" | awk '{ print $1 }' | tr -d .)
[ -n "$n" ] || { fail "the start page has no \"$YOURS_TITLE\" choice"; finish; }
ok "the start page offers \"$YOURS_TITLE\" as choice $n"
page_facts 0 || finish
SAFETY_TITLE=$PAGE_TITLE

echo "--- full screen"
if start_haven 80 24 && wait_for "$BOTTOM_BAR"; then
	keys "$n"
	wait_row 1 "$STATES_TITLE" && wait_for "1. Alabama" &&
	    ok "full screen: $n opens the list of states"
	keys 0
	wait_row 1 "$SAFETY_TITLE" && ok "full screen: 0 opens Safety from the list"
	keys b
	wait_row 1 "$STATES_TITLE" && ok "full screen: b returns to the list"
	keys /
	wait_for "quick exit. State:" && ok "full screen: / asks for a state's name"
	type_text mich
	wait_for "State: mich" && keys Enter
	wait_row 1 "$YOURS_TITLE" && wait_for "In Michigan:" &&
	    ok "full screen: \"mich\" chooses Michigan, whose rules show"
	wait_for "Laws change: check with the court clerk." ||
	    fail "full screen: no \"Laws change\" line on Michigan's page"
	keys L
	wait_row 1 "$YOURS_ES" && wait_for "orden de protección personal" &&
	    ok "full screen: L shows Michigan's rules in Spanish (the state is kept)"
	keys x
	expect_gone "full screen, x on the state's page" "$HAVEN_PID" 2000
fi
# In Spanish, part of the Spanish name.
if start_haven 80 24 --lang es && wait_for "0:"; then
	keys "$n" /
	wait_for "State:" && type_text "nueva y" && keys Enter
	wait_row 1 "$YOURS_ES" && wait_for " Nueva York:" &&
	    ok "full screen, Spanish: \"nueva y\" chooses Nueva York"
	keys x
	expect_gone "full screen, Spanish: x" "$HAVEN_PID" 2000
fi
if start_haven 80 24 && wait_for "$BOTTOM_BAR"; then
	keys "$n" /
	wait_for "quick exit. State:" || true
	type_text tex
	keys Escape
	expect_gone "full screen, Esc while a state's name is typed" "$HAVEN_PID" 2000
fi
if start_haven 80 24 && wait_for "$BOTTOM_BAR"; then
	keys "$n"
	wait_row 1 "$STATES_TITLE" && keys x
	expect_gone "full screen, x on the list of states" "$HAVEN_PID" 2000
fi

echo "--- linear"
# linear_choose LABEL LANG WORDS EXPECTED: from the start page, the states page,
# then WORDS at its prompt; the page shown must say EXPECTED.
linear_choose() {
	printf '%s\n%s\n' "$n" "$3" | "$HAVEN" --guide "$GUIDE" --lang "$2" --linear \
	    --width 80 >"$E2E_TMP/out" 2>&1
	# ("In" is "En" where the Spanish translations are installed)
	if grep -q -x -F -e "$4" -e "$(printf '%s' "$4" | sed 's/^In /En /')" "$E2E_TMP/out"; then
		ok "linear, $1: \"$3\" shows \"$4\""
	else
		fail "linear, $1: after \"$3\", no line \"$4\"; the end was: $(tail -n 5 "$E2E_TMP/out" | tr '\n' '|')"
	fi
}
linear_choose English en tex "In Texas:"
linear_choose Spanish es "carolina del n" "In Carolina del Norte:"
linear_choose "Spanish, the English name" es "north carolina" "In Carolina del Norte:"
linear_choose "a typo" en texsa 'No state is named "texsa". Nearest: 1. Texas.'
# b at the name prompt goes back: no state is one letter long.
printf '%s\nb\n' "$n" | "$HAVEN" --guide "$GUIDE" --linear --width 80 >"$E2E_TMP/out" 2>&1
count=$(grep -c -x -F -- "$START_TITLE" "$E2E_TMP/out")
[ "$count" -eq 2 ] && ok "linear: b at the name prompt goes back to the start page" ||
    fail "linear: after b at the name prompt, the start page was shown $count times, not 2"

echo "--- --dump --state"
# dump_fact CODE TEXT: --dump --state CODE holds TEXT in a fact, followed by its
# source and the date its page shows (or that it shows none, and when it was seen).
dump_fact() {
	"$HAVEN" --guide "$GUIDE" --dump --width 0 --state "$1" >"$E2E_TMP/dump" 2>&1 ||
	    { fail "--dump --state $1 failed: $(head -n 3 "$E2E_TMP/dump")"; return; }
	awk -v text="$2" '
	found == 0 && /^- / && index($0, text) { found = 1; next }
	found == 1 && /^  Source: / { found = 2; source = $0; next }
	found == 2 && /(Date on the page: |The page shows no date\.).*Seen: / {
		print source " | " $0; exit }
	' "$E2E_TMP/dump" >"$E2E_TMP/fact"
	if [ -s "$E2E_TMP/fact" ]; then
		ok "--dump --state $1: \"$2\", $(sed 's/  */ /g' "$E2E_TMP/fact")"
	else
		fail "--dump --state $1: no fact holding \"$2\" with its source and date"
	fi
}
dump_fact MI "within 14 days"
dump_fact WI "cannot change or end the injunction on the restrained person's request alone"
dump_fact TX "no earlier than 1 year after it was made"
dump_fact CO "until two years after it was made"
dump_fact WA "no more than once every 12 months"
dump_fact NJ "A final restraining order has no end date"
dump_fact NV "cannot be renewed"
"$HAVEN" --guide "$GUIDE" --dump --state ZZ >/dev/null 2>&1
[ $? -eq 2 ] && ok "--state ZZ: exit status 2" || fail "--state ZZ does not exit 2"
finish
