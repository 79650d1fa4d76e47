#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# wrap_widths.sh: the guide wraps well at every width a reader may have, from a
# 20-cell braille line to a wide terminal. For each width from 20 to 120 and each
# language, --dump must hold no line made only of punctuation (a hyphen or a dash cut
# off its word, as "Text" / "-" / "to-911" was read aloud "text, dash, to dash 911")
# and no line wider than the width. Both in UTF-8 and in ASCII (LANG=C, where "»."
# is written ">>.", which line breaking treats differently).
LIB_DIR=$(cd "$(dirname "$0")/lib" && pwd)
# shellcheck source=tests/lib/lib.sh
. "$LIB_DIR/lib.sh"
need_haven

for spec in en:C.UTF-8 es:C.UTF-8 en:C es:C; do
	lang=${spec%%:*} locale=${spec#*:}
	bad=0 widths=0
	w=20
	while [ $w -le 120 ]; do
		LANG=$locale LC_ALL= "$HAVEN" --guide "$top_srcdir/content" --lang $lang --dump --width $w \
		    >"$TEST_TMP/dump" 2>&1 || { fail "$lang: --dump --width $w failed"; break; }
		lone=$(grep -n -E '^[[:space:]]*[[:punct:]]+[[:space:]]*$' "$TEST_TMP/dump" | head -3)
		if [ -n "$lone" ]; then
			fail "$lang ($locale) --width $w: a line of punctuation only: $(printf '%s' "$lone" | tr '\n' ' ')"
			bad=$((bad + 1))
		fi
		# (wc -L measures display columns in a UTF-8 locale; awk would count bytes)
		wide=$(LC_ALL=C.UTF-8 wc -L <"$TEST_TMP/dump")
		if [ "$wide" -gt $w ]; then
			fail "$lang ($locale) --width $w: a line $wide columns wide"
			bad=$((bad + 1))
		fi
		widths=$((widths + 1))
		w=$((w + 1))
	done
	[ $bad -eq 0 ] && ok "$lang ($locale): $widths widths (20-120), no lone punctuation, no line too wide"
done
finish
