#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# reuse.sh: every file's copyright and licence is machine-readable (the REUSE
# specification: SPDX headers, .reuse/dep5, LICENSES/). Runs on a git checkout,
# where reuse lint sees exactly the files of the source; SKIP in a tarball's build
# tree (built files would count) and without reuse (Debian package reuse).
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"
command -v reuse >/dev/null 2>&1 || skip_all "reuse is not installed (Debian package reuse)"
command -v git >/dev/null 2>&1 && git -C "$top_srcdir" rev-parse --git-dir >/dev/null 2>&1 ||
	skip_all "not a git checkout: reuse lint would count built files"
if (cd "$top_srcdir" && reuse lint) >"$TEST_TMP/lint" 2>&1; then
	ok "reuse lint: $(grep -i 'compliant' "$TEST_TMP/lint")"
else
	fail "reuse lint: $(cat "$TEST_TMP/lint")"
fi
finish
