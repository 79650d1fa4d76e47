#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""gen_guide.py: writes a large generated guide, for the tests and bench/run that check
haven's limits and costs stay linear in a guide's size.

    gen_guide.py qchain N DIR [FILES]   N question pages, each answer leading on
    gen_guide.py cchain N DIR [FILES]   N pages, each the only choice of the one before
    gen_guide.py flat N DIR [FILES]     N pages, 99 under the start page, in FILES files

Every generated guide is otherwise valid, so a problem the checker reports comes from
its size alone."""
import os
import sys

HEAD = """[guide]
title = Generated guide
lang = en
language_name = English
start = start
about = start
safety = start
disclaimer = General information, not legal advice.

[source.generated]
publisher = haven tests
title = A generated page
address = example.org/generated
seen = 2026-12-01

"""


def page(pid, parent, lines):
    out = ["[page.%s]" % pid, "title = Page %s" % pid]
    if parent:
        out.append("parent = %s" % parent)
    out += lines
    out += ["sources = generated", "reviewed = 2026-11-24", ""]
    return "\n".join(out) + "\n"


def split(pages, files):
    """The pages in FILES files, the [guide] section in the first."""
    per = (len(pages) + files - 1) // files
    return [("part%03d.ini" % f, (HEAD if f == 0 else "") +
             "".join(pages[f * per:(f + 1) * per])) for f in range(files)]


def qchain(n):
    parts = [page("start", None, ["choice1 = q0"])]
    for i in range(n):
        nxt = "q%d" % (i + 1) if i + 1 < n else "end"
        parts.append(page("q%d" % i, "start", [
            "question = Question %d?" % i,
            "answer1 = %s | Yes | yes %d" % (nxt, i),
            "answer2 = end | No | no %d" % i]))
    parts.append(page("end", "start", ["p1 = The end."]))
    return parts


def cchain(n):
    parts = [page("start", None, ["choice1 = c0"])]
    for i in range(n):
        lines = ["p1 = Step %d." % i]
        if i + 1 < n:
            lines.append("choice1 = c%d" % (i + 1))
        parts.append(page("c%d" % i, "start" if i == 0 else "c%d" % (i - 1), lines))
    return parts


def flat(n):
    parts = [page("start", None, ["choice%d = p%d" % (i + 1, i) for i in range(min(n, 99))])]
    for i in range(n):
        parts.append(page("p%d" % i, "start" if i < 99 else "p%d" % (i - 99),
                          ["p1 = Paragraph %d." % i] +
                          (["choice1 = p%d" % (i + 99)] if i + 99 < n else [])))
    return parts


def main():
    kind, n, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    files = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    made = split({"qchain": qchain, "cchain": cchain, "flat": flat}[kind](n), files)
    os.makedirs(folder, exist_ok=True)
    for name, text in made:
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
