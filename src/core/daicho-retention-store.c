/* daicho-retention-store.c — 文書分類 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-retention-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"

#define RETENTION_COLUMNS \
  "SELECT id, code, name, coalesce (years, 0) AS years, active FROM retention_class "

GListStore *
daicho_retention_store_list (DaichoDb *db, gboolean include_inactive, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_RETENTION_CLASS, error,
                                  RETENTION_COLUMNS
                                  "WHERE active = 1 OR ? "
                                  "ORDER BY coalesce (years, 1000), code",
                                  "b", include_inactive);
}

DaichoRetentionClass *
daicho_retention_store_get_by_code (DaichoDb *db, const char *code, GError **error)
{
  g_autofree char *quoted = daicho_text_quote (code);
  g_autofree char *message =
    g_strdup_printf (_("There is no retention class with the code %s."), quoted);

  return daicho_db_query_record (db, DAICHO_TYPE_RETENTION_CLASS, message, error,
                                 RETENTION_COLUMNS "WHERE code = ?", "t", code);
}

gint64
daicho_retention_store_add (DaichoDb *db, const char *code, const char *name, int years,
                            GError **error)
{
  g_autofree char *clean_code = daicho_text_strip (code);
  g_autofree char *clean_name = daicho_text_strip (name);
  gint64 existing = 0;
  gboolean ok;

  if (!daicho_validate_text (_("Class code"), clean_code, DAICHO_TEXT_CODE, TRUE, FALSE, error) ||
      !daicho_validate_text (_("Class name"), clean_name, DAICHO_TEXT_SHORT, TRUE, FALSE, error))
    return 0;
  if (years < 0 || years > 100)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("A retention period is 1 to 100 years, or permanent (永年)."));
      return 0;
    }

  if (!daicho_db_begin_write (db, error))
    return 0;
  ok = daicho_db_query_int (db, &existing, 0, error,
                            "SELECT id FROM retention_class WHERE code = ?", "t", clean_code);
  if (ok && existing != 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                   _("The retention class code %s is already used."), clean_code);
      ok = FALSE;
    }
  ok = ok && daicho_db_exec (db, error,
                             "INSERT INTO retention_class (code, name, years) "
                             "VALUES (?, ?, nullif (?, 0))",
                             "tti", clean_code, clean_name, years);
  if (!daicho_db_finish_write (db, ok, error))
    return 0;
  return daicho_db_last_insert_id (db);
}

gboolean
daicho_retention_store_set_active (DaichoDb *db, gint64 id, gboolean active, GError **error)
{
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_db_exec_one (db, _("The retention class no longer exists."), error,
                           "UPDATE retention_class SET active = ? WHERE id = ?", "bI", active, id);
  return daicho_db_finish_write (db, ok, error);
}
