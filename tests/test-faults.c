/* test-faults.c — bad files and a busy file: a read-only file or folder, a
 * full disk, a file deleted or moved while open, a damaged file, a file
 * another program keeps locked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case must end in a plain message (DAICHO_ERROR with words a user can
 * act on), no crash and no critical (G_DEBUG=fatal-warnings makes one
 * fatal), and no partial record: the file holds what it held before.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#ifdef G_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

#include "daicho/daicho.h"
#include "daicho-db-private.h"
#include "test-util.h"

#define MIN_TABLES 8
#define PATH_VAR   "DAICHO_TEST_FAULTS_PATH"

/* Adds office @code; returns its id, or 0 with @error set. */
static gint64
add_office (DaichoDb *db, int code, GError **error)
{
  g_autofree char *code_text = g_strdup_printf ("%d", code);
  g_autofree char *name = g_strdup_printf ("試験区役所%d", code);

  return daicho_office_store_add (db, code_text, name, "kuminka", error);
}

/* @path (closed) with @length bytes from @offset overwritten by a pattern. */
static void
overwrite (const char *path, gsize offset, gsize length)
{
  g_autoptr(GBytes) bytes = test_read_bytes (path);
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  char *data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &size);

  g_assert_cmpuint (offset + length, <=, size);
  for (gsize i = 0; i < length; i++)
    data[offset + i] = (char) (0xa5 ^ (i * 7));
  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
  g_free (data);
}

/* @error says the file is damaged and how to restore a backup; clears it. */
static void
assert_damaged (GError **error)
{
  g_assert_nonnull (*error);
  g_assert_nonnull (strstr ((*error)->message, "daicho-cli restore FILE"));
  test_assert_refused (error, DAICHO_ERROR_NOT_DAICHO, "damaged");
}

/* Permissions. Root writes any file whatever its mode, so as root these
 * cases run as nobody, in a subprocess, on files handed over to nobody. */

#ifdef G_OS_UNIX
#define NOBODY 65534

static void
become_nobody_if_root (void)
{
  if (geteuid () != 0)
    return;
  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (NOBODY), ==, 0);
  g_assert_cmpint (setuid (NOBODY), ==, 0);
}

/* Owner (nobody when root, else unchanged) and mode of @path. */
static void
set_owner_and_mode (const char *path, gboolean nobody_owns, int mode)
{
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, nobody_owns ? NOBODY : 0, nobody_owns ? NOBODY : 0), ==, 0);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

/* The child: opening the file at $PATH_VAR is refused as read-only, with
 * @part in the message. */
static void
assert_open_refused_read_only (const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = NULL;

  become_nobody_if_root ();
  db = daicho_db_open (g_getenv (PATH_VAR), &error);
  g_assert_null (db);
  /* For the parent: a subprocess's test messages are not shown. */
  g_print ("refused: %s\n", error->message);
  test_assert_refused (&error, DAICHO_ERROR_READ_ONLY, part);
}

/* A closed database in its own folder, the modes set, then this test run
 * again as the child. */
static void
run_read_only_case (gboolean file_writable, gboolean folder_writable, const char *part)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("faults", &dir, &path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *pattern = NULL;

  add_office (db, 131, NULL);
  g_clear_object (&db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = test_read_bytes (path);

  set_owner_and_mode (path, file_writable, file_writable ? 0600 : 0444);
  /* Root's folder, readable by all, is not writable by nobody. */
  set_owner_and_mode (dir, folder_writable, folder_writable ? 0700 : 0555);

  g_setenv (PATH_VAR, path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  pattern = g_strdup_printf ("refused: *%s*", part);
  g_test_trap_assert_stdout (pattern);

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  after = test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  test_remove_tmp_dir (dir);
}
#endif

/* 1. A read-only file is refused at open, left untouched, with a message
 * that says it is read-only. */
static void
test_read_only_file (void)
{
#ifdef G_OS_UNIX
  if (g_test_subprocess ())
    assert_open_refused_read_only ("read-only");
  else
    run_read_only_case (FALSE, TRUE, "read-only");
#else
  g_test_skip ("file modes are a Unix test");
#endif
}

/* 2. A writable file in a folder that is not: SQLite cannot make its -wal
 * and -shm files; the message names the folder. */
static void
test_read_only_folder (void)
{
#ifdef G_OS_UNIX
  if (g_test_subprocess ())
    assert_open_refused_read_only ("folder");
  else
    run_read_only_case (TRUE, FALSE, "folder");
#else
  g_test_skip ("folder modes are a Unix test");
#endif
}

/* 3. A full disk (the file may not grow past its size: max_page_count):
 * the save that does not fit is refused with "the disk is full", leaves
 * nothing behind, and saves work again once there is room. */
static void
test_disk_full (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("faults", &dir, &path);
  sqlite3 *handle = daicho_db_get_handle (db);
  g_autofree char *limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 id = 0;
  int code = 100;

  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           test_raw_int (handle, "PRAGMA page_count") + 2);
  g_assert_cmpint (sqlite3_exec (handle, limit, NULL, NULL, NULL), ==, SQLITE_OK);

  /* Saves fit into the free room of the last pages until they do not. */
  do
    {
      g_clear_pointer (&before, g_free);
      before = test_snapshot (path, MIN_TABLES);
      id = add_office (db, ++code, &error);
    }
  while (id != 0 && code < 5000);
  g_assert_cmpint (id, ==, 0);
  g_test_message ("%d offices fitted; then: %s", code - 101, error->message);
  test_assert_refused (&error, DAICHO_ERROR_STORAGE, "disk is full");
  test_assert_unchanged (db, path, MIN_TABLES, before);

  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (add_office (db, code, &error), >, 0);
  g_assert_no_error (error);
  test_assert_check_clean (db);
  test_close_tmp_db (&db, &dir, &path);
}

/* 4. The file deleted, moved or replaced while open: the write is refused
 * (on Linux it would land in a file nobody opens again); the file moved
 * back, writes go on. */
static void
test_file_deleted_or_moved (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("faults", &dir, &path);
  g_autofree char *moved = g_strconcat (path, ".moved", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.sqlite3", NULL);
  g_autoptr(DaichoDb) other = test_open_db (other_path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (add_office (db, 131, &error), >, 0);

  /* Moved away, and back. */
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  g_assert_cmpint (add_office (db, 132, &error), ==, 0);
  g_test_message ("%s", error->message);
  test_assert_refused (&error, DAICHO_ERROR_STORAGE, "deleted, moved or replaced");
  g_assert_true (sqlite3_get_autocommit (daicho_db_get_handle (db)));
  g_assert_cmpint (g_rename (moved, path), ==, 0);
  g_assert_cmpint (add_office (db, 132, &error), >, 0);
  g_assert_no_error (error);

  /* Replaced by another file of the same name. */
  g_clear_object (&other);
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  g_assert_cmpint (g_rename (other_path, path), ==, 0);
  g_assert_cmpint (add_office (db, 133, &error), ==, 0);
  test_assert_refused (&error, DAICHO_ERROR_STORAGE, "replaced");
  g_assert_cmpint (g_rename (path, other_path), ==, 0);
  g_assert_cmpint (g_rename (moved, path), ==, 0);

  /* Deleted. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (add_office (db, 134, &error), ==, 0);
  test_assert_refused (&error, DAICHO_ERROR_STORAGE, "deleted");
  g_assert_true (sqlite3_get_autocommit (daicho_db_get_handle (db)));
  test_close_tmp_db (&db, &dir, &path);
}

/* 5. The header overwritten: refused at open as damaged, with the way to
 * restore a backup, and left untouched. */
static void
test_corrupt_header (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("faults", &dir, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  add_office (db, 131, NULL);
  g_clear_object (&db);
  overwrite (path, 0, 100);
  before = test_read_bytes (path);

  db = daicho_db_open (path, &error);
  g_assert_null (db);
  assert_damaged (&error);
  after = test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  test_close_tmp_db (&db, &dir, &path);
}

/* 6. A page in the middle overwritten (the ledger's): the file opens, and
 * every read or write that meets the page says the file is damaged and
 * how to restore a backup; nothing is half-written; the check reports it. */
static void
test_corrupt_middle (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("faults", &dir, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  DaichoLedgerFilter filter = { 0 };
  sqlite3 *raw;
  gint64 root, page_size, n_audit;

  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  g_clear_object (&db);
  raw = test_raw_open (path);
  root = test_raw_int (raw, "SELECT rootpage FROM sqlite_schema WHERE name = 'ledger_entry'");
  page_size = test_raw_int (raw, "PRAGMA page_size");
  n_audit = test_raw_int (raw, "SELECT count(*) FROM audit_log");
  sqlite3_close (raw);
  overwrite (path, (root - 1) * page_size, page_size);

  db = test_open_db (path);
  entries = daicho_ledger_store_list (db, &filter, &error);
  g_assert_null (entries);
  assert_damaged (&error);

  g_assert_true (daicho_db_set_operator_by_emp_no (db, "100012", &error));
  g_assert_false (daicho_ledger_store_void (db, 1, "二重登録", &error));
  assert_damaged (&error);
  g_assert_true (sqlite3_get_autocommit (daicho_db_get_handle (db)));
  g_assert_cmpint (test_db_int (db, "SELECT count(*) FROM audit_log"), ==, n_audit);

  if (daicho_db_check (db, &problems, &error))
    g_assert_cmpuint (problems->len, >, 0);
  else
    assert_damaged (&error);
  test_close_tmp_db (&db, &dir, &path);
}

/* 7. Another program keeps the write lock: a save waits as long as the
 * busy timeout, then gives up with the plain message and writes nothing;
 * once the lock is gone it goes through. */
static void
test_locked (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("faults", &dir, &path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  sqlite3 *raw = test_raw_open (path);
  gint64 started;

  add_office (db, 131, NULL);
  before = test_snapshot (path, MIN_TABLES);
  g_assert_cmpint (sqlite3_exec (raw, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  daicho_db_set_busy_timeout (db, 300);
  started = g_get_monotonic_time ();
  g_assert_cmpint (add_office (db, 132, &error), ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 250 * 1000);
  g_test_message ("%s", error->message);
  test_assert_refused (&error, DAICHO_ERROR_BUSY, "in use by another Daicho window or program");

  /* Reads go on while another program writes. */
  g_assert_cmpint (test_db_int (db, "SELECT count(*) FROM office"), ==, 1);

  g_assert_cmpint (sqlite3_exec (raw, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  test_assert_unchanged (db, path, MIN_TABLES, before);
  g_assert_cmpint (add_office (db, 132, &error), >, 0);
  g_assert_no_error (error);
  sqlite3_close (raw);
  test_close_tmp_db (&db, &dir, &path);
}

static gpointer
commit_later (gpointer data)
{
  g_usleep (300 * 1000);
  g_assert_cmpint (sqlite3_exec (data, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  return NULL;
}

/* 8. Ordinary contention: another program holds the lock for less than the
 * busy timeout; the save waits and goes through, no error. */
static void
test_contention_waits (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("faults", &dir, &path);
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = test_raw_open (path);
  GThread *thread;
  gint64 started;

  g_assert_cmpint (sqlite3_exec (raw, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  thread = g_thread_new ("commit-later", commit_later, raw);
  daicho_db_set_busy_timeout (db, 3000);
  started = g_get_monotonic_time ();
  g_assert_cmpint (add_office (db, 131, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 200 * 1000);
  g_thread_join (thread);
  sqlite3_close (raw);
  test_assert_check_clean (db);
  test_close_tmp_db (&db, &dir, &path);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/faults/read-only-file", test_read_only_file);
  g_test_add_func ("/faults/read-only-folder", test_read_only_folder);
  g_test_add_func ("/faults/disk-full", test_disk_full);
  g_test_add_func ("/faults/file-deleted-or-moved", test_file_deleted_or_moved);
  g_test_add_func ("/faults/corrupt-header", test_corrupt_header);
  g_test_add_func ("/faults/corrupt-middle", test_corrupt_middle);
  g_test_add_func ("/faults/locked", test_locked);
  g_test_add_func ("/faults/contention-waits", test_contention_waits);
  return g_test_run ();
}
