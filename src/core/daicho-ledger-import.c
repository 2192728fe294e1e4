/* daicho-ledger-import.c — an existing Excel ledger, saved as CSV
 *
 * All or nothing, like the staff import: each line is checked and written in
 * one transaction by the same function the window uses, and one bad line
 * rolls everything back with a list of every bad line.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-csv.h"
#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-ledger-import.h"
#include "daicho/daicho-ledger-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-import-private.h"
#include "daicho-ledger-private.h"

static const char * const col_office[] = { "所属コード", "office_code", NULL };
static const char * const col_date[] = { "出力日", "output_date", NULL };
static const char * const col_form[] = { "帳票名", "form_name", NULL };
static const char * const col_printer[] = { "出力者", "出力者職員番号", "printed_by", NULL };
static const char * const col_copies[] = { "部数", "copies", NULL };
static const char * const col_basis[] = { "出力根拠", "basis", NULL };
static const char * const col_ref[] = { "根拠文書", "根拠文書番号", "basis_ref", NULL };
static const char * const col_place[] = { "保管場所", "place", NULL };
static const char * const col_retention[] = { "文書分類", "retention", NULL };
static const char * const col_delivered[] = { "交付日", "delivered_on", NULL };
static const char * const col_note[] = { "備考", "note", NULL };

typedef struct
{
  int office, date, form, printer, copies, basis, ref, place, retention, delivered, note;
} Columns;

static const char *
field (const char * const *record, guint n_fields, int column)
{
  return column >= 0 && (guint) column < n_fields ? record[column] : NULL;
}

/* Looks up one id; sets @error (no line number) when there is none. */
static gint64
lookup (DaichoDb *db, const char *sql, const char *key, const char *what, gint64 office_id,
        GError **error)
{
  gint64 id = 0;

  if (!daicho_db_query_int (db, &id, 0, error, sql, "tI", key ? key : "", office_id))
    return 0;
  if (id == 0)
    {
      g_autofree char *quoted = daicho_text_quote (key);

      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, _("There is no %s “%s”."), what,
                   quoted);
    }
  return id;
}

static gboolean
parse_date_field (const char *text, const char *what, char **iso, GError **error)
{
  g_autoptr(GError) local = NULL;
  GDate date;

  if (!daicho_date_parse (text, &date, &local))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, "%s: %s", what, local->message);
      return FALSE;
    }
  *iso = daicho_date_to_iso (&date);
  return TRUE;
}

static gboolean
import_line (DaichoDb *db, const Columns *c, const char * const *r, guint n, gint64 default_office,
             GError **error)
{
  g_autofree char *output_date = NULL;
  g_autofree char *delivered = NULL;
  g_autofree char *emp_no = daicho_text_normalize_width (field (r, n, c->printer));
  g_autofree char *copies_text = daicho_text_normalize_width (field (r, n, c->copies));
  DaichoLedgerInput in = { 0 };
  guint64 copies = 0;
  gint64 id;

  in.office_id = c->office >= 0
                   ? lookup (db, "SELECT id FROM office WHERE code = ?1 AND ?2 = ?2",
                             field (r, n, c->office), _("office with the code"), 0, error)
                   : default_office;
  if (in.office_id == 0)
    {
      if (error && *error == NULL)
        g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, _("The office is missing."));
      return FALSE;
    }
  if (!parse_date_field (field (r, n, c->date), _("Output date"), &output_date, error))
    return FALSE;
  if (!g_ascii_string_to_unsigned (copies_text ? g_strstrip (copies_text) : "", 10, 1, 9999,
                                   &copies, NULL))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The number of copies is 1 to 9,999."));
      return FALSE;
    }
  if (!daicho_ledger_basis_parse (field (r, n, c->basis), &in.basis))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The basis must be 請求書, 申請書, 届書, 職権記録書 or その他."));
      return FALSE;
    }

  in.output_date = output_date;
  in.form_name = field (r, n, c->form);
  in.copies = (int) copies;
  in.basis_ref = field (r, n, c->ref);
  in.note = field (r, n, c->note);
  if ((in.printed_by = lookup (db, "SELECT id FROM staff WHERE emp_no = ?1 AND ?2 = ?2",
                               emp_no, _("staff member with the employee number"), 0,
                               error)) == 0 ||
      (in.place_id = lookup (db, "SELECT id FROM place WHERE name = ?1 AND office_id = ?2",
                             field (r, n, c->place), _("storage place of the office named"),
                             in.office_id, error)) == 0 ||
      (in.retention_class_id = lookup (db, "SELECT id FROM retention_class"
                                           " WHERE (code = ?1 OR name = ?1) AND ?2 = ?2",
                                       field (r, n, c->retention), _("document class"), 0,
                                       error)) == 0)
    return FALSE;

  if ((id = daicho_ledger_insert (db, &in, error)) == 0)
    return FALSE;

  if (!daicho_text_is_blank (field (r, n, c->delivered)))
    {
      if (!parse_date_field (field (r, n, c->delivered), _("Handed over on"), &delivered, error))
        return FALSE;
      if (g_strcmp0 (delivered, output_date) < 0)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("A form cannot be handed over before it was printed."));
          return FALSE;
        }
      return daicho_db_exec (db, error,
                             "UPDATE ledger_entry SET state = 'delivered', delivered_on = ?,"
                             " delivered_by = printed_by WHERE id = ?", "tI", delivered, id);
    }
  return TRUE;
}

gboolean
daicho_ledger_import_data (DaichoDb   *db,
                           const char *data,
                           gsize       len,
                           gint64      default_office_id,
                           guint      *n_imported,
                           GError    **error)
{
  g_autoptr(DaichoCsv) csv = daicho_csv_parse (data, len, error);
  g_auto(DaichoLineErrors) problems = { 0 };
  Columns c;

  *n_imported = 0;
  if (csv == NULL)
    return FALSE;
  if (daicho_csv_get_n_records (csv) < 2)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The file holds no entries: it needs a header line and at least one line "
                     "below it."));
      return FALSE;
    }

  c.office = daicho_csv_find_column (csv, col_office);
  c.date = daicho_csv_find_column (csv, col_date);
  c.form = daicho_csv_find_column (csv, col_form);
  c.printer = daicho_csv_find_column (csv, col_printer);
  c.copies = daicho_csv_find_column (csv, col_copies);
  c.basis = daicho_csv_find_column (csv, col_basis);
  c.ref = daicho_csv_find_column (csv, col_ref);
  c.place = daicho_csv_find_column (csv, col_place);
  c.retention = daicho_csv_find_column (csv, col_retention);
  c.delivered = daicho_csv_find_column (csv, col_delivered);
  c.note = daicho_csv_find_column (csv, col_note);
  if (c.date < 0 || c.form < 0 || c.printer < 0 || c.copies < 0 || c.basis < 0 || c.ref < 0 ||
      c.place < 0 || c.retention < 0 || (c.office < 0 && default_office_id == 0))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The first line must name the columns 出力日, 帳票名, 出力者, 部数, 出力根拠, "
                     "根拠文書, 保管場所 and 文書分類 (and 所属コード unless an office is given). "
                     "Nothing was imported."));
      return FALSE;
    }
  if (!daicho_db_begin_write (db, error))
    return FALSE;

  for (guint i = 1; i < daicho_csv_get_n_records (csv); i++)
    {
      guint n_fields = 0;
      const char * const *record = daicho_csv_get_record (csv, i, &n_fields);
      g_autoptr(GError) line_error = NULL;

      if (import_line (db, &c, record, n_fields, default_office_id, &line_error))
        (*n_imported)++;
      else
        daicho_line_errors_add (&problems, daicho_csv_get_line (csv, i), line_error);
    }

  if (daicho_line_errors_report (&problems, error))
    {
      daicho_db_rollback (db);
      *n_imported = 0;
      return FALSE;
    }
  if (!daicho_db_commit (db, error))
    {
      *n_imported = 0;
      return FALSE;
    }
  return TRUE;
}

gboolean
daicho_ledger_import_file (DaichoDb   *db,
                           const char *path,
                           gint64      default_office_id,
                           guint      *n_imported,
                           GError    **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len = 0;

  *n_imported = 0;
  if (!g_file_get_contents (path, &contents, &len, &local_error))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO, _("Cannot read %s: %s"), path,
                   local_error->message);
      return FALSE;
    }
  return daicho_ledger_import_data (db, contents, len, default_office_id, n_imported, error);
}
