/* test-hostile-core.c — the hostile-input corpus through the date parser,
 * the text rules and both CSV imports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case of dates.cases through daicho_date_parse; every case of
 * text.cases through daicho_validate_text and, inside a CSV file, through
 * the staff import (as a name) and the ledger import (as a note); every file
 * of csv.cases through both imports. A refusal must come with a readable
 * message and leave the database exactly as it was; an import must store
 * the text byte for byte.
 */
#include "config.h"

#include <locale.h>
#include <gio/gio.h>
#include <string.h>

#include "daicho/daicho.h"
#include "daicho-db-private.h"
#include "hostile-cases.h"
#include "test-util.h"

/* Text safe to show a person: valid UTF-8, no control characters but
 * line breaks, no line longer than @max_line characters. */
static void
assert_readable (const char *message, glong max_line)
{
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (message);
  g_assert_true (g_utf8_validate (message, -1, NULL));
  for (const char *p = message; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\n' && (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT))
        g_error ("the message holds U+%04X: %s", c, message);
    }
  lines = g_strsplit (message, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_utf8_strlen (lines[i], -1) > max_line)
      g_error ("a line of the message is %ld characters long: %.200s…",
               g_utf8_strlen (lines[i], -1), lines[i]);
}

/* Dates */

static void
test_date_case (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(GError) error = NULL;
  GDate date;
  gboolean ok = daicho_date_parse (c->value, &date, &error);

  if (g_str_equal (c->expect, "error"))
    {
      g_assert_false (ok);
      g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
      assert_readable (error->message, 200);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_null (strchr (error->message, '\n'));
      g_assert_false (g_date_valid (&date));
    }
  else
    {
      g_autofree char *iso = NULL;

      g_assert_no_error (error);
      g_assert_true (ok);
      iso = daicho_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, c->expect);
    }
}

/* The text rules, for three kinds of field */

static const HostileField name_field = { DAICHO_TEXT_SHORT, TRUE, FALSE };
static const HostileField title_field = { DAICHO_TEXT_SHORT, FALSE, FALSE };
static const HostileField note_field = { DAICHO_TEXT_LONG, FALSE, TRUE };

static void
check_rule (const HostileCase *c, const HostileField *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  gboolean want = hostile_text_expect (c, field, &stored);
  gboolean ok = daicho_validate_text ("Field", c->value, field->max_chars, field->required,
                                      field->multiline, &error);

  if (want != ok)
    g_test_fail_printf ("case %s (max %u, %s, %s): validate says %s, the corpus says %s", c->id,
             field->max_chars, field->required ? "required" : "optional",
             field->multiline ? "multi-line" : "one line", ok ? "ok" : error->message,
             want ? "stored" : "refused");
  if (!ok)
    {
      g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
      assert_readable (error->message, 200);
      g_assert_null (strchr (error->message, '\n'));
      g_assert_true (g_str_has_prefix (error->message, "Field"));
    }
}

static void
test_text_rule (gconstpointer data)
{
  check_rule (data, &name_field);
  check_rule (data, &title_field);
  check_rule (data, &note_field);
}

static void
test_text_quote (gconstpointer data)
{
  const HostileCase *c = data;
  g_autofree char *quoted = daicho_text_quote (c->value);

  assert_readable (quoted, DAICHO_QUOTE_MAX + 1);
  g_assert_null (strchr (quoted, '\n'));
}

/* Imports into the demo database */

typedef struct
{
  char     *dir;
  char     *path;
  DaichoDb *db;
} Fixture;

TEST_DEFINE_FIXTURE_FREE (Fixture, fixture_free)

/* The demo database, filled once and copied for each test: filling it
 * takes far longer than copying it. */
static char *template_dir;
static char *template_path;

static void
make_template (void)
{
  DaichoDb *db = test_open_tmp_db ("hostile-template", &template_dir, &template_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  g_object_unref (db);
}

static Fixture *
fixture_new (void)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_autoptr(GFile) from = g_file_new_for_path (template_path);
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = test_make_tmp_dir ("hostile");
  f->path = g_build_filename (f->dir, "daicho.sqlite3", NULL);
  to = g_file_new_for_path (f->path);
  g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  f->db = test_open_db (f->path);
  /* As daicho_demo_fill() left it: the first staff member makes the changes. */
  daicho_db_set_operator (f->db,
                          test_db_int (f->db, "SELECT id FROM staff WHERE emp_no = '100001'"));
  return f;
}

#define MIN_TABLES 20

static const char STAFF_HEADER[] = "職員番号,氏名,ふりがな,所属コード,職名,ログイン名\n";
static const char LEDGER_HEADER[] = "所属コード,出力日,帳票名,出力者,部数,出力根拠,根拠文書,"
                                    "保管場所,文書分類,交付日,備考\n";

/* @value as one quoted CSV cell. */
static void
append_cell (GString *out, const char *value, gsize len)
{
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len; i++)
    {
      if (value[i] == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, value[i]);
    }
  g_string_append_c (out, '"');
}

/* Runs one import of @csv; on a refusal checks the message (holding @part
 * unless NULL) and that nothing changed. Returns how many records the
 * import wrote, or -1 when it refused. */
static int
run_import (Fixture *f, gboolean ledger, const char *csv, gsize len, const char *part)
{
  g_autofree char *before = test_snapshot (f->path, MIN_TABLES);
  g_autoptr(GError) error = NULL;
  DaichoImportResult result = { 0 };
  guint n = 0;
  gboolean ok;

  if (ledger)
    ok = daicho_ledger_import_data (f->db, csv, len, 0, &n, &error);
  else
    {
      ok = daicho_staff_import_data (f->db, csv, len, &result, &error);
      n = result.added + result.updated;
      daicho_import_result_clear (&result);
    }

  if (ok)
    {
      g_assert_no_error (error);
      test_assert_check_clean (f->db);
      return (int) n;
    }
  g_assert_nonnull (error);
  g_assert_true (error->domain == DAICHO_ERROR);
  assert_readable (error->message, 300);
  g_assert_cmpstr (error->message, !=, "");
  if (part != NULL && strstr (error->message, part) == NULL)
    g_test_fail_printf ("the message does not say “%s”: %s", part, error->message);
  g_assert_cmpuint (n, ==, 0);
  test_assert_unchanged (f->db, f->path, MIN_TABLES, before);
  return -1;
}

static char *
stored_text (Fixture *f, const char *sql)
{
  sqlite3 *raw = test_raw_open (f->path);
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup (sqlite3_column_text (stmt, 0) ? (const char *) sqlite3_column_text (stmt, 0)
                                                 : "");
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return text;
}

/* A line break inside a cell is read as LF whatever the file used. */
static char *
csv_line_breaks (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "\r\n", "\n", 0);
  g_string_replace (out, "\r", "\n", 0);
  return g_strdup (out->str);
}

static void
test_text_in_staff_csv (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(Fixture) f = fixture_new ();
  g_autoptr(GString) csv = g_string_new (STAFF_HEADER);
  g_autofree char *stored = NULL;
  gboolean want = hostile_text_expect (c, &name_field, &stored);
  int n;

  g_string_append (csv, "HX0001,");
  append_cell (csv, c->value, c->len);
  g_string_append (csv, ",,131,主事,\n");
  n = run_import (f, FALSE, csv->str, csv->len, NULL);
  if (!want)
    {
      g_assert_cmpint (n, ==, -1);
      return;
    }
  g_assert_cmpint (n, ==, 1);
  {
    g_autofree char *name = stored_text (f, "SELECT name FROM staff WHERE emp_no = 'HX0001'");
    g_autofree char *expected = csv_line_breaks (stored);

    g_assert_cmpstr (name, ==, expected);
  }
}

static char *
today_iso (int days_back)
{
  GDate date;

  daicho_date_today (&date);
  g_date_subtract_days (&date, days_back);
  return daicho_date_to_iso (&date);
}

static void
test_text_in_ledger_csv (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(Fixture) f = fixture_new ();
  g_autoptr(GString) csv = g_string_new (LEDGER_HEADER);
  g_autofree char *stored = NULL;
  g_autofree char *today = today_iso (0);
  gboolean want = hostile_text_expect (c, &note_field, &stored);
  int n;

  g_string_append_printf (csv, "131,%s,住民票の写し,100013,1,請求書,R8-001,書庫A（施錠）,5,,",
                          today);
  append_cell (csv, c->value, c->len);
  g_string_append_c (csv, '\n');
  n = run_import (f, TRUE, csv->str, csv->len, NULL);
  if (!want)
    {
      g_assert_cmpint (n, ==, -1);
      return;
    }
  g_assert_cmpint (n, ==, 1);
  {
    g_autofree char *note = stored_text (f, "SELECT note FROM ledger_entry "
                                            "WHERE basis_ref = 'R8-001'");
    g_autofree char *expected = csv_line_breaks (stored);

    g_assert_cmpstr (note, ==, expected);
  }
}

/* The files of csv.cases */

/* The bytes of a csv.cases file: from csv/, with @TODAY@ and @YESTERDAY@
 * filled in, or made here for the "@" names. */
static GBytes *
csv_case_bytes (const char *name)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *today = today_iso (0);
  g_autofree char *yesterday = today_iso (1);

  if (g_str_equal (name, "@columns-5000") || g_str_equal (name, "@columns-20000"))
    {
      guint extra = g_str_equal (name, "@columns-5000") ? 5000 : 20000;

      g_string_append (out, "職員番号,氏名,所属コード");
      for (guint i = 0; i < extra; i++)
        g_string_append_printf (out, ",x%u", i);
      g_string_append (out, "\nHX0001,試験 一郎,131");
      for (guint i = 0; i < extra; i++)
        g_string_append (out, ",=1+1");
      g_string_append_c (out, '\n');
    }
  else if (g_str_equal (name, "@cell-70000-bytes"))
    {
      g_string_append (out, "職員番号,氏名,所属コード,所属コード,出力日\nHX0001,\"");
      for (guint i = 0; i < 70000; i++)
        g_string_append_c (out, i % 100 == 99 ? '\n' : 'x');
      g_string_append (out, "\",131\n");
    }
  else if (g_str_equal (name, "@lines-3000-one-bad") || g_str_equal (name, "@lines-100-all-bad"))
    {
      gboolean all_bad = g_str_equal (name, "@lines-100-all-bad");
      guint lines = all_bad ? 100 : 3000;

      g_string_append (out, STAFF_HEADER);
      for (guint i = 0; i < lines; i++)
        g_string_append_printf (out, "HX%04u,試験 %u,,%s,,\n", i, i,
                                all_bad || i == lines / 2 ? "999" : "131");
    }
  else
    {
      g_autofree char *path = hostile_corpus_path ("csv", name, NULL);
      g_autoptr(GBytes) bytes = test_read_bytes (path);
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);

      g_string_append_len (out, data, len);
      g_string_replace (out, "@TODAY@", today, 0);
      g_string_replace (out, "@YESTERDAY@", yesterday, 0);
    }
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static void
check_csv_expectation (const char *file, const char *expect, gboolean ledger)
{
  g_autoptr(Fixture) f = fixture_new ();
  g_autoptr(GBytes) bytes = csv_case_bytes (file);
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  guint64 want = 0;
  int n;

  if (g_str_has_prefix (expect, "refuse:"))
    {
      n = run_import (f, ledger, data, len, expect + strlen ("refuse:"));
      g_assert_cmpint (n, ==, -1);
      return;
    }
  g_assert_true (g_str_has_prefix (expect, "ok:"));
  g_assert_true (g_ascii_string_to_unsigned (expect + 3, 10, 0, G_MAXINT, &want, NULL));
  n = run_import (f, ledger, data, len, NULL);
  g_assert_cmpint (n, ==, (int) want);
}

static void
test_csv_staff (gconstpointer data)
{
  const HostileCase *c = data;

  check_csv_expectation (c->id, c->expect, FALSE);
}

static void
test_csv_ledger (gconstpointer data)
{
  const HostileCase *c = data;

  check_csv_expectation (c->id, c->extra, TRUE);
}

/* Text that an import accepted is the very text the store hands back. */
static void
test_csv_sql_text_round_trips (void)
{
  g_autoptr(Fixture) f = fixture_new ();
  g_autoptr(GBytes) bytes = csv_case_bytes ("staff-ok-sql-meta.csv");
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) one = NULL;
  g_autoptr(DaichoStaff) two = NULL;

  g_assert_cmpint (run_import (f, FALSE, data, len, NULL), ==, 2);
  one = daicho_staff_store_get_by_emp_no (f->db, "HX0001", &error);
  g_assert_no_error (error);
  two = daicho_staff_store_get_by_emp_no (f->db, "HX0002", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (one->name, ==, "'; DROP TABLE staff;--");
  g_assert_cmpstr (one->title, ==, "%_\"");
  g_assert_cmpstr (two->name, ==, "%s%n%x");
  g_assert_cmpstr (two->title, ==, "<b>&amp;</b>");
}

int
main (int argc, char **argv)
{
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) files = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  dates = hostile_cases_load ("dates.cases");
  texts = hostile_cases_load ("text.cases");
  files = hostile_cases_load ("csv.cases");

  for (guint i = 0; i < dates->len; i++)
    {
      const HostileCase *c = dates->pdata[i];
      g_autofree char *path = g_strdup_printf ("/hostile/date/%s", c->id);

      g_test_add_data_func (path, c, test_date_case);
    }
  for (guint i = 0; i < texts->len; i++)
    {
      const HostileCase *c = texts->pdata[i];
      g_autofree char *rule = g_strdup_printf ("/hostile/text-rule/%s", c->id);
      g_autofree char *quote = g_strdup_printf ("/hostile/text-quote/%s", c->id);
      g_autofree char *staff = g_strdup_printf ("/hostile/text-in-staff-csv/%s", c->id);
      g_autofree char *ledger = g_strdup_printf ("/hostile/text-in-ledger-csv/%s", c->id);

      g_test_add_data_func (rule, c, test_text_rule);
      g_test_add_data_func (quote, c, test_text_quote);
      g_test_add_data_func (staff, c, test_text_in_staff_csv);
      g_test_add_data_func (ledger, c, test_text_in_ledger_csv);
    }
  for (guint i = 0; i < files->len; i++)
    {
      const HostileCase *c = files->pdata[i];
      g_autofree char *staff = g_strdup_printf ("/hostile/csv-staff/%s", c->id);
      g_autofree char *ledger = g_strdup_printf ("/hostile/csv-ledger/%s", c->id);

      g_test_add_data_func (staff, c, test_csv_staff);
      g_test_add_data_func (ledger, c, test_csv_ledger);
    }
  g_test_add_func ("/hostile/csv-sql-text-round-trips", test_csv_sql_text_round_trips);

  make_template ();
  status = g_test_run ();
  test_remove_tmp_dir (template_dir);
  g_free (template_dir);
  g_free (template_path);
  return status;
}
