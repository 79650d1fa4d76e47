#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""load.py: N concurrent SSH sessions of haven, each in its own pseudo-terminal.

Run by tests/ssh/load.sh, which starts the private sshd and passes the ssh command.
All sessions log in at once; then, in rounds, every session gets the same key at the
same moment (2, 1, b, b, 3 by default: the worst case for the server), and the round
ends when every session's output has been quiet for --quiet-ms; then q quits all.

Reported: login times, per-session peak memory of haven (VmHWM, sampled from
/proc/PID/status of the server-side haven processes), haven's CPU time (utime +
stime of those processes), the server's total CPU (sshd, shell and haven: the sshd
listener's reaped-children time), the slowest keystroke round trip (key sent to
the last byte of its screen update, and to the first byte), and whether every
session ended with status 0 and no haven process was left behind.
"""
import argparse
import os
import select
import statistics
import sys
import time

sys.dont_write_bytecode = True     # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "lib")]
from haven_pty import Pty, now as clock  # noqa: E402
from ptydrive import haven_processes  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def proc_times(pid):
    """utime + stime, cutime + cstime of pid, in clock ticks (None if gone)."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])


def vm_status(pid):
    """(VmHWM, VmRSS) in kB, or None."""
    values = {}
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(("VmHWM:", "VmRSS:")):
                    values[line.split(":")[0]] = int(line.split()[1])
    except OSError:
        return None
    return values.get("VmHWM"), values.get("VmRSS")


def pss_kb(pid):
    """Proportional set size in kB (shared pages divided among their users)."""
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def descendants(root):
    """Pids of every process below root."""
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/%s/stat" % name, "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class Sampler:
    """Peak memory and last CPU time of every haven process seen."""

    def __init__(self, guide_path):
        self.guide_path = guide_path
        self.hwm = {}
        self.ticks = {}
        self.max_count = 0
        self.last = 0.0

    def sample(self, force=False):
        now = clock()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        procs = haven_processes(self.guide_path)
        self.max_count = max(self.max_count, len(procs))
        for pid in procs:
            vm = vm_status(pid)
            if vm and vm[0] is not None:
                self.hwm[pid] = max(self.hwm.get(pid, 0), vm[0])
            times = proc_times(pid)
            if times:
                self.ticks[pid] = times[0]


def pump_all(sessions, timeout, sampler):
    """Reads whatever any session has, waiting up to timeout seconds."""
    live = [s for s in sessions if not s.eof]
    if not live:
        time.sleep(timeout)
    else:
        ready, _, _ = select.select(live, [], [], timeout)
        for s in ready:
            while s.read_ready():
                pass
    sampler.sample()


def settle(sessions, since, quiet, deadline, sampler):
    """Waits until each session has output after `since` and then `quiet` seconds
    without any; returns the sessions that did not."""
    while True:
        now = clock()
        waiting = [s for s in sessions
                   if s.last_output is None or s.last_output < since
                   or now - s.last_output < quiet]
        if not waiting or now > deadline:
            return waiting
        pump_all(sessions, 0.01, sampler)


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--guide-path", required=True)
    parser.add_argument("--sshd-pid", type=int, required=True)
    parser.add_argument("--keys", default="2,1,b,b,3")
    parser.add_argument("--quiet-ms", type=float, default=150)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    quiet = args.quiet_ms / 1000
    keys = args.keys.split(",")
    expected = {("2", 0): b"An order against you"}
    problems = []
    sampler = Sampler(args.guide_path)
    env = dict(os.environ, TERM="xterm")

    server_before = proc_times(args.sshd_pid)
    clients_before = os.times()
    t0 = clock()

    # 1. Every session logs in at once.
    sessions = [Pty(command, env=env, rows=24, cols=80) for _ in range(args.n)]
    start = {s: clock() for s in sessions}
    login = {}
    deadline = t0 + args.timeout
    while len(login) < len(sessions) and clock() < deadline:
        pump_all(sessions, 0.02, sampler)
        for s in sessions:
            if s not in login and b"quick exit" in s.output:
                login[s] = clock() - start[s]
    if len(login) < len(sessions):
        problems.append("%d of %d sessions never showed the guide"
                        % (len(sessions) - len(login), len(sessions)))
    late = settle(sessions, t0, quiet, clock() + 10, sampler)
    sampler.sample(force=True)
    login_ticks = sum(sampler.ticks.values())
    havens = haven_processes(args.guide_path)
    concurrent = len(havens)
    pss_haven = [x for x in (pss_kb(pid) for pid in havens) if x is not None]
    pss_other = {}      # command name -> PSS of each such process below sshd
    for pid in descendants(args.sshd_pid):
        if pid not in havens:
            try:
                with open("/proc/%d/comm" % pid) as f:
                    name = f.read().strip()
            except OSError:
                continue
            pss = pss_kb(pid)
            if pss is not None:
                pss_other.setdefault(name, []).append(pss)
    if concurrent != args.n:
        problems.append("%d haven processes ran at once, not %d" % (concurrent, args.n))

    # 2. Rounds: the same key to every session at the same moment.
    last_byte, first_byte = [], []
    wrong_screen = 0
    for index, key in enumerate(keys):
        for s in sessions:
            s.mark = len(s.output)
        sent = clock()
        for s in sessions:
            s.write(key)
        first = {}
        while True:
            pump_all(sessions, 0.005, sampler)
            for s in sessions:
                if s not in first and len(s.output) > s.mark:
                    first[s] = s.last_output - sent
            if len(first) == len(sessions) or clock() - sent > 10:
                break
        late = settle(sessions, sent, quiet, sent + 10, sampler)
        if late:
            problems.append("key %r: %d sessions never settled" % (key, len(late)))
        for s in sessions:
            if s in first:
                first_byte.append(first[s])
                last_byte.append(s.last_output - sent)
            want = expected.get((key, index))
            if want and want not in s.output[s.mark:]:
                wrong_screen += 1
    if wrong_screen:
        problems.append("%d screens lacked the expected page title" % wrong_screen)
    sampler.sample(force=True)
    cpu_ticks = sum(sampler.ticks.values())

    # 3. q quits every session.
    for s in sessions:
        s.write("q")
    statuses = []
    end = clock() + 15
    for s in sessions:
        status = s.wait_exit(max(0.1, end - clock()))
        statuses.append(status)
    bad = [x for x in statuses if x != 0]
    if bad:
        problems.append("%d sessions did not end with status 0: %r" % (len(bad), bad[:10]))
    leftover = haven_processes(args.guide_path)
    gone_by = clock() + 5
    while leftover and clock() < gone_by:
        time.sleep(0.05)
        leftover = haven_processes(args.guide_path)
    if leftover:
        problems.append("haven processes left behind: %r" % leftover)
    wall = clock() - t0
    for s in sessions:
        s.close()
    time.sleep(0.3)     # let the listener reap its last session processes
    server_after = proc_times(args.sshd_pid)
    clients_after = os.times()

    hwm = sorted(sampler.hwm.values())
    logins = sorted(login.values())
    print("sessions:            %d concurrent (%d haven processes at once at most)"
          % (args.n, sampler.max_count))
    print("keys per session:    %s, then q" % " ".join(keys))
    if logins:
        print("login to first screen: median %.0f ms, slowest %.0f ms"
              % (statistics.median(logins) * 1000, logins[-1] * 1000))
    if hwm:
        print("haven VmHWM per session: min %d kB, median %d kB, max %d kB, total %.1f MB"
              % (hwm[0], statistics.median(hwm), hwm[-1], sum(hwm) / 1024))
    if pss_haven:
        print("server memory per session (PSS, all logged in): haven %.0f kB%s"
              % (sum(pss_haven) / len(pss_haven), "".join(
                  ", %s %.0f kB (%d processes)" % (name, sum(v) / max(1, concurrent), len(v))
                  for name, v in sorted(pss_other.items()))))
    print("haven CPU (utime+stime, all sessions): %.2f s (%.1f ms per session); "
          "%.2f s of it to start and draw the first page, %.2f s for the keys"
          % (cpu_ticks / TICK, cpu_ticks / TICK / max(1, args.n) * 1000,
             login_ticks / TICK, (cpu_ticks - login_ticks) / TICK))
    if server_before and server_after:
        server = server_after[1] - server_before[1]
        print("server CPU (sshd + shell + haven, reaped by the listener): %.2f s"
              % (server / TICK))
    print("ssh clients CPU: %.2f s" % (
        (clients_after.children_user - clients_before.children_user)
        + (clients_after.children_system - clients_before.children_system)))
    if last_byte:
        print("key round trip (key sent -> screen quiet, %d keys): median %.1f ms, "
              "p95 %.1f ms, slowest %.1f ms"
              % (len(last_byte), statistics.median(last_byte) * 1000,
                 percentile(last_byte, 95) * 1000, max(last_byte) * 1000))
        print("key to first byte: median %.1f ms, slowest %.1f ms"
              % (statistics.median(first_byte) * 1000, max(first_byte) * 1000))
    print("ended cleanly:       %d of %d (status 0), haven left behind: %d"
          % (statuses.count(0), len(statuses), len(leftover)))
    print("wall time:           %.1f s" % wall)
    for problem in problems:
        print("FAIL: %s" % problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
