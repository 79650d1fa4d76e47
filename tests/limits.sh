#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# limits.sh: a guide's size and the reader's width cannot crash or stall haven.
# Generated guides past the documented limits (content/README.md) get the limit's
# message with file:line; deep ones within them pass (no recursion the content sets);
# --dump at every width from 0 to 200, in both languages, ends normally. Their speed
# is measured by bench/run.
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"
need_haven
need_command python3
work=$TEST_TMP

# expect KIND N FILES STATUS TEXT: --check on a generated guide.
expect() {
	dir=$work/$1-$2-$3
	python3 "$top_srcdir/tests/gen_guide.py" "$1" "$2" "$dir" "$3"
	out=$("$HAVEN" --check "$dir" 2>&1)
	status=$?
	case $status:$out in
	"$4":*"$5"*) ok "$1 $2 in $3 file(s): status $4, \"$5\"" ;;
	*) fail "$1 $2 in $3 file(s): expected status $4 and \"$5\", got $status: $(printf '%s' "$out" | head -3)" ;;
	esac
}

expect qchain 14000 1 1 "more than 8192 keys and sections in one file"
expect cchain 100000 1 1 "the limit is 8388608 bytes a file"
expect flat 20000 1 1 "more than 8192 keys and sections in one file"
expect qchain 3000 20 1 "starts 3000 questions in a row; ask at most 5"
expect cchain 20000 20 0 "OK: 20001 pages"
expect flat 20000 40 0 "OK: 20001 pages"
# Deep and wide guides read, not only check: the 20,000-deep chain dumps whole.
if "$HAVEN" --guide "$work/cchain-20000-20" --dump --width 40 >"$work/dump" 2>&1 &&
    grep -q 'Page c19999' "$work/dump"; then
	ok "--dump of a 20,000-page chain reaches its last page"
else
	fail "--dump of a 20,000-page chain: $(tail -c 200 "$work/dump")"
fi

# Every width from 0 to 200, both languages.
bad=
for lang in en es; do
	w=0
	while [ $w -le 200 ]; do
		"$HAVEN" --guide "$top_srcdir/content" --lang $lang --dump --width $w >/dev/null 2>&1 ||
		    bad="$bad $lang:$w($?)"
		w=$((w + 1))
	done
done
[ -z "$bad" ] && ok "--dump -w 0..200 in en and es: every run ended with status 0" ||
    fail "--dump failed at:$bad"
finish
