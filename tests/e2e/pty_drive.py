#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""pty_drive.py: drive `haven --linear` in a real pseudo-terminal (stdlib only).

    pty_drive.py HAVEN GUIDE visit          walk through pages, check every byte
    pty_drive.py HAVEN GUIDE pauses         Space, r, b, a number and x at a pause
    pty_drive.py HAVEN GUIDE panic KEY [N]  press KEY (x or esc) without Enter, N times
    pty_drive.py HAVEN GUIDE fallback TERM  haven without --linear on TERM (env
                                            TERMINFO, if set, is passed on)

visit: types digits + Enter and b + Enter, reading after each entry until the
prompt (PROMPT_RE in tests/lib/constants.sh) comes back, pressing Enter at each
pause of a page taller than the 24-row screen; checks that no burst is taller than
the screen, that every page starts with the quick-exit notice, that the last line
before each read is the prompt, that at least ten different pages were shown, that not one ESC byte
(0x1b) is written during the whole run, and that q ends it with status 0.

panic: opens two pages, then writes KEY alone; checks that the bytes after the key
are exactly the wipe ESC[H ESC[2J ESC[3J, and that haven exits within 1 s. Prints
the time from writing the key to reading the whole wipe; with N > 1, repeats and
prints the median.

fallback: haven without --linear, on a terminal that cannot be a screen (TERM
unknown to terminfo, or an entry without cursor addressing): it must read the guide
in linear mode, the start page first, without one ESC byte, and q ends it with 0.

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
tallest_burst = 0


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


class Haven(haven_pty.Pty):
    """haven in linear mode on the slave side of a new pty, 80x24."""

    def __init__(self, haven, guide):
        env = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color")
        super().__init__([haven, "--guide", guide, "--linear"], env=env, rows=24, cols=80)

    def read_until_prompt(self, what):
        """The bytes up to the next prompt, or None (after saying why). A page
        taller than the screen pauses; Enter goes on, and no burst may be taller
        than the 24 rows (the top of a page would scroll away unread)."""
        chunk, tallest = self.wait_page(TIMEOUT)
        global tallest_burst
        tallest_burst = max(tallest_burst, tallest)
        if tallest > 24:
            fail("%s: a burst of %d rows, taller than the 24-row screen" % (what, tallest))
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
            # Every page starts with the quick exit, then its title: the first
            # thing a screen reader says, or a braille display shows.
            first = chunk.replace(b"\r", b"").split(b"\n")[1:3]
            if not first or not first[0].startswith(b"To leave quickly, press x or Escape."):
                fail("after entry %r the page does not start with the quick exit: %r"
                     % (entry, first))
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
        pauses = len(re.findall(rb"^More: Enter", text, re.M))
        if pauses == 0:
            fail("no page paused, yet pages are taller than 24 rows")
        print("ok: visited %d different pages through %d prompts and %d pauses, %d bytes,"
              " %d ESC, the tallest burst %d rows of 24"
              % (len(pages), prompts, pauses, len(h.output), escapes, tallest_burst))
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


def settle(h, mark):
    """Reads until output came after mark and ends with a pause or the prompt."""
    return h.read_until(lambda: len(h.output) > mark and (
        haven_pty.pause_at_end(h.output) or haven_pty.prompt_at_end(h.output)), TIMEOUT)


def wait_pause(h, what, mark):
    """Reads until a pause prompt (not the final prompt); True if one came."""
    ok = settle(h, mark)
    if not ok or not haven_pty.pause_at_end(h.output):
        fail("%s: expected a pause (More: Enter ...), the output ends with %r"
             % (what, bytes(h.output[-120:])))
        return False
    return True


def pauses(haven, guide):
    """At a pause: Space shows the next part, r starts the page again from its top,
    b, a number and 0 are commands as at the prompt, and x leaves at once."""
    h = Haven(haven, guide)
    try:
        if h.read_until_prompt("start") is None:
            return
        mark = len(h.output)
        h.write(b"0\r")                          # Safety: taller than 24 rows
        if not wait_pause(h, "0 (Safety)", mark):
            return
        mark = len(h.output)
        h.write(b" ")
        settle(h, mark)
        part = bytes(h.output[mark:]).replace(b"\r", b"")
        if b"To leave quickly" in part or not part.startswith(b"\n"):
            fail("Space at a pause did not show the next part: %r" % part[:80])
        mark = len(h.output)
        h.write(b"r\r")
        if not wait_pause(h, "r at a pause", mark):
            return
        top = bytes(h.output[mark:]).replace(b"\r", b"").split(b"\n")
        if len(top) < 3 or not top[1].startswith(b"To leave quickly") or \
                top[2] != b"Safety and help now":
            fail("r at a pause did not start the page again from its top: %r" % top[:3])
        for entry, want in ((b"b", b"Ending a restraining order"),
                            (b"4", b"Safety and help now"),
                            (b"0", b"Safety and help now")):
            mark = len(h.output)
            h.write(entry + b"\r")
            settle(h, mark)
            shown = bytes(h.output[mark:]).replace(b"\r", b"").split(b"\n")
            if len(shown) < 3 or shown[2] != want:
                fail("%r at a pause: expected the page %r, got %r" % (entry, want, shown[:3]))
        if not haven_pty.pause_at_end(h.output):
            fail("Safety did not pause again")
            return
        mark = len(h.output)
        h.write(b"x")
        h.wait_exit(1)
        h.drain(0.3)
        if bytes(h.output[mark:]) != WIPE:
            fail("x at a pause: expected the wipe, got %r" % bytes(h.output[mark:]))
        else:
            print("ok: at a pause, Space, r, b, a number, 0 and x each do their job")
    finally:
        h.close()


def fallback(haven, guide, term):
    env = dict(os.environ, LANG="C.UTF-8", TERM=term)
    h = haven_pty.Pty([haven, "--guide", guide], env=env, rows=24, cols=80)
    try:
        chunk, _ = h.wait_page(TIMEOUT)
        if chunk is None:
            fail("TERM=%s: no linear prompt within %.0f s; the output ends with %r"
                 % (term, TIMEOUT, bytes(h.output[-200:])))
            return
        h.write(b"q\r")
        status = h.wait_exit(2)
        h.drain(0.5)
        text = bytes(h.output).replace(b"\r", b"")
        if not text.startswith(b"To leave quickly, press x or Escape."):
            fail("TERM=%s: the output does not start with the quick exit: %r"
                 % (term, text[:80]))
        if b"\nEnding a restraining order" not in text:
            fail("TERM=%s: no start page title in %r" % (term, text[:300]))
        escapes = h.output.count(b"\033")
        if escapes:
            at = h.output.index(b"\033")
            fail("TERM=%s: %d ESC byte(s) written; the first at byte %d: %r"
                 % (term, escapes, at, bytes(h.output[max(at - 40, 0):at + 20])))
        if status != 0:
            fail("TERM=%s: q: exit status %s, expected 0" % (term, status))
        if not failures:
            print("ok: TERM=%s: linear mode, the start page first, %d bytes, no ESC, q ends it"
                  % (term, len(h.output)))
    finally:
        h.close()


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    haven, guide, mode = sys.argv[1:4]
    if mode == "visit":
        visit(haven, guide)
    elif mode == "pauses":
        pauses(haven, guide)
    elif mode == "fallback":
        fallback(haven, guide, sys.argv[4])
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
