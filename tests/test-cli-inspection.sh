#!/bin/sh
# test-cli-inspection.sh — daicho-cli inspection …: exit codes, output, database
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli-inspection.sh PATH/TO/daicho-cli
# Prints TAP. Works on a demo database in a temporary folder of its own. The
# demo's inspections cover the current fiscal year and the two before it,
# relative to today, so the years are computed here. New sheets are made for
# fiscal 2023 (the demo offices' chiefs held their posts then only when the
# demo spans it, so the inspector is given explicitly).

set -u

. "$(dirname "$0")/tap-lib.sh"
tap_begin "$@"

run () {
  "$CLI" --db "$DB" "$@" >"$OUT" 2>"$ERR"
  status=$?
}

year=$(date +%Y)
month=$(date +%m)
if [ "${month#0}" -lt 4 ]; then FY=$((year - 1)); else FY=$year; fi
PREV_FY=$((FY - 1))
# Operator: the chief of 131 (システム利用責任者 this year).
OPERATOR=100012

expect 0 "demo exits 0" demo

# --- Lists and the overview ---------------------------------------------------

expect 0 "inspection list --office 131 --fiscal-year $PREV_FY --format csv exits 0" \
  inspection list --office 131 --fiscal-year "$PREV_FY" --format csv
check "the CSV header begins id,office,fiscal_year,quarter" \
  sh -c 'head -n 1 "$1" | grep -q "^id,office,fiscal_year,quarter"' sh "$OUT"
check "office 131 has four inspections in $PREV_FY" test "$(rows "$OUT")" -eq 4
check "every one is final" sh -c '! tail -n +2 "$1" | grep -v ",final," | grep -q .' sh "$OUT"

expect 0 "inspection status --fiscal-year $PREV_FY --format csv exits 0" \
  inspection status --fiscal-year "$PREV_FY" --format csv
check "the overview header is office_code,office,q1,q2,q3,q4" \
  sh -c 'head -n 1 "$1" | grep -q "^office_code,office,q1,q2,q3,q4$"' sh "$OUT"
check "the overview has a row per office" test "$(rows "$OUT")" -eq 5

missing=0
for y in $((FY - 2)) $PREV_FY $FY; do
  "$CLI" --db "$DB" inspection status --fiscal-year "$y" --format csv >"$TMP/s.csv" 2>/dev/null
  missing=$((missing + $(grep -o missing "$TMP/s.csv" | wc -l)))
done
check "exactly one quarter of the demo is missing" test "$missing" -eq 1

expect 0 "inspection status as a table exits 0" inspection status --fiscal-year "$FY"
check "the table shows 確定" contains "$OUT" "確定"
expect 2 "inspection status without --fiscal-year is a usage error" inspection status

# --- A new sheet ---------------------------------------------------------------

OLD_FY=$((FY - 3))
expect 2 "inspection new without --date is a usage error" \
  --operator "$OPERATOR" inspection new --office 131 --fiscal-year "$OLD_FY" --quarter 1
expect 1 "a date before the quarter is refused" \
  --operator "$OPERATOR" inspection new --office 131 --fiscal-year "$OLD_FY" --quarter 2 \
  --date "$OLD_FY-06-30" --inspector "$OPERATOR"
check "the message names the quarter" contains "$ERR" "第2四半期"
expect 0 "inspection new on the quarter's first day exits 0" \
  --operator "$OPERATOR" inspection new --office 131 --fiscal-year "$OLD_FY" --quarter 2 \
  --date "$OLD_FY-07-01" --inspector "$OPERATOR"
ID=$(cat "$OUT")
check "it prints the new id" sh -c 'test "$1" -gt 0' sh "$ID"
expect 1 "a second sheet for the quarter is refused" \
  --operator "$OPERATOR" inspection new --office 131 --fiscal-year "$OLD_FY" --quarter 2 \
  --date "$OLD_FY-07-02" --inspector "$OPERATOR"

expect 1 "否 without a finding is refused" \
  --operator "$OPERATOR" inspection answer "$ID" --item 16 --result 否
expect 2 "--action without --owner is a usage error" \
  --operator "$OPERATOR" inspection answer "$ID" --item 16 --result 否 --finding 施錠不可 \
  --action 修理する
expect 2 "an unknown result is a usage error" \
  --operator "$OPERATOR" inspection answer "$ID" --item 1 --result 可
expect 0 "否 with a finding and an action exits 0" \
  --operator "$OPERATOR" inspection answer "$ID" --item 16 --result 否 \
  --finding "トレイが施錠できない" --action "鍵を修理する" --owner 100013 --due "$OLD_FY-07-31"
expect 1 "finalising with unanswered items is refused" \
  --operator "$OPERATOR" inspection finalize "$ID"
check "the message counts them" contains "$ERR" "19 of the 20"

i=1
ok=0
while [ $i -le 20 ]; do
  if [ $i -ne 16 ]; then
    "$CLI" --db "$DB" --operator "$OPERATOR" inspection answer "$ID" --item $i --result 適 \
      >/dev/null 2>&1 || ok=1
  fi
  i=$((i + 1))
done
check "every other item answered 適" test "$ok" -eq 0
expect 0 "inspection finalize exits 0" --operator "$OPERATOR" inspection finalize "$ID"
expect 1 "a final sheet refuses answers" \
  --operator "$OPERATOR" inspection answer "$ID" --item 2 --result 該当なし
expect 0 "an amendment with a reason exits 0" \
  --operator "$OPERATOR" inspection answer "$ID" --item 2 --result 該当なし \
  --finding "所管外職員なし" --reason "記入誤り"

expect 0 "inspection list --fiscal-year $OLD_FY --format csv exits 0" \
  inspection list --fiscal-year "$OLD_FY" --format csv
check "the new sheet is final with one 否 and one open action" \
  sh -c 'awk -F, -v id="$2" "\$1 == id" "$1" | grep -q ",final,20/20,1,1,"' sh "$OUT" "$ID"

# The year's overview as a workbook and a PDF.
expect 0 "export inspections --output overview.xlsx exits 0" \
  export inspections --fiscal-year "$OLD_FY" --output "$TMP/overview.xlsx"
check "the workbook names the quarters" \
  /usr/bin/python3 -c 'import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1]).active
rows = list(ws.iter_rows(values_only=True))
assert rows[0][0].startswith("点検実施状況"), rows[0]
assert "第1四半期" in rows[3] and "第4四半期" in rows[3], rows[3]
assert any(r[0] == "131" for r in rows), rows' "$TMP/overview.xlsx"
expect 0 "export inspections --output overview.pdf exits 0" \
  export inspections --fiscal-year "$OLD_FY" --output "$TMP/overview.pdf"
expect 2 "export inspections without --fiscal-year is a usage error" \
  export inspections --output "$TMP/x.xlsx"

expect 0 "check exits 0" check
tap_end
