#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""say.py: Fenrir's speech "synthesizer" for the tests: it records each utterance.

Fenrir's generic speech driver runs `say.py RATE VOICE TEXT` for every utterance,
and stops it (SIGTERM) when speech is interrupted. Each utterance becomes one JSON
line in $HAVEN_SPEECH_LOG: when it started, when it ended, how ("spoken", or
"cancelled" when Fenrir cut it short) and the text. It takes the time a fast
speaker would (30 words a second, at most 5 s), so an utterance can be interrupted
as a real one would, without the test waiting for real speech."""
import json
import os
import signal
import sys
import time

LOG = os.environ["HAVEN_SPEECH_LOG"]
TEXT = sys.argv[-1]
START = time.time()


def record(how):
    with open(LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps({"start": START, "end": time.time(), "how": how,
                              "text": TEXT}) + "\n")


def cancelled(signum, frame):
    record("cancelled")
    sys.exit(0)


signal.signal(signal.SIGTERM, cancelled)
signal.signal(signal.SIGINT, cancelled)
time.sleep(min(len(TEXT.split()) / 30.0, 5.0))
record("spoken")
