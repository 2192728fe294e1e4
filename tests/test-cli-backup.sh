#!/bin/sh
# test-cli-backup.sh — daicho-cli backup, backup list, restore from the outside
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli-backup.sh PATH/TO/daicho-cli
# Prints TAP. Works in a temporary folder of its own and removes it.

set -u

. "$(dirname "$0")/tap-lib.sh"
tap_begin "$@"

run () {
  "$CLI" "$@" >"$OUT" 2>"$ERR"
  status=$?
}

mode_of () {  # GNU stat, else BSD stat
  stat -c %a "$1" 2>/dev/null || stat -f %Lp "$1" 2>/dev/null
}

FOLDER="$DB.backups"

n_places () {  # n_places DB
  "$CLI" --db "$1" place list --format csv | tail -n +2 | grep -c .
}

expect 0 "demo data" --db "$DB" demo
DAICHO_OPERATOR=100001
export DAICHO_OPERATOR
places=$(n_places "$DB")

# --- backup into the folder ----------------------------------------------

expect 0 "backup with no file exits 0" --db "$DB" backup
check "it says where the backup went" contains "$OUT" "$FOLDER/daicho-"
check "the folder is private (0700)" test "$(mode_of "$FOLDER")" = 700
made=$(ls "$FOLDER")
check "one backup, named for its time and kind" \
  sh -c "echo '$made' | grep -Eq '^daicho-[0-9]{8}-[0-9]{6}-manual\.sqlite3$'"
check "the backup is private (0600)" test "$(mode_of "$FOLDER/$made")" = 600
check "no temporary file is left" test -z "$(ls "$FOLDER" | grep partial)"
expect 0 "the backup passes the check" --db "$FOLDER/$made" check

expect 0 "backup --output FILE exits 0" --db "$DB" backup --output "$TMP/copy.sqlite3"
check "the file is written" test -f "$TMP/copy.sqlite3"
expect 0 "backup FILE (the older form) still works" --db "$DB" backup "$TMP/copy2.sqlite3"
check "that file is written too" test -f "$TMP/copy2.sqlite3"
expect 2 "two files is a usage error" --db "$DB" backup "$TMP/a" "$TMP/b"

# --- backup list ---------------------------------------------------------

expect 0 "backup list exits 0" --db "$DB" backup list
check "the list names the backup" contains "$OUT" "$made"
check "the list says it was made by hand" contains "$OUT" "Made by hand"
expect 0 "backup list --format csv exits 0" --db "$DB" backup list --format csv
check "the CSV has a header of English keys" \
  sh -c "head -n 1 '$OUT' | grep -q '^made_at,kind,size,staff,designations,ledger_entries'"
staff=$("$CLI" --db "$DB" staff list --all --format csv | tail -n +2 | grep -c .)
check "the CSV says how many staff the backup holds" \
  sh -c "tail -n 1 '$OUT' | cut -d, -f4 | grep -qx '$staff'"
expect 0 "backup list of a database without backups" --db "$TMP/none.sqlite3" backup list
check "it says there are none" contains "$OUT" "no backups"
check "listing creates no database" test ! -e "$TMP/none.sqlite3"

# --- restore -------------------------------------------------------------

expect 0 "a place added after the backup" --db "$DB" place add --office 131 --name 後から足した書庫
check "the database has one more place" test "$(n_places "$DB")" -eq $((places + 1))

expect 0 "restore by the name backup list shows" --db "$DB" restore "$made"
check "it says the replaced data was kept" contains "$OUT" "before-restore.sqlite3"
check "the place added later is gone" test "$(n_places "$DB")" -eq "$places"
expect 0 "the restored database passes the check" --db "$DB" check
kept=$(ls "$FOLDER" | grep before-restore)
check "the replaced data is kept in the folder" test -n "$kept"
check "the kept copy holds the later place" test "$(n_places "$FOLDER/$kept")" -eq $((places + 1))

# --- refusals ------------------------------------------------------------

cp "$DB" "$TMP/before.sqlite3"
n_backups=$(ls "$FOLDER" | grep -c .)

cp "$TMP/copy.sqlite3" "$TMP/damaged.sqlite3"
# Overwrite 12 KiB in the middle of the file.
dd if=/dev/zero of="$TMP/damaged.sqlite3" bs=4096 seek=40 count=3 conv=notrunc 2>/dev/null
expect 1 "a damaged backup is refused" --db "$DB" restore "$TMP/damaged.sqlite3"
check "the refusal says it is damaged" contains "$ERR" "damaged"
check "the refusal says nothing was restored" contains "$ERR" "Nothing was restored"

printf 'これはバックアップではありません。\n' >"$TMP/notes.txt"
expect 1 "a text file is refused" --db "$DB" restore "$TMP/notes.txt"
check "the refusal says it is not a database" contains "$ERR" "not a database"

if command -v sqlite3 >/dev/null 2>&1; then
  sqlite3 "$TMP/other.db" "CREATE TABLE foo (x); INSERT INTO foo VALUES (1);"
  expect 1 "another program's database is refused" --db "$DB" restore "$TMP/other.db"
  check "the refusal says it is not a Daicho database" contains "$ERR" "not a Daicho database"
else
  skip "another program's database is refused" "no sqlite3 shell"
  skip "the refusal says it is not a Daicho database" "no sqlite3 shell"
fi

expect 1 "a missing file is refused" --db "$DB" restore "$TMP/missing.sqlite3"
expect 2 "restore without a file is a usage error" --db "$DB" restore
check "the refused restores left the database as it was" \
  test "$(n_places "$DB")" -eq "$places"
check "the refused restores made no backup" test "$(ls "$FOLDER" | grep -c .)" -eq "$n_backups"

# --- a database file that is no database any more -------------------------

head -c 8192 /dev/urandom >"$TMP/broken.sqlite3"
cp "$TMP/broken.sqlite3" "$TMP/broken.orig"
expect 1 "the broken file cannot be used" --db "$TMP/broken.sqlite3" place list
expect 0 "a backup is restored over it" --db "$TMP/broken.sqlite3" restore "$TMP/copy.sqlite3"
check "the broken file is kept as it was" \
  cmp -s "$TMP/broken.orig" "$(ls "$TMP"/broken.sqlite3.backups/*before-restore.sqlite3)"
expect 0 "the restored file passes the check" --db "$TMP/broken.sqlite3" check
check "it holds the backup's places" test "$(n_places "$TMP/broken.sqlite3")" -eq "$places"

tap_end
