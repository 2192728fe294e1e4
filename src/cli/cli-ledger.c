/* cli-ledger.c — daicho-cli ledger … */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho-cli.h"

static const char * const known_states[] = {
  "all", "kept", "delivered", "disposed", "voided", "unchecked", NULL
};

static void
print_entries (CliGlobals *globals, GListModel *list)
{
  const char * const keys[] = { "id", "number", "office", "output_date", "form_name", "basis",
                                "basis_ref", "copies", "printed_by", "place", "retention",
                                "retention_until", "state", "handled_on", "method", "checked_by",
                                "note", NULL };
  const char * const headings[] = { _("ID"), _("Number"), _("Office"), _("Output date"),
                                    _("Form"), _("Basis"), _("Reference"), _("Copies"),
                                    _("Printed by"), _("Place"), _("Class"), _("Keep until"),
                                    _("State"), _("Handled on"), _("Method"), _("Checked by"),
                                    _("Note"), NULL };
  gboolean csv = g_strcmp0 (globals->format, "csv") == 0;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  DaichoDateStyle style = csv ? DAICHO_DATE_ISO : DAICHO_DATE_WAREKI_SHORT;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DaichoLedgerEntry) e = g_list_model_get_item (list, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, e->id);
      g_autofree char *copies = g_strdup_printf ("%" G_GINT64_FORMAT, e->copies);
      g_autofree char *date = daicho_date_format_iso (e->output_date, style);
      g_autofree char *until = e->retention_until ? daicho_date_format_iso (e->retention_until,
                                                                            style)
                                                  : g_strdup (csv ? "permanent" : _("Permanent"));
      const char *handled_iso = e->disposal_date ? e->disposal_date : e->delivered_on;
      g_autofree char *handled = daicho_date_format_iso (handled_iso, style);
      const char *state = e->voided_at ? "voided" : e->state;
      g_autofree char *state_text = NULL;

      if (csv)
        state_text = g_strdup_printf ("%s%s%s", state, e->due ? " due" : "",
                                      e->unlocked ? " unlocked" : "");
      else
        state_text = g_strdup_printf ("%s%s%s",
                                      e->voided_at ? _("Void") : daicho_ledger_state_label (state),
                                      e->due ? _(", due") : "", e->unlocked ? _(", unlocked") : "");
      cli_table_add (table, id, e->number, e->office_name, date, e->form_name,
                     csv ? e->basis : daicho_ledger_basis_form_label (e->basis), e->basis_ref,
                     copies, e->printed_by_name, e->place_name, e->retention_name, until,
                     state_text, handled,
                     csv ? e->disposal_method : daicho_ledger_method_form_label (e->disposal_method),
                     e->checked_by_name, e->note, NULL);
    }
  cli_table_print (table, globals->format);
}

/* A fiscal year as typed (2025, 令和7, R7); 0 when @text is NULL. */
static gboolean
parse_fiscal_year (const char *text, int *fy)
{
  g_autoptr(GError) error = NULL;

  *fy = 0;
  if (text == NULL)
    return TRUE;
  if (!daicho_fiscal_year_parse (text, fy, &error))
    {
      cli_fail (CLI_USAGE_ERROR, error->message);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_list (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *year = NULL, *state = NULL, *search = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Only this office"), N_("CODE") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year, N_("Only this fiscal year (2025, 令和7, R7)"),
      N_("YEAR") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &state,
      N_("all, kept, delivered, disposed, voided or unchecked"), N_("STATE") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("Number, form name, reference, printer"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  DaichoLedgerFilter filter = { 0 };

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (state != NULL && !g_strv_contains (known_states, state))
    return cli_fail (CLI_USAGE_ERROR,
                     _("--state is all, kept, delivered, disposed, voided or unchecked."));
  if (!parse_fiscal_year (year, &filter.fiscal_year))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (filter.office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  filter.state = state;
  filter.search = search;

  if ((list = daicho_ledger_store_list (db, &filter, &error)) == NULL)
    return cli_fail_error (error);
  print_entries (globals, G_LIST_MODEL (list));
  return CLI_OK;
}

static int
cmd_due (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *on_text = NULL, *on = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Only this office"), N_("CODE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Due as of this date (default today)"),
      N_("DATE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  DaichoLedgerFilter filter = { .due_only = TRUE };

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (filter.office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  filter.on = on;

  if ((list = daicho_ledger_store_list (db, &filter, &error)) == NULL)
    return cli_fail_error (error);
  print_entries (globals, G_LIST_MODEL (list));
  return CLI_OK;
}

/* An id (42) or a number (R7-0001, with --office) naming one entry; 0 when
 * there is none (a runtime error, printed), -1 for a number without
 * --office (a usage error, printed). */
static gint64
entry_id_of (DaichoDb *db, gint64 office_id, const char *text)
{
  g_autoptr(GListStore) found = NULL;
  g_autoptr(GError) error = NULL;
  guint64 value = 0;
  DaichoLedgerFilter filter = { .office_id = office_id, .search = text };

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return (gint64) value;
  if (office_id == 0)
    {
      cli_fail (CLI_USAGE_ERROR, _("Give --office to name entries by number (R7-0001)."));
      return -1;
    }
  found = daicho_ledger_store_list (db, &filter, &error);
  for (guint i = 0; found && i < g_list_model_get_n_items (G_LIST_MODEL (found)); i++)
    {
      g_autoptr(DaichoLedgerEntry) e = g_list_model_get_item (G_LIST_MODEL (found), i);
      g_autofree char *number = g_strdup (text);

      if (g_str_equal (e->number, g_strstrip (number)))
        return e->id;
    }
  {
    g_autofree char *message = g_strdup_printf (_("There is no entry %s in that office."), text);
    cli_fail (CLI_RUNTIME_ERROR, message);
  }
  return 0;
}

static int
cmd_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *form = NULL, *date_text = NULL, *printer = NULL;
  g_autofree char *basis_text = NULL, *ref = NULL, *place = NULL, *retention = NULL;
  g_autofree char *note = NULL, *date = NULL;
  int copies = 1;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Office code"), N_("CODE") },
    { "form", 0, 0, G_OPTION_ARG_STRING, &form, N_("Form name (帳票名)"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Output date"), N_("DATE") },
    { "printed-by", 0, 0, G_OPTION_ARG_STRING, &printer, N_("Who printed it"), N_("EMPNO") },
    { "copies", 0, 0, G_OPTION_ARG_INT, &copies, N_("Copies (default 1)"), N_("N") },
    { "basis", 0, 0, G_OPTION_ARG_STRING, &basis_text,
      N_("request (請求書), application (申請書), notification (届書), ex_officio (職権記録書) "
         "or other"), N_("BASIS") },
    { "basis-ref", 0, 0, G_OPTION_ARG_STRING, &ref, N_("The basis document's reference"),
      N_("REF") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("Storage place (its name)"), N_("NAME") },
    { "retention", 0, 0, G_OPTION_ARG_STRING, &retention, N_("Document class code"),
      N_("CODE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Note"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoStaff) person = NULL;
  g_autoptr(DaichoRetentionClass) class = NULL;
  g_autoptr(GListStore) places = NULL;
  g_autoptr(DaichoLedgerEntry) added = NULL;
  g_autoptr(GError) error = NULL;
  DaichoLedgerInput in = { 0 };
  gint64 id;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (office == NULL || form == NULL || date_text == NULL || printer == NULL ||
      basis_text == NULL || ref == NULL || place == NULL || retention == NULL)
    return cli_fail (CLI_USAGE_ERROR,
                     _("ledger add needs --office, --form, --date, --printed-by, --basis, "
                       "--basis-ref, --place and --retention."));
  if (!daicho_ledger_basis_parse (basis_text, &in.basis))
    return cli_fail (CLI_USAGE_ERROR,
                     _("--basis is request, application, notification, ex_officio or other."));
  if ((date = cli_parse_date (date_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((in.office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((person = daicho_staff_store_get_by_emp_no (db, printer, &error)) == NULL ||
      (class = daicho_retention_store_get_by_code (db, retention, &error)) == NULL ||
      (places = daicho_place_store_list (db, in.office_id, FALSE, &error)) == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      g_autoptr(DaichoPlace) p = g_list_model_get_item (G_LIST_MODEL (places), i);
      if (g_str_equal (p->name, place))
        in.place_id = p->id;
    }
  if (in.place_id == 0)
    return cli_fail (CLI_RUNTIME_ERROR, _("The office has no storage place of that name."));

  in.form_name = form;
  in.output_date = date;
  in.printed_by = person->id;
  in.copies = copies;
  in.basis_ref = ref;
  in.retention_class_id = class->id;
  in.note = note;
  if ((id = daicho_ledger_store_add (db, &in, &error)) == 0 ||
      (added = daicho_ledger_store_get (db, id, &error)) == NULL)
    return cli_fail_error (error);
  g_print (_("Entry %s added (id %lld).\n"), added->number, (long long) id);
  return CLI_OK;
}

static int
cmd_import (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office,
      N_("Office of every line (when the file has no 所属コード column)"), N_("CODE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 office_id = 0;
  guint n = 0;

  if (!cli_parse (globals, argv[0], _("FILE"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2)
    return cli_fail (CLI_USAGE_ERROR, _("ledger import takes one argument: the CSV file."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if (!daicho_ledger_import_file (db, argv[1], office_id, &n, &error))
    return cli_fail_error (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u entry.\n", "Imported %u entries.\n", n), n);
  return CLI_OK;
}

static int
cmd_dispose (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *on_text = NULL, *on = NULL, *method_text = NULL;
  g_autofree char *witness = NULL, *operator_no = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Office (to name entries by number)"),
      N_("CODE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Date of the disposal"), N_("DATE") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method_text, N_("焼却, 溶解 or 裁断"), N_("METHOD") },
    { "witness", 0, 0, G_OPTION_ARG_STRING, &witness, N_("Who confirmed it"), N_("EMPNO") },
    { "done-by", 0, 0, G_OPTION_ARG_STRING, &operator_no,
      N_("Who destroyed the forms (default: the operator)"), N_("EMPNO") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoStaff) confirmer = NULL;
  g_autoptr(DaichoStaff) doer = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  const char *method = NULL;
  gint64 office_id = 0, done_by, disposal;

  if (!cli_parse (globals, argv[0], _("ID…"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc < 2 || on_text == NULL || method_text == NULL || witness == NULL)
    return cli_fail (CLI_USAGE_ERROR,
                     _("ledger dispose needs entry IDs, --on DATE, --method and --witness EMPNO."));
  if (!daicho_ledger_method_parse (method_text, &method))
    return cli_fail (CLI_USAGE_ERROR, _("--method is 焼却, 溶解 or 裁断."));
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((confirmer = daicho_staff_store_get_by_emp_no (db, witness, &error)) == NULL)
    return cli_fail_error (error);
  if (operator_no != NULL && (doer = daicho_staff_store_get_by_emp_no (db, operator_no,
                                                                       &error)) == NULL)
    return cli_fail_error (error);
  done_by = doer ? doer->id : daicho_db_get_operator (db);

  for (int i = 1; i < argc; i++)
    {
      gint64 id = entry_id_of (db, office_id, argv[i]);
      if (id <= 0)
        return id < 0 ? CLI_USAGE_ERROR : CLI_RUNTIME_ERROR;
      g_array_append_val (ids, id);
    }
  if ((disposal = daicho_ledger_store_dispose (db, (gint64 *) (gpointer) ids->data, ids->len,
                                               on, method, done_by, confirmer->id, &error)) == 0)
    return cli_fail_error (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u entry destroyed (disposal %lld).\n",
                        "%u entries destroyed (disposal %lld).\n", ids->len),
           ids->len, (long long) disposal);
  return CLI_OK;
}

/* ledger check|void|deliver ID: one entry, one action. */
static int
cmd_one (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *reason = NULL, *on_text = NULL, *on = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Office (to name the entry by number)"),
      N_("CODE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why (for void)"), N_("TEXT") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Date handed over (for deliver)"),
      N_("DATE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  const char *action = strrchr (argv[0], ' ') + 1;
  gint64 office_id = 0, id;
  gboolean ok;

  if (!cli_parse (globals, argv[0], _("ID"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2)
    return cli_fail (CLI_USAGE_ERROR, _("Name one entry: its ID, or its number with --office."));
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((id = entry_id_of (db, office_id, argv[1])) <= 0)
    return id < 0 ? CLI_USAGE_ERROR : CLI_RUNTIME_ERROR;

  if (g_str_equal (action, "check"))
    ok = daicho_ledger_store_check (db, id, &error);
  else if (g_str_equal (action, "void"))
    ok = daicho_ledger_store_void (db, id, reason, &error);
  else
    ok = daicho_ledger_store_deliver (db, id, on, &error);
  if (!ok)
    return cli_fail_error (error);
  g_print (_("Done.\n"));
  return CLI_OK;
}

const CliCommand cli_ledger_commands[] = {
  { "ledger list", N_("form ledger entries [--office CODE] [--fiscal-year YEAR] [--state STATE]"),
    cmd_list },
  { "ledger add", N_("enter a printed form --office --form --date --printed-by --basis …"),
    cmd_add },
  { "ledger import", N_("import a ledger saved from Excel as CSV (all or nothing)"), cmd_import },
  { "ledger due", N_("entries past their retention or kept unlocked [--on DATE]"), cmd_due },
  { "ledger dispose", N_("destroy entries: ID… --on DATE --method 焼却|溶解|裁断 --witness EMPNO"),
    cmd_dispose },
  { "ledger check", N_("check (照合) an entry someone else made: ID"), cmd_one },
  { "ledger void", N_("void an entry: ID --reason TEXT"), cmd_one },
  { "ledger deliver", N_("hand an entry's form over: ID [--on DATE]"), cmd_one },
  { NULL }
};
