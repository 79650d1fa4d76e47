# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""haven_pty.py: a command in a pseudo-terminal, for haven's tests and benchmark.

Python 3 standard library only. The tests and bench/run import it from this folder:

    sys.dont_write_bytecode = True      # no __pycache__ in the source tree
    sys.path.insert(0, "<top>/tests/lib")
    import haven_pty

    p = haven_pty.Pty([haven, "--guide", guide, "--linear"], rows=24, cols=80)
    p.wait_prompt(5)                    # linear mode's prompt ends the output
    p.write(b"2\\r")
    p.resize(0, 0)                      # the kernel sends SIGWINCH
    p.write(b"x")
    p.wait_exit(1)                      # exit status, -N for signal N, None: runs
    p.close()

(Not named pty.py: on sys.path it would hide the standard library's pty module.)

Constants, for every user of linear mode's output:
  PROMPT_RE           the prompt as a regular expression (text); group
                      PROMPT_COUNT_GROUP holds N of "Choose 1-N"
  PROMPT              PROMPT_RE compiled for bytes, anchored at the end of a line
  GUIDE_WORDS         distinctive words of the guide (none may survive a quick exit)
  BOTTOM_BAR          full screen's bottom line
  WIPE                the bytes of linear mode's quick exit: ESC[H ESC[2J ESC[3J
PROMPT_RE, PROMPT_COUNT_GROUP, GUIDE_WORDS and BOTTOM_BAR are read from
constants.sh beside this file, where the shell tests read them too: each value is
written once in the tree.
"""

import errno
import fcntl
import os
import re
import select
import signal
import struct
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CONSTANTS_SH = os.path.join(HERE, "constants.sh")

# Linear mode's quick exit: cursor home, clear the screen, clear the scrollback.
WIPE = b"\033[H\033[2J\033[3J"

now = time.perf_counter  # every time stamp of a Pty is on this clock


def read_constants(path=CONSTANTS_SH):
    """{NAME: value} of a file of NAME='value' lines (comments and blank lines
    allowed; anything else is an error, so that sh and Python read it the same)."""
    values = {}
    line_re = re.compile(r"^([A-Z_][A-Z0-9_]*)='([^']*)'\s*(#.*)?$")
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = line_re.match(line)
            if not m:
                raise ValueError("%s:%d: not NAME='value': %r" % (path, number, line))
            values[m.group(1)] = m.group(2)
    return values


_constants = read_constants()
PROMPT_RE = _constants["PROMPT_RE"]
PROMPT_COUNT_GROUP = int(_constants["PROMPT_COUNT_GROUP"])
PROMPT = re.compile(PROMPT_RE.encode() + rb"\Z")
PAUSE_RE = _constants["PAUSE_RE"]
PAUSE = re.compile(PAUSE_RE.encode() + rb"\Z")
GUIDE_WORDS = _constants["GUIDE_WORDS"].split()
BOTTOM_BAR = _constants["BOTTOM_BAR"]


def last_line(data):
    """The last line of terminal output (carriage returns dropped)."""
    return bytes(data).replace(b"\r", b"").split(b"\n")[-1]


def prompt_at_end(data):
    """The match of PROMPT when data ends with a whole prompt line, else None."""
    return PROMPT.match(last_line(data))


def pause_at_end(data):
    """The match of PAUSE when data ends with a pause prompt (a page goes on)."""
    return PAUSE.match(last_line(data))


def set_winsize(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def get_winsize(fd):
    """(rows, cols) of the terminal open on fd."""
    return struct.unpack("HHHH", fcntl.ioctl(fd, termios.TIOCGWINSZ, b"\0" * 8))[:2]


class Pty:
    """argv as a session leader whose controlling terminal, stdin, stdout and stderr
    are the slave side of a new pty of rows x cols (set before the command starts,
    so it reads this size). argv[0] is looked up in PATH; env defaults to ours.

    posix_spawn (vfork + exec) rather than fork: a forked Python child costs ~20 ms
    of CPU before exec on a busy machine, which would hide the difference between
    two fast programs (bench/run) and slows down many sessions at once (load.py).

    Every byte read is appended to `output`; `mark` is where the next expect or
    wait_for starts looking. `last_output` is the time (now()) of the last read, and
    on_output(chunk), if a subclass defines it, sees each chunk as it comes."""

    def __init__(self, argv, env=None, rows=24, cols=80):
        master, slave = os.openpty()  # (both close-on-exec)
        try:
            set_winsize(slave, rows, cols)
            # After setsid, opening the slave by name makes it the controlling
            # terminal.
            actions = [(os.POSIX_SPAWN_OPEN, 0, os.ttyname(slave), os.O_RDWR, 0),
                       (os.POSIX_SPAWN_DUP2, 0, 1), (os.POSIX_SPAWN_DUP2, 0, 2)]
            self.t_start = now()
            self.pid = os.posix_spawnp(argv[0], list(argv),
                                       os.environ if env is None else env,
                                       file_actions=actions, setsid=True)
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        os.set_blocking(master, False)  # (read_ready and write never block)
        self.fd = master
        self.poller = select.poll()
        self.poller.register(master, select.POLLIN)
        self.output = bytearray()
        self.mark = 0
        self.eof = False
        self.last_output = None
        self.status = None      # exit status (os.waitstatus_to_exitcode), once reaped
        self.t_exit = None

    def fileno(self):
        return self.fd

    # ---- reading
    def _take(self, chunk):
        self.last_output = now()
        self.output += chunk
        hook = getattr(self, "on_output", None)
        if hook:
            hook(chunk)
        return chunk

    def read(self, timeout):
        """One read within timeout seconds: the bytes, None if nothing came, b"" at
        end of file (every descriptor of the slave side is closed)."""
        if self.eof:
            return b""
        if not self.poller.poll(max(0, int(timeout * 1000 + 0.999))):
            return None
        return self.read_ready()

    def read_ready(self):
        """Reads what is there without waiting: the bytes, None, or b"" at EOF."""
        if self.eof:
            return b""
        try:
            chunk = os.read(self.fd, 65536)
        except BlockingIOError:
            return None
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            chunk = b""
        if not chunk:
            self.eof = True
            return b""
        return self._take(chunk)

    def drain(self, timeout):
        """Reads until end of file, or until timeout seconds have passed."""
        deadline = now() + timeout
        while not self.eof and now() < deadline:
            self.read(deadline - now())

    def pass_time(self, seconds):
        """Lets seconds pass, reading output meanwhile."""
        end = now() + seconds
        while now() < end:
            if self.eof:
                time.sleep(max(0.0, end - now()))
            else:
                self.read(end - now())

    def read_until(self, done, timeout):
        """Reads until done() is true: True, or False at the timeout or at end of
        file (done() is checked once more then)."""
        deadline = now() + timeout
        while not done():
            left = deadline - now()
            if left <= 0 or self.eof:
                return done()
            self.read(left)
        return True

    def expect(self, text, timeout):
        """Waits until the output after `mark` holds text (str or bytes); moves
        `mark` past it. True, or False at the timeout or end of file."""
        needle = text.encode() if isinstance(text, str) else bytes(text)
        found = [-1]

        def done():
            found[0] = self.output.find(needle, self.mark)
            return found[0] >= 0

        if not self.read_until(done, timeout):
            return False
        self.mark = found[0] + len(needle)
        return True

    def wait_for(self, regex, timeout):
        """Waits until the output after `mark` matches regex (bytes, or compiled);
        moves `mark` past the match and returns it, or None."""
        pattern = re.compile(regex) if isinstance(regex, (bytes, str)) else regex
        if isinstance(pattern.pattern, str):
            pattern = re.compile(pattern.pattern.encode(), pattern.flags & ~re.UNICODE)
        match = [None]

        def done():
            match[0] = pattern.search(self.output, self.mark)
            return match[0] is not None

        if not self.read_until(done, timeout):
            return None
        self.mark = match[0].end()
        return match[0]

    def wait_prompt(self, timeout, since=None):
        """Waits until bytes came after offset `since` (default: len(output) now)
        and the output ends with a whole prompt line (PROMPT). Returns the bytes
        after `since`, or None at the timeout or end of file."""
        start = len(self.output) if since is None else since
        ok = self.read_until(
            lambda: len(self.output) > start and prompt_at_end(self.output), timeout)
        return bytes(self.output[start:]) if ok else None

    def wait_page(self, timeout):
        """Like wait_prompt, but presses Enter at each pause of a page taller than
        the terminal, until the prompt. Returns (bytes after the start, the most
        rows one burst scrolled in), or (None, that most). A burst starts with the
        echoed Enter, which leaves the old prompt's row, so its newlines are the
        rows it fills, the new prompt's included: at most the terminal's rows."""
        start = len(self.output)
        tallest = 0
        while True:
            burst = len(self.output)
            ok = self.read_until(
                lambda: len(self.output) > burst and (prompt_at_end(self.output) or
                                                      pause_at_end(self.output)), timeout)
            if not ok:
                return None, tallest
            tallest = max(tallest, bytes(self.output[burst:]).count(b"\n"))
            if prompt_at_end(self.output):
                return bytes(self.output[start:]), tallest
            self.write(b"\r")

    def tail(self, n=400):
        return bytes(self.output[-n:]).decode("utf-8", "replace")

    # ---- writing, the terminal
    def write(self, data):
        """Writes data (str: UTF-8) to the terminal, all of it (reading output
        while the terminal's input is full); returns the time just before."""
        if isinstance(data, str):
            data = data.encode()
        t = now()
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self.fd, view):]
            except BlockingIOError:
                self.read(0.01)
        return t

    def resize(self, rows, cols):
        """A new terminal size; the kernel sends SIGWINCH to the command."""
        set_winsize(self.fd, rows, cols)

    # ---- the process
    def _reaped(self, status):
        self.t_exit = now()
        self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def poll_exit(self):
        """The exit status if the command has ended (reaping it), else None."""
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self._reaped(status)
        return self.status

    def wait_exit(self, timeout=None):
        """Waits for the command to end: its exit status (negative: the signal that
        ended it), or None if it still runs after timeout seconds. Without a
        timeout, blocks in waitpid, so t_exit is exact. Output is read meanwhile
        (a command blocked on a full terminal would never end), and what is left
        once it ended."""
        if self.status is None:
            if timeout is None:
                self._reaped(os.waitpid(self.pid, 0)[1])
            else:
                deadline = now() + timeout
                while self.poll_exit() is None:
                    if now() > deadline:
                        return None
                    if self.eof:
                        time.sleep(0.002)
                    else:
                        self.read(0.002)
        while self.read_ready():
            pass
        return self.status

    def kill(self, sig=signal.SIGKILL):
        if self.status is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def close(self):
        """Kills the command if it still runs, reaps it, closes the terminal."""
        if self.status is None:
            self.kill()
            self.wait_exit(5)
        try:
            os.close(self.fd)
        except OSError:
            pass
