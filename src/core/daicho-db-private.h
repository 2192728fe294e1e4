/* daicho-db-private.h — what the core's stores share about the connection
 *
 * Not installed, not seen by the GUI: it exposes SQLite.
 */
#pragma once

#include <stdarg.h>
#include <sqlite3.h>

#include "daicho/daicho-db.h"

G_BEGIN_DECLS

typedef sqlite3_stmt DaichoStmt;

/* Resets a cached statement and clears its bindings: with g_autoptr a
 * statement goes back to the cache however the caller leaves. */
void daicho_stmt_release (DaichoStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaichoStmt, daicho_stmt_release)

sqlite3 *daicho_db_get_handle (DaichoDb *self);

/* Returns the prepared statement for @sql from the connection's cache,
 * binding the values that follow @types: one character per parameter,
 * 't' const char * (NULL binds NULL), 'i' int, 'I' gint64, 'n' gint64 that
 * binds NULL when 0 (an optional reference), 'b' gboolean.
 * The caller steps it and releases it (g_autoptr). NULL and @error set when
 * @sql does not prepare. */
DaichoStmt *daicho_db_prepare (DaichoDb    *self,
                               GError     **error,
                               const char  *sql,
                               const char  *types,
                               ...);

DaichoStmt *daicho_db_prepare_valist (DaichoDb    *self,
                                      GError     **error,
                                      const char  *sql,
                                      const char  *types,
                                      va_list      args);

/* Runs a statement that returns no rows. */
gboolean daicho_db_exec (DaichoDb    *self,
                         GError     **error,
                         const char  *sql,
                         const char  *types,
                         ...);

/* Runs a statement that must change at least one row; when it changes none
 * (the record does not exist), sets DAICHO_ERROR_NOT_FOUND with @not_found. */
gboolean daicho_db_exec_one (DaichoDb    *self,
                             const char  *not_found,
                             GError     **error,
                             const char  *sql,
                             const char  *types,
                             ...);

/* Runs a query whose first row's first column is an integer; @out is set
 * to @fallback when there is no row or the value is NULL. */
gboolean daicho_db_query_int (DaichoDb    *self,
                              gint64      *out,
                              gint64       fallback,
                              GError     **error,
                              const char  *sql,
                              const char  *types,
                              ...);

/* Steps @stmt once: returns SQLITE_ROW or SQLITE_DONE, or sets @error and
 * returns the SQLite error code. */
int daicho_stmt_step (DaichoDb *self, DaichoStmt *stmt, GError **error);

/* Starts a write: refuses when no operator is chosen (once staff exist),
 * then BEGIN IMMEDIATE. Every successful begin ends in commit or rollback. */
gboolean daicho_db_begin_write (DaichoDb *self, GError **error);
gboolean daicho_db_commit      (DaichoDb *self, GError **error);
void     daicho_db_rollback    (DaichoDb *self);

/* Ends a write: commits when @ok, else rolls back. Returns whether the
 * change landed. The usual tail of every store function. */
gboolean daicho_db_finish_write (DaichoDb *self, gboolean ok, GError **error);

/* Sets DAICHO_ERROR_INVALID with a printf-style message and returns FALSE:
 * the refusal every store rule ends in. */
gboolean daicho_set_invalid (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Turns the connection's last error (SQLite code @rc) into a GError a user
 * can read: locked, read-only, disk full, damaged file, constraint. */
void daicho_db_set_error (DaichoDb *self, int rc, GError **error);

/* What identifies the file @path leads to (device and inode where GIO
 * knows them), or NULL when the platform cannot tell. Defined in
 * daicho-db-file.c. */
char *daicho_db_file_identity (const char *path);

/* Whether @path still leads to the file opened with @identity (when it is
 * NULL: whether the file still exists); else sets a DAICHO_ERROR_STORAGE
 * saying the file was deleted, moved or replaced. */
gboolean daicho_db_file_still_there (const char *path, const char *identity, GError **error);
void     daicho_db_set_file_gone_error (const char *path, GError **error);

/* Sets DAICHO_ERROR_NOT_DAICHO: the file at @path is damaged, nothing was
 * saved, and how to restore a backup. */
void     daicho_db_set_damaged_error (const char *path, GError **error);

/* The id of the row just inserted. */
gint64 daicho_db_last_insert_id (DaichoDb *self);

/* Migrations: brings the schema from its version to the latest, each step
 * in its own transaction. Defined in daicho-migrations.c. */
gboolean daicho_migrations_run (DaichoDb *self, int from_version, GError **error);
int      daicho_migrations_latest (void);

/* A table whose changes the audit log records, with the columns it keeps. */
typedef struct
{
  const char *table;
  const char *columns;  /* comma-separated */
} DaichoAuditedTable;

const DaichoAuditedTable *daicho_migrations_audited_tables (guint *n_tables);

/* json_object ('col', PREFIX."col", …) over @columns: the one encoding of a
 * row that the audit triggers write and the integrity check compares. */
char *daicho_audit_json_of_columns (const char *columns, const char *prefix);

G_END_DECLS

#include <gio/gio.h>
#include "daicho/daicho-records.h"

G_BEGIN_DECLS

/* A record of @type filled from the current row of @stmt: each column is
 * stored in the field of the same name; unknown columns are ignored. */
gpointer daicho_record_new_from_stmt (GType type, DaichoStmt *stmt);

/* Runs a query and returns its rows as records of @type in a GListStore,
 * or NULL with @error set. Binding as daicho_db_prepare(). */
GListStore *daicho_db_query_records (DaichoDb    *self,
                                     GType        type,
                                     GError     **error,
                                     const char  *sql,
                                     const char  *types,
                                     ...);

/* The first row as a record of @type. When there is none: NULL, and
 * DAICHO_ERROR_NOT_FOUND with @not_found as its message unless @not_found
 * is NULL. */
gpointer daicho_db_query_record (DaichoDb    *self,
                                 GType        type,
                                 const char  *not_found,
                                 GError     **error,
                                 const char  *sql,
                                 const char  *types,
                                 ...);

G_END_DECLS
