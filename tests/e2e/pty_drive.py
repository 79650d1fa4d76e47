#!/usr/bin/env python3
"""pty_drive.py: drive `haven --linear` in a real pseudo-terminal (stdlib only).

    pty_drive.py HAVEN GUIDE visit          walk through pages, check every byte
    pty_drive.py HAVEN GUIDE panic KEY [N]  press KEY (x or esc) without Enter, N times

visit: types digits + Enter and b + Enter, reading after each entry until the
prompt (ending "quick exit: ") comes back; checks that the last line before each read
is the prompt, that at least ten different pages were shown, that not one ESC byte
(0x1b) is written during the whole run, and that q ends it with status 0.

panic: opens two pages, then writes KEY alone; checks that the bytes after the key
are exactly the wipe ESC[H ESC[2J ESC[3J, and that haven exits within 1 s. Prints
the time from writing the key to reading the whole wipe; with N > 1, repeats and
prints the median.

Prints "FAIL: ..." for every failed check; exits 0 if all passed, 1 otherwise.
"""

import errno
import fcntl
import os
import re
import select
import signal
import struct
import sys
import termios
import time

WIPE = b"\033[H\033[2J\033[3J"
PROMPT_END = b"quick exit: "
PROMPT_RE = re.compile(rb"^(Choose 1(-[0-9]+)?, )?b back, \? help, .* quick exit: $")
TIMEOUT = 5.0

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


class Haven:
    """haven in linear mode on the slave side of a new pty, 80x24."""

    def __init__(self, haven, guide):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ)
        env.update({"LANG": "C.UTF-8", "TERM": "xterm-256color"})
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execve(haven, [haven, "--guide", guide, "--linear"], env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.output = b""  # every byte read so far
        self.status = None

    def read_some(self, timeout):
        """Reads what is there within timeout; b"" at end of file."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        try:
            data = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno == errno.EIO:  # the slave side is closed: haven has gone
                return b""
            raise
        self.output += data
        return data

    def read_until_prompt(self, what):
        start = len(self.output)
        deadline = time.monotonic() + TIMEOUT
        # A new prompt: bytes came after `start`, and they end with a whole prompt line.
        while not (len(self.output) > start and self.output.endswith(PROMPT_END)
                   and PROMPT_RE.match(last_line(self.output))):
            left = deadline - time.monotonic()
            data = self.read_some(max(left, 0)) if left > 0 else None
            if data is None:
                fail("%s: no prompt within %.0f s; the output ends with %r"
                     % (what, TIMEOUT, self.output[-200:]))
                return None
            if data == b"":
                fail("%s: haven ended before the prompt; the output ends with %r"
                     % (what, self.output[-200:]))
                return None
        return self.output[start:]

    def write(self, data):
        os.write(self.fd, data)

    def wait(self, timeout):
        """Waits for the exit; returns the status, or None if still running."""
        deadline = time.monotonic() + timeout
        while True:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
            if time.monotonic() > deadline:
                return None
            time.sleep(0.002)

    def drain(self, timeout=1.0):
        """Reads to end of file (or timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = self.read_some(deadline - time.monotonic())
            if not data:
                return

    def kill(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.wait(2)
        os.close(self.fd)


def last_line(data):
    return data.replace(b"\r", b"").split(b"\n")[-1]


def visit(haven, guide):
    # Fourteen different pages: digits open choices, b goes back.
    entries = "1 1 b 2 b b 2 1 b 3 b b 3 b 4 1 b 2 b b 5 b 6 b 7 b".split()
    h = Haven(haven, guide)
    try:
        if h.read_until_prompt("start") is None:
            return
        prompts = 1
        for n, entry in enumerate(entries, 1):
            line = last_line(h.output)
            if not PROMPT_RE.match(line):
                fail("before entry %d (%r) the last line is not the prompt: %r"
                     % (n, entry, line))
            h.write(entry.encode() + b"\r")
            chunk = h.read_until_prompt("after entry %d (%r)" % (n, entry))
            if chunk is None:
                return
            prompts += 1
            if not chunk.replace(b"\r", b"").startswith(entry.encode() + b"\n"):
                fail("entry %r was not echoed once, then a new line: %r"
                     % (entry, chunk[:40]))
        line = last_line(h.output)
        if not PROMPT_RE.match(line):
            fail("before q the last line is not the prompt: %r" % line)
        h.write(b"q\r")
        status = h.wait(2)
        h.drain(0.5)
        if status is None:
            fail("haven still runs 2 s after q")
        elif status != 0:
            fail("q: exit status %s, expected 0" % status)
        text = h.output.replace(b"\r", b"")
        pages = set(re.findall(rb"^You are here: .*$", text, re.M))
        if len(pages) < 10:
            fail("only %d different pages were shown, expected at least 10" % len(pages))
        escapes = h.output.count(b"\033")
        if escapes:
            at = h.output.index(b"\033")
            fail("%d ESC byte(s) written in linear mode; the first at byte %d: %r"
                 % (escapes, at, h.output[max(at - 40, 0):at + 20]))
        print("ok: visited %d different pages through %d prompts, %d bytes, %d ESC"
              % (len(pages), prompts, len(h.output), escapes))
    finally:
        h.kill()


def panic(haven, guide, key):
    """One quick exit; returns the latency in ms, or None."""
    h = Haven(haven, guide)
    try:
        if h.read_until_prompt("start") is None:
            return None
        for entry in (b"2", b"1"):
            h.write(entry + b"\r")
            if h.read_until_prompt("after %r" % entry) is None:
                return None
        # Let haven settle in its read() before the key: nothing more may come.
        if h.read_some(0.05):
            fail("output after the prompt, before the key: %r" % h.output[-80:])
        mark = len(h.output)
        before = time.perf_counter()
        h.write(b"\033" if key == "esc" else key.encode())
        latency = None
        deadline = before + 1.0
        while len(h.output) - mark < len(WIPE) and time.perf_counter() < deadline:
            data = h.read_some(deadline - time.perf_counter())
            if not data:
                break
        if len(h.output) - mark >= len(WIPE):
            latency = (time.perf_counter() - before) * 1000
        status = h.wait(max(deadline - time.perf_counter(), 0))
        exited = time.perf_counter() - before
        h.drain(0.3)
        after = h.output[mark:]
        if after != WIPE:
            fail("%s: after the key, expected exactly %r, got %r" % (key, WIPE, after))
        if status is None:
            fail("%s: haven still runs 1 s after the key" % key)
        elif status != 0:
            fail("%s: exit status %s after quick exit, expected 0" % (key, status))
        elif exited > 1.0:
            fail("%s: haven took %.0f ms to exit" % (key, exited * 1000))
        return latency
    finally:
        h.kill()


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    haven, guide, mode = sys.argv[1:4]
    if mode == "visit":
        visit(haven, guide)
    elif mode == "panic":
        key = sys.argv[4]
        runs = int(sys.argv[5]) if len(sys.argv) > 5 else 1
        times = []
        for _ in range(runs):
            latency = panic(haven, guide, key)
            if latency is None:
                break
            times.append(latency)
        if times:
            times.sort()
            median = times[len(times) // 2] if len(times) % 2 else \
                (times[len(times) // 2 - 1] + times[len(times) // 2]) / 2
            print("ok: %s: wipe read %.2f ms after the key (median of %d; min %.2f, max %.2f)"
                  % (key, median, len(times), times[0], times[-1]))
    else:
        print(__doc__)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
