/* cli-inspection.c — daicho-cli inspection … (点検シート, K5-3) */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

/* A fiscal year as typed (2025, 令和7, R7); @required says whether it may be absent (0). */
static gboolean
parse_year (const char *text, gboolean required, int *fy)
{
  g_autoptr(GError) error = NULL;

  *fy = 0;
  if (text == NULL && !required)
    return TRUE;
  if (text == NULL)
    {
      cli_fail (CLI_USAGE_ERROR, _("Give --fiscal-year (2025, 令和7, R7)."));
      return FALSE;
    }
  if (!daicho_fiscal_year_parse (text, fy, &error))
    {
      cli_fail (CLI_USAGE_ERROR, error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
int_text (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static int
cmd_list (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *year = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Only this office"), N_("CODE") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year, N_("Only this fiscal year (2025, 令和7, R7)"),
      N_("YEAR") },
    { NULL }
  };
  const char * const keys[] = { "id", "office", "fiscal_year", "quarter", "date", "inspector",
                                "state", "answered", "ng", "open_actions", "confirmed_by", NULL };
  const char * const headings[] = { _("ID"), _("Office"), _("Fiscal year"), _("Quarter"),
                                    _("Date"), _("Inspector"), _("State"), _("Answered"),
                                    _("否"), _("Open actions"), _("Confirmed by"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  gboolean csv;
  gint64 office_id = 0;
  int fy;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv) ||
      !parse_year (year, FALSE, &fy))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((list = daicho_inspection_store_list (db, office_id, fy, &error)) == NULL)
    return cli_fail_error (error);
  csv = g_strcmp0 (globals->format, "csv") == 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoInspection) s = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *id = int_text (s->id);
      g_autofree char *fy_text = csv ? int_text (s->fiscal_year)
                                     : daicho_fiscal_year_label ((int) s->fiscal_year, FALSE);
      g_autofree char *q = csv ? int_text (s->quarter)
                               : daicho_fiscal_quarter_label ((int) s->quarter);
      g_autofree char *date = daicho_date_format_iso (s->inspection_date,
                                                      csv ? DAICHO_DATE_ISO
                                                          : DAICHO_DATE_WAREKI_SHORT);
      g_autofree char *answered = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                                   s->n_answered, s->n_items);
      g_autofree char *ng = int_text (s->n_ng);
      g_autofree char *open = int_text (s->n_open_actions);

      cli_table_add (table, id, s->office_name, fy_text, q, date, s->inspector_name,
                     csv ? s->state : daicho_inspection_state_form_label (s->state), answered,
                     ng, open, s->confirmed_by_name, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_status (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *year = NULL, *on_text = NULL, *on = NULL;
  const GOptionEntry entries[] = {
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year, N_("The fiscal year (2025, 令和7, R7)"),
      N_("YEAR") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("As of this date (default today)"),
      N_("DATE") },
    { NULL }
  };
  const char * const keys[] = { "office_code", "office", "q1", "q2", "q3", "q4", NULL };
  const char * const headings[] = { _("Code"), _("Office"), _("Q1"), _("Q2"), _("Q3"), _("Q4"),
                                    NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) cells = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  gboolean csv;
  char *row[4] = { NULL };
  int fy;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv) ||
      !parse_year (year, TRUE, &fy) || (on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((cells = daicho_inspection_store_overview (db, fy, on, &error)) == NULL)
    return cli_fail_error (error);
  csv = g_strcmp0 (globals->format, "csv") == 0;

  /* Four cells a row: quarters 1–4 of one office. A cell reads
   * "state ng/open/overdue", with "missing" when the quarter ended unfinished. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cells)); i++)
    {
      g_autoptr(DaichoInspectionCell) c = g_list_model_get_item (G_LIST_MODEL (cells), i);
      const char *state = csv ? c->state : daicho_inspection_state_form_label (c->state);
      int q = (int) c->quarter - 1;

      if (g_str_equal (c->state, "none"))
        row[q] = g_strdup_printf ("%s%s%s", state, c->missing ? " " : "",
                                  c->missing ? (csv ? "missing" : _("missing")) : "");
      else
        row[q] = g_strdup_printf (csv ? "%s ng=%" G_GINT64_FORMAT " open=%" G_GINT64_FORMAT
                                        " overdue=%" G_GINT64_FORMAT "%s%s"
                                      : "%s 否%" G_GINT64_FORMAT " 未了%" G_GINT64_FORMAT
                                        " 期限超過%" G_GINT64_FORMAT "%s%s",
                                  state, c->n_ng, c->n_open_actions, c->n_overdue_actions,
                                  c->missing ? " " : "",
                                  c->missing ? (csv ? "missing" : _("missing")) : "");
      if (q == 3)
        {
          cli_table_add (table, c->office_code, c->office_name, row[0], row[1], row[2], row[3],
                         NULL);
          for (int k = 0; k < 4; k++)
            g_clear_pointer (&row[k], g_free);
        }
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_new (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *year = NULL, *date_text = NULL, *date = NULL;
  g_autofree char *inspector = NULL;
  int quarter = 0;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Office code"), N_("CODE") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year, N_("Fiscal year (2025, 令和7, R7)"),
      N_("YEAR") },
    { "quarter", 0, 0, G_OPTION_ARG_INT, &quarter, N_("Quarter, 1 to 4"), N_("Q") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Inspection date"), N_("DATE") },
    { "inspector", 0, 0, G_OPTION_ARG_STRING, &inspector,
      N_("Inspector (default: the システム利用責任者)"), N_("EMPNO") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoStaff) person = NULL;
  g_autoptr(GError) error = NULL;
  gint64 office_id, id;
  int fy;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (office == NULL || year == NULL || quarter == 0 || date_text == NULL)
    return cli_fail (CLI_USAGE_ERROR,
                     _("inspection new needs --office, --fiscal-year, --quarter and --date."));
  if (!parse_year (year, TRUE, &fy) || (date = cli_parse_date (date_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if (inspector != NULL &&
      (person = daicho_staff_store_get_by_emp_no (db, inspector, &error)) == NULL)
    return cli_fail_error (error);
  id = daicho_inspection_store_new (db, office_id, fy, quarter, date, person ? person->id : 0,
                                    &error);
  if (id == 0)
    return cli_fail_error (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return CLI_OK;
}

/* The inspection named by the first argument after the options. */
static gint64
inspection_arg (int argc, char **argv)
{
  guint64 value = 0;

  if (argc < 2 || !g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXINT64, &value, NULL))
    {
      cli_fail (CLI_USAGE_ERROR, _("Name the inspection by its ID (see inspection list)."));
      return 0;
    }
  return (gint64) value;
}

static int
cmd_answer (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *result_text = NULL, *finding = NULL, *what = NULL, *owner = NULL;
  g_autofree char *due_text = NULL, *due = NULL, *reason = NULL;
  int item_no = 0;
  const GOptionEntry entries[] = {
    { "item", 0, 0, G_OPTION_ARG_INT, &item_no, N_("Item number on the sheet"), N_("N") },
    { "result", 0, 0, G_OPTION_ARG_STRING, &result_text, N_("適, 否 or 該当なし (ok, ng, na)"),
      N_("RESULT") },
    { "finding", 0, 0, G_OPTION_ARG_STRING, &finding, N_("What was found (needed for 否)"),
      N_("TEXT") },
    { "action", 0, 0, G_OPTION_ARG_STRING, &what, N_("Corrective action"), N_("TEXT") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Who carries out the action"),
      N_("EMPNO") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due_text, N_("Due date of the action"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Reason, to amend a final sheet"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoStaff) person = NULL;
  g_autoptr(GListStore) sheet = NULL;
  g_autoptr(GError) error = NULL;
  DaichoInspectionActionInput action = { 0 };
  const char *result = NULL;
  gint64 id, item_id = 0;
  gboolean ok;

  if (!cli_parse (globals, argv[0], _("ID"), entries, &argc, &argv) ||
      (id = inspection_arg (argc, argv)) == 0)
    return CLI_USAGE_ERROR;
  if (item_no < 1 || result_text == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("inspection answer needs --item and --result."));
  if (!daicho_inspection_result_parse (result_text, &result))
    return cli_fail (CLI_USAGE_ERROR, _("--result is 適, 否 or 該当なし."));
  if (what != NULL && (owner == NULL || due_text == NULL))
    return cli_fail (CLI_USAGE_ERROR, _("--action needs --owner and --due."));
  if (due_text != NULL && (due = cli_parse_date (due_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((sheet = daicho_inspection_store_sheet (db, id, &error)) == NULL)
    return cli_fail_error (error);
  if ((guint) item_no > g_list_model_get_n_items (G_LIST_MODEL (sheet)))
    return cli_fail (CLI_RUNTIME_ERROR, _("The sheet has no item of that number."));
  {
    g_autoptr(DaichoInspectionAnswer) a = g_list_model_get_item (G_LIST_MODEL (sheet),
                                                                 (guint) item_no - 1);
    item_id = a->item_id;
  }
  if (what != NULL)
    {
      if ((person = daicho_staff_store_get_by_emp_no (db, owner, &error)) == NULL)
        return cli_fail_error (error);
      action = (DaichoInspectionActionInput) { .what = what, .owner_id = person->id,
                                               .due_date = due };
    }
  if (reason != NULL)
    ok = daicho_inspection_store_amend (db, id, item_id, result, finding,
                                        what ? &action : NULL, reason, &error);
  else
    ok = daicho_inspection_store_answer (db, id, item_id, result, finding,
                                         what ? &action : NULL, &error);
  return ok ? CLI_OK : cli_fail_error (error);
}

static int
cmd_finalize (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ID"), NULL, &argc, &argv) ||
      (id = inspection_arg (argc, argv)) == 0)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (!daicho_inspection_store_finalize (db, id, &error))
    return cli_fail_error (error);
  return CLI_OK;
}

const CliCommand cli_inspection_commands[] = {
  { "inspection list", N_("quarterly inspections [--office CODE] [--fiscal-year YEAR]"),
    cmd_list },
  { "inspection status", N_("the year's overview of offices × quarters: --fiscal-year YEAR"),
    cmd_status },
  { "inspection new", N_("start an inspection: --office CODE --fiscal-year YEAR --quarter Q "
                         "--date DATE"), cmd_new },
  { "inspection answer", N_("answer an item: ID --item N --result 適|否|該当なし [--finding … "
                            "--action … --owner EMPNO --due DATE] [--reason … to amend]"),
    cmd_answer },
  { "inspection finalize", N_("make a sheet final (every item answered): ID"), cmd_finalize },
  { NULL }
};
