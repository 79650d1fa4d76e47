#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# hostile_env.sh: values an SSH client controls (LANG, LC_*, LANGUAGE, TERM) never crash
# haven, never print an error, never name a file haven opens: the reader gets the
# English guide. strace lists every path haven opens; each must be a system library or
# locale file, the guide, or haven's translations.
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"
need_haven
guide=$top_srcdir/content
need_command strace
strace -o /dev/null true 2>/dev/null || skip_all "strace cannot trace here"
# LeakSanitizer cannot run under strace (ptrace); a sanitizer build still checks
# everything else here.
sanitizer_env="ASAN_OPTIONS=detect_leaks=0"
work=$TEST_TMP
long=$(printf '%010000d' 0 | tr 0 e)

# Paths a run may open: the guide, translations, the C library's locale and charset
# data, shared libraries, terminfo (and /proc/self, read by a sanitizer's runtime).
allowed="^(/proc/self/|$guide(/|$)|/usr/(local/)?share/locale/|/usr/lib/locale/|/usr/lib/x86_64-linux-gnu/gconv/|/usr/lib/[a-z0-9_-]+-linux-gnu/gconv/|/etc/ld\.so\.|/lib/|/usr/lib/|/lib64/|/usr/share/terminfo/|/lib/terminfo/|/etc/terminfo/)"

run_case() {
	label=$1
	failures_before=$FAILURES
	shift
	printf 'q\n' | env -i PATH=/usr/bin:/bin "$sanitizer_env" "$@" strace -f -qq -e trace=open,openat \
		-o "$work/trace" "$HAVEN" --guide "$guide" --linear >"$work/out" 2>"$work/err"
	status=$?
	[ $status -eq 0 ] || fail "$label: exit status $status"
	[ -s "$work/err" ] && fail "$label: printed on stderr: $(head -c 200 "$work/err")"
	grep -q "^Ending a restraining order" "$work/out" || fail "$label: not the English start page"
	paths=$(grep -o 'open[a-z]*([^"]*"[^"]*"' "$work/trace" | sed 's/.*"\(.*\)"/\1/' | sort -u)
	outside=$(printf '%s\n' "$paths" | grep -v '^$' | grep -Ev "$allowed")
	[ -n "$outside" ] && fail "$label: opened outside the guide and locale folders: $outside"
	[ "$FAILURES" -eq "$failures_before" ] && ok "$label"
}

run_case "LANG=../../../../etc/passwd" LANG=../../../../etc/passwd
run_case "LANG=es_US.UTF-8/../../x" LANG=es_US.UTF-8/../../x
run_case "LANGUAGE=%s%n" LANGUAGE=%s%n
run_case "LC_ALL=../../tmp/x LC_MESSAGES=%n" LC_ALL=../../tmp/x LC_MESSAGES=%n
run_case "10,000-byte LANG" LANG="$long"
run_case "10,000-byte LANGUAGE" LANGUAGE="$long"

# TERM: garbage, a path, 10 KB, dumb: haven starts (linear when it cannot draw).
for term in garbage ../../../etc/passwd "$long" dumb ""; do
	printf 'q\n' | env -i PATH=/usr/bin:/bin "$sanitizer_env" TERM="$term" "$HAVEN" --guide "$guide" \
		>"$work/out" 2>"$work/err"
	status=$?
	label="TERM=$(printf '%s' "$term" | cut -c1-20)"
	[ $status -eq 0 ] || fail "$label: exit status $status"
	grep -q "^Ending a restraining order" "$work/out" || fail "$label: no guide shown"
	if grep -q "$(printf '\033')" "$work/out"; then fail "$label: escape bytes in linear output"; fi
done

finish "hostile environment values give the English guide"
