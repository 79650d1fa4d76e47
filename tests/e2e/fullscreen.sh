#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# fullscreen.sh: haven's full-screen mode as the user sees it, in tmux, at 80x24 and
# again at 40x12: the start page and its choices, every top-level page and back, the
# "where you are" line, scrolling to the end of a long page, search (case and
# accents), help, resizing, q restoring the shell screen, and a window too small.
#
# Titles, "where you are" lines and choices are taken from linear mode (page_facts
# in lib.sh), so the test follows changes to the guide's words.
. "$(dirname "$0")/lib.sh"
need_tmux

MORE="More below: press Space or PgDn."

page_facts || exit 1
START_TITLE=$PAGE_TITLE
START_CRUMB=$PAGE_CRUMB
START_COUNT=$PAGE_COUNT
START_CHOICES=$PAGE_CHOICES
START_LAST=$(choice_head "$PAGE_LAST")
THIRD=$(choice_head "$(printf '%s\n' "$START_CHOICES" | sed -n 3p)")
[ "$START_COUNT" -ge 3 ] || { fail "the start page has only $START_COUNT choices"; finish; }
# The pages behind the start page's choices: number, title, "where you are".
: >"$E2E_TMP/pages"
i=1
while [ $i -le "$START_COUNT" ] && [ $i -le 9 ]; do
	page_facts $i || exit 1
	printf '%s|%s|%s\n' $i "$PAGE_TITLE" "$PAGE_CRUMB" >>"$E2E_TMP/pages"
	i=$((i + 1))
done
page_facts 1 || exit 1
P1_TITLE=$PAGE_TITLE P1_LAST=$(choice_head "$PAGE_LAST")
page_facts 2 || exit 1
P2_TITLE=$PAGE_TITLE P2_LAST=$(choice_head "$PAGE_LAST")
page_facts 3 || exit 1
P3_TITLE=$PAGE_TITLE

# shown_title: the page text from row 1 on, as one line (a long title wraps).
shown_title() {
	capture | sed -n '2,7p' | tr '\n' ' ' | tr -s ' '
}

# short_window: fewer than 16 rows of text (19 lines): haven leaves out blank lines
# and carries the page's title on the top line instead of the "where you are" line.
short_window() {
	[ "$(t display -p -t "$TMUX_SESSION" '#{window_height}')" -lt 19 ]
}

# title_starts TITLE: the page text from row 1 on starts with TITLE; in a short
# window, the top line does (cut to the window's width).
title_starts() {
	if short_window; then
		_top=$(row 0)
		_top=${_top#*quick exit. }
		[ -n "$_top" ] || return 1
		case $1 in
		"$_top"*) return 0 ;;
		esac
		return 1
	fi
	case $(shown_title) in
	"$1"*) return 0 ;;
	esac
	return 1
}

# expect_title TITLE CONTEXT: poll until the title starts at row 1.
expect_title() {
	poll_until "$(seconds_ms)" title_starts "$1" ||
		{ fail_screen "$2: expected the title \"$1\" at the top of the page"; return 1; }
}

# expect_crumb TEXT CONTEXT: the top row holds TEXT (the "where you are" line); a
# short window shows the title there instead (title_starts checks it).
expect_crumb() {
	short_window && return 0
	_top=$(row 0)
	case $_top in
	*"$1"*) ok "$2: top line \"$_top\"" ;;
	*) fail "$2: the top line should hold \"$1\" (where you are); it is \"$_top\"" ;;
	esac
}

# search WORDS: / WORDS Enter, then wait for the results heading.
search() {
	keys /
	# (tmux drops the trailing space of "Search: ")
	wait_for "Esc: quick exit. Search:" || return 1
	type_text "$1"
	wait_for "Esc: quick exit. Search: $1" || return 1
	keys Enter
	# shellcheck disable=SC1111  # (haven quotes the words with typographic quotes)
	wait_for "Search results for “$1”"
}

# results: the lines of the results list (from the count line to the bottom bar).
results() {
	capture | sed -n '/found\. Open one/,$p' | sed '$d'
}

run_at() {
	W=$1 H=$2
	if [ "$W" -eq 80 ]; then OW=40 OH=12; else OW=80 OH=24; fi
	echo "--- full screen at ${W}x$H"

	# The start page, its bars, and its choices (scrolling with Down).
	start_haven "$W" "$H" || return
	expect_title "$START_TITLE" "start page" || return
	expect_crumb "$START_CRUMB" "start page"
	bar=$BOTTOM_BAR
	[ "$W" -ge 42 ] && bar=$BOTTOM_BAR$BOTTOM_BAR_HELP
	[ "$(row $((H - 1)))" = "$bar" ] ||
	    fail "bottom line: expected \"$bar\", got \"$(row $((H - 1)))\""
	# The top line starts with the quick exit, the first thing read.
	case $(row 0) in
	"x or Esc: quick exit."* | "x: quick exit."*) ;;
	*) fail "the top line \"$(row 0)\" does not start with the quick exit" ;;
	esac
	# The note row: "More below" when the page goes on below the window.
	note=$(row $((H - 2)))
	if [ "$note" != "$MORE" ] && ! capture | grep -q -F -- "$START_LAST"; then
		fail "the start page does not fit ${W}x$H, yet row $((H - 2)) is \"$note\", not \"$MORE\""
	fi
	seen=$(capture)
	n=0
	while ! capture | grep -q -F -- "$START_LAST"; do
		n=$((n + 1))
		[ $n -gt 30 ] && { fail "30 Downs never showed the last choice \"$START_LAST\""; break; }
		press Down || break
		seen="$seen
$(capture)"
		if ! capture | grep -q -F -- "$START_LAST" &&
		    [ "$(row $((H - 2)))" != "$MORE" ]; then
			fail "start page scrolled by Down, more text below, but row $((H - 2)) is \"$(row $((H - 2)))\", not \"$MORE\""
		fi
	done
	printf '%s\n' "$START_CHOICES" >"$E2E_TMP/choices"
	while IFS= read -r choice; do
		head=$(choice_head "$choice")
		printf '%s\n' "$seen" | grep -q -E -- "^  $head" ||
		    fail "start page: the choice \"$choice\" never appeared while scrolling"
	done <"$E2E_TMP/choices"
	[ "$(capture_styled | reverse_rows | wc -l)" -eq 1 ] ||
	    { fail "start page: after Down, one choice should be in reverse video:"; capture | sed 's/^/    | /'; }
	# (text may follow the menu: at the end of the page, "More below" goes)
	keys End
	wait_gone "$MORE" && ok "start page: no \"$MORE\" at the end of the page"
	ok "start page: $START_COUNT choices seen at ${W}x$H"

	# Each top-level page by its digit, and back with b (from a fresh start: Back
	# returns to the start page as it was left, scrolled).
	start_haven "$W" "$H" || return
	expect_title "$START_TITLE" "start page again" || return
	while IFS='|' read -r digit title crumb; do
		keys "$digit"
		expect_title "$title" "after pressing $digit" || continue
		expect_crumb "$crumb" "page $digit"
		keys b
		expect_title "$START_TITLE" "b from page $digit" &&
		    ok "opened $digit ($title) and came back"
	done <"$E2E_TMP/pages"

	# A long page to its end with End: the last choice shows, "More below" goes.
	keys 1
	expect_title "$P1_TITLE" "page 1 for End"
	wait_for "$MORE"
	keys End
	wait_for "$P1_LAST" &&
	    wait_gone "$MORE" && ok "End shows the last choice of page 1 ($P1_LAST), no \"More below\""
	# And with Space, one screen at a time, on page 2.
	keys b 2
	expect_title "$P2_TITLE" "page 2 for Space"
	n=0
	while capture | grep -q -F "$MORE"; do
		n=$((n + 1))
		[ $n -gt 40 ] && { fail "40 Spaces never reached the end of page 2"; break; }
		press Space || break
	done
	if capture | grep -q -F -- "$P2_LAST"; then
		ok "Space x$n reached the end of page 2 ($P2_LAST)"
	else
		fail "page 2 scrolled with Space to the end, but its last choice \"$P2_LAST\" is not visible:"
		capture | sed 's/^/    | /'
	fi
	keys Home
	expect_title "$START_TITLE" "Home"

	# Search: case folding on the real guide.
	search hearing || return
	lower=$(results)
	keys b
	expect_title "$START_TITLE" "b from search results"
	search HEARING || return
	upper=$(results)
	if [ -z "$lower" ] || printf '%s\n' "$lower" | grep -q "^No page"; then
		fail "search \"hearing\" found nothing: $lower"
	elif [ "$lower" != "$upper" ]; then
		fail "search \"hearing\" and \"HEARING\" differ:"
		printf '%s\n' "$lower" | sed 's/^/    hearing | /'
		printf '%s\n' "$upper" | sed 's/^/    HEARING | /'
	else
		ok "\"hearing\" and \"HEARING\" find the same pages ($(printf '%s\n' "$lower" | head -1))"
	fi
	keys b

	# Help names quick exit and --linear.
	keys '?'
	wait_for "Help: keys" || return
	seen=$(capture)
	n=0
	while capture | grep -q -F "$MORE"; do
		n=$((n + 1))
		[ $n -gt 20 ] && break
		press Space || break
		seen="$seen
$(capture)"
	done
	# The bottom bar always says "quick exit": look at the help text only.
	text=$(printf '%s\n' "$seen" | grep -v -F -e "$BOTTOM_BAR" -e "$MORE" | tr '\n' ' ')
	case $text in
	*"Quick exit: press x or Esc"*) ok "help explains quick exit" ;;
	*) fail "help never says \"Quick exit: press x or Esc\"; it showed: $text" ;;
	esac
	case $text in
	*--linear*) ok "help names --linear" ;;
	*) fail "help never names --linear; it showed: $text" ;;
	esac
	keys '?'
	expect_title "$START_TITLE" "? again leaves help"

	# Resize to the other size and back: the same page; the selection still in view.
	keys 2
	expect_title "$P2_TITLE" "page 2 before resize"
	resize "$OW" "$OH"
	obar=$BOTTOM_BAR
	[ "$OW" -ge 42 ] && obar=$BOTTOM_BAR$BOTTOM_BAR_HELP
	wait_row $((OH - 1)) "$obar"
	expect_title "$P2_TITLE" "after resizing ${W}x$H to ${OW}x$OH" &&
	    ok "resize to ${OW}x$OH keeps page 2"
	resize "$W" "$H"
	wait_row $((H - 1)) "$bar"
	expect_title "$P2_TITLE" "after resizing back to ${W}x$H" &&
	    ok "resize back to ${W}x$H keeps page 2"
	keys b
	expect_title "$START_TITLE" "b after resizing"
	n=0
	while ! selected_starts "$THIRD"; do
		n=$((n + 1))
		[ $n -gt 30 ] && { fail "never selected choice 3"; break; }
		press Down || break
	done
	resize "$OW" "$OH"
	wait_selected "$THIRD" &&
	    ok "the selected choice ($THIRD) stays in view, ${W}x$H to ${OW}x$OH"
	resize "$W" "$H"
	wait_selected "$THIRD" &&
	    ok "the selected choice ($THIRD) stays in view, back to ${W}x$H"

	# q ends haven and gives back the shell's screen.
	keys 3
	expect_title "$P3_TITLE" "page 3 before q"
	keys q
	if wait_for "AFTER-EXIT status=0"; then
		screen=$(capture)
		printf '%s\n' "$screen" | grep -q -F SHELL-MARKER ||
		    fail "after q, the shell's text (SHELL-MARKER) is not back on the screen"
		assert_no_guide_words "screen after q" "$screen" &&
		    assert_no_guide_words "history after q" "$(capture_all)" &&
		    ok "q restored the shell screen at ${W}x$H"
	fi
	alive "$HAVEN_PID" && fail "haven (pid $HAVEN_PID) still runs after q"
}

accents() {
	echo "--- search folds accents and case (fixture guide)"
	start_session 80 24 "$HAVEN" --guide "$FIXTURES/accents" || return
	expect_title "Inicio de la guía" "fixture start page" || return
	for words in peticion PETICIÓN Petición; do
		search "$words" || continue
		if results | grep -q -F "El trámite en el juzgado"; then
			ok "search \"$words\" finds the page with \"Petición\""
		else
			fail "search \"$words\" does not find \"El trámite en el juzgado\":"
			capture | sed 's/^/    | /'
		fi
		keys Enter
		expect_title "El trámite en el juzgado" "opening the result of \"$words\""
		keys g
		expect_title "Inicio de la guía" "g after search"
	done
}

too_small() {
	echo "--- a window smaller than 40x12"
	start_haven 30 8 || return
	wait_for "Window too small" || return
	capture | grep -q -F "x or Esc" ||
	    fail "30x8: the quick exit keys are not named: $(capture | head -2)"
	keys q
	wait_stable
	alive "$HAVEN_PID" || fail "30x8: q ended haven (only quick exit should act here)"
	keys x
	if took=$(wait_exit "$HAVEN_PID" 1000); then
		ok "30x8: x ended haven in ${took} ms"
	else
		fail "30x8: haven still runs ${took} ms after x"
	fi
	wait_for "AFTER-EXIT status=0"
	assert_no_guide_words "30x8 after x" "$(capture_all)"

	# Shrinking a running window, then growing it back.
	start_haven 80 24 || return
	expect_title "$START_TITLE" "80x24 before shrinking"
	resize 30 8
	wait_for "Window too small"
	resize 80 24
	expect_title "$START_TITLE" "growing back from 30x8" && ok "30x8 and back shows the page again"
}

run_at 80 24
run_at 40 12
accents
too_small
finish
