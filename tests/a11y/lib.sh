# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: what the assistive-technology tests share: the end-to-end helpers
# (tests/e2e/lib.sh: tmux, the guide, page_facts) and Fenrir's recorded speech.
# shellcheck source=tests/e2e/lib.sh
. "$(cd "$(dirname "$0")/../e2e" && pwd)/lib.sh"
A11Y_DIR=$(cd "$(dirname "$0")" && pwd)
SPEECH_LOG=$E2E_TMP/speech.jsonl

# speech_count: how many utterances Fenrir has finished or cut so far.
speech_count() {
	if [ -f "$SPEECH_LOG" ]; then wc -l <"$SPEECH_LOG"; else echo 0; fi
}

# speech_after N [FIELD]: the texts of the utterances after the first N, one a line
# (FIELD "how" gives "spoken"/"cancelled" instead; "start" the start time).
speech_after() {
	python3 - "$SPEECH_LOG" "$1" "${2:-text}" <<'PY'
import json, sys
path, skip, field = sys.argv[1], int(sys.argv[2]), sys.argv[3]
try:
    lines = open(path, encoding="utf-8").read().splitlines()
except FileNotFoundError:
    lines = []
for line in lines[skip:]:
    value = json.loads(line)[field]
    print(" ".join(str(value).split()))
PY
}

# spoken_words N: every utterance after the first N as one line, with Fenrir's
# spoken punctuation ("1 dash 800") put back ("1-800"), so guide text can be found.
spoken_words() {
	speech_after "$1" | tr '\n' ' ' | sed 's/ dash /-/g; s/  */ /g'
}

# speech_more_than N: more than N utterances are recorded (for poll_until).
speech_more_than() {
	[ "$(speech_count)" -gt "$1" ]
}

# speech_quiet MS: no utterance came for MS milliseconds (for poll_until).
speech_quiet() {
	_sq_before=$(speech_count)
	sleep "$(awk -v ms="$1" 'BEGIN { printf "%.3f", ms / 1000 }')"
	[ "$(speech_count)" -eq "$_sq_before" ]
}

# wait_speech N: until an utterance after the first N is recorded.
wait_speech() {
	poll_until "$(seconds_ms)" speech_more_than "$1" ||
		{ fail "no speech came (the log has $(speech_count) utterances)"; return 1; }
}

# said_since N TEXT: TEXT is in what was said after utterance N (for poll_until).
said_since() {
	case $(spoken_words "$1") in
	*"$2"*) return 0 ;;
	esac
	return 1
}

# wait_said N TEXT [SECONDS]: until TEXT has been said after utterance N (default
# 30 s: Fenrir reads a long page in several utterances, slower on a loaded machine).
wait_said() {
	poll_until "$(seconds_ms "${3:-30}")" said_since "$1" "$2" ||
		{ fail "\"$2\" was never said; heard: $(spoken_words "$1" | cut -c1-300)"; return 1; }
}

# wait_quiet: until Fenrir has said nothing for 600 ms.
wait_quiet() {
	poll_until -i 0 "$(seconds_ms)" speech_quiet 600 ||
		{ fail "Fenrir never fell quiet"; return 1; }
}

# start_fenrir INTERRUPT HAVEN-ARGS...: Fenrir in PTY mode in an 80x24 tmux pane,
# with haven (on the bundled guide, with HAVEN-ARGS) as the program it reads, and
# interruptOnKeyPress set to INTERRUPT (True or False). Speech goes to SPEECH_LOG.
start_fenrir() {
	_sf_interrupt=$1
	shift
	: >"$SPEECH_LOG"
	{
		printf '#!/bin/sh\nexec'
		for _sf_arg in "$HAVEN" --guide "$GUIDE" "$@"; do
			printf " '%s'" "$_sf_arg"
		done
		printf '\n'
	} >"$E2E_TMP/haven-in-fenrir"
	chmod +x "$E2E_TMP/haven-in-fenrir"
	sed -e "s|@SAY@|$A11Y_DIR/say.py|" -e "s|@TMP@|$E2E_TMP|g" \
	    -e "s|@SHELL@|$E2E_TMP/haven-in-fenrir|" -e "s|@INTERRUPT@|$_sf_interrupt|" \
	    "$A11Y_DIR/fenrir.conf.in" >"$E2E_TMP/fenrir.conf"
	start_session 80 24 env HAVEN_SPEECH_LOG="$SPEECH_LOG" LANG="$LANG" \
	    fenrir -s "$E2E_TMP/fenrir.conf" || return 1
	# Fenrir says "Start Fenrir" once it reads the screen.
	wait_said 0 "Start Fenrir"
}

# need_fenrir: skip the whole script without Fenrir.
need_fenrir() {
	command -v fenrir >/dev/null 2>&1 || skip_all "fenrir is not installed (Debian package fenrir)"
	command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"
	need_tmux
}
