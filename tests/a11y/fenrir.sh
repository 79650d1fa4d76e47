#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# fenrir.sh: what a blind reader hears. Fenrir, the console screen reader Debian
# packages, runs in its PTY mode in a tmux pane with haven inside it; its speech goes
# to say.py, which records each utterance (lib.sh). Checked:
#   full screen: the first thing said is the quick exit; each of 6 Downs and 6 Ups
#     says exactly one choice, the newly selected one; with interruptOnKeyPress on,
#     x ends haven, the utterance under way is cut, and nothing said after x holds a
#     word of the guide;
#   linear mode: the start page's title, quick-exit words, 911 line and every choice
#     are said; on the Safety page, 911 and 1-800-799-7233 are said; with
#     --say-digits, Fenrir is given "9 1 1" and "1, 8 0 0, 7 9 9, 7 2 3 3".
# SKIP without Fenrir.
. "$(dirname "$0")/lib.sh"
need_fenrir

page_facts || finish
START_TITLE=$PAGE_TITLE
printf '%s\n' "$PAGE_CHOICES" >"$E2E_TMP/choices"

# choices_said N: the choices ("K. label") said after utterance N, one a line;
# "has attribute" and Fenrir's other words of its own are not choices.
choices_said() {
	speech_after "$1" | grep -E '^[0-9]+\. ' || :
}

echo "--- full screen"
start_fenrir True || finish
# The first utterance after Fenrir's own "Start Fenrir" (which it may say more than
# once as it starts).
first_of_haven() {
	speech_after 0 | awk '$0 == "Start Fenrir" { started = 1; next } started { print; exit }'
}
haven_said() {
	[ -n "$(first_of_haven)" ]
}
poll_until "$(seconds_ms 10)" haven_said || { fail "Fenrir said nothing of haven"; finish; }
first=$(first_of_haven)
case $first in
"x or Esc: quick exit."*) ok "full screen: the first thing said is the quick exit: \"$(printf '%s' "$first" | cut -c1-60)...\"" ;;
*) fail "full screen: the first utterance is \"$(printf '%s' "$first" | cut -c1-80)\", not the quick exit" ;;
esac
wait_quiet

move() {
	_key=$1 _want=$2
	_n=$(speech_count)
	keys "$_key"
	poll_until "$(seconds_ms)" speech_more_than "$_n" || {
		fail "$_key: nothing was said (wanted \"$_want\")"
		return
	}
	wait_quiet
	_said=$(choices_said "$_n")
	if [ "$_said" = "$_want" ]; then
		ok "$_key: said \"$_want\", once"
	else
		fail "$_key: wanted \"$_want\" alone; the choices said: $(printf '%s' "$_said" | tr '\n' '|')"
	fi
}
for k in 2 3 4 5 6 7; do
	move Down "$(sed -n "${k}p" "$E2E_TMP/choices")"
done
for k in 6 5 4 3 2 1; do
	move Up "$(sed -n "${k}p" "$E2E_TMP/choices")"
done
# Quick exit while the last utterance may still be under way.
n=$(speech_count)
at=$(python3 -c 'import time; print(time.time())')
keys x
if wait_for "AFTER-EXIT" 5; then
	ok "full screen: x ended haven (and Fenrir, whose program it was)"
else
	fail "full screen: x did not end haven"
fi
after=$(python3 - "$SPEECH_LOG" "$at" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    u = json.loads(line)
    if u["start"] > float(sys.argv[2]):
        print(" ".join(u["text"].split()))
PY
)
assert_no_guide_words "full screen: speech begun after x" "$after" &&
    ok "full screen: nothing said after x holds a guide word (said: \"$(printf '%s' "$after" | tr '\n' '|')\")"

# Quick exit in the middle of the first screen's long utterance: it is cut at once.
start_fenrir True || finish
poll_until "$(seconds_ms 10)" speech_more_than 0 || { fail "Fenrir did not start"; finish; }
sleep 1	# (the first screen is being read: an utterance of several seconds)
at=$(python3 -c 'import time; print(time.time())')
keys x
wait_for "AFTER-EXIT" 5 || fail "x during speech did not end haven"
python3 - "$SPEECH_LOG" "$at" <<'PY' >"$E2E_TMP/cut"
import json, sys
at = float(sys.argv[2])
for line in open(sys.argv[1], encoding="utf-8"):
    u = json.loads(line)
    if u["start"] < at < u["end"]:
        print("%s %.2f %s" % (u["how"], u["end"] - at, " ".join(u["text"].split())[:50]))
PY
case $(head -n 1 "$E2E_TMP/cut") in
cancelled*) ok "x during speech: the utterance under way was cut $(cut -d' ' -f2 "$E2E_TMP/cut" | head -n 1) s after x" ;;
"") fail "x during speech: no utterance was under way at x (too fast to test?)" ;;
*) fail "x during speech: the utterance went on: $(cat "$E2E_TMP/cut")" ;;
esac

echo "--- linear"
start_fenrir True --linear || finish
# The prompt is the page's last line: once it is said, the page has been read.
wait_said 0 "quick exit:" || finish
heard=$(spoken_words 0)
for text in "To leave quickly, press x or Escape." "$START_TITLE" "Call 911" "1-800-799-7233"; do
	case $heard in
	*"$text"*) ok "linear start page: said \"$text\"" ;;
	*) fail "linear start page: \"$text\" was never said; heard: $(printf '%s' "$heard" | cut -c1-300)" ;;
	esac
done
while IFS= read -r choice; do
	label=${choice#*. }
	case $heard in
	*"$label"*) ;;
	*) fail "linear start page: the choice \"$choice\" was never said" ;;
	esac
done <"$E2E_TMP/choices"
ok "linear start page: every choice was said (checked $(wc -l <"$E2E_TMP/choices"))"
n=$(speech_count)
safety=$(grep -i -m1 'safety' "$E2E_TMP/choices" | cut -d. -f1)
type_text "$safety"
keys Enter
# (the page pauses at a screenful: "More: ... quick exit:" ends what is said)
wait_said "$n" "quick exit:" || finish
heard=$(spoken_words "$n")
for text in "911" "1-800-799-7233"; do
	case $heard in
	*"$text"*) ok "linear Safety page: said \"$text\"" ;;
	*) fail "linear Safety page: \"$text\" was never said; heard: $(printf '%s' "$heard" | cut -c1-300)" ;;
	esac
done
keys x
wait_for "AFTER-EXIT" 5 || fail "linear: x did not end haven"

echo "--- linear, --say-digits"
start_fenrir True --linear --say-digits || finish
wait_said 0 "quick exit:" || finish
heard=$(spoken_words 0)
for text in "Call 9 1 1" "1, 8 0 0, 7 9 9, 7 2 3 3"; do
	case $heard in
	*"$text"*) ok "--say-digits: Fenrir was given \"$text\"" ;;
	*) fail "--say-digits: \"$text\" was never said; heard: $(printf '%s' "$heard" | cut -c1-300)" ;;
	esac
done
keys x
wait_for "AFTER-EXIT" 5 || fail "--say-digits: x did not end haven"
finish
