#!/bin/sh
# espeak.sh: how espeak-ng (the synthesizer behind Fenrir and Orca on Debian) says
# what haven shows, by its phonemes (espeak-ng -q -x). Checked: the dates of the
# sources view and --dump are said as dates ("December 1, 2026"), not as a sum with
# dashes ("two thousand and twenty-six dash twelve dash one"); the quick-exit line is
# said whole; the linear prompt says its keys in words. Reported, not checked: how 911 and the Hotline's number are said (their
# written form is fixed by the project's facts list; see tests/a11y/README.md).
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

# Reported only: the numbers' written form comes from the facts list.
echo "note: \"Call 911\" is said: $(phonemes "Call 911")"
echo "note: \"1-800-799-7233\" is said: $(phonemes "1-800-799-7233")"
echo "note: \"Esc\", as full screen writes it, is said: $(phonemes "Esc")"
finish
