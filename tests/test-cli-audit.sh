#!/bin/sh
# test-cli-audit.sh — the audit log's hash chain against an outsider's edits
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli-audit.sh PATH/TO/daicho-cli PATH/TO/python3
# Makes a demo database, then edits copies of it with Python's sqlite3
# module as someone with the file but without Daicho would (audit-tamper.py),
# and checks that daicho-cli check fails and names the first bad entry.

set -u

. "$(dirname "$0")/tap-lib.sh"
tap_begin "$1"
PYTHON=${2:?usage: $(basename "$0") PATH/TO/daicho-cli PATH/TO/python3}
TAMPER="$(dirname "$0")/audit-tamper.py"

run () {
  "$CLI" "$@" >"$OUT" 2>"$ERR"
  status=$?
}

first_problem_has () {  # first_problem_has TEXT: the first line on stderr holds TEXT
  head -n 1 "$ERR" | grep -F -q -- "$1"
}

# tampered NAME ACTION ARGS…: a copy of the demo database, edited by ACTION.
tampered () {
  name=$1
  shift
  cp "$DB" "$TMP/$name.sqlite3"
  "$PYTHON" "$TAMPER" "$TMP/$name.sqlite3" "$@" >"$TMP/$name.log" 2>&1 ||
    { echo "# audit-tamper.py $*:"; sed 's/^/#   /' "$TMP/$name.log"; } >&2
  echo "$TMP/$name.sqlite3"
}

head_of () {  # head_of DB: the chain head daicho-cli check prints
  "$CLI" --db "$1" check | sed -n 's/^Chain head: //p'
}

expect 0 "demo exits 0" --db "$DB" demo
# Nothing is left in the -wal file: each copy below is the whole database.
expect 0 "check of an untouched database exits 0" --db "$DB" check
check "it says OK" contains "$OUT" "OK:"
HEAD=$(head_of "$DB")
LAST=${HEAD%%:*}
check "it prints the chain head as ENTRY:HASH" \
  sh -c "echo '$HEAD' | grep -E -q '^[0-9]+:[0-9a-f]{64}\$'"
check "the head is the newest entry" test "$LAST" -gt 1000

expect 0 "check --head with that head exits 0" --db "$DB" check --head "$HEAD"
expect 0 "check --head with 16 digits of it exits 0" \
  --db "$DB" check --head "$(echo "$HEAD" | cut -c 1-$((${#LAST} + 17)))"
expect 1 "check --head with a head that is not one is refused" --db "$DB" check --head "12:zz"
check "the refusal says how a head is written" contains "$ERR" "colon"

# --- An audit entry edited ------------------------------------------------

T=$(tampered edit edit-entry 100)
expect 1 "a value changed in audit entry 100 fails the check" --db "$T" check
check "the first problem names entry 100 and its record" \
  first_problem_has "Audit entry #100 (staff #"
check "it says the entry does not match its hash" first_problem_has "does not match its hash"
check "the count of problems is printed" contains "$ERR" "the check found"

# --- A record changed and its audit entry forged --------------------------

T=$(tampered unchained forge-unchained staff 5 name 偽名)
expect 1 "an entry hashed without the chain fails the check" --db "$T" check
check "the first problem names the forged entry, the newest" \
  first_problem_has "Audit entry #$((LAST + 1)) (staff #5"
check "that is the only problem (the record matches its forged entry)" \
  test "$(grep -c . "$ERR")" -eq 2

T=$(tampered random forge-random place 2 name 隠し棚)
expect 1 "an entry with a made-up hash fails the check" --db "$T" check
check "the first problem names the forged entry, the newest" \
  first_problem_has "Audit entry #$((LAST + 1)) (place #2"
check "no safeguard is reported missing (they were put back)" \
  sh -c "! grep -q safeguard '$ERR'"

# --- Entries inserted or removed in the middle ----------------------------

T=$(tampered insert insert-middle 700)
expect 1 "an entry slipped in after entry 700 fails the check" --db "$T" check
check "the first problem names entry 702, the first that no longer matches" \
  first_problem_has "Audit entry #702 ("

T=$(tampered remove remove-middle 700)
expect 1 "entry 700 removed fails the check" --db "$T" check
check "the first problem says entry 700 is missing" first_problem_has "Audit entry #700 is missing"
check "the next one, entry 701, does not match its hash" \
  contains "$ERR" "Audit entry #701 ("

# --- A trigger dropped, a record changed ----------------------------------

T=$(tampered trigger drop-trigger-update staff 3 name X)
expect 1 "a record changed with its audit trigger dropped fails the check" --db "$T" check
check "the missing safeguard is named" contains "$ERR" "staff_audit_update"
check "the record is named" contains "$ERR" "Record staff #3 does not match its audit log"

# --- The newest entries removed -------------------------------------------

T=$(tampered truncate truncate 3)
expect 1 "the last three entries removed fail the check" --db "$T" check
check "the records they recorded no longer match" contains "$ERR" "does not match its audit log"
expect 1 "check --head with the head noted before fails too" --db "$T" check --head "$HEAD"
check "it says the noted entry is missing" \
  contains "$ERR" "Audit entry #$LAST, noted earlier as the head of the chain, is missing"

# --- The chain keeps up with changes made through Daicho ------------------

expect 0 "a change through daicho-cli" \
  --db "$DB" place add --office 131 --name 新書庫 --operator 100001
expect 0 "check after it exits 0" --db "$DB" check
check "the head moved on by one entry" test "$(head_of "$DB" | cut -d: -f1)" -eq $((LAST + 1))
expect 0 "the old head is still in the chain" --db "$DB" check --head "$HEAD"
NEW_HEAD=$(head_of "$DB")

# --- What the chain alone cannot show, and the noted head does ------------

T=$(tampered undo undo-last-insert)
expect 0 "the new storage place undone whole (entry and record) passes the plain check" \
  --db "$T" check
expect 1 "but not check --head with the head noted before" --db "$T" check --head "$NEW_HEAD"
check "it says the noted entry is missing" \
  contains "$ERR" "Audit entry #$((LAST + 1)), noted earlier"

T=$(tampered rechain rewrite-and-rechain staff 4 name 別人)
expect 0 "a rewrite with every later hash recomputed passes the plain check" --db "$T" check
expect 1 "but not check --head with the head noted before" --db "$T" check --head "$HEAD"
check "it says the log was rewritten" contains "$ERR" "no longer has the hash noted earlier"

tap_end
