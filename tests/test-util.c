/* test-util.c — helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "daicho-db-private.h"
#include "test-util.h"

/* Temporary folders */

char *
test_make_tmp_dir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpl = g_strdup_printf ("daicho-test-%s-XXXXXX", name);
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

void
test_remove_tmp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        test_remove_tmp_dir (path);
      else
        g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

GBytes *
test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

/* The database through the public API */

DaichoDb *
test_open_db (const char *path)
{
  g_autoptr(GError) error = NULL;
  DaichoDb *db = daicho_db_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

gint64
test_add_office (DaichoDb *db, const char *code, const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = daicho_office_store_add (db, code, name, "kuminka", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
test_add_staff (DaichoDb *db, const char *emp_no, const char *name, gint64 office_id)
{
  g_autoptr(GError) error = NULL;
  DaichoStaffInput input = {
    .emp_no = emp_no, .name = name, .kana = "", .office_id = office_id, .title = "主事",
  };
  gint64 id = daicho_staff_store_add (db, &input, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

guint
test_n_staff (DaichoDb *db, gboolean include_left)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) staff = daicho_staff_store_list (db, 0, include_left, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (staff));
}

/* Refusals */

void
test_assert_refused (GError **error, int code, const char *part)
{
  g_assert_nonnull (*error);
  g_test_message ("refused as expected: %s", (*error)->message);
  g_assert_error (*error, DAICHO_ERROR, code);
  g_assert_nonnull ((*error)->message);
  g_assert_cmpstr ((*error)->message, !=, "");
  g_assert_true (g_utf8_validate ((*error)->message, -1, NULL));
  if (part != NULL && strstr ((*error)->message, part) == NULL)
    g_error ("the message “%s” does not mention “%s”", (*error)->message, part);
  g_clear_error (error);
}

/* SQLite directly */

sqlite3 *
test_raw_open (const char *path)
{
  sqlite3 *raw = NULL;
  int rc = sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READWRITE, NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_busy_timeout (raw, 5000);
  return raw;
}

gint64
test_raw_int (sqlite3 *raw, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("“%s” does not prepare: %s", sql, sqlite3_errmsg (raw));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

gint64
test_db_int (DaichoDb *db, const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return test_raw_int (daicho_db_get_handle (db), sql);
}

void
test_append_rows (sqlite3 *raw, const char *sql, GString *out)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
            g_string_append (out, "∅");
          else
            g_string_append_printf (out, "%d:%s", sqlite3_column_type (stmt, c),
                                    (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '|');
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* Read through a connection of its own, so that only committed data counts. */
char *
test_snapshot (const char *path, guint min_tables)
{
  sqlite3 *raw = test_raw_open (path);
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  test_append_rows (raw, "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name", out);
  g_assert_cmpint (sqlite3_prepare_v2 (raw,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >=, min_tables);

  for (guint i = 0; i < tables->len; i++)
    {
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\" ORDER BY rowid",
                                   (const char *) tables->pdata[i]);

      g_string_append_printf (out, "== %s\n", (const char *) tables->pdata[i]);
      test_append_rows (raw, sql, out);
      sqlite3_free (sql);
    }
  sqlite3_close (raw);
  return g_string_free (out, FALSE);
}

void
test_assert_unchanged (DaichoDb *db, const char *path, guint min_tables, const char *before)
{
  g_autofree char *after = test_snapshot (path, min_tables);

  g_assert_cmpstr (after, ==, before);
  g_assert_true (sqlite3_get_autocommit (daicho_db_get_handle (db)));
}
