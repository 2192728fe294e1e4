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
      g_autofree char *id = cli_int_text (s->id);
      g_autofree char *fy_text = csv ? cli_int_text (s->fiscal_year)
                                     : daicho_fiscal_year_label ((int) s->fiscal_year, FALSE);
      g_autofree char *q = csv ? cli_int_text (s->quarter)
                               : daicho_fiscal_quarter_label ((int) s->quarter);
      g_autofree char *date = daicho_date_format_iso (s->inspection_date,
                                                      csv ? DAICHO_DATE_ISO
                                                          : DAICHO_DATE_WAREKI_SHORT);
      g_autofree char *answered = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                                   s->n_answered, s->n_items);
      g_autofree char *ng = cli_int_text (s->n_ng);
      g_autofree char *open = cli_int_text (s->n_open_actions);

      cli_table_add (table, id, csv ? s->office_code : s->office_name, fy_text, q, date,
                     s->inspector_name,
                     csv ? s->state : daicho_inspection_state_form_label (s->state),
                     answered, ng, open, s->confirmed_by_name, NULL);
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
  return cli_id_arg (argc, argv, _("Name the inspection by its ID (see inspection list)."));
}

/* inspection answer (a draft; with --reason, a final sheet) and inspection
 * amend (a final sheet, --reason required). */
static int
answer_or_amend (CliGlobals *globals, int argc, char **argv, gboolean amend)
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
      amend ? N_("Why the final sheet changes (required)") : N_("Reason, to amend a final sheet"),
      N_("TEXT") },
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
  if (amend && (item_no < 1 || result_text == NULL || reason == NULL))
    return cli_fail (CLI_USAGE_ERROR, _("inspection amend needs --item, --result and --reason: a "
                                        "final sheet changes only with a reason."));
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
  if (!ok)
    return cli_fail_error (error);
  if (amend)
    g_print (_("Inspection %lld amended: item %d.\n"), (long long) id, item_no);
  return CLI_OK;
}

static int
cmd_answer (CliGlobals *globals, int argc, char **argv)
{
  return answer_or_amend (globals, argc, argv, FALSE);
}

static int
cmd_amend (CliGlobals *globals, int argc, char **argv)
{
  return answer_or_amend (globals, argc, argv, TRUE);
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

static int
cmd_action_done (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *date_text = NULL, *date = NULL, *shown = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day it was done"), N_("DATE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ACTION_ID"), entries, &argc, &argv) ||
      (id = cli_id_arg (argc, argv, _("Name the corrective action by its ID (see inspection "
                                  "show)."))) == 0)
    return CLI_USAGE_ERROR;
  if (date_text == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("inspection action-done needs --date: the day the "
                                        "action was done."));
  if ((date = cli_parse_date (date_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (!daicho_inspection_store_action_done (db, id, date, &error))
    return cli_fail_error (error);
  shown = daicho_date_format_iso (date, DAICHO_DATE_WAREKI_LONG);
  g_print (_("Corrective action %lld done on %s.\n"), (long long) id, shown);
  return CLI_OK;
}

static int
cmd_confirm (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoInspection) insp = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ID"), NULL, &argc, &argv) ||
      (id = inspection_arg (argc, argv)) == 0)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (!daicho_inspection_store_confirm (db, id, &error) ||
      (insp = daicho_inspection_store_get (db, id, &error)) == NULL)
    return cli_fail_error (error);
  g_print (_("Inspection %lld confirmed by %s.\n"), (long long) id, insp->confirmed_by_name);
  return CLI_OK;
}

/* The sheet: inspection show */

/* A moment stored as UTC ISO 8601, as a local 和暦 date. New string. */
static char *
local_date (const char *utc)
{
  g_autoptr(GDateTime) moment = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = moment ? g_date_time_to_local (moment) : NULL;
  g_autofree char *iso = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;

  return iso ? daicho_date_format_iso (iso, DAICHO_DATE_WAREKI_LONG) : g_strdup (utc ? utc : "");
}

/* "name (令和7年4月1日)", or @none when nobody. New string. */
static char *
person_on (const char *name, const char *utc, const char *none)
{
  g_autofree char *on = NULL;

  if (name == NULL)
    return g_strdup (none);
  on = local_date (utc);
  return g_strdup_printf ("%s (%s)", name, on);
}

static void
print_sheet_header (DaichoInspection *insp)
{
  g_autofree char *year = daicho_fiscal_year_label ((int) insp->fiscal_year, FALSE);
  g_autofree char *quarter = daicho_fiscal_quarter_label ((int) insp->quarter);
  g_autofree char *date = daicho_date_format_iso (insp->inspection_date, DAICHO_DATE_WAREKI_LONG);
  g_autofree char *finalized = person_on (insp->finalized_by_name, insp->finalized_at, "");
  g_autofree char *confirmed = person_on (insp->confirmed_by_name, insp->confirmed_at,
                                          _("not yet"));

  g_print (_("点検シート — inspection %lld\n"), (long long) insp->id);
  g_print (_("Office: %s (%s)\n"), insp->office_name, insp->office_code);
  g_print (_("Quarter: %s %s\n"), year, quarter);
  g_print (_("Date: %s\n"), date);
  g_print (_("Inspector: %s\n"), insp->inspector_name);
  if (*finalized)
    g_print (_("State: %s, by %s\n"), daicho_inspection_state_form_label (insp->state),
             finalized);
  else
    g_print (_("State: %s\n"), daicho_inspection_state_form_label (insp->state));
  g_print (_("Confirmed by: %s\n"), confirmed);
  g_print (_("Checklist: version %lld\n"), (long long) insp->template_version);
}

/* The state of a corrective action as the sheet shows it. New string. */
static char *
action_state (DaichoInspectionAction *a)
{
  g_autofree char *done = NULL;

  if (a->voided_at != NULL)
    return g_strdup (_("withdrawn"));
  if (a->done_date == NULL)
    return g_strdup (a->overdue ? _("overdue") : _("open"));
  done = daicho_date_format_iso (a->done_date, DAICHO_DATE_WAREKI_SHORT);
  return g_strdup_printf (_("done %s"), done);
}

typedef void (*SheetRowFunc) (CliTable *table, gpointer item);

/* A section of the sheet headed @title: a row per item of @model, added to
 * the table by @add_row, or "None.". */
static void
print_sheet_section (const char *title, const char * const *keys, const char * const *headings,
                     GListModel *model, SheetRowFunc add_row)
{
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  guint n = g_list_model_get_n_items (model);

  g_print ("\n%s\n", title);
  if (n == 0)
    {
      g_print ("%s\n", _("None."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      add_row (table, item);
    }
  cli_table_print (table, "table");
}

static void
add_action_row (CliTable *table, gpointer item)
{
  DaichoInspectionAction *a = item;
  g_autofree char *id = cli_int_text (a->id);
  g_autofree char *no = cli_int_text (a->item_no);
  g_autofree char *due = daicho_date_format_iso (a->due_date, DAICHO_DATE_WAREKI_SHORT);
  g_autofree char *state = action_state (a);

  cli_table_add (table, id, no, a->what, a->owner_name, due, state, NULL);
}

static const char *
amended_field_label (const char *field)
{
  if (g_strcmp0 (field, "result") == 0)
    return _("Result");
  if (g_strcmp0 (field, "finding") == 0)
    return _("Finding");
  if (g_strcmp0 (field, "action") == 0)
    return _("Corrective action");
  if (g_strcmp0 (field, "inspection_date") == 0)
    return _("Date");
  if (g_strcmp0 (field, "inspector") == 0)
    return _("Inspector");
  return field;
}

static void
add_amendment_row (CliTable *table, gpointer item)
{
  DaichoInspectionAmendment *m = item;
  g_autofree char *no = m->item_id ? cli_int_text (m->item_no) : g_strdup ("—");
  g_autofree char *by = person_on (m->amended_by_name, m->amended_at, "");

  cli_table_add (table, no, amended_field_label (m->field), m->old_value, m->new_value,
                 m->reason, by, NULL);
}

static int
cmd_show (CliGlobals *globals, int argc, char **argv)
{
  const char * const keys[] = { "no", "key", "article", "text", "result", "finding", NULL };
  const char * const headings[] = { _("No."), _("Key"), _("Article"), _("Item"), _("Result"),
                                    _("Finding"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoInspection) insp = NULL;
  g_autoptr(GListStore) sheet = NULL, actions = NULL, amendments = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  gboolean csv;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ID"), NULL, &argc, &argv) ||
      (id = inspection_arg (argc, argv)) == 0)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((insp = daicho_inspection_store_get (db, id, &error)) == NULL ||
      (sheet = daicho_inspection_store_sheet (db, id, &error)) == NULL ||
      (actions = daicho_inspection_store_actions (db, id, &error)) == NULL ||
      (amendments = daicho_inspection_store_amendments (db, id, &error)) == NULL)
    return cli_fail_error (error);
  csv = g_strcmp0 (globals->format, "csv") == 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
    {
      g_autoptr(DaichoInspectionAnswer) a = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      g_autofree char *no = cli_int_text (a->no);

      cli_table_add (table, no, a->item_key, a->article, a->text,
                     csv ? a->result : daicho_inspection_result_form_label (a->result),
                     a->finding, NULL);
    }

  /* CSV is for programs: the items alone. */
  if (!csv)
    {
      print_sheet_header (insp);
      g_print ("\n");
    }
  cli_table_print (table, globals->format);
  if (!csv)
    {
      const char * const action_keys[] = { "id", "item", "action", "owner", "due", "state",
                                           NULL };
      const char * const action_headings[] = { _("ID"), _("Item"), _("Corrective action"),
                                               _("Owner"), _("Due"), _("State"), NULL };
      const char * const amendment_keys[] = { "item", "field", "old", "new", "reason", "by",
                                              NULL };
      const char * const amendment_headings[] = { _("Item"), _("Field"), _("Before"),
                                                  _("After"), _("Reason"), _("Amended by"),
                                                  NULL };

      print_sheet_section (_("Corrective actions (改善措置)"), action_keys, action_headings,
                           G_LIST_MODEL (actions), add_action_row);
      print_sheet_section (_("Amendments"), amendment_keys, amendment_headings,
                           G_LIST_MODEL (amendments), add_amendment_row);
    }
  return CLI_OK;
}

/* The checklist: inspection checklist … */

/* The version number of template @template_id (what the edits print). */
static gint64
template_version (DaichoDb *db, gint64 template_id)
{
  g_autoptr(GListStore) items = daicho_inspection_template_items (db, template_id, NULL);
  g_autoptr(DaichoInspectionItem) first =
    items ? g_list_model_get_item (G_LIST_MODEL (items), 0) : NULL;

  return first ? first->version : 0;
}

static int
cmd_checklist (CliGlobals *globals, int argc, char **argv)
{
  gint64 version = -1;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_INT64, &version,
      N_("An earlier version (default: the current one)"), N_("N") },
    { NULL }
  };
  const char * const keys[] = { "no", "key", "article", "text", NULL };
  const char * const headings[] = { _("No."), _("Key"), _("Article"), _("Item"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  gint64 template_id = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc > 1)
    return cli_fail (CLI_USAGE_ERROR, _("The checklist is changed with inspection checklist "
                                        "reword, add, move or retire."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((version != -1 &&
       (template_id = daicho_inspection_template_find_version (db, version, &error)) == 0) ||
      (items = daicho_inspection_template_items (db, template_id, &error)) == NULL)
    return cli_fail_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(DaichoInspectionItem) it = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autofree char *no = cli_int_text (it->no);

      version = it->version;
      cli_table_add (table, no, it->item_key, it->article, it->text, NULL);
    }
  if (g_strcmp0 (globals->format, "csv") != 0)
    g_print (_("Checklist version %lld\n\n"), (long long) version);
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_checklist_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *article = NULL, *key = NULL;
  const GOptionEntry entries[] = {
    { "article", 0, 0, G_OPTION_ARG_STRING, &article,
      N_("第5条・第6条, 第7条, 第8条, 第9条 or 第10条"), N_("ARTICLE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("TEXT"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (article == NULL || argc != 2)
    return cli_fail (CLI_USAGE_ERROR, _("inspection checklist add needs --article (第5条・第6条, "
                                        "第7条, 第8条, 第9条 or 第10条) and the item's text."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((id = daicho_inspection_template_add (db, article, argv[1], &key, &error)) == 0)
    return cli_fail_error (error);
  g_print (_("Item %s added: the checklist is now version %lld.\n"), key,
           (long long) template_version (db, id));
  return CLI_OK;
}

typedef enum
{
  EDIT_REWORD,  /* KEY TEXT */
  EDIT_MOVE,    /* KEY POSITION */
  EDIT_RETIRE,  /* KEY */
} ChecklistEdit;

/* inspection checklist reword | move | retire: the item named by its key. */
static int
edit_checklist (CliGlobals *globals, int argc, char **argv, ChecklistEdit edit)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  guint64 position = 0;
  gint64 id = 0, version;

  if (!cli_parse (globals, argv[0],
                  edit == EDIT_REWORD ? _("KEY TEXT") : edit == EDIT_MOVE ? _("KEY POSITION")
                                                                           : _("KEY"),
                  NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != (edit == EDIT_RETIRE ? 2 : 3) ||
      (edit == EDIT_MOVE &&
       !g_ascii_string_to_unsigned (argv[2], 10, 1, G_MAXUINT, &position, NULL)))
    return cli_fail (CLI_USAGE_ERROR,
                     edit == EDIT_REWORD ? _("Give the item's key and its new text (the keys are "
                                             "in inspection checklist).")
                     : edit == EDIT_MOVE ? _("Give the item's key and the position to move it to "
                                             "(1 is the first item).")
                     : _("Give the key of the item to retire (the keys are in inspection "
                         "checklist)."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  switch (edit)
    {
    case EDIT_REWORD:
      id = daicho_inspection_template_reword (db, argv[1], argv[2], &error);
      break;
    case EDIT_MOVE:
      id = daicho_inspection_template_move (db, argv[1], (guint) position, &error);
      break;
    case EDIT_RETIRE:
      id = daicho_inspection_template_retire (db, argv[1], &error);
      break;
    }
  if (id == 0)
    return cli_fail_error (error);

  version = template_version (db, id);
  if (edit == EDIT_REWORD)
    g_print (_("Item %s reworded: the checklist is now version %lld.\n"), argv[1],
             (long long) version);
  else if (edit == EDIT_MOVE)
    g_print (_("Item %s moved to position %u: the checklist is now version %lld.\n"), argv[1],
             (guint) position, (long long) version);
  else
    g_print (_("Item %s retired: the checklist is now version %lld.\n"), argv[1],
             (long long) version);
  return CLI_OK;
}

static int
cmd_checklist_reword (CliGlobals *globals, int argc, char **argv)
{
  return edit_checklist (globals, argc, argv, EDIT_REWORD);
}

static int
cmd_checklist_move (CliGlobals *globals, int argc, char **argv)
{
  return edit_checklist (globals, argc, argv, EDIT_MOVE);
}

static int
cmd_checklist_retire (CliGlobals *globals, int argc, char **argv)
{
  return edit_checklist (globals, argc, argv, EDIT_RETIRE);
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
  { "inspection show", N_("a sheet with its answers, corrective actions and amendments: ID"),
    cmd_show },
  { "inspection action-done", N_("record a corrective action as done: ACTION_ID --date DATE"),
    cmd_action_done },
  { "inspection amend", N_("change a final sheet: ID --item N --result … [--finding … --action … "
                           "--owner EMPNO --due DATE] --reason TEXT"), cmd_amend },
  { "inspection confirm", N_("confirm a final sheet (the 情報資産管理責任者): ID"), cmd_confirm },
  { "inspection checklist", N_("the checklist's items [--version N]"), cmd_checklist },
  { "inspection checklist reword", N_("new wording for an item: KEY TEXT"),
    cmd_checklist_reword },
  { "inspection checklist add", N_("a new item: --article 第9条 TEXT"), cmd_checklist_add },
  { "inspection checklist move", N_("move an item: KEY POSITION"), cmd_checklist_move },
  { "inspection checklist retire", N_("leave an item out of the checklist: KEY"),
    cmd_checklist_retire },
  { NULL }
};
