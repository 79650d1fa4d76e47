#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""every_page.py: print the entries that open every page of a guide through its choices.

    every_page.py HAVEN GUIDE > golden/every-page.in

Used by `HAVEN_REGENERATE=1 tests/e2e/linear.sh` (stdlib only). It runs one
`haven --linear --width 0` from a pipe and explores the guide breadth first: it goes
to each page (g, then the numbers of its path) and opens each of its choices in turn
(a number that ticks a checklist item opens nothing; it is sent again to untick it).
A page is known by its text and the texts of the pages its choices open, since two
pages can read the same. Then it prints a walk over the tree it found: for each page,
in the order first met, its number, its own walk, then b; and q at the end. One entry
a line.
"""

import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import haven_pty  # noqa: E402

# (linear mode from a pipe, as text: the prompt of tests/lib/constants.sh)
PROMPT = re.compile(haven_pty.PROMPT_RE + r"\Z")
COUNT = haven_pty.PROMPT_COUNT_GROUP
HERE = "You are here: "


class Linear:
    def __init__(self, haven, guide):
        env = dict(os.environ, LANG="C.UTF-8")
        self.p = subprocess.Popen([haven, "--guide", guide, "--linear", "--width", "0"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.buffer = b""

    def read_page(self):
        """Reads up to the next prompt; returns (page, choice count), where page is
        the page's text from its title to its last line, or None if no page was
        printed (a checklist item was ticked)."""
        while True:
            text = self.buffer.decode("utf-8", "replace")
            last = text.split("\n")[-1]
            match = PROMPT.match(last)
            if match:
                break
            data = self.p.stdout.read1(65536)
            if not data:
                sys.exit("every_page.py: haven ended; last output: %r" % text[-300:])
            self.buffer += data
        self.buffer = b""
        lines = text.split("\n")
        page = None
        for i, line in enumerate(lines):
            if line.startswith(HERE) and i > 0:
                page = "\n".join(lines[i - 1:-1])
        if match.group(1) and match.group(1).startswith("Type a state"):
            # The states page: choosing a state changes every page after it, so
            # the walk leaves the list alone (tests/e2e/state.sh chooses states).
            count = 0
        elif match.group(COUNT):
            count = int(match.group(COUNT))
        else:
            count = 1 if match.group(1) else 0
        return page, count

    def send(self, entry):
        self.p.stdin.write(entry.encode() + b"\n")
        self.p.stdin.flush()
        return self.read_page()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    haven = Linear(*sys.argv[1:3])
    start, count = haven.read_page()
    if start is None:
        sys.exit("every_page.py: no start page")

    # Breadth first, so that every page is reached by a short path: go to the page
    # (g, then the numbers of its path) and open each of its choices in turn. A
    # number that opens no page ticked a checklist item: send it again to untick it.
    # Two pages can read the same (the same question asked on two branches), so a
    # page is known by its text and the texts of the pages its choices open.
    def children(path, count):
        found = []
        for number in range(1, count + 1):
            haven.send("g")
            for entry in path:
                haven.send(str(entry))
            child, child_count = haven.send(str(number))
            if child is None:
                haven.send(str(number))
                continue
            found.append((number, child, child_count))
        return found

    known = set()
    tree = {}  # path (tuple) -> [number, ...] of the choices that lead to new pages
    queue = [((), start, count)]
    while queue:
        path, text, count = queue.pop(0)
        kids = children(path, count)
        signature = text + "\0" + "\0".join(child for _, child, _ in kids)
        if signature in known:
            continue
        known.add(signature)
        tree[path] = []
        if path:
            tree[path[:-1]].append(path[-1])
        for number, child, child_count in kids:
            queue.append((path + (number,), child, child_count))

    haven.p.stdin.close()
    haven.p.wait()

    def walk(path):
        for number in tree[path]:
            print(number)
            walk(path + (number,))
            print("b")

    walk(())
    print("q")
    print("every_page.py: %d pages" % len(known), file=sys.stderr)


if __name__ == "__main__":
    main()
