#!/usr/bin/python3
"""End to end, as a section chief: open the 帳票等管理台帳 tab on the demo
database, enter a printed form through the dialog and see its row appear with
the next number; try to enter a form printed by someone who is not
designated and read the 第5条・第6条 refusal; then print Form No. 1 through the
GTK print dialog to a PDF file ("Print to File") and read it back with
pdftotext; check the new entry from the CLI as someone else, correct it in its
details window and find the correction listed there. Drives the real window
through AT-SPI.

Usage: test_ledger.py PATH/TO/daicho PATH/TO/daicho-cli
"""
import datetime
import os
import sqlite3
import subprocess
import sys
import time

import pyatspi

from atspi_util import (KEYCODES, Tap, cli_csv, click, demo_at_desk, find, find_all, frame_named,
                        key_combo, start_app, stop_app, type_into, wait_for, wait_window_gone)

FORM = "E2E試験票"          # short: it must not wrap in Form No. 1's 帳票名 column
REFUSED_FORM = "E2E不可票"
BASIS_REF = "請求第E2E-1号"
ADD_TITLE = "Add to the Form Ledger"
CORRECTION_NOTE = "E2E訂正後の備考"
CORRECTION_REASON = "E2E備考の記載漏れ"


def current_fiscal_year():
    today = datetime.date.today()
    return today.year if today.month >= 4 else today.year - 1


def open_ledger_tab(app):
    window = frame_named(app, "Daicho")
    click(find(window, "page tab", "Form Ledger"))
    return window


def add_dialog(app, window):
    click(find(window, "push button", "Add…"))
    return frame_named(app, ADD_TITLE)


def double_click(node):
    """Double-clicks the middle of @node, as on a row to open it. Xvfb runs no
    window manager: windows open at the top-left, where window coordinates are
    screen coordinates."""
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    x, y = extents.x + extents.width // 2, extents.y + extents.height // 2
    pyatspi.Registry.generateMouseEvent(x, y, "abs")
    time.sleep(0.1)
    pyatspi.Registry.generateMouseEvent(x, y, "b1d")


def open_details(app, window, number):
    double_click(find(window, "label", number))
    return frame_named(app, "Entry " + number)


def print_form1_to_file(app, window, pdf):
    """Ctrl+P, then the GTK print dialog: "Print to File", the file name, Print.

    The print dialog runs inside the action that opens it (a nested main loop),
    so an AT-SPI click on the menu item would not return until the dialog
    closes: the test presses the shortcut instead."""
    KEYCODES.setdefault("p", 33)
    key_combo("Control_L", "p")
    dialog = frame_named(app, "Print")

    # The printers are a column view; GTK 4.8 exposes its selection.
    printers = find(dialog, "list", "GtkColumnListView")
    # A list (not the index alone, which may be 0) so that wait_for sees it.
    rows = wait_for(lambda: [i for i in range(printers.childCount)
                             if find_all(printers.getChildAtIndex(i), "label", "Print to File")],
                    "the Print to File printer")
    printers.querySelection().selectChild(rows[0])

    # The file printer's options: a button naming the file opens a chooser.
    file_option = find(dialog, "panel", "File:")
    click(find(file_option, "push button"))
    chooser = frame_named(app, "Select a filename")
    type_into(find(chooser, "text", "Name:"), pdf)
    click(find(chooser, "push button", "Select"))
    wait_window_gone(app, "Select a filename")
    chosen = find(file_option, "push button", contains=os.path.basename(pdf))

    click(find(dialog, "push button", "Print"))
    wait_for(lambda: os.path.exists(pdf) and os.path.getsize(pdf) > 0 and
             subprocess.run(["pdfinfo", pdf], capture_output=True).returncode == 0,
             "the printed PDF", timeout=60)
    return chosen is not None


def main():
    daicho, cli = sys.argv[1], sys.argv[2]
    tap = Tap()
    # The new chief of 中原区役所区民課 at her desk.
    tmp, db, config = demo_at_desk(cli, "100012", "131")
    pdf = os.path.join(tmp, "printed", "form1.pdf")
    os.makedirs(os.path.dirname(pdf))

    # Who may print (第5条・第6条), from the CLI: 100016 is designated, 100011 is not.
    designated = {d["employee_no"]: d["name"] for d in cli_csv(cli, db, "designation", "list",
                                                                "--office", "131")
                  if d["state"] in ("active", "review")}
    fy = current_fiscal_year()
    entries = cli_csv(cli, db, "ledger", "list", "--office", "131", "--fiscal-year", str(fy))
    number = "R%d-%04d" % (fy - 2018, len(entries) + 1)
    year_label = "令和%d年度" % (fy - 2018)

    proc = None
    try:
        tap.ok("100016" in designated and "100011" not in designated,
               f"the demo designates 100016 and not 100011 ({sorted(designated)})")

        proc, app = start_app(daicho, db, config, {"HOME": tmp})
        window = open_ledger_tab(app)
        tap.ok(not entries or find(window, "label", entries[0]["number"]) is not None,
               "the tab lists this fiscal year's entries")

        # A form printed by a designated member of the office, kept in a place that locks.
        dialog = add_dialog(app, window)
        type_into(find(dialog, "text", "Form name"), FORM)
        type_into(find(dialog, "text", "Printed by (employee number)"), "100016")
        tap.ok(find(dialog, contains=designated.get("100016", "?")) is not None and
               find(dialog, contains="Designated for 中原区役所区民課") is not None,
               "typing the employee number shows who it is and that they are designated")
        tap.ok(find(dialog, contains="請求書") is not None, "the basis offered first is 請求書")
        type_into(find(dialog, "text", "Basis reference"), BASIS_REF)
        click(find(dialog, "push button", "Add"))
        wait_window_gone(app, ADD_TITLE)
        tap.ok(find(window, "label", number) is not None and
               find(window, "label", FORM) is not None,
               f"the new entry appears in the list as {number}")

        # Checked (照合) by someone else, from the CLI; a change now is a
        # correction, listed with its reason in the details window.
        with sqlite3.connect(db) as conn:
            (entry_id,) = conn.execute("SELECT id FROM ledger_entry WHERE form_name = ?",
                                       (FORM,)).fetchone()
        subprocess.run([cli, "--db", db, "--operator", "100016", "ledger", "check",
                        str(entry_id)], check=True, stdout=subprocess.DEVNULL)
        details = open_details(app, window, number)
        click(find(details, "push button", "Correct…"))
        wait_window_gone(app, "Entry " + number)
        dialog = frame_named(app, "Correct Entry " + number)
        type_into(find(dialog, "text", "Reason for the correction (required)"),
                  CORRECTION_REASON)
        type_into(find(dialog, "text", "Note"), CORRECTION_NOTE)
        click(find(dialog, "push button", "Correct"))
        wait_window_gone(app, "Correct Entry " + number)
        details = open_details(app, window, number)
        tap.ok(find(details, "label", "Corrections") is not None and
               find(details, "label", contains="→ " + CORRECTION_NOTE) is not None and
               find(details, "label", contains=CORRECTION_REASON) is not None,
               "a correction after the check is listed under Corrections with its reason")
        key_combo("Escape")
        wait_window_gone(app, "Entry " + number)

        # Someone who is not designated for the office: refused, 第5条・第6条.
        dialog = add_dialog(app, window)
        type_into(find(dialog, "text", "Form name"), REFUSED_FORM)
        type_into(find(dialog, "text", "Printed by (employee number)"), "100011")
        tap.ok(find(dialog, contains="Not designated for 中原区役所区民課") is not None,
               "the dialog warns that the printer is not designated")
        type_into(find(dialog, "text", "Basis reference"), BASIS_REF)
        click(find(dialog, "push button", "Add"))
        refusal = find(dialog, "label", contains="could not have been printed by them",
                       timeout=10)
        tap.ok(refusal is not None and "第5条・第6条" in refusal.name,
               "a form printed by someone not designated is refused citing 第5条・第6条")
        click(find(dialog, "push button", "Cancel"))
        wait_window_gone(app, ADD_TITLE)

        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                "SELECT e.form_name, s.emp_no, e.basis, e.basis_ref, p.locks, en.emp_no "
                "FROM ledger_entry e JOIN staff s ON s.id = e.printed_by "
                "JOIN place p ON p.id = e.place_id JOIN staff en ON en.id = e.entered_by "
                "WHERE e.form_name IN (?, ?)", (FORM, REFUSED_FORM)).fetchall()
        tap.ok(rows == [(FORM, "100016", "request", BASIS_REF, 1, "100012")],
               f"only the designated printer's entry is stored, entered by the operator ({rows})")

        # Form No. 1 through the print dialog, to a PDF file.
        tap.ok(print_form1_to_file(app, window, pdf),
               "the print dialog prints to the file name typed in its chooser")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                              capture_output=True, text=True).stdout
        flat = "".join(text.split())
        tap.ok("帳票等管理台帳" in flat and "第1号様式" in flat,
               "the printed PDF is Form No. 1 (第1号様式, 帳票等管理台帳)")
        tap.ok("中原区役所区民課" in flat and year_label in flat,
               f"it names the office and the fiscal year {year_label}")
        tap.ok(number in flat and FORM in flat and REFUSED_FORM not in flat,
               f"it lists the new entry {number} ({FORM}) and not the refused one")

        # The entry survives a restart.
        stop_app(proc)
        proc, app = start_app(daicho, db, config, {"HOME": tmp})
        window = open_ledger_tab(app)
        tap.ok(find(window, "label", number) is not None, "after a restart the entry is there")
    except Exception as error:
        tap.ok(False, f"unexpected: {error}")
    finally:
        stop_app(proc)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
