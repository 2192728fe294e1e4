/* test-util.h — helpers shared by the core tests (test-storage, test-import,
 * test-designation, test-forms)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every helper asserts what it needs (a failed assertion ends the test), so
 * a test calls them without checking their results. The raw SQLite helpers
 * reach the DaichoDb's own connection through daicho-db-private.h, or open
 * a second, plain connection to the same file.
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "daicho/daicho.h"

G_BEGIN_DECLS

/* Temporary folders */

/* Makes a fresh folder "daicho-test-@name-XXXXXX" in the temporary folder; free with g_free(). */
char       *test_make_tmp_dir      (const char *name);
/* Removes @dir and everything in it, sub-folders included; a missing @dir is no error. */
void        test_remove_tmp_dir    (const char *dir);
/* The whole contents of the file at @path. */
GBytes     *test_read_bytes        (const char *path);

/* The database through the public API */

/* Opens (creating and migrating if need be) the database at @path. */
DaichoDb   *test_open_db           (const char *path);
/* Adds a kuminka office; returns its id. */
gint64      test_add_office        (DaichoDb   *db,
                                    const char *code,
                                    const char *name);
/* Adds a 主事 of @office_id with no kana; returns the staff id. */
gint64      test_add_staff         (DaichoDb   *db,
                                    const char *emp_no,
                                    const char *name,
                                    gint64      office_id);
/* How many staff the staff store lists (all offices; those who left too if @include_left). */
guint       test_n_staff           (DaichoDb   *db,
                                    gboolean    include_left);

/* Refusals */

/* Asserts @error is a DAICHO_ERROR with @code and a readable, non-empty message
 * containing @part (unless NULL), then clears it. */
void        test_assert_refused    (GError    **error,
                                    int         code,
                                    const char *part);

/* SQLite directly */

/* A second, plain read-write connection to the existing file @path (5 s busy timeout). */
sqlite3    *test_raw_open          (const char *path);
/* The integer in the first column of the first row of @sql, which must have one. */
gint64      test_raw_int           (sqlite3    *raw,
                                    const char *sql);
/* test_raw_int() on @db's own connection, with a printf-style query. */
gint64      test_db_int            (DaichoDb   *db,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (2, 3);
/* Appends every row of @sql to @out, one line a row, each value as "TYPE:text|" or "∅|". */
void        test_append_rows       (sqlite3    *raw,
                                    const char *sql,
                                    GString    *out);
/* Everything committed in the file at @path, as text: the schema, then every row of every
 * table (audit_log included), read through a connection of its own; asserts that there are
 * at least @min_tables tables. Free with g_free(). */
char       *test_snapshot          (const char *path,
                                    guint       min_tables);
/* After a refused write: test_snapshot (@path, @min_tables) is still @before, and no
 * transaction is left open on @db's connection. */
void        test_assert_unchanged  (DaichoDb   *db,
                                    const char *path,
                                    guint       min_tables,
                                    const char *before);

G_END_DECLS
