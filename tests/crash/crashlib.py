# crashlib.py — what the crash and contention tests share: TAP output, the
# writer's acknowledgements, and checking that each acknowledged save is
# in the database whole
#
# SPDX-License-Identifier: GPL-3.0-or-later

import sqlite3


class Tap:
    """TAP output: a plan, then one line per check."""

    def __init__(self, planned):
        self.planned = planned
        self.n = 0
        self.failed = 0
        print(f'1..{planned}', flush=True)

    def comment(self, text):
        for line in str(text).splitlines() or ['']:
            print(f'# {line}', flush=True)

    def check(self, ok, name, detail=''):
        self.n += 1
        if not ok:
            self.failed += 1
            if detail:
                self.comment(detail)
        print(f'{"ok" if ok else "not ok"} {self.n} - {name}', flush=True)
        return ok

    def skip(self, name, reason):
        self.n += 1
        print(f'ok {self.n} - {name} # SKIP {reason}', flush=True)

    def finish(self):
        return 1 if self.failed or self.n != self.planned else 0


def parse_acks(out, acked):
    """Adds the promises in the writer's stdout @out to @acked (id -> dict).
    A last line without its newline was cut short by the kill and promises
    nothing. A save may land without its acknowledgement (killed in
    between), so 'copies' is the set of values the entry may have. Returns
    the number of complete lines."""
    lines = out.split('\n')
    complete = lines[:-1]
    for line in complete:
        word = line.split()
        entry_id = int(word[1])
        if word[0] == 'add':
            copies = int(word[3])
            acked[entry_id] = {'key': word[2], 'copies': {copies}, 'actions': 1}
            continue
        promise = acked[entry_id]
        promise['actions'] += 1
        if word[0] == 'check':
            promise['checked'] = True
            # The correction that follows may have landed unacknowledged.
            (copies,) = promise['copies']
            promise['copies'] = {copies, copies + 10}
        elif word[0] == 'correct':
            promise['copies'] = {int(word[2])}
            promise['corrected'] = True
        elif word[0] == 'void':
            promise['voided'] = True
        else:
            raise ValueError(f'unknown acknowledgement: {line}')
    return len(complete)


def fail_reasons_of(db, acked):
    """What is missing or wrong in @db about the promises in @acked (empty
    when every acknowledged save is there, whole). Read with SQLite itself,
    not with Daicho's code, in one pass over each table."""
    problems = []
    con = sqlite3.connect(db)
    try:
        entries = {row[0]: row[1:] for row in con.execute(
            'SELECT id, basis_ref, copies, checked_by, voided_at FROM ledger_entry')}
        corrections = {row[0]: row[1] for row in con.execute(
            "SELECT entry_id || ':' || new_value, count(*) FROM ledger_correction "
            "WHERE field = 'copies' GROUP BY entry_id, new_value")}
        audits = {row[0]: row[1] for row in con.execute(
            "SELECT row_id, count(*) FROM audit_log WHERE table_name = 'ledger_entry' "
            "GROUP BY row_id")}
    finally:
        con.close()

    for entry_id, p in sorted(acked.items()):
        if entry_id not in entries:
            problems.append(f'entry {entry_id} ({p["key"]}) is missing')
            continue
        basis_ref, copies, checked_by, voided_at = entries[entry_id]
        if basis_ref != p['key']:
            problems.append(f'entry {entry_id} is {basis_ref}, not {p["key"]}')
        if copies not in p['copies']:
            problems.append(f'entry {entry_id} has {copies} copies, not {p["copies"]}')
        if p.get('checked') and checked_by is None:
            problems.append(f'entry {entry_id} lost its check')
        if p.get('voided') and voided_at is None:
            problems.append(f'entry {entry_id} lost its voiding')
        n = corrections.get(f'{entry_id}:{copies}', 0)
        if p.get('corrected') and n != 1:
            problems.append(f'entry {entry_id} has {n} correction rows for its copies')
        n_audit = audits.get(entry_id, 0)
        if n_audit < p['actions']:
            problems.append(f'entry {entry_id} has {n_audit} audit rows for '
                            f'{p["actions"]} acknowledged saves')
    return problems
