/* test-util.h — helpers shared by the core tests: temporary folders, the
 * database, staff and posts, SQLite directly, whole-database snapshots and
 * refusals, other programs, and forms read back from PDF
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

/* A new database, *@path "daicho.sqlite3" in *@dir = test_make_tmp_dir (@name), opened. */
DaichoDb *test_open_tmp_db (const char *name, char **dir, char **path);

/* Undoes test_open_tmp_db(): closes *@db, removes and frees *@dir, frees *@path; all to NULL. */
void test_close_tmp_db (DaichoDb **db, char **dir, char **path);

/* Defines @func freeing a g_new0()ed fixture @Type set up by test_open_tmp_db(), and g_autoptr. */
#define TEST_DEFINE_FIXTURE_FREE(Type, func) \
  static void \
  func (Type *fx) \
  { \
    test_close_tmp_db (&fx->db, &fx->dir, &fx->path); \
    g_free (fx); \
  } \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (Type, func)

/* Adds the kuminka office @code; returns its id. */
gint64 test_add_office (DaichoDb *db, const char *code, const char *name);

/* Adds the 主事 @emp_no (no kana) to @office_id; returns the staff id. */
gint64 test_add_staff (DaichoDb *db, const char *emp_no, const char *name, gint64 office_id);

/* test_add_staff() with the next employee number: *@next_emp ("%06u"), then counted on. */
gint64 test_add_staff_next (DaichoDb *db, guint *next_emp, const char *name, gint64 office_id);

/* Offices 131 (*@office_a), 132 (*@office_b); in A, P 100001 (*@p, operator) and Q 100002 (*@q). */
void test_add_two_offices (DaichoDb *db, gint64 *office_a, gint64 *office_b, gint64 *p, gint64 *q);

/* The name of the staff member @staff_id (g_free it). */
char *test_staff_name (DaichoDb *db, gint64 staff_id);

/* The id of @office_id's システム利用責任者 post. */
gint64 test_usage_manager_post (DaichoDb *db, gint64 office_id);

/* The id of the post with the code @code (e.g. "asset-manager"). */
gint64 test_post_by_code (DaichoDb *db, const char *code);

/* A personnel change that must go through: @staff_id holds @post_id from @from. */
void test_assign_post (DaichoDb *db, gint64 post_id, gint64 staff_id, const char *from);

/* How many staff the store lists, of every office (with those who left if @include_left). */
guint test_n_staff (DaichoDb *db, gboolean include_left);

/* daicho_db_check() on @db succeeds and finds no problem (any found are in the test log). */
void test_assert_check_clean (DaichoDb *db);

/* The @n gint64 arguments that follow, as text in that order ("3 5 7"; g_free it). */
char *test_ids_text (int n, ...);

/* test_ids_text() with a va_list. */
char *test_ids_text_va (int n, va_list args);

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

/* Other programs and forms */

/* Runs @argv (from PATH): TRUE if it exits 0. Stdout to *@out if given; logs output on failure. */
gboolean test_run (const char * const *argv, char **out);

/* tests/forms/@checker on @file with @args must pass (without G_TEST_SRCDIR: only a log line). */
void test_run_checker (const char *checker, const char *file, const char * const *args);

/* @text with every ASCII blank removed (g_free it). */
char *test_squeeze (const char *text);

/* The text of the PDF @pdf (pdftotext -raw) test_squeeze()d, a string per page (g_strfreev it). */
GStrv test_pdf_pages (const char *pdf);

/* The index of the first of @pages that holds @text, or -1. */
int test_page_of (char **pages, const char *text);

/* How many times @needle occurs in @haystack, overlapping ones included. */
guint test_count_occurrences (const char *haystack, const char *needle);

/* daicho_form_write() of @form to @path succeeds and leaves a regular file there. */
void test_write_form_ok (DaichoForm *form, const char *path);

/* No temporary "@path.partial" is left beside @path. */
void test_assert_no_partial (const char *path);

G_END_DECLS
