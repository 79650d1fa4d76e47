#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# po_check.sh: every source file that marks strings for translation is listed in
# locale/POTFILES.in, and every file listed there marks some (as GNU hello's po-check
# rule does): a file left out keeps its messages in English for every reader.
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"
cd "$top_srcdir" || exit 1
marked=$(grep -l -E '(^|[^a-z_])(N?_|ngettext)\("' tui/*.c tui/core/*.c content/*.c | sort)
listed=$(grep -v '^#' locale/POTFILES.in | grep . | sort)
for f in $marked; do
	printf '%s\n' "$listed" | grep -q -x -F "$f" ||
	    fail "$f marks strings for translation but is not in locale/POTFILES.in"
done
for f in $listed; do
	printf '%s\n' "$marked" | grep -q -x -F "$f" ||
	    fail "locale/POTFILES.in lists $f, which marks no string"
done
ok "locale/POTFILES.in lists exactly the $(printf '%s\n' "$marked" | wc -l) files that mark strings"
finish
