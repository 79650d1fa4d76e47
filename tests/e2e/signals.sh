#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# signals.sh: SIGTERM and SIGHUP end haven at once (within 100 ms), in full-screen and
# linear mode, with the guide wiped and the terminal's modes restored: `stty -a` in
# the same terminal afterwards matches what it said before haven started.
. "$(dirname "$0")/lib.sh"
need_tmux

page_facts 2 || exit 1
P2_TITLE=$PAGE_TITLE

# A launcher that records the terminal modes before and after haven.
cat >"$E2E_TMP/stty-run.sh" <<'EOS'
#!/bin/sh
dir=$1
shift
stty -a >"$dir/before"
sh -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$dir/pid" "$@"
status=$?
stty -a >"$dir/after"
printf 'AFTER-EXIT status=%s\n' "$status"
exec sleep 600
EOS

for signal in TERM HUP; do
	for mode in full-screen linear; do
		if [ $mode = linear ]; then set -- --linear; else set --; fi
		rm -f "$E2E_TMP/pid" "$E2E_TMP/before" "$E2E_TMP/after"
		tmux_new main 80 24 sh "$E2E_TMP/stty-run.sh" "$E2E_TMP" "$HAVEN" --guide "$GUIDE" "$@" ||
		    continue
		wait_ready || continue
		poll_until "$(seconds_ms)" test -s "$E2E_TMP/pid" ||
		    { fail "SIG$signal, $mode: no pid file from the launcher"; continue; }
		keys 2
		if [ $mode = linear ]; then
			keys Enter
			wait_for_history "$P2_TITLE" || continue
		else
			wait_for "$P2_TITLE" || continue
		fi
		pid=$(cat "$E2E_TMP/pid")
		kill -s "$signal" "$pid"
		if took=$(wait_exit "$pid" 100); then
			ok "SIG$signal, $mode: haven gone after ${took} ms"
		else
			fail "SIG$signal, $mode: haven still runs ${took} ms later"
			kill -9 "$pid" 2>/dev/null
		fi
		wait_for "AFTER-EXIT status=" || continue
		if cmp -s "$E2E_TMP/before" "$E2E_TMP/after"; then
			ok "SIG$signal, $mode: stty -a after matches before"
		else
			fail "SIG$signal, $mode: terminal modes differ: $(diff "$E2E_TMP/before" "$E2E_TMP/after" | tr '\n' ' ')"
		fi
		assert_no_guide_words "SIG$signal, $mode" "$(capture_all)" &&
		    ok "SIG$signal, $mode: no guide word on screen or in history"
	done
done
finish
