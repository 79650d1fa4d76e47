#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh: builds the fuzz targets if needed (make fuzz), then fuzzes one of them for
# N seconds (default 600) over a temporary copy of its seed corpus.
#
#   tests/fuzz/run.sh                     # fuzz_loader, 600 s
#   tests/fuzz/run.sh fuzz_input 600      # the input path
#   JOBS=2 tests/fuzz/run.sh fuzz_loader  # extra libFuzzer workers (-fork=N)
#
# Run it from the build folder. New inputs go to tests/fuzz/corpus-new-TARGET/ (output,
# not the seed corpus); crashes to tests/fuzz/crashes/. The log is
# tests/fuzz/last-run.log. To fold new inputs back into the seeds, minimized:
#   tests/fuzz/fuzz_loader -merge=1 tests/fuzz/corpus tests/fuzz/corpus-new-fuzz_loader
set -eu

here=$(cd "$(dirname "$0")" && pwd)
target=${1:-fuzz_loader}
seconds=${2:-600}
build=$(pwd)
fuzzer=$build/tests/fuzz/$target

make -s "tests/fuzz/$target"
seeds=$here/corpus-${target#fuzz_}
[ "$target" = fuzz_loader ] && seeds=$here/corpus
work=$(mktemp -d "${TMPDIR:-/tmp}/haven-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cp "$seeds"/* "$work/"
mkdir -p "$here/crashes" "$here/corpus-new-$target"
log=$here/last-run.log

set +e
fork=""
[ -n "${JOBS:-}" ] && fork="-fork=$JOBS"
# shellcheck disable=SC2086
"$fuzzer" $fork -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$here/crashes/" \
	"$here/corpus-new-$target" "$work" >"$log" 2>&1
status=$?
set -e

# The last status lines and the final stats.
grep -E '^#[0-9]+' "$log" | tail -n 3
grep -E '^(stat::|Done|INFO: fuzzed|SUMMARY|==[0-9]+==ERROR)' "$log" || true
if [ "$status" -ne 0 ]; then
	echo "run.sh: the fuzzer stopped with status $status; see $log and $here/crashes/" >&2
	exit "$status"
fi
