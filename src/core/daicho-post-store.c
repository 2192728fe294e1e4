/* daicho-post-store.c — 職 and who held them
 *
 * The holdings of a post never overlap: assigning a new holder from a date
 * ends the current holding the day before, in the same transaction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-post-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"

#define POST_COLUMNS                                                                      \
  "SELECT p.id, p.code, p.name, p.role, coalesce (p.office_id, 0) AS office_id, "        \
  "       o.name AS office_name, p.active, "                                             \
  "       coalesce (s.id, 0) AS holder_id, s.emp_no AS holder_emp_no, "                  \
  "       s.name AS holder_name, h.from_date AS holder_from "                            \
  "FROM post p LEFT JOIN office o ON o.id = p.office_id "                                \
  "LEFT JOIN post_holder h ON h.post_id = p.id AND h.from_date <= ?1 "                   \
  "     AND (h.to_date IS NULL OR h.to_date >= ?1) "                                     \
  "LEFT JOIN staff s ON s.id = h.staff_id "

#define HOLDER_COLUMNS                                                                    \
  "SELECT h.id, h.post_id, p.code AS post_code, p.name AS post_name, h.staff_id, "       \
  "       s.emp_no, s.name AS staff_name, h.from_date, h.to_date "                       \
  "FROM post_holder h JOIN post p ON p.id = h.post_id JOIN staff s ON s.id = h.staff_id "

/* @on, or today when NULL; the caller frees the result. */
static char *
date_or_today (const char *on)
{
  return on ? g_strdup (on) : daicho_date_today_iso ();
}

GListStore *
daicho_post_store_list (DaichoDb *db, const char *on, GError **error)
{
  g_autofree char *date = date_or_today (on);

  return daicho_db_query_records (db, DAICHO_TYPE_POST, error,
                                  POST_COLUMNS
                                  "WHERE p.active = 1 "
                                  "ORDER BY p.sort_order, o.code, p.code",
                                  "t", date);
}

DaichoPost *
daicho_post_store_get_by_code (DaichoDb *db, const char *code, GError **error)
{
  g_autofree char *date = daicho_date_today_iso ();
  g_autofree char *quoted = daicho_text_quote (code);
  g_autofree char *message = g_strdup_printf (_("There is no post with the code %s."), quoted);

  return daicho_db_query_record (db, DAICHO_TYPE_POST, message, error,
                                 POST_COLUMNS "WHERE p.code = ?2", "tt", date, code);
}

DaichoPost *
daicho_post_store_get_usage_manager (DaichoDb *db, gint64 office_id, GError **error)
{
  g_autofree char *date = daicho_date_today_iso ();

  return daicho_db_query_record (db, DAICHO_TYPE_POST,
                                 _("The office has no システム利用責任者 post."), error,
                                 POST_COLUMNS "WHERE p.office_id = ?2 AND p.role = 'usage_manager'",
                                 "tI", date, office_id);
}

DaichoPost *
daicho_post_store_get_by_role (DaichoDb *db, const char *role, GError **error)
{
  g_autofree char *date = daicho_date_today_iso ();

  return daicho_db_query_record (db, DAICHO_TYPE_POST, _("There is no such post."), error,
                                 POST_COLUMNS "WHERE p.role = ?2 ORDER BY p.sort_order, p.id",
                                 "tt", date, role);
}

DaichoPostHolder *
daicho_post_store_holder_on (DaichoDb *db, gint64 post_id, const char *on, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_POST_HOLDER, NULL, error,
                                 HOLDER_COLUMNS
                                 "WHERE h.post_id = ?1 AND h.from_date <= ?2 "
                                 "  AND (h.to_date IS NULL OR h.to_date >= ?2)",
                                 "It", post_id, on);
}

gboolean
daicho_post_store_holder_id_on (DaichoDb *db, const char *role, gint64 office_id, const char *on,
                                gint64 *staff_id, GError **error)
{
  return daicho_db_query_int (db, staff_id, 0, error,
                              "SELECT h.staff_id FROM post_holder h JOIN post p ON p.id = h.post_id"
                              " WHERE p.role = ?1 AND (?2 = 0 OR p.office_id = ?2)"
                              "   AND h.from_date <= ?3 AND (h.to_date IS NULL OR h.to_date >= ?3)"
                              " ORDER BY p.sort_order, p.id LIMIT 1",
                              "tIt", role, office_id, on);
}

GListStore *
daicho_post_store_history (DaichoDb *db, gint64 post_id, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_POST_HOLDER, error,
                                  HOLDER_COLUMNS "WHERE h.post_id = ? ORDER BY h.from_date DESC",
                                  "I", post_id);
}

/* The day before @iso, as ISO text. */
static char *
day_before (const char *iso)
{
  GDate date;

  daicho_date_from_iso (iso, &date);
  g_date_subtract_days (&date, 1);
  return daicho_date_to_iso (&date);
}

/* Ends the open holding of @post_id the day before @from, inside the
 * caller's transaction. Refuses when that holding (or any later one) starts
 * on or after @from: history is not rewritten. */
static gboolean
end_current_holding (DaichoDb *db, gint64 post_id, const char *from, GError **error)
{
  g_autofree char *to = day_before (from);
  gint64 later = 0;

  if (!daicho_db_query_int (db, &later, 0, error,
                            "SELECT count(*) FROM post_holder WHERE post_id = ? AND from_date >= ?",
                            "It", post_id, from))
    return FALSE;
  if (later > 0)
    {
      g_autofree char *shown = daicho_date_format_iso (from, DAICHO_DATE_WAREKI_LONG);
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The post already has a holder from %s or later. A change must come after "
                     "the last recorded one."), shown);
      return FALSE;
    }

  return daicho_db_exec (db, error,
                         "UPDATE post_holder SET to_date = ? "
                         "WHERE post_id = ? AND (to_date IS NULL OR to_date >= ?)",
                         "tIt", to, post_id, from);
}

static gboolean
check_post_active (DaichoDb *db, gint64 post_id, GError **error)
{
  gint64 ok = 0;

  if (!daicho_db_query_int (db, &ok, 0, error,
                            "SELECT count(*) FROM post WHERE id = ? AND active = 1", "I", post_id))
    return FALSE;
  if (ok == 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND,
                   _("The post does not exist or is no longer used."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_staff_present (DaichoDb *db, gint64 staff_id, const char *from, GError **error)
{
  gint64 ok = 0;

  if (!daicho_db_query_int (db, &ok, 0, error,
                            "SELECT count(*) FROM staff WHERE id = ? "
                            "AND (left_on IS NULL OR left_on >= ?)",
                            "It", staff_id, from))
    return FALSE;
  if (ok == 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The chosen staff member does not exist or has left by that date."));
      return FALSE;
    }
  return TRUE;
}

gboolean
daicho_post_store_assign (DaichoDb                   *db,
                          const DaichoPostAssignment *assignments,
                          guint                       n_assignments,
                          const char                 *from,
                          GError                    **error)
{
  GDate date;
  gboolean ok = TRUE;

  if (from == NULL || !daicho_date_from_iso (from, &date))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Give the date from which the new holders take office."));
      return FALSE;
    }
  if (n_assignments == 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, _("Choose at least one post."));
      return FALSE;
    }

  if (!daicho_db_begin_write (db, error))
    return FALSE;

  for (guint i = 0; ok && i < n_assignments; i++)
    {
      ok = check_post_active (db, assignments[i].post_id, error) &&
           check_staff_present (db, assignments[i].staff_id, from, error) &&
           end_current_holding (db, assignments[i].post_id, from, error) &&
           daicho_db_exec (db, error,
                           "INSERT INTO post_holder (post_id, staff_id, from_date) "
                           "VALUES (?, ?, ?)",
                           "IIt", assignments[i].post_id, assignments[i].staff_id, from);
    }

  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_post_store_vacate (DaichoDb *db, gint64 post_id, const char *to, GError **error)
{
  GDate date;
  gboolean ok;

  if (to == NULL || !daicho_date_from_iso (to, &date))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Give the last day of the holding."));
      return FALSE;
    }
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_db_exec_one (db,
                           _("Nobody holds the post on that date, so there is no holding to end."),
                           error,
                           "UPDATE post_holder SET to_date = ? "
                           "WHERE post_id = ? AND to_date IS NULL AND from_date <= ?",
                           "tIt", to, post_id, to);
  return daicho_db_finish_write (db, ok, error);
}
