/* daicho-inspection-store.c — 点検シート: the quarterly self-inspection (K5-3)
 *
 * The rules are checked inside each write's transaction: one inspection per
 * office and quarter, dated on or after the quarter's first day; every 否
 * with a finding and a corrective action; finalising only when every item
 * is answered, after which the sheet changes only by amendment, field by
 * field with a reason. Actions are never deleted: withdrawn ones are marked
 * void, done ones get their date. The template lives in
 * daicho-inspection-template.c, the evidence in daicho-inspection-evidence.c.
 */
#include "config.h"


#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-post-store.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-inspection-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-label-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoInspection, daicho_inspection,
               FIELD (DaichoInspection, id, INT64),
               FIELD (DaichoInspection, office_id, INT64),
               FIELD (DaichoInspection, office_code, STRING),
               FIELD (DaichoInspection, office_name, STRING),
               FIELD (DaichoInspection, fiscal_year, INT64),
               FIELD (DaichoInspection, quarter, INT64),
               FIELD (DaichoInspection, inspection_date, STRING),
               FIELD (DaichoInspection, inspector_id, INT64),
               FIELD (DaichoInspection, inspector_name, STRING),
               FIELD (DaichoInspection, template_id, INT64),
               FIELD (DaichoInspection, template_version, INT64),
               FIELD (DaichoInspection, state, STRING),
               FIELD (DaichoInspection, finalized_by_name, STRING),
               FIELD (DaichoInspection, finalized_at, STRING),
               FIELD (DaichoInspection, confirmed_by_name, STRING),
               FIELD (DaichoInspection, confirmed_at, STRING),
               FIELD (DaichoInspection, n_items, INT64),
               FIELD (DaichoInspection, n_answered, INT64),
               FIELD (DaichoInspection, n_ng, INT64),
               FIELD (DaichoInspection, n_open_actions, INT64))

DEFINE_RECORD (DaichoInspectionAnswer, daicho_inspection_answer,
               FIELD (DaichoInspectionAnswer, item_id, INT64),
               FIELD (DaichoInspectionAnswer, no, INT64),
               FIELD (DaichoInspectionAnswer, item_key, STRING),
               FIELD (DaichoInspectionAnswer, article, STRING),
               FIELD (DaichoInspectionAnswer, text, STRING),
               FIELD (DaichoInspectionAnswer, result, STRING),
               FIELD (DaichoInspectionAnswer, finding, STRING),
               FIELD (DaichoInspectionAnswer, answered_by_name, STRING),
               FIELD (DaichoInspectionAnswer, answered_at, STRING))

DEFINE_RECORD (DaichoInspectionAction, daicho_inspection_action,
               FIELD (DaichoInspectionAction, id, INT64),
               FIELD (DaichoInspectionAction, inspection_id, INT64),
               FIELD (DaichoInspectionAction, fiscal_year, INT64),
               FIELD (DaichoInspectionAction, quarter, INT64),
               FIELD (DaichoInspectionAction, item_id, INT64),
               FIELD (DaichoInspectionAction, item_no, INT64),
               FIELD (DaichoInspectionAction, item_text, STRING),
               FIELD (DaichoInspectionAction, what, STRING),
               FIELD (DaichoInspectionAction, owner_id, INT64),
               FIELD (DaichoInspectionAction, owner_name, STRING),
               FIELD (DaichoInspectionAction, due_date, STRING),
               FIELD (DaichoInspectionAction, done_date, STRING),
               FIELD (DaichoInspectionAction, voided_at, STRING),
               FIELD (DaichoInspectionAction, overdue, BOOLEAN))

DEFINE_RECORD (DaichoInspectionAmendment, daicho_inspection_amendment,
               FIELD (DaichoInspectionAmendment, id, INT64),
               FIELD (DaichoInspectionAmendment, inspection_id, INT64),
               FIELD (DaichoInspectionAmendment, item_id, INT64),
               FIELD (DaichoInspectionAmendment, item_no, INT64),
               FIELD (DaichoInspectionAmendment, field, STRING),
               FIELD (DaichoInspectionAmendment, old_value, STRING),
               FIELD (DaichoInspectionAmendment, new_value, STRING),
               FIELD (DaichoInspectionAmendment, reason, STRING),
               FIELD (DaichoInspectionAmendment, amended_by_name, STRING),
               FIELD (DaichoInspectionAmendment, amended_at, STRING))

DEFINE_RECORD (DaichoInspectionCell, daicho_inspection_cell,
               FIELD (DaichoInspectionCell, office_id, INT64),
               FIELD (DaichoInspectionCell, office_code, STRING),
               FIELD (DaichoInspectionCell, office_name, STRING),
               FIELD (DaichoInspectionCell, quarter, INT64),
               FIELD (DaichoInspectionCell, inspection_id, INT64),
               FIELD (DaichoInspectionCell, state, STRING),
               FIELD (DaichoInspectionCell, n_ng, INT64),
               FIELD (DaichoInspectionCell, n_open_actions, INT64),
               FIELD (DaichoInspectionCell, n_overdue_actions, INT64),
               FIELD (DaichoInspectionCell, missing, BOOLEAN))

#define INSPECTION_QUERY                                                                         \
  "SELECT i.id, i.office_id, o.code AS office_code, o.name AS office_name, i.fiscal_year,"      \
  "       i.quarter, i.inspection_date, i.inspector_id, s.name AS inspector_name,"               \
  "       i.template_id, t.version AS template_version, i.state,"                                \
  "       f.name AS finalized_by_name, i.finalized_at, c.name AS confirmed_by_name,"             \
  "       i.confirmed_at,"                                                                       \
  "       (SELECT count (*) FROM inspection_item it"                                             \
  "         WHERE it.template_id = i.template_id AND it.retired = 0) AS n_items,"               \
  "       (SELECT count (*) FROM inspection_answer a WHERE a.inspection_id = i.id)"             \
  "         AS n_answered,"                                                                      \
  "       (SELECT count (*) FROM inspection_answer a"                                            \
  "         WHERE a.inspection_id = i.id AND a.result = 'ng') AS n_ng,"                         \
  "       (SELECT count (*) FROM inspection_action x WHERE x.inspection_id = i.id"              \
  "         AND x.done_date IS NULL AND x.voided_at IS NULL) AS n_open_actions "                 \
  "FROM inspection i"                                                                            \
  " JOIN office o ON o.id = i.office_id"                                                         \
  " JOIN staff s ON s.id = i.inspector_id"                                                       \
  " JOIN inspection_template t ON t.id = i.template_id"                                          \
  " LEFT JOIN staff f ON f.id = i.finalized_by"                                                  \
  " LEFT JOIN staff c ON c.id = i.confirmed_by "

/* The number of item @alias on the sheets of its version. */
#define ITEM_NO(alias)                                                                           \
  "(SELECT count (*) FROM inspection_item y WHERE y.template_id = " alias ".template_id"        \
  "  AND y.retired = 0 AND (y.sort_order < " alias ".sort_order"                                 \
  "  OR (y.sort_order = " alias ".sort_order AND y.id <= " alias ".id)))"

/* ?1 is the date "overdue" is judged on. */
#define ACTION_QUERY                                                                             \
  "SELECT x.id, x.inspection_id, i.fiscal_year, i.quarter, x.item_id,"                          \
  "       " ITEM_NO ("it") " AS item_no, it.text AS item_text, x.what, x.owner_id,"              \
  "       s.name AS owner_name, x.due_date, x.done_date, x.voided_at,"                           \
  "       (x.done_date IS NULL AND x.voided_at IS NULL AND x.due_date < ?1) AS overdue "        \
  "FROM inspection_action x"                                                                     \
  " JOIN inspection i ON i.id = x.inspection_id"                                                 \
  " JOIN inspection_item it ON it.id = x.item_id"                                                \
  " JOIN staff s ON s.id = x.owner_id "

/* Labels */

static const DaichoLabel results[] = {
  { "ok", N_("Compliant (適)"), "適" },
  { "ng", N_("Not compliant (否)"), "否" },
  { "na", N_("Not applicable (該当なし)"), "該当なし" },
};

static const DaichoLabel inspection_states[] = {
  { "none", N_("Not done"), "未実施" },
  { "draft", N_("Draft"), "下書き" },
  { "final", N_("Final"), "確定" },
};

gboolean
daicho_inspection_result_parse (const char *text, const char **result)
{
  return daicho_label_parse (results, G_N_ELEMENTS (results), text, result);
}

const char *
daicho_inspection_result_label (const char *result)
{
  return daicho_label_ui (results, G_N_ELEMENTS (results), result);
}

const char *
daicho_inspection_result_form_label (const char *result)
{
  return daicho_label_form (results, G_N_ELEMENTS (results), result);
}

const char *
daicho_inspection_state_label (const char *state)
{
  return daicho_label_ui (inspection_states, G_N_ELEMENTS (inspection_states), state);
}

const char *
daicho_inspection_state_form_label (const char *state)
{
  return daicho_label_form (inspection_states, G_N_ELEMENTS (inspection_states), state);
}

/* Lists */

GListStore *
daicho_inspection_store_list (DaichoDb *db, gint64 office_id, int fiscal_year, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_INSPECTION, error,
                                  INSPECTION_QUERY
                                  "WHERE (?1 = 0 OR i.office_id = ?1)"
                                  "  AND (?2 = 0 OR i.fiscal_year = ?2)"
                                  " ORDER BY i.fiscal_year, i.quarter, o.code",
                                  "Ii", office_id, fiscal_year);
}

DaichoInspection *
daicho_inspection_store_get (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_INSPECTION,
                                 _("The inspection does not exist."), error,
                                 INSPECTION_QUERY "WHERE i.id = ?", "I", id);
}

DaichoInspection *
daicho_inspection_store_find (DaichoDb *db, gint64 office_id, int fiscal_year, int quarter,
                              GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_INSPECTION, NULL, error,
                                 INSPECTION_QUERY
                                 "WHERE i.office_id = ? AND i.fiscal_year = ? AND i.quarter = ?",
                                 "Iii", office_id, fiscal_year, quarter);
}

GListStore *
daicho_inspection_store_sheet (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_INSPECTION_ANSWER, error,
                                  "SELECT it.id AS item_id,"
                                  "       row_number () OVER (ORDER BY it.sort_order, it.id) AS no,"
                                  "       it.item_key, it.article, it.text, a.result, a.finding,"
                                  "       s.name AS answered_by_name, a.answered_at"
                                  " FROM inspection i"
                                  " JOIN inspection_item it ON it.template_id = i.template_id"
                                  "  AND it.retired = 0"
                                  " LEFT JOIN inspection_answer a ON a.inspection_id = i.id"
                                  "  AND a.item_id = it.id"
                                  " LEFT JOIN staff s ON s.id = a.answered_by"
                                  " WHERE i.id = ? ORDER BY it.sort_order, it.id",
                                  "I", id);
}

GListStore *
daicho_inspection_store_actions (DaichoDb *db, gint64 id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_records (db, DAICHO_TYPE_INSPECTION_ACTION, error,
                                  ACTION_QUERY "WHERE x.inspection_id = ?2"
                                  " ORDER BY item_no, x.id",
                                  "tI", today, id);
}

GListStore *
daicho_inspection_store_carried (DaichoDb *db, gint64 office_id, int fiscal_year, int quarter,
                                 const char *on, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_records (db, DAICHO_TYPE_INSPECTION_ACTION, error,
                                  ACTION_QUERY
                                  "WHERE i.office_id = ?2"
                                  "  AND i.fiscal_year * 4 + i.quarter < ?3 * 4 + ?4"
                                  "  AND x.done_date IS NULL AND x.voided_at IS NULL"
                                  " ORDER BY i.fiscal_year, i.quarter, item_no, x.id",
                                  "tIii", on ? on : today, office_id, fiscal_year, quarter);
}

GListStore *
daicho_inspection_store_amendments (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_INSPECTION_AMENDMENT, error,
                                  "SELECT m.id, m.inspection_id, coalesce (m.item_id, 0) AS item_id,"
                                  "       coalesce (" ITEM_NO ("it") ", 0) AS item_no, m.field,"
                                  "       m.old_value, m.new_value, m.reason,"
                                  "       s.name AS amended_by_name, m.amended_at"
                                  " FROM inspection_amendment m"
                                  " LEFT JOIN inspection_item it ON it.id = m.item_id"
                                  " LEFT JOIN staff s ON s.id = m.amended_by"
                                  " WHERE m.inspection_id = ? ORDER BY m.id",
                                  "I", id);
}

GListStore *
daicho_inspection_store_overview (DaichoDb *db, int fiscal_year, const char *on, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();
  char *last[4];
  GListStore *cells;

  for (int q = 0; q < 4; q++)
    {
      GDate first, end;

      daicho_fiscal_quarter_range (fiscal_year, q + 1, &first, &end);
      last[q] = daicho_date_to_iso (&end);
    }
  cells = daicho_db_query_records (db, DAICHO_TYPE_INSPECTION_CELL, error,
                                   "WITH q (n) AS (VALUES (1), (2), (3), (4)) "
                                   "SELECT o.id AS office_id, o.code AS office_code,"
                                   "       o.name AS office_name, q.n AS quarter,"
                                   "       coalesce (i.id, 0) AS inspection_id,"
                                   "       coalesce (i.state, 'none') AS state,"
                                   "       (SELECT count (*) FROM inspection_answer a"
                                   "         WHERE a.inspection_id = i.id AND a.result = 'ng')"
                                   "         AS n_ng,"
                                   "       (SELECT count (*) FROM inspection_action x"
                                   "         WHERE x.inspection_id = i.id AND x.done_date IS NULL"
                                   "           AND x.voided_at IS NULL) AS n_open_actions,"
                                   "       (SELECT count (*) FROM inspection_action x"
                                   "         WHERE x.inspection_id = i.id AND x.done_date IS NULL"
                                   "           AND x.voided_at IS NULL AND x.due_date < ?2)"
                                   "         AS n_overdue_actions,"
                                   "       (CASE q.n WHEN 1 THEN ?3 WHEN 2 THEN ?4 WHEN 3 THEN ?5"
                                   "        ELSE ?6 END < ?2"
                                   "        AND coalesce (i.state, 'none') <> 'final') AS missing"
                                   " FROM office o CROSS JOIN q"
                                   " LEFT JOIN inspection i ON i.office_id = o.id"
                                   "  AND i.fiscal_year = ?1 AND i.quarter = q.n"
                                   " WHERE o.active = 1 ORDER BY o.code, q.n",
                                   "ittttt",
                                   fiscal_year, on ? on : today, last[0], last[1], last[2],
                                   last[3]);
  for (int q = 0; q < 4; q++)
    g_free (last[q]);
  return cells;
}

/* Writes */

/* A staff member who exists and had not left by @on. */
static gboolean
staff_present (DaichoDb *db, gint64 staff_id, const char *on, gboolean *present, GError **error)
{
  gint64 n = 0;

  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM staff WHERE id = ?"
                            " AND (left_on IS NULL OR left_on >= ?)", "It", staff_id, on))
    return FALSE;
  *present = n > 0;
  return TRUE;
}

gint64
daicho_inspection_store_new (DaichoDb *db, gint64 office_id, int fiscal_year, int quarter,
                             const char *date, gint64 inspector_id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *first_iso = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *period = NULL;
  g_autofree char *office_name = NULL;
  gint64 found = 0, template_id = 0, inspector = inspector_id;
  GDate parsed, first, last;
  gboolean ok, present = FALSE;

  if (quarter < 1 || quarter > 4)
    return daicho_set_invalid (error, _("The quarter is 1 (April–June), 2, 3 or 4 (January–March)."));
  if (fiscal_year < 1989 || fiscal_year > 9998)
    return daicho_set_invalid (error, _("Give the fiscal year of the inspection."));
  if (date == NULL || !daicho_date_from_iso (date, &parsed))
    return daicho_set_invalid (error, _("Give the date of the inspection."));
  daicho_fiscal_quarter_range (fiscal_year, quarter, &first, &last);
  first_iso = daicho_date_to_iso (&first);
  shown = daicho_date_format_iso (date, DAICHO_DATE_WAREKI_LONG);
  period = daicho_fiscal_quarter_label_long (fiscal_year, quarter, FALSE);
  if (g_strcmp0 (date, first_iso) < 0)
    {
      g_autofree char *first_shown = daicho_date_format_iso (first_iso, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error,
                      _("The inspection of %s cannot be held on %s: the quarter begins on %s "
                        "(第5条第3項)."), period, shown, first_shown);
    }
  if (g_strcmp0 (date, today) > 0)
    return daicho_set_invalid (error, _("%s is in the future: record the inspection once it is held."),
                    shown);

  if (!daicho_db_begin_write (db, error))
    return 0;

  ok = daicho_db_query_int (db, &found, 0, error,
                            "SELECT count (*) FROM office WHERE id = ? AND active = 1",
                            "I", office_id);
  if (ok && found == 0)
    ok = daicho_set_invalid (error, _("Choose the office that holds the inspection."));
  if (ok)
    {
      g_autoptr(DaichoStmt) stmt = daicho_db_prepare (db, error,
                                                      "SELECT name FROM office WHERE id = ?",
                                                      "I", office_id);
      ok = stmt != NULL && daicho_stmt_step (db, stmt, error) == SQLITE_ROW;
      if (ok)
        office_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  if (ok && inspector == 0)
    {
      ok = daicho_post_store_holder_id_on (db, "usage_manager", office_id, date, &inspector, error);
      if (ok && inspector == 0)
        ok = daicho_set_invalid (error,
                      _("Nobody held the システム利用責任者 post of %s on %s: name the inspector."),
                      office_name, shown);
    }
  if (ok)
    ok = staff_present (db, inspector, date, &present, error);
  if (ok && !present)
    ok = daicho_set_invalid (error, _("Choose the inspector: a staff member at work on %s."), shown);
  if (ok)
    ok = daicho_db_query_int (db, &found, 0, error,
                              "SELECT count (*) FROM inspection"
                              " WHERE office_id = ? AND fiscal_year = ? AND quarter = ?",
                              "Iii", office_id, fiscal_year, quarter);
  if (ok && found > 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                   _("%s already has an inspection for %s: open it instead."), office_name,
                   period);
      ok = FALSE;
    }
  ok = ok && (template_id = daicho_inspection_template_current (db, error)) != 0 &&
       daicho_db_exec (db, error,
                       "INSERT INTO inspection (office_id, fiscal_year, quarter, inspection_date,"
                       " inspector_id, template_id, entered_by, entered_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "IiitIIn", office_id, fiscal_year, quarter, date, inspector, template_id,
                       daicho_db_get_operator (db));
  found = ok ? daicho_db_last_insert_id (db) : 0;
  return daicho_db_finish_write (db, ok, error) ? found : 0;
}

/* Checks a corrective action of @insp and inserts it. */
static gint64
insert_action (DaichoDb *db, DaichoInspection *insp, gint64 item_id,
               const DaichoInspectionActionInput *action, GError **error)
{
  g_autofree char *what = daicho_text_strip (action->what);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *shown = daicho_date_format_iso (insp->inspection_date,
                                                   DAICHO_DATE_WAREKI_LONG);
  gboolean present = FALSE;
  GDate date;

  if (what == NULL || *what == '\0')
    return daicho_set_invalid (error, _("Say what will be done to correct it (the corrective action)."));
  if (!daicho_validate_text (_("Corrective action"), what, DAICHO_TEXT_LONG, TRUE, TRUE, error))
    return 0;
  if (!staff_present (db, action->owner_id, insp->inspection_date, &present, error))
    return 0;
  if (!present)
    return daicho_set_invalid (error, _("Choose who carries out the corrective action: a staff member at "
                             "work on %s."), shown);
  if (action->due_date == NULL || !daicho_date_from_iso (action->due_date, &date))
    return daicho_set_invalid (error, _("Give the date by which the corrective action is to be done."));
  if (g_strcmp0 (action->due_date, insp->inspection_date) < 0)
    return daicho_set_invalid (error, _("The corrective action cannot be due before the inspection (%s)."),
                    shown);
  if (action->done_date != NULL && *action->done_date != '\0')
    {
      if (!daicho_date_from_iso (action->done_date, &date))
        return daicho_set_invalid (error, _("The date the corrective action was done is not a date."));
      if (g_strcmp0 (action->done_date, insp->inspection_date) < 0)
        return daicho_set_invalid (error, _("A corrective action cannot be done before the inspection "
                                 "that found the problem (%s)."), shown);
      if (g_strcmp0 (action->done_date, today) > 0)
        return daicho_set_invalid (error, _("Record a corrective action as done once it is done: the date "
                                 "is in the future."));
    }
  if (!daicho_db_exec (db, error,
                       "INSERT INTO inspection_action (inspection_id, item_id, what, owner_id,"
                       " due_date, done_date, entered_by, entered_at)"
                       " VALUES (?, ?, ?, ?, ?, nullif (?, ''), ?,"
                       "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "IItIttn", insp->id, item_id, what, action->owner_id, action->due_date,
                       action->done_date ? action->done_date : "", daicho_db_get_operator (db)))
    return 0;
  return daicho_db_last_insert_id (db);
}

static gboolean
record_amendment (DaichoDb *db, gint64 id, gint64 item_id, const char *field,
                  const char *old_value, const char *new_value, const char *reason,
                  GError **error)
{
  return daicho_db_exec (db, error,
                         "INSERT INTO inspection_amendment (inspection_id, item_id, field,"
                         " old_value, new_value, reason, amended_by, amended_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                         "Inttttn", id, item_id, field, old_value, new_value, reason,
                         daicho_db_get_operator (db));
}

/* The item of @insp's version, or an error. */
static gboolean
item_of (DaichoDb *db, DaichoInspection *insp, gint64 item_id, GError **error)
{
  gint64 n = 0;

  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM inspection_item"
                            " WHERE id = ? AND template_id = ? AND retired = 0",
                            "II", item_id, insp->template_id))
    return FALSE;
  if (n == 0)
    return daicho_set_invalid (error, _("That item is not on the checklist of this inspection."));
  return TRUE;
}

/* Sets the answer of one item; with @reason (an amendment of a final sheet)
 * each changed field is recorded. Inside the caller's transaction. */
static gboolean
apply_answer (DaichoDb *db, DaichoInspection *insp, gint64 item_id, const char *result,
              const char *finding, const DaichoInspectionActionInput *action,
              const char *reason, GError **error)
{
  g_autofree char *clean = daicho_text_strip (finding);
  g_autofree char *old_result = NULL;
  g_autofree char *old_finding = NULL;
  gint64 open_actions = 0;
  gboolean is_ng;

  if (result == NULL || daicho_label_find (results, G_N_ELEMENTS (results), result) == NULL)
    return daicho_set_invalid (error, _("Answer 適 (compliant), 否 (not compliant) or 該当なし (not "
                             "applicable)."));
  is_ng = g_str_equal (result, "ng");
  if (clean != NULL && *clean == '\0')
    g_clear_pointer (&clean, g_free);
  if (!item_of (db, insp, item_id, error) ||
      !daicho_validate_text (_("Finding"), clean, DAICHO_TEXT_LONG, FALSE, TRUE, error))
    return FALSE;
  if (is_ng && clean == NULL)
    return daicho_set_invalid (error, _("A 否 needs a finding: say what was found wrong (第5条第3項)."));
  if (!is_ng && action != NULL)
    return daicho_set_invalid (error, _("Corrective actions belong to items answered 否."));
  if (!daicho_db_query_int (db, &open_actions, 0, error,
                            "SELECT count (*) FROM inspection_action WHERE inspection_id = ?"
                            " AND item_id = ? AND voided_at IS NULL",
                            "II", insp->id, item_id))
    return FALSE;
  if (is_ng && open_actions == 0 && action == NULL)
    return daicho_set_invalid (error, _("A 否 needs a corrective action: what will be done, by whom and by "
                             "when, so that it is promptly corrected (第5条第3項)."));

  {
    g_autoptr(DaichoStmt) stmt = daicho_db_prepare (db, error,
                                                    "SELECT result, finding FROM inspection_answer"
                                                    " WHERE inspection_id = ? AND item_id = ?",
                                                    "II", insp->id, item_id);
    int rc;

    if (stmt == NULL)
      return FALSE;
    rc = daicho_stmt_step (db, stmt, error);
    if (rc == SQLITE_ROW)
      {
        old_result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        old_finding = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      }
    else if (rc != SQLITE_DONE)
      return FALSE;
  }

  if (reason != NULL)
    {
      if (g_strcmp0 (old_result, result) == 0 && g_strcmp0 (old_finding, clean) == 0 &&
          action == NULL)
        return daicho_set_invalid (error, _("The amendment changes nothing."));
      if (g_strcmp0 (old_result, result) != 0 &&
          !record_amendment (db, insp->id, item_id, "result",
                             daicho_inspection_result_form_label (old_result),
                             daicho_inspection_result_form_label (result), reason, error))
        return FALSE;
      if (g_strcmp0 (old_finding, clean) != 0 &&
          !record_amendment (db, insp->id, item_id, "finding", old_finding, clean, reason, error))
        return FALSE;
    }

  /* A 否 withdrawn takes its open actions with it; done ones stay done. */
  if (!is_ng && open_actions > 0)
    {
      if (reason != NULL &&
          !daicho_db_exec (db, error,
                           "INSERT INTO inspection_amendment (inspection_id, item_id, field,"
                           " old_value, new_value, reason, amended_by, amended_at)"
                           " SELECT inspection_id, item_id, 'action', what, NULL, ?, ?,"
                           "        strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                           " FROM inspection_action WHERE inspection_id = ? AND item_id = ?"
                           "  AND voided_at IS NULL AND done_date IS NULL",
                           "tnII", reason, daicho_db_get_operator (db), insp->id, item_id))
        return FALSE;
      if (!daicho_db_exec (db, error,
                           "UPDATE inspection_action"
                           " SET voided_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                           " WHERE inspection_id = ? AND item_id = ? AND voided_at IS NULL"
                           "   AND done_date IS NULL",
                           "II", insp->id, item_id))
        return FALSE;
    }
  if (action != NULL)
    {
      gint64 action_id = insert_action (db, insp, item_id, action, error);

      if (action_id == 0)
        return FALSE;
      if (reason != NULL &&
          !record_amendment (db, insp->id, item_id, "action", NULL, action->what, reason, error))
        return FALSE;
    }

  return daicho_db_exec (db, error,
                         "INSERT INTO inspection_answer (inspection_id, item_id, result, finding,"
                         " answered_by, answered_at)"
                         " VALUES (?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                         " ON CONFLICT (inspection_id, item_id) DO UPDATE SET"
                         "  result = excluded.result, finding = excluded.finding,"
                         "  answered_by = excluded.answered_by, answered_at = excluded.answered_at",
                         "IIttn", insp->id, item_id, result, clean, daicho_db_get_operator (db));
}

/* The inspection @id in @state, or NULL with the reason. */
static DaichoInspection *
inspection_in_state (DaichoDb *db, gint64 id, const char *state, GError **error)
{
  g_autoptr(DaichoInspection) insp = daicho_inspection_store_get (db, id, error);
  g_autofree char *period = NULL;

  if (insp == NULL)
    return NULL;
  if (g_str_equal (insp->state, state))
    return g_steal_pointer (&insp);
  period = daicho_fiscal_quarter_label_long ((int) insp->fiscal_year, (int) insp->quarter, FALSE);
  if (g_str_equal (state, "draft"))
    daicho_set_invalid (error, _("The inspection of %s for %s is final and locked: change it by an "
                      "amendment with a reason."), insp->office_name, period);
  else
    daicho_set_invalid (error, _("The inspection of %s for %s is still a draft: change it directly."),
             insp->office_name, period);
  return NULL;
}

gboolean
daicho_inspection_store_answer (DaichoDb *db, gint64 id, gint64 item_id, const char *result,
                                const char *finding, const DaichoInspectionActionInput *action,
                                GError **error)
{
  g_autoptr(DaichoInspection) insp = NULL;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = (insp = inspection_in_state (db, id, "draft", error)) != NULL &&
       apply_answer (db, insp, item_id, result, finding, action, NULL, error);
  return daicho_db_finish_write (db, ok, error);
}

gint64
daicho_inspection_store_add_action (DaichoDb *db, gint64 id, gint64 item_id,
                                    const DaichoInspectionActionInput *action, GError **error)
{
  g_autoptr(DaichoInspection) insp = NULL;
  gint64 ng = 0, action_id = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return 0;
  ok = (insp = inspection_in_state (db, id, "draft", error)) != NULL &&
       item_of (db, insp, item_id, error) &&
       daicho_db_query_int (db, &ng, 0, error,
                            "SELECT count (*) FROM inspection_answer WHERE inspection_id = ?"
                            " AND item_id = ? AND result = 'ng'", "II", id, item_id);
  if (ok && ng == 0)
    ok = daicho_set_invalid (error, _("Corrective actions belong to items answered 否."));
  ok = ok && (action_id = insert_action (db, insp, item_id, action, error)) != 0;
  return daicho_db_finish_write (db, ok, error) ? action_id : 0;
}

gboolean
daicho_inspection_store_action_done (DaichoDb *db, gint64 action_id, const char *done_date,
                                     GError **error)
{
  g_autoptr(DaichoInspectionAction) a = NULL;
  g_autoptr(DaichoInspection) insp = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  GDate date;
  gboolean ok;

  if (done_date == NULL || !daicho_date_from_iso (done_date, &date))
    return daicho_set_invalid (error, _("Give the date the corrective action was done."));
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = (a = daicho_db_query_record (db, DAICHO_TYPE_INSPECTION_ACTION,
                                    _("The corrective action does not exist."), error,
                                    ACTION_QUERY "WHERE x.id = ?2", "tI", today,
                                    action_id)) != NULL &&
       (insp = daicho_inspection_store_get (db, a->inspection_id, error)) != NULL;
  if (ok && a->voided_at != NULL)
    ok = daicho_set_invalid (error, _("The corrective action was withdrawn with its 否."));
  else if (ok && a->done_date != NULL)
    ok = daicho_set_invalid (error, _("The corrective action was already done."));
  else if (ok && g_strcmp0 (done_date, insp->inspection_date) < 0)
    {
      g_autofree char *shown = daicho_date_format_iso (insp->inspection_date,
                                                       DAICHO_DATE_WAREKI_LONG);
      ok = daicho_set_invalid (error, _("A corrective action cannot be done before the inspection that "
                             "found the problem (%s)."), shown);
    }
  else if (ok && g_strcmp0 (done_date, today) > 0)
    ok = daicho_set_invalid (error, _("Record a corrective action as done once it is done: the date is in "
                           "the future."));
  ok = ok && daicho_db_exec (db, error,
                             "UPDATE inspection_action SET done_date = ? WHERE id = ?",
                             "tI", done_date, action_id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_inspection_store_finalize (DaichoDb *db, gint64 id, GError **error)
{
  g_autoptr(DaichoInspection) insp = NULL;
  gint64 bare_ng = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = (insp = inspection_in_state (db, id, "draft", error)) != NULL;
  if (ok && insp->n_answered < insp->n_items)
    ok = daicho_set_invalid (error,
                  _("%d of the %d items are not answered yet: every item is answered before the "
                    "sheet is final."),
                  (int) (insp->n_items - insp->n_answered), (int) insp->n_items);
  ok = ok && daicho_db_query_int (db, &bare_ng, 0, error,
                                  "SELECT count (*) FROM inspection_answer a"
                                  " WHERE a.inspection_id = ? AND a.result = 'ng'"
                                  "   AND NOT EXISTS (SELECT 1 FROM inspection_action x"
                                  "     WHERE x.inspection_id = a.inspection_id"
                                  "       AND x.item_id = a.item_id AND x.voided_at IS NULL)",
                                  "I", id);
  if (ok && bare_ng > 0)
    ok = daicho_set_invalid (error, _("Every 否 needs a corrective action before the sheet is final."));
  ok = ok && daicho_db_exec (db, error,
                             "UPDATE inspection SET state = 'final', finalized_by = ?,"
                             " finalized_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                             "nI", daicho_db_get_operator (db), id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_inspection_store_amend (DaichoDb *db, gint64 id, gint64 item_id, const char *result,
                               const char *finding, const DaichoInspectionActionInput *action,
                               const char *reason, GError **error)
{
  g_autoptr(DaichoInspection) insp = NULL;
  g_autofree char *clean_reason = daicho_text_strip (reason);
  gboolean ok;

  if (clean_reason == NULL || *clean_reason == '\0')
    return daicho_set_invalid (error, _("Give the reason for the amendment: a final sheet changes only "
                             "with a reason, kept in its history."));
  if (!daicho_validate_text (_("Reason for the amendment"), clean_reason, DAICHO_TEXT_LONG, TRUE,
                             TRUE, error) ||
      !daicho_db_begin_write (db, error))
    return FALSE;
  ok = (insp = inspection_in_state (db, id, "final", error)) != NULL &&
       apply_answer (db, insp, item_id, result, finding, action, clean_reason, error);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_inspection_store_confirm (DaichoDb *db, gint64 id, GError **error)
{
  g_autoptr(DaichoInspection) insp = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  gint64 holder = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = (insp = inspection_in_state (db, id, "final", error)) != NULL &&
       daicho_post_store_holder_id_on (db, "asset_manager", 0, today, &holder, error);
  if (ok && insp->confirmed_at != NULL)
    ok = daicho_set_invalid (error, _("The inspection has already been confirmed."));
  else if (ok && (holder == 0 || holder != daicho_db_get_operator (db)))
    ok = daicho_set_invalid (error, _("Only the 情報資産管理責任者 confirms an inspection: choose them as "
                           "the operator."));
  ok = ok && daicho_db_exec (db, error,
                             "UPDATE inspection SET confirmed_by = ?,"
                             " confirmed_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                             "II", holder, id);
  return daicho_db_finish_write (db, ok, error);
}
