/* daicho-designation-store.c — 取扱者指定 (K5-1, K6)
 *
 * The rules are checked here, inside the write's transaction, so the CLI,
 * the window and the tests all meet the same refusals: 第6条's prior
 * permission, the designating manager taken from the post history, no
 * overlapping designations, checks (照合) by someone else (第8条), nothing
 * deleted. State and review flags are computed in one query so every list
 * agrees on them.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-designation-store.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-post-store.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-staff-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-designation-private.h"
#include "daicho-label-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoDesignation, daicho_designation,
               FIELD (DaichoDesignation, id, INT64),
               FIELD (DaichoDesignation, staff_id, INT64),
               FIELD (DaichoDesignation, emp_no, STRING),
               FIELD (DaichoDesignation, staff_name, STRING),
               FIELD (DaichoDesignation, staff_kana, STRING),
               FIELD (DaichoDesignation, staff_office_name, STRING),
               FIELD (DaichoDesignation, office_id, INT64),
               FIELD (DaichoDesignation, office_code, STRING),
               FIELD (DaichoDesignation, office_name, STRING),
               FIELD (DaichoDesignation, scope, STRING),
               FIELD (DaichoDesignation, start_date, STRING),
               FIELD (DaichoDesignation, end_date, STRING),
               FIELD (DaichoDesignation, end_reason, STRING),
               FIELD (DaichoDesignation, end_note, STRING),
               FIELD (DaichoDesignation, manager_id, INT64),
               FIELD (DaichoDesignation, manager_name, STRING),
               FIELD (DaichoDesignation, supervised, BOOLEAN),
               FIELD (DaichoDesignation, supervision_reason, STRING),
               FIELD (DaichoDesignation, permission_date, STRING),
               FIELD (DaichoDesignation, permission_ref, STRING),
               FIELD (DaichoDesignation, permission_granter, STRING),
               FIELD (DaichoDesignation, entered_by_name, STRING),
               FIELD (DaichoDesignation, entered_at, STRING),
               FIELD (DaichoDesignation, checked_by_name, STRING),
               FIELD (DaichoDesignation, checked_at, STRING),
               FIELD (DaichoDesignation, state, STRING),
               FIELD (DaichoDesignation, review_flags, STRING))

/* One query computes every designation's state as of ?1 and its review
 * flags as of ?2 (today): the list, the history, the review list and the
 * roster all read it, so they can never disagree. Only designations with no
 * end recorded are flagged: once someone has ended one, it has been acted
 * on. A confirmation records the manager and office it accepted (the
 * manager may be none, when the post is vacant). */
#define DESIGNATION_QUERY                                                                         \
  "WITH base AS ("                                                                                \
  "  SELECT d.*, s.emp_no, s.name AS staff_name, s.kana AS staff_kana, s.left_on,"                \
  "         s.office_id AS current_office_id, so.name AS staff_office_name,"                      \
  "         o.code AS office_code, o.name AS office_name, m.name AS manager_name,"                \
  "         p.permission_date, p.ref AS permission_ref, g.name AS permission_granter,"            \
  "         e.name AS entered_by_name, c.name AS checked_by_name,"                                \
  "         (SELECT h.staff_id FROM post_holder h JOIN post pp ON pp.id = h.post_id"              \
  "           WHERE pp.office_id = d.office_id AND pp.role = 'usage_manager'"                     \
  "             AND h.from_date <= ?2 AND (h.to_date IS NULL OR h.to_date >= ?2)) AS manager_now," \
  "         (d.supervised = 0 AND (p.id IS NULL OR p.permission_date > d.start_date))"            \
  "           AS no_permission,"                                                                  \
  "         d.end_date IS NULL AS open_ended,"                                                    \
  "         (CASE WHEN d.confirmed_staff_office_id IS NOT NULL THEN d.confirmed_manager_id"       \
  "               ELSE d.manager_id END) AS expected_manager,"                                   \
  "         coalesce (d.confirmed_staff_office_id, d.staff_office_id) AS expected_office"         \
  "  FROM designation d"                                                                          \
  "  JOIN staff s ON s.id = d.staff_id JOIN office so ON so.id = s.office_id"                     \
  "  JOIN office o ON o.id = d.office_id JOIN staff m ON m.id = d.manager_id"                     \
  "  LEFT JOIN permission p ON p.id = d.permission_id"                                            \
  "  LEFT JOIN staff g ON g.id = p.granted_by"                                                    \
  "  LEFT JOIN staff e ON e.id = d.entered_by LEFT JOIN staff c ON c.id = d.checked_by"           \
  "), flagged AS ("                                                                               \
  "  SELECT base.*, trim ("                                                                       \
  "    CASE WHEN open_ended AND current_office_id <> expected_office"                             \
  "         THEN 'moved ' ELSE '' END ||"                                                         \
  "    CASE WHEN open_ended AND left_on IS NOT NULL AND left_on < ?2 THEN 'left ' ELSE '' END ||"  \
  "    CASE WHEN open_ended AND manager_now IS NOT expected_manager"                              \
  "         THEN 'manager ' ELSE '' END ||"                                                       \
  "    CASE WHEN open_ended AND no_permission THEN 'permission' ELSE '' END) AS review_flags"     \
  "  FROM base"                                                                                   \
  "), stated AS ("                                                                                \
  "  SELECT flagged.*,"                                                                           \
  "    CASE WHEN end_date IS NOT NULL AND end_date < ?1 THEN 'ended'"                             \
  "         WHEN start_date > ?1 THEN 'future'"                                                   \
  "         WHEN no_permission THEN 'pending'"                                                    \
  "         WHEN ?1 >= ?2 AND review_flags <> '' THEN 'review'"                                   \
  "         ELSE 'active' END AS state"                                                           \
  "  FROM flagged"                                                                                \
  ") "                                                                                            \
  "SELECT id, staff_id, emp_no, staff_name, staff_kana, staff_office_name, office_id,"            \
  "       office_code, office_name, scope, start_date, end_date, end_reason, end_note,"           \
  "       manager_id, manager_name, supervised, supervision_reason, permission_date,"             \
  "       permission_ref, permission_granter, entered_by_name, entered_at, checked_by_name,"      \
  "       checked_at, state, review_flags "                                                       \
  "FROM stated "

#define DESIGNATION_ORDER " ORDER BY office_code, staff_kana, emp_no, start_date"

/* Labels. The UI's are translated; forms print the Japanese official ones. */

static const DaichoLabel scopes[] = {
  { "juki", N_("Resident register (住民基本台帳事務)"), "住民基本台帳事務" },
  { "inkan", N_("Seal registration (印鑑登録事務)"), "印鑑登録事務" },
  { "both", N_("Both (住民基本台帳事務・印鑑登録事務)"), "住民基本台帳事務・印鑑登録事務" },
};

static const DaichoLabel end_reasons[] = {
  { "transfer", N_("Transfer (異動)"), "異動" },
  { "retirement", N_("Retirement (退職)"), "退職" },
  { "duty_change", N_("Change of duties (業務変更)"), "業務変更" },
  { "other", N_("Other (その他)"), "その他" },
};

static const DaichoLabel states[] = {
  { "active", N_("In effect"), "有効" },
  { "ended", N_("Ended"), "終了" },
  { "future", N_("Not yet started"), "開始前" },
  { "pending", N_("Waiting for permission"), "許可待ち" },
  { "review", N_("Needs review"), "要見直し" },
};

static const DaichoLabel flags[] = {
  { "moved", N_("moved to another office"), "異動" },
  { "left", N_("has left"), "退職" },
  { "manager", N_("the designating manager has changed"), "指定者交代" },
  { "permission", N_("no prior permission"), "許可なし" },
};

const char *
daicho_designation_scope_label (const char *scope)
{
  return daicho_label_ui (scopes, G_N_ELEMENTS (scopes), scope);
}

const char *
daicho_designation_scope_form_label (const char *scope)
{
  return daicho_label_form (scopes, G_N_ELEMENTS (scopes), scope);
}

gboolean
daicho_designation_scope_parse (const char *text, const char **scope)
{
  return daicho_label_parse (scopes, G_N_ELEMENTS (scopes), text, scope);
}

const char *
daicho_designation_end_reason_label (const char *reason)
{
  return daicho_label_ui (end_reasons, G_N_ELEMENTS (end_reasons), reason);
}

gboolean
daicho_designation_end_reason_parse (const char *text, const char **reason)
{
  return daicho_label_parse (end_reasons, G_N_ELEMENTS (end_reasons), text, reason);
}

const char *
daicho_designation_state_label (const char *state)
{
  return daicho_label_ui (states, G_N_ELEMENTS (states), state);
}

char *
daicho_designation_flags_text (const char *flag_list)
{
  g_auto(GStrv) codes = g_strsplit (flag_list ? flag_list : "", " ", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const DaichoLabel *l = daicho_label_find (flags, G_N_ELEMENTS (flags), codes[i]);

      if (l == NULL)
        continue;
      if (text->len > 0)
        /* TRANSLATORS: joins the reasons a designation needs a review */
        g_string_append (text, _(", "));
      g_string_append (text, _(l->ui));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Lists */

GListStore *
daicho_designation_store_list (DaichoDb *db, const DaichoDesignationFilter *filter,
                               GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *search = daicho_text_strip (filter->search);
  const char *state = filter->state;

  if (state != NULL && g_str_equal (state, "all"))
    state = NULL;
  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);

  return daicho_db_query_records (db, DAICHO_TYPE_DESIGNATION, error,
                                  DESIGNATION_QUERY
                                  "WHERE (?3 = 0 OR office_id = ?3)"
                                  "  AND (?4 IS NULL OR instr (staff_name, ?4) > 0"
                                  "       OR instr (staff_kana, ?4) > 0 OR instr (emp_no, ?4) > 0)"
                                  "  AND (?5 IS NULL OR state = ?5"
                                  "       OR (?5 = 'current' AND state IN ('active', 'review')))"
                                  DESIGNATION_ORDER,
                                  "ttItt", filter->on ? filter->on : today, today,
                                  filter->office_id, search, state);
}

DaichoDesignation *
daicho_designation_store_get (DaichoDb *db, gint64 id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_record (db, DAICHO_TYPE_DESIGNATION,
                                 _("The designation does not exist."), error,
                                 DESIGNATION_QUERY "WHERE id = ?3", "ttI", today, today, id);
}

GListStore *
daicho_designation_store_history (DaichoDb *db, gint64 staff_id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_records (db, DAICHO_TYPE_DESIGNATION, error,
                                  DESIGNATION_QUERY
                                  "WHERE staff_id = ?3 ORDER BY start_date DESC, id DESC",
                                  "ttI", today, today, staff_id);
}

GListStore *
daicho_designation_store_review (DaichoDb *db, gint64 office_id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_records (db, DAICHO_TYPE_DESIGNATION, error,
                                  DESIGNATION_QUERY
                                  "WHERE (?3 = 0 OR office_id = ?3)"
                                  "  AND review_flags <> ''"
                                  DESIGNATION_ORDER,
                                  "ttI", today, today, office_id);
}

/* Writes */

/* What validation finds out about an input, for the insert that follows. */
typedef struct
{
  DaichoStaff  *staff;
  DaichoOffice *office;
  char         *office_label;     /* for messages */
  char         *start_shown;      /* the start date in 和暦 */
  gint64        manager_id;
  gboolean      supervised;
  gint64        granter_id;       /* 0: no permission given */
} Checked;

static void
checked_clear (Checked *c)
{
  g_clear_object (&c->staff);
  g_clear_object (&c->office);
  g_clear_pointer (&c->office_label, g_free);
  g_clear_pointer (&c->start_shown, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Checked, checked_clear)

static gboolean
validate_people (DaichoDb *db, const DaichoDesignationInput *input, Checked *c, GError **error)
{
  GDate date;

  if (input->scope == NULL || daicho_label_find (scopes, G_N_ELEMENTS (scopes), input->scope) == NULL)
    return daicho_set_invalid (error, _("Choose the scope: 住民基本台帳事務, 印鑑登録事務 or both."));
  if (input->start_date == NULL || !daicho_date_from_iso (input->start_date, &date))
    return daicho_set_invalid (error, _("Give the date the designation takes effect."));
  c->start_shown = daicho_date_format_iso (input->start_date, DAICHO_DATE_WAREKI_LONG);

  c->staff = daicho_staff_store_get (db, input->staff_id, error);
  if (c->staff == NULL)
    return FALSE;
  if (c->staff->left_on != NULL && g_strcmp0 (c->staff->left_on, input->start_date) < 0)
    {
      g_autofree char *left = daicho_date_format_iso (c->staff->left_on, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("%s left on %s and cannot be designated from %s."),
                      c->staff->name, left, c->start_shown);
    }

  c->office = daicho_db_query_record (db, DAICHO_TYPE_OFFICE,
                                      _("Choose the office that designates."), error,
                                      "SELECT id, code, name, kind, active FROM office "
                                      "WHERE id = ? AND active = 1", "I", input->office_id);
  if (c->office == NULL)
    return FALSE;
  c->office_label = g_strdup (c->office->name);

  if (!daicho_post_store_holder_id_on (db, "usage_manager", c->office->id, input->start_date, &c->manager_id,
                       error))
    return FALSE;
  if (c->manager_id == 0)
    return daicho_set_invalid (error,
                    _("%s has no システム利用責任者 on %s, so nobody can designate (第5条). "
                      "Record who holds the post first (Settings → Posts)."),
                    c->office_label, c->start_shown);
  return TRUE;
}

/* 第6条: a permission dated on or before the start, with its reference,
 * given by whoever held the 情報資産管理責任者 post that day. */
static gboolean
validate_prior_permission (DaichoDb *db, const DaichoDesignationInput *input, Checked *c,
                           GError **error)
{
  GDate date;

  if (input->permission_date == NULL || !daicho_date_from_iso (input->permission_date, &date))
    return daicho_set_invalid (error, _("The permission date is not a date."));
  if (g_strcmp0 (input->permission_date, input->start_date) > 0)
    {
      g_autofree char *given = daicho_date_format_iso (input->permission_date,
                                                       DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error,
                      _("第6条 requires the permission beforehand: it was given on %s, after the "
                        "designation's start on %s. Designate from %s or later instead."),
                      given, c->start_shown, given);
    }
  if (!daicho_validate_text (_("Permission reference"), input->permission_ref, DAICHO_TEXT_SHORT,
                             TRUE, FALSE, error))
    return FALSE;

  if (!daicho_post_store_holder_id_on (db, "asset_manager", 0, input->permission_date, &c->granter_id, error))
    return FALSE;
  if (c->granter_id == 0)
    {
      g_autofree char *given = daicho_date_format_iso (input->permission_date,
                                                       DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error,
                      _("Nobody held the 情報資産管理責任者 post on %s, so no permission could be "
                        "given that day. Record the post's holder first (Settings → Posts)."),
                      given);
    }
  return TRUE;
}

/* Supervision and, for staff outside the manager's line, the permission. */
static gboolean
validate_permission (DaichoDb *db, const DaichoDesignationInput *input, Checked *c,
                     GError **error)
{
  gboolean derived = c->staff->office_id == c->office->id;

  c->supervised = input->supervised < 0 ? derived : input->supervised != 0;
  if (c->supervised != derived &&
      !daicho_validate_text (_("Reason for the supervision"), input->supervision_reason,
                             DAICHO_TEXT_LONG, TRUE, TRUE, error))
    return FALSE;

  if (c->supervised)
    return TRUE;

  if ((input->permission_date == NULL || *input->permission_date == '\0') && input->pending)
    return TRUE;
  if (input->permission_date == NULL || *input->permission_date == '\0')
    return daicho_set_invalid (error,
                    _("%s does not work under the システム利用責任者 of %s. Under 第6条 the "
                      "designation needs the 情報資産管理責任者's permission given on or before "
                      "%s: enter its date and reference number, or keep the designation as "
                      "waiting for permission."),
                    c->staff->name, c->office_label, c->start_shown);
  return validate_prior_permission (db, input, c, error);
}

/* No two open designations of one person by one office may cover the same
 * work at the same time. */
static gboolean
validate_overlap (DaichoDb *db, const DaichoDesignationInput *input, Checked *c, GError **error)
{
  gint64 other = 0;

  if (!daicho_db_query_int (db, &other, 0, error,
                            "SELECT id FROM designation"
                            " WHERE staff_id = ?1 AND office_id = ?2"
                            "   AND (scope = ?3 OR scope = 'both' OR ?3 = 'both')"
                            "   AND (end_date IS NULL OR end_date >= ?4)"
                            " ORDER BY start_date LIMIT 1",
                            "IItt", c->staff->id, c->office->id, input->scope,
                            input->start_date))
    return FALSE;
  if (other != 0)
    return daicho_set_invalid (error,
                    _("%s is already designated by %s for this work (designation #%lld). End "
                      "that designation before making a new one."),
                    c->staff->name, c->office_label, (long long) other);
  return TRUE;
}

gboolean
daicho_designation_is_in_effect (DaichoDb *db, gint64 staff_id, gint64 office_id, const char *on,
                                 gboolean *designated, GError **error)
{
  gint64 n = 0;

  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM designation d"
                            " LEFT JOIN permission p ON p.id = d.permission_id"
                            " WHERE d.staff_id = ?1 AND d.office_id = ?2"
                            "   AND d.start_date <= ?3 AND (d.end_date IS NULL OR d.end_date >= ?3)"
                            "   AND (d.supervised = 1 OR p.permission_date <= d.start_date)"
                            "   AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.id = ?1"
                            "                   AND s.left_on < ?3)",
                            "IIt", staff_id, office_id, on))
    return FALSE;
  *designated = n > 0;
  return TRUE;
}

gboolean
daicho_designation_input_validate (DaichoDb *db, const DaichoDesignationInput *input,
                                   GError **error)
{
  g_auto(Checked) c = { 0 };

  return validate_people (db, input, &c, error) && validate_permission (db, input, &c, error) &&
         validate_overlap (db, input, &c, error);
}

/* Validates and inserts inside the caller's transaction. */
gint64
daicho_designation_insert (DaichoDb *db, const DaichoDesignationInput *input, GError **error)
{
  g_auto(Checked) c = { 0 };
  g_autofree char *reason = NULL;
  gint64 permission_id = 0;

  if (!validate_people (db, input, &c, error) || !validate_permission (db, input, &c, error) ||
      !validate_overlap (db, input, &c, error))
    return 0;

  if (c.granter_id != 0)
    {
      g_autofree char *ref = daicho_text_strip (input->permission_ref);

      if (!daicho_db_exec (db, error,
                           "INSERT INTO permission (staff_id, office_id, permission_date, ref,"
                           " granted_by) VALUES (?, ?, ?, ?, ?)",
                           "IIttI", c.staff->id, c.office->id, input->permission_date, ref,
                           c.granter_id))
        return 0;
      permission_id = daicho_db_last_insert_id (db);
    }

  if (c.supervised != (c.staff->office_id == c.office->id))
    reason = daicho_text_strip (input->supervision_reason);

  if (!daicho_db_exec (db, error,
                       "INSERT INTO designation (staff_id, office_id, scope, start_date,"
                       " manager_id, staff_office_id, supervised, supervision_reason,"
                       " permission_id, entered_by, entered_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                       "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "IIttIIbtnn", c.staff->id, c.office->id, input->scope, input->start_date,
                       c.manager_id, c.staff->office_id, c.supervised, reason, permission_id,
                       daicho_db_get_operator (db)))
    return 0;
  return daicho_db_last_insert_id (db);
}

gint64
daicho_designation_store_add (DaichoDb *db, const DaichoDesignationInput *input, GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_designation_insert (db, input, error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}

gboolean
daicho_designation_store_add_many (DaichoDb *db, const gint64 *staff_ids, guint n_staff,
                                   const DaichoDesignationInput *common, GError **error)
{
  gboolean ok = TRUE;

  if (n_staff == 0)
    return daicho_set_invalid (error, _("Choose at least one staff member to designate."));
  if (!daicho_db_begin_write (db, error))
    return FALSE;

  for (guint i = 0; ok && i < n_staff; i++)
    {
      DaichoDesignationInput one = *common;

      one.staff_id = staff_ids[i];
      ok = daicho_designation_insert (db, &one, error) != 0;
    }
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_designation_store_check (DaichoDb *db, gint64 id, GError **error)
{
  gint64 entered_by = 0;
  gint64 checked = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;

  ok = daicho_db_query_int (db, &entered_by, 0, error,
                            "SELECT coalesce (entered_by, 0) FROM designation WHERE id = ?",
                            "I", id) &&
       daicho_db_query_int (db, &checked, 0, error,
                            "SELECT checked_by IS NOT NULL FROM designation WHERE id = ?",
                            "I", id);
  if (ok && checked)
    ok = daicho_set_invalid (error, _("This designation has already been checked."));
  else if (ok && entered_by != 0 && entered_by == daicho_db_get_operator (db))
    ok = daicho_set_invalid (error,
                  _("You entered this designation, so someone else must check it (第8条第2号ア). "
                    "Ask a colleague to check it under their own name."));
  ok = ok && daicho_db_exec_one (db, _("The designation does not exist."), error,
                                 "UPDATE designation SET checked_by = ?,"
                                 " checked_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                                 " WHERE id = ?",
                                 "nI", daicho_db_get_operator (db), id);
  return daicho_db_finish_write (db, ok, error);
}

/* Ends @id inside the caller's transaction. */
gboolean
daicho_designation_finish (DaichoDb *db, gint64 id, const char *end_date, const char *reason,
                 const char *note, GError **error)
{
  g_autoptr(DaichoDesignation) d = NULL;
  g_autofree char *clean_note = daicho_text_strip (note);
  GDate date;

  if (end_date == NULL || !daicho_date_from_iso (end_date, &date))
    return daicho_set_invalid (error, _("Give the last day of the designation."));
  if (daicho_label_find (end_reasons, G_N_ELEMENTS (end_reasons), reason) == NULL)
    return daicho_set_invalid (error, _("Choose why the designation ends: 異動, 退職, 業務変更 or その他."));
  if (!daicho_validate_text (_("Note"), clean_note, DAICHO_TEXT_LONG,
                             g_strcmp0 (reason, "other") == 0, TRUE, error))
    return FALSE;

  d = daicho_designation_store_get (db, id, error);
  if (d == NULL)
    return FALSE;
  if (d->end_date != NULL)
    {
      g_autofree char *ended = daicho_date_format_iso (d->end_date, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("This designation already ended on %s."), ended);
    }
  if (g_strcmp0 (end_date, d->start_date) < 0)
    {
      g_autofree char *start = daicho_date_format_iso (d->start_date, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("A designation cannot end before it starts (%s)."), start);
    }

  return daicho_db_exec_one (db, _("The designation does not exist."), error,
                             "UPDATE designation SET end_date = ?, end_reason = ?,"
                             " end_note = nullif (?, ''), ended_by = ? WHERE id = ?",
                             "tttnI", end_date, reason, clean_note ? clean_note : "",
                             daicho_db_get_operator (db), id);
}

gboolean
daicho_designation_store_end (DaichoDb *db, gint64 id, const char *end_date, const char *reason,
                              const char *note, GError **error)
{
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_designation_finish (db, id, end_date, reason, note, error);
  return daicho_db_finish_write (db, ok, error);
}

static gboolean
record_review (DaichoDb *db, gint64 id, const char *action, const char *review_flags,
               const char *note, GError **error)
{
  return daicho_db_exec (db, error,
                         "INSERT INTO designation_review (designation_id, action, flags, note,"
                         " reviewed_by, reviewed_at)"
                         " VALUES (?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                         "Itttn", id, action, review_flags, note, daicho_db_get_operator (db));
}

gboolean
daicho_designation_store_confirm (DaichoDb *db, gint64 id, const char *note, GError **error)
{
  g_autoptr(DaichoDesignation) d = NULL;
  g_autofree char *clean = daicho_text_strip (note);
  g_autofree char *today = daicho_date_today_iso ();
  gint64 manager_now = 0;
  gboolean ok;

  if (!daicho_validate_text (_("Reason"), clean, DAICHO_TEXT_LONG, TRUE, TRUE, error) ||
      !daicho_db_begin_write (db, error))
    return FALSE;

  ok = (d = daicho_designation_store_get (db, id, error)) != NULL;
  if (ok && (*d->review_flags == '\0'))
    ok = daicho_set_invalid (error, _("This designation does not need a review."));
  else if (ok && strstr (d->review_flags, "permission"))
    ok = daicho_set_invalid (error,
                  _("A designation without the prior permission (第6条) cannot be confirmed as "
                    "it is: record the permission, or end the designation."));
  else if (ok && strstr (d->review_flags, "left"))
    ok = daicho_set_invalid (error,
                  _("The person has left, so the designation cannot be confirmed: end it."));

  ok = ok && daicho_post_store_holder_id_on (db, "usage_manager", d->office_id, today, &manager_now, error) &&
       daicho_db_exec (db, error,
                       "UPDATE designation SET confirmed_manager_id = ?,"
                       " confirmed_staff_office_id = (SELECT office_id FROM staff WHERE id = ?)"
                       " WHERE id = ?",
                       "nII", manager_now, d->staff_id, id) &&
       record_review (db, id, "confirm", d->review_flags, clean, error);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_designation_store_review_end (DaichoDb *db, gint64 id, const char *end_date,
                                     const char *reason, const char *note, GError **error)
{
  g_autoptr(DaichoDesignation) d = NULL;
  g_autofree char *clean = daicho_text_strip (note);
  gboolean ok;

  if (!daicho_validate_text (_("Reason"), clean, DAICHO_TEXT_LONG, TRUE, TRUE, error) ||
      !daicho_db_begin_write (db, error))
    return FALSE;

  ok = (d = daicho_designation_store_get (db, id, error)) != NULL &&
       daicho_designation_finish (db, id, end_date, reason, clean, error) &&
       record_review (db, id, "end", d->review_flags, clean, error);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_designation_store_permit (DaichoDb *db, gint64 id, const char *permission_date,
                                 const char *permission_ref, GError **error)
{
  g_autoptr(DaichoDesignation) d = NULL;
  DaichoDesignationInput input = { 0 };
  g_auto(Checked) c = { 0 };
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;

  ok = (d = daicho_designation_store_get (db, id, error)) != NULL;
  if (ok && !g_str_equal (d->state, "pending") && !strstr (d->review_flags, "permission"))
    ok = daicho_set_invalid (error, _("This designation is not waiting for a permission."));

  if (ok)
    {
      input.staff_id = d->staff_id;
      input.office_id = d->office_id;
      input.scope = d->scope;
      input.start_date = d->start_date;
      input.supervised = 0;
      input.permission_date = permission_date;
      input.permission_ref = permission_ref;
      /* The person may have moved since: only the permission is checked. */
      ok = validate_people (db, &input, &c, error) &&
           validate_prior_permission (db, &input, &c, error);
    }
  if (ok)
    {
      g_autofree char *ref = daicho_text_strip (permission_ref);

      ok = daicho_db_exec (db, error,
                           "INSERT INTO permission (staff_id, office_id, permission_date, ref,"
                           " granted_by) VALUES (?, ?, ?, ?, ?)",
                           "IIttI", d->staff_id, d->office_id, permission_date, ref,
                           c.granter_id) &&
           daicho_db_exec (db, error, "UPDATE designation SET permission_id = ? WHERE id = ?",
                           "II", daicho_db_last_insert_id (db), id);
    }
  return daicho_db_finish_write (db, ok, error);
}
