/* daicho-office-store.c — 所属 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"

#define OFFICE_COLUMNS "SELECT id, code, name, kind, active FROM office "

GListStore *
daicho_office_store_list (DaichoDb *db, gboolean include_inactive, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_OFFICE, error,
                                  OFFICE_COLUMNS "WHERE active = 1 OR ? ORDER BY code",
                                  "b", include_inactive);
}

DaichoOffice *
daicho_office_store_get (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_OFFICE, _("The office no longer exists."), error,
                                 OFFICE_COLUMNS "WHERE id = ?", "I", id);
}

DaichoOffice *
daicho_office_store_get_by_code (DaichoDb *db, const char *code, GError **error)
{
  g_autofree char *quoted = daicho_text_quote (code);
  g_autofree char *message = g_strdup_printf (_("There is no office with the code %s."), quoted);

  return daicho_db_query_record (db, DAICHO_TYPE_OFFICE, message, error,
                                 OFFICE_COLUMNS "WHERE code = ?", "t", code);
}

static gboolean
validate_office (const char *name, const char *kind, GError **error)
{
  if (!daicho_validate_text (_("Office name"), name, DAICHO_TEXT_SHORT, TRUE, FALSE, error))
    return FALSE;
  if (!daicho_office_kind_is_valid (kind))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The office kind must be one of 区民課, 支所, 出張所 or その他."));
      return FALSE;
    }
  return TRUE;
}

gint64
daicho_office_store_add (DaichoDb   *db,
                         const char *code,
                         const char *name,
                         const char *kind,
                         GError    **error)
{
  g_autofree char *clean_code = daicho_text_strip (code);
  g_autofree char *clean_name = daicho_text_strip (name);
  g_autofree char *post_code = NULL;
  g_autofree char *post_name = NULL;
  gint64 existing = 0;
  gint64 id = 0;
  gboolean ok;

  if (!daicho_validate_text (_("Office code"), clean_code, DAICHO_TEXT_CODE, TRUE, FALSE, error) ||
      !validate_office (clean_name, kind, error))
    return 0;

  if (!daicho_db_begin_write (db, error))
    return 0;

  ok = daicho_db_query_int (db, &existing, 0, error,
                            "SELECT id FROM office WHERE code = ?", "t", clean_code);
  if (ok && existing != 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                   _("The office code %s is already used."), clean_code);
      ok = FALSE;
    }

  ok = ok && daicho_db_exec (db, error,
                             "INSERT INTO office (code, name, kind) VALUES (?, ?, ?)",
                             "ttt", clean_code, clean_name, kind);
  if (ok)
    id = daicho_db_last_insert_id (db);

  /* Every office has its システム利用責任者 (K2-4): the post comes with it. */
  post_code = g_strconcat ("usage-", clean_code, NULL);
  post_name = g_strdup_printf ("システム利用責任者（%s）", clean_name);
  ok = ok && daicho_db_exec (db, error,
                             "INSERT INTO post (code, name, role, office_id, sort_order) "
                             "VALUES (?, ?, 'usage_manager', ?, 10)",
                             "ttI", post_code, post_name, id);

  return daicho_db_finish_write (db, ok, error) ? id : 0;
}

gboolean
daicho_office_store_update (DaichoDb *db, gint64 id, const char *name, const char *kind,
                            GError **error)
{
  g_autofree char *clean_name = daicho_text_strip (name);
  g_autofree char *post_name = NULL;
  gboolean ok;

  if (!validate_office (clean_name, kind, error) || !daicho_db_begin_write (db, error))
    return FALSE;

  post_name = g_strdup_printf ("システム利用責任者（%s）", clean_name);
  ok = daicho_db_exec_one (db, _("The office no longer exists."), error,
                           "UPDATE office SET name = ?, kind = ? WHERE id = ?",
                           "ttI", clean_name, kind, id) &&
       daicho_db_exec (db, error,
                       "UPDATE post SET name = ? WHERE office_id = ? AND role = 'usage_manager'",
                       "tI", post_name, id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_office_store_set_active (DaichoDb *db, gint64 id, gboolean active, GError **error)
{
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_db_exec_one (db, _("The office no longer exists."), error,
                           "UPDATE office SET active = ? WHERE id = ?", "bI", active, id);
  return daicho_db_finish_write (db, ok, error);
}
