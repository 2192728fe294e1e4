/* daicho-form-xlsx.c — a DaichoForm as an xlsx workbook (libxlsxwriter 1.1.4)
 *
 * The only file that includes xlsxwriter.h. One worksheet, laid out like the
 * printed form: the title merged across the table's width, the heading lines,
 * a blank row, the header row and the rows, then the note. Printed, it is A4
 * in the form's orientation, one page wide, with the header row repeated and
 * "1 / N" in the footer; on screen the header row stays frozen. Dates are
 * real Excel dates shown in 和暦; numbers are numbers.
 *
 * libxlsxwriter 1.1.4 has no API for the workbook's default font (the
 * "Normal" style stays Calibri 11), so every format made here names
 * 游ゴシック (Yu Gothic, on every Windows office PC) and the table's columns
 * carry a format, so empty cells there use it too. Rows are written in
 * order, as constant-memory mode requires; the title's merge is written
 * with its row, which that mode allows.
 *
 * Never half-written: libxlsxwriter writes "<path>.partial", renamed over
 * @path on success and removed on failure.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "daicho/daicho-date.h"
#include "../forms/daicho-form-private.h"

#define XLSX_FONT         "游ゴシック"
#define XLSX_FONT_SIZE    10
#define XLSX_TITLE_SIZE   14
#define XLSX_HEADER_FILL  0xD9D9D9
#define XLSX_PAPER_A4     9
#define XLSX_DATE_FORMAT  "[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\""
#define XLSX_MARGIN_SIDE  0.5   /* inches */
#define XLSX_MARGIN_TOP   0.75
#define SHEET_NAME_MAX    31
#define DATE_MIN_WIDTH    17    /* 令和10年12月31日 without "####" */

typedef struct
{
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  const char    *path;      /* the target, for messages */
  GError       **error;
  gboolean       failed;
  lxw_row_t      row;       /* the next row to write */
} XlsxWriter;

/* The one place an lxw_error becomes a GError. Keeps the first failure;
 * returns TRUE when @status is LXW_NO_ERROR and nothing failed before. */
static gboolean
check (XlsxWriter *writer, lxw_error status)
{
  if (status == LXW_NO_ERROR)
    return !writer->failed;
  if (!writer->failed)
    {
      int saved = errno;
      const char *reason;

      /* The system's reason (translated by the C library) where there is
       * one, e.g. a full disk while zipping; libxlsxwriter's English text
       * only for what no person at the desk is expected to meet. */
      switch (status)
        {
        case LXW_ERROR_MEMORY_MALLOC_FAILED:
          reason = g_strerror (ENOMEM);
          break;
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
          reason = _("a cell holds more than 32,767 characters, the most Excel allows");
          break;
        case LXW_ERROR_CREATING_XLSX_FILE:
        case LXW_ERROR_CREATING_TMPFILE:
        case LXW_ERROR_READING_TMPFILE:
        case LXW_ERROR_ZIP_FILE_OPERATION:
        case LXW_ERROR_ZIP_FILE_ADD:
        case LXW_ERROR_ZIP_CLOSE:
          reason = saved != 0 ? g_strerror (saved) : lxw_strerror (status);
          break;
        default:
          reason = lxw_strerror (status);
          break;
        }
      daicho_form_set_write_error (writer->error, writer->path, reason);
      writer->failed = TRUE;
    }
  return FALSE;
}

static lxw_format *
format_new (XlsxWriter *writer)
{
  lxw_format *format = workbook_add_format (writer->workbook);

  format_set_font_name (format, XLSX_FONT);
  format_set_font_size (format, XLSX_FONT_SIZE);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

static uint8_t
lxw_alignment (DaichoFormAlign align)
{
  switch (align)
    {
    case DAICHO_FORM_ALIGN_CENTER:
      return LXW_ALIGN_CENTER;
    case DAICHO_FORM_ALIGN_END:
      return LXW_ALIGN_RIGHT;
    case DAICHO_FORM_ALIGN_START:
    default:
      return LXW_ALIGN_LEFT;
    }
}

/* A worksheet name from the title: the part before any parenthesis (the
 * "（令和7年4月1日現在）" of a roster), without the characters Excel refuses,
 * at most 31 characters. */
static char *
sheet_name (const char *title)
{
  GString *name = g_string_new (NULL);
  const char *end = title + strlen (title);
  const char *paren;
  glong length = 0;

  paren = strstr (title, "（");
  if (paren != NULL && paren > title)
    end = paren;
  paren = strchr (title, '(');
  if (paren != NULL && paren > title && paren < end)
    end = paren;

  for (const char *p = title; p < end && length < SHEET_NAME_MAX; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\'
          || g_unichar_iscntrl (c))
        continue;
      if (c == '\'' && name->len == 0)
        continue;
      g_string_append_unichar (name, c);
      length++;
    }
  while (name->len > 0 && (name->str[name->len - 1] == '\'' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, "Sheet1");
  return g_string_free (name, FALSE);
}

/* Column widths in Excel's units (the width of a digit of the Normal font,
 * 7 px at 96 dpi, plus 5 px of padding): the columns share the printable
 * width of A4 in proportion to their width_mm, as on the PDF. A date column
 * is at least as wide as the longest 和暦 date, because Excel shows a date
 * that does not fit as "####" (text wraps instead); printing one page wide
 * makes up for the extra width. */
static void
set_columns (XlsxWriter *writer, DaichoForm *form, lxw_format **column_formats)
{
  guint n_columns = daicho_form_n_columns (form);
  double paper_mm = form->orientation == DAICHO_FORM_LANDSCAPE ? 297.0 : 210.0;
  double printable_mm = paper_mm - 2 * XLSX_MARGIN_SIDE * 25.4;
  double total = 0;

  for (guint col = 0; col < n_columns; col++)
    total += daicho_form_column (form, col)->width_mm;
  for (guint col = 0; col < n_columns; col++)
    {
      double mm = printable_mm * daicho_form_column (form, col)->width_mm / total;
      double pixels = mm / 25.4 * 96.0;
      double width = MAX (1.0, (pixels - 5.0) / 7.0);

      if (daicho_form_column (form, col)->type == DAICHO_FORM_CELL_DATE)
        width = MAX (width, DATE_MIN_WIDTH);

      check (writer, worksheet_set_column (writer->sheet, col, col, width,
                                           column_formats[col]));
    }
}

/* A4 in the form's orientation, one page wide, page numbers in the footer. */
static void
set_paper (XlsxWriter *writer, DaichoForm *form)
{
  lxw_worksheet *sheet = writer->sheet;

  if (form->orientation == DAICHO_FORM_LANDSCAPE)
    worksheet_set_landscape (sheet);
  else
    worksheet_set_portrait (sheet);
  worksheet_set_paper (sheet, XLSX_PAPER_A4);
  worksheet_set_margins (sheet, XLSX_MARGIN_SIDE, XLSX_MARGIN_SIDE, XLSX_MARGIN_TOP,
                         XLSX_MARGIN_TOP);
  worksheet_fit_to_pages (sheet, 1, 0);
  check (writer, worksheet_set_footer (sheet, "&C&P / &N"));
}

static void
set_page (XlsxWriter *writer, DaichoForm *form, lxw_row_t header_row)
{
  lxw_worksheet *sheet = writer->sheet;

  set_paper (writer, form);
  worksheet_center_horizontally (sheet);
  check (writer, worksheet_repeat_rows (sheet, header_row, header_row));
  worksheet_freeze_panes (sheet, header_row + 1, 0);
  if (form->form_number != NULL)
    {
      /* "&" starts a code in headers: a literal one is written "&&". */
      g_auto(GStrv) parts = g_strsplit (form->form_number, "&", -1);
      g_autofree char *escaped = g_strjoinv ("&&", parts);
      g_autofree char *header = g_strconcat ("&L", escaped, NULL);

      check (writer, worksheet_set_header (sheet, header));
    }
}

/* @text across every column of the next row. */
static void
write_wide (XlsxWriter *writer, guint n_columns, const char *text, lxw_format *format)
{
  if (n_columns > 1)
    check (writer, worksheet_merge_range (writer->sheet, writer->row, 0, writer->row,
                                          n_columns - 1, text, format));
  else
    check (writer, worksheet_write_string (writer->sheet, writer->row, 0, text, format));
  writer->row++;
}

static void
write_cell (XlsxWriter *writer, const DaichoFormColumn *column, lxw_col_t col, const char *text,
            lxw_format *format)
{
  lxw_worksheet *sheet = writer->sheet;
  lxw_row_t row = writer->row;

  if (text == NULL)
    {
      check (writer, worksheet_write_blank (sheet, row, col, format));
      return;
    }
  if (column->type == DAICHO_FORM_CELL_DATE)
    {
      GDate date;

      if (daicho_date_from_iso (text, &date))
        {
          lxw_datetime datetime = { g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), 0, 0, 0.0 };

          check (writer, worksheet_write_datetime (sheet, row, col, &datetime, format));
          return;
        }
    }
  else if (column->type == DAICHO_FORM_CELL_NUMBER)
    {
      gint64 number;

      if (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &number, NULL))
        {
          check (writer, worksheet_write_number (sheet, row, col, (double) number, format));
          return;
        }
    }
  check (writer, worksheet_write_string (sheet, row, col, text, format));
}

static void
write_sheet (XlsxWriter *writer, DaichoForm *form)
{
  guint n_columns = MAX (daicho_form_n_columns (form), 1);
  g_autofree lxw_format **column_formats = g_new0 (lxw_format *, n_columns);
  lxw_format *title = format_new (writer);
  lxw_format *plain = format_new (writer);
  lxw_format *header = format_new (writer);
  lxw_row_t header_row;

  format_set_bold (title);
  format_set_font_size (title, XLSX_TITLE_SIZE);
  format_set_align (title, LXW_ALIGN_CENTER);
  format_set_text_wrap (plain);
  format_set_bold (header);
  format_set_align (header, LXW_ALIGN_CENTER);
  format_set_text_wrap (header);
  format_set_bg_color (header, XLSX_HEADER_FILL);
  format_set_border (header, LXW_BORDER_THIN);
  for (guint col = 0; col < daicho_form_n_columns (form); col++)
    {
      const DaichoFormColumn *column = daicho_form_column (form, col);
      lxw_format *format = format_new (writer);

      format_set_align (format, lxw_alignment (column->align));
      format_set_text_wrap (format);
      format_set_border (format, LXW_BORDER_THIN);
      if (column->type == DAICHO_FORM_CELL_DATE)
        format_set_num_format (format, XLSX_DATE_FORMAT);
      column_formats[col] = format;
    }

  /* Rows before the table: title, headings, a blank row. */
  header_row = 1 + form->headings->len + 1;
  set_columns (writer, form, column_formats);
  set_page (writer, form, header_row);

  check (writer, worksheet_set_row (writer->sheet, writer->row, 24, NULL));
  write_wide (writer, n_columns, form->title, title);
  for (guint i = 0; i < form->headings->len; i++)
    {
      const DaichoFormHeading *heading = &g_array_index (form->headings, DaichoFormHeading, i);
      g_autofree char *line = g_strconcat (heading->label, "　", heading->value, NULL);

      write_wide (writer, n_columns, line, plain);
    }
  writer->row++;

  for (guint col = 0; col < daicho_form_n_columns (form); col++)
    check (writer, worksheet_write_string (writer->sheet, writer->row, col,
                                           daicho_form_column (form, col)->title, header));
  writer->row++;

  for (guint row = 0; row < form->n_rows && !writer->failed; row++)
    {
      for (guint col = 0; col < daicho_form_n_columns (form); col++)
        write_cell (writer, daicho_form_column (form, col), col,
                    daicho_form_cell (form, row, col), column_formats[col]);
      writer->row++;
    }

  if (form->n_rows == 0 && form->empty_text != NULL)
    write_wide (writer, n_columns, form->empty_text, plain);
  if (form->note != NULL)
    {
      writer->row++;
      write_wide (writer, n_columns, form->note, plain);
    }
}

/* A document: its title, headings, captions, fields and paragraphs on a
 * first sheet of two columns (label, text), each table block on a sheet of
 * its own named by its caption, laid out as a one-table form. Long text
 * wraps in column B, whose rows Excel sizes to fit. */
static void
write_document (XlsxWriter *writer, DaichoForm *form)
{
  lxw_format *title = format_new (writer);
  lxw_format *caption = format_new (writer);
  lxw_format *label = format_new (writer);
  lxw_format *text = format_new (writer);
  lxw_worksheet *sheet = writer->sheet;

  format_set_bold (title);
  format_set_font_size (title, XLSX_TITLE_SIZE);
  format_set_align (title, LXW_ALIGN_CENTER);
  format_set_bold (caption);
  format_set_align (caption, LXW_ALIGN_VERTICAL_TOP);
  format_set_align (label, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (label);
  format_set_align (text, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (text);

  check (writer, worksheet_set_column (sheet, 0, 0, 16, label));
  check (writer, worksheet_set_column (sheet, 1, 1, 72, text));
  set_paper (writer, form);

  check (writer, worksheet_set_row (sheet, writer->row, 24, NULL));
  write_wide (writer, 2, form->title, title);
  for (guint i = 0; i < form->headings->len; i++)
    {
      const DaichoFormHeading *heading = &g_array_index (form->headings, DaichoFormHeading, i);

      check (writer, worksheet_write_string (sheet, writer->row, 0, heading->label, label));
      check (writer, worksheet_write_string (sheet, writer->row++, 1, heading->value, text));
    }
  for (guint i = 0; i < form->blocks->len && !writer->failed; i++)
    {
      const DaichoFormBlock *block = g_ptr_array_index (form->blocks, i);

      switch (block->kind)
        {
        case DAICHO_FORM_BLOCK_SECTION:
          if (block->level == 1)
            writer->row++;
          write_wide (writer, 2, block->text, caption);
          break;
        case DAICHO_FORM_BLOCK_FIELD:
          check (writer, worksheet_write_string (sheet, writer->row, 0, block->label, label));
          check (writer, worksheet_write_string (sheet, writer->row++, 1, block->text, text));
          break;
        case DAICHO_FORM_BLOCK_PARAGRAPH:
          check (writer, worksheet_write_string (sheet, writer->row++, 1, block->text, text));
          break;
        case DAICHO_FORM_BLOCK_TABLE:
        default:
          {
            g_autofree char *name = sheet_name (block->table->title);
            g_autofree char *where = g_strdup_printf ("シート「%s」", name);

            writer->row++;
            check (writer, worksheet_write_string (sheet, writer->row, 0, block->label, caption));
            check (writer, worksheet_write_string (sheet, writer->row++, 1, where, text));
          }
          break;
        }
    }

  for (guint i = 0; i < form->blocks->len && !writer->failed; i++)
    {
      const DaichoFormBlock *block = g_ptr_array_index (form->blocks, i);
      g_autofree char *name = NULL;

      if (block->kind != DAICHO_FORM_BLOCK_TABLE)
        continue;
      name = sheet_name (block->table->title);
      writer->sheet = workbook_add_worksheet (writer->workbook, name);
      writer->row = 0;
      if (writer->sheet == NULL)
        check (writer, LXW_ERROR_SHEETNAME_ALREADY_USED);
      else
        write_sheet (writer, block->table);
    }
}

gboolean
daicho_form_write_xlsx (DaichoForm *form, const char *path, GError **error)
{
  g_autofree char *partial = NULL;
  g_autofree char *name = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_doc_properties properties = { 0 };
  XlsxWriter writer = { 0 };
  lxw_error status;
  FILE *probe;

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  partial = daicho_form_partial_path (path);
  writer.path = path;
  writer.error = error;

  /* libxlsxwriter opens the file only when closing, and then reports a
   * failure on stderr without its reason: try it first, for the reason. */
  probe = g_fopen (partial, "wb");
  if (probe == NULL)
    {
      int saved = errno;

      daicho_form_set_write_error (error, path, g_strerror (saved));
      return FALSE;
    }
  fclose (probe);

  writer.workbook = workbook_new_opt (partial, &options);
  if (writer.workbook == NULL)
    {
      check (&writer, LXW_ERROR_MEMORY_MALLOC_FAILED);
      g_unlink (partial);
      return FALSE;
    }

  properties.title = form->title;
  properties.author = (char *) "Daicho";
  check (&writer, workbook_set_properties (writer.workbook, &properties));

  name = sheet_name (form->title);
  writer.sheet = workbook_add_worksheet (writer.workbook, name);
  if (writer.sheet == NULL)
    check (&writer, LXW_ERROR_CREATING_TMPFILE);
  else if (form->blocks != NULL)
    write_document (&writer, form);
  else
    write_sheet (&writer, form);

  errno = 0;
  status = workbook_close (writer.workbook);
  if (!check (&writer, status))
    {
      g_unlink (partial);
      return FALSE;
    }
  return daicho_form_commit_partial (partial, path, error);
}
