#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# situation.sh: the guided questions. In full screen (tmux), three answer paths reach
# their summary pages, which list the answers given ("You said:") and the steps that
# fit; "Are you in danger now? Yes" shows 911 and the Hotline and goes on; Space
# ticks a checklist item and the screen says "Checked" in words. In linear mode, a
# transcript walks one path and ticks two items, in words, with no escape byte.
. "$(dirname "$0")/lib.sh"
need_tmux

# walk KEYS...: from a fresh start page at 80x40, press each key, waiting for the
# screen to change (pages, not timing, drive the test).
walk() {
	start_haven 80 40 || return 1
	wait_for "$BOTTOM_BAR" || return 1
	for _k in "$@"; do
		_before=$(capture)
		keys "$_k"
		# (no change in time: the expectations below say what is missing)
		poll_until "$(seconds_ms)" screen_differs "$_before" || :
	done
	# The first change seen can be a page half drawn (a slow build draws line by
	# line): what follows reads the selection, so wait until the drawing is done.
	wait_stable
}

# expect LABEL TEXT...: every TEXT is on the screen.
expect() {
	_label=$1
	shift
	_screen=$(capture)
	for _text in "$@"; do
		if ! printf '%s\n' "$_screen" | grep -q -F -- "$_text"; then
			fail "$_label: \"$_text\" is not on the screen:"
			printf '%s\n' "$_screen" | sed 's/^/    | /'
			return 1
		fi
	done
	ok "$_label"
}

# Start > 3 Not sure? > 1 Start the questions > Are you in danger now?
walk 3 1 1
expect "danger: Yes (or not sure) shows 911 and the Hotline, then goes on" \
    "Help now, then the questions" "Call 911" "1-800-799-7233" \
    "Go on with the questions"
walk 3 1 1 1
expect "danger: after help, the questions go on" "Does the order protect you?" \
    "I asked for it to protect my child" "Police or a prosecutor asked for it"

walk 3 1 2 1 1 2
expect "path 1: the order protects you, family court, no children" \
    "Your situation: you asked for the order" "You said:" \
    "- you are not in danger right now" "- the order protects you" \
    "- a family or civil court made it" "- no children are named in the order" \
    "You do not have to end the order"

walk 3 1 2 3 1 1
expect "path 2: the order is against you, a hearing is coming" \
    "the order is against you, and a hearing is coming" \
    "- the order is against you" "- a hearing date is coming" \
    "Do not skip the hearing" "What you can do: go to the hearing"

walk 3 1 2 3 1 2
expect "path 3: the order is against you, and no hearing date is set" \
    "no hearing date is set" "- your papers show no hearing date" \
    "Ask the court clerk today if you must ask for a hearing"

walk 3 1 2 3 2
expect "path 4: a criminal court made the order against you" \
    "a criminal court made the order against you" "- a criminal court made it" \
    "talk to your defense lawyer"

walk 3 1 2 2 1
expect "path 5: you asked for it to protect your child" \
    "it names children" "- you asked for it to protect your child" \
    "take extra care when the order covers children"

walk 3 1 2 4
expect "path 6: police or a prosecutor asked for it" \
    "police or a prosecutor asked for the order" \
    "- police or a prosecutor asked for it"

# Tick the first checklist item of path 1 with Space: said in words.
walk 3 1 2 1 1 2
n=0
until selected_starts "1. Not checked:"; do
	n=$((n + 1))
	[ $n -gt 20 ] && { fail "the first checklist item never got selected"; break; }
	press Down || break
done
keys Space
wait_selected "1. Checked: Your copy of the order" &&
    ok "Space ticks the selected checklist item, said in words"
# Change an answer: the change links follow the choices.
keys End
wait_for "Change your answer: Does the order protect you?" &&
    ok "the summary offers to change each answer"

# Linear mode: one path, two items ticked, "checked" in words, no escape byte.
out=$(printf '3\n1\n2\n1\n1\n2\n1\n3\nq\n' | "$HAVEN" --guide "$GUIDE" --linear --width 72)
for text in "You said:" "- no children are named in the order" \
    "1. Not checked: Your copy of the order" \
    "Checked: Your copy of the order, with its case number." \
    "Checked: A few notes on what has changed since the court made the order."; do
	printf '%s\n' "$out" | grep -q -F -- "$text" ||
	    fail "linear transcript lacks: $text"
done
if printf '%s' "$out" | od -An -tx1 | grep -q ' 1b'; then
	fail "linear transcript holds an escape byte"
else
	ok "linear: a path walked and two items ticked, in words, no escape byte"
fi
finish
