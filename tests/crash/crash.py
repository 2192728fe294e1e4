#!/usr/bin/python3
# crash.py — a committed record survives the writer being killed at any moment
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   crash.py WRITER DAICHO_CLI
#
# Makes a demo database, then again and again starts daicho-crash-writer on
# it and kills it with SIGKILL after a random delay. After each kill:
# `daicho-cli check` must pass, and every record the writer acknowledged
# (printed only after its save returned success) must be there and whole:
# the entry with its key and copies, its audit log row, its check, its
# correction with the correction row, its voiding. TAP output, one test per
# kill. Linux only (SIGKILL).
#
# DAICHO_CRASH_SEED replays a run (the seed is printed first);
# DAICHO_CRASH_KILLS sets the number of kills (default 60).

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

from crashlib import Tap, fail_reasons_of, parse_acks

MAX_DELAY_MS = 150


def main():
    writer, cli = sys.argv[1], sys.argv[2]
    seed = int(os.environ.get('DAICHO_CRASH_SEED') or random.SystemRandom().randrange(1 << 31))
    kills = int(os.environ.get('DAICHO_CRASH_KILLS') or 60)
    rng = random.Random(seed)
    tap = Tap(kills + 2)
    tap.comment(f'seed {seed} (replay with DAICHO_CRASH_SEED={seed})')

    work = tempfile.mkdtemp(prefix='daicho-crash-')
    db = os.path.join(work, 'daicho.sqlite3')
    started = time.monotonic()
    try:
        demo = subprocess.run([cli, '--db', db, 'demo'], capture_output=True, text=True)
        tap.check(demo.returncode == 0, 'the demo database is made', demo.stderr)

        acked = {}       # id -> what was promised about it
        mid_write = 0    # kills that found the writer past its first save
        for k in range(1, kills + 1):
            delay = rng.uniform(0, MAX_DELAY_MS) / 1000
            proc = subprocess.Popen([writer, db, f'k{k}'], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate()
            lines = parse_acks(out, acked)
            if lines:
                mid_write += 1

            problems = []
            if proc.returncode != -signal.SIGKILL:
                problems.append(f'the writer ended by itself ({proc.returncode}): {err.strip()}')
            check = subprocess.run([cli, '--db', db, 'check'], capture_output=True, text=True)
            if check.returncode != 0:
                problems.append('daicho-cli check failed: ' + (check.stdout + check.stderr))
            problems += fail_reasons_of(db, acked)
            tap.check(not problems,
                      f'kill {k} after {delay * 1000:.0f} ms ({lines} saves acknowledged): '
                      f'check passes, all {len(acked)} acknowledged records whole',
                      '\n'.join(problems))
            if problems:
                tap.comment(f'keeping {work} to look at')
                work = None
                break

        tap.check(mid_write >= kills // 4,
                  f'{mid_write} of {kills} kills came after a save had been acknowledged')
        tap.comment(f'{kills} kills, {len(acked)} records acknowledged, '
                    f'{time.monotonic() - started:.1f} s')
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)
    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
