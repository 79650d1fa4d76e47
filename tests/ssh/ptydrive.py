#!/usr/bin/env python3
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

Also a module: load.py uses PtySession and haven_processes.
"""
import argparse
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def set_winsize(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


class PtySession:
    """A command on the slave side of a new pty, in its own session."""

    def __init__(self, argv, rows=24, cols=80, env=None):
        pid, fd = pty.fork()
        if pid == 0:
            try:
                # Set the size before the command starts, so it reads this one.
                set_winsize(0, rows, cols)
                os.execvpe(argv[0], argv, env if env is not None else os.environ)
            except BaseException as error:  # noqa: BLE001 - the child must never return
                os.write(2, ("ptydrive: cannot run %s: %s\n" % (argv[0], error)).encode())
            os._exit(127)
        self.pid = pid
        self.fd = fd
        os.set_blocking(fd, False)
        self.output = bytearray()   # everything read
        self.mark = 0               # where the next expect starts looking
        self.eof = False
        self.status = None
        self.last_output = None     # time.monotonic() of the last byte read

    def fileno(self):
        return self.fd

    def read_ready(self):
        """Reads what is there without waiting; returns the bytes (b'' at EOF)."""
        try:
            data = os.read(self.fd, 65536)
        except BlockingIOError:
            return None
        except OSError:         # EIO: every slave descriptor is closed
            data = b""
        if not data:
            self.eof = True
            return b""
        self.output += data
        self.last_output = time.monotonic()
        return data

    def pump(self, timeout):
        """Waits up to timeout seconds for output and reads it."""
        if self.eof:
            time.sleep(timeout)
            return
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            self.read_ready()

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.fd, data)

    def expect(self, text, timeout):
        needle = text.encode() if isinstance(text, str) else text
        deadline = time.monotonic() + timeout
        while True:
            found = self.output.find(needle, self.mark)
            if found >= 0:
                self.mark = found + len(needle)
                return True
            if self.eof or time.monotonic() > deadline:
                return False
            self.pump(min(0.05, max(0.0, deadline - time.monotonic())))

    def poll_exit(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def wait_exit(self, timeout):
        deadline = time.monotonic() + timeout
        while self.poll_exit() is None:
            if time.monotonic() > deadline:
                return None
            self.pump(0.02)
        while not self.eof and self.read_ready():
            pass
        return self.status

    def kill(self):
        if self.poll_exit() is None:
            try:
                os.kill(self.pid, 9)
            except ProcessLookupError:
                pass
            self.wait_exit(5)
        try:
            os.close(self.fd)
        except OSError:
            pass

    def tail(self, n=400):
        return bytes(self.output[-n:]).decode("utf-8", "replace")


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


def run_steps(session, steps, guide_path, timeout):
    for step in steps:
        kind, _, arg = step.partition(":")
        if kind == "expect":
            if not session.expect(arg, timeout):
                return "expect %r: not seen" % arg
        elif kind == "send":
            session.send(arg.encode().decode("unicode_escape"))
        elif kind == "winsize":
            rows, cols = (int(x) for x in arg.split("x"))
            set_winsize(session.fd, rows, cols)
        elif kind == "sleep":
            end = time.monotonic() + float(arg)
            while time.monotonic() < end:
                session.pump(end - time.monotonic())
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
                    fd = os.open("/proc/%d/fd/0" % pid, os.O_RDONLY | os.O_NOCTTY)
                    try:
                        packed = fcntl.ioctl(fd, termios.TIOCGWINSZ, b"\0" * 8)
                    finally:
                        os.close(fd)
                except OSError as error:
                    return "ttysize: cannot read haven's terminal: %s" % error
                sizes.add(struct.unpack("HHHH", packed)[:2])
            if sizes != {want}:
                return "ttysize: haven's terminal is %r, not %r" % (sizes, want)
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
    session = PtySession(command, args.rows, args.cols)
    try:
        problem = run_steps(session, args.steps.split("|"), args.guide_path, args.timeout)
    finally:
        if session.poll_exit() is None:
            session.kill()
    if problem:
        print("FAIL: %s" % problem)
        print("last output: %r" % session.tail())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
