/* test-util.h — helpers shared by the core tests: temporary folders, the
 * database, SQLite directly, whole-database snapshots and refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every helper asserts what it relies on, so a failure ends the test where
 * it happened and callers need not check results.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "daicho/daicho.h"

G_BEGIN_DECLS

/* A fresh folder "daicho-test-@name-XXXXXX" in the temporary folder (g_free it). */
char *test_make_tmp_dir (const char *name);

/* Removes @dir and everything in it, sub-folders included; a missing @dir is not an error. */
void test_remove_tmp_dir (const char *dir);

/* The whole contents of the file at @path. */
GBytes *test_read_bytes (const char *path);

/* The Daicho database at @path, opened (created and migrated if need be). */
DaichoDb *test_open_db (const char *path);

/* Adds the kuminka office @code; returns its id. */
gint64 test_add_office (DaichoDb *db, const char *code, const char *name);

/* Adds the 主事 @emp_no (no kana) to @office_id; returns the staff id. */
gint64 test_add_staff (DaichoDb *db, const char *emp_no, const char *name, gint64 office_id);

/* How many staff the store lists, of every office (with those who left if @include_left). */
guint test_n_staff (DaichoDb *db, gboolean include_left);

/* Asserts @error is DAICHO_ERROR @code, readable, mentioning @part (unless NULL); clears it. */
void test_assert_refused (GError **error, int code, const char *part);

/* A second, plain read-write connection to the existing file @path (busy timeout 5 s). */
sqlite3 *test_raw_open (const char *path);

/* The integer in the first column of the first row of @sql, which must have a row. */
gint64 test_raw_int (sqlite3 *raw, const char *sql);

/* test_raw_int() on @db's own connection, with a printf-style query. */
gint64 test_db_int (DaichoDb *db, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Appends each row of @sql to @out as a line of "TYPE:text|" (NULL: "∅|") values. */
void test_append_rows (sqlite3 *raw, const char *sql, GString *out);

/* What @path holds committed, as text: schema, then all rows of its >= @min_tables tables. */
char *test_snapshot (const char *path, guint min_tables);

/* After a refused write: @path's snapshot is still @before and @db has no transaction open. */
void test_assert_unchanged (DaichoDb *db, const char *path, guint min_tables, const char *before);

G_END_DECLS
