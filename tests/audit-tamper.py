#!/usr/bin/python3
# audit-tamper.py — edits a Daicho database as an outsider would, with
# Python's sqlite3 module: no Daicho code, only the file and, where the
# outsider is careful, the documented hash recipe.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: audit-tamper.py DB ACTION [ARGS…]; prints what it did on stdout.
# A careful outsider puts back every trigger they dropped, so that only the
# hash chain (and the records-against-log check) can tell.

import hashlib
import json
import os
import sqlite3
import struct
import sys

ENTRY = "id, table_name, row_id, action, operator_id, os_user, at_utc, old_json, new_json"


def entry_hash(prev, row):
    """The chain hash of one entry, written from the recipe in
    src/core/daicho-audit-chain.c, not from its code."""
    h = hashlib.sha256(b"daicho-audit-chain-1\0")
    for v in (prev,) + tuple(row):
        if v is None:
            h.update(b"N")
        elif isinstance(v, int):
            h.update(b"I" + struct.pack(">q", v))
        elif isinstance(v, float):
            h.update(b"R" + struct.pack(">d", v))
        elif isinstance(v, str):
            b = v.encode()
            h.update(b"T" + struct.pack(">Q", len(b)) + b)
        else:
            h.update(b"B" + struct.pack(">Q", len(v)) + bytes(v))
    return h.digest()


class Outsider:
    def __init__(self, path):
        self.db = sqlite3.connect(path, isolation_level=None)
        self.dropped = []

    def drop(self, *names):
        for name in names:
            (sql,) = self.db.execute(
                "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
                (name,)).fetchone()
            self.dropped.append(sql)
            self.db.execute(f'DROP TRIGGER "{name}"')

    def put_back(self):
        for sql in self.dropped:
            self.db.execute(sql)
        self.dropped = []

    def last_id(self):
        return self.db.execute("SELECT max(id) FROM audit_log").fetchone()[0]

    def hash_of(self, entry_id):
        row = self.db.execute("SELECT hash FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
        return row[0] if row else None

    def rechain(self, start):
        """Recomputes, correctly, the hash of every entry from @start on."""
        prev = self.hash_of(start - 1) if start > 1 else None
        rows = self.db.execute(f"SELECT {ENTRY} FROM audit_log WHERE id >= ? ORDER BY id",
                               (start,)).fetchall()
        for row in rows:
            prev = entry_hash(prev, row)
            self.db.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (prev, row[0]))


def edit_entry(o, entry_id):
    """Changes one value in an audit entry's new values."""
    (new_json,) = o.db.execute("SELECT new_json FROM audit_log WHERE id = ?",
                               (int(entry_id),)).fetchone()
    values = json.loads(new_json)
    key = next(k for k, v in values.items() if isinstance(v, (str, int)) and v != "")
    o.drop("audit_log_no_update")
    o.db.execute("UPDATE audit_log SET new_json = json_set(new_json, ?, ?) WHERE id = ?",
                 ("$." + key, str(values[key]) + "X", int(entry_id)))
    o.put_back()
    print(f"changed {key} in entry #{entry_id}")


def forge_unchained(o, table, row_id, column, value):
    """Changes a record through the triggers, with stand-ins for Daicho's
    SQL functions: the entry is hashed without the chain."""
    o.db.create_function("daicho_operator", 0, lambda: None)
    o.db.create_function("daicho_os_user", 0, lambda: "outsider")
    o.db.create_function(
        "daicho_audit_hash", 10,
        lambda prev, *row: hashlib.sha256(repr(row).encode()).digest())
    o.db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, int(row_id)))
    print(f"changed {table} #{row_id}; entry #{o.last_id()} hashed without the chain")


def forge_random(o, table, row_id, column, value):
    """Changes a record behind the triggers' back and writes the audit entry
    by hand, matching the record, with a made-up hash."""
    o.drop(f"{table}_audit_update", "audit_log_chain")
    (old_json,) = o.db.execute(
        "SELECT new_json FROM audit_log WHERE table_name = ? AND row_id = ? "
        "ORDER BY id DESC LIMIT 1", (table, int(row_id))).fetchone()
    o.db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, int(row_id)))
    o.db.execute(
        "INSERT INTO audit_log (table_name, row_id, action, operator_id, os_user, at_utc, "
        "                       old_json, new_json, hash) "
        "VALUES (?, ?, 'update', NULL, 'outsider', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "        ?, json_set(?, ?, ?), ?)",
        (table, int(row_id), old_json, old_json, "$." + column, value, os.urandom(32)))
    o.put_back()
    print(f"changed {table} #{row_id}; forged entry #{o.last_id()}")


def insert_middle(o, after):
    """Moves every entry after @after up by one and slips a made-up entry
    into the gap, hashed correctly after its predecessor."""
    after = int(after)
    o.drop("audit_log_no_update", "audit_log_sealed", "audit_log_chain")
    o.db.execute("UPDATE audit_log SET id = -id WHERE id > ?", (after,))
    o.db.execute("UPDATE audit_log SET id = 1 - id WHERE id < 0")
    row = (after + 1, "staff", 1, "update", None, "outsider", "2025-04-01T00:00:00.000Z",
           None, None)
    o.db.execute(f"INSERT INTO audit_log ({ENTRY}, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 row + (entry_hash(o.hash_of(after), row),))
    o.put_back()
    print(f"inserted entry #{after + 1}")


def remove_middle(o, entry_id):
    o.drop("audit_log_no_delete")
    o.db.execute("DELETE FROM audit_log WHERE id = ?", (int(entry_id),))
    o.put_back()
    print(f"removed entry #{entry_id}")


def drop_trigger_update(o, table, row_id, column, value):
    """Drops the audit trigger and changes a record: leaves the trigger out."""
    o.db.execute(f'DROP TRIGGER "{table}_audit_update"')
    o.db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, int(row_id)))
    print(f"dropped {table}_audit_update, changed {table} #{row_id}")


def truncate(o, count):
    """Removes the newest @count entries, leaving the records."""
    o.drop("audit_log_no_delete")
    o.db.execute("DELETE FROM audit_log WHERE id > ?", (o.last_id() - int(count),))
    o.put_back()
    print(f"removed the last {count} entries")


def undo_last_insert(o):
    """Removes the newest entry, an insert, and the record it made: the file
    looks as it did before that change."""
    entry_id, table, row_id = o.db.execute(
        "SELECT id, table_name, row_id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    o.drop("audit_log_no_delete", f"{table}_no_delete")
    o.db.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
    o.db.execute("DELETE FROM audit_log WHERE id = ?", (entry_id,))
    o.put_back()
    print(f"removed entry #{entry_id} and {table} #{row_id}")


def rewrite_and_rechain(o, table, row_id, column, value):
    """Changes a record and its last audit entry to match, then recomputes
    every hash from that entry on: what the chain alone cannot show."""
    (entry_id,) = o.db.execute(
        "SELECT max(id) FROM audit_log WHERE table_name = ? AND row_id = ?",
        (table, int(row_id))).fetchone()
    o.drop(f"{table}_audit_update", "audit_log_no_update", "audit_log_sealed")
    o.db.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, int(row_id)))
    o.db.execute("UPDATE audit_log SET new_json = json_set(new_json, ?, ?) WHERE id = ?",
                 ("$." + column, value, entry_id))
    o.rechain(entry_id)
    o.put_back()
    print(f"rewrote entry #{entry_id} and rechained from it")


ACTIONS = {
    "edit-entry": edit_entry,
    "forge-unchained": forge_unchained,
    "forge-random": forge_random,
    "insert-middle": insert_middle,
    "remove-middle": remove_middle,
    "drop-trigger-update": drop_trigger_update,
    "truncate": truncate,
    "undo-last-insert": undo_last_insert,
    "rewrite-and-rechain": rewrite_and_rechain,
}

if __name__ == "__main__":
    outsider = Outsider(sys.argv[1])
    ACTIONS[sys.argv[2]](outsider, *sys.argv[3:])
