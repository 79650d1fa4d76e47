#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# check_guide.sh: the real binary's checker, --dump, --help and --version, as a user
# or deployer sees them.
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"
need_haven

# The bundled guide passes, with its one-line summary.
out=$("$HAVEN" --check "$top_srcdir/content" 2>&1)
status=$?
[ $status -eq 0 ] || fail "--check content exited $status: $out"
echo "$out" | grep -Eq "^$top_srcdir/content: OK: [0-9]+ pages, [0-9]+ words, languages: en" ||
	fail "--check summary: $out"

# A state checked more than a year before the checker runs is a warning, not a
# failure (HAVEN_TODAY sets the date the checker compares with).
out=$(HAVEN_TODAY=2028-01-01 "$HAVEN" --check "$top_srcdir/content" 2>&1)
status=$?
[ $status -eq 0 ] || fail "--check with old states exited $status"
echo "$out" | grep -q "states/mi.ini:[0-9]*: warning: state 'MI' was last checked on 2026-12-02, more than a year ago: check its facts again" ||
	fail "--check gives no warning for a state checked long ago: $(echo "$out" | head -n 3)"
[ "$(HAVEN_TODAY=2026-12-02 "$HAVEN" --check "$top_srcdir/content" 2>&1 | grep -c warning)" -eq 0 ] ||
	fail "--check warns of states checked today"

# Every malformed fixture fails with status 1 and names file:line (or the folder).
for dir in "$top_srcdir"/tests/fixtures/*/; do
	name=$(basename "$dir")
	case $name in valid|multi|config|questions|states) continue ;; esac
	out=$("$HAVEN" --check "$dir" 2>&1)
	status=$?
	[ $status -eq 1 ] || fail "--check $name exited $status (expected 1)"
	echo "$out" | grep -q "problem" || fail "--check $name printed no problem count: $out"
done

# --dump carries the hotline number and text line exactly as in the facts file, the
# first fact first, and no escape byte.
dump=$("$HAVEN" --guide "$top_srcdir/content" --dump --width 0)
for fact in "1-800-799-7233 (1-800-799-SAFE)" "Text START to 88788" "TTY 1-800-787-3224" \
    "general information, not legal advice" "Only a court can end a restraining order"; do
	echo "$dump" | grep -qF "$fact" || fail "--dump lacks: $fact"
done
first=$(echo "$dump" | grep -m1 '^Important:')
case $first in
"Important: Only a court can end"*) ;;
*) fail "first important note is: $first" ;;
esac
if printf '%s' "$dump" | od -An -c | grep -q '033'; then
	fail "--dump wrote an escape byte"
fi

# GNU-style --help and --version; a bad option is a usage error (status 2).
"$HAVEN" --help | grep -q -- "--linear" || fail "--help does not list --linear"
"$HAVEN" --help | grep -q "Quick exit" || fail "--help does not name quick exit"
"$HAVEN" --version | grep -Eq '^haven [0-9]+\.[0-9]+' || fail "--version"
# --version as GNU prints it: copyright, licence, no warranty; no placeholder address
# anywhere (configure.ac has none yet).
version=$("$HAVEN" --version)
for line in "Copyright (C) 2026 The haven authors." \
    "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>." \
    "There is NO WARRANTY, to the extent permitted by law."; do
	echo "$version" | grep -qxF "$line" || fail "--version lacks: $line"
done
("$HAVEN" --help; "$HAVEN" --version) | grep -q "haven\.invalid" && fail "a placeholder address"
# --check=DIR, as GNU writes an optional argument, and --check DIR.
"$HAVEN" --check="$top_srcdir/content" >/dev/null 2>&1 || fail "--check=DIR is refused"

# The config: the reader's own ($XDG_CONFIG_HOME), else the deployment's, in the first
# folder of $XDG_CONFIG_DIRS that has haven/config.ini. A bad key names its file.
mkdir -p "$TEST_TMP/xdg-a" "$TEST_TMP/xdg-b/haven" "$TEST_TMP/home/haven"
printf '[haven]\nnot_a_key = 1\n' >"$TEST_TMP/xdg-b/haven/config.ini"
out=$(env -u XDG_CONFIG_HOME HOME="$TEST_TMP/nohome" XDG_CONFIG_DIRS="relative:$TEST_TMP/xdg-a:$TEST_TMP/xdg-b" \
    "$HAVEN" --guide "$top_srcdir/content" --dump 2>&1 >/dev/null)
case $out in
"$TEST_TMP/xdg-b/haven/config.ini:2: unknown key 'not_a_key'"*) ok "XDG_CONFIG_DIRS: the deployment's config is read" ;;
*) fail "XDG_CONFIG_DIRS: the config in $TEST_TMP/xdg-b was not read: $out" ;;
esac
printf '[haven]\nmode = linear\n' >"$TEST_TMP/home/haven/config.ini"
env XDG_CONFIG_HOME="$TEST_TMP/home" XDG_CONFIG_DIRS="$TEST_TMP/xdg-b" \
    "$HAVEN" --guide "$top_srcdir/content" --dump >/dev/null 2>&1 &&
	ok "the reader's own config comes before XDG_CONFIG_DIRS" ||
	fail "with a config in XDG_CONFIG_HOME, the one in XDG_CONFIG_DIRS was read"

# A broken guide found at start shows the reader one plain sentence, never the
# checker's messages or a file name; --check gives the editor the details.
broken=$TEST_TMP/broken
mkdir -p "$broken/en"
cp "$top_srcdir"/content/en/*.ini "$broken/en/"
echo "a line that is no INI" >>"$broken/en/start.ini"
out=$("$HAVEN" --guide "$broken" --linear </dev/null 2>&1)
status=$?
[ $status -eq 1 ] || fail "a broken guide: exit $status (expected 1)"
[ "$out" = "This guide cannot be shown right now. Please tell whoever runs this computer (haven --check shows them why). In danger? Call 911." ] ||
	fail "a broken guide shows the reader: $out"
"$HAVEN" --check "$broken" 2>&1 | grep -q "start.ini:[0-9]*:" ||
	fail "--check does not name the broken line"
"$HAVEN" --no-such-option >/dev/null 2>&1
[ $? -eq 2 ] || fail "a bad option does not exit 2"
"$HAVEN" --width=abc >/dev/null 2>&1
[ $? -eq 2 ] || fail "--width=abc does not exit 2"

finish "checker, dump, help and version"
