#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# brief.sh: runs each fuzz target for a few seconds (FUZZ_SECONDS, default 10) from
# its seed corpus, so CI runs them on every change; tests/fuzz/run.sh runs longer.
# SKIP (77) when the targets were not built (no clang with libFuzzer).
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${top_builddir:=$(dirname "${HAVEN:-$here/../../haven}")}"
seconds=${FUZZ_SECONDS:-10}
status=0
for target in fuzz_loader fuzz_input fuzz_config fuzz_resize; do
	binary=$top_builddir/tests/fuzz/$target
	if [ ! -x "$binary" ]; then
		echo "SKIP: $binary was not built (needs clang with libFuzzer)"
		exit 77
	fi
	seeds=$here/corpus-${target#fuzz_}
	[ "$target" = fuzz_loader ] && seeds=$here/corpus
	work=$(mktemp -d "${TMPDIR:-/tmp}/haven-fuzz.XXXXXX")
	cp "$seeds"/* "$work/"
	# (LeakSanitizer needs ptrace, which a traced or sandboxed run may lack.)
	if ASAN_OPTIONS=detect_leaks=0 "$binary" -max_total_time="$seconds" -max_len=8192 \
	    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$work/" "$work" \
	    >"$work/log" 2>&1; then
		echo "ok: $target: $(grep -E '^Done' "$work/log")"
	else
		echo "FAIL: $target: the fuzzer stopped; its log ends:"
		tail -n 30 "$work/log" | sed 's/^/    | /'
		ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* 2>/dev/null | while read -r f; do
			echo "    input: $(od -A n -t x1 "$f" | head -3 | tr -s ' ')"
		done
		status=1
	fi
	rm -rf "$work"
done
[ $status -eq 0 ] && echo "PASS: brief.sh"
exit $status
