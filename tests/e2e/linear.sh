#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# linear.sh: linear mode from a pipe, as golden transcripts, plus the rules every
# transcript must follow.
#
# Golden files (tests/e2e/golden/):
#   pipe.txt        printf '2\n1\nb\nq\n' | haven --guide content --linear --width 72
#   every-page.in   the entries that open every page through choices, one a line
#                   (found by every_page.py when regenerating)
#   every-page.txt  the transcript of every-page.in
#   commands.txt    help, search, repeat, home, wrong numbers and a wrong word
#
# After a deliberate change to the guide or to linear mode, regenerate them all with
#
#     HAVEN_REGENERATE=1 tests/e2e/linear.sh
#
# (needs python3) and read the diff of tests/e2e/golden before committing it.
#
# Checked besides the goldens: no ESC byte (0x1b) anywhere; the last line is the
# prompt; "There is no choice 9. Choose 1-N." is followed by the prompt, not by the
# page again; end of input exits 0, cleanly, with nothing on stderr; no line is wider
# than --width; with LANG=C every byte is ASCII and typographic quotes become plain
# ones; every page title of --dump is in every-page.txt.
. "$(dirname "$0")/lib.sh"

# PROMPT_RE (tests/lib/constants.sh): the prompt; a prompt line also holds the entry.
PIPE='2\n1\nb\nq\n'
COMMANDS='?\nb\ns\nhearing\n1\nr\ng\n9\n0\nzz\n\nq\n'
OUT=$E2E_TMP/out
ERR=$E2E_TMP/err

# linear INPUT-FILE: haven in linear mode reading INPUT-FILE, width 72. Output in
# $OUT, standard error in $ERR, exit status in $STATUS.
linear() {
	"$HAVEN" --guide "$GUIDE" --linear --width 72 <"$1" >"$OUT" 2>"$ERR"
	STATUS=$?
}

# linear_keys ENTRIES: the same, from a printf format ('2\n1\nq\n').
linear_keys() {
	# shellcheck disable=SC2059
	printf "$1" >"$E2E_TMP/in"
	linear "$E2E_TMP/in"
}

# check_rules NAME: the rules for any transcript in $OUT.
check_rules() {
	if [ "$STATUS" -ne 0 ]; then
		fail "$1: exit status $STATUS, expected 0"
	fi
	if [ -s "$ERR" ]; then
		fail "$1: wrote to stderr: $(head -c 300 "$ERR")"
	fi
	if LC_ALL=C grep -q "$(printf '\033')" "$OUT"; then
		fail "$1: the output holds an ESC byte (0x1b), line(s) $(LC_ALL=C grep -n "$(printf '\033')" "$OUT" | cut -d: -f1 | head -5 | tr '\n' ' ')"
	fi
	_last=$(tail -n 1 "$OUT")
	if ! printf '%s\n' "$_last" | grep -q -E "$PROMPT_RE"; then
		fail "$1: the last line is not the prompt: \"$_last\""
	fi
	# (a prompt line also holds what was typed after it)
	_wide=$(grep -v -E -- "$PROMPT_RE" "$OUT" | wc -L)
	if [ "$_wide" -gt 72 ]; then
		fail "$1: lines wider than 72 columns ($_wide): $(grep -v -E -- "$PROMPT_RE" "$OUT" | awk 'length > 72' | head -3)"
	fi
}

# golden NAME: compare (or regenerate) golden/NAME.txt from the input in $E2E_TMP/in.
golden() {
	linear "$E2E_TMP/in"
	if [ "${HAVEN_REGENERATE:-}" = 1 ]; then
		cp "$OUT" "$GOLDEN/$1.txt"
		echo "regenerated $GOLDEN/$1.txt ($(wc -l <"$OUT") lines)"
		return
	fi
	check_rules "$1"
	if [ ! -f "$GOLDEN/$1.txt" ]; then
		fail "$1: no golden file $GOLDEN/$1.txt (run HAVEN_REGENERATE=1 $0)"
	elif cmp -s "$GOLDEN/$1.txt" "$OUT"; then
		ok "$1: matches golden/$1.txt ($(wc -l <"$OUT") lines)"
	else
		fail "$1: differs from golden/$1.txt (after a deliberate change: HAVEN_REGENERATE=1 $0):"
		diff -u "$GOLDEN/$1.txt" "$OUT" | head -40 | sed 's/^/    /'
	fi
}

if [ "${HAVEN_REGENERATE:-}" = 1 ]; then
	"${PYTHON:-python3}" "$E2E_DIR/every_page.py" "$HAVEN" "$GUIDE" >"$GOLDEN/every-page.in" ||
	    { echo "FAIL: every_page.py failed"; exit 1; }
	echo "regenerated $GOLDEN/every-page.in ($(wc -l <"$GOLDEN/every-page.in") entries)"
fi
# shellcheck disable=SC2059
printf "$PIPE" >"$E2E_TMP/in"
golden pipe
# shellcheck disable=SC2059
printf "$COMMANDS" >"$E2E_TMP/in"
golden commands
if [ -s "$GOLDEN/every-page.in" ]; then
	cp "$GOLDEN/every-page.in" "$E2E_TMP/in"
	golden every-page
else
	fail "no $GOLDEN/every-page.in (run HAVEN_REGENERATE=1 $0)"
fi
[ "${HAVEN_REGENERATE:-}" = 1 ] && exit 0

# Every page of the guide (the title before each "You are here:" line of --dump)
# opens in every-page.txt (as a title followed by its "You are here:" line).
"$HAVEN" --guide "$GUIDE" --dump --width 72 >"$E2E_TMP/dump" 2>&1 ||
    fail "--dump failed: $(head -c 300 "$E2E_TMP/dump")"
linear "$GOLDEN/every-page.in"
cp "$OUT" "$E2E_TMP/every"
# (the your-state page opens by choosing a state, which the walk leaves to state.sh)
grep -B1 '^You are here:' "$E2E_TMP/dump" | grep -v -e '^You are here:' -e '^--$' \
    -e '^Rules in your state$' >"$E2E_TMP/titles"
count=0
missing=
while IFS= read -r title; do
	count=$((count + 1))
	grep -A1 -x -F -- "$title" "$E2E_TMP/every" | grep -q '^You are here:' ||
	    missing="$missing
    $title"
done <"$E2E_TMP/titles"
if [ -n "$missing" ]; then
	fail "every-page: these pages of --dump are never opened (HAVEN_REGENERATE=1 $0):$missing"
elif [ "$count" -lt 10 ]; then
	fail "every-page: --dump lists only $count pages"
else
	ok "every-page: all $count pages of --dump are opened"
fi

# A wrong number: the message, then the prompt again; not the page again. (N, the
# start page's number of choices, comes from its prompt.)
linear_keys 'q\n'
START_TITLE=$(grep -B1 -m1 '^You are here:' "$OUT" | head -n 1)
N=$(sed -E -n "s/${PROMPT_RE}.*/\\${PROMPT_COUNT_GROUP}/p" "$OUT" | head -n 1)
if [ -z "$N" ] || [ "$N" -ge 12 ]; then
	fail "the start page's prompt should say Choose 1-N with N < 12: $(tail -n 1 "$OUT")"
	N=0
fi
linear_keys '12\nq\n'
check_rules "wrong number"
msg=$(grep -A1 -E "${PROMPT_RE}12\$" "$OUT" | sed -n 2p)
after=$(grep -A2 -E "${PROMPT_RE}12\$" "$OUT" | sed -n 3p)
n=$(grep -c -x -F -- "$START_TITLE" "$OUT")
if [ "$msg" != "There is no choice 12. Choose 1-$N." ]; then
	fail "wrong number: after \"12\", expected \"There is no choice 12. Choose 1-$N.\", got \"$msg\""
elif ! printf '%s\n' "$after" | grep -q -E "${PROMPT_RE}q\$"; then
	fail "wrong number: after the message, expected the prompt, got \"$after\""
elif [ "$n" -ne 1 ]; then
	fail "wrong number: the start page (\"$START_TITLE\") was printed $n times, expected once"
else
	ok "a wrong number: \"$msg\", then the prompt"
fi

# End of input without q: exit 0; the output ends with the bare prompt and a newline.
for input in '' '2\n' '2\n1\n'; do
	linear_keys "$input"
	check_rules "EOF after '$input'"
	if [ "$(tail -c 1 "$OUT" | od -An -c | tr -d ' ')" != '\n' ]; then
		fail "EOF after '$input': the output does not end with a newline"
	fi
	tail -n 1 "$OUT" | grep -q -E "${PROMPT_RE}\$" ||
	    fail "EOF after '$input': the last line is not the bare prompt: \"$(tail -n 1 "$OUT")\""
done
ok "end of input exits 0"

# LANG=C: nothing but ASCII; the typographic quotes come out as plain quotes.
LANG=C "$HAVEN" --guide "$GUIDE" --linear --width 72 <"$GOLDEN/every-page.in" >"$OUT" 2>"$ERR"
STATUS=$?
check_rules "LANG=C"
bad=$(LC_ALL=C grep -n '[^ -~]' "$OUT" | head -5)
[ -z "$bad" ] || fail "LANG=C: bytes above 0x7f (or control bytes) in the output: $bad"
quoted=$(grep -c '[“”]' "$E2E_TMP/every")
if [ "$quoted" -eq 0 ]; then
	echo "note: the guide has no typographic quotes; the quote check did not run"
else
	# (lines with no other non-ASCII character, whose transliteration could differ)
	grep '[“”]' "$E2E_TMP/every" | sed 's/[“”]/"/g' | LC_ALL=C grep -v '[^ -~]' |
	    head -n 20 >"$E2E_TMP/plain"
	missing=$(grep -v -x -F -f "$OUT" "$E2E_TMP/plain" | head -n 3)
	[ -z "$missing" ] ||
	    fail "LANG=C: typographic quotes did not become plain quotes; expected lines like: $missing"
fi
[ -z "$bad" ] && ok "LANG=C: ASCII only ($quoted lines with typographic quotes checked)"
finish
