/* daicho-staff-import.c — staff lists from CSV
 *
 * All or nothing: every line is checked and written inside one transaction;
 * if any line is bad the transaction is rolled back and the error lists
 * each bad line with its number and reason.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-csv.h"
#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-staff-import.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-import-private.h"
#include "daicho-staff-private.h"

static const char * const col_emp_no[] = { "職員番号", "社員番号", "employee_no", "emp_no", NULL };
static const char * const col_name[] = { "氏名", "名前", "name", NULL };
static const char * const col_kana[] = { "ふりがな", "フリガナ", "カナ", "氏名カナ", "kana", NULL };
static const char * const col_office_code[] = { "所属コード", "office_code", NULL };
static const char * const col_office[] = { "所属", "所属名", "office", "office_name", NULL };
static const char * const col_title[] = { "職名", "役職", "title", NULL };
static const char * const col_login[] = { "ログイン名", "ログインID", "login", NULL };

typedef struct
{
  int emp_no, name, kana, office_code, office, title, login;
} Columns;

void
daicho_import_result_clear (DaichoImportResult *result)
{
  g_clear_pointer (&result->encoding, g_free);
  result->added = result->updated = result->unchanged = 0;
}

static const char *
field (const char * const *record, guint n_fields, int column)
{
  return column >= 0 && (guint) column < n_fields ? record[column] : NULL;
}

/* Finds the office a line names, by code first, then by name. */
static gint64
resolve_office (DaichoDb *db, const char *code, const char *name, GError **error)
{
  gint64 id = 0;

  if (!daicho_text_is_blank (code))
    {
      if (!daicho_db_query_int (db, &id, 0, error, "SELECT id FROM office WHERE code = ?",
                                "t", code))
        return 0;
      if (id == 0)
        {
          g_autofree char *quoted = daicho_text_quote (code);

          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND,
                       _("There is no office with the code %s."), quoted);
        }
      return id;
    }
  if (!daicho_text_is_blank (name))
    {
      if (!daicho_db_query_int (db, &id, 0, error, "SELECT id FROM office WHERE name = ?",
                                "t", name))
        return 0;
      if (id == 0)
        {
          g_autofree char *quoted = daicho_text_quote (name);

          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND,
                       _("There is no office named %s."), quoted);
        }
      return id;
    }
  g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, _("The office is missing."));
  return 0;
}

static gboolean
same_text (const char *a, const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") == 0;
}

static gboolean
staff_unchanged (DaichoStaff *staff, const DaichoStaffInput *in)
{
  g_autofree char *name = daicho_text_strip (in->name);
  g_autofree char *kana = daicho_text_strip (in->kana);
  g_autofree char *title = daicho_text_strip (in->title);
  g_autofree char *login = daicho_text_strip (in->login);

  return staff->office_id == in->office_id && same_text (staff->name, name) &&
         same_text (staff->kana, kana) && same_text (staff->title, title) &&
         same_text (staff->login, login);
}

/* Checks and writes one line. Returns FALSE with @error (no line number). */
static gboolean
import_record (DaichoDb            *db,
               const Columns       *cols,
               const char * const  *record,
               guint                n_fields,
               DaichoImportResult  *result,
               GError             **error)
{
  DaichoStaffInput input = { 0 };
  g_autofree char *emp_no = daicho_text_normalize_width (field (record, n_fields, cols->emp_no));
  g_autoptr(DaichoStaff) existing = NULL;

  input.emp_no = emp_no;
  input.name = field (record, n_fields, cols->name);
  input.kana = field (record, n_fields, cols->kana);
  input.title = field (record, n_fields, cols->title);
  input.login = field (record, n_fields, cols->login);
  input.office_id = resolve_office (db, field (record, n_fields, cols->office_code),
                                    field (record, n_fields, cols->office), error);
  if (input.office_id == 0)
    return FALSE;

  if (!daicho_text_is_blank (emp_no))
    existing = daicho_staff_store_get_by_emp_no (db, emp_no, NULL);

  /* A column the file does not have leaves what Daicho knows untouched. */
  if (existing != NULL)
    {
      if (cols->kana < 0)
        input.kana = existing->kana;
      if (cols->title < 0)
        input.title = existing->title;
      if (cols->login < 0)
        input.login = existing->login;
    }

  if (existing == NULL)
    {
      if (daicho_staff_insert (db, &input, error) == 0)
        return FALSE;
      result->added++;
    }
  else if (staff_unchanged (existing, &input))
    result->unchanged++;
  else
    {
      if (!daicho_staff_change (db, existing->id, &input, error))
        return FALSE;
      result->updated++;
    }
  return TRUE;
}

static gboolean
find_columns (DaichoCsv *csv, Columns *cols, GError **error)
{
  cols->emp_no = daicho_csv_find_column (csv, col_emp_no);
  cols->name = daicho_csv_find_column (csv, col_name);
  cols->kana = daicho_csv_find_column (csv, col_kana);
  cols->office_code = daicho_csv_find_column (csv, col_office_code);
  cols->office = daicho_csv_find_column (csv, col_office);
  cols->title = daicho_csv_find_column (csv, col_title);
  cols->login = daicho_csv_find_column (csv, col_login);

  if (cols->emp_no < 0 || cols->name < 0 || (cols->office_code < 0 && cols->office < 0))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The first line must name the columns: 職員番号 (employee_no), 氏名 (name) "
                     "and 所属コード (office_code) or 所属 (office) at least. Nothing was "
                     "imported."));
      return FALSE;
    }
  return TRUE;
}

gboolean
daicho_staff_import_data (DaichoDb            *db,
                          const char          *data,
                          gsize                len,
                          DaichoImportResult  *result,
                          GError             **error)
{
  g_autoptr(DaichoCsv) csv = NULL;
  g_auto(DaichoLineErrors) problems = { 0 };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Columns cols;

  daicho_import_result_clear (result);

  csv = daicho_csv_parse (data, len, error);
  if (csv == NULL)
    return FALSE;
  result->encoding = g_strdup (daicho_csv_get_encoding (csv));

  if (daicho_csv_get_n_records (csv) < 2)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The file holds no staff: it needs a header line and at least one line "
                     "below it."));
      return FALSE;
    }
  if (!find_columns (csv, &cols, error) || !daicho_db_begin_write (db, error))
    return FALSE;

  for (guint i = 1; i < daicho_csv_get_n_records (csv); i++)
    {
      guint n_fields = 0;
      const char * const *record = daicho_csv_get_record (csv, i, &n_fields);
      guint line = daicho_csv_get_line (csv, i);
      g_autofree char *emp_no = daicho_text_normalize_width (field (record, n_fields, cols.emp_no));
      g_autoptr(GError) line_error = NULL;
      gpointer first_line = NULL;

      if (emp_no != NULL && *emp_no != '\0' &&
          g_hash_table_lookup_extended (seen, emp_no, NULL, &first_line))
        {
          g_autofree char *quoted = daicho_text_quote (emp_no);

          g_set_error (&line_error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("Employee number %s already appears on line %u."), quoted,
                       GPOINTER_TO_UINT (first_line));
        }
      else
        {
          if (emp_no != NULL && *emp_no != '\0')
            g_hash_table_insert (seen, g_strdup (emp_no), GUINT_TO_POINTER (line));
          import_record (db, &cols, record, n_fields, result, &line_error);
        }

      if (line_error != NULL)
        daicho_line_errors_add (&problems, line, line_error);
    }

  if (daicho_line_errors_report (&problems, error))
    {
      daicho_db_rollback (db);
      result->added = result->updated = result->unchanged = 0;
      return FALSE;
    }

  if (!daicho_db_commit (db, error))
    {
      result->added = result->updated = result->unchanged = 0;
      return FALSE;
    }
  return TRUE;
}

gboolean
daicho_staff_import_file (DaichoDb            *db,
                          const char          *path,
                          DaichoImportResult  *result,
                          GError             **error)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_get_contents (path, &contents, &len, &local_error))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO, _("Cannot read %s: %s"), path,
                   local_error->message);
      return FALSE;
    }
  return daicho_staff_import_data (db, contents, len, result, error);
}
