/* daicho-roster.c — 情報を取り扱うことができる者の指定一覧 (the designation roster)
 *
 * Everyone whose designation by one office is in effect on a date (states
 * active and review: "current" in the designation store's words), one row
 * each, in the store's order (kana, then start date). The document itself is
 * always Japanese, so its words are not translated; only error messages are.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-designation-store.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-roster.h"

enum {
  COL_NO,
  COL_EMP_NO,
  COL_NAME,
  COL_OFFICE,
  COL_SCOPE,
  COL_START,
  COL_MANAGER,
  COL_PERMISSION,
  COL_CHECKED,
  N_COLUMNS
};

static const struct
{
  const char        *title;
  double             width_mm;
  DaichoFormAlign    align;
  DaichoFormCellType type;
} columns[N_COLUMNS] = {
  /* Millimetres, 180 in all (A4 less the margins): at 9 pt, six-digit
   * employee numbers, R10.12.31 and a five-character name stay on one line;
   * the scope "both" breaks after its "・". */
  [COL_NO] = { "No.", 9, DAICHO_FORM_ALIGN_END, DAICHO_FORM_CELL_NUMBER },
  [COL_EMP_NO] = { "職員番号", 16, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
  [COL_NAME] = { "氏名", 21, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  [COL_OFFICE] = { "所属", 22, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  [COL_SCOPE] = { "範囲", 32, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  [COL_START] = { "指定日", 19, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  [COL_MANAGER] = { "指定者", 20, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  [COL_PERMISSION] = { "許可", 21, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  [COL_CHECKED] = { "照合", 20, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
};

/* 許可: the permission's date (short 和暦) and reference; "—" for staff under
 * the manager's own supervision, who need none; "なし" when one is needed
 * and missing (the designation is then under review). */
static char *
permission_text (DaichoDesignation *designation)
{
  g_autofree char *date = NULL;

  if (designation->permission_date != NULL && *designation->permission_date != '\0')
    {
      date = daicho_date_format_iso (designation->permission_date, DAICHO_DATE_WAREKI_SHORT);
      if (designation->permission_ref != NULL && *designation->permission_ref != '\0')
        return g_strconcat (date, " ", designation->permission_ref, NULL);
      return g_steal_pointer (&date);
    }
  return g_strdup (designation->supervised ? "—" : "なし");
}

static void
add_row (DaichoForm *form, guint number, DaichoDesignation *designation)
{
  g_autofree char *no = g_strdup_printf ("%u", number);
  g_autofree char *permission = permission_text (designation);
  const char *cells[N_COLUMNS];

  cells[COL_NO] = no;
  cells[COL_EMP_NO] = designation->emp_no;
  cells[COL_NAME] = designation->staff_name;
  cells[COL_OFFICE] = designation->staff_office_name;
  cells[COL_SCOPE] = daicho_designation_scope_form_label (designation->scope);
  cells[COL_START] = designation->start_date;
  cells[COL_MANAGER] = designation->manager_name;
  cells[COL_PERMISSION] = permission;
  cells[COL_CHECKED] = designation->checked_by_name != NULL && *designation->checked_by_name
                       ? designation->checked_by_name
                       : "未";
  daicho_form_add_row (form, cells);
}

DaichoForm *
daicho_roster_form_new (DaichoDb *db, gint64 office_id, const char *on, GError **error)
{
  g_autofree char *today = NULL;
  g_autofree char *long_date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  g_autoptr(DaichoOffice) office = NULL;
  g_autoptr(GListStore) designations = NULL;
  DaichoDesignationFilter filter = { 0 };
  DaichoForm *form;
  GDate date;
  guint n;

  g_return_val_if_fail (DAICHO_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (on == NULL)
    on = today = daicho_date_today_iso ();
  if (!daicho_date_from_iso (on, &date))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The roster date %s is not a date (YYYY-MM-DD)."), on);
      return NULL;
    }

  office = daicho_office_store_get (db, office_id, error);
  if (office == NULL)
    return NULL;

  filter.office_id = office_id;
  filter.on = on;
  filter.state = "current";
  designations = daicho_designation_store_list (db, &filter, error);
  if (designations == NULL)
    return NULL;

  long_date = daicho_date_format_iso (on, DAICHO_DATE_WAREKI_LONG);
  title = g_strdup_printf ("情報を取り扱うことができる者の指定一覧（%s現在）", long_date);
  form = daicho_form_new (NULL, title, DAICHO_FORM_PORTRAIT);
  daicho_form_add_heading (form, "所属", office->name);
  daicho_form_add_heading (form, "基準日", long_date);
  daicho_form_add_seal (form, "システム利用責任者");
  for (guint col = 0; col < N_COLUMNS; col++)
    daicho_form_add_column (form, columns[col].title, columns[col].width_mm, columns[col].align,
                            columns[col].type);

  n = g_list_model_get_n_items (G_LIST_MODEL (designations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoDesignation) designation =
        g_list_model_get_item (G_LIST_MODEL (designations), i);

      add_row (form, i + 1, designation);
    }

  note = g_strdup_printf ("計 %u 名", n);
  daicho_form_set_note (form, note);
  daicho_form_set_empty_text (form, "この日に指定されている者はいません。");
  return form;
}
