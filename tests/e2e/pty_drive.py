#!/usr/bin/env python3
"""pty_drive.py: drive `haven --linear` in a real pseudo-terminal (stdlib only).

    pty_drive.py HAVEN GUIDE visit          walk through pages, check every byte
    pty_drive.py HAVEN GUIDE panic KEY [N]  press KEY (x or esc) without Enter, N times

visit: types digits + Enter and b + Enter, reading after each entry until the
prompt (PROMPT_RE in tests/lib/constants.sh) comes back; checks that the last line before each read
is the prompt, that at least ten different pages were shown, that not one ESC byte
(0x1b) is written during the whole run, and that q ends it with status 0.

panic: opens two pages, then writes KEY alone; checks that the bytes after the key
are exactly the wipe ESC[H ESC[2J ESC[3J, and that haven exits within 1 s. Prints
the time from writing the key to reading the whole wipe; with N > 1, repeats and
prints the median.

Prints "FAIL: ..." for every failed check; exits 0 if all passed, 1 otherwise.
"""

import os
import re
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import haven_pty  # noqa: E402
from haven_pty import PROMPT, WIPE, last_line  # noqa: E402

TIMEOUT = 5.0

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


class Haven(haven_pty.Pty):
    """haven in linear mode on the slave side of a new pty, 80x24."""

    def __init__(self, haven, guide):
        env = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color")
        super().__init__([haven, "--guide", guide, "--linear"], env=env, rows=24, cols=80)

    def read_until_prompt(self, what):
        """The bytes up to the next prompt, or None (after saying why)."""
        chunk = self.wait_prompt(TIMEOUT)
        if chunk is None:
            if self.eof:
                fail("%s: haven ended before the prompt; the output ends with %r"
                     % (what, bytes(self.output[-200:])))
            else:
                fail("%s: no prompt within %.0f s; the output ends with %r"
                     % (what, TIMEOUT, bytes(self.output[-200:])))
        return chunk


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
            if not PROMPT.match(line):
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
        if not PROMPT.match(line):
            fail("before q the last line is not the prompt: %r" % line)
        h.write(b"q\r")
        status = h.wait_exit(2)
        h.drain(0.5)
        if status is None:
            fail("haven still runs 2 s after q")
        elif status != 0:
            fail("q: exit status %s, expected 0" % status)
        text = bytes(h.output).replace(b"\r", b"")
        pages = set(re.findall(rb"^You are here: .*$", text, re.M))
        if len(pages) < 10:
            fail("only %d different pages were shown, expected at least 10" % len(pages))
        escapes = h.output.count(b"\033")
        if escapes:
            at = h.output.index(b"\033")
            fail("%d ESC byte(s) written in linear mode; the first at byte %d: %r"
                 % (escapes, at, bytes(h.output[max(at - 40, 0):at + 20])))
        print("ok: visited %d different pages through %d prompts, %d bytes, %d ESC"
              % (len(pages), prompts, len(h.output), escapes))
    finally:
        h.close()


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
        if h.read(0.05):
            fail("output after the prompt, before the key: %r" % bytes(h.output[-80:]))
        mark = len(h.output)
        before = time.perf_counter()
        h.write(b"\033" if key == "esc" else key.encode())
        latency = None
        deadline = before + 1.0
        while len(h.output) - mark < len(WIPE) and time.perf_counter() < deadline:
            data = h.read(deadline - time.perf_counter())
            if not data:
                break
        if len(h.output) - mark >= len(WIPE):
            latency = (time.perf_counter() - before) * 1000
        status = h.wait_exit(max(deadline - time.perf_counter(), 0))
        exited = time.perf_counter() - before
        h.drain(0.3)
        after = bytes(h.output[mark:])
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
        h.close()


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
