/* test-audit-chain.c — the audit log's hash chain: migration, triggers, head
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edits made by an outsider are tested from the outside in
 * test-cli-audit.sh; here: what the chain is made of.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <sqlite3.h>

#include "daicho/daicho.h"
#include "daicho-db-private.h"
#include "test-util.h"

/* Closes *@db, runs @sql on the file as an outsider would, opens it again. */
static void
edit_outside (DaichoDb **db, const char *path, const char *sql)
{
  sqlite3 *raw;
  char *message = NULL;

  g_clear_object (db);
  raw = test_raw_open (path);
  if (sqlite3_exec (raw, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, message);
  sqlite3_close (raw);
  *db = test_open_db (path);
}

/* Every entry's hash in order, as hex lines. */
static char *
all_hashes (sqlite3 *raw)
{
  GString *out = g_string_new (NULL);

  test_append_rows (raw, "SELECT id, hex (hash) FROM audit_log ORDER BY id", out);
  return g_string_free (out, FALSE);
}

static gboolean
problem_is (GPtrArray *problems, guint i, const char *part)
{
  return i < problems->len && strstr (problems->pdata[i], part) != NULL;
}

/* 1. A database of schema 5 is chained by migration 6 exactly as the
 * triggers chain a new one. */
static void
test_migration (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("chain", &dir, &path);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *migrated = NULL;

  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  made = all_hashes (daicho_db_get_handle (db));
  g_assert_null (strstr (made, "∅"));

  /* Back to schema 5: no hash column, the old no-update trigger; opening
   * migrates it again. */
  edit_outside (&db, path,
               "BEGIN;"
               "DROP TRIGGER audit_log_chain; DROP TRIGGER audit_log_sealed;"
               "DROP TRIGGER audit_log_no_update;"
               "ALTER TABLE audit_log DROP COLUMN hash;"
               "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
               "  SELECT RAISE (ABORT, 'the audit log cannot be changed');"
               "END;"
               "PRAGMA user_version = 5;"
               "COMMIT;");
  g_assert_cmpint (test_db_int (db, "PRAGMA user_version"), ==, daicho_db_schema_version ());
  migrated = all_hashes (daicho_db_get_handle (db));
  g_assert_cmpstr (migrated, ==, made);
  test_assert_check_clean (db);

  /* The log stays closed to changes after the migration. */
  g_assert_cmpint (sqlite3_exec (daicho_db_get_handle (db),
                                 "UPDATE audit_log SET hash = NULL WHERE id = 3", NULL, NULL,
                                 NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (sqlite3_exec (daicho_db_get_handle (db),
                                 "UPDATE audit_log SET os_user = 'x' WHERE id = 3", NULL, NULL,
                                 NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
  test_close_tmp_db (&db, &dir, &path);
}

/* 2. An entry is hashed inside the transaction of its change: a rollback
 * leaves neither, a commit both. */
static void
test_same_transaction (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("chain", &dir, &path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 n_entries;

  test_add_office (db, "131", "中原区役所区民課");
  g_assert_true (daicho_audit_chain_get_head (db, &before, &error));
  g_assert_no_error (error);
  g_assert_nonnull (before);
  n_entries = test_db_int (db, "SELECT count(*) FROM audit_log");

  g_assert_true (daicho_db_begin_write (db, &error));
  g_assert_true (daicho_db_exec (db, &error, "INSERT INTO place (office_id, name, locks) "
                                 "VALUES (1, '書庫', 1)", NULL));
  g_assert_no_error (error);
  g_assert_cmpint (test_db_int (db, "SELECT count(*) FROM audit_log WHERE hash IS NULL"), ==, 0);
  g_assert_cmpint (test_db_int (db, "SELECT count(*) FROM audit_log"), ==, n_entries + 1);
  daicho_db_rollback (db);
  g_assert_true (daicho_audit_chain_get_head (db, &after, &error));
  g_assert_cmpstr (after, ==, before);

  g_clear_pointer (&after, g_free);
  test_add_office (db, "132", "幸区役所区民課");
  g_assert_true (daicho_audit_chain_get_head (db, &after, &error));
  /* Further on: a later number (the office and its post), a new hash. */
  g_assert_cmpint (g_ascii_strtoll (after, NULL, 10), >, g_ascii_strtoll (before, NULL, 10));
  g_assert_cmpstr (strchr (after, ':'), !=, strchr (before, ':'));
  test_assert_check_clean (db);
  test_close_tmp_db (&db, &dir, &path);
}

/* 3. The encoding is unambiguous: values that would read alike when simply
 * joined hash apart. */
static void
test_encoding (void)
{
  const char *pairs[][2] = {
    { "NULL, 1, 'ab', 2, 'c'", "NULL, 1, 'a', 2, 'bc'" },     /* bytes moved between fields */
    { "NULL, 1, '', 2, 'c'", "NULL, 1, NULL, 2, 'c'" },       /* empty is not NULL */
    { "NULL, 1, '1', 2, 'c'", "NULL, 1, 1, 2, 'c'" },         /* text is not a number */
    { "NULL, 1, 'a', 2, 'c'", "zeroblob (0), 1, 'a', 2, 'c'" }, /* first entry, or after "" */
  };
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("chain", &dir, &path);

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *sql =
        g_strdup_printf ("SELECT daicho_audit_hash (%s, 1, 'u', 't', NULL, '{}') = "
                         "daicho_audit_hash (%s, 1, 'u', 't', NULL, '{}')",
                         pairs[i][0], pairs[i][1]);
      g_assert_cmpint (test_raw_int (daicho_db_get_handle (db), sql), ==, 0);
    }
  g_assert_cmpint (test_raw_int (daicho_db_get_handle (db),
                                 "SELECT length (daicho_audit_hash (NULL, 1, 't', 2, 'insert', "
                                 "1, 'u', 't', NULL, '{}'))"), ==, 32);
  test_close_tmp_db (&db, &dir, &path);
}

/* 4. The first bad entry comes first, before what follows from it. */
static void
test_first_bad_entry_first (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("chain", &dir, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);

  /* Entries 40 and 90 edited, entry 60 removed, a record changed. */
  edit_outside (&db, path, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
                           "DROP TRIGGER staff_audit_update;"
                           "UPDATE audit_log SET os_user = 'someone' WHERE id IN (40, 90);"
                           "DELETE FROM audit_log WHERE id = 60;"
                           "UPDATE staff SET name = 'X' WHERE id = 2;");
  g_assert_true (daicho_db_check (db, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  g_assert_true (problem_is (problems, 0, "Audit entry #40 ("));
  g_assert_true (problem_is (problems, 0, "does not match its hash"));
  g_assert_true (problem_is (problems, 1, "Audit entry #60 is missing"));
  g_assert_true (problem_is (problems, 2, "Audit entry #61 ("));
  g_assert_true (problem_is (problems, 3, "Audit entry #90 ("));
  g_assert_true (problem_is (problems, 4, "audit_log_no_update"));
  g_assert_true (problem_is (problems, 5, "audit_log_no_delete"));
  test_close_tmp_db (&db, &dir, &path);
}

/* 5. The head: read back, checked whole or by a prefix, refused when garbled. */
static void
test_head (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DaichoDb) db = test_open_tmp_db ("chain", &dir, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *short_head = NULL;
  g_autofree char *wrong = NULL;
  const char *garbled[] = { "", "12", "x:0123456789abcdef", "0:0123456789abcdef",
                            "5:0123456789abcde", "5:0123456789abcdeg" };

  test_add_office (db, "131", "中原区役所区民課");
  g_assert_true (daicho_audit_chain_get_head (db, &head, &error));
  g_assert_no_error (error);
  upper = g_ascii_strup (head, -1);
  short_head = g_strndup (head, strchr (head, ':') - head + 17);
  wrong = g_strdup (head);
  wrong[strlen (wrong) - 1] = wrong[strlen (wrong) - 1] == '0' ? '1' : '0';

  g_assert_true (daicho_audit_chain_check_head (db, head, problems, &error));
  g_assert_true (daicho_audit_chain_check_head (db, upper, problems, &error));
  g_assert_true (daicho_audit_chain_check_head (db, short_head, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_true (daicho_audit_chain_check_head (db, wrong, problems, &error));
  g_assert_true (problem_is (problems, 0, "no longer has the hash noted earlier"));
  g_assert_true (daicho_audit_chain_check_head (db, "99999:0123456789abcdef", problems, &error));
  g_assert_true (problem_is (problems, 1, "Audit entry #99999, noted earlier"));

  for (guint i = 0; i < G_N_ELEMENTS (garbled); i++)
    {
      g_assert_false (daicho_audit_chain_check_head (db, garbled[i], problems, &error));
      test_assert_refused (&error, DAICHO_ERROR_INVALID, "chain head");
    }
  g_assert_cmpuint (problems->len, ==, 2);
  test_close_tmp_db (&db, &dir, &path);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/audit-chain/migration", test_migration);
  g_test_add_func ("/audit-chain/same-transaction", test_same_transaction);
  g_test_add_func ("/audit-chain/encoding", test_encoding);
  g_test_add_func ("/audit-chain/first-bad-entry-first", test_first_bad_entry_first);
  g_test_add_func ("/audit-chain/head", test_head);
  return g_test_run ();
}
