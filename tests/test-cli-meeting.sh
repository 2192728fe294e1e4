#!/bin/sh
# test-cli-meeting.sh — daicho-cli committee, meeting, agenda, action(s) and the committee's
# documents: exit codes, output, database, PDF and xlsx read back
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli-meeting.sh PATH/TO/daicho-cli
# Prints TAP. Works on a demo database in a temporary folder of its own.
# The demo's meetings lie within the last year, relative to today; the
# committee's holders begin on 1 April two fiscal years back, so the
# meetings made here are put in that year (FY - 2), which the demo leaves
# empty. The PDFs are read back with tests/forms/check_pdf.py (pdfinfo,
# pdffonts, pdftotext) and the workbooks with openpyxl.

set -u

. "$(dirname "$0")/tap-lib.sh"
tap_begin "$@"
FORMS="$(dirname "$0")/forms"

run () {
  "$CLI" --db "$DB" "$@" >"$OUT" 2>"$ERR"
  status=$?
}

# A checker script's output goes to $OUT, so a failure shows it.
py () {
  /usr/bin/python3 "$@" >"$OUT" 2>"$ERR"
}

# The value printed on the first line of $OUT (an id).
out_id () {
  head -n 1 "$OUT"
}

# Full-width digits, as typed on a Japanese keyboard.
wide () {
  printf '%s' "$1" | sed 'y/0123456789-/０１２３４５６７８９－/'
}

year=$(date +%Y)
month=$(date +%m)
if [ "${month#0}" -lt 4 ]; then FY=$((year - 1)); else FY=$year; fi
Y=$((FY - 2))           # the year of the meetings made here
R=$((Y - 2018))         # 令和 R
OP=900010               # the secretariat's holder: the operator
ICT=900003              # 企画経営室ICT推進担当課長

expect 0 "demo exits 0" demo

# --- The roster and the committee's name -------------------------------------

expect 0 "committee roster --format csv exits 0" committee roster --format csv
check "the CSV header is code,function,post,employee_no,holder,since" \
  sh -c 'head -n 1 "$1" | grep -q "^code,function,post,employee_no,holder,since$"' sh "$OUT"
check "ten committee posts" test "$(rows "$OUT")" -eq 10
check "the chair comes first, held by 900001" \
  sh -c 'sed -n 2p "$1" | grep -q "^committee-chair,chair,統括責任者（副区長）,900001,"' sh "$OUT"
check "the secretariat comes last" \
  sh -c 'tail -n 1 "$1" | grep -q "^committee-secretariat,secretariat,"' sh "$OUT"
expect 0 "committee roster as a table names 会長 and 庶務" committee roster
check "会長 and 庶務 shown" sh -c 'grep -q 会長 "$1" && grep -q 庶務 "$1"' sh "$OUT"
expect 0 "committee name exits 0" committee name
check "the default name" contains "$OUT" "住基ネットセキュリティ会議"
expect 0 "committee post --add exits 0" --operator "$OP" committee post --add 情報政策課長
check "it prints the new post's id" sh -c 'test "$(head -n 1 "$1")" -gt 0' sh "$OUT"
expect 1 "retiring the chair's post is refused" \
  --operator "$OP" committee post --retire committee-chair
expect 0 "retiring the new post exits 0" --operator "$OP" committee post --retire committee-member-8
expect 2 "committee post without an action is a usage error" committee post

# --- The demo's year ----------------------------------------------------------

expect 0 "meeting list --format csv exits 0" meeting list --format csv
check "the CSV header begins id,fiscal_year,number,date" \
  sh -c 'head -n 1 "$1" | grep -q "^id,fiscal_year,number,date,start,end,place,state,"' sh "$OUT"
check "the demo has five meetings" test "$(rows "$OUT")" -eq 5
check "one in preparation" test "$(grep -c ',planned,' "$OUT")" -eq 1
check "one held, minutes not final yet" test "$(grep -c ',held,' "$OUT")" -eq 1
check "one where the vice-chair presided" test "$(grep -c ',vice_chair$' "$OUT")" -eq 1
expect 0 "meeting list --fiscal-year 令和$((FY - 2018)) exits 0" \
  meeting list --fiscal-year "令和$((FY - 2018))" --format csv
check "only that year's" sh -c '! tail -n +2 "$1" | grep -v ",$2," | grep -q .' sh "$OUT" "$FY"
expect 2 "meeting list --fiscal-year X is a usage error" meeting list --fiscal-year X

expect 0 "actions list --overdue --format csv exits 0" actions list --overdue --format csv
check "the CSV header begins id,meeting_id,meeting" \
  sh -c 'head -n 1 "$1" | grep -q "^id,meeting_id,meeting,meeting_date,item,text,"' sh "$OUT"
check "one action item is overdue" test "$(rows "$OUT")" -eq 1
expect 0 "actions list --open exits 0" actions list --open --format csv
check "at least two are open" test "$(rows "$OUT")" -ge 2
check "none of them done" sh -c '! grep -q ",done," "$1"' sh "$OUT"
expect 0 "actions list --done exits 0" actions list --done --format csv
check "some are done" test "$(rows "$OUT")" -ge 2
expect 0 "actions list as a table exits 0" actions list
check "the table shows 未着手 and 完了" sh -c 'grep -q 未着手 "$1" && grep -q 完了 "$1"' sh "$OUT"
expect 2 "--open with --done is a usage error" actions list --open --done

PLANNED=$("$CLI" --db "$DB" meeting list --format csv | awk -F, '$8 == "planned" {print $1}')
expect 0 "meeting show of the meeting in preparation exits 0" meeting show "$PLANNED"
check "its agenda carries the open action items (継続事項)" \
  sh -c 'sed -n "/継続事項/,/指示・要請/p" "$1" | grep -q "対応中"' sh "$OUT"
expect 1 "meeting show of an unknown meeting fails" meeting show 9999
expect 2 "meeting show without an ID is a usage error" meeting show

# --- A meeting from plan to final minutes --------------------------------------

expect 2 "meeting new without --date is a usage error" --operator "$OP" meeting new
expect 2 "meeting new with a bad date is a usage error" --operator "$OP" meeting new --date R7.13.1
expect 0 "meeting new in 和暦 exits 0" \
  --operator "$OP" meeting new --date "R$R.5.20" --start 14:00 --end 午後3時30分 \
  --place "区役所本庁舎 第1会議室"
M1=$(out_id)
expect 0 "meeting list --fiscal-year $Y exits 0" meeting list --fiscal-year "$Y" --format csv
check "it is the year's 第1回, 14:00 to 15:30" \
  sh -c 'grep -q "^$2,$3,1,$3-05-20,14:00,15:30," "$1"' sh "$OUT" "$M1" "$Y"

expect 0 "agenda add exits 0" \
  --operator "$OP" agenda add --meeting "$M1" --title "利用者ID・パスワードの管理状況について" \
  --area 3 --presenter "企画経営室ICT推進担当課長" --minutes 20 --materials "資料1"
I1=$(out_id)
expect 2 "an area outside 1–7 is a usage error" \
  --operator "$OP" agenda add --meeting "$M1" --title x --area 8
expect 0 "agenda add with the area typed （５） exits 0" \
  --operator "$OP" agenda add --meeting "$M1" --title "サーバ設置室の入退室管理について" \
  --area "（５）" --minutes 15
I2=$(out_id)
expect 0 "meeting invite exits 0" \
  --operator "$OP" meeting invite "$M1" --name "石川 誠" --affiliation "株式会社地域情報システム" \
  --title 保守担当主任
V1=$(out_id)
expect 0 "export agenda exits 0" export agenda --meeting "$M1" --output "$TMP/agenda.pdf"
check "the notice and agenda read back (check_pdf.py)" \
  py "$FORMS/check_pdf.py" "$TMP/agenda.pdf" --orientation portrait \
  --title "令和${R}年度第1回 住基ネットセキュリティ会議 開催通知・次第" \
  --text 次第 --text 継続事項 --text "合計 35分" --text "利用者ID・パスワードの管理状況について" \
  --text "(5) サーバ設置室の入退室管理" --text "石川 誠"

expect 1 "attendance before the meeting is held is refused" \
  --operator "$OP" meeting attend "$M1" --all --as 出席
check "the message says so" contains "$ERR" "in preparation"
expect 0 "meeting held exits 0" --operator "$OP" meeting held "$M1"
expect 0 "meeting attend --all exits 0" --operator "$OP" meeting attend "$M1" --all --as 出席
expect 0 "the chair was absent after all" \
  --operator "$OP" meeting attend "$M1" --post committee-chair --as 欠席
expect 1 "a proxy without a name is refused" \
  --operator "$OP" meeting attend "$M1" --post committee-member-4 --as 代理出席
expect 0 "a proxy with a name exits 0" \
  --operator "$OP" meeting attend "$M1" --post committee-member-4 --as 代理出席 \
  --proxy "区民部副参事 森 健"
expect 2 "an unknown attendance is a usage error" \
  --operator "$OP" meeting attend "$M1" --post committee-member-4 --as 遅刻
expect 0 "the invited person attended" \
  --operator "$OP" meeting attend "$M1" --invitee "$V1" --as 出席
expect 1 "the absent chair cannot preside" \
  --operator "$OP" meeting preside "$M1" --post committee-chair
check "the message cites 第5条第5項" contains "$ERR" "第5条第5項"
expect 0 "meeting preside by the rule exits 0" --operator "$OP" meeting preside "$M1"
expect 1 "finalising without the discussion is refused" --operator "$OP" meeting finalize "$M1"
expect 0 "agenda record exits 0" \
  --operator "$OP" agenda record "$I1" --discussion "異動者のIDが2件削除されていなかった。" \
  --decision "異動日当日にIDを削除する手順とする。"
expect 0 "agenda record of the second item exits 0" \
  --operator "$OP" agenda record "$I2" --discussion "記録簿に記載漏れはなかった。"
expect 1 "an action due before the meeting is refused" \
  --operator "$OP" action add --meeting "$M1" --item "$I1" --text "手順書を作成すること" \
  --owner "$ICT" --due "R$R.5.19"
expect 0 "action add exits 0" \
  --operator "$OP" action add --meeting "$M1" --item "$I1" --text "手順書を作成し各課に周知すること" \
  --owner "$ICT" --due "R$R.7.31"
A1=$(out_id)
expect 0 "meeting finalize exits 0" --operator "$OP" meeting finalize "$M1"
expect 1 "final minutes refuse a change without a reason" \
  --operator "$OP" agenda record "$I1" --decision "異動日当日に利用者IDを削除する。"
check "the message asks for a reason" contains "$ERR" "reason"
expect 0 "a revision with a reason exits 0" \
  --operator "$OP" agenda record "$I1" --decision "異動日当日に利用者IDを削除する。" \
  --reason "字句の修正"
expect 0 "meeting revisions --format csv exits 0" meeting revisions "$M1" --format csv
check "one revision, of the decision, with its reason" \
  sh -c 'test "$(tail -n +2 "$1" | grep -c ",decision,.*,字句の修正,")" -eq 1' sh "$OUT"

expect 0 "export minutes --output minutes.pdf exits 0" \
  export minutes --meeting "$M1" --output "$TMP/minutes.pdf"
check "the minutes read back: title, attendees, areas, decisions, owners, fonts, A4 portrait" \
  py "$FORMS/check_pdf.py" "$TMP/minutes.pdf" --orientation portrait \
  --title "令和${R}年度第1回 住基ネットセキュリティ会議 議事録" \
  --text 出席者 --text 欠席者 --text 委員外出席者 --text 議長 \
  --text "副会長 石田 久美子" --text "大野 正樹" --text "代理出席：区民部副参事 森 健" \
  --text "石川 誠（株式会社地域情報システム 保守担当主任）" \
  --text "(3) 住基ネットの操作者の事務処理範囲の制限及びパスワードの管理等に関すること" \
  --text "(5) サーバ設置室の入退室の管理に関すること" \
  --text "異動日当日に利用者IDを削除する。" --text "手順書を作成し各課に周知すること" \
  --text "村上 浩" --text 指示・要請 --text 記録者 --text "青木 翔太" --text 修正履歴 \
  --text "字句の修正"
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext -raw -enc UTF-8 "$TMP/minutes.pdf" - | tr -d ' \n' >"$TMP/minutes.txt"
  check "the absent chair is under 欠席者, the vice-chair presides" \
    contains "$TMP/minutes.txt" "欠席者会長統括責任者（副区長）大野正樹委員外出席者"
  check "the vice-chair presided in the chair's place" \
    contains "$TMP/minutes.txt" "会長欠席のため、第5条第5項により会長の職務を代理"
else
  skip "the absent chair is under 欠席者" "no pdftotext"
  skip "the vice-chair presided in the chair's place" "no pdftotext"
fi

expect 0 "export minutes --output minutes.xlsx exits 0" \
  export minutes --meeting "$M1" --output "$TMP/minutes.xlsx"
check "the workbook holds the minutes and the action items (openpyxl)" \
  py -c 'import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
title = "令和%s年度第1回 住基ネットセキュリティ会議 議事録" % sys.argv[2]
assert wb.sheetnames == [title, "指示・要請", "修正履歴"], wb.sheetnames
ws = wb.worksheets[0]
assert ws["A1"].value == title and ws["A1"].font.b, ws["A1"].value
fields = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0] and r[1]}
for label in ("開催日時", "開催場所", "出席者", "欠席者", "委員外出席者", "議長", "審議事項",
              "審議内容", "決定事項", "次回開催", "記録者"):
    assert label in fields, (label, sorted(fields))
assert "大野 正樹" in fields["欠席者"], fields["欠席者"]
assert "副会長" in fields["議長"], fields["議長"]
assert fields["開催日時"].startswith("令和%s年5月20日" % sys.argv[2]), fields["開催日時"]
assert ws.page_setup.orientation == "portrait" and str(ws.page_setup.paperSize) == "9"
assert ws["B2"].font.name == "游ゴシック" and ws["B4"].alignment.wrap_text
rows = list(wb["指示・要請"].iter_rows(values_only=True))
header = rows.index(("No.", "議題", "指示・要請", "担当", "期限"))
data = rows[header + 1:]
assert len(data) == 1 and data[0][2] == "手順書を作成し各課に周知すること", data
assert data[0][3] == "村上 浩" and data[0][4].month == 7 and data[0][4].day == 31, data
rev = list(wb["修正履歴"].iter_rows(values_only=True))
assert any(r[4] == "字句の修正" for r in rev), rev' "$TMP/minutes.xlsx" "$R"

# --- The next meeting: numbering, carry-over, follow-up ------------------------

expect 1 "a date before the year's last meeting is refused" \
  --operator "$OP" meeting new --date "R$R.5.19"
check "the message names the earlier meeting's date" contains "$ERR" "令和${R}年5月20日"
expect 0 "meeting new with a full-width date exits 0" \
  --operator "$OP" meeting new --date "$(wide "$Y-10-15")" --start 10:00 --end 11:00 --place 庁議室
M2=$(out_id)
expect 0 "meeting list --fiscal-year $Y exits 0" meeting list --fiscal-year "$Y" --format csv
check "it is 第2回" sh -c 'grep -q "^$2,$3,2,$3-10-15," "$1"' sh "$OUT" "$M2" "$Y"
expect 0 "action state 対応中 exits 0" \
  --operator "$OP" action state "$A1" --state 対応中 --on "R$R.6.1" --note 作成中
expect 1 "a change dated before the last one is refused" \
  --operator "$OP" action state "$A1" --state 完了 --on "R$R.5.31"
expect 0 "actions list --overdue --on the next meeting's day exits 0" \
  actions list --overdue --on "$Y-10-15" --meeting "$M1" --format csv
check "the action is overdue by then" test "$(rows "$OUT")" -eq 1
expect 0 "meeting show of the next meeting exits 0" meeting show "$M2"
check "the open action is carried onto its agenda (継続事項)" \
  sh -c 'sed -n "/継続事項/,/指示・要請):/p" "$1" | grep -q "手順書を作成し各課に周知すること"' \
  sh "$OUT"
expect 0 "action state 完了 after the next meeting exits 0" \
  --operator "$OP" action state "$A1" --state 完了 --on "R$R.10.20"
expect 0 "meeting show of the next meeting still carries it" meeting show "$M2"
check "done after that meeting, it was open on its day" \
  sh -c 'sed -n "/継続事項/,/指示・要請):/p" "$1" | grep -q "完了"' sh "$OUT"
expect 0 "actions list --done --owner $ICT exits 0" \
  actions list --done --owner "$ICT" --format csv
check "the owner's action is done on R$R.10.20" \
  sh -c 'grep -q "^$2,.*,done,$3-10-20," "$1"' sh "$OUT" "$A1" "$Y"

# --- The April boundary and cancelling ------------------------------------------

expect 0 "a meeting on 31 March exits 0" --operator "$OP" meeting new --date "$((Y - 1))-03-31"
MAR=$(out_id)
expect 0 "a meeting on 1 April exits 0" --operator "$OP" meeting new --date "$((Y - 1))-04-01"
APR=$(out_id)
expect 0 "meeting list of both years exits 0" meeting list --format csv
check "31 March is 第1回 of the fiscal year before" \
  sh -c 'grep -q "^$2,$4,1,$5-03-31," "$1"' sh "$OUT" "$MAR" "$APR" "$((Y - 2))" "$((Y - 1))"
check "1 April is 第1回 of the new fiscal year" \
  sh -c 'grep -q "^$2,$3,1,$3-04-01," "$1"' sh "$OUT" "$APR" "$((Y - 1))"
expect 1 "cancelling without a reason is refused" --operator "$OP" meeting cancel "$MAR"
expect 0 "meeting cancel exits 0" --operator "$OP" meeting cancel "$MAR" --reason 台風のため中止
expect 1 "a cancelled meeting is not held" --operator "$OP" meeting held "$MAR"
expect 1 "minutes of a meeting not held are refused" \
  export minutes --meeting "$APR" --output "$TMP/none.pdf"

# --- The name as a setting; the action-item list --------------------------------

expect 0 "committee name NAME exits 0" --operator "$OP" committee name 墨田区住基ネットセキュリティ会議
expect 0 "export agenda of the next meeting exits 0" \
  export agenda --meeting "$M2" --output "$TMP/agenda2.pdf"
check "the notice carries the committee's name as set" \
  py "$FORMS/check_pdf.py" "$TMP/agenda2.pdf" \
  --title "令和${R}年度第2回 墨田区住基ネットセキュリティ会議 開催通知・次第"
expect 0 "export actions --output actions.pdf exits 0" \
  export actions --output "$TMP/actions.pdf"
check "the action-item list reads back, A4 landscape" \
  py "$FORMS/check_pdf.py" "$TMP/actions.pdf" --orientation landscape \
  --title "指示・要請一覧" --every-page 指示・要請 --text "手順書を作成し各課に周知すること" \
  --text 期限超過
expect 0 "export actions --open --output actions.xlsx exits 0" \
  export actions --open --output "$TMP/actions.xlsx"
OPEN=$("$CLI" --db "$DB" actions list --open --format csv | tail -n +2 | grep -c .)
check "the workbook lists the open action items (check_xlsx.py)" \
  py "$FORMS/check_xlsx.py" "$TMP/actions.xlsx" --columns "No.|会議|開催日|議題|指示・要請|担当|期限|状態" \
  --rows "$OPEN" --orientation landscape --date-column 期限 --number-column No. --text 未完了
expect 2 "export actions without --output is a usage error" export actions --open
expect 2 "export minutes to a .doc is a usage error" \
  export minutes --meeting "$M1" --output "$TMP/minutes.doc"
expect 2 "export agenda without --meeting is a usage error" export agenda --output "$TMP/a.pdf"

expect 0 "check exits 0" check
tap_end
