#!/bin/sh
# po_check.sh: every source file that marks strings for translation is listed in
# locale/POTFILES.in, and every file listed there marks some (as GNU hello's po-check
# rule does): a file left out keeps its messages in English for every reader.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
cd "$top_srcdir" || exit 1
failures=0
marked=$(grep -l -E '(^|[^a-z_])(N?_|ngettext)\("' tui/*.c tui/core/*.c content/*.c | sort)
listed=$(grep -v '^#' locale/POTFILES.in | grep . | sort)
for f in $marked; do
	printf '%s\n' "$listed" | grep -q -x -F "$f" ||
	    { echo "FAIL: $f marks strings for translation but is not in locale/POTFILES.in"; failures=$((failures + 1)); }
done
for f in $listed; do
	printf '%s\n' "$marked" | grep -q -x -F "$f" ||
	    { echo "FAIL: locale/POTFILES.in lists $f, which marks no string"; failures=$((failures + 1)); }
done
[ $failures -eq 0 ] || exit 1
echo "PASS: po_check.sh ($(printf '%s\n' "$marked" | wc -l) files)"
