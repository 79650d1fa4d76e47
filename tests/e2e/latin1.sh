#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# latin1.sh: under LANG=en_US.ISO-8859-1 the Spanish guide leaves haven as Latin-1
# bytes ("ó" is 0xf3), valid for that charset and not UTF-8. SKIP when the locale is
# not installed (.ci/install-deps --test lists it in /etc/locale.gen).
. "$(dirname "$0")/lib.sh"
locale -a 2>/dev/null | grep -qi '^en_US\.iso88591$' ||
	skip_all "the en_US.ISO-8859-1 locale is not installed (.ci/install-deps --test makes it)"

out=$(printf 'q\n' | env LANG=en_US.ISO-8859-1 LC_ALL= "$HAVEN" --guide "$GUIDE" --lang es \
    --linear | od -An -tx1 | tr -d ' \n')
case $out in
*f3*) ok "ISO-8859-1: 'ó' written as the byte 0xf3" ;;
*) fail "ISO-8859-1: no 0xf3 byte for 'ó'" ;;
esac
case $out in
*c3b3*) fail "ISO-8859-1: UTF-8 'ó' (c3 b3) written to a Latin-1 terminal" ;;
*) ok "ISO-8859-1: no UTF-8 sequences" ;;
esac
finish
