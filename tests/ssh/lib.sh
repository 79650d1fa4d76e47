# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: a private OpenSSH server that runs haven as its forced command, for
# tests/ssh/sshd.sh and tests/ssh/load.sh. Source it from bash:
#
#     . "$(dirname "$0")/lib.sh"
#
# Environment (set by `make check` through AM_TESTS_ENVIRONMENT):
#   HAVEN       absolute path of the haven binary (default: see tests/lib/lib.sh)
#   top_srcdir  the source tree; the guide is "$top_srcdir/content"
#
# ssh_start_sshd generates, in a temporary folder, a host key, a user key, an
# authorized_keys file and a config: the test settings below, then the real drop-in
# deploy/sshd_config.d/haven.conf with "Match User guide" turned into the current
# user and its ForceCommand pointed at the built haven. sshd listens on a free port
# of 127.0.0.1 (22220-22299 first). As root it runs as usual (privilege separation,
# PermitRootLogin prohibit-password); as another user it runs unprivileged, and only
# that user can log in. Everything, sshd included, goes when the script exits.
#
# haven is started with --guide pointing at a symlink inside the temporary folder,
# so `ssh_haven_pids` finds exactly the haven processes of this run, even with other
# tests on the same machine.

SSH_LIB_DIR=$(cd "$(dirname "$0")" && pwd)
LIB_DIR=$(cd "$SSH_LIB_DIR/../lib" && pwd)
WAIT_TIMEOUT=${SSH_TIMEOUT:-10}	# seconds, for every wait
TMUX_SOCKET_BASE=haven-ssh-$$
# shellcheck source=tests/lib/tmux.sh
. "$LIB_DIR/tmux.sh"
SSH_TIMEOUT=$WAIT_TIMEOUT
SSHD=${SSHD:-/usr/sbin/sshd}
DROPIN=$top_srcdir/deploy/sshd_config.d/haven.conf
SSH_TMP=$TEST_TMP
SSHD_PID=
SSH_PORT=
SSH_USE_PAM=no
# "INTERVAL COUNT" for ClientAliveInterval/ClientAliveCountMax; empty: the drop-in's.
SSH_CLIENT_ALIVE=${SSH_CLIENT_ALIVE:-}
# UnusedConnectionTimeout for the test (the drop-in's 30 s would make a slow test).
SSH_UNUSED_TIMEOUT=${SSH_UNUSED_TIMEOUT:-}

# A known client environment: no agent, no user tmux (tmux.sh), a UTF-8 locale.
unset SSH_AUTH_SOCK SSH_AGENT_PID LC_ALL LANGUAGE DISPLAY
LANG=C.UTF-8
export LANG

# ssh_need_tools TOOL...: exit 77 unless sshd, ssh, ssh-keygen and each TOOL exist.
ssh_need_tools() {
	[ -x "$SSHD" ] || skip_all "$SSHD is not installed"
	for _tool in ssh ssh-keygen pgrep "$@"; do
		need_command "$_tool"
	done
	need_haven
	[ -f "$DROPIN" ] || { echo "FAIL: no drop-in at $DROPIN"; exit 1; }
}

# ssh_port_busy PORT: true if any TCP socket of this machine uses PORT.
ssh_port_busy() {
	local hex
	hex=$(printf '%04X' "$1")
	cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | grep -q ":$hex "
}

# ssh_free_port FIRST LAST: a port from FIRST..LAST (start chosen by the pid, so
# parallel runs spread out) that no socket uses; else any port from 20000 up.
ssh_free_port() {
	local first=$1 last=$2 span i port
	span=$((last - first + 1))
	for ((i = 0; i < span; i++)); do
		port=$((first + ($$ + RANDOM + i) % span))
		ssh_port_busy "$port" || { echo "$port"; return 0; }
	done
	for ((port = 20000; port < 32000; port++)); do
		ssh_port_busy "$port" || { echo "$port"; return 0; }
	done
	return 1
}

# (tmux.sh kills the tmux servers first; lib.sh removes SSH_TMP after this)
ssh_cleanup() {
	local pid
	if [ -n "$SSHD_PID" ]; then
		kill "$SSHD_PID" 2>/dev/null
		wait "$SSHD_PID" 2>/dev/null
	fi
	if [ -n "$SSH_TMP" ]; then
		# Sessions of this run only (the guide path is unique to it).
		for pid in $(ssh_haven_pids); do
			kill -KILL "$pid" 2>/dev/null
		done
		[ -n "${SSH_AGENT_PID:-}" ] && kill "$SSH_AGENT_PID" 2>/dev/null
	fi
	return 0
}
at_exit ssh_cleanup

case $HAVEN$top_srcdir in
*"'"* | *[[:space:]]*)
	echo "FAIL: the paths of haven and the source tree must hold no quote or space"
	exit 1 ;;
esac
chmod 755 "$SSH_TMP"	# (sshd, as another user, reads the keys in it)
SSH_USER=$(id -un)
GUIDE_LINK=$SSH_TMP/guide
ln -s "$top_srcdir/content" "$GUIDE_LINK"
HAVEN_REAL=$(readlink -f "$HAVEN")

# ssh_haven_pids: pids of the haven processes started by this run's sshd (not the
# `sh -c` around them). By their name: haven makes itself undumpable, so its own
# user cannot read /proc/PID/exe (only root could).
ssh_haven_pids() {
	local pid comm
	for pid in $(pgrep -f -- "--guide $GUIDE_LINK\$" 2>/dev/null); do
		comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
		[ "$comm" = haven ] && echo "$pid"
	done
	return 0
}

# environ_of PID: the environment of PID, one variable a line. haven is undumpable,
# so as its own (non-root) user its environ cannot be read; then the `sh -c` that
# sshd started it with, which passed it the same environment, is read instead.
environ_of() {
	local parent
	if [ -r "/proc/$1/environ" ] && tr '\0' '\n' <"/proc/$1/environ" 2>/dev/null; then
		return 0
	fi
	parent=$(awk '{ print $4 }' "/proc/$1/stat" 2>/dev/null)
	[ -n "$parent" ] && tr '\0' '\n' <"/proc/$parent/environ" 2>/dev/null
}

# no_haven: this run has no haven process left (for poll_until); else HAVEN_LEFT
# lists them.
no_haven() {
	HAVEN_LEFT=$(ssh_haven_pids)
	[ -z "$HAVEN_LEFT" ]
}

# wait_no_haven MILLISECONDS: poll until this run has no haven process left; else
# print the pids left and return 1.
wait_no_haven() {
	poll_until -i 0.02 "$1" no_haven || { echo "$HAVEN_LEFT"; return 1; }
}

# one_haven: exactly one haven process of this run exists (for poll_until); it is
# then in HPID, else HAVEN_LEFT lists them.
one_haven() {
	HAVEN_LEFT=$(ssh_haven_pids)
	HPID=
	[ -n "$HAVEN_LEFT" ] && [ "$(printf '%s\n' "$HAVEN_LEFT" | wc -l)" -eq 1 ] || return 1
	HPID=$HAVEN_LEFT
}

# wait_one_haven: poll until exactly one haven process of this run exists; sets
# HPID to it.
wait_one_haven() {
	poll_until -i 0.02 "$(seconds_ms)" one_haven ||
		{ fail "expected one haven process, found: ${HAVEN_LEFT:-none}"; return 1; }
}

# ssh_write_config: the sshd config. Test settings come first, then the drop-in,
# line by line, with the account, the forced command and a few timings replaced.
ssh_write_config() {
	local cfg=$SSH_TMP/sshd_config line sftp
	{
		echo "# Generated by tests/ssh/lib.sh for one test run."
		echo "HostKey $SSH_TMP/host_key"
		echo "Port $SSH_PORT"
		echo "ListenAddress 127.0.0.1"
		echo "AddressFamily inet"
		echo "PidFile $SSH_TMP/sshd.pid"
		echo "AuthorizedKeysFile $SSH_TMP/authorized_keys"
		echo "StrictModes no"
		echo "UsePAM $SSH_USE_PAM"
		echo "PasswordAuthentication no"
		echo "KbdInteractiveAuthentication no"
		echo "PubkeyAuthentication yes"
		[ "$(id -u)" -eq 0 ] && echo "PermitRootLogin prohibit-password"
		echo "MaxStartups 200"
		echo "LoginGraceTime 30"
		echo "LogLevel VERBOSE"
		echo "PrintMotd no"
		echo "PrintLastLog no"
		echo "UseDNS no"
		for sftp in /usr/lib/openssh/sftp-server /usr/libexec/openssh/sftp-server \
		    /usr/libexec/sftp-server; do
			if [ -x "$sftp" ]; then
				# As in a stock sshd_config: ForceCommand must override it.
				echo "Subsystem sftp $sftp"
				break
			fi
		done
		# A permissive main config (Debian's has AcceptEnv LANG LC_*): the drop-in's
		# Match block must narrow it back to LANG and LC_*.
		echo "AcceptEnv LANG LC_* HAVEN_PROBE"
		echo "# --- $DROPIN, adapted ---"
		while IFS= read -r line || [ -n "$line" ]; do
			case $line in
			"Match User guide")
				line="Match User $SSH_USER" ;;
			*"ForceCommand /usr/local/bin/haven")
				# sshd runs this as `SHELL -c COMMAND`. The guide account's shell is
				# /bin/sh; the test user's may be another, so /bin/sh is named here:
				# haven then runs exactly as deployed (on Debian, dash starts it as
				# a child in the same session, without exec).
				line="${line%%ForceCommand*}ForceCommand /bin/sh -c \"'$HAVEN' --guide '$GUIDE_LINK'\"" ;;
			*"SetEnv XDG_CONFIG_HOME=/etc")
				# No config file of the user running the tests. SHLVL=1: when the
				# login shell of that user is bash, it would otherwise read
				# ~/.bashrc before the forced command (Debian builds bash with
				# SSH_SOURCE_BASHRC), slowly, and with whatever that file does.
				# The deployment uses /bin/sh, which reads nothing.
				line="${line%%SetEnv*}SetEnv XDG_CONFIG_HOME=$SSH_TMP/xdg SHLVL=1" ;;
			*ClientAliveInterval\ *)
				# sshd.sh: a stalled client is noticed in seconds, not a minute.
				[ -n "$SSH_CLIENT_ALIVE" ] &&
					line="${line%%ClientAliveInterval*}ClientAliveInterval ${SSH_CLIENT_ALIVE% *}" ;;
			*ClientAliveCountMax\ *)
				[ -n "$SSH_CLIENT_ALIVE" ] &&
					line="${line%%ClientAliveCountMax*}ClientAliveCountMax ${SSH_CLIENT_ALIVE#* }" ;;
			*UnusedConnectionTimeout\ *)
				[ -n "$SSH_UNUSED_TIMEOUT" ] &&
					line="${line%%UnusedConnectionTimeout*}UnusedConnectionTimeout $SSH_UNUSED_TIMEOUT" ;;
			esac
			printf '%s\n' "$line"
		done <"$DROPIN"
	} >"$cfg"
}

# ssh_effective KEY [USER]: the value sshd -T gives for KEY (lower case), for USER
# (default: the current user) connecting from 127.0.0.1.
ssh_effective() {
	"$SSHD" -T -f "$SSH_TMP/sshd_config" \
	    -C "user=${2:-$SSH_USER},host=localhost,addr=127.0.0.1,laddr=127.0.0.1,lport=$SSH_PORT" \
	    2>/dev/null | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'
}

# The client: no user config, the test key only, no host key prompt.
ssh_client_options() {
	SSH_OPTS=(-F /dev/null -i "$SSH_TMP/user_key" -o IdentitiesOnly=yes
	    -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes
	    -o ConnectTimeout=10 -p "$SSH_PORT")
	SSH_TARGET=$SSH_USER@127.0.0.1
}

# ssh_launch: start sshd on the config; 0 when it listens, 1 when the port was
# taken, 2 on any other failure.
ssh_launch() {
	: >"$SSH_TMP/sshd.log"
	"$SSHD" -D -e -f "$SSH_TMP/sshd_config" >>"$SSH_TMP/sshd.log" 2>&1 &
	SSHD_PID=$!
	poll_until -i 0.02 "$(seconds_ms)" sshd_settled || return 2
	file_has "$SSH_TMP/sshd.log" "Server listening on 127.0.0.1 port $SSH_PORT" && return 0
	wait "$SSHD_PID" 2>/dev/null
	SSHD_PID=
	grep -q -i -e "Address already in use" -e "Bind to port" "$SSH_TMP/sshd.log" && return 1
	return 2
}

# sshd_settled: sshd listens, or has exited (for poll_until).
sshd_settled() {
	file_has "$SSH_TMP/sshd.log" "Server listening on 127.0.0.1 port $SSH_PORT" ||
		! kill -0 "$SSHD_PID" 2>/dev/null
}

ssh_stop_sshd() {
	if [ -n "$SSHD_PID" ]; then
		kill "$SSHD_PID" 2>/dev/null
		wait "$SSHD_PID" 2>/dev/null
		SSHD_PID=
	fi
}

# ssh_probe: one login; true when the guide's start page comes back.
ssh_probe() {
	printf 'q\n' | timeout "$SSH_TIMEOUT" ssh -T "${SSH_OPTS[@]}" -o LogLevel=ERROR \
	    "$SSH_TARGET" >"$SSH_TMP/probe.out" 2>&1 &&
		grep -q "Ending a restraining order" "$SSH_TMP/probe.out"
}

# ssh_start_sshd: keys, config, sshd on a free port, and one probe login.
ssh_start_sshd() {
	local tries=0 status
	ssh-keygen -q -N '' -t ed25519 -C haven-test-host -f "$SSH_TMP/host_key" || {
		fail "ssh-keygen failed"; exit 1; }
	ssh-keygen -q -N '' -t ed25519 -C haven-test-user -f "$SSH_TMP/user_key" || exit 1
	cp "$SSH_TMP/user_key.pub" "$SSH_TMP/authorized_keys"
	mkdir -p "$SSH_TMP/xdg"
	if [ "$(id -u)" -eq 0 ] && [ ! -d /run/sshd ] &&
	    "$SSHD" -T -f /dev/null 2>&1 | grep -q "Missing privilege separation directory"; then
		# What the init script of the openssh-server package does at boot. It
		# stays: another run (make -j, another work tree) may be using it, and
		# its sshd refuses every login once the folder is gone.
		mkdir -m 0755 /run/sshd 2>/dev/null || [ -d /run/sshd ]
	fi
	while :; do
		SSH_PORT=$(ssh_free_port 22220 22299) || { fail "no free port"; exit 1; }
		ssh_write_config
		if ! "$SSHD" -t -f "$SSH_TMP/sshd_config" >"$SSH_TMP/sshd-t.log" 2>&1; then
			fail "sshd -t rejects the config: $(cat "$SSH_TMP/sshd-t.log")"
			exit 1
		fi
		ssh_launch
		status=$?
		[ $status -eq 0 ] && break
		tries=$((tries + 1))
		if [ $status -eq 2 ] || [ $tries -ge 10 ]; then
			fail "sshd did not start:"
			sed 's/^/    | /' "$SSH_TMP/sshd.log"
			exit 1
		fi
	done
	ssh_client_options
	if ! ssh_probe; then
		# An unprivileged sshd cannot read /etc/shadow, and without PAM it then
		# takes every account for locked: PAM asks the setgid helper instead.
		if [ "$(id -u)" -ne 0 ] && grep -q "account is locked" "$SSH_TMP/sshd.log"; then
			ssh_stop_sshd
			SSH_USE_PAM=yes
			ssh_write_config
			ssh_launch || { fail "sshd (UsePAM yes) did not start"; exit 1; }
			ssh_probe && return 0
		fi
		# sshd runs the forced command as `SHELL -c COMMAND`: nologin or false
		# cannot do that (deploy/README.md). Not a problem of haven's.
		if grep -q -e "currently not available" "$SSH_TMP/probe.out" ||
		    case $(getent passwd "$SSH_USER" | cut -d: -f7) in
		    */nologin | */false) true ;; *) false ;; esac; then
			skip_all "the login shell of $SSH_USER cannot run a forced command" \
			    "($(tr "\n" " " <"$SSH_TMP/probe.out" | cut -c1-120))"
		fi
		echo "FAIL: no guide from a first login; the client said:"
		sed 's/^/    | /' "$SSH_TMP/probe.out"
		echo "    sshd said:"
		sed 's/^/    | /' "$SSH_TMP/sshd.log"
		exit 1
	fi
}

# --- tmux (tests/lib/tmux.sh) ---

# ssh_pane NAME WIDTH HEIGHT [VAR=VALUE...] [-- SSH OPTIONS...]: an interactive login
# in tmux (ssh -tt), with the given client environment and extra ssh options, in
# tmux.sh's launcher: PANE_PID is the ssh client's pid, and "AFTER-EXIT status=N"
# shows when it ends.
ssh_pane() {
	local name=$1 w=$2 h=$3 envs=() opts=()
	shift 3
	while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	opts=("$@")
	start_pane "$name" "$w" "$h" env "${envs[@]}" ssh -tt "${SSH_OPTS[@]}" "${opts[@]}" \
	    "$SSH_TARGET"
}
