#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# rebind.sh: keys follow the config, and views behave as views. A config that moves
# the quick exit to F12 and z (giving x to back and Esc to help) works in both modes:
# the old keys do nothing of the quick exit, the new ones wipe, and help, the prompt
# and the bottom bar name the new keys. A config that only takes x and Esc away is an
# error. q closes help and returns to the selection left; two searches from the
# results view with the same number of hits show, and open, the second.
. "$(dirname "$0")/lib.sh"
need_tmux

page_facts || exit 1
TITLE=$PAGE_TITLE
REBOUND=$XDG_CONFIG_HOME/rebound.ini
printf '[keys]\nquick_exit = F12 z\nback = x\nhelp = Esc F1\n' >"$REBOUND"

# gone CONTEXT: the pane's haven ended and left no guide word.
gone() {
	expect_gone "$1" "$HAVEN_PID" 300
}

# The stolen quick exit: a config error with file:line, and no guide.
printf '[keys]\nback = x Esc\n' >"$E2E_TMP/steal.ini"
out=$("$HAVEN" --guide "$GUIDE" --config "$E2E_TMP/steal.ini" </dev/null 2>&1)
status=$?
case $status:$out in
2:*"steal.ini:2: 'x' is a quick_exit key"*) ok "back = x Esc is a config error: $out" ;;
*) fail "back = x Esc: expected status 2 and an error at line 2, got $status: $out" ;;
esac

# Full screen, rebound.
start_haven 80 24 --config "$REBOUND" || exit 1
wait_for "$TITLE" || exit 1
wait_for "F12 or z: quick exit. 0: safety. Esc: help." || fail "the bottom bar does not name the new keys"
keys 1
page_facts 1 || exit 1
wait_for "$PAGE_TITLE" || exit 1
keys x
wait_for "$TITLE" && alive "$HAVEN_PID" && ok "full screen: x, rebound to back, goes back"
keys Escape
wait_for "Help: keys" && alive "$HAVEN_PID" && ok "full screen: Esc, rebound to help, shows help"
wait_for "Quick exit: press F12 or z." || fail "full-screen help does not name the new keys"
keys q
wait_for "$TITLE" && alive "$HAVEN_PID" && ok "full screen: q closes help"
keys F12
gone "full screen: F12"

# Linear, rebound.
start_haven 80 24 --linear --config "$REBOUND" || exit 1
wait_for "Choose 1 to 9, x back, 0 safety, Escape help, F12 or z quick exit:" ||
    fail "the linear prompt does not name the new keys"
keys Escape
wait_for_history "Help: keys" && alive "$HAVEN_PID" &&
    ok "linear: Esc, rebound to help, shows help at once"
keys q Enter
wait_for "Choose 1 to 9" && alive "$HAVEN_PID" && ok "linear: q closes help"
keys x Enter
alive "$HAVEN_PID" && ok "linear: x, rebound to back, is no quick exit"
keys F12
gone "linear: F12"
start_haven 80 24 --linear --config "$REBOUND" || exit 1
wait_for "quick exit:" || exit 1
keys z
gone "linear: z"

# q in help returns to the page and the selection left (default keys).
start_haven 80 24 || exit 1
wait_for "$TITLE" || exit 1
keys Down Down
wait_stable
before=$(snap_state)
keys '?'
wait_for "Help: keys" || exit 1
keys q
wait_gone "Help: keys" || exit 1
wait_stable
[ "$(snap_state)" = "$before" ] && alive "$HAVEN_PID" &&
    ok "q in help returns to the page as it was left, the cursor on the selection" ||
    fail "q in help: the screen differs from before help: $(snap_state)"

# Two searches from the results view, both with 11 hits: the second shows, and Enter
# opens its first result.
printf 's\nlawyer\n' | "$HAVEN" --guide "$GUIDE" --linear --width 0 >"$E2E_TMP/lawyer"
FIRST=$(sed -n '/pages found/{n;n;p;}' "$E2E_TMP/lawyer" | sed 's/^1\. //; s/: .*//')
[ -n "$FIRST" ] || fail "no first result for lawyer in linear mode"
keys /
wait_for "Search:" || exit 1
type_text hearing
keys Enter
wait_for "Search results for “hearing”" || exit 1
keys /
wait_for "Search:" || exit 1
type_text lawyer
keys Enter
wait_for "Search results for “lawyer”" && ok "the second search shows its own results"
keys Enter
wait_for "$FIRST" && capture | head -2 | grep -q -F "$FIRST" &&
    ok "Enter opens the first result of the second search ($FIRST)" ||
    fail "Enter did not open \"$FIRST\""
keys x
gone "full screen after searches: x"

# A write error is an error.
for option in --help --version "--check $GUIDE"; do
	# shellcheck disable=SC2086
	msg=$("$HAVEN" $option 2>&1 >/dev/full)
	status=$?
	case $status:$msg in
	1:"haven: write error: "*) ok "$option >/dev/full: status 1, \"$msg\"" ;;
	*) fail "$option >/dev/full: status $status, \"$msg\"" ;;
	esac
done
finish
