/* daicho-form1.c — 第1号様式 帳票等管理台帳 and the 廃棄記録 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-form1.h"
#include "daicho/daicho-ledger-store.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-retention.h"

/* Widths in millimetres on A4 landscape (267 mm between the margins); the
 * engine scales them to the page. */
static const struct
{
  const char        *title;
  double             width;
  DaichoFormAlign    align;
  DaichoFormCellType type;
} form1_columns[] = {
  { "番号", 16, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
  { "出力日", 16, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  { "帳票名", 32, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "出力根拠", 26, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "部数", 9, DAICHO_FORM_ALIGN_END, DAICHO_FORM_CELL_NUMBER },
  { "出力者", 18, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "保管場所", 20, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "文書分類（保存期間）", 22, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "保存期限", 16, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  { "処理（交付・廃棄）日", 18, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  { "廃棄方法", 12, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
  { "処理者", 18, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "確認者", 18, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "備考", 26, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
};

/* 備考: the note, whether it is void (取消) or not yet checked (未照合). */
static char *
remarks (DaichoLedgerEntry *e)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (e->voided_at != NULL)
    g_string_append_printf (text, "取消（%s）", e->void_reason ? e->void_reason : "");
  if (e->checked_by_name == NULL && e->voided_at == NULL)
    g_string_append (text, text->len ? " 未照合" : "未照合");
  if (e->note != NULL && *e->note != '\0')
    {
      if (text->len)
        g_string_append_c (text, ' ');
      g_string_append (text, e->note);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_entry_row (DaichoForm *form, DaichoLedgerEntry *e)
{
  g_autofree char *basis = g_strdup_printf ("%s %s", daicho_ledger_basis_form_label (e->basis),
                                            e->basis_ref);
  g_autofree char *copies = g_strdup_printf ("%" G_GINT64_FORMAT, e->copies);
  g_autofree char *retention = daicho_retention_class_text (e->retention_name,
                                                           e->retention_years);
  g_autofree char *note = remarks (e);
  gboolean disposed = g_str_equal (e->state, "disposed");
  gboolean delivered = g_str_equal (e->state, "delivered");
  const char *cells[G_N_ELEMENTS (form1_columns)] = {
    e->number,
    e->output_date,
    e->form_name,
    basis,
    copies,
    e->printed_by_name,
    e->place_name,
    retention,
    e->retention_until ? e->retention_until : NULL,
    disposed ? e->disposal_date : (delivered ? e->delivered_on : NULL),
    disposed ? daicho_ledger_method_form_label (e->disposal_method) : (delivered ? "交付" : NULL),
    disposed ? e->disposal_operator_name : (delivered ? e->delivered_by_name : NULL),
    disposed ? e->disposal_witness_name : NULL,
    note,
  };

  daicho_form_add_row (form, cells);
}

DaichoForm *
daicho_form1_new (DaichoDb *db, gint64 office_id, int fiscal_year, const char *from,
                  const char *to, GError **error)
{
  g_autoptr(DaichoOffice) office = daicho_office_store_get (db, office_id, error);
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autofree char *period = NULL;
  DaichoLedgerFilter filter = { .office_id = office_id, .fiscal_year = fiscal_year,
                                .from = from, .to = to };
  guint n;

  if (office == NULL)
    return NULL;
  if (fiscal_year == 0 && (from == NULL || to == NULL))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Give the fiscal year, or the first and last output dates."));
      return NULL;
    }
  if ((entries = daicho_ledger_store_list (db, &filter, error)) == NULL)
    return NULL;

  if (fiscal_year != 0)
    period = daicho_fiscal_year_label (fiscal_year, FALSE);
  else
    {
      g_autofree char *first = daicho_date_format_iso (from, DAICHO_DATE_WAREKI_LONG);
      g_autofree char *last = daicho_date_format_iso (to, DAICHO_DATE_WAREKI_LONG);
      period = g_strdup_printf ("%s〜%s", first, last);
    }

  form = daicho_form_new ("第1号様式", "帳票等管理台帳", DAICHO_FORM_LANDSCAPE);
  daicho_form_add_heading (form, "所属", office->name);
  daicho_form_add_heading (form, fiscal_year != 0 ? "年度" : "期間", period);
  daicho_form_add_seal (form, "システム利用責任者");
  for (guint i = 0; i < G_N_ELEMENTS (form1_columns); i++)
    daicho_form_add_column (form, form1_columns[i].title, form1_columns[i].width,
                            form1_columns[i].align, form1_columns[i].type);

  n = g_list_model_get_n_items (G_LIST_MODEL (entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoLedgerEntry) e = g_list_model_get_item (G_LIST_MODEL (entries), i);
      add_entry_row (form, e);
    }
  daicho_form_set_empty_text (form, "この期間に登録された帳票はありません。");
  {
    g_autofree char *note = g_strdup_printf ("計 %u 件", n);
    daicho_form_set_note (form, note);
  }
  return g_steal_pointer (&form);
}

DaichoForm *
daicho_disposal_record_new (DaichoDb *db, gint64 disposal_id, GError **error)
{
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(DaichoLedgerEntry) first = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  DaichoLedgerFilter filter = { .disposal_id = disposal_id };
  guint n = 0;

  entries = daicho_ledger_store_list (db, &filter, error);
  if (entries == NULL)
    return NULL;

  form = daicho_form_new (NULL, "廃棄記録", DAICHO_FORM_PORTRAIT);
  daicho_form_add_column (form, "番号", 18, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT);
  daicho_form_add_column (form, "帳票名", 50, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT);
  daicho_form_add_column (form, "出力日", 22, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE);
  daicho_form_add_column (form, "部数", 12, DAICHO_FORM_ALIGN_END, DAICHO_FORM_CELL_NUMBER);
  daicho_form_add_column (form, "保管場所", 34, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT);
  daicho_form_add_column (form, "保存期限", 22, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
    {
      g_autoptr(DaichoLedgerEntry) e = g_list_model_get_item (G_LIST_MODEL (entries), i);
      g_autofree char *copies = NULL;

      if (first == NULL)
        first = g_object_ref (e);
      copies = g_strdup_printf ("%" G_GINT64_FORMAT, e->copies);
      daicho_form_add_row (form, (const char *[]) { e->number, e->form_name, e->output_date,
                                                    copies, e->place_name, e->retention_until });
      n++;
    }

  if (first == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND, _("There is no such disposal."));
      return NULL;
    }

  date = daicho_date_format_iso (first->disposal_date, DAICHO_DATE_WAREKI_LONG);
  daicho_form_add_heading (form, "所属", first->office_name);
  daicho_form_add_heading (form, "廃棄日", date);
  daicho_form_add_heading (form, "廃棄方法", daicho_ledger_method_form_label (first->disposal_method));
  daicho_form_add_heading (form, "処理者", first->disposal_operator_name);
  daicho_form_add_heading (form, "確認者", first->disposal_witness_name);
  daicho_form_add_seal (form, "処理者");
  daicho_form_add_seal (form, "確認者");
  note = g_strdup_printf ("計 %u 件", n);
  daicho_form_set_note (form, note);
  return g_steal_pointer (&form);
}
