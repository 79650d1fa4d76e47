# lib.sh: a private OpenSSH server that runs haven as its forced command, for
# tests/ssh/sshd.sh and tests/ssh/load.sh. Source it from bash:
#
#     . "$(dirname "$0")/lib.sh"
#
# Environment (set by `make check` through AM_TESTS_ENVIRONMENT):
#   HAVEN       absolute path of the haven binary (default: ../../haven from here)
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

set -u

SSH_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${top_srcdir:=$(cd "$SSH_LIB_DIR/../.." && pwd)}"
top_srcdir=$(cd "$top_srcdir" && pwd)
HAVEN=${HAVEN:-$SSH_LIB_DIR/../../haven}
case $HAVEN in
/*) ;;
*) HAVEN=$(cd "$(dirname "$HAVEN")" && pwd)/$(basename "$HAVEN") ;;
esac
SSHD=${SSHD:-/usr/sbin/sshd}
DROPIN=$top_srcdir/deploy/sshd_config.d/haven.conf
SSH_TIMEOUT=${SSH_TIMEOUT:-10}	# seconds, for every wait
SSH_FAILURES=0
SSH_TMP=
SSHD_PID=
SSH_PORT=
SSH_USE_PAM=no
SSH_CREATED_PRIVSEP_DIR=
SSH_TMUX_SOCKET=haven-ssh-$$
# "INTERVAL COUNT" for ClientAliveInterval/ClientAliveCountMax; empty: the drop-in's.
SSH_CLIENT_ALIVE=${SSH_CLIENT_ALIVE:-}

# A known client environment: no agent, no user tmux, a UTF-8 locale.
unset SSH_AUTH_SOCK SSH_AGENT_PID TMUX TMUX_PANE LC_ALL LANGUAGE DISPLAY
LANG=C.UTF-8
export LANG

fail() {
	echo "FAIL: $*"
	SSH_FAILURES=$((SSH_FAILURES + 1))
}

ok() {
	echo "ok: $*"
}

skip() {
	echo "SKIP: $*"
	exit 77
}

# ssh_need_tools TOOL...: exit 77 unless sshd, ssh, ssh-keygen and each TOOL exist.
ssh_need_tools() {
	[ -x "$SSHD" ] || skip "$SSHD is not installed"
	for _tool in ssh ssh-keygen pgrep "$@"; do
		command -v "$_tool" >/dev/null 2>&1 || skip "$_tool is not installed"
	done
	[ -x "$HAVEN" ] || { echo "FAIL: no haven binary at $HAVEN (set HAVEN)"; exit 1; }
	[ -f "$DROPIN" ] || { echo "FAIL: no drop-in at $DROPIN"; exit 1; }
}

# now_ms: a clock in milliseconds, read without forking.
now_ms() {
	local up idle
	read -r up idle </proc/uptime
	echo $((10#${up%.*}${up#*.} * 10))
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

ssh_cleanup() {
	local pid
	[ -n "${SSH_TMUX_USED:-}" ] && tmux -L "$SSH_TMUX_SOCKET" kill-server >/dev/null 2>&1
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
		rm -rf "$SSH_TMP"
	fi
	[ -n "$SSH_CREATED_PRIVSEP_DIR" ] && rmdir "$SSH_CREATED_PRIVSEP_DIR" 2>/dev/null
	return 0
}
trap ssh_cleanup EXIT
trap 'exit 1' HUP INT TERM

case $HAVEN$top_srcdir in
*"'"* | *[[:space:]]*)
	echo "FAIL: the paths of haven and the source tree must hold no quote or space"
	exit 1 ;;
esac
SSH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/haven-ssh.XXXXXX")
chmod 755 "$SSH_TMP"
SSH_USER=$(id -un)
GUIDE_LINK=$SSH_TMP/guide
ln -s "$top_srcdir/content" "$GUIDE_LINK"
HAVEN_REAL=$(readlink -f "$HAVEN")

# ssh_haven_pids: pids of the haven processes started by this run's sshd.
ssh_haven_pids() {
	local pid exe
	for pid in $(pgrep -f -- "--guide $GUIDE_LINK\$" 2>/dev/null); do
		exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || continue
		[ "$exe" = "$HAVEN_REAL" ] && echo "$pid"
	done
	return 0
}

# alive PID: true while PID exists and is not a zombie.
alive() {
	local stat
	[ -n "$1" ] || return 1
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

# proc_state PID: the one-letter state of PID (R, S, T, Z...).
proc_state() {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	echo "${stat%% *}"
}

# cpu_ticks PID: utime + stime of PID, in clock ticks.
cpu_ticks() {
	sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'
}

# environ_of PID: the environment of PID, one variable a line.
environ_of() {
	tr '\0' '\n' <"/proc/$1/environ" 2>/dev/null
}

# wait_exit PID MILLISECONDS: poll every 10 ms until PID is gone; prints the time
# it took (ms). Returns 1 if it is still there at the deadline.
wait_exit() {
	local start deadline
	start=$(now_ms)
	deadline=$((start + $2))
	while alive "$1"; do
		if [ "$(now_ms)" -gt "$deadline" ]; then
			echo "$(($(now_ms) - start))"
			return 1
		fi
		sleep 0.01
	done
	echo "$(($(now_ms) - start))"
	return 0
}

# spin_report PID: how much CPU PID burns over 0.5 s, with its state.
spin_report() {
	local a b
	a=$(cpu_ticks "$1")
	sleep 0.5
	b=$(cpu_ticks "$1")
	echo "pid $1 (state $(proc_state "$1")) used $((${b:-0} - ${a:-0})) clock ticks of CPU in 0.5 s"
}

# wait_no_haven MILLISECONDS: poll until this run has no haven process left.
wait_no_haven() {
	local deadline left
	deadline=$(($(now_ms) + $1))
	while :; do
		left=$(ssh_haven_pids)
		[ -z "$left" ] && return 0
		[ "$(now_ms)" -gt "$deadline" ] && { echo "$left"; return 1; }
		sleep 0.02
	done
}

# wait_one_haven: poll until exactly one haven process of this run exists; sets
# HPID to it.
wait_one_haven() {
	local deadline pids
	HPID=
	deadline=$(($(now_ms) + SSH_TIMEOUT * 1000))
	while :; do
		pids=$(ssh_haven_pids)
		if [ -n "$pids" ] && [ "$(printf '%s\n' "$pids" | wc -l)" -eq 1 ]; then
			HPID=$pids
			return 0
		fi
		if [ "$(now_ms)" -gt "$deadline" ]; then
			fail "expected one haven process, found: ${pids:-none}"
			return 1
		fi
		sleep 0.02
	done
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
	local deadline
	: >"$SSH_TMP/sshd.log"
	"$SSHD" -D -e -f "$SSH_TMP/sshd_config" >>"$SSH_TMP/sshd.log" 2>&1 &
	SSHD_PID=$!
	deadline=$(($(now_ms) + SSH_TIMEOUT * 1000))
	while :; do
		grep -q "Server listening on 127.0.0.1 port $SSH_PORT" "$SSH_TMP/sshd.log" && return 0
		if ! kill -0 "$SSHD_PID" 2>/dev/null; then
			wait "$SSHD_PID" 2>/dev/null
			SSHD_PID=
			grep -q -i -e "Address already in use" -e "Bind to port" "$SSH_TMP/sshd.log" &&
				return 1
			return 2
		fi
		[ "$(now_ms)" -gt "$deadline" ] && return 2
		sleep 0.02
	done
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
		# What the init script of the openssh-server package does at boot.
		mkdir -m 0755 /run/sshd && SSH_CREATED_PRIVSEP_DIR=/run/sshd
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
			skip "the login shell of $SSH_USER cannot run a forced command" \
			    "($(tr "\n" " " <"$SSH_TMP/probe.out" | cut -c1-120))"
		fi
		echo "FAIL: no guide from a first login; the client said:"
		sed 's/^/    | /' "$SSH_TMP/probe.out"
		echo "    sshd said:"
		sed 's/^/    | /' "$SSH_TMP/sshd.log"
		exit 1
	fi
}

# --- tmux, on a private server ---

# t ARGS...: a tmux command on this run's private server.
t() {
	SSH_TMUX_USED=1
	tmux -L "$SSH_TMUX_SOCKET" -f /dev/null -u "$@"
}

# start_pane NAME WIDTH HEIGHT COMMAND...: a tmux session NAME running COMMAND in a
# launcher that records COMMAND's pid in SSH_TMP/NAME.pid (COMMAND is exec'd, so it
# is the pid of ssh), then prints "SSH-EXIT status=N" and stays, so the screen after
# the session can be read. Sets SSH_CLIENT_PID.
start_pane() {
	local name=$1 w=$2 h=$3 deadline arg
	shift 3
	rm -f "$SSH_TMP/$name.pid"
	{
		echo '#!/bin/bash'
		echo "echo \$\$ >'$SSH_TMP/$name.pid.tmp' && mv '$SSH_TMP/$name.pid.tmp' '$SSH_TMP/$name.pid'"
		printf 'exec'
		for arg in "$@"; do printf ' %q' "$arg"; done
		echo
	} >"$SSH_TMP/$name.sh"
	t new-session -d -s "$name" -x "$w" -y "$h" -- \
	    bash -c 'bash "$1"; printf "\nSSH-EXIT status=%s\n" "$?"; exec sleep 600' launcher \
	    "$SSH_TMP/$name.sh" || { fail "tmux new-session failed"; return 1; }
	deadline=$(($(now_ms) + SSH_TIMEOUT * 1000))
	while [ ! -s "$SSH_TMP/$name.pid" ]; do
		[ "$(now_ms)" -gt "$deadline" ] && { fail "$name: the client never started"; return 1; }
		sleep 0.02
	done
	SSH_CLIENT_PID=$(cat "$SSH_TMP/$name.pid")
}

# capture NAME: the visible pane; capture_all NAME: history and visible pane.
capture() {
	t capture-pane -p -t "$1"
}

capture_all() {
	t capture-pane -p -S - -t "$1"
}

keys() {
	local name=$1
	shift
	t send-keys -t "$name" "$@"
}

# wait_for NAME TEXT [SECONDS]: poll the visible pane until it shows TEXT.
# wait_for_all NAME TEXT [SECONDS]: the same, searching the history as well.
wait_for() {
	_wait_for capture "$@"
}

wait_for_all() {
	_wait_for capture_all "$@"
}

_wait_for() {
	local how=$1 deadline
	shift
	deadline=$(($(now_ms) + ${3:-$SSH_TIMEOUT} * 1000))
	while :; do
		"$how" "$1" | grep -F -q -- "$2" && return 0
		if [ "$(now_ms)" -gt "$deadline" ]; then
			fail "$1: timed out waiting for \"$2\"; the screen shows:"
			capture "$1" | grep -v '^$' | cut -c1-100 | head -30 | sed 's/^/    | /'
			return 1
		fi
		sleep 0.03
	done
}

# The words that must not survive a quick exit: distinctive words of the guide.
GUIDE_WORDS="restraining court hearing Important petitioner judge Hotline order"

# assert_no_guide_words LABEL TEXT: fail if TEXT holds any of GUIDE_WORDS.
assert_no_guide_words() {
	local found= w
	for w in $GUIDE_WORDS; do
		printf '%s\n' "$2" | grep -q -i -w -- "$w" && found="$found $w"
	done
	if [ -n "$found" ]; then
		fail "$1: guide words still there:$found; it shows:"
		printf '%s\n' "$2" | grep -v '^$' | cut -c1-100 | head -20 | sed 's/^/    | /'
		return 1
	fi
	return 0
}
