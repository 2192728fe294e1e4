/* daicho-backup-private.h — what making and restoring backups share
 *
 * Not installed: it exposes SQLite. Defined in daicho-backup.c, used by
 * daicho-backup-restore.c.
 */
#pragma once

#include <sqlite3.h>

#include "daicho/daicho-backup.h"

G_BEGIN_DECLS

/* Progress of one part of a longer piece of work: reported as @base to
 * @base + @span of the whole. */
typedef struct
{
  DaichoBackupProgress progress;
  gpointer             user_data;
  double               base;
  double               span;
} DaichoBackupShare;

/* Reports @fraction (0 to 1) of @share's part; @share may be NULL. */
void daicho_backup_report (const DaichoBackupShare *share, double fraction);

/* A connection of its own to the existing file @path (busy timeout as the
 * app's), or NULL with @error set: DAICHO_ERROR_NOT_FOUND when there is no
 * file. The caller closes it with sqlite3_close_v2(). */
sqlite3 *daicho_backup_open_file (const char *path, int flags, GError **error);

/* An error about the file @path that SQLite answered with @rc, in words. */
void daicho_backup_set_file_error (const char *path, int rc, GError **error);

/* Copies @source into @dest with the online backup API in steps,
 * reporting progress; returns SQLITE_DONE or the SQLite error. */
int daicho_backup_run_steps (sqlite3 *dest, sqlite3 *source, const DaichoBackupShare *share);

/* Copies @source to a new file @dest_path (mode 0600): written under a
 * temporary name, checked (integrity, a Daicho database), then renamed. */
gboolean daicho_backup_copy (sqlite3                 *source,
                             const char              *dest_path,
                             const DaichoBackupShare *share,
                             GError                 **error);

/* daicho_backup_copy() of the Daicho database at @db_path, opened on a
 * connection of its own. */
gboolean daicho_backup_copy_file (const char              *db_path,
                                  const char              *dest_path,
                                  const DaichoBackupShare *share,
                                  GError                 **error);

/* The path for a new backup of @kind of @db_path made at @now (NULL: now),
 * its folder created. */
char *daicho_backup_new_path (const char        *db_path,
                              DaichoBackupKind   kind,
                              GDateTime         *now,
                              GError           **error);

/* daicho_backup_make() reporting on @share. */
char *daicho_backup_make_shared (const char               *db_path,
                                 DaichoBackupKind          kind,
                                 GDateTime                *now,
                                 GPtrArray               **removed,
                                 const DaichoBackupShare  *share,
                                 GError                  **error);

G_END_DECLS
