#!/bin/sh
# test-cli-designation.sh — daicho-cli designation …: exit codes, output, database
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli-designation.sh PATH/TO/daicho-cli
# Prints TAP: one "ok N - …" or "not ok N - …" line per check, the plan last.
# Works on a demo database in a temporary folder of its own and removes it.
# Dates: "today" is the local date (TZ comes from the test environment), as
# for daicho-cli itself.

set -u

. "$(dirname "$0")/tap-lib.sh"
tap_begin "$@"
TODAY=$(date +%Y-%m-%d)

# run ARGS…: runs daicho-cli on $DB, stdout to $OUT, stderr to $ERR, exit code to $status.
run () {
  "$CLI" --db "$DB" "$@" >"$OUT" 2>"$ERR"
  status=$?
}

# Columns of `designation list --format csv`:
# id,employee_no,name,office,scope,start,manager,permission,end,checked_by,state,review
field_of () {  # field_of FILE ID COLUMN: that column of the row with that id
  awk -F, -v id="$2" -v col="$3" '$1 == id { print $col }' "$1"
}

# The id of EMPNO's designation by OFFICE NAME starting on START, from a CSV list.
id_of () {  # id_of FILE EMPNO START
  awk -F, -v emp="$2" -v start="$3" '$2 == emp && $6 == start { print $1 }' "$1" | tail -n 1
}

# state_on ID DATE: the state of designation ID as of DATE.
state_on () {
  "$CLI" --db "$DB" designation list --on "$2" --format csv 2>/dev/null | awk -F, -v id="$1" \
    '$1 == id { print $11 }'
}

# --- The demo ------------------------------------------------------------

expect 0 "demo exits 0" demo

expect 0 "designation list --format csv exits 0" designation list --format csv
check "the CSV header begins id,employee_no,name,office,scope,start" \
  sh -c 'head -n 1 "$1" | grep -q "^id,employee_no,name,office,scope,start"' sh "$OUT"
check "the demo has designations" test "$(rows "$OUT")" -ge 20
n_designations=$(rows "$OUT")
check "the permitted outside designation (情資第12号) is listed" contains "$OUT" "情資第12号"

expect 0 "designation list (table) exits 0" designation list --office 131

expect 0 "designation list --office 131 --on 2000-01-01 --state current exits 0" \
  designation list --office 131 --on 2000-01-01 --state current --format csv
check "nothing was current in 2000: the header alone" test "$(rows "$OUT")" -eq 0
check "the header is still printed" \
  sh -c 'head -n 1 "$1" | grep -q "^id,employee_no,"' sh "$OUT"

expect 1 "designation list of an unknown office fails" designation list --office 999
run designation list --state bogus --format csv
known_bug "designation list --state bogus is a usage error" \
  "cmd_list passes any --state to the store, which silently lists nothing (exit 0)" \
  test "$status" -eq 2
expect 2 "designation list --on with a bad date is a usage error" \
  designation list --on R7.13.1

expect 0 "designation review --format csv exits 0" designation review --format csv
check "the review lists a changed manager" \
  sh -c 'tail -n +2 "$1" | grep -q ",[a-z ]*manager[a-z ]*$"' sh "$OUT"
check "the review lists a missing permission" \
  sh -c 'tail -n +2 "$1" | grep -q ",[a-z ]*permission[a-z ]*$"' sh "$OUT"
check "every reviewed row has a flag" \
  sh -c '! tail -n +2 "$1" | grep -q ",$"' sh "$OUT"
cp "$OUT" "$TMP/review.csv"
pending_id=$(awk -F, '$11 == "pending" { print $1; exit }' "$TMP/review.csv")
manager_id=$(awk -F, '$12 == "manager" { print $1; exit }' "$TMP/review.csv")
check "the review has a pending designation" test -n "$pending_id"
check "the review has one flagged for the manager alone" test -n "$manager_id"

# --- Adding --------------------------------------------------------------

# 100005 works in office 100 (戸籍住民サービス課): outside 131's line.
expect 1 "designation add without an operator is refused" \
  designation add --staff 100005 --office 131 --scope juki --from "$TODAY"
check "the refusal mentions the operator" contains "$ERR" "operator"

expect 1 "designation add of outside staff without permission exits 1" \
  designation add --staff 100005 --office 131 --scope juki --from "$TODAY" --operator 100001
check "the refusal cites 第6条" contains "$ERR" "第6条"

expect 1 "designation add with a permission after the start exits 1" \
  designation add --staff 100005 --office 131 --scope juki --from 2025-04-01 \
  --permission-date "$TODAY" --permission-ref X --operator 100001
check "that refusal cites 第6条 too" contains "$ERR" "第6条"

expect 2 "designation add with an unknown --scope is a usage error" \
  designation add --staff 100005 --office 131 --scope everything --from "$TODAY" \
  --permission-date "$TODAY" --permission-ref X --operator 100001
expect 2 "designation add without --from is a usage error" \
  designation add --staff 100005 --office 131 --scope juki --operator 100001
expect 2 "designation add with a bad --from is a usage error" \
  designation add --staff 100005 --office 131 --scope juki --from R7.13.1 --operator 100001
expect 2 "designation add with --supervised maybe is a usage error" \
  designation add --staff 100005 --office 131 --scope juki --from "$TODAY" \
  --supervised maybe --operator 100001
expect 1 "designation add of an unknown employee exits 1" \
  designation add --staff 999999 --office 131 --scope juki --from "$TODAY" --operator 100001

expect 0 "designation list --format csv exits 0" designation list --format csv
check "the refused additions wrote nothing" test "$(rows "$OUT")" -eq "$n_designations"

expect 0 "designation add with a permission dated today exits 0" \
  designation add --staff 100005 --office 131 --scope juki --from "$TODAY" \
  --permission-date "$TODAY" --permission-ref X --operator 100001
check "the addition is reported" contains "$OUT" "added"
expect 0 "designation list --format csv exits 0" designation list --format csv
check "one more designation" test "$(rows "$OUT")" -eq $((n_designations + 1))
ID=$(id_of "$OUT" 100005 "$TODAY")
check "the new designation is listed" test -n "$ID"
check "its permission is shown with its reference" \
  test "$(field_of "$OUT" "$ID" 8)" = "$TODAY X"
check "it is in effect today" test "$(field_of "$OUT" "$ID" 11)" = "active"
check "it is not checked yet" test -z "$(field_of "$OUT" "$ID" 10)"

expect 1 "the same designation again overlaps and exits 1" \
  designation add --staff 100005 --office 131 --scope both --from "$TODAY" \
  --permission-date "$TODAY" --permission-ref Y --operator 100001

expect 0 "designation add --pending exits 0" \
  designation add --staff 100006 --office 131 --scope inkan --from "$TODAY" --pending \
  --operator 100001
expect 0 "designation list --format csv exits 0" designation list --format csv
PENDING=$(id_of "$OUT" 100006 "$TODAY")
check "the pending designation is listed as pending" \
  test "$(field_of "$OUT" "$PENDING" 11)" = "pending"

expect 0 "designation add under supervision with a reason exits 0" \
  designation add --staff 100007 --office 131 --scope juki --from "$TODAY" \
  --supervised yes --reason "中原区民課に常駐のため" --operator 100001
expect 1 "designation add under supervision without a reason exits 1" \
  designation add --staff 100008 --office 131 --scope juki --from "$TODAY" \
  --supervised yes --operator 100001

# --- 照合 (第8条) ----------------------------------------------------------

expect 1 "designation check by the person who entered it exits 1" \
  designation check "$ID" --operator 100001
check "the refusal cites 第8条" contains "$ERR" "第8条"
expect 1 "designation check without an operator exits 1" designation check "$ID"
expect 2 "designation check without an ID is a usage error" designation check --operator 100002
expect 0 "designation check by someone else exits 0" designation check "$ID" --operator 100002
expect 0 "designation list --format csv exits 0" designation list --format csv
check "the checker is named" test -n "$(field_of "$OUT" "$ID" 10)"
expect 1 "a second check exits 1" designation check "$ID" --operator 100003
expect 1 "designation check of an unknown ID exits 1" designation check 99999 --operator 100002

# --- Ending --------------------------------------------------------------

expect 1 "designation end before the start exits 1" \
  designation end "$ID" --on 2000-01-01 --reason 異動 --operator 100001
expect 1 "designation end without an operator exits 1" \
  designation end "$ID" --on "$TODAY" --reason 異動
expect 2 "designation end without --reason is a usage error" \
  designation end "$ID" --on "$TODAY" --operator 100001
expect 2 "designation end without an ID is a usage error" \
  designation end --on "$TODAY" --reason 異動 --operator 100001
check "the designation is still open" test "$(state_on "$ID" 2099-12-31)" = "active"

expect 0 "designation end on its start day exits 0" \
  designation end "$ID" --on "$TODAY" --reason 異動 --operator 100001
check "as of a later date it has ended" test "$(state_on "$ID" 2099-12-31)" = "ended"
check "on its last day it is still in effect" test "$(state_on "$ID" "$TODAY")" = "active"
expect 0 "designation list --format csv exits 0" designation list --format csv --on 2099-12-31
check "its end date is shown" test "$(field_of "$OUT" "$ID" 9)" = "$TODAY"
SUPERVISED=$(id_of "$OUT" 100007 "$TODAY")
expect 1 "ending it again exits 1" \
  designation end "$ID" --on "$TODAY" --reason 退職 --operator 100001

expect 0 "designation end with a free-text reason exits 0 (その他 with that note)" \
  designation end "$SUPERVISED" --on "$TODAY" --reason "応援期間の終了" --operator 100001

# --- History and review --------------------------------------------------

expect 0 "designation history 100003 exits 0" designation history 100003 --format csv
check "the history shows the permitted designation" contains "$OUT" "情資第12号"
check "the history lists only 100003" \
  sh -c 'tail -n +2 "$1" | awk -F, "\$2 != \"100003\"" | grep -q . && exit 1 || exit 0' \
  sh "$OUT"
expect 0 "designation history 100005 exits 0" designation history 100005 --format csv
check "the history keeps the ended designation" test "$(field_of "$OUT" "$ID" 9)" = "$TODAY"
expect 1 "designation history of an unknown employee exits 1" designation history 999999

expect 1 "designation confirm of a pending designation exits 1" \
  designation confirm "$pending_id" --note 確認 --operator 100001
expect 2 "designation confirm without --note is a usage error" \
  designation confirm "$manager_id" --operator 100001
expect 0 "designation confirm of a manager change exits 0" \
  designation confirm "$manager_id" --note "新任課長が確認" --operator 100012
expect 0 "designation review --format csv exits 0" designation review --format csv
check "the confirmed designation has left the review" \
  test -z "$(field_of "$OUT" "$manager_id" 1)"
check "the pending one is still there" test -n "$(field_of "$OUT" "$pending_id" 1)"

# --- The database stays whole ---------------------------------------------

expect 0 "check exits 0 after all that" check
check "check says OK" contains "$OUT" "OK"

tap_end
