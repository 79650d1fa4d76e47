#!/bin/sh
# hostile_env.sh: values an SSH client controls (LANG, LC_*, LANGUAGE, TERM) never crash
# haven, never print an error, never name a file haven opens: the reader gets the
# English guide. strace lists every path haven opens; each must be a system library or
# locale file, the guide, or haven's translations.
set -u
HAVEN=${HAVEN:-./haven}
top_srcdir=${top_srcdir:-.}
guide=$(cd "$top_srcdir/content" && pwd)
command -v strace >/dev/null 2>&1 || { echo "SKIP: strace is not installed"; exit 77; }
strace -o /dev/null true 2>/dev/null || { echo "SKIP: strace cannot trace here"; exit 77; }
# LeakSanitizer cannot run under strace (ptrace); a sanitizer build still checks
# everything else here.
sanitizer_env="ASAN_OPTIONS=detect_leaks=0"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
long=$(printf '%010000d' 0 | tr 0 e)

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# Paths a run may open: the guide, translations, the C library's locale and charset
# data, shared libraries, terminfo (and /proc/self, read by a sanitizer's runtime).
allowed="^(/proc/self/|$guide(/|$)|/usr/(local/)?share/locale/|/usr/lib/locale/|/usr/lib/x86_64-linux-gnu/gconv/|/usr/lib/[a-z0-9_-]+-linux-gnu/gconv/|/etc/ld\.so\.|/lib/|/usr/lib/|/lib64/|/usr/share/terminfo/|/lib/terminfo/|/etc/terminfo/)"

run_case() {
	label=$1
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
	[ $failures -eq 0 ] && echo "ok: $label"
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

[ $failures -eq 0 ] && echo "PASS: hostile environment values give the English guide"
exit $((failures > 0))
