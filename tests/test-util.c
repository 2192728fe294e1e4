/* test-util.c — helpers shared by the core tests (see test-util.h)
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

DaichoDb *
test_open_tmp_db (const char *name, char **dir, char **path)
{
  *dir = test_make_tmp_dir (name);
  *path = g_build_filename (*dir, "daicho.sqlite3", NULL);
  return test_open_db (*path);
}

void
test_close_tmp_db (DaichoDb **db, char **dir, char **path)
{
  g_clear_object (db);
  if (*dir != NULL)
    test_remove_tmp_dir (*dir);
  g_clear_pointer (dir, g_free);
  g_clear_pointer (path, g_free);
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

gint64
test_add_staff_next (DaichoDb *db, guint *next_emp, const char *name, gint64 office_id)
{
  g_autofree char *emp_no = g_strdup_printf ("%06u", (*next_emp)++);

  return test_add_staff (db, emp_no, name, office_id);
}

void
test_add_two_offices (DaichoDb *db, gint64 *office_a, gint64 *office_b, gint64 *p, gint64 *q)
{
  *office_a = test_add_office (db, "131", "中原区役所区民課");
  *office_b = test_add_office (db, "132", "高津区役所区民課");
  *p = test_add_staff (db, "100001", "入力 一郎", *office_a);
  daicho_db_set_operator (db, *p);
  *q = test_add_staff (db, "100002", "照合 花子", *office_a);
}

char *
test_staff_name (DaichoDb *db, gint64 staff_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) s = daicho_staff_store_get (db, staff_id, &error);

  g_assert_no_error (error);
  return g_strdup (s->name);
}

gint64
test_usage_manager_post (DaichoDb *db, gint64 office_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoPost) post = daicho_post_store_get_usage_manager (db, office_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (post);
  return post->id;
}

gint64
test_post_by_code (DaichoDb *db, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoPost) post = daicho_post_store_get_by_code (db, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (post);
  return post->id;
}

void
test_assign_post (DaichoDb *db, gint64 post_id, gint64 staff_id, const char *from)
{
  g_autoptr(GError) error = NULL;
  DaichoPostAssignment one[1] = { { post_id, staff_id } };

  g_assert_true (daicho_post_store_assign (db, one, 1, from, &error));
  g_assert_no_error (error);
}

guint
test_n_staff (DaichoDb *db, gboolean include_left)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) staff = daicho_staff_store_list (db, 0, include_left, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (staff));
}

/* Checks, refusals and expected listings */

void
test_assert_check_clean (DaichoDb *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (daicho_db_check (db, &problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("unexpected problem: %s", (const char *) problems->pdata[i]);
  g_assert_cmpuint (problems->len, ==, 0);
}

char *
test_ids_text_va (int n, va_list args)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < n; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? " " : "", va_arg (args, gint64));
  return g_string_free (out, FALSE);
}

char *
test_ids_text (int n, ...)
{
  va_list args;
  char *text;

  va_start (args, n);
  text = test_ids_text_va (n, args);
  va_end (args);
  return text;
}

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

/* Other programs and forms */

gboolean
test_run (const char * const *argv, char **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *standard_output = NULL;
  g_autofree char *standard_error = NULL;
  int status = 0;
  gboolean ok;

  ok = g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &standard_output, &standard_error, &status, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = g_spawn_check_wait_status (status, NULL);
  if (!ok)
    {
      g_autofree char *command = g_strjoinv (" ", (char **) argv);

      g_test_message ("%s failed:\n%s%s", command, standard_output, standard_error);
    }
  if (out != NULL)
    *out = g_steal_pointer (&standard_output);
  return ok;
}

/* Without G_TEST_SRCDIR the sources are not known: the test is being run by
 * hand, outside meson. */
void
test_run_checker (const char *checker, const char *file, const char * const *args)
{
  g_autofree char *script = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  gboolean ok;

  if (g_getenv ("G_TEST_SRCDIR") == NULL)
    {
      g_test_message ("G_TEST_SRCDIR is not set: %s not run", checker);
      return;
    }
  script = g_test_build_filename (G_TEST_DIST, "forms", checker, NULL);
  g_assert_true (g_file_test (script, G_FILE_TEST_EXISTS));

  g_ptr_array_add (argv, (gpointer) "/usr/bin/python3");
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, (gpointer) file);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  ok = test_run ((const char * const *) argv->pdata, &out);
  if (!ok)
    g_test_message ("%s", out);
  g_assert_true (ok);
}

char *
test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* -raw keeps content order, so a wrapped cell's lines stay together. */
GStrv
test_pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  GPtrArray *squeezed = g_ptr_array_new ();

  g_assert_true (test_run (argv, &text));
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      char *page = test_squeeze (pages[i]);

      /* The text after the last form feed is empty. */
      if (pages[i + 1] == NULL && *page == '\0')
        g_free (page);
      else
        g_ptr_array_add (squeezed, page);
    }
  g_ptr_array_add (squeezed, NULL);
  return (GStrv) g_ptr_array_free (squeezed, FALSE);
}

int
test_page_of (char **pages, const char *text)
{
  for (guint i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], text) != NULL)
      return (int) i;
  return -1;
}

guint
test_count_occurrences (const char *haystack, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

void
test_write_form_ok (DaichoForm *form, const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daicho_form_write (form, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

void
test_assert_no_partial (const char *path)
{
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);

  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
}
