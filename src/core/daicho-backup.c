/* daicho-backup.c — backups of the database: made, rotated, listed
 *
 * The copy goes through SQLite's online backup API in steps of a megabyte,
 * each holding a read transaction only while it runs: in WAL mode a reader
 * never blocks a writer, and a change made by another connection between
 * steps makes SQLite start the copy again, so the copy is always one
 * consistent state. When writes keep restarting it, the rest is copied in
 * one step, which still does not hold up writers in WAL mode.
 * Restoring is in daicho-backup-restore.c.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "daicho/daicho-backup.h"
#include "daicho/daicho-error.h"
#include "daicho-backup-private.h"
#include "daicho-db-private.h"
#include "daicho-records-private.h"

/* 256 pages of 4 KiB: a step takes a millisecond or two. */
#define PAGES_PER_STEP  256
/* After this many restarts caused by other writers, copy the rest at once. */
#define MAX_RESTARTS    3
/* How long a busy database is waited for, as the app waits (daicho-db.c). */
#define BUSY_TIMEOUT_MS 10000
#define BUSY_SLEEP_MS   20

#define NAME_PATTERN \
  "^.+-([0-9]{8})-([0-9]{6})(?:-([0-9]+))?-(auto|manual|before-restore)\\.sqlite3$"

DEFINE_RECORD (DaichoBackup, daicho_backup,
               FIELD (DaichoBackup, path, STRING),
               FIELD (DaichoBackup, name, STRING),
               FIELD (DaichoBackup, kind, STRING),
               FIELD (DaichoBackup, made_at, STRING),
               FIELD (DaichoBackup, size, INT64),
               FIELD (DaichoBackup, schema_version, INT64),
               FIELD (DaichoBackup, n_staff, INT64),
               FIELD (DaichoBackup, n_designations, INT64),
               FIELD (DaichoBackup, n_ledger_entries, INT64),
               FIELD (DaichoBackup, n_inspections, INT64),
               FIELD (DaichoBackup, n_meetings, INT64),
               FIELD (DaichoBackup, last_change, STRING),
               FIELD (DaichoBackup, problem, STRING))

static const char * const kind_names[] = { "auto", "manual", "before-restore" };

const char *
daicho_backup_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "auto") == 0)
    return _("Automatic");
  if (g_strcmp0 (kind, "manual") == 0)
    return _("Made by hand");
  if (g_strcmp0 (kind, "before-restore") == 0)
    return _("Before a restore");
  return _("Other copy");
}

/* 100080 → "100,080". */
static char *
group_digits (gint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%lld", (long long) value);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && digits[i] != '-' && (len - i) % 3 == 0 && digits[i - 1] != '-')
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
daicho_backup_describe (DaichoBackup *self)
{
  g_autofree char *staff = NULL;
  g_autofree char *designations = NULL;
  g_autofree char *entries = NULL;
  g_autofree char *inspections = NULL;
  g_autofree char *meetings = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (DAICHO_IS_BACKUP (self), NULL);

  staff = group_digits (self->n_staff);
  designations = group_digits (self->n_designations);
  entries = group_digits (self->n_ledger_entries);
  inspections = group_digits (self->n_inspections);
  meetings = group_digits (self->n_meetings);
  parts = g_new0 (char *, 6);
  parts[0] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s staff member", "%s staff",
                                           self->n_staff), staff);
  parts[1] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s designation", "%s designations",
                                           self->n_designations), designations);
  parts[2] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s ledger entry",
                                           "%s ledger entries", self->n_ledger_entries),
                              entries);
  parts[3] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s inspection", "%s inspections",
                                           self->n_inspections), inspections);
  parts[4] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s meeting", "%s meetings",
                                           self->n_meetings), meetings);
  return g_strjoinv (_(", "), parts);
}

char *
daicho_backup_folder (const char *db_path)
{
  return g_strconcat (db_path, ".backups", NULL);
}

/* Connections */

sqlite3 *
daicho_backup_open_file (const char *path, int flags, GError **error)
{
  sqlite3 *handle = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND,
                   _("There is no file %s."), path);
      return NULL;
    }
  rc = sqlite3_open_v2 (path, &handle, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO, _("%s could not be opened: %s"), path,
                   handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close_v2 (handle);
      return NULL;
    }
  sqlite3_extended_result_codes (handle, 1);
  sqlite3_busy_timeout (handle, BUSY_TIMEOUT_MS);
  return handle;
}

/* The first column of the first row of @sql as text (NULL: none) or as a
 * number; returns the SQLite code of the step (SQLITE_ROW, SQLITE_DONE or
 * an error). */
static int
query_value (sqlite3 *handle, const char *sql, char **text, gint64 *number)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && text != NULL)
    *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc == SQLITE_ROW && number != NULL)
    *number = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return rc;
}

/* An error about the file @path that SQLite answered with @rc. */
void
daicho_backup_set_file_error (const char *path, int rc, GError **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO,
                   _("%s is damaged or is not a database."), path);
      break;
    case SQLITE_FULL:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_STORAGE,
                   _("The disk is full; free some space and try again."));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_BUSY,
                   _("%s is in use by another program or window and stayed locked; "
                     "try again in a moment."), path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_READ_ONLY,
                   _("%s cannot be written (it is read-only or you lack permission)."), path);
      break;
    default:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO,
                   _("%s could not be read or written (%s)."), path, sqlite3_errstr (rc));
      break;
    }
}

/* Whether the open file is a Daicho database this version can read: its
 * schema version goes to @version. */
static gboolean
check_identity (sqlite3 *handle, const char *path, gint64 *version, GError **error)
{
  g_autofree char *application = NULL;
  int rc = query_value (handle, "PRAGMA user_version", NULL, version);

  if (rc != SQLITE_ROW)
    {
      daicho_backup_set_file_error (path, rc, error);
      return FALSE;
    }
  rc = query_value (handle, "SELECT value FROM daicho_meta WHERE key = 'application'",
                    &application, NULL);
  if (rc != SQLITE_ROW || g_strcmp0 (application, "daicho") != 0)
    {
      if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
        daicho_backup_set_file_error (path, rc, error);
      else
        g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO,
                     _("%s is not a Daicho database."), path);
      return FALSE;
    }
  if (*version > daicho_db_schema_version ())
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NEWER_SCHEMA,
                   _("%s was written by a newer version of Daicho (schema %d; this version "
                     "knows up to %d)."), path, (int) *version, daicho_db_schema_version ());
      return FALSE;
    }
  return TRUE;
}

/* PRAGMA integrity_check: TRUE when it says "ok"; else its first finding
 * in @error. */
static gboolean
check_integrity (sqlite3 *handle, const char *path, GError **error)
{
  g_autofree char *result = NULL;
  int rc = query_value (handle, "PRAGMA integrity_check", &result, NULL);

  if (rc != SQLITE_ROW)
    {
      daicho_backup_set_file_error (path, rc, error);
      return FALSE;
    }
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO,
                   _("%s is damaged: SQLite's integrity check found “%s”."), path, result);
      return FALSE;
    }
  return TRUE;
}

/* Copying */


void
daicho_backup_report (const DaichoBackupShare *share, double fraction)
{
  if (share != NULL && share->progress != NULL)
    share->progress (share->base + share->span * CLAMP (fraction, 0.0, 1.0), share->user_data);
}

/* Runs the backup from @source to @dest in steps, reporting progress on
 * @share. Returns the last SQLite code: SQLITE_DONE on success. */
int
daicho_backup_run_steps (sqlite3 *dest, sqlite3 *source, const DaichoBackupShare *share)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int last_remaining = -1;
  guint restarts = 0;
  guint busy_waits = 0;
  int rc;

  if (backup == NULL)
    return sqlite3_errcode (dest);

  do
    {
      int remaining;
      int total;

      rc = sqlite3_backup_step (backup, restarts >= MAX_RESTARTS ? -1 : PAGES_PER_STEP);
      remaining = sqlite3_backup_remaining (backup);
      total = sqlite3_backup_pagecount (backup);
      if (last_remaining >= 0 && remaining > last_remaining)
        restarts++;
      last_remaining = remaining;
      if (total > 0)
        daicho_backup_report (share, (double) (total - remaining) / total);

      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        {
          if (++busy_waits * BUSY_SLEEP_MS > BUSY_TIMEOUT_MS)
            break;
          g_usleep (BUSY_SLEEP_MS * 1000);
        }
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
    rc = sqlite3_errcode (dest);
  return rc;
}

/* An empty file readable by its owner alone, from the first byte. */
static gboolean
create_private_file (const char *path, GError **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO, _("Cannot write the file %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

/* Copies @source into a new file at @dest_path: written as
 * "@dest_path.partial", checked (integrity, Daicho), then renamed. */
gboolean
daicho_backup_copy (sqlite3                 *source,
                    const char              *dest_path,
                    const DaichoBackupShare *share,
                    GError                 **error)
{
  g_autofree char *tmp_path = g_strconcat (dest_path, ".partial", NULL);
  g_autoptr(GFile) tmp_file = g_file_new_for_path (tmp_path);
  g_autoptr(GFile) dest_file = g_file_new_for_path (dest_path);
  DaichoBackupShare copy_share = { share ? share->progress : NULL,
                                  share ? share->user_data : NULL,
                                  share ? share->base : 0, share ? share->span * 0.8 : 0 };
  g_autoptr(GError) local_error = NULL;
  sqlite3 *dest = NULL;
  gint64 version = 0;
  int rc;

  if (!create_private_file (tmp_path, error))
    return FALSE;
  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = daicho_backup_run_steps (dest, source, &copy_share);
  /* The copy is one file: no -wal beside it. */
  if (rc == SQLITE_DONE)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    daicho_backup_set_file_error (sqlite3_db_filename (source, "main"), rc, &local_error);
  else if (rc != SQLITE_OK && rc != SQLITE_DONE)
    daicho_backup_set_file_error (dest_path, rc, &local_error);
  else if (check_integrity (dest, dest_path, &local_error))
    check_identity (dest, dest_path, &version, &local_error);
  sqlite3_close_v2 (dest);

  if (local_error == NULL)
    {
      g_chmod (tmp_path, 0600);
      g_file_move (tmp_file, dest_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error);
    }
  if (local_error != NULL)
    {
      g_remove (tmp_path);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("The backup was not written. "));
      return FALSE;
    }
  daicho_backup_report (share, 1.0);
  return TRUE;
}

gboolean
daicho_db_backup (DaichoDb *self, const char *dest_path, GError **error)
{
  g_return_val_if_fail (DAICHO_IS_DB (self), FALSE);
  return daicho_backup_copy (daicho_db_get_handle (self), dest_path, NULL, error);
}

gboolean
daicho_backup_copy_file (const char              *db_path,
                         const char              *dest_path,
                         const DaichoBackupShare *share,
                         GError                 **error)
{
  sqlite3 *source = daicho_backup_open_file (db_path, SQLITE_OPEN_READWRITE, error);
  gint64 version = 0;
  gboolean ok;

  if (source == NULL)
    return FALSE;
  ok = check_identity (source, db_path, &version, error) &&
       daicho_backup_copy (source, dest_path, share, error);
  sqlite3_close_v2 (source);
  return ok;
}

gboolean
daicho_backup_write (const char           *db_path,
                     const char           *dest_path,
                     DaichoBackupProgress  progress,
                     gpointer              user_data,
                     GError              **error)
{
  DaichoBackupShare share = { progress, user_data, 0.0, 1.0 };

  g_return_val_if_fail (db_path != NULL && dest_path != NULL, FALSE);
  return daicho_backup_copy_file (db_path, dest_path, &share, error);
}

/* The folder */

typedef struct
{
  char             *name;
  GDateTime        *made;   /* local time */
  guint             seq;
  DaichoBackupKind  kind;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->name);
  g_date_time_unref (entry->made);
  g_free (entry);
}

/* The entry for a file named as Daicho names backups, else NULL. */
static Entry *
parse_name (GRegex *regex, const char *name)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *seq = NULL;
  g_autofree char *kind = NULL;
  GDateTime *made;
  Entry *entry;
  guint64 d, t;

  if (!g_regex_match (regex, name, 0, &match))
    return NULL;
  date = g_match_info_fetch (match, 1);
  time = g_match_info_fetch (match, 2);
  seq = g_match_info_fetch (match, 3);
  kind = g_match_info_fetch (match, 4);
  d = g_ascii_strtoull (date, NULL, 10);
  t = g_ascii_strtoull (time, NULL, 10);
  made = g_date_time_new_local (d / 10000, d / 100 % 100, d % 100, t / 10000, t / 100 % 100,
                                t % 100);
  if (made == NULL)
    return NULL;

  entry = g_new0 (Entry, 1);
  entry->name = g_strdup (name);
  entry->made = made;
  entry->seq = seq && *seq ? (guint) g_ascii_strtoull (seq, NULL, 10) : 0;
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (kind, kind_names[i]))
      entry->kind = i;
  return entry;
}

static int
compare_newest_first (gconstpointer a, gconstpointer b)
{
  const Entry *x = *(Entry * const *) a;
  const Entry *y = *(Entry * const *) b;
  int order = g_date_time_compare (y->made, x->made);

  return order != 0 ? order : (int) y->seq - (int) x->seq;
}

/* The backups in @folder, newest first; empty when there is no folder. */
static GPtrArray *
read_folder (const char *folder, GError **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GRegex) regex = g_regex_new (NAME_PATTERN, 0, 0, NULL);
  g_autoptr(GError) local_error = NULL;
  GDir *dir = g_dir_open (folder, 0, &local_error);
  const char *name;

  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&entries);
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO, _("Cannot read the folder %s: %s"),
                   folder, local_error->message);
      return NULL;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      Entry *entry = parse_name (regex, name);
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  g_dir_close (dir);
  g_ptr_array_sort (entries, compare_newest_first);
  return g_steal_pointer (&entries);
}

/* Whether a backup on @key (a day or a week) is among the first @limit
 * keys seen, newest first: each key counts once. */
static gboolean
takes_slot (GHashTable *seen, const char *key, guint limit)
{
  if (g_hash_table_contains (seen, key) || g_hash_table_size (seen) >= limit)
    return FALSE;
  g_hash_table_add (seen, g_strdup (key));
  return TRUE;
}

/* Rotates @folder, never removing the file named @keep (may be NULL): the
 * backup just made stays even when the clock was set back. */
static gboolean
rotate (const char *folder, const char *keep, GPtrArray **removed, GError **error)
{
  g_autoptr(GPtrArray) entries = read_folder (folder, error);
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) first_error = NULL;

  if (entries == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = entries->pdata[i];
      g_autofree char *day = NULL;
      g_autofree char *week = NULL;
      g_autofree char *path = NULL;
      gboolean keep_day;
      gboolean keep_week;

      if (entry->kind == DAICHO_BACKUP_BEFORE_RESTORE)
        continue;
      day = g_date_time_format (entry->made, "%Y-%m-%d");
      week = g_date_time_format (entry->made, "%G-W%V");
      /* Both are asked: the newest of a day may also be the newest of its week. */
      keep_day = takes_slot (days, day, DAICHO_BACKUP_KEEP_DAYS);
      keep_week = takes_slot (weeks, week, DAICHO_BACKUP_KEEP_WEEKS);
      if (keep_day || keep_week || g_strcmp0 (entry->name, keep) == 0)
        continue;

      path = g_build_filename (folder, entry->name, NULL);
      if (g_remove (path) == 0)
        g_ptr_array_add (gone, g_strdup (entry->name));
      else if (first_error == NULL)
        {
          int saved = errno;
          g_set_error (&first_error, DAICHO_ERROR, DAICHO_ERROR_IO,
                       _("The old backup %s could not be removed: %s"), path, g_strerror (saved));
        }
    }

  if (removed != NULL)
    *removed = g_steal_pointer (&gone);
  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
daicho_backup_rotate (const char *folder, GPtrArray **removed, GError **error)
{
  return rotate (folder, NULL, removed, error);
}

gboolean
daicho_backup_is_due (const char *db_path, GDateTime *now)
{
  g_autofree char *folder = daicho_backup_folder (db_path);
  g_autoptr(GPtrArray) entries = read_folder (folder, NULL);
  g_autoptr(GDateTime) local = now ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (local, "%Y-%m-%d");

  if (entries == NULL)
    return TRUE;
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = entries->pdata[i];
      g_autofree char *day = g_date_time_format (entry->made, "%Y-%m-%d");

      if (entry->kind != DAICHO_BACKUP_BEFORE_RESTORE && g_str_equal (day, today))
        return FALSE;
    }
  return TRUE;
}

/* "daicho" for "…/daicho.sqlite3": what backup names start with. */
static char *
name_stem (const char *db_path)
{
  char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return base;
}

/* A path in @folder for a new backup of @kind made at @made. A second
 * backup in the same second gets a number above any already used in that
 * second, so that it sorts as the newer. */
static char *
new_backup_path (const char *db_path, const char *folder, GDateTime *made, DaichoBackupKind kind)
{
  g_autofree char *stem = name_stem (db_path);
  g_autofree char *stamp = g_date_time_format (made, "%Y%m%d-%H%M%S");
  g_autoptr(GPtrArray) entries = read_folder (folder, NULL);
  g_autofree char *name = NULL;
  gboolean taken = FALSE;
  guint seq = 0;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      Entry *entry = entries->pdata[i];
      g_autofree char *entry_stamp = g_date_time_format (entry->made, "%Y%m%d-%H%M%S");

      if (g_str_equal (entry_stamp, stamp))
        {
          seq = MAX (seq, entry->seq + 1);
          taken = TRUE;
        }
    }
  if (!taken)
    name = g_strdup_printf ("%s-%s-%s.sqlite3", stem, stamp, kind_names[kind]);
  else
    name = g_strdup_printf ("%s-%s-%u-%s.sqlite3", stem, stamp, MAX (seq, 1), kind_names[kind]);
  return g_build_filename (folder, name, NULL);
}

char *
daicho_backup_new_path (const char        *db_path,
                        DaichoBackupKind   kind,
                        GDateTime         *now,
                        GError           **error)
{
  g_autofree char *folder = daicho_backup_folder (db_path);
  g_autoptr(GDateTime) made = now ? g_date_time_to_local (now) : g_date_time_new_now_local ();

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO,
                   _("Cannot create the backup folder %s: %s"), folder, g_strerror (saved));
      return NULL;
    }
  return new_backup_path (db_path, folder, made, kind);
}

char *
daicho_backup_make_shared (const char               *db_path,
                           DaichoBackupKind          kind,
                           GDateTime                *now,
                           GPtrArray               **removed,
                           const DaichoBackupShare  *share,
                           GError                  **error)
{
  g_autofree char *path = daicho_backup_new_path (db_path, kind, now, error);
  g_autofree char *folder = daicho_backup_folder (db_path);
  g_autofree char *name = NULL;
  g_autoptr(GError) rotate_error = NULL;

  if (path == NULL || !daicho_backup_copy_file (db_path, path, share, error))
    return NULL;
  /* The new backup is made; an old one that cannot be removed stays. */
  name = g_path_get_basename (path);
  if (!rotate (folder, name, removed, &rotate_error))
    g_debug ("Rotating %s: %s", folder, rotate_error->message);
  return g_steal_pointer (&path);
}

char *
daicho_backup_make (const char            *db_path,
                    DaichoBackupKind       kind,
                    GDateTime             *now,
                    GPtrArray            **removed,
                    DaichoBackupProgress   progress,
                    gpointer               user_data,
                    GError               **error)
{
  DaichoBackupShare share = { progress, user_data, 0.0, 1.0 };

  g_return_val_if_fail (db_path != NULL, NULL);
  return daicho_backup_make_shared (db_path, kind, now, removed, &share, error);
}

/* Reading a backup */

/* The rows of @table, 0 when an older schema has no such table. */
static gint64
count_rows (sqlite3 *handle, const char *table)
{
  char *sql = sqlite3_mprintf ("SELECT count(*) FROM \"%w\"", table);
  gint64 n = 0;

  if (query_value (handle, sql, NULL, &n) != SQLITE_ROW)
    n = 0;
  sqlite3_free (sql);
  return n;
}

/* Fills @self from the file: the check (whole when @thorough), then what
 * it holds. */
static gboolean
read_contents (DaichoBackup *self, gboolean thorough, GError **error)
{
  sqlite3 *handle = daicho_backup_open_file (self->path, SQLITE_OPEN_READONLY, error);
  gboolean ok;

  if (handle == NULL)
    return FALSE;
  ok = (!thorough || check_integrity (handle, self->path, error)) &&
       check_identity (handle, self->path, &self->schema_version, error);
  if (ok)
    {
      self->n_staff = count_rows (handle, "staff");
      self->n_designations = count_rows (handle, "designation");
      self->n_ledger_entries = count_rows (handle, "ledger_entry");
      self->n_inspections = count_rows (handle, "inspection");
      self->n_meetings = count_rows (handle, "meeting");
      query_value (handle, "SELECT max (at_utc) FROM audit_log", &self->last_change, NULL);
    }
  sqlite3_close_v2 (handle);
  return ok;
}

/* A record for the file at @path: its name, size, and when it was made
 * (from its name when @entry is given, else the file's time). */
static DaichoBackup *
backup_new (const char *path, const Entry *entry)
{
  DaichoBackup *self = g_object_new (DAICHO_TYPE_BACKUP, NULL);
  g_autoptr(GDateTime) utc = NULL;
  GStatBuf st;

  self->path = g_strdup (path);
  self->name = g_path_get_basename (path);
  if (g_stat (path, &st) == 0)
    self->size = st.st_size;
  if (entry != NULL)
    {
      self->kind = g_strdup (kind_names[entry->kind]);
      utc = g_date_time_to_utc (entry->made);
    }
  else
    utc = g_date_time_new_from_unix_utc (g_stat (path, &st) == 0 ? st.st_mtime : 0);
  self->made_at = g_date_time_format_iso8601 (utc);
  return self;
}

GListStore *
daicho_backup_list (const char *db_path, GError **error)
{
  g_autofree char *folder = daicho_backup_folder (db_path);
  g_autoptr(GPtrArray) entries = read_folder (folder, error);
  g_autoptr(GListStore) store = g_list_store_new (DAICHO_TYPE_BACKUP);

  if (entries == NULL)
    return NULL;
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = entries->pdata[i];
      g_autofree char *path = g_build_filename (folder, entry->name, NULL);
      g_autoptr(DaichoBackup) backup = backup_new (path, entry);
      g_autoptr(GError) problem = NULL;

      if (!read_contents (backup, FALSE, &problem))
        backup->problem = g_strdup (problem->message);
      g_list_store_append (store, backup);
    }
  return g_steal_pointer (&store);
}

DaichoBackup *
daicho_backup_inspect (const char *path, GError **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GRegex) regex = g_regex_new (NAME_PATTERN, 0, 0, NULL);
  Entry *entry = parse_name (regex, base);
  g_autoptr(DaichoBackup) self = backup_new (path, entry);

  g_clear_pointer (&entry, entry_free);
  if (!read_contents (self, TRUE, error))
    return NULL;
  return g_steal_pointer (&self);
}
