#!/usr/bin/python3
# contention.py — several processes on one file: ordinary contention shows
# no error; a file that stays locked gives the plain "in use" message and
# loses nothing
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   contention.py WRITER DAICHO_CLI
#
# Two app windows on one PC are two processes writing the same file. Here:
# four processes create and migrate one new file at the same moment; two
# writers save at full speed while a reader lists and another program keeps
# a read transaction open (so checkpoints cannot finish); another program
# holds the write lock for less than the writer waits (it waits, then
# saves) and for longer (it gives up with the message, nothing written,
# and saves once the lock is gone).

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from crashlib import Tap, fail_reasons_of, parse_acks

IN_USE = 'in use by another Daicho window or program'
WRITES_EACH = 60


def run(argv):
    return subprocess.run(argv, capture_output=True, text=True)


def n_entries(db):
    con = sqlite3.connect(db)
    try:
        return con.execute('SELECT count(*) FROM ledger_entry').fetchone()[0]
    finally:
        con.close()


def check_passes(tap, cli, db, name):
    check = run([cli, '--db', db, 'check'])
    tap.check(check.returncode == 0, name, check.stdout + check.stderr)


def fresh_file_opened_by_four(tap, cli, work):
    """Four processes create and migrate the same new file at once."""
    failures = []
    for round_ in range(5):
        db = os.path.join(work, f'new{round_}.sqlite3')
        procs = [subprocess.Popen([cli, '--db', db, 'init'], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
        for p in procs:
            out, err = p.communicate()
            if p.returncode != 0:
                failures.append(f'round {round_}: exit {p.returncode}: {err.strip()}')
        check = run([cli, '--db', db, 'check'])
        if check.returncode != 0:
            failures.append(f'round {round_}: check: {check.stdout}{check.stderr}')
    tap.check(not failures, 'four processes opening one new file at once: no error, '
              'the file is whole (5 rounds)', '\n'.join(failures))


def two_writers_and_readers(tap, writer, cli, db):
    """Two writers at full speed, a reader listing, a long read transaction."""
    before = n_entries(db)
    reader_con = sqlite3.connect(db, isolation_level=None)
    reader_con.execute('BEGIN')
    reader_con.execute('SELECT count(*) FROM audit_log').fetchone()

    started = time.monotonic()
    writers = [subprocess.Popen([writer, db, f'w{i}', str(WRITES_EACH)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for i in (1, 2)]
    list_failures = []
    n_lists = 0
    while any(w.poll() is None for w in writers):
        listing = run([cli, '--db', db, 'ledger', 'list', '--office', '131', '--format', 'csv'])
        n_lists += 1
        if listing.returncode != 0:
            list_failures.append(listing.stderr.strip())
    acked = {}
    errors = []
    for w in writers:
        out, err = w.communicate()
        parse_acks(out, acked)
        if w.returncode != 0 or err:
            errors.append(f'exit {w.returncode}: {err.strip()}')
    elapsed = time.monotonic() - started
    reader_con.execute('COMMIT')
    reader_con.close()

    saves = sum(p['actions'] for p in acked.values())
    tap.check(not errors, f'two writers at once: {saves} saves, no error reached the user',
              '\n'.join(errors))
    tap.check(not list_failures, f'{n_lists} listings while they wrote: no error',
              '\n'.join(list_failures))
    problems = fail_reasons_of(db, acked)
    tap.check(not problems and len(acked) == 2 * WRITES_EACH
              and n_entries(db) == before + 2 * WRITES_EACH,
              f'all {len(acked)} entries of both writers are there, whole',
              '\n'.join(problems))
    tap.comment(f'two writers: {saves} saves in {elapsed:.2f} s, {n_lists} listings alongside')
    check_passes(tap, cli, db, 'the file passes daicho-cli check after the two writers')


def lock_held(db, seconds, argv):
    """Holds the write lock for @seconds while @argv runs; returns its result
    and how long it took."""
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute('BEGIN IMMEDIATE')
    started = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(seconds)
    holder.execute('COMMIT')
    holder.close()
    out, err = proc.communicate()
    return proc.returncode, out, err, time.monotonic() - started


def short_lock_waits(tap, writer, db):
    before = n_entries(db)
    code, out, err, took = lock_held(db, 0.7, [writer, db, 'short', '1', '3000'])
    tap.check(code == 0 and not err and n_entries(db) > before,
              f'a lock held 0.7 s (the writer waits up to 3 s): it waited and saved, '
              f'{took:.2f} s', err)


def long_lock_refuses(tap, writer, cli, db):
    before = n_entries(db)
    code, out, err, took = lock_held(db, 2.0, [writer, db, 'long', '1', '500'])
    tap.check(code == 1 and IN_USE in err and out == '',
              f'a lock held 2 s (the writer waits 0.5 s): refused with the message', err)
    tap.comment(err.strip())
    tap.check(n_entries(db) == before, 'nothing was written by the refused save')
    check_passes(tap, cli, db, 'the file passes daicho-cli check after the refusal')
    again = run([writer, db, 'again', '1', '500'])
    acked = {}
    parse_acks(again.stdout, acked)
    tap.check(again.returncode == 0 and len(acked) == 1 and not fail_reasons_of(db, acked),
              'once the lock is gone the same save goes through', again.stderr)


def main():
    writer, cli = sys.argv[1], sys.argv[2]
    tap = Tap(11)
    work = tempfile.mkdtemp(prefix='daicho-contention-')
    db = os.path.join(work, 'daicho.sqlite3')
    try:
        fresh_file_opened_by_four(tap, cli, work)
        demo = run([cli, '--db', db, 'demo'])
        if not tap.check(demo.returncode == 0, 'the demo database is made', demo.stderr):
            return 1
        two_writers_and_readers(tap, writer, cli, db)
        short_lock_waits(tap, writer, db)
        long_lock_refuses(tap, writer, cli, db)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
