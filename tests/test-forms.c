/* test-forms.c — the printable-document engine and the designation roster
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forms are checked as a person gets them: written to PDF and xlsx in a
 * fresh temporary folder and read back with independent tools — poppler's
 * pdftotext/pdffonts/pdfinfo and openpyxl, through tests/forms/check_pdf.py
 * and check_xlsx.py (found with G_TEST_SRCDIR, which meson sets). Drawing on
 * an image surface checks the renderer the print dialog uses.
 *
 * `test-forms -m perf` also times a 10,000-row, 14-column form.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "daicho/daicho.h"
#include "daicho/daicho-date.h"
#include "daicho/daicho-designation-store.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-form.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-roster.h"
#include "test-util.h"

#define A4_SHORT 595.276
#define A4_LONG  841.890

/* Helpers: forms */

static const char *long_text =
  "住民基本台帳の閲覧に関する記録を保存し、所属長の確認を受けること。"
  "Long ASCII words wrap too: supercalifragilisticexpialidocious.";

/* A form of three columns — 番号 (numbers), 日付 (dates), 内容 (text) —
 * whose 内容 of row N starts with 行N始 and ends with 行N終; every seventh
 * row's text is long enough to wrap over several lines. */
static DaichoForm *
synthetic_form (guint n_rows, DaichoFormOrientation orientation)
{
  DaichoForm *form = daicho_form_new ("第9号様式", "試験用の一覧表", orientation);

  daicho_form_add_heading (form, "所属", "試験区役所区民課");
  daicho_form_add_heading (form, "年度", "令和7年度");
  daicho_form_add_seal (form, "課長");
  daicho_form_add_seal (form, "システム利用責任者");
  daicho_form_add_column (form, "番号", 15, DAICHO_FORM_ALIGN_END, DAICHO_FORM_CELL_NUMBER);
  daicho_form_add_column (form, "日付", 25, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE);
  daicho_form_add_column (form, "内容", 80, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT);

  for (guint row = 1; row <= n_rows; row++)
    {
      g_autofree char *number = g_strdup_printf ("%u", row);
      g_autofree char *date = g_strdup_printf ("20%02u-%02u-%02u", 19 + row % 7, 1 + row % 12,
                                               1 + row % 28);
      GString *text = g_string_new (NULL);
      const char *cells[3];

      g_string_append_printf (text, "行%04u始 ", row);
      for (guint i = 0; i < (row % 7 == 0 ? 3 + row % 4 : 0); i++)
        g_string_append (text, long_text);
      g_string_append_printf (text, "行%04u終", row);
      cells[0] = number;
      cells[1] = date;
      cells[2] = text->str;
      daicho_form_add_row (form, cells);
      g_string_free (text, TRUE);
    }
  daicho_form_set_note (form, "以上");
  daicho_form_set_empty_text (form, "該当する行はありません。");
  return form;
}

/* Tests: pagination */

static void
test_paginate (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *pdf = g_build_filename (dir, "many.pdf", NULL);
  g_autoptr(DaichoForm) form = synthetic_form (200, DAICHO_FORM_PORTRAIT);
  g_auto(GStrv) pages = NULL;
  g_autofree char *all = NULL;
  guint n_pages;
  const char *checks[] = { "--title", "試験用の一覧表", "--orientation", "portrait",
                           "--every-page", "番号", "--every-page", "日付", "--every-page", "内容",
                           "--every-page", "第9号様式", "--text", "試験区役所区民課",
                           "--text", "以上", NULL };

  n_pages = daicho_form_paginate (form);
  g_assert_cmpuint (n_pages, >, 1);
  g_assert_cmpuint (daicho_form_paginate (form), ==, n_pages);
  g_assert_cmpuint (daicho_form_get_n_pages (form), ==, n_pages);
  g_assert_cmpuint (daicho_form_get_n_rows (form), ==, 200);

  test_write_form_ok (form, pdf);
  test_assert_no_partial (pdf);
  pages = test_pdf_pages (pdf);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages);
  all = g_strjoinv ("", pages);

  /* Every row on exactly one page, whole: its start and end on that page. */
  for (guint row = 1; row <= 200; row++)
    {
      g_autofree char *start = g_strdup_printf ("行%04u始", row);
      g_autofree char *end = g_strdup_printf ("行%04u終", row);
      int page_of_start = test_page_of (pages, start);

      g_assert_cmpuint (test_count_occurrences (all, start), ==, 1);
      g_assert_cmpuint (test_count_occurrences (all, end), ==, 1);
      g_assert_cmpint (page_of_start, >=, 0);
      g_assert_nonnull (strstr (pages[page_of_start], end));
    }

  /* Page numbers, the header on every page, the note once at the end. */
  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u/%u", page + 1, n_pages);

      g_assert_nonnull (strstr (pages[page], number));
      g_assert_nonnull (strstr (pages[page], "番号日付内容"));
      g_assert_nonnull (strstr (pages[page], "試験用の一覧表"));
    }
  g_assert_cmpuint (test_count_occurrences (all, "以上"), ==, 1);
  g_assert_nonnull (strstr (pages[n_pages - 1], "以上"));
  /* Dates print as short 和暦: row 1 is 2020-02-02. */
  g_assert_nonnull (strstr (pages[0], "R2.2.2"));
  g_assert_null (strstr (all, "2020-02-02"));
  /* The seal captions are on the first page only. */
  g_assert_nonnull (strstr (pages[0], "システム利用責任者"));
  g_assert_null (strstr (pages[1], "システム利用責任者"));

  test_run_checker ("check_pdf.py", pdf, checks);

  /* A change lays the form out again. */
  {
    const char *cells[] = { "201", "2025-04-01", "追加の行", NULL };

    daicho_form_add_row (form, cells);
    g_assert_cmpuint (daicho_form_get_n_rows (form), ==, 201);
    g_assert_cmpuint (daicho_form_paginate (form), >=, n_pages);
  }

  test_remove_tmp_dir (dir);
}

static cairo_status_t
discard_cb (void *closure, const unsigned char *data, unsigned int length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_page_size (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *pdf = g_build_filename (dir, "landscape.pdf", NULL);
  g_autoptr(DaichoForm) portrait = synthetic_form (3, DAICHO_FORM_PORTRAIT);
  g_autoptr(DaichoForm) landscape = synthetic_form (60, DAICHO_FORM_LANDSCAPE);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width;
  double height;
  gsize written = 0;
  const char *checks[] = { "--orientation", "landscape", "--every-page", "内容", NULL };

  daicho_form_get_page_size (portrait, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, A4_SHORT, 0.01);
  g_assert_cmpfloat_with_epsilon (height, A4_LONG, 0.01);
  g_assert_cmpint (daicho_form_get_orientation (portrait), ==, DAICHO_FORM_PORTRAIT);

  daicho_form_get_page_size (landscape, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, A4_LONG, 0.01);
  g_assert_cmpfloat_with_epsilon (height, A4_SHORT, 0.01);
  g_assert_cmpint (daicho_form_get_orientation (landscape), ==, DAICHO_FORM_LANDSCAPE);

  /* Every page draws on a PDF surface of that size without error. */
  surface = cairo_pdf_surface_create_for_stream (discard_cb, &written, width, height);
  cr = cairo_create (surface);
  for (guint page = 0; page < daicho_form_paginate (landscape); page++)
    {
      daicho_form_draw_page (landscape, cr, page);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (written, >, 1000);

  test_write_form_ok (landscape, pdf);
  test_run_checker ("check_pdf.py", pdf, checks);
  test_remove_tmp_dir (dir);
}

static void
test_empty (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "empty.xlsx", NULL);
  g_autoptr(DaichoForm) form = synthetic_form (0, DAICHO_FORM_PORTRAIT);
  g_auto(GStrv) pages = NULL;
  const char *pdf_checks[] = { "--pages", "1", "--text", "該当する行はありません。", NULL };
  const char *xlsx_checks[] = { "--columns", "番号|日付|内容", "--rows", "0",
                                "--text", "該当する行はありません。", NULL };

  g_assert_cmpuint (daicho_form_get_n_rows (form), ==, 0);
  g_assert_cmpuint (daicho_form_paginate (form), ==, 1);
  test_write_form_ok (form, pdf);
  pages = test_pdf_pages (pdf);
  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  g_assert_nonnull (strstr (pages[0], "該当する行はありません。"));
  g_assert_nonnull (strstr (pages[0], "以上"));
  g_assert_nonnull (strstr (pages[0], "1/1"));
  /* No table: its header is not drawn. */
  g_assert_null (strstr (pages[0], "番号日付内容"));
  test_run_checker ("check_pdf.py", pdf, pdf_checks);

  test_write_form_ok (form, xlsx);
  test_run_checker ("check_xlsx.py", xlsx, xlsx_checks);

  /* A form with no columns at all still makes a page. */
  {
    g_autoptr(DaichoForm) bare = daicho_form_new (NULL, "空", DAICHO_FORM_LANDSCAPE);
    g_autofree char *bare_pdf = g_build_filename (dir, "bare.pdf", NULL);
    g_autofree char *bare_xlsx = g_build_filename (dir, "bare.xlsx", NULL);

    g_assert_cmpuint (daicho_form_paginate (bare), ==, 1);
    test_write_form_ok (bare, bare_pdf);
    test_write_form_ok (bare, bare_xlsx);
  }
  test_remove_tmp_dir (dir);
}

/* Counts the pixels of @surface darker than mid-grey. */
static guint
dark_pixels (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  guint n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        if (((pixel >> 8) & 0xff) < 0x80)
          n++;
      }
  return n;
}

static guint
draw_on_image (DaichoForm *form, guint page, double scale)
{
  double width;
  double height;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n;

  daicho_form_get_page_size (form, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width * scale),
                                        (int) (height * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  daicho_form_draw_page (form, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  n = dark_pixels (surface);
  cairo_surface_destroy (surface);
  return n;
}

static void
test_draw_image (void)
{
  g_autoptr(DaichoForm) form = synthetic_form (120, DAICHO_FORM_LANDSCAPE);
  guint last = daicho_form_paginate (form) - 1;
  guint full = draw_on_image (form, 0, 1.0);

  /* Text and rules came out, in proportion when scaled. */
  g_assert_cmpuint (full, >, 5000);
  g_assert_cmpuint (draw_on_image (form, last, 1.0), >, 1000);
  g_assert_cmpuint (draw_on_image (form, 0, 2.0), >, full * 2);
  g_assert_cmpuint (draw_on_image (form, 0, 0.5), >, 500);
}

/* Tests: writing */

static void
test_unwritable (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *missing = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autofree char *missing_xlsx = g_build_filename (dir, "missing", "out.xlsx", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autofree char *folder_xlsx = g_build_filename (dir, "folder.xlsx", NULL);
  g_autoptr(DaichoForm) form = synthetic_form (20, DAICHO_FORM_PORTRAIT);
  g_autoptr(GError) error = NULL;

  /* A folder that does not exist. */
  g_assert_false (daicho_form_write_pdf (form, missing, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  test_assert_no_partial (missing);

  g_assert_false (daicho_form_write_xlsx (form, missing_xlsx, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "out.xlsx"));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing_xlsx, G_FILE_TEST_EXISTS));
  test_assert_no_partial (missing_xlsx);

  /* A target that cannot be replaced (a folder): the finished temporary
   * file is removed, the folder left alone. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (daicho_form_write_pdf (form, folder, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_IO);
  g_clear_error (&error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  test_assert_no_partial (folder);

  g_assert_cmpint (g_mkdir (folder_xlsx, 0700), ==, 0);
  g_assert_false (daicho_form_write (form, folder_xlsx, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_IO);
  g_clear_error (&error);
  g_assert_true (g_file_test (folder_xlsx, G_FILE_TEST_IS_DIR));
  test_assert_no_partial (folder_xlsx);

  test_remove_tmp_dir (dir);
}

static void
test_extension (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *doc = g_build_filename (dir, "form.doc", NULL);
  g_autofree char *none = g_build_filename (dir, "form", NULL);
  g_autofree char *upper_pdf = g_build_filename (dir, "FORM.PDF", NULL);
  g_autofree char *mixed_xlsx = g_build_filename (dir, "Form.XlsX", NULL);
  g_autoptr(DaichoForm) form = synthetic_form (5, DAICHO_FORM_PORTRAIT);
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;
  gsize length = 0;

  g_assert_false (daicho_form_write (form, doc, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
  g_assert_false (daicho_form_write (form, none, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  g_clear_error (&error);

  test_write_form_ok (form, upper_pdf);
  g_assert_true (g_file_get_contents (upper_pdf, &head, &length, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_clear_pointer (&head, g_free);
  test_write_form_ok (form, mixed_xlsx);
  g_assert_true (g_file_get_contents (mixed_xlsx, &head, &length, NULL));
  g_assert_true (length > 4 && memcmp (head, "PK\003\004", 4) == 0);

  test_remove_tmp_dir (dir);
}

static void
test_xlsx (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *xlsx = g_build_filename (dir, "form.xlsx", NULL);
  g_autoptr(DaichoForm) form = synthetic_form (200, DAICHO_FORM_LANDSCAPE);
  g_autoptr(DaichoForm) smaller = synthetic_form (3, DAICHO_FORM_PORTRAIT);
  g_autofree char *listing = NULL;
  const char *zip[] = { "/usr/bin/python3", "-m", "zipfile", "-l", xlsx, NULL };
  const char *checks[] = { "--title", "試験用の一覧表", "--columns", "番号|日付|内容",
                           "--rows", "200", "--orientation", "landscape",
                           "--date-column", "日付", "--number-column", "番号",
                           "--text", "試験区役所区民課", "--text", "以上", NULL };
  const char *checks_smaller[] = { "--columns", "番号|日付|内容", "--rows", "3",
                                   "--orientation", "portrait", NULL };

  test_write_form_ok (form, xlsx);
  test_assert_no_partial (xlsx);
  g_assert_true (test_run (zip, &listing));
  g_assert_nonnull (strstr (listing, "xl/worksheets/sheet1.xml"));
  g_assert_nonnull (strstr (listing, "xl/styles.xml"));
  test_run_checker ("check_xlsx.py", xlsx, checks);

  /* Written again over the first: replaced whole. */
  test_write_form_ok (smaller, xlsx);
  test_assert_no_partial (xlsx);
  test_run_checker ("check_xlsx.py", xlsx, checks_smaller);

  test_remove_tmp_dir (dir);
}

/* A cell longer than a page (and than Excel allows): the PDF gives it a
 * page of its own, cut at the foot; the xlsx is refused, nothing left. */
static void
test_huge_cell (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *pdf = g_build_filename (dir, "huge.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "huge.xlsx", NULL);
  g_autoptr(DaichoForm) form = synthetic_form (3, DAICHO_FORM_PORTRAIT);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  GString *huge = g_string_new ("巨大始");
  const char *cells[3] = { "4", "2025-04-01", NULL };
  const char *after[3] = { "5", "2025-04-02", "次の行" };

  while (huge->len < 40000 * 3)
    g_string_append (huge, "長い文章が続きます。");
  cells[2] = huge->str;
  daicho_form_add_row (form, cells);
  daicho_form_add_row (form, after);

  g_assert_cmpuint (daicho_form_paginate (form), ==, 3);
  test_write_form_ok (form, pdf);
  pages = test_pdf_pages (pdf);
  g_assert_cmpuint (g_strv_length (pages), ==, 3);
  g_assert_nonnull (strstr (pages[0], "行0003終"));
  g_assert_nonnull (strstr (pages[1], "巨大始"));
  g_assert_nonnull (strstr (pages[2], "次の行"));
  g_assert_nonnull (strstr (pages[2], "以上"));
  /* The page number is still drawn after the cut row. */
  g_assert_true (g_str_has_suffix (pages[1], "2/3"));

  g_assert_false (daicho_form_write (form, xlsx, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "32,767"));
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  test_assert_no_partial (xlsx);

  g_string_free (huge, TRUE);
  test_remove_tmp_dir (dir);
}

/* Tests: the roster */

static void
test_roster (void)
{
  g_autofree char *dir = test_make_tmp_dir ("forms");
  g_autofree char *db_path = g_build_filename (dir, "demo.sqlite3", NULL);
  g_autofree char *pdf = g_build_filename (dir, "roster.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "roster.xlsx", NULL);
  g_autofree char *empty_pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *long_date = daicho_date_format_iso (today, DAICHO_DATE_WAREKI_LONG);
  g_autofree char *title = g_strdup_printf ("情報を取り扱うことができる者の指定一覧（%s現在）",
                                            long_date);
  g_autofree char *n_text = NULL;
  g_autofree char *count = NULL;
  g_autofree char *all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoOffice) office = NULL;
  g_autoptr(GListStore) designations = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(DaichoForm) empty = NULL;
  g_auto(GStrv) pages = NULL;
  DaichoDesignationFilter filter = { 0 };
  guint n;

  db = daicho_db_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  office = daicho_office_store_get_by_code (db, "131", &error);
  g_assert_no_error (error);

  filter.office_id = office->id;
  filter.on = today;
  filter.state = "current";
  designations = daicho_designation_store_list (db, &filter, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (designations));
  g_assert_cmpuint (n, >, 0);

  form = daicho_roster_form_new (db, office->id, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (form);
  g_assert_cmpstr (daicho_form_get_title (form), ==, title);
  g_assert_cmpint (daicho_form_get_orientation (form), ==, DAICHO_FORM_PORTRAIT);
  g_assert_cmpuint (daicho_form_get_n_rows (form), ==, n);

  test_write_form_ok (form, pdf);
  pages = test_pdf_pages (pdf);
  all = g_strjoinv ("", pages);
  g_assert_nonnull (strstr (pages[0], title));
  g_assert_nonnull (strstr (pages[0], office->name));
  g_assert_nonnull (strstr (pages[0], "システム利用責任者"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoDesignation) designation =
        g_list_model_get_item (G_LIST_MODEL (designations), i);
      g_autofree char *name = test_squeeze (designation->staff_name);

      g_assert_nonnull (strstr (all, name));
      g_assert_nonnull (strstr (all, designation->emp_no));
    }
  n_text = g_strdup_printf ("%u", n);
  count = g_strdup_printf ("計%u名", n);
  g_assert_nonnull (strstr (all, count));

  {
    g_autofree char *count_spaced = g_strdup_printf ("計 %u 名", n);
    const char *pdf_checks[] = { "--title", title, "--orientation", "portrait",
                                 "--every-page", "職員番号", "--every-page", "指定者",
                                 "--text", office->name, "--text", long_date,
                                 "--text", count_spaced, NULL };
    const char *xlsx_checks[] = { "--title", title,
                                  "--columns", "No.|職員番号|氏名|所属|範囲|指定日|指定者|許可|照合",
                                  "--rows", n_text, "--orientation", "portrait",
                                  "--date-column", "指定日", "--number-column", "No.",
                                  "--text", office->name, "--text", count_spaced, NULL };

    test_run_checker ("check_pdf.py", pdf, pdf_checks);
    test_write_form_ok (form, xlsx);
    test_run_checker ("check_xlsx.py", xlsx, xlsx_checks);
  }

  /* Before anyone was designated: the empty text. */
  empty = daicho_roster_form_new (db, office->id, "2000-04-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (daicho_form_get_n_rows (empty), ==, 0);
  test_write_form_ok (empty, empty_pdf);
  g_clear_pointer (&pages, g_strfreev);
  pages = test_pdf_pages (empty_pdf);
  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  g_assert_nonnull (strstr (pages[0], "この日に指定されている者はいません。"));
  g_assert_nonnull (strstr (pages[0], "平成12年4月1日"));
  g_assert_nonnull (strstr (pages[0], "計0名"));

  /* Refusals. */
  g_assert_null (daicho_roster_form_new (db, office->id, "2025-13-01", &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (daicho_roster_form_new (db, 999999, NULL, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&db);
  test_remove_tmp_dir (dir);
}

/* Tests: speed (-m perf) */

static void
test_perf (void)
{
  static const char *titles[14] = {
    "No.", "職員番号", "氏名", "ふりがな", "所属", "職名", "範囲", "指定日", "終了日",
    "指定者", "許可日", "許可番号", "照合者", "備考",
  };
  static const char *names[] = { "山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲" };
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GTimer) timer = NULL;
  double paginate;
  double write_pdf;
  double write_xlsx;
  guint n_pages;

  if (!g_test_perf ())
    {
      g_test_skip ("run with -m perf");
      return;
    }
  dir = test_make_tmp_dir ("forms");
  pdf = g_build_filename (dir, "perf.pdf", NULL);
  xlsx = g_build_filename (dir, "perf.xlsx", NULL);
  form = daicho_form_new ("第1号様式", "性能試験（10,000行）", DAICHO_FORM_LANDSCAPE);
  daicho_form_add_heading (form, "所属", "中原区役所区民課");
  daicho_form_add_seal (form, "システム利用責任者");
  for (guint col = 0; col < 14; col++)
    daicho_form_add_column (form, titles[col], col == 13 ? 30 : 18, DAICHO_FORM_ALIGN_START,
                            col == 0 ? DAICHO_FORM_CELL_NUMBER
                            : col == 7 || col == 8 || col == 10 ? DAICHO_FORM_CELL_DATE
                            : DAICHO_FORM_CELL_TEXT);
  for (guint row = 0; row < 10000; row++)
    {
      g_autofree char *no = g_strdup_printf ("%u", row + 1);
      g_autofree char *emp = g_strdup_printf ("%06u", 100000 + row);
      g_autofree char *date = g_strdup_printf ("20%02u-%02u-%02u", 19 + row % 7, 1 + row % 12,
                                               1 + row % 28);
      g_autofree char *ref = g_strdup_printf ("中区第%u号", row % 500);
      const char *cells[14] = {
        no, emp, names[row % 4], "やまだ たろう", "中原区役所区民課", "主任",
        row % 3 ? "住民基本台帳事務" : "住民基本台帳事務・印鑑登録事務", date,
        row % 5 ? NULL : "2026-03-31", "川崎 次郎", date, ref, row % 4 ? "鈴木 一郎" : "未",
        row % 10 ? NULL : "異動により所属が変更されたため、指定を見直し中。",
      };

      daicho_form_add_row (form, cells);
    }

  timer = g_timer_new ();
  n_pages = daicho_form_paginate (form);
  paginate = g_timer_elapsed (timer, NULL);
  g_timer_start (timer);
  test_write_form_ok (form, pdf);
  write_pdf = g_timer_elapsed (timer, NULL);
  g_timer_start (timer);
  test_write_form_ok (form, xlsx);
  write_xlsx = g_timer_elapsed (timer, NULL);

  g_test_message ("10,000 rows × 14 columns, %u pages: paginate %.2f s, PDF %.2f s, "
                  "xlsx %.2f s", n_pages, paginate, write_pdf, write_xlsx);
  g_test_minimized_result (paginate + write_pdf, "paginate + PDF: %.2f s",
                           paginate + write_pdf);
  g_assert_cmpfloat (paginate + write_pdf, <, 3.0);
  test_remove_tmp_dir (dir);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/forms/paginate", test_paginate);
  g_test_add_func ("/forms/page-size", test_page_size);
  g_test_add_func ("/forms/empty", test_empty);
  g_test_add_func ("/forms/draw-image", test_draw_image);
  g_test_add_func ("/forms/unwritable", test_unwritable);
  g_test_add_func ("/forms/extension", test_extension);
  g_test_add_func ("/forms/xlsx", test_xlsx);
  g_test_add_func ("/forms/huge-cell", test_huge_cell);
  g_test_add_func ("/forms/roster", test_roster);
  g_test_add_func ("/forms/perf", test_perf);

  return g_test_run ();
}
