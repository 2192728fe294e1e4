/* daicho-db.c — opening the database, the statement cache, transactions
 *
 * One connection per DaichoDb, used from the thread that opened it. The file
 * is created with mode 0600, runs in WAL mode with foreign keys on and a busy
 * timeout, and is migrated to the latest schema on open.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-ledger-store.h"
#include "daicho-audit-chain-private.h"
#include "daicho-db-private.h"

/* Ordinary contention (two windows saving at once) waits this long before a
 * user sees "the file is in use". The window sets a shorter wait
 * (daicho_db_set_busy_timeout) so that it never freezes for long. */
#define BUSY_TIMEOUT_MS 10000

struct _DaichoDb
{
  GObject     parent_instance;

  sqlite3    *handle;
  char       *path;
  char       *file_identity; /* of the file opened, to notice it deleted or moved */
  GHashTable *statements;   /* SQL text → sqlite3_stmt, finalized on dispose */
  gint64      operator_id;
  char       *os_user;
};

G_DEFINE_FINAL_TYPE (DaichoDb, daicho_db, G_TYPE_OBJECT)

int
daicho_db_schema_version (void)
{
  return daicho_migrations_latest ();
}

char *
daicho_db_default_path (void)
{
  const char *env = g_getenv ("DAICHO_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "daicho", "daicho.sqlite3", NULL);
}

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
daicho_db_finalize (GObject *object)
{
  DaichoDb *self = DAICHO_DB (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    {
      /* Checkpoint so the -wal file does not linger beside the database. */
      sqlite3_close_v2 (self->handle);
      self->handle = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->file_identity, g_free);
  g_clear_pointer (&self->os_user, g_free);

  G_OBJECT_CLASS (daicho_db_parent_class)->finalize (object);
}

static void
daicho_db_class_init (DaichoDbClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = daicho_db_finalize;
}

static void
daicho_db_init (DaichoDb *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
  self->os_user = g_strdup (g_get_user_name ());
}

sqlite3 *
daicho_db_get_handle (DaichoDb *self)
{
  return self->handle;
}

const char *
daicho_db_get_path (DaichoDb *self)
{
  g_return_val_if_fail (DAICHO_IS_DB (self), NULL);
  return self->path;
}

void
daicho_db_set_busy_timeout (DaichoDb *self, int milliseconds)
{
  g_return_if_fail (DAICHO_IS_DB (self));
  g_return_if_fail (milliseconds >= 0);
  sqlite3_busy_timeout (self->handle, milliseconds);
}

gint64
daicho_db_get_operator (DaichoDb *self)
{
  g_return_val_if_fail (DAICHO_IS_DB (self), 0);
  return self->operator_id;
}

void
daicho_db_set_operator (DaichoDb *self, gint64 staff_id)
{
  g_return_if_fail (DAICHO_IS_DB (self));
  self->operator_id = staff_id;
}

gboolean
daicho_db_set_operator_by_emp_no (DaichoDb *self, const char *emp_no, GError **error)
{
  g_autofree char *narrow = daicho_text_normalize_width (emp_no);
  gint64 id = 0;

  /* Someone who has left can no longer make changes. */
  if (!daicho_db_query_int (self, &id, 0, error,
                            "SELECT id FROM staff WHERE emp_no = ? "
                            "AND (left_on IS NULL OR left_on >= date ('now', 'localtime'))",
                            "t", narrow))
    return FALSE;
  if (id == 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND,
                   _("There is no current staff member with employee number %s."), emp_no);
      return FALSE;
    }
  self->operator_id = id;
  return TRUE;
}

void
daicho_db_set_error (DaichoDb *self, int rc, GError **error)
{
  const char *detail = self->handle ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);
  int primary = rc & 0xff;

  switch (primary)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_BUSY,
                   _("The database is in use by another Daicho window or program (perhaps a "
                     "long import) and stayed locked. Nothing was saved; try again in a "
                     "moment."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      if (rc == SQLITE_READONLY_DIRECTORY || rc == SQLITE_READONLY_CANTINIT)
        g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_READ_ONLY,
                     _("The folder of the database file %s cannot be written: Daicho keeps two "
                       "working files beside the database (ending in -wal and -shm) and cannot "
                       "create them. Nothing was saved; ask for permission to write in the "
                       "folder, or move the database to a folder of your own."), self->path);
      else if (rc == SQLITE_READONLY_DBMOVED)
        daicho_db_set_file_gone_error (self->path, error);
      else
        g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_READ_ONLY,
                     _("The database file %s is read-only, or you lack permission to change "
                       "it. Nothing was saved."), self->path);
      break;
    case SQLITE_FULL:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_STORAGE,
                   _("The disk is full. Nothing was saved; free some space and try again."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      daicho_db_set_damaged_error (self->path, error);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_STORAGE,
                   _("The database file could not be read or written (%s). "
                     "Nothing was saved."), detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The change breaks a rule of the database (%s). Nothing was saved."),
                   detail);
      break;
    default:
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_STORAGE,
                   _("The database reported an error (%s). Nothing was saved."), detail);
      break;
    }
}

gboolean
daicho_set_invalid (GError **error, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (DAICHO_ERROR, DAICHO_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

void
daicho_stmt_release (DaichoStmt *stmt)
{
  if (stmt == NULL)
    return;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static gboolean
bind_values (DaichoDb *self, DaichoStmt *stmt, const char *types, va_list args, GError **error)
{
  int rc = SQLITE_OK;

  for (int i = 0; types != NULL && types[i] != '\0' && rc == SQLITE_OK; i++)
    {
      int index = i + 1;

      switch (types[i])
        {
        case 't':
          {
            const char *text = va_arg (args, const char *);
            rc = text ? sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT)
                      : sqlite3_bind_null (stmt, index);
          }
          break;
        case 'i':
          rc = sqlite3_bind_int (stmt, index, va_arg (args, int));
          break;
        case 'b':
          rc = sqlite3_bind_int (stmt, index, va_arg (args, gboolean) ? 1 : 0);
          break;
        case 'I':
          rc = sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;
        case 'n':
          {
            gint64 value = va_arg (args, gint64);
            rc = value ? sqlite3_bind_int64 (stmt, index, value) : sqlite3_bind_null (stmt, index);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (rc != SQLITE_OK)
    {
      daicho_db_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

DaichoStmt *
daicho_db_prepare_valist (DaichoDb *self, GError **error, const char *sql, const char *types, va_list args)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          /* Only bad SQL is a bug; a damaged, locked or vanished file is the
           * user's trouble and goes to @error alone. */
          if (rc == SQLITE_ERROR)
            g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->handle));
          daicho_db_set_error (self, rc, error);
          return NULL;
        }
      g_hash_table_insert (self->statements, g_strdup (sql), stmt);
    }

  if (!bind_values (self, stmt, types, args, error))
    {
      daicho_stmt_release (stmt);
      return NULL;
    }
  return stmt;
}

DaichoStmt *
daicho_db_prepare (DaichoDb *self, GError **error, const char *sql, const char *types, ...)
{
  va_list args;
  DaichoStmt *stmt;

  va_start (args, types);
  stmt = daicho_db_prepare_valist (self, error, sql, types, args);
  va_end (args);
  return stmt;
}

int
daicho_stmt_step (DaichoDb *self, DaichoStmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    daicho_db_set_error (self, rc, error);
  return rc;
}

gboolean
daicho_db_exec (DaichoDb *self, GError **error, const char *sql, const char *types, ...)
{
  g_autoptr(DaichoStmt) stmt = NULL;
  va_list args;
  int rc;

  va_start (args, types);
  stmt = daicho_db_prepare_valist (self, error, sql, types, args);
  va_end (args);
  if (stmt == NULL)
    return FALSE;

  do
    rc = daicho_stmt_step (self, stmt, error);
  while (rc == SQLITE_ROW);
  return rc == SQLITE_DONE;
}

gboolean
daicho_db_exec_one (DaichoDb *self, const char *not_found, GError **error, const char *sql,
                    const char *types, ...)
{
  g_autoptr(DaichoStmt) stmt = NULL;
  va_list args;
  int rc;

  va_start (args, types);
  stmt = daicho_db_prepare_valist (self, error, sql, types, args);
  va_end (args);
  if (stmt == NULL)
    return FALSE;

  do
    rc = daicho_stmt_step (self, stmt, error);
  while (rc == SQLITE_ROW);
  if (rc != SQLITE_DONE)
    return FALSE;
  if (sqlite3_changes (self->handle) == 0)
    {
      g_set_error_literal (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return TRUE;
}

gboolean
daicho_db_query_int (DaichoDb    *self,
                     gint64      *out,
                     gint64       fallback,
                     GError     **error,
                     const char  *sql,
                     const char  *types,
                     ...)
{
  g_autoptr(DaichoStmt) stmt = NULL;
  va_list args;
  int rc;

  va_start (args, types);
  stmt = daicho_db_prepare_valist (self, error, sql, types, args);
  va_end (args);
  if (stmt == NULL)
    return FALSE;

  rc = daicho_stmt_step (self, stmt, error);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    *out = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    *out = fallback;
  else
    return FALSE;
  return TRUE;
}

gint64
daicho_db_last_insert_id (DaichoDb *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

static gboolean
exec_plain (DaichoDb *self, const char *sql, GError **error)
{
  int rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      daicho_db_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
daicho_db_begin_write (DaichoDb *self, GError **error)
{
  if (self->operator_id == 0)
    {
      gint64 staff_count = 0;

      if (!daicho_db_query_int (self, &staff_count, 0, error, "SELECT count(*) FROM staff", NULL))
        return FALSE;
      /* Until the first staff member exists there is nobody to choose;
       * the audit log then records the OS user alone. */
      if (staff_count > 0)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NO_OPERATOR,
                       _("No operator is chosen, so nothing can be saved. Choose who you are "
                         "with the operator button in the header bar (daicho-cli: --operator "
                         "EMPNO)."));
          return FALSE;
        }
    }

  if (!daicho_db_file_still_there (self->path, self->file_identity, error))
    return FALSE;

  return exec_plain (self, "BEGIN IMMEDIATE", error);
}

gboolean
daicho_db_commit (DaichoDb *self, GError **error)
{
  if (!exec_plain (self, "COMMIT", error))
    {
      daicho_db_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
daicho_db_rollback (DaichoDb *self)
{
  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
daicho_db_finish_write (DaichoDb *self, gboolean ok, GError **error)
{
  if (ok)
    return daicho_db_commit (self, error);
  daicho_db_rollback (self);
  return FALSE;
}

/* daicho_operator() and daicho_os_user(): read by the audit triggers, so
 * every change names who made it without each store passing it along. */
static void
sql_operator_fn (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  DaichoDb *self = sqlite3_user_data (ctx);

  if (self->operator_id)
    sqlite3_result_int64 (ctx, self->operator_id);
  else
    sqlite3_result_null (ctx);
}

static void
sql_os_user_fn (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  DaichoDb *self = sqlite3_user_data (ctx);

  sqlite3_result_text (ctx, self->os_user, -1, SQLITE_TRANSIENT);
}

/* daicho_ledger_number (fiscal_year, seq) → "R7-0001": lists sort and
 * search on the number without building it in C for every row. */
static void
sql_ledger_number_fn (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  char *number = daicho_ledger_number (sqlite3_value_int (argv[0]), sqlite3_value_int64 (argv[1]));

  sqlite3_result_text (ctx, number, -1, g_free);
}

static gboolean
create_empty_file (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  /* The records name residents' handlers: owner-only from the first byte. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    {
      int saved = errno;
      if (saved == EEXIST)
        return TRUE;
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO,
                   _("Cannot create the database file %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);
  return TRUE;
}

/* Decides whether the opened file is a Daicho database this program can use:
 * an empty file is new; a file with tables but no Daicho marker is someone
 * else's; a newer user_version is refused before anything is written. */
static gboolean
check_identity (DaichoDb *self, int *version, GError **error)
{
  gint64 user_version = 0;
  gint64 n_tables = 0;
  gint64 is_daicho = 0;
  g_autoptr(GError) local_error = NULL;

  if (!daicho_db_query_int (self, &user_version, 0, &local_error, "PRAGMA user_version", NULL) ||
      !daicho_db_query_int (self, &n_tables, 0, &local_error,
                            "SELECT count(*) FROM sqlite_schema", NULL))
    {
      if (g_error_matches (local_error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO))
        g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO,
                     _("%s is damaged or is not a Daicho database: it cannot be read as an "
                       "SQLite file. It was left untouched. If it is your Daicho database, "
                       "restore the latest backup: “daicho-cli backup list” lists them, "
                       "“daicho-cli restore FILE” restores one."), self->path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (user_version == 0 && n_tables == 0)
    {
      *version = 0;
      return TRUE;
    }

  if (!daicho_db_query_int (self, &is_daicho, 0, NULL,
                            "SELECT count(*) FROM sqlite_schema "
                            "WHERE type = 'table' AND name = 'daicho_meta'", NULL) ||
      is_daicho == 0 ||
      !daicho_db_query_int (self, &is_daicho, 0, NULL,
                            "SELECT count(*) FROM daicho_meta "
                            "WHERE key = 'application' AND value = 'daicho'", NULL) ||
      is_daicho == 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO,
                   _("%s is an SQLite database of another program, not a Daicho database. "
                     "It was left untouched."), self->path);
      return FALSE;
    }

  if (user_version > daicho_migrations_latest ())
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NEWER_SCHEMA,
                   _("%s was written by a newer version of Daicho (schema %d; this version "
                     "knows up to %d). Update Daicho to open it; the file was left untouched."),
                   self->path, (int) user_version, daicho_migrations_latest ());
      return FALSE;
    }

  *version = (int) user_version;
  return TRUE;
}

DaichoDb *
daicho_db_open (const char *path, GError **error)
{
  g_autoptr(DaichoDb) self = g_object_new (DAICHO_TYPE_DB, NULL);
  int version = 0;
  int rc;

  self->path = path ? g_strdup (path) : daicho_db_default_path ();

  if (!create_empty_file (self->path, error))
    return NULL;

  rc = sqlite3_open_v2 (self->path, &self->handle, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      daicho_db_set_error (self, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, BUSY_TIMEOUT_MS);
  self->file_identity = daicho_db_file_identity (self->path);

  /* SQLite quietly opens a file it may not write read-only; every save
   * would then fail. Say so once, before anything else. */
  if (sqlite3_db_readonly (self->handle, "main") == 1)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_READ_ONLY,
                   _("The database file %s is read-only, or you lack permission to change it, "
                     "so Daicho cannot save anything in it. It was left untouched. Ask for "
                     "permission to change it, or copy it to a folder of your own."),
                   self->path);
      return NULL;
    }
  sqlite3_create_function (self->handle, "daicho_operator", 0,
                           SQLITE_UTF8 | SQLITE_INNOCUOUS, self, sql_operator_fn, NULL, NULL);
  sqlite3_create_function (self->handle, "daicho_os_user", 0,
                           SQLITE_UTF8 | SQLITE_INNOCUOUS, self, sql_os_user_fn, NULL, NULL);
  sqlite3_create_function (self->handle, "daicho_ledger_number", 2,
                           SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC, NULL,
                           sql_ledger_number_fn, NULL, NULL);
  daicho_audit_chain_register (self->handle);

  if (!check_identity (self, &version, error))
    return NULL;

  /* FULL: a save that returned success survives a crash or power cut. */
  if (!exec_plain (self, "PRAGMA foreign_keys = ON", error) ||
      !exec_plain (self, "PRAGMA journal_mode = WAL", error) ||
      !exec_plain (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (version < daicho_migrations_latest () &&
      !daicho_migrations_run (self, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
daicho_db_is_empty (DaichoDb *self)
{
  gint64 n = 0;

  daicho_db_query_int (self, &n, 0, NULL, "SELECT count(*) FROM office", NULL);
  return n == 0;
}
