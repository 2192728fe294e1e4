#!/usr/bin/python3
"""Reads a PDF written by Daicho back with poppler's tools and checks it.

    check_pdf.py FILE.pdf [--title TEXT] [--orientation portrait|landscape]
                 [--text TEXT]... [--every-page TEXT]... [--pages N]

--title       pdfinfo's Title contains TEXT, and so does the first page
--orientation every page is A4 that way round (pdfinfo)
--text        TEXT appears somewhere in the document (pdftotext)
--every-page  TEXT appears on every page, e.g. the table's header cells
--pages       the document has exactly N pages

Every font must be embedded (pdffonts "emb" column), and the text must be
extractable (so searchable). Text is compared with all white space removed,
because pdftotext spaces out wide titles and breaks wrapped cells.

Prints TAP and exits 1 when a check fails.
"""
import argparse
import os
import re
import subprocess
import sys

# tap.py lies beside this script; no __pycache__ is left in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(__file__))
from tap import Tap  # noqa: E402

A4 = (595.276, 841.89)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def squeeze(text):
    return re.sub(r"\s+", "", text)


def font_rows(output):
    """Rows of pdffonts output as dicts, columns cut where the dashes are."""
    lines = output.splitlines()
    header, dashes, rows = lines[0], lines[1], lines[2:]
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", dashes)]
    names = [header[a:b].strip() or header[a:].split()[0] for a, b in spans]
    table = []
    for row in rows:
        if not row.strip():
            continue
        cells = [row[a:b + 1].strip() for a, b in spans]
        table.append(dict(zip(names, cells)))
    return table


def page_sizes(path, n_pages):
    out = run("pdfinfo", "-f", "1", "-l", str(n_pages), path)
    sizes = []
    for m in re.finditer(r"^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts", out, re.M):
        sizes.append((float(m.group(1)), float(m.group(2))))
    return sizes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    parser.add_argument("--title")
    parser.add_argument("--orientation", choices=["portrait", "landscape"])
    parser.add_argument("--text", action="append", default=[])
    parser.add_argument("--every-page", action="append", default=[])
    parser.add_argument("--pages", type=int)
    args = parser.parse_args()
    tap = Tap()

    info = run("pdfinfo", args.pdf)
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    n_pages = int(m.group(1)) if m else 0
    tap.check(n_pages >= 1, "the PDF has pages", info)
    if args.pages is not None:
        tap.check(n_pages == args.pages, f"{args.pages} page(s)", f"found {n_pages}")

    fonts = font_rows(run("pdffonts", args.pdf))
    tap.check(len(fonts) > 0, "the PDF uses fonts")
    not_embedded = [f for f in fonts if f.get("emb") != "yes"]
    tap.check(not not_embedded, "every font is embedded", "\n".join(map(str, not_embedded)))
    no_unicode = [f for f in fonts if f.get("uni") != "yes"]
    tap.check(not no_unicode, "every font maps to Unicode (searchable)",
              "\n".join(map(str, no_unicode)))

    if args.orientation:
        want = A4 if args.orientation == "portrait" else (A4[1], A4[0])
        sizes = page_sizes(args.pdf, n_pages)
        wrong = [s for s in sizes if abs(s[0] - want[0]) > 0.5 or abs(s[1] - want[1]) > 0.5]
        tap.check(len(sizes) == n_pages and not wrong,
                  f"every page is A4 {args.orientation}", f"sizes: {sizes[:5]}")

    text = run("pdftotext", "-layout", "-enc", "UTF-8", args.pdf, "-")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    tap.check(len(pages) == n_pages, "pdftotext finds every page",
              f"{len(pages)} text pages for {n_pages}")
    flat = squeeze(text)
    # Wrapped cells interleave with their neighbours in -layout mode: the
    # raw reading order keeps each cell's lines together.
    raw = squeeze(run("pdftotext", "-raw", "-enc", "UTF-8", args.pdf, "-"))

    if args.title:
        title = re.search(r"^Title:\s*(.*)$", info, re.M)
        tap.check(title and args.title in title.group(1), "the metadata title",
                  title.group(1) if title else "no Title")
        tap.check(pages and squeeze(args.title) in squeeze(pages[0]), "the title on page 1",
                  pages[0][:400] if pages else "")

    for wanted in args.text:
        tap.check(squeeze(wanted) in flat or squeeze(wanted) in raw, f"text: {wanted}")

    for wanted in args.every_page:
        missing = [i + 1 for i, page in enumerate(pages) if squeeze(wanted) not in squeeze(page)]
        tap.check(not missing, f"on every page: {wanted}", f"missing on pages {missing[:10]}")

    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
