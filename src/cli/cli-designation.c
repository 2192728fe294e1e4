/* cli-designation.c — daicho-cli designation … */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

/* Prints designations as a table or CSV. */
static void
print_designations (CliGlobals *globals, GListModel *list)
{
  const char * const keys[] = { "id", "employee_no", "name", "office", "scope", "start",
                                "manager", "permission", "end", "checked_by", "state",
                                "review", NULL };
  const char * const headings[] = { _("ID"), _("Emp. No."), _("Full name"), _("Office"),
                                    _("Scope"), _("Start"), _("Designated by"), _("Permission"),
                                    _("End"), _("Checked by"), _("State"), _("Review"), NULL };
  gboolean csv = g_strcmp0 (globals->format, "csv") == 0;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DaichoDesignation) d = g_list_model_get_item (list, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, d->id);
      g_autofree char *start = csv ? g_strdup (d->start_date)
                                   : daicho_date_format_iso (d->start_date,
                                                             DAICHO_DATE_WAREKI_SHORT);
      g_autofree char *end = csv ? g_strdup (d->end_date)
                                 : daicho_date_format_iso (d->end_date, DAICHO_DATE_WAREKI_SHORT);
      g_autofree char *permission = NULL;
      g_autofree char *review = csv ? g_strdup (d->review_flags)
                                    : daicho_designation_flags_text (d->review_flags);

      if (d->permission_date != NULL)
        {
          g_autofree char *date = csv ? g_strdup (d->permission_date)
                                      : daicho_date_format_iso (d->permission_date,
                                                                DAICHO_DATE_WAREKI_SHORT);
          permission = g_strdup_printf ("%s %s", date, d->permission_ref);
        }
      cli_table_add (table, id, d->emp_no, d->staff_name, d->office_name,
                     csv ? d->scope : daicho_designation_scope_label (d->scope), start,
                     d->manager_name, permission, end, d->checked_by_name,
                     csv ? d->state : daicho_designation_state_label (d->state), review, NULL);
    }
  cli_table_print (table, globals->format);
}

static const char * const known_states[] = {
  "all", "current", "active", "review", "pending", "future", "ended", NULL
};

static int
cmd_list (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL, *on_text = NULL, *state = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Only this office"), N_("CODE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("As of this date (default today)"),
      N_("DATE") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &state,
      N_("all, current, active, review, pending, future or ended"), N_("STATE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  DaichoDesignationFilter filter = { 0 };

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (state != NULL && !g_strv_contains (known_states, state))
    return cli_fail (CLI_USAGE_ERROR,
                     _("--state is all, current, active, review, pending, future or ended."));
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (filter.office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  filter.on = on;
  filter.state = state;

  if ((list = daicho_designation_store_list (db, &filter, &error)) == NULL)
    return cli_fail_error (error);
  print_designations (globals, G_LIST_MODEL (list));
  return CLI_OK;
}

static int
cmd_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *staff = NULL, *office = NULL, *scope_text = NULL, *from_text = NULL;
  g_autofree char *permission_date_text = NULL, *permission_ref = NULL;
  g_autofree char *supervised_text = NULL, *reason = NULL;
  gboolean pending = FALSE;
  const GOptionEntry entries[] = {
    { "staff", 0, 0, G_OPTION_ARG_STRING, &staff, N_("Employee number"), N_("EMPNO") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Designating office"), N_("CODE") },
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope_text, N_("juki, inkan or both"), N_("SCOPE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day in effect"), N_("DATE") },
    { "permission-date", 0, 0, G_OPTION_ARG_STRING, &permission_date_text,
      N_("Date of the 情報資産管理責任者's permission (staff of another office)"), N_("DATE") },
    { "permission-ref", 0, 0, G_OPTION_ARG_STRING, &permission_ref,
      N_("Reference number of the permission"), N_("REF") },
    { "pending", 0, 0, G_OPTION_ARG_NONE, &pending,
      N_("Keep it, not in effect, until the permission is recorded"), NULL },
    { "supervised", 0, 0, G_OPTION_ARG_STRING, &supervised_text,
      N_("yes or no: override whether the person works under the office's manager"),
      N_("YES|NO") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the supervision is overridden"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoStaff) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *permission_date = NULL;
  DaichoDesignationInput input = { .supervised = -1 };
  gint64 id;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (staff == NULL || office == NULL || scope_text == NULL || from_text == NULL)
    return cli_fail (CLI_USAGE_ERROR,
                     _("designation add needs --staff, --office, --scope and --from."));
  if (!daicho_designation_scope_parse (scope_text, &input.scope))
    return cli_fail (CLI_USAGE_ERROR, _("--scope is juki, inkan or both."));
  if (supervised_text != NULL)
    {
      if (g_str_equal (supervised_text, "yes"))
        input.supervised = 1;
      else if (g_str_equal (supervised_text, "no"))
        input.supervised = 0;
      else
        return cli_fail (CLI_USAGE_ERROR, _("--supervised is yes or no."));
    }
  if ((from = cli_parse_date (from_text)) == NULL ||
      (permission_date_text != NULL && (permission_date = cli_parse_date (permission_date_text)) == NULL))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((person = daicho_staff_store_get_by_emp_no (db, staff, &error)) == NULL)
    return cli_fail_error (error);
  if ((input.office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;

  input.staff_id = person->id;
  input.start_date = from;
  input.permission_date = permission_date;
  input.permission_ref = permission_ref;
  input.supervision_reason = reason;
  input.pending = pending;

  if ((id = daicho_designation_store_add (db, &input, &error)) == 0)
    return cli_fail_error (error);
  g_print (_("Designation %lld added: %s from %s.\n"), (long long) id, person->name, from);
  return CLI_OK;
}

/* Parses the designation ID argument. */
static gboolean
parse_id (const char *text, gint64 *id)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

static int
cmd_end (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *on_text = NULL, *reason_text = NULL, *note = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Last day in effect"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason_text,
      N_("transfer (異動), retirement (退職), duty_change (業務変更), or any other text"),
      N_("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("More about the reason"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  g_autoptr(DaichoDesignation) d = NULL;
  const char *reason = "other";
  gint64 id = 0;

  if (!cli_parse (globals, argv[0], _("ID"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2 || !parse_id (argv[1], &id) || on_text == NULL || reason_text == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("designation end needs the ID, --on DATE and --reason TEXT."));
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  /* A reason that is not one of the four is "その他" with the text as its note. */
  if (!daicho_designation_end_reason_parse (reason_text, &reason))
    {
      reason = "other";
      if (note == NULL)
        note = g_strdup (reason_text);
    }
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  /* A designation flagged for review is ended as a review, with the
   * reason as the review's note. */
  if ((d = daicho_designation_store_get (db, id, &error)) == NULL)
    return cli_fail_error (error);
  if (*d->review_flags != '\0'
        ? !daicho_designation_store_review_end (db, id, on, reason, note ? note : reason_text,
                                                &error)
        : !daicho_designation_store_end (db, id, on, reason, note, &error))
    return cli_fail_error (error);
  {
    g_autofree char *shown = daicho_date_format_iso (on, DAICHO_DATE_WAREKI_LONG);
    g_print (_("Designation %lld ended on %s.\n"), (long long) id, shown);
  }
  return CLI_OK;
}

static int
cmd_review (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Only this office"), N_("CODE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 office_id = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((list = daicho_designation_store_review (db, office_id, &error)) == NULL)
    return cli_fail_error (error);
  print_designations (globals, G_LIST_MODEL (list));
  return CLI_OK;
}

static int
cmd_check (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!cli_parse (globals, argv[0], _("ID"), NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2 || !parse_id (argv[1], &id))
    return cli_fail (CLI_USAGE_ERROR, _("designation check needs the designation's ID."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (!daicho_designation_store_check (db, id, &error))
    return cli_fail_error (error);
  g_print (_("Designation %lld checked.\n"), (long long) id);
  return CLI_OK;
}

static int
cmd_confirm (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Why it stays as it is"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!cli_parse (globals, argv[0], _("ID"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2 || !parse_id (argv[1], &id) || note == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("designation confirm needs the ID and --note TEXT."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (!daicho_designation_store_confirm (db, id, note, &error))
    return cli_fail_error (error);
  g_print (_("Designation %lld confirmed.\n"), (long long) id);
  return CLI_OK;
}

static int
cmd_permit (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *date_text = NULL, *ref = NULL, *date = NULL;
  const GOptionEntry entries[] = {
    { "permission-date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("Date of the 情報資産管理責任者's permission"), N_("DATE") },
    { "permission-ref", 0, 0, G_OPTION_ARG_STRING, &ref, N_("Reference number"), N_("REF") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!cli_parse (globals, argv[0], _("ID"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2 || !parse_id (argv[1], &id) || date_text == NULL || ref == NULL)
    return cli_fail (CLI_USAGE_ERROR,
                     _("designation permit needs the ID, --permission-date and --permission-ref."));
  if ((date = cli_parse_date (date_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (!daicho_designation_store_permit (db, id, date, ref, &error))
    return cli_fail_error (error);
  g_print (_("Permission recorded for designation %lld.\n"), (long long) id);
  return CLI_OK;
}

static int
cmd_history (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoStaff) person = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;

  if (!cli_parse (globals, argv[0], _("EMPNO"), NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2)
    return cli_fail (CLI_USAGE_ERROR, _("designation history needs an employee number."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((person = daicho_staff_store_get_by_emp_no (db, argv[1], &error)) == NULL ||
      (list = daicho_designation_store_history (db, person->id, &error)) == NULL)
    return cli_fail_error (error);
  print_designations (globals, G_LIST_MODEL (list));
  return CLI_OK;
}

const CliCommand cli_designation_commands[] = {
  { "designation list", N_("designations [--office CODE] [--on DATE] [--state STATE]"), cmd_list },
  { "designation add", N_("designate --staff EMPNO --office CODE --scope S --from DATE …"),
    cmd_add },
  { "designation end", N_("end a designation: ID --on DATE --reason TEXT"), cmd_end },
  { "designation review", N_("designations that need a look [--office CODE]"), cmd_review },
  { "designation check", N_("check (照合) a designation someone else entered: ID"), cmd_check },
  { "designation confirm", N_("keep a designation after review: ID --note TEXT"), cmd_confirm },
  { "designation permit",
    N_("record the permission of a waiting designation: ID --permission-date --permission-ref"),
    cmd_permit },
  { "designation history", N_("every designation of one person: EMPNO"), cmd_history },
  { NULL }
};
