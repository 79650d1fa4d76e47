#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# pty.sh: linear mode in a real pseudo-terminal (driven by pty_drive.py, Python's
# stdlib pty support): (1) a walk through at least ten pages typing digits + Enter and
# b, reading up to each prompt (Enter at each pause of a page taller than the 24-row
# screen): no burst is taller than the screen, every page starts with the quick-exit
# notice, the last line before every read is the prompt and not one ESC byte is
# written until q; at a pause, Space, r, b, a number and x work; (2) x, then Esc, pressed alone: the bytes after the
# key are exactly the wipe ESC[H ESC[2J ESC[3J and haven is gone within 1 s. The
# time from the key to the wipe is printed (median of 20 runs for x). (3) Without
# --linear on a terminal that cannot be a screen (TERM unknown to terminfo; an entry
# without cursor addressing, built here with tic): linear mode, not one ESC byte.
. "$(dirname "$0")/lib.sh"

PYTHON=${PYTHON:-python3}
need_command "$PYTHON"
DRIVE="$E2E_DIR/pty_drive.py"

"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" visit || fail "the walk through pages (see above)"
"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" pauses || fail "keys at a pause (see above)"
"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" panic x "${PTY_RUNS:-20}" || fail "quick exit with x (see above)"
"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" panic esc 5 || fail "quick exit with Esc (see above)"
"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" fallback haven-no-such-terminal ||
	fail "an unknown TERM (see above)"
if command -v tic >/dev/null 2>&1; then
	mkdir -p "$TEST_TMP/terminfo"
	printf 'haven-nocup|a terminal that cannot move the cursor,\n\tcols#80, lines#24, bel=^G, cr=\\r, cud1=\\n, ind=\\n,\n' \
		>"$TEST_TMP/nocup.src"
	tic -o "$TEST_TMP/terminfo" "$TEST_TMP/nocup.src" &&
	TERMINFO=$TEST_TMP/terminfo "$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" fallback haven-nocup ||
		fail "a terminal without cursor addressing (see above)"
else
	skip "tic is missing: the terminal without cursor addressing is not tried"
fi
finish
