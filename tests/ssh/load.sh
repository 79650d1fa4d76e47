#!/bin/bash
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# load.sh [-n N]: N (default 50) concurrent SSH sessions of haven against the private
# sshd of tests/ssh/lib.sh; each navigates 2, 1, b, b, 3 and quits with q. Reports
# haven's memory per session, CPU, the slowest keystroke round trip, and that every
# session ended cleanly with no haven process left. Not part of `make check`.
#
#     HAVEN=./haven top_srcdir=. tests/ssh/load.sh -n 50
. "$(dirname "$0")/lib.sh"
N=50
while getopts n:h opt; do
	case $opt in
	n) N=$OPTARG ;;
	*) echo "usage: $0 [-n SESSIONS]"; exit 2 ;;
	esac
done
case $N in
'' | *[!0-9]*) echo "load.sh: -n needs a number"; exit 2 ;;
esac
ssh_need_tools python3
ssh_start_sshd
echo "sshd on 127.0.0.1:$SSH_PORT (MaxStartups $(ssh_effective maxstartups)," \
    "UsePAM $SSH_USE_PAM); $N sessions of $HAVEN"
T0=$(now_ms)
python3 "$SSH_LIB_DIR/load.py" -n "$N" --guide-path "$GUIDE_LINK" --sshd-pid "$SSHD_PID" \
    -- ssh -tt "${SSH_OPTS[@]}" -o LogLevel=ERROR "$SSH_TARGET"
status=$?
echo "whole run: $(($(now_ms) - T0)) ms"
if grep -q -i -e "MaxStartups" -e "drop connection" -e "fatal" "$SSH_TMP/sshd.log"; then
	echo "FAIL: sshd refused or dropped connections:"
	grep -i -e "MaxStartups" -e "drop connection" -e "fatal" "$SSH_TMP/sshd.log" | head -5
	status=1
fi
[ $status -eq 0 ] && echo "PASS: load.sh ($N sessions)"
exit $status
