#!/bin/sh
# test-cli-faults.sh — daicho-cli on bad files: damaged, read-only, a full disk
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli-faults.sh PATH/TO/daicho-cli
# Prints TAP. Each bad file must give exit 1 (not a crash) and a message
# that says what is wrong, and leave the file as it was (or, on a full
# disk, keep every save that succeeded and nothing of the one that failed).
# Root writes any file whatever its mode, so as root the permission checks
# run as nobody (setpriv), and the full disk is a small tmpfs mounted in a
# mount namespace of its own (unshare); without those tools they are skipped.

set -u

. "$(dirname "$0")/tap-lib.sh"
tap_begin "$@"

run () {
  "$CLI" "$@" >"$OUT" 2>"$ERR"
  status=$?
}

no_critical () {
  ! grep -q -e CRITICAL -e WARNING "$ERR"
}

# overwrite FILE OFFSET LENGTH: LENGTH bytes at OFFSET become a pattern.
overwrite () {
  head -c "$3" /dev/zero | tr '\0' '\245' |
    dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

expect 0 "demo exits 0" --db "$DB" demo

# --- Damaged files ---------------------------------------------------------

cp "$DB" "$TMP/header.sqlite3"
overwrite "$TMP/header.sqlite3" 0 100
cp "$TMP/header.sqlite3" "$TMP/header.orig"
expect 1 "a file with its header overwritten is refused with exit 1" \
  --db "$TMP/header.sqlite3" office list
check "the message says the file is damaged" contains "$ERR" "is damaged"
check "the message says how to restore a backup" contains "$ERR" "daicho-cli restore FILE"
check "no critical or warning is logged" no_critical
check "the damaged file is left untouched" cmp -s "$TMP/header.sqlite3" "$TMP/header.orig"

if command -v sqlite3 >/dev/null 2>&1; then
  cp "$DB" "$TMP/middle.sqlite3"
  ROOT=$(sqlite3 "$TMP/middle.sqlite3" \
    "SELECT rootpage FROM sqlite_schema WHERE name = 'ledger_entry'")
  PAGE=$(sqlite3 "$TMP/middle.sqlite3" "PRAGMA page_size")
  overwrite "$TMP/middle.sqlite3" $(((ROOT - 1) * PAGE)) "$PAGE"
  expect 0 "a file damaged in the middle still lists its offices" \
    --db "$TMP/middle.sqlite3" office list
  expect 1 "listing its damaged ledger exits 1" --db "$TMP/middle.sqlite3" ledger list
  check "the message says the file is damaged" contains "$ERR" "is damaged"
  check "no critical or warning is logged" no_critical
  expect 1 "voiding an entry in the damaged ledger exits 1" \
    --db "$TMP/middle.sqlite3" --operator 100012 ledger void 1 --reason 二重登録
  check "the message says the file is damaged and nothing was saved" \
    contains "$ERR" "is damaged. Nothing was saved."
  expect 1 "check finds the damage and exits 1" --db "$TMP/middle.sqlite3" check
  check "check says the file is damaged" grep -q -e "damaged" -e "ntegrity" "$OUT" "$ERR"
else
  skip "a file damaged in the middle" "no sqlite3 shell to find the ledger's page"
fi

# --- Read-only file and folder ----------------------------------------------

# as_user CMD…: CMD as a user whom file modes bind (nobody when root).
as_user () {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    "$@"
  fi
}

# give PATH: PATH belongs to the user of as_user.
give () {
  if [ "$(id -u)" -eq 0 ]; then chown 65534:65534 "$1"; fi
}

if [ "$(id -u)" -ne 0 ] || command -v setpriv >/dev/null 2>&1; then
  chmod 755 "$TMP"

  mkdir "$TMP/rofile"
  cp "$DB" "$TMP/rofile/daicho.sqlite3"
  chmod 444 "$TMP/rofile/daicho.sqlite3"
  give "$TMP/rofile"
  cp "$TMP/rofile/daicho.sqlite3" "$TMP/rofile.orig"
  as_user "$CLI" --db "$TMP/rofile/daicho.sqlite3" office list >"$OUT" 2>"$ERR"
  status=$?
  check "a read-only file is refused with exit 1" test "$status" -eq 1
  check "the message says the file is read-only" contains "$ERR" "is read-only"
  check "the read-only file is left untouched" \
    cmp -s "$TMP/rofile/daicho.sqlite3" "$TMP/rofile.orig"

  mkdir "$TMP/rofolder"
  cp "$DB" "$TMP/rofolder/daicho.sqlite3"
  give "$TMP/rofolder/daicho.sqlite3"
  chmod 555 "$TMP/rofolder"
  as_user "$CLI" --db "$TMP/rofolder/daicho.sqlite3" --operator 100012 \
    place add --office 131 --name 書庫Z >"$OUT" 2>"$ERR"
  status=$?
  chmod 755 "$TMP/rofolder"
  check "a file in a read-only folder is refused with exit 1" test "$status" -eq 1
  check "the message names the folder and its -wal and -shm files" \
    contains "$ERR" "folder of the database file"
  check "nothing was saved in it" cmp -s "$TMP/rofolder/daicho.sqlite3" "$DB"
else
  skip "read-only file and folder" "running as root without setpriv"
fi

# --- A full disk -------------------------------------------------------------

# In a mount namespace of its own: a 448 kB tmpfs, a new database copied on
# it (about 320 kB), and offices added until the disk is full; then check
# and a listing.
cat >"$TMP/full.sh" <<'EOF'
cli=$1 dir=$2
mount -t tmpfs -o size=448k tmpfs "$dir/mnt" || exit 77
db=$dir/mnt/daicho.sqlite3
cp "$dir/new.sqlite3" "$db" || exit 1
long=ああああああああああああああああああああああああああああああああああああああああ
saved=0
while [ $saved -lt 800 ]; do
  "$cli" --db "$db" office add --code $((100 + saved)) --name "試験課$saved$long" --kind other \
    >/dev/null 2>"$dir/full.err" || break
  saved=$((saved + 1))
done
echo $saved >"$dir/full.saved"
"$cli" --db "$db" check >"$dir/full.check" 2>&1
echo $? >"$dir/full.check-status"
"$cli" --db "$db" office list --all --format csv >"$dir/full.list"
EOF
mkdir "$TMP/mnt"
"$CLI" --db "$TMP/new.sqlite3" init >/dev/null
if [ "$(id -u)" -eq 0 ]; then unshare_args=--mount; else unshare_args="--map-root-user --mount"; fi
# shellcheck disable=SC2086 # two options when not root
if command -v unshare >/dev/null 2>&1 && unshare $unshare_args true 2>/dev/null; then
  # shellcheck disable=SC2086
  unshare $unshare_args sh "$TMP/full.sh" "$CLI" "$TMP"
  full_status=$?
  if [ "$full_status" -eq 77 ]; then
    skip "a full disk" "cannot mount a tmpfs here"
  else
    cp "$TMP/full.err" "$ERR"
    : >"$OUT"
    echo "# $(cat "$TMP/full.saved") offices saved before the disk was full"
    check "offices were added until the disk was full" test "$(cat "$TMP/full.saved")" -gt 0
    check "the save that did not fit says the disk is full" contains "$ERR" "The disk is full"
    check "and that nothing was saved" contains "$ERR" "Nothing was saved"
    cp "$TMP/full.check" "$OUT"
    check "the full disk's database passes check" test "$(cat "$TMP/full.check-status")" -eq 0
    check "it holds every office that was saved, and no more" \
      test "$(rows "$TMP/full.list")" -eq "$(cat "$TMP/full.saved")"
  fi
else
  skip "a full disk" "no unshare to mount a small tmpfs"
fi

tap_end
