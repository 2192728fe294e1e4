/* test-backup.c — backups: consistent while another connection writes,
 * rotation, listing, restore (refused for a bad file, keeping the data it
 * replaces, into a file that is no database any more)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "daicho/daicho.h"
#include "test-util.h"

#define MIN_TABLES 20

typedef struct
{
  char     *dir;
  char     *path;
  DaichoDb *db;
} Fixture;

TEST_DEFINE_FIXTURE_FREE (Fixture, fixture_free)

static Fixture *
fixture_new_demo (void)
{
  Fixture *fx = g_new0 (Fixture, 1);
  g_autoptr(GError) error = NULL;

  fx->db = test_open_tmp_db ("backup", &fx->dir, &fx->path);
  g_assert_true (daicho_demo_fill (fx->db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  g_assert_true (daicho_db_set_operator_by_emp_no (fx->db, "100001", &error));
  g_assert_no_error (error);
  return fx;
}

static gint64
n_places (DaichoDb *db)
{
  return test_db_int (db, "SELECT count(*) FROM place");
}

/* The number of places in the database file @path, by a connection of its own. */
static gint64
n_places_in (const char *path)
{
  g_autoptr(DaichoDb) db = test_open_db (path);

  return n_places (db);
}

static guint
n_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* 1. A backup taken while another connection keeps writing is one
 * consistent state: it passes the check and holds a count of records the
 * writer actually committed. */

typedef struct
{
  char          *path;
  gint           stop;
  gint           n_written;
} Writer;

static gpointer
writer_thread (gpointer data)
{
  Writer *w = data;
  g_autoptr(DaichoDb) db = test_open_db (w->path);
  g_autoptr(GError) error = NULL;

  g_assert_true (daicho_db_set_operator_by_emp_no (db, "100001", &error));
  while (!g_atomic_int_get (&w->stop))
    {
      g_autofree char *name = g_strdup_printf ("書庫%d", g_atomic_int_get (&w->n_written));

      g_assert_cmpint (daicho_place_store_add (db, 1, name, TRUE, &error), >, 0);
      g_assert_no_error (error);
      g_atomic_int_inc (&w->n_written);
    }
  return NULL;
}

static void
on_progress (double fraction, gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
test_backup_while_writing (void)
{
  g_autoptr(Fixture) fx = fixture_new_demo ();
  Writer writer = { fx->path, 0, 0 };
  gint64 before = n_places (fx->db);
  GThread *thread;

  thread = g_thread_new ("writer", writer_thread, &writer);
  /* Let it get going. */
  while (g_atomic_int_get (&writer.n_written) < 3)
    g_usleep (1000);

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GError) error = NULL;
      g_autofree char *made = NULL;
      g_autoptr(DaichoDb) copy = NULL;
      gint64 written_before = g_atomic_int_get (&writer.n_written);
      gint64 in_copy;

      made = daicho_backup_make (fx->path, DAICHO_BACKUP_MANUAL, NULL, NULL, on_progress, seen,
                                 &error);
      g_assert_no_error (error);
      g_assert_nonnull (made);
      test_assert_no_partial (made);

      /* Progress went up to the end. */
      g_assert_cmpuint (seen->len, >, 1);
      for (guint k = 1; k < seen->len; k++)
        g_assert_cmpfloat (g_array_index (seen, double, k), >=, 0.0);
      g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);

      copy = test_open_db (made);
      test_assert_check_clean (copy);
      in_copy = n_places (copy) - before;
      g_assert_cmpint (in_copy, >=, written_before);
      g_assert_cmpint (in_copy, <=, g_atomic_int_get (&writer.n_written));
      /* Each place the copy holds is whole, its audit entry with it. */
      g_assert_cmpint (test_db_int (copy, "SELECT count(*) FROM audit_log "
                                          "WHERE table_name = 'place' AND action = 'insert'"),
                       ==, n_places (copy));
    }

  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);
  g_test_message ("%d places written during the backups", writer.n_written);
  g_assert_cmpint (writer.n_written, >, 3);
}

/* 2. Rotation keeps the newest backup of each of the last 7 days and of
 * the last 4 weeks, never a before-restore copy nor a file of another
 * name; the daily backup is due when none was made today. */

static void
touch (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, &error));
  g_assert_no_error (error);
}

static gboolean
exists_in (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_rotation (void)
{
  g_autofree char *dir = test_make_tmp_dir ("rotation");
  g_autofree char *db_path = g_build_filename (dir, "daicho.sqlite3", NULL);
  g_autofree char *folder = daicho_backup_folder (db_path);
  g_autofree char *folder_name = g_path_get_basename (folder);
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) evening = g_date_time_new_local (2025, 11, 9, 20, 0, 0);
  g_autoptr(GDateTime) next_day = g_date_time_new_local (2025, 11, 10, 8, 0, 0);
  g_autoptr(GDate) day = g_date_new_dmy (1, 10, 2025);
  /* Sundays, the newest backup of their weeks 44, 43 and 42. */
  const char *weekly[] = { "20251102", "20251026", "20251019" };
  guint n_kept = 0;

  g_assert_cmpstr (folder_name, ==, "daicho.sqlite3.backups");
  g_assert_true (daicho_backup_is_due (db_path, evening));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  /* 40 days, 1 October to 9 November 2025 (a Sunday): an automatic backup
   * each morning, one by hand each afternoon. */
  for (guint i = 0; i < 40; i++, g_date_add_days (day, 1))
    {
      g_autofree char *morning = g_strdup_printf ("daicho-%04d%02d%02d-090000-auto.sqlite3",
                                                  g_date_get_year (day), g_date_get_month (day),
                                                  g_date_get_day (day));
      g_autofree char *afternoon = g_strdup_printf ("daicho-%04d%02d%02d-170000-manual.sqlite3",
                                                    g_date_get_year (day),
                                                    g_date_get_month (day), g_date_get_day (day));
      touch (folder, morning);
      touch (folder, afternoon);
    }
  touch (folder, "daicho-20251001-120000-before-restore.sqlite3");
  touch (folder, "daicho-20251001-120000-before-restore.sqlite3-wal");
  touch (folder, "my own copy.sqlite3");
  touch (folder, "daicho-20251001-999999-auto.sqlite3");

  g_assert_true (daicho_backup_rotate (folder, &removed, &error));
  g_assert_no_error (error);

  /* 3–9 November, the afternoon's */
  for (guint d = 3; d <= 9; d++)
    {
      g_autofree char *name = g_strdup_printf ("daicho-202511%02u-170000-manual.sqlite3", d);
      g_autofree char *morning = g_strdup_printf ("daicho-202511%02u-090000-auto.sqlite3", d);

      g_assert_true (exists_in (folder, name));
      g_assert_false (exists_in (folder, morning));
      n_kept++;
    }
  for (guint w = 0; w < G_N_ELEMENTS (weekly); w++)
    {
      g_autofree char *name = g_strdup_printf ("daicho-%s-170000-manual.sqlite3", weekly[w]);
      g_assert_true (exists_in (folder, name));
      n_kept++;
    }
  g_assert_false (exists_in (folder, "daicho-20251012-170000-manual.sqlite3"));
  g_assert_false (exists_in (folder, "daicho-20251101-170000-manual.sqlite3"));
  /* Never rotated, or not Daicho's to remove. */
  g_assert_true (exists_in (folder, "daicho-20251001-120000-before-restore.sqlite3"));
  g_assert_true (exists_in (folder, "daicho-20251001-120000-before-restore.sqlite3-wal"));
  g_assert_true (exists_in (folder, "my own copy.sqlite3"));
  g_assert_true (exists_in (folder, "daicho-20251001-999999-auto.sqlite3"));

  g_assert_cmpuint (n_kept, ==, 10);
  g_assert_cmpuint (n_files (folder), ==, n_kept + 4);
  g_assert_cmpuint (removed->len, ==, 80 - n_kept);

  /* Again: nothing more to remove. */
  g_clear_pointer (&removed, g_ptr_array_unref);
  g_assert_true (daicho_backup_rotate (folder, &removed, &error));
  g_assert_cmpuint (removed->len, ==, 0);

  /* Made on the 9th: not due again until the 10th; a before-restore copy
   * on the 10th is not the daily backup. */
  g_assert_false (daicho_backup_is_due (db_path, evening));
  g_assert_true (daicho_backup_is_due (db_path, next_day));
  touch (folder, "daicho-20251110-073000-before-restore.sqlite3");
  g_assert_true (daicho_backup_is_due (db_path, next_day));
  touch (folder, "daicho-20251110-073000-auto.sqlite3");
  g_assert_false (daicho_backup_is_due (db_path, next_day));

  g_date_free (g_steal_pointer (&day));
  test_remove_tmp_dir (dir);
}

/* 3. The listing, newest first, says what each backup holds. */
static void
test_list (void)
{
  g_autoptr(Fixture) fx = fixture_new_demo ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = daicho_backup_make (fx->path, DAICHO_BACKUP_AUTOMATIC, yesterday,
                                               NULL, NULL, NULL, &error);
  g_autofree char *second = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(DaichoBackup) newest = NULL;
  g_autoptr(DaichoBackup) oldest = NULL;
  g_autofree char *described = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (daicho_place_store_add (fx->db, 1, "新書庫", TRUE, &error), >, 0);
  second = daicho_backup_make (fx->path, DAICHO_BACKUP_MANUAL, now, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);

  list = daicho_backup_list (fx->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  newest = g_list_model_get_item (G_LIST_MODEL (list), 0);
  oldest = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpstr (newest->path, ==, second);
  g_assert_cmpstr (newest->kind, ==, "manual");
  g_assert_cmpstr (oldest->kind, ==, "auto");
  g_assert_null (newest->problem);
  g_assert_cmpint (newest->size, >, 0);
  g_assert_cmpint (newest->schema_version, ==, daicho_db_schema_version ());
  g_assert_cmpint (newest->n_staff, ==, test_db_int (fx->db, "SELECT count(*) FROM staff"));
  g_assert_cmpint (newest->n_ledger_entries, ==,
                   test_db_int (fx->db, "SELECT count(*) FROM ledger_entry"));
  g_assert_cmpint (newest->n_designations, >, 0);
  g_assert_nonnull (newest->last_change);
  g_assert_cmpstr (newest->last_change, >, oldest->last_change);
  described = daicho_backup_describe (newest);
  g_assert_nonnull (strstr (described, "ledger entries"));
}

/* 4. A damaged file, another program's database, a text file, a newer
 * schema and the database itself are refused, and nothing changes: no
 * before-restore copy, the database as it was. */
static void
assert_restore_refused (Fixture *fx, const char *file, int code, const char *part)
{
  g_autofree char *before = test_snapshot (fx->path, MIN_TABLES);
  g_autofree char *folder = daicho_backup_folder (fx->path);
  guint n_backups = n_files (folder);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_false (daicho_backup_restore (fx->path, file, "100001", &kept, NULL, NULL, &error));
  g_assert_null (kept);
  if (code != DAICHO_ERROR_INVALID)
    g_assert_nonnull (strstr (error->message, "Nothing was restored"));
  test_assert_refused (&error, code, part);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_cmpuint (n_files (folder), ==, n_backups);
}

static void
test_restore_refused (void)
{
  g_autoptr(Fixture) fx = fixture_new_demo ();
  g_autofree char *good = g_build_filename (fx->dir, "good.sqlite3", NULL);
  g_autofree char *damaged = g_build_filename (fx->dir, "damaged.sqlite3", NULL);
  g_autofree char *other = g_build_filename (fx->dir, "other.sqlite3", NULL);
  g_autofree char *text = g_build_filename (fx->dir, "notes.txt", NULL);
  g_autofree char *newer = g_build_filename (fx->dir, "newer.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fx->dir, "missing.sqlite3", NULL);
  g_autofree char *contents = NULL;
  gsize size;
  sqlite3 *raw;

  g_assert_true (daicho_db_backup (fx->db, good, &error));
  g_assert_no_error (error);

  /* Overwrite pages in the middle of a good copy: the integrity check sees it. */
  g_assert_true (g_file_get_contents (good, &contents, &size, &error));
  g_assert_cmpuint (size, >, 64 * 4096);
  memset (contents + 40 * 4096 + 100, 0x5a, 3 * 4096);
  g_assert_true (g_file_set_contents (damaged, contents, size, &error));
  assert_restore_refused (fx, damaged, DAICHO_ERROR_NOT_DAICHO, "damaged");

  g_assert_cmpint (sqlite3_open (other, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE foo (x); INSERT INTO foo VALUES (1)", NULL,
                                 NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_restore_refused (fx, other, DAICHO_ERROR_NOT_DAICHO, "not a Daicho database");

  g_assert_true (g_file_set_contents (text, "これはデータベースではありません。\n", -1, &error));
  assert_restore_refused (fx, text, DAICHO_ERROR_NOT_DAICHO, "not a database");

  g_assert_true (daicho_db_backup (fx->db, newer, &error));
  raw = test_raw_open (newer);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA user_version = 999", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (raw);
  assert_restore_refused (fx, newer, DAICHO_ERROR_NEWER_SCHEMA, "newer version");

  assert_restore_refused (fx, fx->path, DAICHO_ERROR_INVALID, "the database itself");
  assert_restore_refused (fx, missing, DAICHO_ERROR_NOT_FOUND, "missing.sqlite3");
}

/* 5. A restore keeps the data it replaces as a before-restore backup,
 * replaces the records under a connection that stays open, and is
 * recorded in the restored database's audit log. */
static void
test_restore_keeps_before (void)
{
  g_autoptr(Fixture) fx = fixture_new_demo ();
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoBackup) kept_info = NULL;
  gint64 places = n_places (fx->db);
  gint64 operator = daicho_db_get_operator (fx->db);
  gint64 setting_id;

  backup = daicho_backup_make (fx->path, DAICHO_BACKUP_AUTOMATIC, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (daicho_place_store_add (fx->db, 1, "復元で消える書庫", TRUE, &error), >, 0);
  g_assert_cmpint (n_places (fx->db), ==, places + 1);

  g_assert_true (daicho_backup_restore (fx->path, backup, "100001", &kept, on_progress, seen,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);

  /* The data replaced, kept, marked and checked. */
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_suffix (kept, "-before-restore.sqlite3"));
  g_assert_cmpint (n_places_in (kept), ==, places + 1);
  kept_info = daicho_backup_inspect (kept, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept_info->kind, ==, "before-restore");

  /* The open connection sees the restored records and can go on writing. */
  g_assert_cmpint (n_places (fx->db), ==, places);
  g_assert_cmpint (n_places_in (fx->path), ==, places);
  test_assert_check_clean (fx->db);
  g_assert_cmpint (daicho_place_store_add (fx->db, 1, "復元後の書庫", TRUE, &error), >, 0);
  g_assert_no_error (error);
  test_assert_check_clean (fx->db);

  /* Recorded: who, from which backup, where the replaced data went. */
  setting_id = test_db_int (fx->db, "SELECT id FROM setting WHERE key = 'last_restore'");
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                        "'setting' AND row_id = %lld AND operator_id = %lld "
                                        "AND instr (new_json, '-before-restore.sqlite3') > 0 "
                                        "AND instr (new_json, '-auto.sqlite3') > 0",
                                (long long) setting_id, (long long) operator), ==, 1);

  /* Restoring the kept copy undoes the restore. */
  g_clear_pointer (&kept, g_free);
  g_assert_true (daicho_backup_restore (fx->path, kept_info->path, NULL, &kept, NULL, NULL,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_places (fx->db), ==, places + 1);
  test_assert_check_clean (fx->db);
}

/* 6. A database file that is no database any more is kept as it was (with
 * its -wal) and replaced by a checked copy of the backup. */
static void
test_restore_over_damaged (void)
{
  g_autoptr(Fixture) fx = fixture_new_demo ();
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_wal = NULL;
  g_autofree char *wal = g_strconcat (fx->path, "-wal", NULL);
  g_autofree char *kept_contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) reopened = NULL;
  gint64 places = n_places (fx->db);
  const char garbage[] = "this file was overwritten by something else";

  backup = daicho_backup_make (fx->path, DAICHO_BACKUP_MANUAL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&fx->db);

  g_assert_true (g_file_set_contents (fx->path, garbage, -1, &error));
  g_assert_true (g_file_set_contents (wal, "stale wal", -1, &error));

  g_assert_true (daicho_backup_restore (fx->path, backup, NULL, &kept, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (kept, &kept_contents, NULL, &error));
  g_assert_cmpstr (kept_contents, ==, garbage);
  kept_wal = g_strconcat (kept, "-wal", NULL);
  g_assert_true (g_file_test (kept_wal, G_FILE_TEST_IS_REGULAR));

  reopened = test_open_db (fx->path);
  g_assert_cmpint (n_places (reopened), ==, places);
  test_assert_check_clean (reopened);
  fx->db = g_steal_pointer (&reopened);

  /* Listed, and said to be damaged. */
  {
    g_autoptr(GListStore) list = daicho_backup_list (fx->path, &error);
    g_autoptr(DaichoBackup) newest = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpstr (newest->path, ==, kept);
    g_assert_nonnull (newest->problem);
  }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/while-writing", test_backup_while_writing);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add_func ("/backup/list", test_list);
  g_test_add_func ("/backup/restore-refused", test_restore_refused);
  g_test_add_func ("/backup/restore-keeps-before", test_restore_keeps_before);
  g_test_add_func ("/backup/restore-over-damaged", test_restore_over_damaged);

  return g_test_run ();
}
