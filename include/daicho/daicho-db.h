/* daicho-db.h — the Daicho database: one SQLite file
 *
 * A DaichoDb owns one SQLite connection. It is used from the thread that
 * opened it. Opening creates the file (mode 0600) when it does not exist and
 * brings its schema up to date with numbered migrations; a file written by
 * a newer Daicho, or a file that is not a Daicho database, is refused.
 *
 * Every change is made in one transaction by the store functions and is
 * recorded in the audit log with the current operator and the OS user.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_DB (daicho_db_get_type ())
G_DECLARE_FINAL_TYPE (DaichoDb, daicho_db, DAICHO, DB, GObject)

/* The schema version this program writes. */
int daicho_db_schema_version (void);

/* Where the database lives unless told otherwise: $DAICHO_DB, else
 * g_get_user_data_dir()/daicho/daicho.sqlite3. New string. */
char *daicho_db_default_path (void);

/* Opens (creating and migrating) the database at @path; NULL means
 * daicho_db_default_path(). Refuses newer schemas (DAICHO_ERROR_NEWER_SCHEMA)
 * and non-Daicho files (DAICHO_ERROR_NOT_DAICHO). */
DaichoDb *daicho_db_open (const char *path, GError **error);

const char *daicho_db_get_path (DaichoDb *self);

/* How long a read or write waits for another window or program that holds
 * the file (SQLite's busy timeout) before it gives up with
 * DAICHO_ERROR_BUSY. Opening sets 10 s, which suits daicho-cli and scripts;
 * the window sets less, since it cannot redraw while it waits. */
void daicho_db_set_busy_timeout (DaichoDb *self, int milliseconds);

/* The staff member on whose behalf writes are made (staff.id), or 0.
 * Writes are refused without one once any staff exists. */
gint64 daicho_db_get_operator (DaichoDb *self);
void   daicho_db_set_operator (DaichoDb *self, gint64 staff_id);

/* Chooses the operator by employee number. */
gboolean daicho_db_set_operator_by_emp_no (DaichoDb *self, const char *emp_no, GError **error);

/* TRUE when the database holds no office yet: the app shows its first-run page. */
gboolean daicho_db_is_empty (DaichoDb *self);

/* Online copy of the whole database to @dest_path with SQLite's backup API;
 * safe while other programs use the file. Writes a temporary file beside
 * @dest_path and renames it, so a failed backup leaves nothing half-written. */
gboolean daicho_db_backup (DaichoDb *self, const char *dest_path, GError **error);

G_END_DECLS
