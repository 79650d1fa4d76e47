#!/bin/sh
# run.sh: builds fuzz_loader if needed, then fuzzes haven's content loader for N
# seconds (default 600) over a temporary copy of tests/fuzz/corpus.
#
#   tests/fuzz/run.sh              # 600 s
#   tests/fuzz/run.sh 60           # 60 s
#   JOBS=2 tests/fuzz/run.sh 600   # extra libFuzzer workers (-fork=N)
#
# New inputs go to tests/fuzz/corpus-new/ (the first corpus directory, where libFuzzer
# writes; it is output, not the seed corpus);
# crashes to tests/fuzz/crashes/. The log is tests/fuzz/last-run.log. To fold new
# inputs back into the seeds, minimized:
#   tests/fuzz/fuzz_loader -merge=1 tests/fuzz/corpus tests/fuzz/corpus-new
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-600}
fuzzer=$here/fuzz_loader

need_build=0
if [ ! -x "$fuzzer" ]; then
	need_build=1
else
	for f in "$here/fuzz_loader.c" "$top"/content/*.c "$top"/content/*.h \
	    "$top/tui/layout.c" "$top/tui/layout.h" "$top/config.h"; do
		if [ "$f" -nt "$fuzzer" ]; then
			need_build=1
			break
		fi
	done
fi
if [ "$need_build" = 1 ]; then
	"$here/build.sh"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/haven-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cp "$here"/corpus/* "$work/"
mkdir -p "$here/crashes" "$here/corpus-new"
log=$here/last-run.log

set +e
if [ -n "${JOBS:-}" ]; then
	fork="-fork=$JOBS"
else
	fork=""
fi
# shellcheck disable=SC2086
"$fuzzer" $fork -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$here/crashes/" \
	"$here/corpus-new" "$work" >"$log" 2>&1
status=$?
set -e

# The last status lines and the final stats.
grep -E '^#[0-9]+' "$log" | tail -n 3
grep -E '^(stat::|Done|INFO: fuzzed|SUMMARY|==[0-9]+==ERROR)' "$log" || true
if [ "$status" -ne 0 ]; then
	echo "run.sh: the fuzzer stopped with status $status; see $log and $here/crashes/" >&2
	tail -n 60 "$log" >&2
fi
exit "$status"
