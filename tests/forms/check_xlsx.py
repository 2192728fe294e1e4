#!/usr/bin/python3
"""Reads an xlsx workbook written by Daicho back with openpyxl and checks it.

    check_xlsx.py FILE.xlsx --columns "No.|職員番号|氏名" --rows N
                  [--title TEXT] [--orientation portrait|landscape]
                  [--date-column NAME] [--number-column NAME] [--text TEXT]...

--columns        the table's header cells, separated by "|"
--rows           the number of data rows under the header
--title          A1 holds TEXT, merged across every column of the table
--orientation    the page setup's orientation
--date-column    that column's first filled cell is a real date shown in 和暦
--number-column  that column's filled cells are numbers
--text           a cell's value contains TEXT (anywhere on the sheet)

Always checked: A4 paper, printed one page wide, the header row repeated on
every printed page, the panes frozen under it, page numbers in the footer,
游ゴシック as the cells' font.

Prints TAP and exits 1 when a check fails.
"""
import argparse
import datetime
import os
import sys

import openpyxl
from openpyxl.utils import get_column_letter

# tap.py lies beside this script; no __pycache__ is left in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(__file__))
from tap import Tap  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("xlsx")
    parser.add_argument("--columns", required=True)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--title")
    parser.add_argument("--orientation", choices=["portrait", "landscape"])
    parser.add_argument("--date-column")
    parser.add_argument("--number-column")
    parser.add_argument("--text", action="append", default=[])
    args = parser.parse_args()
    tap = Tap()

    sheet = openpyxl.load_workbook(args.xlsx).worksheets[0]
    columns = args.columns.split("|")
    last = get_column_letter(len(columns))
    merged = {str(r) for r in sheet.merged_cells.ranges}

    if args.title:
        tap.check(args.title in str(sheet["A1"].value), "the title in A1", sheet["A1"].value)
        tap.check(len(columns) == 1 or f"A1:{last}1" in merged,
                  f"the title merged across A1:{last}1", sorted(merged)[:10])
        tap.check(sheet["A1"].font.b, "the title is bold")

    # The header row: the first row whose values are the column titles.
    header = None
    for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, 30)):
        values = [c.value for c in row[:len(columns)]]
        if values == columns:
            header = row[0].row
            break
    tap.check(header is not None, "the header row", f"looked for {columns}")
    if header is None:
        return tap.finish()
    cell = sheet.cell(row=header, column=1)
    tap.check(cell.font.b and cell.fill.fgColor.rgb not in (None, "00000000"),
              "the header row is bold on a fill", f"{cell.font.b} {cell.fill.fgColor.rgb}")
    tap.check(cell.border.left.style == "thin", "the header row has borders")

    # Data rows: filled rows right under the header, not merged (the empty
    # text and the note are merged rows after a blank one).
    n = 0
    row = header + 1
    while row <= sheet.max_row:
        values = [sheet.cell(row=row, column=c).value for c in range(1, len(columns) + 1)]
        if all(v is None for v in values) or f"A{row}:{last}{row}" in merged:
            break
        n += 1
        row += 1
    tap.check(n == args.rows, f"{args.rows} data row(s)", f"found {n}")

    data = sheet.cell(row=header + 1, column=1)
    if args.rows > 0:
        tap.check(data.font.name == "游ゴシック", "data cells in 游ゴシック", data.font.name)
        tap.check(data.border.bottom.style == "thin", "data cells have borders")
        tap.check(data.alignment.wrap_text, "data cells wrap")

    def column_cells(name):
        index = columns.index(name) + 1
        return [sheet.cell(row=r, column=index) for r in range(header + 1, header + 1 + n)]

    if args.date_column and args.rows > 0:
        filled = [c for c in column_cells(args.date_column) if c.value is not None]
        first = filled[0] if filled else None
        tap.check(first is not None and isinstance(first.value, (datetime.datetime,
                                                                 datetime.date)),
                  f"{args.date_column} holds real dates", first.value if first else "none")
        tap.check(first is not None and "gannen" in first.number_format
                  and "ggge" in first.number_format,
                  f"{args.date_column} shows 和暦", first.number_format if first else "")

    if args.number_column and args.rows > 0:
        filled = [c.value for c in column_cells(args.number_column) if c.value is not None]
        tap.check(filled and all(isinstance(v, (int, float)) for v in filled),
                  f"{args.number_column} holds numbers", filled[:5])

    for wanted in args.text:
        found = any(wanted in str(c.value) for r in sheet.iter_rows() for c in r
                    if c.value is not None)
        tap.check(found, f"text: {wanted}")

    setup = sheet.page_setup
    if args.orientation:
        tap.check(setup.orientation == args.orientation, f"printed {args.orientation}",
                  setup.orientation)
    tap.check(str(setup.paperSize) == "9", "printed on A4 (paperSize 9)", setup.paperSize)
    # fitToWidth defaults to 1 in OOXML, so writers may leave it out.
    tap.check(sheet.sheet_properties.pageSetUpPr.fitToPage
              and int(setup.fitToWidth or 1) == 1 and int(setup.fitToHeight) == 0,
              "printed one page wide", f"{setup.fitToWidth} x {setup.fitToHeight}")
    tap.check(sheet.print_title_rows == f"${header}:${header}", "the header row repeats",
              sheet.print_title_rows)
    tap.check(sheet.freeze_panes == f"A{header + 1}", "panes frozen under the header",
              sheet.freeze_panes)
    footer = sheet.oddFooter.center.text or ""
    tap.check("&P" in footer and "&N" in footer, "page numbers in the footer", footer)
    tap.check(len(sheet.title) <= 31 and not any(ch in sheet.title for ch in "[]:*?/\\"),
              "a valid sheet name", sheet.title)

    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
