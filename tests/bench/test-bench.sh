#!/bin/sh
# test-bench.sh — daicho-bench runs and reports every line, on a small demo database
# shellcheck shell=sh
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-bench.sh PATH/TO/daicho-bench PATH/TO/daicho-cli
#
# Not a benchmark: one run of each operation on the small demo, so that the
# benchmark, the app's report hook and the empty window keep working. The
# targets are not judged here (exit 0 or 1 both pass); a failure to run is.
# The GUI lines are checked under a display (xvfb-run), else the skip line.

BENCH=${1:?usage: test-bench.sh PATH/TO/daicho-bench PATH/TO/daicho-cli}
. "$(dirname "$0")/../tap-lib.sh"
tap_begin "$2"

run () {
  status=0
  "$@" >"$OUT" 2>"$ERR" || status=$?
}

expect_line () {
  if grep -q -- "$1" "$OUT"; then pass "$2"; else fail "$2"; fi
}

run "$CLI" --db "$DB" demo --scale small
if [ "$status" -eq 0 ]; then pass "small demo database made"; else fail "small demo database made"; fi

run "$BENCH" --runs 1 "$DB"
if [ "$status" -eq 0 ] || [ "$status" -eq 1 ]; then
  pass "daicho-bench runs to the end (exit $status)"
else
  fail "daicho-bench runs to the end (exit $status)"
fi
expect_line '^machine: .* cores' "the machine is printed"
expect_line '^open the database ' "opening the database is timed"
for tab in 'window header' 'Office tab' 'Designations tab' 'Form Ledger tab' 'Inspections tab' \
           'Committee tab: this FY' 'Committee tab: action board' 'Committee tab: roster'; do
  expect_line "^$tab.* ms .*< 200 ms *\(PASS\|FAIL\)" "$tab: timed against 200 ms"
done
expect_line '^search 記載事項: every office .*< 100 ms' "the search is timed against 100 ms"
expect_line '^Form 1 .*: build + PDF (pages) .*< 3 s' "Form 1 as PDF is timed against 3 s"
expect_line '^Form 1 .*: build + xlsx (rows) .*< 2 s' "Form 1 as xlsx is timed against 2 s"
expect_line '^Form 2 FY[0-9]* Q[1-4]: build + PDF' "Form 2 is timed"
expect_line '^minutes FY[0-9]* no\. [0-9]*: build + xlsx' "the minutes are timed"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  expect_line '^app: first frame (overview tab, [0-9]*×[0-9]*) .* ms .*< 1 s' \
    "the app's first frame is timed"
  expect_line '^empty libadwaita window: first frame .* ms' "the empty window's first frame is timed"
  expect_line '^app ÷ empty window, first frame .* × .*< 1.5 ×' "the ratio is reported"
  for tab in designation ledger inspection committee; do
    expect_line "^app: $tab tab, switch to list painted .* ms .*< 200 ms" "app: the $tab tab is timed"
  done
  expect_line '^app: peak memory after every tab (VmHWM) .* MB .*< 300 MB' "the app's peak memory"
else
  expect_line '^GUI: skipped, no display' "without a display the GUI part says it is skipped"
fi
expect_line '^\(every target met\|some targets NOT met\)$' "the verdict closes the report"
tap_end
