/* daicho-ledger-store.c — 帳票等管理台帳 (K5-2, K8, K9)
 *
 * The rules are checked inside each write's transaction: the printer is
 * designated for the office on the output day (第5条・第6条), the form is kept
 * in a place of the office that locks (第9条第2項), it was printed on one of
 * the bases of 第9条第1項, its retention follows its class (第9条第4項), and it
 * is destroyed only by 焼却, 溶解 or 裁断, by one person and confirmed by
 * another (第9条第3項). Checks (照合) are by someone else (第8条); changes after
 * the check are corrections with a reason; nothing is deleted.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-designation-store.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-ledger-store.h"
#include "daicho/daicho-retention.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-label-private.h"
#include "daicho-ledger-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoLedgerEntry, daicho_ledger_entry,
               FIELD (DaichoLedgerEntry, id, INT64),
               FIELD (DaichoLedgerEntry, office_id, INT64),
               FIELD (DaichoLedgerEntry, office_name, STRING),
               FIELD (DaichoLedgerEntry, fiscal_year, INT64),
               FIELD (DaichoLedgerEntry, seq, INT64),
               FIELD (DaichoLedgerEntry, number, STRING),
               FIELD (DaichoLedgerEntry, form_name, STRING),
               FIELD (DaichoLedgerEntry, output_date, STRING),
               FIELD (DaichoLedgerEntry, printed_by, INT64),
               FIELD (DaichoLedgerEntry, printed_by_name, STRING),
               FIELD (DaichoLedgerEntry, copies, INT64),
               FIELD (DaichoLedgerEntry, basis, STRING),
               FIELD (DaichoLedgerEntry, basis_ref, STRING),
               FIELD (DaichoLedgerEntry, place_id, INT64),
               FIELD (DaichoLedgerEntry, place_name, STRING),
               FIELD (DaichoLedgerEntry, place_locks, BOOLEAN),
               FIELD (DaichoLedgerEntry, retention_class_id, INT64),
               FIELD (DaichoLedgerEntry, retention_name, STRING),
               FIELD (DaichoLedgerEntry, retention_years, INT64),
               FIELD (DaichoLedgerEntry, retention_until, STRING),
               FIELD (DaichoLedgerEntry, state, STRING),
               FIELD (DaichoLedgerEntry, delivered_on, STRING),
               FIELD (DaichoLedgerEntry, delivered_by_name, STRING),
               FIELD (DaichoLedgerEntry, disposal_id, INT64),
               FIELD (DaichoLedgerEntry, disposal_date, STRING),
               FIELD (DaichoLedgerEntry, disposal_method, STRING),
               FIELD (DaichoLedgerEntry, disposal_operator_name, STRING),
               FIELD (DaichoLedgerEntry, disposal_witness_name, STRING),
               FIELD (DaichoLedgerEntry, note, STRING),
               FIELD (DaichoLedgerEntry, entered_by_name, STRING),
               FIELD (DaichoLedgerEntry, entered_at, STRING),
               FIELD (DaichoLedgerEntry, checked_by_name, STRING),
               FIELD (DaichoLedgerEntry, checked_at, STRING),
               FIELD (DaichoLedgerEntry, voided_at, STRING),
               FIELD (DaichoLedgerEntry, voided_by_name, STRING),
               FIELD (DaichoLedgerEntry, void_reason, STRING),
               FIELD (DaichoLedgerEntry, due, BOOLEAN),
               FIELD (DaichoLedgerEntry, unlocked, BOOLEAN))

DEFINE_RECORD (DaichoLedgerCorrection, daicho_ledger_correction,
               FIELD (DaichoLedgerCorrection, id, INT64),
               FIELD (DaichoLedgerCorrection, entry_id, INT64),
               FIELD (DaichoLedgerCorrection, field, STRING),
               FIELD (DaichoLedgerCorrection, old_value, STRING),
               FIELD (DaichoLedgerCorrection, new_value, STRING),
               FIELD (DaichoLedgerCorrection, reason, STRING),
               FIELD (DaichoLedgerCorrection, corrected_by_name, STRING),
               FIELD (DaichoLedgerCorrection, corrected_at, STRING))

/* ?1 is the date "due" is judged on. */
#define ENTRY_QUERY                                                                              \
  "SELECT e.id, e.office_id, o.name AS office_name, e.fiscal_year, e.seq,"                      \
  "       daicho_ledger_number (e.fiscal_year, e.seq) AS number, e.form_name, e.output_date,"   \
  "       e.printed_by, pb.name AS printed_by_name, e.copies, e.basis, e.basis_ref,"            \
  "       e.place_id, p.name AS place_name, p.locks AS place_locks, e.retention_class_id,"      \
  "       r.name AS retention_name, coalesce (r.years, 0) AS retention_years,"                  \
  "       e.retention_until, e.state, e.delivered_on, dv.name AS delivered_by_name,"            \
  "       coalesce (e.disposal_id, 0) AS disposal_id, d.disposal_date,"                         \
  "       d.method AS disposal_method, dop.name AS disposal_operator_name,"                     \
  "       dw.name AS disposal_witness_name, e.note, en.name AS entered_by_name, e.entered_at,"  \
  "       ck.name AS checked_by_name, e.checked_at, e.voided_at,"                               \
  "       vb.name AS voided_by_name, e.void_reason,"                                            \
  "       (e.state = 'kept' AND e.voided_at IS NULL AND e.retention_until IS NOT NULL"          \
  "        AND e.retention_until < ?1) AS due,"                                                 \
  "       (e.state = 'kept' AND e.voided_at IS NULL AND p.locks = 0) AS unlocked "              \
  "FROM ledger_entry e"                                                                         \
  " JOIN office o ON o.id = e.office_id"                                                        \
  " JOIN staff pb ON pb.id = e.printed_by"                                                      \
  " JOIN place p ON p.id = e.place_id"                                                          \
  " JOIN retention_class r ON r.id = e.retention_class_id"                                      \
  " LEFT JOIN staff dv ON dv.id = e.delivered_by"                                               \
  " LEFT JOIN disposal d ON d.id = e.disposal_id"                                               \
  " LEFT JOIN staff dop ON dop.id = d.operator_id"                                              \
  " LEFT JOIN staff dw ON dw.id = d.witness_id"                                                 \
  " LEFT JOIN staff en ON en.id = e.entered_by"                                                 \
  " LEFT JOIN staff ck ON ck.id = e.checked_by"                                                 \
  " LEFT JOIN staff vb ON vb.id = e.voided_by "

/* Labels */

static const DaichoLabel bases[] = {
  { "request", N_("Request (請求書)"), "請求書" },
  { "application", N_("Application (申請書)"), "申請書" },
  { "notification", N_("Notification (届書)"), "届書" },
  { "ex_officio", N_("Ex-officio record (職権記録書)"), "職権記録書" },
  { "other", N_("Other (その他)"), "その他" },
};

static const DaichoLabel methods[] = {
  { "incineration", N_("Incineration (焼却)"), "焼却" },
  { "dissolution", N_("Dissolution (溶解)"), "溶解" },
  { "shredding", N_("Shredding (裁断)"), "裁断" },
};

static const DaichoLabel entry_states[] = {
  { "kept", N_("Kept"), "保管中" },
  { "delivered", N_("Handed over"), "交付" },
  { "disposed", N_("Destroyed"), "廃棄" },
};

gboolean
daicho_ledger_basis_parse (const char *text, const char **basis)
{
  return daicho_label_parse (bases, G_N_ELEMENTS (bases), text, basis);
}

const char *
daicho_ledger_basis_label (const char *basis)
{
  return daicho_label_ui (bases, G_N_ELEMENTS (bases), basis);
}

const char *
daicho_ledger_basis_form_label (const char *basis)
{
  return daicho_label_form (bases, G_N_ELEMENTS (bases), basis);
}

gboolean
daicho_ledger_method_parse (const char *text, const char **method)
{
  return daicho_label_parse (methods, G_N_ELEMENTS (methods), text, method);
}

const char *
daicho_ledger_method_label (const char *method)
{
  return daicho_label_ui (methods, G_N_ELEMENTS (methods), method);
}

const char *
daicho_ledger_method_form_label (const char *method)
{
  return daicho_label_form (methods, G_N_ELEMENTS (methods), method);
}

const char *
daicho_ledger_state_label (const char *state)
{
  return daicho_label_ui (entry_states, G_N_ELEMENTS (entry_states), state);
}

const char *
daicho_ledger_state_form_label (const char *state)
{
  return daicho_label_form (entry_states, G_N_ELEMENTS (entry_states), state);
}

char *
daicho_ledger_number (int fiscal_year, gint64 seq)
{
  GDate april;
  DaichoEra era;
  int era_year = 0;

  /* The era that names the fiscal year (令和元年度 for 2019). */
  g_date_clear (&april, 1);
  g_date_set_dmy (&april, 1, G_DATE_MAY, fiscal_year);
  if (!daicho_date_get_era (&april, &era, &era_year))
    return g_strdup_printf ("%d-%04" G_GINT64_MODIFIER "d", fiscal_year, seq);
  return g_strdup_printf ("%s%d-%04" G_GINT64_MODIFIER "d", daicho_era_letter (era), era_year,
                          seq);
}

/* Lists */

/* "R7-0012" typed into the search: the fiscal year and sequence it names. */
static gboolean
parse_number (const char *text, int *fiscal_year, gint64 *seq)
{
  g_autofree char *narrow = daicho_text_normalize_width (text);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) error = NULL;
  guint64 value = 0;

  if (narrow == NULL || strchr (narrow, '-') == NULL)
    return FALSE;
  parts = g_strsplit (g_strstrip (narrow), "-", 2);
  if (!daicho_fiscal_year_parse (parts[0], fiscal_year, &error) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXINT32, &value, NULL))
    return FALSE;
  *seq = (gint64) value;
  return TRUE;
}

GListStore *
daicho_ledger_store_list (DaichoDb *db, const DaichoLedgerFilter *filter, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *search = daicho_text_strip (filter->search);
  const char *state = filter->state;
  int number_year = 0;
  gint64 number_seq = 0;

  if (state != NULL && g_str_equal (state, "all"))
    state = NULL;
  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);
  if (search != NULL)
    parse_number (search, &number_year, &number_seq);

  return daicho_db_query_records (db, DAICHO_TYPE_LEDGER_ENTRY, error,
                                  ENTRY_QUERY
                                  "WHERE (?2 = 0 OR e.office_id = ?2)"
                                  "  AND (?3 = 0 OR e.fiscal_year = ?3)"
                                  "  AND (?4 IS NULL OR e.output_date >= ?4)"
                                  "  AND (?5 IS NULL OR e.output_date <= ?5)"
                                  "  AND (?6 IS NULL"
                                  "       OR (?6 = 'voided' AND e.voided_at IS NOT NULL)"
                                  "       OR (?6 = 'unchecked' AND e.checked_by IS NULL"
                                  "           AND e.voided_at IS NULL)"
                                  "       OR (e.state = ?6 AND e.voided_at IS NULL))"
                                  "  AND (?7 = 0 OR due OR unlocked)"
                                  "  AND (?8 = 0 OR e.place_id = ?8)"
                                  "  AND (?9 IS NULL OR instr (e.form_name, ?9) > 0"
                                  "       OR instr (e.basis_ref, ?9) > 0 OR instr (pb.name, ?9) > 0"
                                  "       OR instr (coalesce (e.note, ''), ?9) > 0"
                                  "       OR (e.fiscal_year = ?10 AND e.seq = ?11))"
                                  "  AND (?12 = 0 OR e.disposal_id = ?12) "
                                  "ORDER BY e.office_id, e.fiscal_year, e.seq",
                                  "tIitttbItiII", filter->on ? filter->on : today,
                                  filter->office_id, filter->fiscal_year, filter->from,
                                  filter->to, state, filter->due_only, filter->place_id, search,
                                  number_year, number_seq, filter->disposal_id);
}

DaichoLedgerEntry *
daicho_ledger_store_get (DaichoDb *db, gint64 id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_record (db, DAICHO_TYPE_LEDGER_ENTRY,
                                 _("The ledger entry does not exist."), error,
                                 ENTRY_QUERY "WHERE e.id = ?2", "tI", today, id);
}

/* Ids (printer, place, class) are shown by name: what the correction meant
 * to the person reading it, not what the table holds. */
GListStore *
daicho_ledger_store_corrections (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_LEDGER_CORRECTION, error,
                                  "SELECT c.id, c.entry_id, c.field,"
                                  " coalesce (CASE c.field"
                                  "   WHEN 'printed_by' THEN (SELECT name FROM staff"
                                  "     WHERE id = CAST (c.old_value AS INTEGER))"
                                  "   WHEN 'place_id' THEN (SELECT name FROM place"
                                  "     WHERE id = CAST (c.old_value AS INTEGER))"
                                  "   WHEN 'retention_class_id' THEN (SELECT name FROM"
                                  "     retention_class WHERE id = CAST (c.old_value AS INTEGER))"
                                  "   END, c.old_value) AS old_value,"
                                  " coalesce (CASE c.field"
                                  "   WHEN 'printed_by' THEN (SELECT name FROM staff"
                                  "     WHERE id = CAST (c.new_value AS INTEGER))"
                                  "   WHEN 'place_id' THEN (SELECT name FROM place"
                                  "     WHERE id = CAST (c.new_value AS INTEGER))"
                                  "   WHEN 'retention_class_id' THEN (SELECT name FROM"
                                  "     retention_class WHERE id = CAST (c.new_value AS INTEGER))"
                                  "   END, c.new_value) AS new_value,"
                                  " c.reason, s.name AS corrected_by_name, c.corrected_at"
                                  " FROM ledger_correction c"
                                  " LEFT JOIN staff s ON s.id = c.corrected_by"
                                  " WHERE c.entry_id = ? ORDER BY c.id",
                                  "I", id);
}

GStrv
daicho_ledger_store_form_names (DaichoDb *db, gint64 office_id, const char *prefix, guint limit,
                                GError **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(DaichoStmt) stmt =
    daicho_db_prepare (db, error,
                       "SELECT form_name FROM ledger_entry"
                       " WHERE office_id = ? AND substr (form_name, 1, length (?)) = ?"
                       "   AND voided_at IS NULL"
                       " GROUP BY form_name ORDER BY count (*) DESC, form_name LIMIT ?",
                       "Itti", office_id, prefix ? prefix : "", prefix ? prefix : "",
                       (int) limit);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return NULL;
  return g_strv_builder_end (names);
}

/* Writes */

/* What validation learns, for the write that follows. */
typedef struct
{
  int   fiscal_year;
  char *retention_until;   /* NULL: 永年 */
} Checked;

/* K9-1 … K9-4 and 第5条・第6条 for one entry. */
static gboolean
validate_entry (DaichoDb *db, const DaichoLedgerInput *in, Checked *c, GError **error)
{
  g_autofree char *shown = NULL;
  g_autofree char *office_name = NULL;
  gint64 place_ok = 0, place_locks = 0, years = 0, found = 0;
  gboolean designated = FALSE;
  GDate date;

  if (!daicho_validate_text (_("Form name"), in->form_name, DAICHO_TEXT_SHORT, TRUE, FALSE,
                             error))
    return FALSE;
  if (in->output_date == NULL || !daicho_date_from_iso (in->output_date, &date))
    return daicho_set_invalid (error, _("Give the date the form was printed."));
  shown = daicho_date_format_iso (in->output_date, DAICHO_DATE_WAREKI_LONG);
  {
    g_autofree char *today = daicho_date_today_iso ();
    if (g_strcmp0 (in->output_date, today) > 0)
      return daicho_set_invalid (error, _("%s is in the future: enter forms once they are printed."), shown);
  }
  c->fiscal_year = daicho_fiscal_year_of (&date);

  if (in->copies < 1 || in->copies > 9999)
    return daicho_set_invalid (error, _("The number of copies is 1 to 9,999."));
  if (in->basis == NULL || daicho_label_find (bases, G_N_ELEMENTS (bases), in->basis) == NULL)
    return daicho_set_invalid (error,
                    _("Forms are printed only on a request, application, notification or "
                      "ex-officio record (第9条第1項): choose the basis."));
  if (!daicho_validate_text (_("Basis reference"), in->basis_ref, DAICHO_TEXT_SHORT, TRUE, FALSE,
                             error) ||
      !daicho_validate_text (_("Note"), in->note, DAICHO_TEXT_LONG, FALSE, TRUE, error))
    return FALSE;

  if (!daicho_db_query_int (db, &found, 0, error,
                            "SELECT count (*) FROM office WHERE id = ? AND active = 1",
                            "I", in->office_id))
    return FALSE;
  if (found == 0)
    return daicho_set_invalid (error, _("Choose the office whose ledger this is."));

  /* 第5条・第6条: only designated staff handle the information. */
  if (!daicho_designation_is_in_effect (db, in->printed_by, in->office_id, in->output_date,
                                        &designated, error))
    return FALSE;
  if (!designated)
    {
      g_autofree char *name = NULL;
      g_autoptr(DaichoStmt) stmt =
        daicho_db_prepare (db, NULL, "SELECT s.name, o.name FROM staff s, office o"
                           " WHERE s.id = ? AND o.id = ?", "II", in->printed_by, in->office_id);

      if (stmt != NULL && daicho_stmt_step (db, stmt, NULL) == SQLITE_ROW)
        {
          name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          office_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
      if (name == NULL)
        return daicho_set_invalid (error, _("Choose who printed the form."));
      return daicho_set_invalid (error,
                      _("%s was not designated to handle the information for %s on %s, so the "
                        "form could not have been printed by them (第5条・第6条). Designate them "
                        "first on the 取扱者指定 tab, or name who printed it."),
                      name, office_name, shown);
    }

  /* 第9条第2項: kept in a place of the office that locks. */
  if (!daicho_db_query_int (db, &place_ok, 0, error,
                            "SELECT count (*) FROM place WHERE id = ? AND office_id = ? AND active = 1",
                            "II", in->place_id, in->office_id) ||
      !daicho_db_query_int (db, &place_locks, 0, error,
                            "SELECT locks FROM place WHERE id = ?", "I", in->place_id))
    return FALSE;
  if (place_ok == 0)
    return daicho_set_invalid (error, _("Choose a storage place of this office."));
  if (place_locks == 0)
    return daicho_set_invalid (error,
                    _("The place chosen cannot be locked. Printed forms are kept in a lockable "
                      "cabinet (第9条第2項): choose one that locks."));

  /* 第9条第4項: the retention class sets the date it may be destroyed. */
  if (!daicho_db_query_int (db, &found, 0, error,
                            "SELECT count (*) FROM retention_class WHERE id = ? AND active = 1",
                            "I", in->retention_class_id) ||
      !daicho_db_query_int (db, &years, 0, error,
                            "SELECT coalesce (years, 0) FROM retention_class WHERE id = ?",
                            "I", in->retention_class_id))
    return FALSE;
  if (found == 0)
    return daicho_set_invalid (error,
                    _("Choose the document class (文書分類) that sets how long the form is kept "
                      "(第9条第4項)."));
  c->retention_until = daicho_retention_until (in->output_date, (int) years);
  return TRUE;
}

gboolean
daicho_ledger_input_validate (DaichoDb *db, const DaichoLedgerInput *input, GError **error)
{
  Checked c = { 0 };
  gboolean ok = validate_entry (db, input, &c, error);

  g_free (c.retention_until);
  return ok;
}

/* Inserts inside the caller's transaction, with the next number. */
gint64
daicho_ledger_insert (DaichoDb *db, const DaichoLedgerInput *in, GError **error)
{
  Checked c = { 0 };
  g_autofree char *form_name = daicho_text_strip (in->form_name);
  g_autofree char *basis_ref = daicho_text_strip (in->basis_ref);
  g_autofree char *note = daicho_text_strip (in->note);
  gint64 seq = 0;
  gboolean ok;

  ok = validate_entry (db, in, &c, error) &&
       daicho_db_query_int (db, &seq, 0, error,
                            "SELECT coalesce (max (seq), 0) + 1 FROM ledger_entry"
                            " WHERE office_id = ? AND fiscal_year = ?",
                            "Ii", in->office_id, c.fiscal_year) &&
       daicho_db_exec (db, error,
                       "INSERT INTO ledger_entry (office_id, fiscal_year, seq, form_name,"
                       " output_date, printed_by, copies, basis, basis_ref, place_id,"
                       " retention_class_id, retention_until, note, entered_by, entered_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif (?, ''), ?,"
                       "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "IiIttIittIIttn", in->office_id, c.fiscal_year, seq, form_name,
                       in->output_date, in->printed_by, in->copies, in->basis, basis_ref,
                       in->place_id, in->retention_class_id, c.retention_until,
                       note ? note : "", daicho_db_get_operator (db));
  g_free (c.retention_until);
  return ok ? daicho_db_last_insert_id (db) : 0;
}

gint64
daicho_ledger_store_add (DaichoDb *db, const DaichoLedgerInput *input, GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_ledger_insert (db, input, error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}

/* An entry that may still change: not voided, not destroyed. */
static DaichoLedgerEntry *
changeable_entry (DaichoDb *db, gint64 id, GError **error)
{
  g_autoptr(DaichoLedgerEntry) e = daicho_ledger_store_get (db, id, error);

  if (e == NULL)
    return NULL;
  if (e->voided_at != NULL)
    {
      daicho_set_invalid (error, _("Entry %s is void and cannot be changed."), e->number);
      return NULL;
    }
  if (g_str_equal (e->state, "disposed"))
    {
      daicho_set_invalid (error, _("Entry %s was destroyed and cannot be changed."), e->number);
      return NULL;
    }
  return g_steal_pointer (&e);
}

/* Records one corrected field when its value changed. */
static gboolean
record_correction (DaichoDb *db, gint64 id, const char *field, const char *old_value,
                   const char *new_value, const char *reason, GError **error)
{
  if (g_strcmp0 (old_value ? old_value : "", new_value ? new_value : "") == 0)
    return TRUE;
  return daicho_db_exec (db, error,
                         "INSERT INTO ledger_correction (entry_id, field, old_value, new_value,"
                         " reason, corrected_by, corrected_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                         "Ittttn", id, field, old_value, new_value, reason,
                         daicho_db_get_operator (db));
}

/* Every field the user can change, old against new, as corrections. */
static gboolean
record_corrections (DaichoDb *db, DaichoLedgerEntry *e, const DaichoLedgerInput *in,
                    const char *reason, GError **error)
{
  g_autofree char *copies_old = g_strdup_printf ("%" G_GINT64_FORMAT, e->copies);
  g_autofree char *copies_new = g_strdup_printf ("%d", in->copies);
  g_autofree char *printer_old = g_strdup_printf ("%" G_GINT64_FORMAT, e->printed_by);
  g_autofree char *printer_new = g_strdup_printf ("%" G_GINT64_FORMAT, in->printed_by);
  g_autofree char *place_old = g_strdup_printf ("%" G_GINT64_FORMAT, e->place_id);
  g_autofree char *place_new = g_strdup_printf ("%" G_GINT64_FORMAT, in->place_id);
  g_autofree char *class_old = g_strdup_printf ("%" G_GINT64_FORMAT, e->retention_class_id);
  g_autofree char *class_new = g_strdup_printf ("%" G_GINT64_FORMAT, in->retention_class_id);
  g_autofree char *form_name = daicho_text_strip (in->form_name);
  g_autofree char *basis_ref = daicho_text_strip (in->basis_ref);
  g_autofree char *note = daicho_text_strip (in->note);

  return record_correction (db, e->id, "form_name", e->form_name, form_name, reason, error) &&
         record_correction (db, e->id, "output_date", e->output_date, in->output_date, reason,
                            error) &&
         record_correction (db, e->id, "printed_by", printer_old, printer_new, reason, error) &&
         record_correction (db, e->id, "copies", copies_old, copies_new, reason, error) &&
         record_correction (db, e->id, "basis", e->basis, in->basis, reason, error) &&
         record_correction (db, e->id, "basis_ref", e->basis_ref, basis_ref, reason, error) &&
         record_correction (db, e->id, "place_id", place_old, place_new, reason, error) &&
         record_correction (db, e->id, "retention_class_id", class_old, class_new, reason,
                            error) &&
         record_correction (db, e->id, "note", e->note, note, reason, error);
}

gboolean
daicho_ledger_store_update (DaichoDb *db, gint64 id, const DaichoLedgerInput *input,
                            const char *reason, GError **error)
{
  g_autoptr(DaichoLedgerEntry) e = NULL;
  g_autofree char *clean_reason = daicho_text_strip (reason);
  g_autofree char *form_name = daicho_text_strip (input->form_name);
  g_autofree char *basis_ref = daicho_text_strip (input->basis_ref);
  g_autofree char *note = daicho_text_strip (input->note);
  DaichoLedgerInput in = *input;
  Checked c = { 0 };
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;

  ok = (e = changeable_entry (db, id, error)) != NULL;
  if (ok)
    {
      /* The office and number never change. */
      in.office_id = e->office_id;
      ok = validate_entry (db, &in, &c, error);
    }
  if (ok && e->delivered_on != NULL && g_strcmp0 (in.output_date, e->delivered_on) > 0)
    {
      g_autofree char *handed = daicho_date_format_iso (e->delivered_on, DAICHO_DATE_WAREKI_LONG);
      ok = daicho_set_invalid (error, _("The form was handed over on %s: it cannot have been printed later."),
                    handed);
    }
  else if (ok && c.fiscal_year != e->fiscal_year)
    ok = daicho_set_invalid (error,
                  _("The output date must stay in the fiscal year of the entry's number (%s). "
                    "Void this entry and enter the form again."), e->number);
  if (ok && e->checked_by_name != NULL)
    ok = daicho_validate_text (_("Reason for the correction"), clean_reason, DAICHO_TEXT_LONG,
                               TRUE, TRUE, error) &&
         record_corrections (db, e, &in, clean_reason, error);

  ok = ok && daicho_db_exec_one (db, _("The ledger entry does not exist."), error,
                                 "UPDATE ledger_entry SET form_name = ?, output_date = ?,"
                                 " printed_by = ?, copies = ?, basis = ?, basis_ref = ?,"
                                 " place_id = ?, retention_class_id = ?, retention_until = ?,"
                                 " note = nullif (?, '') WHERE id = ?",
                                 "ttIittIIttI", form_name, in.output_date, in.printed_by,
                                 in.copies, in.basis, basis_ref, in.place_id,
                                 in.retention_class_id, c.retention_until, note ? note : "", id);
  g_free (c.retention_until);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_ledger_store_check (DaichoDb *db, gint64 id, GError **error)
{
  g_autoptr(DaichoLedgerEntry) e = NULL;
  gint64 entered_by = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;

  ok = (e = daicho_ledger_store_get (db, id, error)) != NULL &&
       daicho_db_query_int (db, &entered_by, 0, error,
                            "SELECT coalesce (entered_by, 0) FROM ledger_entry WHERE id = ?",
                            "I", id);
  if (ok && e->voided_at != NULL)
    ok = daicho_set_invalid (error, _("Entry %s is void; there is nothing to check."), e->number);
  else if (ok && e->checked_by_name != NULL)
    ok = daicho_set_invalid (error, _("Entry %s has already been checked."), e->number);
  else if (ok && entered_by != 0 && entered_by == daicho_db_get_operator (db))
    ok = daicho_set_invalid (error,
                  _("You entered %s, so someone else must check it (第8条第2号ア). Ask a "
                    "colleague to check it under their own name."), e->number);

  ok = ok && daicho_db_exec (db, error,
                             "UPDATE ledger_entry SET checked_by = ?,"
                             " checked_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                             "nI", daicho_db_get_operator (db), id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_ledger_store_deliver (DaichoDb *db, gint64 id, const char *date, GError **error)
{
  g_autoptr(DaichoLedgerEntry) e = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  GDate parsed;
  gboolean ok;

  if (date == NULL || !daicho_date_from_iso (date, &parsed))
    return daicho_set_invalid (error, _("Give the date the form was handed over."));
  if (!daicho_db_begin_write (db, error))
    return FALSE;

  ok = (e = changeable_entry (db, id, error)) != NULL;
  if (ok && !g_str_equal (e->state, "kept"))
    ok = daicho_set_invalid (error, _("Entry %s was already handed over."), e->number);
  else if (ok && g_strcmp0 (date, e->output_date) < 0)
    ok = daicho_set_invalid (error, _("A form cannot be handed over before it was printed."));
  else if (ok && g_strcmp0 (date, today) > 0)
    ok = daicho_set_invalid (error, _("Record the hand-over once it has happened: the date is in the future."));
  ok = ok && daicho_db_exec (db, error,
                             "UPDATE ledger_entry SET state = 'delivered', delivered_on = ?,"
                             " delivered_by = ? WHERE id = ?",
                             "tnI", date, daicho_db_get_operator (db), id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_ledger_store_void (DaichoDb *db, gint64 id, const char *reason, GError **error)
{
  g_autoptr(DaichoLedgerEntry) e = NULL;
  g_autofree char *clean = daicho_text_strip (reason);
  gboolean ok;

  if (!daicho_validate_text (_("Reason"), clean, DAICHO_TEXT_LONG, TRUE, TRUE, error) ||
      !daicho_db_begin_write (db, error))
    return FALSE;

  ok = (e = changeable_entry (db, id, error)) != NULL &&
       daicho_db_exec (db, error,
                       "UPDATE ledger_entry SET voided_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'),"
                       " voided_by = ?, void_reason = ? WHERE id = ?",
                       "ntI", daicho_db_get_operator (db), clean, id);
  return daicho_db_finish_write (db, ok, error);
}

/* A current staff member on @date, for disposals. */
static gboolean
check_present (DaichoDb *db, gint64 staff_id, const char *date, const char *role, GError **error)
{
  gint64 n = 0;

  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM staff WHERE id = ?"
                            " AND (left_on IS NULL OR left_on >= ?)", "It", staff_id, date))
    return FALSE;
  if (n == 0)
    return daicho_set_invalid (error, _("Choose the %s: a current staff member."), role);
  return TRUE;
}

gint64
daicho_ledger_dispose (DaichoDb *db, const gint64 *entry_ids, guint n_entries, const char *date,
                       const char *method, gint64 operator_id, gint64 witness_id, GError **error)
{
  g_autofree char *shown = NULL;
  gint64 office_id = 0;
  gint64 disposal_id = 0;
  gboolean ok = TRUE;
  GDate parsed;

  if (n_entries == 0)
    {
      daicho_set_invalid (error, _("Choose the entries to destroy."));
      return 0;
    }
  if (date == NULL || !daicho_date_from_iso (date, &parsed))
    {
      daicho_set_invalid (error, _("Give the date the forms were destroyed."));
      return 0;
    }
  if (method == NULL || daicho_label_find (methods, G_N_ELEMENTS (methods), method) == NULL)
    {
      daicho_set_invalid (error, _("Forms are destroyed only by incineration (焼却), dissolution (溶解) or "
                        "shredding (裁断) so that nothing can be read (第9条第3項)."));
      return 0;
    }
  if (operator_id == witness_id)
    {
      daicho_set_invalid (error, _("The disposal is done by one person and confirmed by another: choose "
                        "two different staff members."));
      return 0;
    }
  shown = daicho_date_format_iso (date, DAICHO_DATE_WAREKI_LONG);
  {
    g_autofree char *today = daicho_date_today_iso ();
    if (g_strcmp0 (date, today) > 0)
      {
        daicho_set_invalid (error, _("Record a disposal once it has happened: %s is in the future."), shown);
        return 0;
      }
  }

  ok = check_present (db, operator_id, date, _("person who destroys the forms"), error) &&
       check_present (db, witness_id, date, _("person who confirms the disposal"), error);

  for (guint i = 0; ok && i < n_entries; i++)
    {
      g_autoptr(DaichoLedgerEntry) e = changeable_entry (db, entry_ids[i], error);

      if (e == NULL)
        {
          ok = FALSE;
          break;
        }
      if (office_id == 0)
        office_id = e->office_id;
      if (e->office_id != office_id)
        ok = daicho_set_invalid (error, _("One disposal covers the entries of one office."));
      else if (!g_str_equal (e->state, "kept"))
        ok = daicho_set_invalid (error, _("Entry %s was handed over, not kept: there is nothing to destroy."),
                      e->number);
      else if (!e->unlocked &&
               (e->retention_until == NULL || g_strcmp0 (date, e->retention_until) <= 0))
        {
          g_autofree char *until = e->retention_until
                                     ? daicho_date_format_iso (e->retention_until,
                                                               DAICHO_DATE_WAREKI_LONG)
                                     : NULL;
          ok = until ? daicho_set_invalid (error,
                                _("Entry %s must be kept until %s (第9条第4項) and cannot be "
                                  "destroyed on %s."), e->number, until, shown)
                     : daicho_set_invalid (error, _("Entry %s is kept permanently (永年) and is never "
                                         "destroyed (第9条第4項)."), e->number);
        }
      else if (g_strcmp0 (date, e->output_date) < 0)
        ok = daicho_set_invalid (error, _("Entry %s was printed after %s: it cannot have been destroyed "
                               "then."), e->number, shown);
    }

  ok = ok && daicho_db_exec (db, error,
                             "INSERT INTO disposal (office_id, disposal_date, method, operator_id,"
                             " witness_id, recorded_by, recorded_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                             "IttIIn", office_id, date, method, operator_id, witness_id,
                             daicho_db_get_operator (db));
  if (ok)
    disposal_id = daicho_db_last_insert_id (db);
  for (guint i = 0; ok && i < n_entries; i++)
    ok = daicho_db_exec (db, error,
                         "UPDATE ledger_entry SET state = 'disposed', disposal_id = ? WHERE id = ?",
                         "II", disposal_id, entry_ids[i]);

  return ok ? disposal_id : 0;
}

gint64
daicho_ledger_store_dispose (DaichoDb *db, const gint64 *entry_ids, guint n_entries,
                             const char *date, const char *method, gint64 operator_id,
                             gint64 witness_id, GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_ledger_dispose (db, entry_ids, n_entries, date, method, operator_id, witness_id,
                              error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}
