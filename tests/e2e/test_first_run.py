#!/usr/bin/python3
"""End to end, as a section chief on a new PC: on an empty database, complete
the first-run page, add a storage place in Settings, quit, start again, and
find the place there. Drives the real window through AT-SPI.

Usage: test_first_run.py PATH/TO/daicho
"""
import os
import sqlite3
import sys
import tempfile

from atspi_util import (Tap, click, find, find_all, frame_named, key_combo, start_app,
                        stop_app, type_into, wait_window_gone)

PLACE = "書庫B（施錠）"


def main():
    daicho = sys.argv[1]
    tap = Tap()
    tmp = tempfile.mkdtemp(prefix="daicho-e2e-")
    db = os.path.join(tmp, "daicho.sqlite3")
    config = os.path.join(tmp, "config")
    proc = None
    try:
        proc, app = start_app(daicho, db, config)
        window = frame_named(app, "Daicho")
        tap.ok(True, "the window opens on an empty database")

        setup = find(window, name="Welcome to Daicho")
        tap.ok(setup is not None, "the first-run page greets the user")

        type_into(find(window, "text", "Office code"), "131")
        type_into(find(window, "text", "Office name"), "中原区役所区民課")
        type_into(find(window, "text", "Employee number"), "201234")
        type_into(find(window, "text", "Name"), "川崎 花子")
        type_into(find(window, "text", "Kana"), "かわさき はなこ")
        type_into(find(window, "text", "Title"), "区民課長")
        click(find(window, "push button", "Start Using Daicho"))

        title = find(window, "label", "中原区役所区民課")
        tap.ok(title is not None, "after the first run the office tab shows the new office")
        tap.ok(bool(find_all(window, "label", contains="川崎 花子")),
               "the user holds the office's システム利用責任者 post")

        click(find(window, "push button", "Settings"))
        prefs = frame_named(app, "Settings")
        tap.ok(True, "Settings opens")

        click(find(prefs, "page tab", "Storage places"))
        add_group = find(prefs, "list", "Add a storage place")
        type_into(find(add_group, "text", "Name"), PLACE)
        # The button sits in the group, beside its list of rows.
        click(find(add_group.parent.parent, "push button", "Add"))
        tap.ok(find(prefs, "label", PLACE) is not None,
               "the new storage place is listed in Settings")

        # Close Settings with its close button, then quit with Ctrl+Q.
        click(find(prefs, "push button", "Close"))
        wait_window_gone(app, "Settings")
        key_combo("Control_L", "q")
        try:
            proc.wait(timeout=15)
            tap.ok(proc.returncode == 0, "Ctrl+Q quits Daicho cleanly")
        except Exception:
            tap.ok(False, "Ctrl+Q quits Daicho cleanly")
            proc.kill()
            proc.wait()

        with sqlite3.connect(db) as conn:
            n = conn.execute("SELECT count(*) FROM place WHERE name = ?", (PLACE,)).fetchone()[0]
            who = conn.execute("SELECT s.emp_no FROM audit_log a JOIN staff s ON s.id = a.operator_id "
                               "WHERE a.table_name = 'place' ORDER BY a.id DESC LIMIT 1").fetchone()
        tap.ok(n == 1, "the place is in the database file")
        tap.ok(who is not None and who[0] == "201234", "the audit log names the operator")

        proc, app = start_app(daicho, db, config)
        window = frame_named(app, "Daicho")
        tap.ok(find(window, "label", PLACE) is not None,
               "after a restart the office tab lists the storage place")
        tap.ok(not find_all(window, contains="No operator is chosen"),
               "the operator is remembered across the restart")
    except Exception as error:  # a timeout or a vanished widget fails the run
        tap.ok(False, f"unexpected: {error}")
    finally:
        stop_app(proc)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
