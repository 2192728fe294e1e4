/* daicho-backup.h — backups of the database: made, rotated, listed, restored
 *
 * A backup is a whole copy of the database made with SQLite's online backup
 * API, so it is consistent even while Daicho writes, checked with
 * PRAGMA integrity_check before it counts, and written under a temporary
 * name that is renamed into place. Backups live in a folder beside the
 * database, "<database file>.backups" (daicho.sqlite3.backups), one file
 * each, named for the local time they were made and why:
 *
 *   daicho-20251120-093015-auto.sqlite3             the app's daily backup
 *   daicho-20251120-141502-manual.sqlite3           "Back Up Now", daicho-cli backup
 *   daicho-20251121-101000-before-restore.sqlite3   the data a restore replaced
 *
 * Rotation keeps, of the automatic and manual backups, the newest of each
 * of the 7 most recent days that have one and the newest of each of the 4
 * most recent weeks (Monday to Sunday) that have one; it removes the rest.
 * Copies made before a restore are never removed by Daicho. Other files in
 * the folder are left alone.
 *
 * Every function here opens its own SQLite connections from the path it is
 * given, so it may run in a worker thread while the app's connection stays
 * on the main thread. Progress is reported from that thread.
 */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho-records.h"

G_BEGIN_DECLS

typedef enum {
  DAICHO_BACKUP_AUTOMATIC,       /* "auto" */
  DAICHO_BACKUP_MANUAL,          /* "manual" */
  DAICHO_BACKUP_BEFORE_RESTORE,  /* "before-restore": never rotated */
} DaichoBackupKind;

/* How many days and weeks rotation keeps a backup of. */
#define DAICHO_BACKUP_KEEP_DAYS  7
#define DAICHO_BACKUP_KEEP_WEEKS 4

/* Called with the share of the work done, 0.0 to 1.0, from the thread that
 * does it. */
typedef void (*DaichoBackupProgress) (double fraction, gpointer user_data);

/* One backup file, as the folder listing and daicho_backup_inspect() read it. */
#define DAICHO_TYPE_BACKUP (daicho_backup_get_type ())
G_DECLARE_FINAL_TYPE (DaichoBackup, daicho_backup, DAICHO, BACKUP, DaichoRecord)
struct _DaichoBackup
{
  DaichoRecord parent_instance;
  char        *path;
  char        *name;              /* the file name */
  char        *kind;              /* auto | manual | before-restore; NULL outside the folder */
  char        *made_at;           /* UTC ISO 8601, from the name (else the file's time) */
  gint64       size;              /* bytes */
  gint64       schema_version;
  gint64       n_staff;
  gint64       n_designations;
  gint64       n_ledger_entries;
  gint64       n_inspections;
  gint64       n_meetings;
  char        *last_change;       /* UTC ISO 8601 of the newest audit entry; NULL: none */
  char        *problem;           /* NULL when it can be restored; else why not */
};

/* "Automatic", "Made by hand", "Before a restore" for a kind as stored. */
const char *daicho_backup_kind_label (const char *kind);

/* "2,000 staff, 1,200 designations, 100,080 ledger entries, …": what the
 * backup holds, in words. New string. */
char *daicho_backup_describe (DaichoBackup *self);

/* The folder of @db_path's backups (it may not exist yet). New string. */
char *daicho_backup_folder (const char *db_path);

/* Copies the database at @db_path to @dest_path with the online backup
 * API, checks the copy and renames it into place (mode 0600). Nothing is
 * left at @dest_path when it fails. */
gboolean daicho_backup_write (const char            *db_path,
                              const char            *dest_path,
                              DaichoBackupProgress   progress,
                              gpointer               user_data,
                              GError               **error);

/* Makes a backup of @db_path of @kind in its folder (created, mode 0700),
 * named for @now (NULL: the current time), then rotates the folder.
 * Returns the new file's path, or NULL with @error set. @removed (may be
 * NULL) receives the names of the old backups rotation removed. */
char *daicho_backup_make (const char            *db_path,
                          DaichoBackupKind       kind,
                          GDateTime             *now,
                          GPtrArray            **removed,
                          DaichoBackupProgress   progress,
                          gpointer               user_data,
                          GError               **error);

/* TRUE when @db_path's folder holds no automatic or manual backup made on
 * @now's day (NULL: today), local time: the daily backup is due. */
gboolean daicho_backup_is_due (const char *db_path, GDateTime *now);

/* Removes the automatic and manual backups in @folder that rotation does
 * not keep (see above). @removed (may be NULL) receives their names.
 * FALSE when one could not be removed; the others still are. */
gboolean daicho_backup_rotate (const char *folder, GPtrArray **removed, GError **error);

/* The backups in @db_path's folder, newest first, as DaichoBackup records.
 * Each file is opened and read but not fully checked; one that cannot be
 * read says why in its problem field. An empty list when there is no
 * folder. */
GListStore *daicho_backup_list (const char *db_path, GError **error);

/* Reads the file at @path and checks that it can be restored: an SQLite
 * file that passes PRAGMA integrity_check, a Daicho database, a schema
 * this version knows. NULL and @error set (DAICHO_ERROR_NOT_DAICHO,
 * DAICHO_ERROR_NEWER_SCHEMA, DAICHO_ERROR_NOT_FOUND) when it cannot. */
DaichoBackup *daicho_backup_inspect (const char *path, GError **error);

/* Restores the backup at @backup_path into the database at @db_path:
 * checks the backup (daicho_backup_inspect()), first keeps the current data
 * as a "before-restore" backup in the folder (a damaged file is copied as
 * it is), then replaces the contents — through SQLite, in one transaction
 * that other connections see whole, or by renaming a checked copy into
 * place when the current file is missing or not a database — brings the
 * restored schema up to date and records the restore in the restored
 * database's audit log (setting "last_restore"), by @operator_emp_no (NULL:
 * the staff member whose login is the OS user; when neither is found in the
 * restored records, the OS user alone). On refusal nothing is changed.
 * @before_path (may be NULL) receives the path of the copy kept. */
gboolean daicho_backup_restore (const char            *db_path,
                                const char            *backup_path,
                                const char            *operator_emp_no,
                                char                 **before_path,
                                DaichoBackupProgress   progress,
                                gpointer               user_data,
                                GError               **error);

G_END_DECLS
