/* daicho-form2.c — 第2号様式 点検シート */
#include "config.h"

#include <string.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-form2.h"
#include "daicho/daicho-inspection-store.h"
#include "daicho/daicho-office-store.h"

/* Widths in millimetres on A4 portrait (180 mm between the margins); the
 * engine scales them to the page. */
static const struct
{
  const char        *title;
  double             width;
  DaichoFormAlign    align;
  DaichoFormCellType type;
} form2_columns[] = {
  { "No.", 10, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_NUMBER },
  { "区分", 25, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "点検項目", 64, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "適", 9, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
  { "否", 9, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
  { "該当なし", 16, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
  { "所見・改善措置", 47, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
};

enum { COL_NO, COL_ARTICLE, COL_TEXT, COL_OK, COL_NG, COL_NA, COL_FINDING, N_COLS };

G_STATIC_ASSERT (G_N_ELEMENTS (form2_columns) == N_COLS);

static DaichoForm *
form2_start (const char *office, const char *period, const char *date, const char *inspector,
             const char *state)
{
  DaichoForm *form = daicho_form_new ("第2号様式", "点検シート", DAICHO_FORM_PORTRAIT);

  daicho_form_add_heading (form, "所属", office ? office : "");
  daicho_form_add_heading (form, "年度・四半期", period ? period : "");
  daicho_form_add_heading (form, "点検日", date ? date : "");
  daicho_form_add_heading (form, "点検者", inspector ? inspector : "");
  daicho_form_add_heading (form, "状態", state ? state : "");
  daicho_form_add_seal (form, "システム利用責任者");
  daicho_form_add_seal (form, "情報資産管理責任者");
  for (guint i = 0; i < N_COLS; i++)
    daicho_form_add_column (form, form2_columns[i].title, form2_columns[i].width,
                            form2_columns[i].align, form2_columns[i].type);
  daicho_form_set_empty_text (form, "点検項目がありません。");
  return form;
}

/* 令和7年度 第1四半期（4月〜6月）, the year alone, or NULL. */
static char *
period_label (int fiscal_year, int quarter)
{
  if (fiscal_year == 0)
    return NULL;
  if (quarter < 1 || quarter > 4)
    return daicho_fiscal_year_label (fiscal_year, FALSE);
  return daicho_fiscal_quarter_label_long (fiscal_year, quarter, FALSE);
}

/* 改善措置：what（担当：owner、期限：R7.6.30、完了：R7.6.20 or 未了） */
static void
append_action (GString *text, DaichoInspectionAction *a)
{
  g_autofree char *due = a->due_date ? daicho_date_format_iso (a->due_date,
                                                               DAICHO_DATE_WAREKI_SHORT) : NULL;
  g_autofree char *done = a->done_date ? daicho_date_format_iso (a->done_date,
                                                                 DAICHO_DATE_WAREKI_SHORT) : NULL;

  if (text->len)
    g_string_append_c (text, '\n');
  g_string_append_printf (text, "改善措置：%s（担当：%s、期限：%s、完了：%s）",
                          a->what ? a->what : "", a->owner_name ? a->owner_name : "",
                          due ? due : "", done ? done : "未了");
}

static void
add_item_row (DaichoForm *form, gint64 no, const char *article, const char *item_text,
              const char *result, const char *finding)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, no);
  const char *cells[N_COLS] = {
    number,
    article,
    item_text,
    g_strcmp0 (result, "ok") == 0 ? "○" : NULL,
    g_strcmp0 (result, "ng") == 0 ? "○" : NULL,
    g_strcmp0 (result, "na") == 0 ? "○" : NULL,
    finding != NULL && *finding != '\0' ? finding : NULL,
  };

  daicho_form_add_row (form, cells);
}

DaichoForm *
daicho_form2_new (DaichoDb *db, gint64 inspection_id, GError **error)
{
  g_autoptr(DaichoInspection) insp = daicho_inspection_store_get (db, inspection_id, error);
  g_autoptr(GListStore) sheet = NULL;
  g_autoptr(GListStore) actions = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autofree char *period = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  guint n_ng = 0, n_open = 0;
  guint n_actions;

  if (insp == NULL)
    return NULL;
  if ((sheet = daicho_inspection_store_sheet (db, inspection_id, error)) == NULL ||
      (actions = daicho_inspection_store_actions (db, inspection_id, error)) == NULL)
    return NULL;

  period = period_label ((int) insp->fiscal_year, (int) insp->quarter);
  date = insp->inspection_date ? daicho_date_format_iso (insp->inspection_date,
                                                         DAICHO_DATE_WAREKI_LONG) : NULL;
  form = form2_start (insp->office_name, period, date, insp->inspector_name,
                      daicho_inspection_state_form_label (insp->state));

  n_actions = g_list_model_get_n_items (G_LIST_MODEL (actions));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
    {
      g_autoptr(DaichoInspectionAnswer) ans = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      g_autoptr(GString) text = g_string_new (ans->finding);

      for (guint j = 0; j < n_actions; j++)
        {
          g_autoptr(DaichoInspectionAction) a = g_list_model_get_item (G_LIST_MODEL (actions), j);

          if (a->item_id != ans->item_id || a->voided_at != NULL)
            continue;
          append_action (text, a);
          n_open += a->done_date == NULL;
        }
      n_ng += g_strcmp0 (ans->result, "ng") == 0;
      add_item_row (form, ans->no, ans->article, ans->text, ans->result, text->str);
    }

  note = g_strdup_printf ("否 %u 件　未了の改善措置 %u 件", n_ng, n_open);
  daicho_form_set_note (form, note);
  return g_steal_pointer (&form);
}

DaichoForm *
daicho_form2_blank_new (DaichoDb *db, gint64 office_id, int fiscal_year, int quarter,
                        GError **error)
{
  g_autoptr(DaichoOffice) office = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autofree char *period = NULL;

  if (office_id != 0 && (office = daicho_office_store_get (db, office_id, error)) == NULL)
    return NULL;
  if ((items = daicho_inspection_template_items (db, 0, error)) == NULL)
    return NULL;

  period = period_label (fiscal_year, quarter);
  form = form2_start (office ? office->name : NULL, period, NULL, NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(DaichoInspectionItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);

      add_item_row (form, item->no, item->article, item->text, NULL, NULL);
    }
  daicho_form_set_note (form, "点検結果は適・否・該当なしの欄に記入し、否の項目には所見と改善措置"
                              "（担当・期限）を記入してください。");
  return g_steal_pointer (&form);
}

/* One cell of the overview: "確定 否1 未了0 期限超過0", or 未実施 with
 * （期限経過） when the quarter ended without a final sheet. */
static char *
overview_cell_text (DaichoInspectionCell *c)
{
  const char *state = daicho_inspection_state_form_label (c->state);

  if (g_str_equal (c->state, "none"))
    return g_strdup_printf ("%s%s", state, c->missing ? "（期限経過）" : "");
  return g_strdup_printf ("%s%s 否%" G_GINT64_FORMAT " 未了%" G_GINT64_FORMAT
                          " 期限超過%" G_GINT64_FORMAT,
                          state, c->missing ? "（未確定・期限経過）" : "", c->n_ng,
                          c->n_open_actions, c->n_overdue_actions);
}

DaichoForm *
daicho_inspection_overview_form_new (DaichoDb *db, int fiscal_year, GError **error)
{
  g_autoptr(GListStore) cells = daicho_inspection_store_overview (db, fiscal_year, NULL, error);
  g_autofree char *year = NULL;
  g_autofree char *title = NULL;
  g_autoptr(DaichoForm) form = NULL;
  guint n_missing = 0;
  guint n;

  if (cells == NULL)
    return NULL;
  year = daicho_fiscal_year_label (fiscal_year, FALSE);
  title = g_strdup_printf ("点検実施状況（%s）", year);
  form = daicho_form_new (NULL, title, DAICHO_FORM_LANDSCAPE);
  daicho_form_add_heading (form, "年度", year);
  daicho_form_add_seal (form, "情報資産管理責任者");
  daicho_form_add_column (form, "所属コード", 20, DAICHO_FORM_ALIGN_CENTER,
                          DAICHO_FORM_CELL_TEXT);
  daicho_form_add_column (form, "所属", 55, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT);
  for (int q = 1; q <= 4; q++)
    {
      g_autofree char *label = daicho_fiscal_quarter_label (q);
      daicho_form_add_column (form, label, 48, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT);
    }

  /* The store gives four cells an office, quarters in order. */
  n = g_list_model_get_n_items (G_LIST_MODEL (cells));
  for (guint i = 0; i + 3 < n; i += 4)
    {
      g_autoptr(DaichoInspectionCell) first = g_list_model_get_item (G_LIST_MODEL (cells), i);
      char *text[4] = { NULL };

      for (guint q = 0; q < 4; q++)
        {
          g_autoptr(DaichoInspectionCell) c = g_list_model_get_item (G_LIST_MODEL (cells), i + q);
          text[q] = overview_cell_text (c);
          n_missing += c->missing;
        }
      daicho_form_add_row (form, (const char *[]) { first->office_code, first->office_name,
                                                    text[0], text[1], text[2], text[3] });
      for (guint q = 0; q < 4; q++)
        g_free (text[q]);
    }
  {
    g_autofree char *note = g_strdup_printf ("期限を過ぎて確定していない四半期 %u 件", n_missing);
    daicho_form_set_note (form, note);
  }
  daicho_form_set_empty_text (form, "所属が登録されていません。");
  return g_steal_pointer (&form);
}
