#!/usr/bin/python3
"""End to end, as the committee's secretariat (庶務): on the demo database,
the meeting planned for next month has been called off (set up with
daicho-cli), and the committee meets today instead. In the セキュリティ会議
tab she plans the meeting with Ctrl+N (the time typed as 午後2時), prepares
it — an agenda item of deliberation area (5) with its planned minutes typed
full-width, a guest invited by the chair — marks it held, records the
attendance with the toggles (the chair absent, a member attended by proxy,
the others present), records who presided by the rule (the vice-chair, the
chair being absent: 第5条第5項), adds an action item, and finds it on the
action-item board across meetings. Drives the real window through AT-SPI;
checks what was stored with daicho-cli and in the database.

Usage: test_committee.py PATH/TO/daicho PATH/TO/daicho-cli
"""
import datetime
import sqlite3
import subprocess
import sys

import pyatspi

from atspi_util import (KEYCODES, Tap, cli_csv, click, demo_at_desk, eventually, find, find_all,
                        frame_named, has_state, key_combo, mouse_click, start_app, stop_app,
                        type_into, wait_window_gone)

OPERATOR = "900010"          # 青木 翔太, the committee's secretariat (庶務)
OFFICE_CODE = "131"
PLACE = "区役所本庁舎 第2会議室"
ITEM_TITLE = "E2E議題：住基ネット端末の操作者認証の運用について"
ITEM_AREA = 5
PRESENTER = "区民部窓口課長"
GUEST = ("E2E 外部 太郎", "情報システム部", "担当課長")
ACTION = "E2E指示：操作者認証カードの管理簿を整備し、次回会議で報告すること"
ACTION_OWNER = ("900012", "前田 恵子")
CHAIR = "大野 正樹"
VICE_CHAIR = "石田 久美子"
PROXY_FOR = "藤田 誠"        # 委員 (総務部総務課長)
PROXY = "総務課 課長補佐 E2E代理"

# X keycodes (Xvfb's default evdev keymap).
KEYCODES.update({"n": 57, "Alt_L": 64, "Left": 113, "Down": 116})


def fiscal_year(day):
    return day.year if day.month >= 4 else day.year - 1


def wareki(day):
    """令和 date as typed by a user: 令和8年11月22日."""
    return f"令和{day.year - 2018}年{day.month}月{day.day}日"


def pressed(node):
    return has_state(node, pyatspi.STATE_PRESSED) or has_state(node, pyatspi.STATE_CHECKED)


def fill_dialog(app, title, texts, button):
    """Types @texts ({row title: text}) into the dialog @title and presses @button."""
    dialog = frame_named(app, title)
    for row, text in texts.items():
        type_into(find(dialog, "text", row), text)
    click(find(dialog, "push button", button))
    wait_window_gone(app, title)


def choose(combo, position):
    """Chooses the @position-th choice (from 1) of the combo row @combo: its
    pop-over opens with the focus on the first choice."""
    mouse_click(combo)
    for _ in range(position - 1):
        key_combo("Down")
    key_combo("Return")


def attendance_box(window, who):
    return find(window, "panel", f"Attendance of {who}")


def shown_attendance(window, who):
    """The attendance toggle shown pressed for @who (出席, 欠席, 代理出席), or None."""
    boxes = find_all(window, "panel", f"Attendance of {who}")
    if not boxes:
        return None
    on = [b.name for b in find_all(boxes[0], "push button") if pressed(b)]
    return on[0] if len(on) == 1 else None


def stored_attendance(db, meeting_id):
    with sqlite3.connect(db) as conn:
        return dict(conn.execute(
            "SELECT s.name, a.attendance || coalesce (':' || a.proxy_name, '') "
            "FROM meeting_attendance a JOIN staff s ON s.id = a.staff_id "
            "WHERE a.meeting_id = ?", (meeting_id,)).fetchall())


def main():
    daicho, cli = sys.argv[1], sys.argv[2]
    tap = Tap()
    _, db, config = demo_at_desk(cli, OPERATOR, OFFICE_CODE)

    today = datetime.date.today()
    fy = fiscal_year(today)
    due = today + datetime.timedelta(days=45)

    # The meeting the demo planned for next month is called off.
    planned = [m for m in cli_csv(cli, db, "meeting", "list") if m["state"] == "planned"]
    for m in planned:
        subprocess.run([cli, "--db", db, "--operator", OPERATOR, "meeting", "cancel", m["id"],
                        "--reason", "日程を前倒しして臨時に開催するため"],
                       check=True, stdout=subprocess.DEVNULL)
    before = cli_csv(cli, db, "meeting", "list", "--fiscal-year", str(fy))
    number = 1 + max((int(m["number"]) for m in before), default=0)
    label = f"令和{fy - 2018}年度第{number}回"
    open_before = {a["id"] for a in cli_csv(cli, db, "actions", "list", "--open")}

    proc = None
    try:
        proc, app = start_app(daicho, db, config)
        window = frame_named(app, "Daicho")
        click(find(window, "page tab", "Security Committee"))
        find(window, "list item", contains=f"令和{fy - 2018}年度第")

        # Ctrl+N plans the meeting: today, 午後2時 to 15:30.
        key_combo("Control_L", "n")
        fill_dialog(app, "Plan a Meeting",
                    {"Date": wareki(today), "Starts at (14:00, 午後2時)": "午後2時",
                     "Ends at": "１５：３０", "Place": PLACE}, "Plan")
        made = [m for m in cli_csv(cli, db, "meeting", "list", "--fiscal-year", str(fy))
                if m["number"] == str(number)]
        meeting = made[0] if made else {}
        tap.ok(meeting.get("state") == "planned" and meeting.get("date") == today.isoformat() and
               meeting.get("start") == "14:00" and meeting.get("end") == "15:30" and
               meeting.get("place") == PLACE,
               f"Ctrl+N planned {label} for today, 14:00–15:30 at {PLACE} ({meeting})")
        meeting_id = int(meeting.get("id", 0))

        # Its page: the title names it; the agenda is empty.
        find(window, "label", label)
        tap.ok(find(window, "label", "No agenda items yet") is not None,
               f"{label}'s page opens with an empty agenda")

        # Preparation: an agenda item of area (5), 15 minutes typed full-width.
        click(find(window, "push button", "Add Item…"))
        dialog = frame_named(app, "Add an Agenda Item")
        area = find(dialog, "combo box", "Deliberation area (第5条第2項)")
        choose(area, ITEM_AREA)
        type_into(find(dialog, "text", "Title"), ITEM_TITLE)
        type_into(find(dialog, "text", "Presenter (説明者)"), PRESENTER)
        type_into(find(dialog, "text", "Planned minutes"), "１５")
        click(find(dialog, "push button", "Add"))
        wait_window_gone(app, "Add an Agenda Item")
        row = find(window, "list item", contains=ITEM_TITLE)
        details = " ".join(n.name for n in find_all(row, "label"))
        tap.ok(f"({ITEM_AREA}) " in details and PRESENTER in details and "15 minutes" in details,
               f"the agenda lists the item with its area ({ITEM_AREA}), presenter and 15 minutes "
               f"({details!r})")

        # Someone from outside the committee, invited by the chair (第5条第7項).
        click(find(window, "push button", "Invite…"))
        fill_dialog(app, "Invite Someone",
                    {"Name": GUEST[0], "Affiliation (所属)": GUEST[1], "Title (職名)": GUEST[2]},
                    "Invite")
        tap.ok(find(window, "list item", contains=GUEST[0]) is not None,
               f"{GUEST[0]} is listed among the others invited")

        shown = subprocess.run([cli, "--db", db, "meeting", "show", str(meeting_id)],
                               check=True, capture_output=True, text=True).stdout
        tap.ok(f"({ITEM_AREA})" in shown and ITEM_TITLE in shown and "15分" in shown and
               GUEST[0] in shown,
               f"daicho-cli meeting show: the item, area ({ITEM_AREA}), 15分 and the guest")

        # The meeting takes place: Mark as Held turns the page to the record.
        click(find(window, "push button", "Mark as Held"))
        box = attendance_box(window, CHAIR)
        tap.ok(box is not None, "marked held, the page records attendance (toggles per member)")
        held = [m for m in cli_csv(cli, db, "meeting", "list", "--fiscal-year", str(fy))
                if m["id"] == str(meeting_id)]
        tap.ok(held and held[0]["state"] == "held", f"daicho-cli: {label} is held")

        # Attendance: the chair is away, 藤田 sends a proxy, the others attend.
        members = [b.name[len("Attendance of "):]
                   for b in find_all(window, "panel", contains="Attendance of ")]
        members = [m for m in members if m != GUEST[0]]
        for who in members:
            choice = "欠席" if who == CHAIR else "代理出席" if who == PROXY_FOR else "出席"
            box = attendance_box(window, who)
            click(find(box, "push button", choice))
            if choice == "代理出席":
                fill_dialog(app, "Attended by Proxy", {"Proxy's name": PROXY}, "Save")
            eventually(lambda: shown_attendance(window, who) == choice,
                       f"{who}'s attendance to show {choice}")
        shown_now = {who: shown_attendance(window, who) for who in members}
        tap.ok(len(members) == 9 and shown_now[CHAIR] == "欠席" and
               shown_now[PROXY_FOR] == "代理出席" and
               all(v == "出席" for k, v in shown_now.items() if k not in (CHAIR, PROXY_FOR)),
               f"the toggles show the attendance of the 9 members ({shown_now})")
        stored = stored_attendance(db, meeting_id)
        tap.ok(stored.get(CHAIR) == "absent" and stored.get(PROXY_FOR) == f"proxy:{PROXY}" and
               sum(1 for v in stored.values() if v == "present") == 7,
               f"stored: the chair absent, {PROXY_FOR} by proxy, 7 present ({stored})")

        # Who presided, by the rule: the vice-chair, since the chair was absent.
        click(find(window, "push button", "By the Rule"))
        tap.ok(eventually(lambda: find_all(window, "label", contains=VICE_CHAIR) and
                          [m for m in cli_csv(cli, db, "meeting", "list", "--fiscal-year",
                                              str(fy))
                           if m["id"] == str(meeting_id) and m["presided_by"] == "vice_chair"],
                          "the vice-chair to be recorded as presiding"),
               "By the Rule records the vice-chair as presiding (第5条第5項)")

        # The instruction of the day, with its owner, due date and agenda item.
        click(find(window, "push button", "Add Action Item…"))
        dialog = frame_named(app, "Add an Action Item")
        type_into(find(dialog, "text", "Instruction or request"), ACTION)
        type_into(find(dialog, "text", "Owner (employee number)"), ACTION_OWNER[0])
        type_into(find(dialog, "text", "Due date"), due.isoformat())
        choose(find(dialog, "combo box", "Agenda item"), 2)
        click(find(dialog, "push button", "Add"))
        wait_window_gone(app, "Add an Action Item")
        tap.ok(find(window, "list item", contains=ACTION) is not None,
               "the action item is listed on the meeting's page")

        # The board across meetings: back (Alt+←), Action Items, open ones.
        key_combo("Alt_L", "Left")
        find(window, "list item", label)
        click(find(window, "page tab", "Action Items"))
        row = find(window, "list item", contains=ACTION)
        names = row.name + " " + " ".join(n.name for n in find_all(row, "label"))
        tap.ok(f"{label}, agenda item 1" in names and ACTION_OWNER[1] in names,
               f"the board lists the action with its meeting, agenda item and owner ({names!r})")
        tap.ok(find_all(row, "push button", "Started…") and find_all(row, "push button", "Done…"),
               "on the board the action can be moved to 対応中 or 完了")

        actions = [a for a in cli_csv(cli, db, "actions", "list", "--open")
                   if a["id"] not in open_before]
        tap.ok(len(actions) == 1 and actions[0]["text"] == ACTION and
               actions[0]["meeting"] == label and actions[0]["item"] == "1" and
               actions[0]["owner_emp_no"] == ACTION_OWNER[0] and
               actions[0]["due_date"] == due.isoformat() and actions[0]["state"] == "todo",
               f"daicho-cli actions list --open: the new action ({actions})")
    except Exception as error:
        tap.ok(False, f"unexpected: {error!r}")
    finally:
        stop_app(proc)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
