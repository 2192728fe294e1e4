#!/usr/bin/python3
"""End to end, as a section chief: open the 取扱者指定 tab on the demo
database, designate a member of the office through the dialog and see the
row appear; try to designate someone from another office without the
information asset manager's permission, read the 第6条 refusal, add the
permission and succeed. Drives the real window through AT-SPI.

Usage: test_designation.py PATH/TO/daicho PATH/TO/daicho-cli
"""
import sqlite3
import sys

from atspi_util import (Tap, click, demo_at_desk, find, frame_named, start_app, stop_app, type_into,
                        wait_window_gone)


def main():
    daicho, cli = sys.argv[1], sys.argv[2]
    tap = Tap()
    # The new chief of 中原区役所区民課 at her desk.
    tmp, db, config = demo_at_desk(cli, "100012", "131")

    proc = None
    try:
        proc, app = start_app(daicho, db, config)
        window = frame_named(app, "Daicho")
        click(find(window, "page tab", "Designations"))
        tap.ok(find(window, "label", "100016") is not None,
               "the tab lists the office's designations")

        # A member of the office: no permission needed.
        click(find(window, "push button", "Designate…"))
        dialog = frame_named(app, "Designate a Staff Member")
        type_into(find(dialog, "text", "Employee number"), "100011")
        tap.ok(find(dialog, contains="吉田 誠") is not None,
               "typing the employee number shows who it is")
        click(find(dialog, "push button", "Designate"))
        wait_window_gone(app, "Designate a Staff Member")
        tap.ok(find(window, "label", "100011") is not None,
               "the new designation appears in the list")

        # Someone from another office without permission: refused, 第6条.
        click(find(window, "push button", "Designate…"))
        dialog = frame_named(app, "Designate a Staff Member")
        type_into(find(dialog, "text", "Employee number"), "100005")
        click(find(dialog, "push button", "Designate"))
        refusal = find(dialog, "label", contains="第6条", timeout=10)
        tap.ok(refusal is not None and "permission" in refusal.name,
               "designating outside staff without permission is refused citing 第6条")

        type_into(find(dialog, "text", "Permission date"), "2019-05-01")
        type_into(find(dialog, "text", "Permission reference"), "情資第99号")
        click(find(dialog, "push button", "Designate"))
        # The asset manager's holder began last April: a permission from 2019 had nobody to
        # give it, so the dialog stays open with the reason.
        tap.ok(find(dialog, "label", contains="Nobody held the 情報資産管理責任者", timeout=10)
               is not None, "a permission from a day without an asset manager is refused")

        with sqlite3.connect(db) as conn:
            start = conn.execute("SELECT min(from_date) FROM post_holder h JOIN post p "
                                 "ON p.id = h.post_id WHERE p.code = 'asset-manager'").fetchone()[0]
        type_into(find(dialog, "text", "Permission date"), start)
        click(find(dialog, "push button", "Designate"))
        wait_window_gone(app, "Designate a Staff Member")
        tap.ok(find(window, "label", "100005") is not None,
               "with a prior permission the outside person is designated")

        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                "SELECT s.emp_no, d.supervised, p.ref, e.emp_no FROM designation d "
                "JOIN staff s ON s.id = d.staff_id LEFT JOIN permission p ON p.id = d.permission_id "
                "JOIN staff e ON e.id = d.entered_by WHERE s.emp_no IN ('100011', '100005') "
                "ORDER BY s.emp_no").fetchall()
        tap.ok(rows == [("100005", 0, "情資第99号", "100012"), ("100011", 1, None, "100012")],
               f"both are stored with the operator as entrant and the permission ({rows})")
    except Exception as error:
        tap.ok(False, f"unexpected: {error}")
    finally:
        stop_app(proc)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
