/* daicho-form.h — printable documents: one renderer, three outlets
 *
 * A DaichoForm is an official-looking A4 document: the form number at the
 * top left (第1号様式), a title, heading lines (所属, 年度, 基準日 …), seal
 * boxes (確認印) at the top right, then a table whose header repeats on every
 * page, whose rows never split across pages and whose long text wraps in its
 * cell, and "1 / N" page numbers. The same form is drawn page by page on any
 * cairo_t — the PDF writer, the print dialog's draw-page handler and the
 * tests all call daicho_form_draw_page() — and written as xlsx with the
 * same title, columns and rows.
 *
 * Text is Japanese and laid out with Pango at 72 dpi (points). Fonts come
 * from a family list, so whatever Japanese font the PC has serves.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _DaichoForm DaichoForm;

typedef enum {
  DAICHO_FORM_PORTRAIT,   /* A4 portrait, 595 × 842 pt */
  DAICHO_FORM_LANDSCAPE,  /* A4 landscape, 842 × 595 pt */
} DaichoFormOrientation;

typedef enum {
  DAICHO_FORM_ALIGN_START,
  DAICHO_FORM_ALIGN_CENTER,
  DAICHO_FORM_ALIGN_END,
} DaichoFormAlign;

typedef enum {
  DAICHO_FORM_CELL_TEXT,
  DAICHO_FORM_CELL_DATE,    /* cells hold ISO dates; printed as short 和暦 (R7.4.1),
                             * written to xlsx as real dates shown in 和暦 */
  DAICHO_FORM_CELL_NUMBER,  /* cells hold decimal integers */
} DaichoFormCellType;

/* A new form. @form_number may be NULL (no number printed). */
DaichoForm *daicho_form_new  (const char            *form_number,
                              const char            *title,
                              DaichoFormOrientation  orientation);
void        daicho_form_free (DaichoForm *form);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaichoForm, daicho_form_free)

/* A heading line under the title, e.g. ("所属", "中原区役所区民課"). */
void daicho_form_add_heading (DaichoForm *form, const char *label, const char *value);

/* A seal box at the top right with @caption above it (e.g. "システム利用責任者"). */
void daicho_form_add_seal    (DaichoForm *form, const char *caption);

/* A column of @width_mm millimetres (widths are scaled to fill the page). */
void daicho_form_add_column  (DaichoForm        *form,
                              const char        *title,
                              double             width_mm,
                              DaichoFormAlign    align,
                              DaichoFormCellType type);

/* A row: one string per column (NULL for an empty cell), copied. */
void daicho_form_add_row     (DaichoForm *form, const char * const *cells);

/* Text printed under the table on the last page (e.g. a count), and the
 * text shown in place of the table when there are no rows. */
void daicho_form_set_note       (DaichoForm *form, const char *note);
void daicho_form_set_empty_text (DaichoForm *form, const char *text);

/* Documents of running text (minutes, notices). A form given blocks is a
 * document: after the title and the headings (first page only) its blocks
 * follow in order — section captions, fields (a label and a value that
 * wraps beside it), paragraphs, and tables with columns of their own — and
 * flow from page to page: fields and paragraphs break between lines, table
 * rows never split and a table's header row repeats on each page it
 * continues on. Fields and paragraphs are indented under the last section
 * (level 1: a main heading, level 2: one under it); a table's caption reads
 * as a main heading and what follows the table stands at the margin again.
 * Seal boxes and the
 * form's own columns are not used. In xlsx the document is a sheet of
 * captions, fields and paragraphs, and each table a sheet of its own named
 * by its caption. */
void        daicho_form_add_section   (DaichoForm *form, int level, const char *caption);
void        daicho_form_add_field     (DaichoForm *form, const char *label, const char *value);
void        daicho_form_add_paragraph (DaichoForm *form, const char *text);

/* A table block under @caption: the returned form (owned by @form) takes
 * columns, rows, a note and an empty text like any form; its headings show
 * on its xlsx sheet only. */
DaichoForm *daicho_form_add_table     (DaichoForm *form, const char *caption);

const char           *daicho_form_get_title       (DaichoForm *form);
DaichoFormOrientation daicho_form_get_orientation (DaichoForm *form);
guint                 daicho_form_get_n_rows      (DaichoForm *form);

/* Page size in points for the form's orientation. */
void  daicho_form_get_page_size (DaichoForm *form, double *width, double *height);

/* Lays the rows out on pages of the form's size; cheap to call again.
 * Returns the number of pages (at least 1). */
guint daicho_form_paginate      (DaichoForm *form);
guint daicho_form_get_n_pages   (DaichoForm *form);

/* Draws page @page (0-based) on @cr, whose user unit is the point and whose
 * origin is the page's top left (scale @cr before calling to draw smaller
 * or larger). Paginates first if needed. */
void  daicho_form_draw_page     (DaichoForm *form, cairo_t *cr, guint page);

/* Writes the whole form as PDF to @path (fonts embedded, text selectable).
 * Writes a temporary file beside @path and renames it: never half-written. */
gboolean daicho_form_write_pdf  (DaichoForm *form, const char *path, GError **error);

/* Writes the form as an xlsx workbook (src/export): merged title row,
 * headings, the table with borders and column widths, A4 in the form's
 * orientation, one page wide, header row repeated when printed, frozen
 * header, page numbers in the footer, dates as real dates in 和暦, fonts that
 * exist on Windows office PCs. Never half-written. */
gboolean daicho_form_write_xlsx (DaichoForm *form, const char *path, GError **error);

/* Writes PDF or xlsx according to @path's extension (.pdf / .xlsx);
 * DAICHO_ERROR_INVALID for anything else. */
gboolean daicho_form_write      (DaichoForm *form, const char *path, GError **error);

G_END_DECLS
