/* daicho-place-store.c — 保管場所 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-place-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"

#define PLACE_COLUMNS                                                                 \
  "SELECT p.id, p.office_id, o.code AS office_code, o.name AS office_name, p.name, " \
  "       p.locks, p.active "                                                        \
  "FROM place p JOIN office o ON o.id = p.office_id "

GListStore *
daicho_place_store_list (DaichoDb *db, gint64 office_id, gboolean include_inactive,
                         GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_PLACE, error,
                                  PLACE_COLUMNS
                                  "WHERE (? = 0 OR p.office_id = ?) AND (p.active = 1 OR ?) "
                                  "ORDER BY o.code, p.name",
                                  "IIb", office_id, office_id, include_inactive);
}

DaichoPlace *
daicho_place_store_get (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_PLACE, _("The storage place no longer exists."),
                                 error, PLACE_COLUMNS "WHERE p.id = ?", "I", id);
}

/* Checks a place's name is given and unused in its office. */
static gboolean
validate_place (DaichoDb *db, gint64 id, gint64 office_id, const char *name, GError **error)
{
  gint64 other = 0;

  if (!daicho_validate_text (_("Place name"), name, DAICHO_TEXT_SHORT, TRUE, FALSE, error) ||
      !daicho_db_query_int (db, &other, 0, error,
                            "SELECT id FROM place WHERE office_id = ? AND name = ? AND id <> ?",
                            "ItI", office_id, name, id))
    return FALSE;
  if (other != 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                   _("The office already has a storage place named %s."), name);
      return FALSE;
    }
  return TRUE;
}

gint64
daicho_place_store_add (DaichoDb *db, gint64 office_id, const char *name, gboolean locks,
                        GError **error)
{
  g_autofree char *clean = daicho_text_strip (name);
  g_autoptr(DaichoOffice) office = NULL;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return 0;

  ok = (office = daicho_db_query_record (db, DAICHO_TYPE_OFFICE,
                                         _("Choose the office the place belongs to."), error,
                                         "SELECT id FROM office WHERE id = ? AND active = 1",
                                         "I", office_id))
       != NULL;
  ok = ok && validate_place (db, 0, office_id, clean, error);
  ok = ok && daicho_db_exec (db, error,
                             "INSERT INTO place (office_id, name, locks) VALUES (?, ?, ?)",
                             "Itb", office_id, clean, locks);
  if (!daicho_db_finish_write (db, ok, error))
    return 0;
  return daicho_db_last_insert_id (db);
}

gboolean
daicho_place_store_update (DaichoDb *db, gint64 id, const char *name, gboolean locks,
                           GError **error)
{
  g_autofree char *clean = daicho_text_strip (name);
  gint64 office_id = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_db_query_int (db, &office_id, 0, error, "SELECT office_id FROM place WHERE id = ?",
                            "I", id);
  ok = ok && validate_place (db, id, office_id, clean, error);
  ok = ok && daicho_db_exec_one (db, _("The storage place no longer exists."), error,
                                 "UPDATE place SET name = ?, locks = ? WHERE id = ?",
                                 "tbI", clean, locks, id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_place_store_set_active (DaichoDb *db, gint64 id, gboolean active, GError **error)
{
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_db_exec_one (db, _("The storage place no longer exists."), error,
                           "UPDATE place SET active = ? WHERE id = ?", "bI", active, id);
  return daicho_db_finish_write (db, ok, error);
}
