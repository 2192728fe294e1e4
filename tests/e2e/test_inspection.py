#!/usr/bin/python3
"""End to end, as a section chief: open the 点検シート tab on the demo
database and read in the city overview that her office has not inspected
the current quarter; start the inspection from that cell; fill the sheet
with the keyboard as it is made to be filled — 1 適, 2 否, 3 該当なし on the
focused item, the focus moving on — a 否 with its finding and corrective
action through its dialog; make the sheet final with Ctrl+Enter; go back
with Alt+← and see the overview cell say Final with its 否 and open action.
Then open the final sheet again: a change is now an amendment, with a
reason. Drives the real window through AT-SPI; checks what was stored with
daicho-cli and in the database.

Usage: test_inspection.py PATH/TO/daicho PATH/TO/daicho-cli
"""
import datetime
import sqlite3
import sys

import pyatspi

from atspi_util import (KEYCODES, Tap, cli_csv, click, demo_at_desk, eventually, find, find_all,
                        frame_named, frames, has_state, key_combo, start_app, stop_app, text_of,
                        type_into, wait_for, wait_window_gone)

OFFICE = "中原区役所区民課"
OFFICE_CODE = "131"
OPERATOR = "100012"          # 山田 智子, the office's システム利用責任者
OPERATOR_NAME = "山田 智子"
N_ITEMS = 20                 # the demo's checklist, version 1
NG_ITEM = 1                  # the records suggest 否: designations need a review
NA_ITEMS = (2, 17)           # no outside staff designated, nothing destroyed this quarter
FINDING = "E2E所見：異動者の指定が終了されていない"
ACTION = "E2E是正：指定者一覧を見直し、異動者の指定を終了する"
LABELS = {"ok": "適", "ng": "否", "na": "該当なし"}

# X keycodes (Xvfb's default evdev keymap) of the keys the sheet answers to.
KEYCODES.update({"1": 10, "2": 11, "3": 12, "Alt_L": 64, "Left": 113, "Up": 111, "Down": 116})


def current_quarter():
    """Today's fiscal year (April to March) and quarter (1: April–June)."""
    today = datetime.date.today()
    fy = today.year if today.month >= 4 else today.year - 1
    return fy, (today.month - 4) % 12 // 3 + 1


def this_inspection(cli, db, fy, q):
    """The office's inspection of @fy Q@q, as `daicho-cli inspection list` gives it."""
    rows = [r for r in cli_csv(cli, db, "inspection", "list", "--office", OFFICE_CODE)
            if r["fiscal_year"] == str(fy) and r["quarter"] == str(q)]
    return rows[0] if rows else None


def expected_result(no):
    return "ng" if no == NG_ITEM else "na" if no in NA_ITEMS else "ok"


def frame_starting(app, prefix):
    return wait_for(lambda: next((f for f in frames(app)
                                  if f is not None and (f.name or "").startswith(prefix)), None),
                    f"a window {prefix!r}…")


def overview_cell(window, cell_name, saying):
    """The overview's cell @cell_name once its name says @saying, or as it is
    after a while."""
    try:
        return wait_for(lambda: next((c for c in find_all(window, "push button",
                                                            contains=cell_name)
                                      if saying in c.name), None),
                        f"the overview cell to say {saying}", timeout=10)
    except TimeoutError:
        return find(window, "push button", contains=cell_name)


def sheet_of(window):
    return find(window, "filler", "DaichoInspectionSheet")


def item_rows(sheet):
    """The sheet's item rows by number: list items titled "N. text" that hold
    the buttons "Result of item N"."""
    rows = {}
    for node in find_all(sheet, "list item"):
        number = (node.name or "").split(".", 1)[0]
        if number.isdigit() and find_all(node, "panel", f"Result of item {number}"):
            rows[int(number)] = node
    return rows


def focused_item(sheet):
    return next((no for no, row in item_rows(sheet).items()
                 if has_state(row, pyatspi.STATE_FOCUSED)), None)


def shown_answer(row):
    """The result button shown pressed in an item's row (適, 否, 該当なし), or None."""
    pressed = [b.name for b in find_all(row, "push button")
               if has_state(b, pyatspi.STATE_PRESSED)]
    return pressed[0] if len(pressed) == 1 else None


def progress(sheet):
    """The sheet's "N of 20 answered · 否 N · open corrective actions N"."""
    label = find_all(sheet, "label", contains=" answered · 否 ")
    return label[0].name if label else ""


def stored(db, inspection_id):
    """The answers (in the order of the sheet) and the actions as stored."""
    with sqlite3.connect(db) as conn:
        answers = conn.execute(
            "SELECT a.result, a.finding, s.emp_no FROM inspection_answer a "
            "JOIN inspection_item i ON i.id = a.item_id JOIN staff s ON s.id = a.answered_by "
            "WHERE a.inspection_id = ? ORDER BY i.sort_order", (inspection_id,)).fetchall()
        actions = conn.execute(
            "SELECT a.what, s.emp_no, a.due_date, a.done_date FROM inspection_action a "
            "JOIN staff s ON s.id = a.owner_id WHERE a.inspection_id = ?",
            (inspection_id,)).fetchall()
    return answers, actions


def main():
    daicho, cli = sys.argv[1], sys.argv[2]
    tap = Tap()
    # The new chief of 中原区役所区民課 at her desk.
    _, db, config = demo_at_desk(cli, OPERATOR, OFFICE_CODE)
    fy, q = current_quarter()
    quarter = f"第{q}四半期"
    cell_name = f"{OFFICE} {quarter}: "

    proc = None
    try:
        tap.ok(this_inspection(cli, db, fy, q) is None,
               f"daicho-cli: the demo has no inspection of {OFFICE} for {fy} Q{q} yet")

        proc, app = start_app(daicho, db, config)
        window = frame_named(app, "Daicho")
        click(find(window, "page tab", "Inspections"))

        # The city overview: offices × quarters, each cell a button.
        cell = find(window, "push button", contains=cell_name)
        tap.ok(cell.name == cell_name + "Not done",
               f"the overview's cell for {OFFICE} {quarter} says not done ({cell.name!r})")

        # The cell starts the inspection: the dialog offers today and the
        # office's システム利用責任者 as the inspector.
        click(cell)
        dialog = frame_starting(app, f"Inspection of 令和{fy - 2018}年度 {quarter}")
        title = dialog.name
        inspector = find(dialog, "text", "Employee number")
        tap.ok(text_of(inspector) == OPERATOR and
               find(dialog, contains=f"{OPERATOR_NAME} · 課長 · {OFFICE}") is not None,
               f"the inspector is prefilled: {OPERATOR}, {OPERATOR_NAME} ({text_of(inspector)!r})")
        click(find(dialog, "push button", "Start"))
        wait_window_gone(app, title)

        # The sheet, with the focus on its first unanswered item.
        sheet = sheet_of(window)
        find(sheet, "label", contains=f"点検シート — {OFFICE}, 令和{fy - 2018}年度 {quarter}")
        focus_first = eventually(lambda: focused_item(sheet) == 1, "item 1 to have the focus")
        started = this_inspection(cli, db, fy, q)
        tap.ok(started is not None and started["state"] == "draft" and
               started["answered"] == f"0/{N_ITEMS}",
               f"Start makes a draft sheet ({started})")
        tap.ok(focus_first, "the sheet opens with the focus on item 1")

        # 2: 否, which asks for the finding and the corrective action.
        key_combo("2")
        ng_title = f"Item {NG_ITEM}: 否"
        dialog = frame_named(app, ng_title)
        finding = find(dialog, "text", "Finding (所見)")
        what = find(dialog, "text", "Corrective action")
        owner = find(dialog, "text", "Carried out by (employee number)")
        due = find(dialog, "text", "Due date")
        # A month from the inspection (from today on an older sheet).
        due_iso = (max(datetime.date.fromisoformat(started["date"]), datetime.date.today()) +
                   datetime.timedelta(days=30)).isoformat()
        tap.ok("designations need a review" in text_of(finding),
               f"key 2 opens {ng_title!r}, the finding prefilled with what the records show "
               f"({text_of(finding)!r})")
        tap.ok(text_of(owner) == OPERATOR and due_iso in (due.description or ""),
               f"the action is the inspector's, due a month after the inspection, {due_iso} "
               f"({text_of(owner)!r}, {due.description!r})")
        type_into(finding, FINDING)
        type_into(what, ACTION)
        click(find(dialog, "push button", "Save"))
        wait_window_gone(app, ng_title)
        tap.ok(eventually(lambda: progress(sheet).startswith(
                   f"1 of {N_ITEMS} answered · 否 1 · open corrective actions 1"),
                          "the sheet to count the 否"),
               f"back on the sheet: {progress(sheet)!r}")
        row = item_rows(sheet)[NG_ITEM]
        tap.ok(shown_answer(row) == "否" and
               find_all(row, "label", contains="Finding: " + FINDING) and
               find_all(row, "label", contains="Action: " + ACTION),
               f"item {NG_ITEM} shows 否 with its finding and corrective action")
        tap.ok(eventually(lambda: focused_item(sheet) == NG_ITEM + 1, "the next item's focus"),
               f"the focus moved on to item {NG_ITEM + 1}")

        # ↑ and ↓ go from item to item, across the articles' groups (3 → 4).
        walk = []
        for key in ("Down", "Down", "Up"):
            key_combo(key)
            eventually(lambda: focused_item(sheet) != (walk[-1] if walk else NG_ITEM + 1),
                       f"the focus to move on {key}", timeout=5)
            walk.append(focused_item(sheet))
        tap.ok(walk == [NG_ITEM + 2, NG_ITEM + 3, NG_ITEM + 2],
               f"↓ ↓ ↑ move the focus from item {NG_ITEM + 1} to {walk}")
        key_combo("Up")

        # The rest with 1 (適) and 3 (該当なし), the focus moving on each time.
        moved = []
        for no in range(NG_ITEM + 1, N_ITEMS + 1):
            if not eventually(lambda: focused_item(sheet) == no, f"item {no} to have the focus"):
                moved.append(no)
            key_combo("3" if no in NA_ITEMS else "1")
            want = f"{no} of {N_ITEMS} answered"
            wait_for(lambda: progress(sheet).startswith(want), f"the progress {want!r}")
        tap.ok(not moved, f"each key answered the focused item and moved the focus on "
                          f"(items {NG_ITEM + 1}–{N_ITEMS}; not focused: {moved})")
        rows = item_rows(sheet)
        shown = {no: shown_answer(row) for no, row in rows.items()}
        tap.ok(shown == {no: LABELS[expected_result(no)] for no in range(1, N_ITEMS + 1)},
               f"the sheet shows each answer given, 該当なし on items {NA_ITEMS} ({shown})")

        answered = this_inspection(cli, db, fy, q)
        tap.ok(answered["state"] == "draft" and answered["answered"] == f"{N_ITEMS}/{N_ITEMS}" and
               answered["ng"] == "1" and answered["open_actions"] == "1",
               f"daicho-cli: every item answered, 否 1, 1 action open, still a draft ({answered})")
        answers, actions = stored(db, int(started["id"]))
        tap.ok(answers == [(expected_result(no), FINDING if no == NG_ITEM else None, OPERATOR)
                           for no in range(1, N_ITEMS + 1)] and
               actions == [(ACTION, OPERATOR, due_iso, None)],
               f"stored: 否 on item {NG_ITEM} with its finding, 該当なし on {NA_ITEMS}, 適 "
               f"elsewhere, answered by {OPERATOR}; the action {actions}")

        # Ctrl+Enter makes the sheet final, after a confirmation.
        offered = bool(find_all(sheet, "push button", "Make Final…"))
        key_combo("Control_L", "Return")
        find(app, "label", "Make the Sheet Final?")
        tap.ok(find(app, "label", contains="否 1, corrective actions open 1.") is not None,
               "Ctrl+Enter asks \"Make the Sheet Final?\", saying 否 1 and 1 action open")
        click(find(app, "push button", "Make Final"))
        made_final = find(sheet, "list item", "Made final by")
        tap.ok(find_all(made_final, "label", contains=OPERATOR_NAME) and
               offered and not find_all(sheet, "push button", "Make Final…"),
               "the sheet says who made it final and offers Make Final… no more")
        final = this_inspection(cli, db, fy, q)
        tap.ok(final["state"] == "final" and final["ng"] == "1" and final["open_actions"] == "1",
               f"daicho-cli: the sheet is final ({final})")

        # Alt+← goes back to the overview, where the cell has changed.
        key_combo("Alt_L", "Left")
        cell = overview_cell(window, cell_name, "Final")
        tap.ok(cell.name == cell_name + "Final, 否 1 · 1 action open",
               f"back in the overview (Alt+←) the cell says Final, 否 1, 1 action open "
               f"({cell.name!r})")

        # The final sheet is locked: 適 on the 否 item asks for an amendment.
        click(cell)
        # Opening a sheet focuses its first item: once it has, the rows are
        # those of the sheet as it is now shown.
        wait_for(lambda: focused_item(sheet) == 1, "item 1 of the final sheet to have the focus")
        click(find(item_rows(sheet)[NG_ITEM], "push button", "適"))
        amend_title = f"Amend Item {NG_ITEM}"
        dialog = frame_named(app, amend_title)
        tap.ok(find(dialog, "text", "Reason") is not None,
               f"on the final sheet 適 opens {amend_title!r} with a Reason row")
        click(find(dialog, "push button", "Cancel"))
        wait_window_gone(app, amend_title)
        after = this_inspection(cli, db, fy, q)
        tap.ok(after["state"] == "final" and after["ng"] == "1" and
               stored(db, int(started["id"])) == (answers, actions),
               f"cancelled, nothing is changed ({after})")
        tap.ok(shown_answer(item_rows(sheet)[NG_ITEM]) == "否",
               f"after the cancel the sheet still shows item {NG_ITEM} as 否 "
               f"(shown: {shown_answer(item_rows(sheet)[NG_ITEM])})")
    except Exception as error:
        tap.ok(False, f"unexpected: {error!r}")
    finally:
        stop_app(proc)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
