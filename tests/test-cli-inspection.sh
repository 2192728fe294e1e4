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
check "the office column holds the office's code, as other lists' CSV do" \
  sh -c '! tail -n +2 "$1" | cut -d, -f2 | grep -vx 131 | grep -q .' sh "$OUT"

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

# --- The checklist and its versions -------------------------------------------

OLD_TEXT="保管する帳票等を施錠のできる書庫等に保管しているか"
NEW_TEXT="保管する帳票等を施錠できる書庫等に保管し、鍵を管理しているか"

expect 0 "inspection checklist --format csv exits 0" inspection checklist --format csv
check "the CSV header is no,key,article,text" \
  sh -c 'head -n 1 "$1" | grep -q "^no,key,article,text$"' sh "$OUT"
check "the checklist has 20 items" test "$(rows "$OUT")" -eq 20
check "item 16 is lockable, under 第9条" contains "$OUT" "16,lockable,第9条,$OLD_TEXT"
expect 0 "inspection checklist as a table exits 0" inspection checklist
check "the table names version 1" contains "$OUT" "version 1"
expect 2 "inspection checklist with a stray word is a usage error" inspection checklist lockable

expect 1 "rewording without an operator is refused" \
  inspection checklist reword lockable "$NEW_TEXT"
check "the message says an operator is needed" contains "$ERR" "No operator"
expect 2 "reword without the text is a usage error" \
  --operator "$OPERATOR" inspection checklist reword lockable
expect 1 "rewording to blank text is refused" \
  --operator "$OPERATOR" inspection checklist reword lockable "  "
expect 1 "rewording to the same text is refused" \
  --operator "$OPERATOR" inspection checklist reword lockable "$OLD_TEXT"
check "the message says nothing changes" contains "$ERR" "already reads so"
expect 1 "rewording an unknown key is refused" \
  --operator "$OPERATOR" inspection checklist reword no_such_item "$NEW_TEXT"
expect 0 "inspection checklist reword exits 0" \
  --operator "$OPERATOR" inspection checklist reword lockable "$NEW_TEXT"
check "it prints version 2" contains "$OUT" "version 2"
expect 0 "the current checklist exits 0" inspection checklist --format csv
check "the current checklist has the new wording" contains "$OUT" "16,lockable,第9条,$NEW_TEXT"
expect 0 "inspection checklist --version 1 exits 0" inspection checklist --version 1 --format csv
check "version 1 keeps the old wording" contains "$OUT" "16,lockable,第9条,$OLD_TEXT"
expect 1 "an unknown version is refused" inspection checklist --version 99
check "the message names the version" contains "$ERR" "no version 99"

# The sheet made before the reword keeps its wording; a new one has the new.
expect 0 "inspection show of the old sheet exits 0" inspection show "$ID"
check "the old sheet keeps the old wording" contains "$OUT" "$OLD_TEXT"
check "the old sheet has none of the new wording" sh -c '! grep -q -F -- "$2" "$1"' sh "$OUT" \
  "$NEW_TEXT"
check "the old sheet names checklist version 1" contains "$OUT" "version 1"
expect 0 "a sheet for the next quarter exits 0" \
  --operator "$OPERATOR" inspection new --office 131 --fiscal-year "$OLD_FY" --quarter 3 \
  --date "$OLD_FY-10-01" --inspector "$OPERATOR"
DRAFT=$(cat "$OUT")
expect 0 "inspection show of the new sheet exits 0" inspection show "$DRAFT"
check "the new sheet has the new wording" contains "$OUT" "$NEW_TEXT"
check "the new sheet names checklist version 2" contains "$OUT" "version 2"

expect 2 "checklist add without --article is a usage error" \
  --operator "$OPERATOR" inspection checklist add "鍵の管理簿を備えているか"
expect 1 "an unknown article is refused" \
  --operator "$OPERATOR" inspection checklist add --article 第11条 "鍵の管理簿を備えているか"
check "the message lists the articles" contains "$ERR" "第10条"
expect 0 "inspection checklist add --article 第9条 exits 0" \
  --operator "$OPERATOR" inspection checklist add --article 第9条 "鍵の管理簿を備えているか"
check "it prints the new key and version 3" \
  sh -c 'grep -q "custom_1" "$1" && grep -q "version 3" "$1"' sh "$OUT"
"$CLI" --db "$DB" inspection checklist --format csv >"$TMP/list.csv" 2>/dev/null
check "the new item follows the last of 第9条" \
  sh -c 'grep -q "^18,retention,第9条," "$1" && grep -q "^19,custom_1,第9条,鍵の管理簿" "$1"' \
  sh "$TMP/list.csv"

expect 2 "a position that is not a number is a usage error" \
  --operator "$OPERATOR" inspection checklist move custom_1 first
expect 1 "a position past the end is refused" \
  --operator "$OPERATOR" inspection checklist move custom_1 99
check "the message gives the range" contains "$ERR" "1 to 21"
expect 0 "inspection checklist move custom_1 1 exits 0" \
  --operator "$OPERATOR" inspection checklist move custom_1 1
check "it prints version 4" contains "$OUT" "version 4"
"$CLI" --db "$DB" inspection checklist --format csv >"$TMP/list.csv" 2>/dev/null
check "the item is now first" sh -c 'sed -n 2p "$1" | grep -q "^1,custom_1,"' sh "$TMP/list.csv"

expect 0 "inspection checklist retire custom_1 exits 0" \
  --operator "$OPERATOR" inspection checklist retire custom_1
check "it prints version 5" contains "$OUT" "version 5"
"$CLI" --db "$DB" inspection checklist --format csv >"$TMP/list.csv" 2>/dev/null
check "the retired item is gone, 20 items remain" \
  sh -c '! grep -q custom_1 "$1" && test "$(tail -n +2 "$1" | grep -c .)" -eq 20' sh \
  "$TMP/list.csv"
expect 1 "retiring it again is refused" \
  --operator "$OPERATOR" inspection checklist retire custom_1
expect 0 "version 4 still lists the retired item" inspection checklist --version 4 --format csv
check "version 4 has custom_1" contains "$OUT" "custom_1"

# --- The sheet, corrective actions, amendments, confirmation -------------------

expect 0 "inspection show exits 0" inspection show "$ID"
check "the header names the office" contains "$OUT" "中原区役所区民課 (131)"
check "the header names the quarter in 和暦" contains "$OUT" "第2四半期"
check "the header gives the date in 和暦" contains "$OUT" "令和$((OLD_FY - 2018))年7月1日"
check "the sheet is 確定" contains "$OUT" "確定"
check "the sheet is not yet confirmed" contains "$OUT" "Confirmed by: not yet"
check "the sheet shows item 16's finding" contains "$OUT" "トレイが施錠できない"
check "the sheet lists its corrective action" contains "$OUT" "鍵を修理する"
check "the sheet lists the amendment's reason" contains "$OUT" "記入誤り"
ACTION=$(awk '/鍵を修理する/ { print $1 }' "$OUT")
check "the action has an id" sh -c 'test "$1" -gt 0' sh "$ACTION"
expect 0 "inspection show --format csv exits 0" inspection show "$ID" --format csv
check "the CSV header is no,key,article,text,result,finding" \
  sh -c 'head -n 1 "$1" | grep -q "^no,key,article,text,result,finding$"' sh "$OUT"
check "the CSV has the 20 items, item 16 ng" \
  sh -c 'test "$(tail -n +2 "$1" | grep -c .)" -eq 20 && grep -q "^16,lockable,.*,ng," "$1"' \
  sh "$OUT"
expect 2 "inspection show without an id is a usage error" inspection show
expect 1 "inspection show of an unknown sheet is refused" inspection show 99999

expect 2 "action-done without --date is a usage error" \
  --operator "$OPERATOR" inspection action-done "$ACTION"
expect 2 "action-done with a date that is not one is a usage error" \
  --operator "$OPERATOR" inspection action-done "$ACTION" --date "令和5年13月1日"
expect 2 "action-done without an id is a usage error" \
  --operator "$OPERATOR" inspection action-done --date "$OLD_FY-07-15"
expect 1 "a date before the inspection is refused" \
  --operator "$OPERATOR" inspection action-done "$ACTION" --date "$OLD_FY-06-30"
WAREKI_DONE=$(printf '令和%s年7月15日' "$((OLD_FY - 2018))" | sed 'y/0123456789/０１２３４５６７８９/')
expect 0 "action-done with a full-width 和暦 date exits 0" \
  --operator "$OPERATOR" inspection action-done "$ACTION" --date "$WAREKI_DONE"
check "it says the action is done" contains "$OUT" "done on 令和$((OLD_FY - 2018))年7月15日"
expect 1 "recording it done twice is refused" \
  --operator "$OPERATOR" inspection action-done "$ACTION" --date "$OLD_FY-07-16"
expect 0 "inspection show after action-done exits 0" inspection show "$ID"
check "the sheet shows the action done" contains "$OUT" "done R$((OLD_FY - 2018)).7.15"

expect 2 "amend without --reason is a usage error" \
  --operator "$OPERATOR" inspection amend "$ID" --item 3 --result 該当なし
expect 1 "amend with a blank reason is refused" \
  --operator "$OPERATOR" inspection amend "$ID" --item 3 --result 該当なし --reason "  "
check "the message asks for the reason" contains "$ERR" "reason"
expect 1 "amending a draft is refused" \
  --operator "$OPERATOR" inspection amend "$DRAFT" --item 3 --result 該当なし --reason "誤り"
expect 1 "an amended 否 without a corrective action is refused" \
  --operator "$OPERATOR" inspection amend "$ID" --item 5 --result 否 --finding "時間外使用あり" \
  --reason "再確認の結果"
expect 0 "inspection amend with a 否, an action and a reason exits 0" \
  --operator "$OPERATOR" inspection amend "$ID" --item 5 --result 否 --finding "時間外使用あり" \
  --action "利用記録を確認する" --owner 100013 --due "$OLD_FY-09-30" --reason "再確認の結果"
expect 0 "inspection show after the amendment exits 0" inspection show "$ID"
check "the sheet shows the amendment's reason" contains "$OUT" "再確認の結果"
check "the sheet shows the new corrective action" contains "$OUT" "利用記録を確認する"
expect 0 "inspection list after the amendment exits 0" \
  inspection list --fiscal-year "$OLD_FY" --format csv
check "the sheet now has two 否 and one open action" \
  sh -c 'awk -F, -v id="$2" "\$1 == id" "$1" | grep -q ",final,20/20,2,1,"' sh "$OUT" "$ID"

expect 1 "confirmation by someone who is not the 情報資産管理責任者 is refused" \
  --operator "$OPERATOR" inspection confirm "$ID"
check "the message names the post" contains "$ERR" "情報資産管理責任者"
expect 1 "confirming a draft is refused" --operator 100001 inspection confirm "$DRAFT"
expect 2 "confirm without an id is a usage error" --operator 100001 inspection confirm
expect 0 "confirmation by the 情報資産管理責任者 exits 0" \
  --operator 100001 inspection confirm "$ID"
check "it names who confirmed" contains "$OUT" "confirmed by 佐藤 太郎"
expect 1 "confirming twice is refused" --operator 100001 inspection confirm "$ID"
expect 0 "inspection show after confirmation exits 0" inspection show "$ID"
check "the sheet names who confirmed it" contains "$OUT" "Confirmed by: 佐藤 太郎"

expect 0 "check exits 0" check
tap_end
