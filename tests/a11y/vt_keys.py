#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""vt_keys.py: types keys into a Linux virtual console, as its keyboard would.

    vt_keys.py /dev/ttyN KEY...     KEY: Down, Up, Enter, or text typed as is

Each key's bytes go to the console's input queue with TIOCSTI (root, and a kernel
that allows it: sysctl dev.tty.legacy_tiocsti=1). Used by brltty.sh, which cannot
send keys through a terminal emulator: BRLTTY reads the console itself."""
import fcntl
import os
import sys
import termios

NAMES = {"Down": b"\x1b[B", "Up": b"\x1b[A", "Enter": b"\r"}


def main():
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)
    try:
        for key in sys.argv[2:]:
            for byte in NAMES.get(key, key.encode()):
                fcntl.ioctl(fd, termios.TIOCSTI, bytes([byte]))
    finally:
        os.close(fd)


if __name__ == "__main__":
    main()
