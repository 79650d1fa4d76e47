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
# time from the key to the wipe is printed (median of 20 runs for x).
. "$(dirname "$0")/lib.sh"

PYTHON=${PYTHON:-python3}
need_command "$PYTHON"
DRIVE="$E2E_DIR/pty_drive.py"

"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" visit || fail "the walk through pages (see above)"
"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" pauses || fail "keys at a pause (see above)"
"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" panic x "${PTY_RUNS:-20}" || fail "quick exit with x (see above)"
"$PYTHON" "$DRIVE" "$HAVEN" "$GUIDE" panic esc 5 || fail "quick exit with Esc (see above)"
finish
