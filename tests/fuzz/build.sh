#!/bin/sh
# build.sh: builds tests/fuzz/fuzz_loader, a libFuzzer target for haven's content
# loader, from the sources of the clone this script sits in. Needs clang with
# libFuzzer, libiniparser-dev and libunistring-dev, and config.h (run ./configure).
#
#   tests/fuzz/build.sh            # writes tests/fuzz/fuzz_loader
#   CC=clang-16 tests/fuzz/build.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
CC=${CC:-clang}
out=${OUT:-$here/fuzz_loader}

if [ ! -f "$top/config.h" ]; then
	echo "build.sh: $top/config.h is missing: run ./configure in $top first" >&2
	exit 1
fi

# The core the loader needs, and nothing that touches a terminal.
sources="
	content/xalloc.c
	content/diag.c
	content/ini_doc.c
	content/guide.c
	content/loader.c
	content/validate.c
	content/text.c
	content/search.c
	tui/layout.c
"
set --
for f in $sources; do
	set -- "$@" "$top/$f"
done

# shellcheck disable=SC2086
"$CC" -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-g -O1 -fno-omit-frame-pointer \
	-I"$top" -I"$top/content" -I"$top/tui" \
	${EXTRA_CFLAGS:-} \
	-o "$out" "$here/fuzz_loader.c" "$@" \
	-liniparser -lunistring
echo "built $out"
