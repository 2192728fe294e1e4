/* daicho-db-file.c — the database file itself: is it still the one we
 * opened; the words for a file gone or damaged
 *
 * On Linux a file that is deleted or moved while it is open keeps taking
 * writes: they land in a file nobody will open again (or in a -wal file
 * that no longer sits beside its database) and are lost without a word.
 * So a write first asks whether the path still names the file that was
 * opened. GIO's id::file (device and inode on Unix) answers that where the
 * platform has it; elsewhere the file must at least still exist. On Windows
 * an open database cannot be deleted or moved, so existence is enough.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho-db-private.h"

char *
daicho_db_file_identity (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE));
}

gboolean
daicho_db_file_still_there (const char *path, const char *identity, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *now;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL,
                            &local_error);
  /* A folder that cannot be listed just now (a network share reconnecting)
   * is not proof that the file went away: SQLite reports real trouble. */
  if (info == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    return TRUE;

  now = info ? g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE) : NULL;
  if (info != NULL && (identity == NULL || g_strcmp0 (identity, now) == 0))
    return TRUE;

  daicho_db_set_file_gone_error (path, error);
  return FALSE;
}

void
daicho_db_set_file_gone_error (const char *path, GError **error)
{
  g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_STORAGE,
               _("The database file %s was deleted, moved or replaced while Daicho had it open. "
                 "Nothing was saved, because the change would have been lost. Close this "
                 "window, put the file back or restore a backup, and open it again."), path);
}

void
daicho_db_set_damaged_error (const char *path, GError **error)
{
  g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO,
               _("The database file %s is damaged. Nothing was saved. Restore the latest "
                 "backup: in Settings → Backups, or with “daicho-cli restore FILE”."), path);
}
