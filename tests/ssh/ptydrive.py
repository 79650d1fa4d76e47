#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""ptydrive.py: run a command in a pseudo-terminal of a chosen size (0x0 included,
which tmux cannot make) and drive it through a list of steps. Standard library only.

    ptydrive.py --rows 0 --cols 0 --guide-path DIR \\
        --steps 'expect:TEXT|send:2|winsize:0x0|sleep:0.3|alive|send:x|exit:0|gone' \\
        -- ssh -tt ... user@host

Steps, separated by '|':
  expect:TEXT   wait until the output since the last expect holds TEXT
  send:KEYS     write KEYS (Python escapes allowed: \\r, \\x1b)
  winsize:RxC   set the terminal size (the kernel sends SIGWINCH to the client)
  sleep:S       let S seconds pass, reading output
  alive         a haven process started with --guide DIR runs (not stopped)
  ttysize:RxC   that haven's own terminal (on the server side) is R rows, C columns
  exit:N        wait until the command exits, with status N
  gone          no haven process with --guide DIR is left within 1 s

The terminal is tests/lib/haven_pty.py's Pty. Also a module: load.py uses
haven_processes.
"""
import argparse
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from haven_pty import Pty, get_winsize  # noqa: E402,F401  (load.py imports Pty here too)


def haven_processes(guide_path):
    """{pid: state} of the processes whose arguments end with --guide guide_path."""
    found = {}
    want = [b"--guide", os.fsencode(guide_path)]
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % name, "rb") as f:
                args = f.read().split(b"\0")
            with open("/proc/%s/stat" % name, "rb") as f:
                state = f.read().rsplit(b")", 1)[1].split()[0].decode()
        except OSError:
            continue
        if args and args[-1] == b"":
            args = args[:-1]
        if args[-2:] == want:
            found[int(name)] = state
    return found


def terminal_of(pid):
    """The /dev/pts/N of pid's controlling terminal, from /proc/PID/stat: haven is
    undumpable, so its own user cannot open /proc/PID/fd/0 (only root could)."""
    with open("/proc/%d/stat" % pid, "rb") as f:
        tty_nr = int(f.read().rsplit(b")", 1)[1].split()[4])
    major = (tty_nr >> 8) & 0xfff
    minor = (tty_nr & 0xff) | ((tty_nr >> 12) & 0xfff00)
    if not 136 <= major <= 143:
        raise OSError("pid %d has no pseudo-terminal (tty_nr %d)" % (pid, tty_nr))
    return "/dev/pts/%d" % ((major - 136) * 256 + minor)


def run_steps(session, steps, guide_path, timeout):
    for step in steps:
        kind, _, arg = step.partition(":")
        if kind == "expect":
            if not session.expect(arg, timeout):
                return "expect %r: not seen" % arg
        elif kind == "send":
            session.write(arg.encode().decode("unicode_escape"))
        elif kind == "winsize":
            rows, cols = (int(x) for x in arg.split("x"))
            session.resize(rows, cols)
        elif kind == "sleep":
            session.pass_time(float(arg))
        elif kind == "alive":
            procs = haven_processes(guide_path)
            if not procs:
                return "alive: no haven process"
            if any(state in "TtZ" for state in procs.values()):
                return "alive: haven is stopped or a zombie: %r" % procs
        elif kind == "ttysize":
            want = tuple(int(x) for x in arg.split("x"))
            sizes = set()
            for pid in haven_processes(guide_path):
                try:
                    fd = os.open(terminal_of(pid), os.O_RDONLY | os.O_NOCTTY)
                    try:
                        sizes.add(get_winsize(fd))
                    finally:
                        os.close(fd)
                except OSError as error:
                    return "ttysize: cannot read haven's terminal: %s" % error
            if sizes != {want}:
                return "ttysize: haven's terminal is %r, not %r" % (sizes, want)
        elif kind == "hwm":
            # hwm:KB: every haven's peak memory (VmHWM) is at most KB.
            for pid in haven_processes(guide_path):
                try:
                    with open("/proc/%d/status" % pid) as f:
                        kb = [int(l.split()[1]) for l in f if l.startswith("VmHWM:")][0]
                except (OSError, IndexError):
                    return "hwm: cannot read haven's memory"
                print("haven VmHWM: %d kB" % kb, flush=True)
                if kb > int(arg):
                    return "hwm: haven's VmHWM is %d kB, over %s kB" % (kb, arg)
        elif kind == "exit":
            status = session.wait_exit(timeout)
            if status is None:
                return "exit: the command still runs after %s s" % timeout
            if status != int(arg):
                return "exit: status %s, not %s" % (status, arg)
        elif kind == "gone":
            end = time.monotonic() + 1.0
            while haven_processes(guide_path):
                if time.monotonic() > end:
                    return "gone: haven still runs: %r" % haven_processes(guide_path)
                time.sleep(0.01)
        else:
            return "unknown step %r" % step
        print("step ok: %s" % step, flush=True)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--steps", required=True)
    parser.add_argument("--guide-path", required=True)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command")
    session = Pty(command, rows=args.rows, cols=args.cols)
    try:
        problem = run_steps(session, args.steps.split("|"), args.guide_path, args.timeout)
    finally:
        session.close()
    if problem:
        print("FAIL: %s" % problem)
        print("last output: %r" % session.tail())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
