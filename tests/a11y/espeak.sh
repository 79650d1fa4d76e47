#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# espeak.sh: how espeak-ng (the synthesizer behind Fenrir and Orca on Debian) says
# what haven shows, by its phonemes (espeak-ng -q -x). Checked: the dates of the
# sources view and --dump are said as dates ("December 1, 2026"), not as a sum with
# dashes ("two thousand and twenty-six dash twelve dash one"); the quick-exit line is
# said whole; the linear prompt says its keys in words; with --say-digits, 911 and
# the Hotline's number are said digit by digit (without it they are written as the
# project's facts list writes them; see tests/a11y/README.md).
# SKIP without espeak-ng.
. "$(dirname "$0")/lib.sh"
command -v espeak-ng >/dev/null 2>&1 || skip_all "espeak-ng is not installed (Debian package espeak-ng)"

phonemes() {
	printf '%s\n' "$1" | espeak-ng -q -x -v "${2:-en-us}" 2>/dev/null | tr '\n' ' '
}

for lang in en es; do
	voice=en-us
	[ $lang = es ] && voice=es
	"$HAVEN" --guide "$GUIDE" --lang $lang --dump --width 0 >"$E2E_TMP/dump" 2>&1
	line=$(grep -m1 -E '^  (Date on the page|Fecha en la página|The page shows|La página)' "$E2E_TMP/dump")
	[ -n "$line" ] || { fail "$lang: no dated sources line in --dump"; continue; }
	said=$(phonemes "$line" $voice)
	# espeak-ng writes "dash" as d'aS (English) and "guion"/"menos" in Spanish.
	case $said in
	*"d'aS"* | *"m'enos"* | *"gi'on"*)
		fail "$lang: \"$line\" is said with dashes: $said" ;;
	*) ok "$lang: \"$line\" is said as dates: $said" ;;
	esac
	case $line in
	*[0-9]-[0-9]*) fail "$lang: the dates line still holds a YYYY-MM-DD date: $line" ;;
	esac
done

said=$(phonemes "x or Esc: quick exit.")
case $said in
*"kw'Ik 'EgzIt"* | *"kw'Ik 'EksIt"*) ok "the quick-exit line is said whole: $said" ;;
*) fail "the quick-exit line: $said" ;;
esac

# Linear mode's prompt names its keys in words: "question mark help", "Escape"
# (written "? help" and "Esc", espeak-ng says nothing for "?" and "esk" for Esc),
# and its range as "1 to 8" ("1-8" is "one dash eight").
prompt=$(printf 'q\n' | "$HAVEN" --guide "$GUIDE" --linear --width 80 | tail -n 1)
said=$(phonemes "$prompt")
case $said in
*"d'aS"*) fail "the linear prompt \"$prompt\" is said with a dash: $said" ;;
*"kw'EstS@n m'A@k h'Elp"*"Esk'eIp"*) ok "the linear prompt's keys are said in words: $said" ;;
*) fail "the linear prompt \"$prompt\" is said: $said" ;;
esac

# With --say-digits, 911 and the Hotline are said digit by digit, in both languages:
# no "hundred"/"thousand" (h'VndrI2d, T'aUz@nd) nor "cientos"/"mil" (Tj'entos, m'il).
# Without it, the guide writes them as the facts list does ("911", "1-800-799-7233").
amounts="h'Vndr T'aUz Tj'en Tj'En m'il"
for lang in en es; do
	voice=en-us
	[ $lang = es ] && voice=es
	"$HAVEN" --guide "$GUIDE" --lang $lang --dump --width 0 >"$E2E_TMP/written" 2>&1
	grep -q '911' "$E2E_TMP/written" && grep -q '1-800-799-7233' "$E2E_TMP/written" ||
		fail "$lang: without --say-digits, 911 or 1-800-799-7233 is not written as it is"
	"$HAVEN" --guide "$GUIDE" --lang $lang --dump --width 0 --say-digits >"$E2E_TMP/digits" 2>&1
	for number in '9 1 1' '1, 8 0 0, 7 9 9, 7 2 3 3'; do
		line=$(grep -m1 -F "$number" "$E2E_TMP/digits")
		[ -n "$line" ] || { fail "$lang: --say-digits: no line holds \"$number\""; continue; }
		said=$(phonemes "$line" $voice)
		heard=ok
		for amount in $amounts; do
			case $said in *"$amount"*) heard=$amount ;; esac
		done
		if [ $heard = ok ]; then
			ok "$lang: \"$number\" is said digit by digit: $said"
		else
			fail "$lang: \"$line\" is said as an amount ($heard): $said"
		fi
	done
done

# Reported only: full screen writes "Esc" (it has no room for "Escape").
echo "note: \"Esc\", as full screen writes it, is said: $(phonemes "Esc")"
finish
