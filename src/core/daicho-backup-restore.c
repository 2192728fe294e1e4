/* daicho-backup-restore.c — putting a backup back in place of the database
 *
 * The backup is checked first and the current data kept as a backup
 * before anything changes. Then the backup's contents are written into the
 * live file through SQLite's backup API, in one write transaction: other
 * windows on the file keep reading the old state until it commits, then
 * see the restored one, and the -wal and -shm files stay SQLite's business.
 * Only when the live file is missing or is not a database any more is a
 * checked copy renamed into its place. The restore is then recorded in the
 * restored database's audit log, as a change of the setting "last_restore".
 */
#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "daicho/daicho-backup.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-staff-store.h"
#include "daicho-backup-private.h"
#include "daicho-db-private.h"

/* Keeps a file that is not a database any more as it is, with its -wal:
 * named as a before-restore backup so that nothing replaced is lost. */
static char *
keep_damaged_copy (const char *db_path, GError **error)
{
  g_autofree char *path = daicho_backup_new_path (db_path, DAICHO_BACKUP_BEFORE_RESTORE, NULL,
                                                  error);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *wal_copy = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (db_path);
  g_autoptr(GFile) target = NULL;

  if (path == NULL)
    return NULL;
  target = g_file_new_for_path (path);
  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return NULL;
  g_chmod (path, 0600);
  if (g_file_test (wal, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) wal_source = g_file_new_for_path (wal);
      g_autoptr(GFile) wal_target = NULL;

      wal_copy = g_strconcat (path, "-wal", NULL);
      wal_target = g_file_new_for_path (wal_copy);
      if (!g_file_copy (wal_source, wal_target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        return NULL;
      g_chmod (wal_copy, 0600);
    }
  return g_steal_pointer (&path);
}

/* A file shorter than a database page beside a -wal: SQLite would take
 * the -wal for stale and delete it on opening, so it is kept untouched. */
static gboolean
too_short_with_wal (const char *db_path)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  GStatBuf st;

  return g_stat (db_path, &st) == 0 && st.st_size < 512 &&
         g_file_test (wal, G_FILE_TEST_IS_REGULAR);
}

/* Keeps the data a restore will replace: a checked backup when the file is
 * a Daicho database (*@is_database set), else the file as it is. */
static gboolean
keep_current (const char               *db_path,
              const DaichoBackupShare  *share,
              char                    **kept,
              gboolean                 *is_database,
              GError                  **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!too_short_with_wal (db_path))
    *kept = daicho_backup_make_shared (db_path, DAICHO_BACKUP_BEFORE_RESTORE, NULL, NULL, share,
                                       &local_error);
  *is_database = *kept != NULL;
  if (*kept == NULL && local_error != NULL &&
      !g_error_matches (local_error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (*kept == NULL)
    *kept = keep_damaged_copy (db_path, error);
  return *kept != NULL;
}

/* Writes the backup into the live database in one transaction. */
static gboolean
restore_through_sqlite (const char              *db_path,
                        const char              *backup_path,
                        const DaichoBackupShare *share,
                        GError                 **error)
{
  sqlite3 *dest = daicho_backup_open_file (db_path, SQLITE_OPEN_READWRITE, error);
  sqlite3 *source = NULL;
  int rc;

  if (dest == NULL)
    return FALSE;
  source = daicho_backup_open_file (backup_path, SQLITE_OPEN_READONLY, error);
  if (source == NULL)
    {
      sqlite3_close_v2 (dest);
      return FALSE;
    }
  rc = daicho_backup_run_steps (dest, source, share);
  sqlite3_close_v2 (source);
  sqlite3_close_v2 (dest);
  if (rc != SQLITE_DONE)
    {
      daicho_backup_set_file_error (db_path, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Puts a checked copy of the backup where the database was: for a live file
 * that is missing or no longer a database, which SQLite cannot write into.
 * Its stale -wal and -shm go first, or SQLite would replay them onto the
 * restored file. */
static gboolean
restore_by_rename (const char              *db_path,
                   const char              *backup_path,
                   const DaichoBackupShare *share,
                   GError                 **error)
{
  g_autofree char *tmp_path = g_strconcat (db_path, ".restoring", NULL);
  g_autoptr(GFile) tmp_file = g_file_new_for_path (tmp_path);
  g_autoptr(GFile) db_file = g_file_new_for_path (db_path);
  const char *suffixes[] = { "-wal", "-shm" };

  if (!daicho_backup_copy_file (backup_path, tmp_path, share, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (db_path, suffixes[i], NULL);
      if (g_remove (side) != 0 && errno != ENOENT)
        {
          int saved = errno;
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO,
                       _("Cannot remove %s: %s. Close every Daicho window and try again."),
                       side, g_strerror (saved));
          g_remove (tmp_path);
          return FALSE;
        }
    }
  if (!g_file_move (tmp_file, db_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_remove (tmp_path);
      return FALSE;
    }
  return TRUE;
}

/* Opens the restored database (which brings an older schema up to date)
 * and records the restore in its audit log. */
static gboolean
record_restore (const char   *db_path,
                DaichoBackup *backup,
                const char   *kept_path,
                const char   *operator_emp_no,
                GError      **error)
{
  g_autoptr(DaichoDb) db = daicho_db_open (db_path, error);
  g_autofree char *kept_name = kept_path ? g_path_get_basename (kept_path) : NULL;
  gboolean ok;

  if (db == NULL)
    return FALSE;
  if (operator_emp_no != NULL)
    daicho_db_set_operator_by_emp_no (db, operator_emp_no, NULL);
  else
    {
      g_autoptr(DaichoStaff) me = daicho_staff_store_find_by_login (db, g_get_user_name ());
      if (me != NULL)
        daicho_db_set_operator (db, me->id);
    }

  /* Whoever restores may not be in the restored records: the audit log then
   * names the OS user alone, as it does before any staff exist. */
  if (daicho_db_get_operator (db) != 0)
    ok = daicho_db_begin_write (db, error);
  else
    ok = daicho_db_exec (db, error, "BEGIN IMMEDIATE", NULL);
  if (!ok)
    return FALSE;
  /* "|| ''" makes the JSON plain text, as it is stored: the audit trigger
   * would otherwise record it as a nested object and the check would find
   * the record different from its log. */
  ok = daicho_db_exec (db, error,
                       "INSERT INTO setting (key, value, changed_by, changed_at)"
                       " VALUES ('last_restore', json_object ('backup', ?, 'made_at', ?,"
                       "                                      'kept_as', ?) || '',"
                       "         ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                       "  changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                       "tttn", backup->name, backup->made_at, kept_name,
                       daicho_db_get_operator (db));
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_backup_restore (const char            *db_path,
                       const char            *backup_path,
                       const char            *operator_emp_no,
                       char                 **before_path,
                       DaichoBackupProgress   progress,
                       gpointer               user_data,
                       GError               **error)
{
  g_autoptr(GFile) db_file = g_file_new_for_path (db_path);
  g_autoptr(GFile) backup_file = g_file_new_for_path (backup_path);
  g_autoptr(DaichoBackup) backup = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kept = NULL;
  DaichoBackupShare keep_share = { progress, user_data, 0.0, 0.5 };
  DaichoBackupShare restore_share = { progress, user_data, 0.5, 0.5 };
  gboolean live_is_database = FALSE;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL, FALSE);

  if (g_file_equal (db_file, backup_file))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("%s is the database itself, not a backup of it."), backup_path);
      return FALSE;
    }
  backup = daicho_backup_inspect (backup_path, &local_error);
  if (backup == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Nothing was restored. "));
      return FALSE;
    }

  if (g_file_test (db_path, G_FILE_TEST_EXISTS) &&
      !keep_current (db_path, &keep_share, &kept, &live_is_database, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("The current data could not be kept as a backup, so "
                                    "nothing was restored. "));
      return FALSE;
    }

  if (live_is_database)
    ok = restore_through_sqlite (db_path, backup_path, &restore_share, &local_error);
  else
    ok = restore_by_rename (db_path, backup_path, &restore_share, &local_error);
  if (!ok)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Nothing was restored. "));
      return FALSE;
    }
  if (!record_restore (db_path, backup, kept, operator_emp_no, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("The backup was restored, but the restore could not be "
                                    "recorded. "));
      return FALSE;
    }
  daicho_backup_report (&restore_share, 1.0);
  if (before_path != NULL)
    *before_path = g_steal_pointer (&kept);
  return TRUE;
}
