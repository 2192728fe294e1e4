/* test-form2.c — 第2号様式 点検シート (daicho-form2.h) through the public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the small demo: a final inspection with a 否 written as PDF and xlsx
 * and read back, the blank form, and an old sheet printed with its old
 * wording after the checklist changed.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "daicho/daicho.h"
#include "test-util.h"

#define FORM2_COLUMNS "No.|区分|点検項目|適|否|該当なし|所見・改善措置"

typedef struct
{
  char     *dir;
  char     *path;
  DaichoDb *db;
} Fx;

TEST_DEFINE_FIXTURE_FREE (Fx, fx_free)

static Fx *
fx_new (void)
{
  g_autoptr(GError) error = NULL;
  Fx *fx = g_new0 (Fx, 1);

  fx->db = test_open_tmp_db ("form2", &fx->dir, &fx->path);
  g_assert_true (daicho_demo_fill (fx->db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  return fx;
}

/* The first final inspection of the demo with a 否. */
static DaichoInspection *
final_with_ng (Fx *fx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = daicho_inspection_store_list (fx->db, 0, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoInspection) insp = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (insp->state, "final") && insp->n_ng > 0)
        return g_steal_pointer (&insp);
    }
  g_assert_not_reached ();
  return NULL;
}

static GListStore *
sheet_of (Fx *fx, gint64 id)
{
  g_autoptr(GError) error = NULL;
  GListStore *sheet = daicho_inspection_store_sheet (fx->db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

/* The first @n characters of @text, blanks squeezed out. */
static char *
prefix_sq (const char *text, glong n)
{
  g_autofree char *sq = test_squeeze (text);

  return g_utf8_substring (sq, 0, MIN (n, g_utf8_strlen (sq, -1)));
}

/* Text of the PDF @pdf, every page joined, blanks squeezed out. */
static char *
pdf_text (const char *pdf)
{
  g_auto(GStrv) pages = test_pdf_pages (pdf);

  return g_strjoinv ("", pages);
}

static void
test_inspection_form (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoInspection) insp = final_with_ng (fx);
  g_autoptr(GListStore) sheet = sheet_of (fx, insp->id);
  g_autoptr(DaichoForm) form = NULL;
  g_autofree char *dir = test_make_tmp_dir ("form2-sheet");
  g_autofree char *pdf = g_build_filename (dir, "form2.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "form2.xlsx", NULL);
  g_autofree char *all = NULL;
  g_autofree char *office_sq = test_squeeze (insp->office_name);
  g_autofree char *inspector_sq = test_squeeze (insp->inspector_name);
  g_autofree char *year = daicho_fiscal_year_label ((int) insp->fiscal_year, FALSE);
  g_autofree char *quarter = daicho_fiscal_quarter_label ((int) insp->quarter);
  g_autofree char *period = g_strconcat (year, quarter, NULL);
  g_autofree char *date = daicho_date_format_iso (insp->inspection_date, DAICHO_DATE_WAREKI_LONG);
  g_autofree char *finding = NULL;
  g_autofree char *rows = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (sheet));
  guint n_ng = 0;

  form = daicho_form2_new (fx->db, insp->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (form);
  g_assert_cmpstr (daicho_form_get_title (form), ==, "点検シート");
  g_assert_cmpint (daicho_form_get_orientation (form), ==, DAICHO_FORM_PORTRAIT);
  g_assert_cmpuint (daicho_form_get_n_rows (form), ==, n);
  test_write_form_ok (form, pdf);
  all = pdf_text (pdf);

  g_assert_nonnull (strstr (all, "第2号様式"));
  g_assert_nonnull (strstr (all, "点検シート"));
  g_assert_nonnull (strstr (all, office_sq));
  g_assert_nonnull (strstr (all, period));
  g_assert_nonnull (strstr (all, date));
  g_assert_nonnull (strstr (all, inspector_sq));
  g_assert_nonnull (strstr (all, "確定"));
  g_assert_nonnull (strstr (all, "システム利用責任者"));
  g_assert_nonnull (strstr (all, "情報資産管理責任者"));
  g_assert_nonnull (strstr (all, "○"));
  g_assert_nonnull (strstr (all, "改善措置："));
  /* Every item answered: one ○ a row. */
  g_assert_cmpuint (test_count_occurrences (all, "○"), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspectionAnswer) ans = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      g_autofree char *start = prefix_sq (ans->text, 8);

      g_assert_nonnull (strstr (all, start));
      if (g_strcmp0 (ans->result, "ng") == 0)
        {
          n_ng++;
          if (finding == NULL && ans->finding != NULL && *ans->finding != '\0')
            finding = g_strdup (ans->finding);
        }
    }
  g_assert_cmpuint (n_ng, ==, insp->n_ng);
  g_assert_nonnull (finding);
  {
    g_autofree char *finding_start = prefix_sq (finding, 6);
    g_autofree char *note = g_strdup_printf ("否%u件", n_ng);

    g_assert_nonnull (strstr (all, finding_start));
    g_assert_nonnull (strstr (all, note));
  }
  {
    const char *checks[] = { "--title", "点検シート", "--orientation", "portrait",
                             "--text", "第2号様式", "--text", "○",
                             "--every-page", "点検項目", NULL };

    test_run_checker ("check_pdf.py", pdf, checks);
  }

  test_write_form_ok (form, xlsx);
  rows = g_strdup_printf ("%u", n);
  {
    const char *checks[] = { "--columns", FORM2_COLUMNS, "--rows", rows, "--title", "点検シート",
                             "--orientation", "portrait", "--number-column", "No.",
                             "--text", finding, "--text", "○", NULL };

    test_run_checker ("check_xlsx.py", xlsx, checks);
  }

  /* No such inspection. */
  g_clear_pointer (&form, daicho_form_free);
  g_assert_null (daicho_form2_new (fx->db, 999999, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  test_remove_tmp_dir (dir);
}

static void
test_blank_form (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoInspection) insp = final_with_ng (fx);
  g_autoptr(GListStore) items = daicho_inspection_template_items (fx->db, 0, &error);
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(DaichoForm) with_office = NULL;
  g_autofree char *dir = test_make_tmp_dir ("form2-blank");
  g_autofree char *pdf = g_build_filename (dir, "blank.pdf", NULL);
  g_autofree char *pdf2 = g_build_filename (dir, "blank-office.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "blank.xlsx", NULL);
  g_autofree char *all = NULL;
  g_autofree char *all2 = NULL;
  g_autofree char *office_sq = test_squeeze (insp->office_name);
  g_autofree char *rows = NULL;
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (items));
  g_assert_cmpuint (n, >, 0);
  form = daicho_form2_blank_new (fx->db, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (form);
  g_assert_cmpuint (daicho_form_get_n_rows (form), ==, n);
  test_write_form_ok (form, pdf);
  all = pdf_text (pdf);
  g_assert_nonnull (strstr (all, "第2号様式"));
  g_assert_nonnull (strstr (all, "点検シート"));
  g_assert_null (strstr (all, "○"));
  g_assert_null (strstr (all, "確定"));
  g_assert_null (strstr (all, office_sq));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspectionItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autofree char *start = prefix_sq (item->text, 8);

      g_assert_nonnull (strstr (all, start));
    }
  {
    const char *checks[] = { "--title", "点検シート", "--orientation", "portrait", NULL };

    test_run_checker ("check_pdf.py", pdf, checks);
  }
  test_write_form_ok (form, xlsx);
  rows = g_strdup_printf ("%u", n);
  {
    const char *checks[] = { "--columns", FORM2_COLUMNS, "--rows", rows, "--title", "点検シート",
                             "--orientation", "portrait", NULL };

    test_run_checker ("check_xlsx.py", xlsx, checks);
  }

  /* With an office and a quarter filled in. */
  with_office = daicho_form2_blank_new (fx->db, insp->office_id, (int) insp->fiscal_year,
                                        (int) insp->quarter, &error);
  g_assert_no_error (error);
  test_write_form_ok (with_office, pdf2);
  all2 = pdf_text (pdf2);
  g_assert_nonnull (strstr (all2, office_sq));
  g_assert_nonnull (strstr (all2, "四半期"));
  g_assert_null (strstr (all2, "○"));

  /* No such office. */
  g_assert_null (daicho_form2_blank_new (fx->db, 999999, 0, 0, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  test_remove_tmp_dir (dir);
}

static void
test_old_wording (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoInspection) insp = final_with_ng (fx);
  g_autoptr(GListStore) sheet = sheet_of (fx, insp->id);
  g_autoptr(DaichoInspectionAnswer) first = g_list_model_get_item (G_LIST_MODEL (sheet), 0);
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(DaichoForm) blank = NULL;
  g_autofree char *dir = test_make_tmp_dir ("form2-wording");
  g_autofree char *pdf = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *blank_pdf = g_build_filename (dir, "blank.pdf", NULL);
  g_autofree char *all = NULL;
  g_autofree char *blank_all = NULL;
  g_autofree char *old_start = prefix_sq (first->text, 10);
  const char *new_text = "改訂後の点検項目の文言であるか";
  gint64 t;

  t = daicho_inspection_template_reword (fx->db, first->item_key, new_text, &error);
  g_assert_no_error (error);
  g_assert_cmpint (t, >, 0);

  form = daicho_form2_new (fx->db, insp->id, &error);
  g_assert_no_error (error);
  test_write_form_ok (form, pdf);
  all = pdf_text (pdf);
  g_assert_nonnull (strstr (all, old_start));
  g_assert_null (strstr (all, "改訂後の点検項目"));

  blank = daicho_form2_blank_new (fx->db, 0, 0, 0, &error);
  g_assert_no_error (error);
  test_write_form_ok (blank, blank_pdf);
  blank_all = pdf_text (blank_pdf);
  g_assert_nonnull (strstr (blank_all, "改訂後の点検項目"));
  g_assert_null (strstr (blank_all, old_start));
  test_remove_tmp_dir (dir);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/form2/inspection", test_inspection_form);
  g_test_add_func ("/form2/blank", test_blank_form);
  g_test_add_func ("/form2/old-wording", test_old_wording);
  return g_test_run ();
}
