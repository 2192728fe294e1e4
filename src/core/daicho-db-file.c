/* daicho-db-file.c — the database file itself: is it still the one we
 * opened, and is it whole?
 *
 * On Linux a file that is deleted or moved while it is open keeps taking
 * writes: they land in a file nobody will open again (or in a -wal file
 * that no longer sits beside its database) and are lost without a word.
 * So a write first asks whether the path still names the file that was
 * opened. GIO's id::file (device and inode on Unix) answers that where the
 * platform has it; elsewhere the file must at least still exist. On Windows
 * an open database cannot be deleted or moved, so existence is enough.
 *
 * A damaged page shows only when something reads it. The window has SQLite
 * read the whole file once after it opens, on a connection of its own in a
 * worker thread, so that damage is reported at the start and not in the
 * middle of someone's work.
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
                 "backup: close every Daicho window, delete the files ending in -wal and "
                 "-shm beside the database, and copy the backup over it."), path);
}

/* In the worker thread: PRAGMA quick_check on a read-only connection. */
static void
quick_check_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  const char *path = task_data;
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean damaged = FALSE;
  int rc;

  rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (handle, 10000);
      rc = sqlite3_prepare_v2 (handle, "PRAGMA quick_check (1)", -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      damaged = rc == SQLITE_ROW &&
                g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0;
    }
  damaged = damaged || (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (handle);

  if (damaged)
    {
      GError *error = NULL;

      daicho_db_set_damaged_error (path, &error);
      g_task_return_error (task, error);
    }
  else
    g_task_return_boolean (task, TRUE);
}

void
daicho_db_quick_check_async (DaichoDb            *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (DAICHO_IS_DB (self));
  g_task_set_source_tag (task, daicho_db_quick_check_async);
  /* The thread has the path only: the connection stays on its thread. */
  g_task_set_task_data (task, g_strdup (daicho_db_get_path (self)), g_free);
  g_task_run_in_thread (task, quick_check_thread);
}

gboolean
daicho_db_quick_check_finish (DaichoDb *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
