#!/bin/bash
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# sshd.sh: haven as an SSH forced command, end to end, against a private sshd
# (tests/ssh/lib.sh) that uses the real drop-in deploy/sshd_config.d/haven.conf.
#
#  - the drop-in, as sshd -T reads it (for "guide" and for any other account)
#  - a full-screen session in tmux: start page, open a page, Ctrl-Z and Ctrl-\ do
#    nothing, quick exit closes the connection and leaves no guide text or process
#  - a command, scp and sftp get haven instead; -W, -L and -R forwarding are refused;
#    agent and X11 forwarding and variables outside LANG/LC_* never reach haven
#  - hostile LANG, TERM=dumb (linear), TERM=garbage, a 10 KB TERM
#  - window sizes 1000x1000 and 1x1 (tmux), 0x0 (a Python pty, at start and later)
#  - a dropped link (client killed, tmux killed, client stalled): haven is gone
#    within a second of sshd noticing, without spinning
#
# Skips (77) without sshd, ssh, ssh-keygen or tmux. Needs no network but loopback.
SSH_CLIENT_ALIVE="1 2"	# ClientAliveInterval 1, ClientAliveCountMax 2
SSH_UNUSED_TIMEOUT=2s	# the drop-in's UnusedConnectionTimeout 30s, shortened
. "$(dirname "$0")/lib.sh"
ssh_need_tools tmux
T0=$(now_ms)
LONG_TERM=$(printf '%010000d' 0 | tr 0 e)

# --- 1. The drop-in, as sshd reads it -------------------------------------------
# A main config like Debian's: it includes the drop-in at the top, then sets its own
# permissive values, which the guide account must not get.
dropin_check() {
	local cfg=$SSH_TMP/dropin_check.conf out other expect key value got
	local failures_before=$FAILURES
	cat >"$cfg" <<-EOF
		Include $DROPIN
		HostKey $SSH_TMP/host_key
		UsePAM no
		AcceptEnv LANG LC_* EXTRA_VAR
		X11Forwarding yes
		PermitUserEnvironment yes
		AllowTcpForwarding yes
		PasswordAuthentication yes
	EOF
	if ! out=$("$SSHD" -T -f "$cfg" -C user=guide,host=client,addr=192.0.2.7 2>&1); then
		fail "sshd -T rejects the drop-in: $out"
		return
	fi
	expect="forcecommand=/usr/local/bin/haven permittty=yes allowtcpforwarding=no
		allowstreamlocalforwarding=no allowagentforwarding=no x11forwarding=no
		permittunnel=no permituserrc=no gatewayports=no permituserenvironment=no
		disableforwarding=yes maxsessions=1 setenv=XDG_CONFIG_HOME=/etc
		passwordauthentication=no authenticationmethods=publickey
		permitlisten=none permitopen=none"
	for pair in $expect; do
		key=${pair%%=*} value=${pair#*=}
		got=$(printf '%s\n' "$out" | awk -v k="$key" '$1 == k { $1 = ""; sub(/^ /, ""); print }')
		[ "$got" = "$value" ] || fail "drop-in: $key is \"$got\" for guide, not \"$value\""
	done
	got=$(printf '%s\n' "$out" | awk '$1 == "acceptenv" { print $2 }' | tr '\n' ' ')
	[ "$got" = "LANG LC_* " ] ||
		fail "drop-in: guide accepts the variables \"$got\", not just LANG LC_*"
	# Any other account: untouched by the Match block.
	other=$("$SSHD" -T -f "$cfg" -C user=alice,host=client,addr=192.0.2.7 2>&1)
	printf '%s\n' "$other" | grep -qx "forcecommand none" ||
		fail "drop-in: the forced command leaks to other accounts"
	printf '%s\n' "$other" | grep -qx "x11forwarding yes" ||
		fail "drop-in: the Match block leaks into the main config"
	printf '%s\n' "$other" | grep -qx "permituserenvironment no" ||
		fail "drop-in: PermitUserEnvironment no is not global"
	# Access model (a), as README.md says to switch: (b)'s three lines commented
	# out, (a)'s two uncommented. An empty password opens the guide account only.
	sed -e 's/^\([[:space:]]*\)#\(PasswordAuthentication yes\)$/\1\2/' \
	    -e 's/^\([[:space:]]*\)#\(PermitEmptyPasswords yes\)$/\1\2/' \
	    -e 's/^\([[:space:]]*\)\(PasswordAuthentication no\)$/\1#\2/' \
	    -e 's/^\([[:space:]]*\)\(KbdInteractiveAuthentication no\)$/\1#\2/' \
	    -e 's/^\([[:space:]]*\)\(AuthenticationMethods publickey\)$/\1#\2/' \
	    "$DROPIN" >"$SSH_TMP/dropin_a.conf"
	sed "s|^Include .*|Include $SSH_TMP/dropin_a.conf|; s|^PasswordAuthentication yes|PasswordAuthentication no|" \
	    "$cfg" >"$SSH_TMP/dropin_a_check.conf"
	out=$("$SSHD" -T -f "$SSH_TMP/dropin_a_check.conf" -C user=guide,host=client,addr=192.0.2.7 2>&1)
	printf '%s\n' "$out" | grep -qx "permitemptypasswords yes" &&
	    printf '%s\n' "$out" | grep -qx "passwordauthentication yes" &&
	    printf '%s\n' "$out" | grep -qx "authenticationmethods any" ||
		fail "drop-in, model (a): guide does not get empty-password logins"
	other=$("$SSHD" -T -f "$SSH_TMP/dropin_a_check.conf" -C user=alice,host=client,addr=192.0.2.7 2>&1)
	printf '%s\n' "$other" | grep -qx "permitemptypasswords no" &&
	    printf '%s\n' "$other" | grep -qx "passwordauthentication no" ||
		fail "drop-in, model (a): empty passwords leak to other accounts"
	[ $FAILURES -eq "$failures_before" ] && ok "drop-in: sshd -T gives guide the forced command, no" \
	    "forwarding, only LANG LC_*, model (b) or (a); other accounts keep their settings"
}

ssh_start_sshd
ok "sshd on 127.0.0.1:$SSH_PORT (UsePAM $SSH_USE_PAM), a first login shows the guide"
dropin_check
got=$(ssh_effective forcecommand)
[ "$got" = "/bin/sh -c \"'$HAVEN' --guide '$GUIDE_LINK'\"" ] ||
	fail "the test config's forced command is \"$got\" (did the drop-in change?)"

# quick_exit NAME LABEL: press x; the connection must close with status 0, haven
# must be gone within 1 s, and no guide text may be left on screen or in history.
quick_exit() {
	local name=$1 label=$2 ms
	keys x
	wait_for "AFTER-EXIT status=0" || return 1
	ms=$(wait_exit "$HPID" 1000) || { fail "$label: haven still runs ${ms} ms after x: $(spin_report "$HPID")"; return 1; }
	alive "$PANE_PID" && fail "$label: the ssh client still runs"
	assert_no_guide_words "$label: after quick exit" "$(capture_all)" || return 1
	ok "$label: x closed the connection (status 0), haven gone, no guide text left"
}

# --- 2. Full screen: read, open a page, harmless control keys, quick exit -----------
ssh_pane main 80 24 LANG=C.UTF-8 -- -o SendEnv=LANG
if wait_for "Ending a restraining order" && wait_one_haven; then
	ok "full screen: the start page over SSH (haven pid $HPID)"
	env_haven=$(environ_of "$HPID")
	printf '%s\n' "$env_haven" | grep -qx "LANG=C.UTF-8" || fail "LANG was not passed on"
	printf '%s\n' "$env_haven" | grep -q "^SSH_ORIGINAL_COMMAND=" &&
		fail "an interactive login should carry no SSH_ORIGINAL_COMMAND"
	keys 2
	wait_for "An order against you" && ok "full screen: 2 opens \"An order against you\""
	screen_before=$(capture)
	keys C-z
	keys 'C-\'
	sleep 0.3	# an observation window: nothing may happen
	state=$(proc_state "$HPID")
	if [ "$state" = S ] || [ "$state" = R ]; then
		[ "$(capture)" = "$screen_before" ] ||
			fail "full screen: Ctrl-Z / Ctrl-\\ changed the screen"
		keys b
		wait_for "Ending a restraining order" &&
			ok "full screen: Ctrl-Z and Ctrl-\\ do nothing; haven still answers (b)"
	else
		fail "full screen: after Ctrl-Z and Ctrl-\\ haven is in state '${state:-gone}'"
	fi
	quick_exit main "full screen"
fi
tmux_stop

# --- 3. Escapes: a command, scp, sftp get haven; no forwarding -------------------
for cmd in "/bin/sh -c 'echo PWNED'" "-- id"; do
	if [ "$cmd" = "-- id" ]; then args=(-- id); else args=("$cmd"); fi
	out=$(printf 'q\n' | timeout "$SSH_TIMEOUT" ssh -T "${SSH_OPTS[@]}" -o LogLevel=ERROR \
	    "$SSH_TARGET" "${args[@]}" 2>&1)
	status=$?
	if printf '%s\n' "$out" | grep -q -e PWNED -e 'uid='; then
		fail "ssh host $cmd ran the command: $(printf '%s\n' "$out" | grep -e PWNED -e uid= | head -3)"
	elif ! printf '%s\n' "$out" | grep -q "^Ending a restraining order"; then
		fail "ssh host $cmd: no guide (status $status): $(printf '%s\n' "$out" | head -5)"
	else
		ok "ssh host $cmd: haven ran instead (linear, from stdin), status $status"
	fi
done
left=$(wait_no_haven 2000) || fail "haven left behind after the commands: $left"

if command -v sftp >/dev/null 2>&1; then
	printf 'pwd\nls /\n' >"$SSH_TMP/sftp.batch"
	out=$(timeout "$SSH_TIMEOUT" sftp -F /dev/null -i "$SSH_TMP/user_key" \
	    -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
	    -o BatchMode=yes -P "$SSH_PORT" -b "$SSH_TMP/sftp.batch" "$SSH_TARGET" 2>&1)
	status=$?
	if [ $status -eq 0 ] || printf '%s\n' "$out" | grep -q -e "Remote working directory" -e '^/etc'; then
		fail "sftp worked (status $status): $(printf '%s\n' "$out" | head -5)"
	else
		ok "sftp: refused (status $status: $(printf '%s\n' "$out" | tail -1 | cut -c1-60))"
	fi
	for mode in "" -O; do
		rm -f "$SSH_TMP/copied"
		out=$(timeout "$SSH_TIMEOUT" scp $mode -F /dev/null -i "$SSH_TMP/user_key" \
		    -o IdentitiesOnly=yes -o StrictHostKeyChecking=no \
		    -o UserKnownHostsFile=/dev/null -o BatchMode=yes -P "$SSH_PORT" \
		    "$SSH_TARGET:/etc/passwd" "$SSH_TMP/copied" 2>&1)
		status=$?
		if [ $status -eq 0 ] || grep -q '^root:' "$SSH_TMP/copied" 2>/dev/null; then
			fail "scp $mode copied /etc/passwd (status $status)"
		else
			ok "scp ${mode:-(sftp protocol)}: no file (status $status)"
		fi
	done
	left=$(wait_no_haven 3000) || fail "haven left behind after sftp/scp: $left"
fi

# -W: a stdio forward to the sshd port itself; a working one would show its banner.
out=$(timeout "$SSH_TIMEOUT" ssh "${SSH_OPTS[@]}" -W "127.0.0.1:$SSH_PORT" "$SSH_TARGET" \
    </dev/null 2>&1)
if printf '%s\n' "$out" | grep -q "SSH-2.0"; then
	fail "ssh -W forwarded a connection"
else
	ok "ssh -W: refused ($(printf '%s\n' "$out" | grep -m1 -i -e prohibited -e denied -e failed | tr -d '\r' | cut -c1-70))"
fi

# -L: the client listens; a connection through it must not reach the target.
FWD_PORT=$(ssh_free_port 22300 22399)
ssh -N "${SSH_OPTS[@]}" -L "127.0.0.1:$FWD_PORT:127.0.0.1:$SSH_PORT" "$SSH_TARGET" \
    2>"$SSH_TMP/fwd_l.err" &
fwd_pid=$!
poll_until -i 0.02 "$(seconds_ms)" ssh_port_busy "$FWD_PORT"
banner=$(timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$FWD_PORT && head -c 7 <&3" 2>/dev/null)
poll_until -i 0.02 "$(seconds_ms)" grep -q -i "prohibited" "$SSH_TMP/fwd_l.err"
kill "$fwd_pid" 2>/dev/null
wait "$fwd_pid" 2>/dev/null
if [ "$banner" = "SSH-2.0" ]; then
	fail "ssh -L forwarded a connection to the sshd port"
elif grep -q "refused local port forward" "$SSH_TMP/sshd.log" ||
    grep -q -i "prohibited" "$SSH_TMP/fwd_l.err"; then
	ok "ssh -L: refused (client: $(grep -m1 -i prohibited "$SSH_TMP/fwd_l.err" | tr -d '\r' | cut -c1-60))"
else
	fail "ssh -L: no refusal seen; client said: $(head -3 "$SSH_TMP/fwd_l.err")"
fi

# -R: the server would listen for us; with ExitOnForwardFailure the client says no.
FWD_PORT=$(ssh_free_port 22400 22499)
out=$(timeout "$SSH_TIMEOUT" ssh -N "${SSH_OPTS[@]}" -o ExitOnForwardFailure=yes \
    -R "127.0.0.1:$FWD_PORT:127.0.0.1:$SSH_PORT" "$SSH_TARGET" 2>&1)
status=$?
if [ $status -ne 255 ] || ssh_port_busy "$FWD_PORT"; then
	fail "ssh -R was not refused (status $status): $out"
else
	ok "ssh -R: refused ($(printf '%s\n' "$out" | grep -m1 -i forwarding | cut -c1-60))"
fi

# --- 4. What the client sends: variables, agent, X11, hostile values ------------
ssh-agent -a "$SSH_TMP/agent.sock" >"$SSH_TMP/agent.env" 2>/dev/null &&
	SSH_AGENT_PID=$(sed -n 's/^SSH_AGENT_PID=\([0-9]*\);.*/\1/p' "$SSH_TMP/agent.env")
ssh_pane hostile 80 24 "LANG=../../../../etc/passwd" "LC_ALL=%n%s%n" "HAVEN_PROBE=sent" \
    "SSH_AUTH_SOCK=$SSH_TMP/agent.sock" "DISPLAY=127.0.0.1:99" -- \
    -o SendEnv=LANG -o SendEnv=LC_ALL -o SendEnv=HAVEN_PROBE -o ForwardAgent=yes \
    -o ForwardX11=yes
if wait_for "Ending a restraining order" && wait_one_haven; then
	env_haven=$(environ_of "$HPID")
	printf '%s\n' "$env_haven" | grep -qx "LANG=../../../../etc/passwd" ||
		fail "hostile: LANG did not reach haven (the test would prove nothing)"
	printf '%s\n' "$env_haven" | grep -q "^HAVEN_PROBE=" &&
		fail "hostile: HAVEN_PROBE reached haven: the Match block's AcceptEnv does not narrow the list"
	printf '%s\n' "$env_haven" | grep -q -e "^SSH_AUTH_SOCK=" -e "^DISPLAY=" &&
		fail "hostile: agent or X11 forwarding reached haven: $(printf '%s\n' "$env_haven" | grep -e ^SSH_AUTH_SOCK= -e ^DISPLAY=)"
	printf '%s\n' "$env_haven" | grep -qx "XDG_CONFIG_HOME=$SSH_TMP/xdg" ||
		fail "hostile: SetEnv XDG_CONFIG_HOME did not apply"
	ok "hostile LANG/LC_ALL: the English guide; HAVEN_PROBE, agent and X11 stopped at sshd"
	quick_exit hostile "hostile LANG"
fi
tmux_stop

# TERM=dumb: linear mode, the prompt as the last line; control keys harmless.
ssh_pane dumb 80 24 TERM=dumb
if wait_prompt && wait_one_haven; then
	last=$(capture | grep -v '^[[:space:]]*$' | tail -1)
	if printf '%s\n' "$last" | grep -Eq -- "$PROMPT_SCREEN_RE"; then
		ok "TERM=dumb: linear mode, the prompt is the last line"
	else
		fail "TERM=dumb: the last line is \"$last\""
	fi
	printf '%s\n' "$(capture_all)" | grep -q $'\033' && fail "TERM=dumb: escape bytes shown"
	keys C-z
	keys 'C-\'
	keys 2 Enter
	# Linear mode prints the whole page: its title may have scrolled into history.
	if wait_for_history "An order against you" && alive "$HPID"; then
		ok "TERM=dumb: Ctrl-Z and Ctrl-\\ do nothing; 2 Enter opens the page"
	fi
	quick_exit dumb "TERM=dumb"
fi
tmux_stop

for kind in garbage long; do
	if [ $kind = garbage ]; then term=garbage; else term=$LONG_TERM; fi
	ssh_pane "term-$kind" 80 24 "TERM=$term"
	# Either mode: the full screen's bottom line or linear mode's prompt.
	if wait_ready && wait_one_haven; then
		got=$(environ_of "$HPID" | grep '^TERM=' | wc -c)
		[ "$got" -ge "$((${#term} + 5))" ] ||
			fail "TERM=$kind: haven got a TERM of $got bytes, not the client's"
		sleep 0.2	# an observation window: haven must stay
		alive "$HPID" && ok "TERM=$kind (${#term} bytes): haven starts and stays"
		quick_exit "term-$kind" "TERM=$kind"
	fi
	tmux_stop
done

# --- 5. Window sizes -----------------------------------------------------------
ssh_pane sizes 80 24
if wait_for "Ending a restraining order" && wait_one_haven; then
	resize 1000 1000
	if wait_for "$BOTTOM_BAR" && alive "$HPID"; then
		keys 2
		wait_for "An order against you" && ok "1000x1000: haven redraws and answers"
	fi
	resize 1 1
	sleep 0.3	# haven gets to draw at 1x1 (nothing there to wait for)
	resize 30 8
	if wait_for "Window too small" && alive "$HPID"; then
		ok "1x1, then 30x8: haven stays, says the window is too small"
	fi
	quick_exit sizes "small window"
fi
tmux_stop

if command -v python3 >/dev/null 2>&1; then
	for plan in "0 0" "24 80"; do
		set -- $plan
		if python3 "$SSH_LIB_DIR/ptydrive.py" --rows "$1" --cols "$2" \
		    --guide-path "$GUIDE_LINK" --timeout "$SSH_TIMEOUT" \
		    --steps "expect:quick exit|alive|ttysize:${1}x$2|winsize:0x0|sleep:0.3|alive|ttysize:0x0|send:2|winsize:0x0|sleep:0.3|alive|send:x|exit:0|gone" \
		    -- env TERM=xterm ssh -tt "${SSH_OPTS[@]}" "$SSH_TARGET" >"$SSH_TMP/pty.out" 2>&1; then
			ok "pty window $1x$2, then 0x0 twice: haven stays alive and x ends the session"
		else
			fail "pty window $1x$2 / 0x0:"
			sed 's/^/    | /' "$SSH_TMP/pty.out" | tail -15
		fi
	done
	# A client may claim any window up to 65535x65535: haven lays out for at most
	# 1024x512 (deploy/README.md), so its memory stays under 48 MB (unbounded, it
	# took 5.3 GB). AddressSanitizer's shadow memory about quadruples it.
	hwm_kb=49152
	haven_sanitized && hwm_kb=262144
	if python3 "$SSH_LIB_DIR/ptydrive.py" --rows 24 --cols 80 \
	    --guide-path "$GUIDE_LINK" --timeout "$SSH_TIMEOUT" \
	    --steps "expect:quick exit|winsize:65535x65535|sleep:1|alive|winsize:10000x10000|sleep:1|alive|winsize:1x1|sleep:0.3|alive|winsize:24x80|sleep:0.3|alive|hwm:$hwm_kb|send:x|exit:0|gone" \
	    -- env TERM=xterm ssh -tt "${SSH_OPTS[@]}" "$SSH_TARGET" >"$SSH_TMP/huge.out" 2>&1; then
		ok "pty window 65535x65535, 10000x10000, 1x1, 80x24: haven stays, $(grep -o 'VmHWM: [0-9]* kB' "$SSH_TMP/huge.out" | tail -1), x ends the session"
	else
		fail "pty window 65535x65535 / 10000x10000:"
		sed 's/^/    | /' "$SSH_TMP/huge.out" | tail -15
	fi
else
	echo "SKIP (part): python3 is missing, no 0x0 window test"
fi

# --- 5b. Hostile keys and signals: the quick exit holds over SSH ----------------
# hostile NAME HOW [VAR=VALUE...]: a session in full screen (or linear, with
# TERM=dumb), then HOW; haven must end within 1 s, leaving no guide word.
hostile() {
	local name=$1 how=$2 label ms
	shift 2
	label="$name: $how${1:+ ($*)}"
	ssh_pane "$name" 80 24 "$@"
	wait_ready && wait_one_haven || { tmux_stop; return; }
	case $how in
	esc-esc) keys -H 1b 1b ;;	# in one write
	esc-x) keys -H 1b 78 ;;
	esc-then-keys) keys -H 1b; for _ in 1 2 3 4 5 6 7 8 9 10; do keys j; done ;;
	ctrl-s-x) keys -H 13; sleep 0.1; keys x ;;	# (XOFF must not hold the wipe)
	bad-utf8-x)
		keys -H c3 7f
		keys -H e8 1b 4f 42
		sleep 0.3	# an observation window: haven must not end here
		alive "$HPID" || { fail "$label: invalid UTF-8 then Backspace ended haven"; tmux_stop; return; }
		keys x ;;
	sigusr1) kill -USR1 "$HPID" ;;
	esac
	wait_for "AFTER-EXIT status=" || { tmux_stop; return; }
	if ms=$(wait_exit "$HPID" 1000); then
		assert_no_guide_words "$label" "$(capture_all)" &&
		    ok "$label: haven ended (${ms} ms), no guide text on screen or in history"
	else
		fail "$label: haven still runs ${ms} ms later: $(spin_report "$HPID")"
	fi
	tmux_stop
}
for how in esc-esc esc-x esc-then-keys ctrl-s-x bad-utf8-x sigusr1; do
	hostile full "$how"
	hostile linear "$how" TERM=dumb
done

# A connection that opens no session (ssh -N) is closed by sshd
# (UnusedConnectionTimeout; the test's 2 s stands for the drop-in's 30 s).
start_ms=$(now_ms)
timeout 20 ssh "${SSH_OPTS[@]}" -N "$SSH_TARGET" >"$SSH_TMP/n.out" 2>&1
status=$?
took=$(( $(now_ms) - start_ms ))
if [ $status -ne 124 ] && [ $took -lt 10000 ]; then
	ok "ssh -N: sshd closed the unused connection after ${took} ms (status $status)"
else
	fail "ssh -N: still connected after ${took} ms (status $status): $(tail -c 200 "$SSH_TMP/n.out")"
fi

# --- 6. The link drops ----------------------------------------------------------
# drop NAME LABEL HOW [VAR=VALUE...]: start a session, end the link by HOW, and
# require haven to be gone within 1 s (for a frozen client: within 1 s of sshd
# dropping the link, and idle until then).
drop() {
	local name=$1 label=$2 how=$3 ms ticks idle
	shift 3
	ssh_pane "$name" 80 24 "$@"
	wait_ready && wait_one_haven || return
	case $how in
	kill-client) kill -KILL "$PANE_PID" ;;
	kill-tmux) t kill-server ;;
	stall-client)
		# The client freezes (laptop lid shut): sshd must notice by itself
		# (SSH_CLIENT_ALIVE above) and drop the link.
		ticks=$(cpu_ticks "$HPID")
		kill -STOP "$PANE_PID"
		# While the link hangs (sshd drops it after 5-6 s), haven waits without
		# using the CPU: measured over 2 s of the hang, before haven's own exit
		# (which, in a sanitizer build, runs the leak checker) can count.
		sleep 2
		idle=$(($(cpu_ticks "$HPID") - ticks))
		if ! poll_until -i 0.01 10000 file_has "$SSH_TMP/sshd.log" \
		    "Timeout, client not responding"; then
			fail "$label: sshd never dropped the frozen client"
			kill -KILL "$PANE_PID"
			return
		fi
		[ "$idle" -le 2 ] 2>/dev/null ||
			fail "$label: haven used $idle ticks during 2 s of a hung link"
		ms=$(wait_exit "$HPID" 1000) || {
			fail "$label: haven still runs ${ms} ms after sshd dropped the link: $(spin_report "$HPID")"
			kill -KILL "$PANE_PID"; return; }
		kill -KILL "$PANE_PID"
		ok "$label: idle while the link hung; gone ${ms} ms after sshd dropped it"
		return ;;
	esac
	ms=$(wait_exit "$HPID" 1000) || { fail "$label: haven still runs after ${ms} ms: $(spin_report "$HPID")"; return; }
	ok "$label: haven gone ${ms} ms after the link dropped"
}
drop drop1 "dropped link, full screen, ssh client killed" kill-client
tmux_stop
drop drop2 "dropped link, linear, ssh client killed" kill-client TERM=dumb
tmux_stop
drop drop3 "dropped link, tmux server killed" kill-tmux
# No terminal at all (ssh host cmd): haven reads stdin as a pipe.
mkfifo "$SSH_TMP/stdin"
ssh -T "${SSH_OPTS[@]}" -o LogLevel=ERROR "$SSH_TARGET" <"$SSH_TMP/stdin" >/dev/null 2>&1 &
nopty_pid=$!
disown "$nopty_pid"	# killed on purpose: no job report from bash
exec 7>"$SSH_TMP/stdin"	# an open writer: no end of input for haven
if wait_one_haven; then
	kill -KILL "$nopty_pid"
	# Here haven learns of the drop from the end of its input and quits the normal
	# way, freeing everything (in a sanitizer build the leak check runs too, which
	# took up to 1 s on a loaded machine): 2 s, as for any closed input.
	if ms=$(wait_exit "$HPID" 2000); then
		ok "dropped link, no terminal: haven gone ${ms} ms after the client was killed"
	else
		fail "dropped link, no terminal: haven still runs: $(spin_report "$HPID")"
	fi
fi
exec 7>&-
kill "$nopty_pid" 2>/dev/null
drop drop4 "stalled link, full screen" stall-client
t kill-server 2>/dev/null

left=$(wait_no_haven 2000) || fail "haven processes left at the end: $left"
grep -q -i -e "fatal" "$SSH_TMP/sshd.log" &&
	fail "sshd logged: $(grep -i fatal "$SSH_TMP/sshd.log" | head -3)"
ELAPSED=$(($(now_ms) - T0))
if [ "$FAILURES" -gt 0 ]; then
	echo "sshd log tail:"
	tail -20 "$SSH_TMP/sshd.log" | sed 's/^/    | /'
fi
finish "${ELAPSED} ms"
