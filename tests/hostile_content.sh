#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# hostile_content.sh: what a careless editor or an attacker with write access can put
# in a guide or a config cannot reach the terminal, hang haven or leave a trace:
# hidden characters in titles, text and checklist items are named by the checker and
# none reaches stdout or stderr raw; a file name with escape sequences is shown
# escaped; a FIFO as a guide file or the config is an error at once; a guide file
# that is a symlink is an error unless allow_symlinks = yes; running out of memory
# ends with a message and no core file.
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"
need_haven
need_command python3

# no_raw_bytes LABEL FILE: FILE holds none of C1 CSI, TAB, U+202E, U+200B, ESC.
no_raw_bytes() {
	if python3 - "$2" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
bad = [name for name, raw in (("C1 CSI", b"\xc2\x9b"), ("TAB", b"\t"), ("U+202E", b"\xe2\x80\xae"),
        ("U+200B", b"\xe2\x80\x8b"), ("ESC", b"\x1b")) if raw in data]
if bad:
    print("found: " + ", ".join(bad))
sys.exit(1 if bad else 0)
PY
	then
		ok "$1: no raw control or hidden character in the output"
	else
		fail "$1: raw bytes reached the output"
	fi
}

# A guide with each kind of hidden character, in a title, text and a checklist item.
bad=$TEST_TMP/hidden
mkdir -p "$bad"
cp "$top_srcdir/tests/fixtures/valid/"*.ini "$bad/"
python3 - "$bad/zz-hidden.ini" <<'PY'
import sys
open(sys.argv[1], "w", encoding="utf-8").write(
    "[page.hidden-a]\ntitle = Tit\u009b31mle\nparent = start\np1 = a\ttab\n"
    "check1 = Bring \u202eredro eht\u202c\np2 = zero\u200bwidth\nsources = Test\n"
    "reviewed = 2026-11-24\n")
PY
"$HAVEN" --check "$bad" >"$TEST_TMP/check.out" 2>&1
status=$?
for what in "U+009B" "a tab" "U+202E" "U+200B"; do
	grep -q "zz-hidden.ini:[0-9]*: .*$what" "$TEST_TMP/check.out" ||
	    fail "the checker does not name $what with its line: $(cat "$TEST_TMP/check.out")"
done
[ $status -eq 1 ] && ok "the checker names each hidden character with file:line (status 1)"
no_raw_bytes "--check" "$TEST_TMP/check.out"
printf '1\nq\n' | "$HAVEN" --guide "$bad" --linear >"$TEST_TMP/linear.out" 2>&1
no_raw_bytes "linear mode" "$TEST_TMP/linear.out"
"$HAVEN" --guide "$bad" --dump >"$TEST_TMP/dump.out" 2>&1
no_raw_bytes "--dump" "$TEST_TMP/dump.out"
grep -q "Tit" "$TEST_TMP/linear.out" "$TEST_TMP/dump.out" &&
    fail "a guide with problems was shown"

# A guide file named with escape sequences: the name is shown escaped.
named=$TEST_TMP/named
mkdir -p "$named"
cp "$top_srcdir/tests/fixtures/valid/"*.ini "$named/"
printf 'garbage\n' >"$named/$(printf '\033]0;PWNED\007\033[2J')x.ini"
"$HAVEN" --check "$named" >"$TEST_TMP/named.out" 2>&1
grep -q 'x1b\]0;PWNED' "$TEST_TMP/named.out" && ok "a file name's escape sequences are shown escaped"
no_raw_bytes "--check of a file named with ESC" "$TEST_TMP/named.out"

# FIFOs: an error at once, never a hang (timeout as a guard only).
fifo=$TEST_TMP/fifo
mkdir -p "$fifo"
cp "$top_srcdir/tests/fixtures/valid/"*.ini "$fifo/"
mkfifo "$fifo/zz.ini" "$TEST_TMP/config.ini"
out=$(timeout 5 "$HAVEN" --check "$fifo" 2>&1)
case $? in
1) printf '%s\n' "$out" | grep -q "zz.ini: not a regular file" &&
       ok "a FIFO guide file: \"$(printf '%s\n' "$out" | head -1)\"" ||
       fail "a FIFO guide file: $out" ;;
*) fail "a FIFO guide file: status $? (124: it hung): $out" ;;
esac
out=$(printf 'q\n' | timeout 5 "$HAVEN" --guide "$top_srcdir/content" --linear \
    --config "$TEST_TMP/config.ini" 2>&1)
case $? in
2) ok "a FIFO config: \"$(printf '%s\n' "$out" | head -1)\"" ;;
*) fail "a FIFO config: status $? (124: it hung): $out" ;;
esac

# A symlink in the guide folder, to a file the account can read.
linked=$TEST_TMP/linked
mkdir -p "$linked"
cp "$top_srcdir/tests/fixtures/valid/"*.ini "$linked/"
ln -s /etc/passwd "$linked/zz.ini"
out=$("$HAVEN" --check "$linked" 2>&1)
printf '%s\n' "$out" | grep -q "zz.ini: is a symbolic link" && ! printf '%s\n' "$out" | grep -q 'root' &&
    ok "a symlinked guide file is refused, and nothing of its target shows" ||
    fail "a symlinked guide file: $out"
printf '[haven]\nallow_symlinks = yes\n' >"$TEST_TMP/links.ini"
out=$("$HAVEN" --check "$linked" --config "$TEST_TMP/links.ini" 2>&1)
printf '%s\n' "$out" | grep -q "zz.ini:1: expected 'key = value'" &&
    ok "with allow_symlinks = yes the link is followed" || fail "allow_symlinks = yes: $out"
rm "$linked/zz.ini"
ln -s "$linked" "$TEST_TMP/guide-link"
"$HAVEN" --check "$TEST_TMP/guide-link" >/dev/null 2>&1 &&
    ok "a guide folder that is itself a link is read" || fail "a linked guide folder was refused"

# Out of memory: the message, status 1, and no core file even where cores are allowed.
if haven_sanitized; then
	skip "out of memory: a sanitizer build cannot start in 5 MB of address space"
elif command -v prlimit >/dev/null 2>&1; then
	(
		cd "$TEST_TMP" || exit 1
		ulimit -c unlimited 2>/dev/null
		printf '2\ns\nmy-secret-search\nq\n' | prlimit --as=5100000 "$HAVEN" \
		    --guide "$top_srcdir/content" --linear >oom.out 2>&1
		echo "status=$?" >>oom.out
	)
	if grep -q "status=1" "$TEST_TMP/oom.out" && grep -q "out of memory" "$TEST_TMP/oom.out"; then
		ok "out of memory: \"haven: out of memory\", status 1"
	elif grep -q "status=0" "$TEST_TMP/oom.out"; then
		skip "out of memory: 5 MB of address space was enough here"
	else
		fail "out of memory: $(tail -3 "$TEST_TMP/oom.out")"
	fi
	ls "$TEST_TMP"/core* >/dev/null 2>&1 && fail "a core file was written"
else
	skip "prlimit is not installed: no out-of-memory check"
fi
finish
