/* cli-meeting-actions.c — daicho-cli action …, actions list, export actions
 *
 * The instructions and requests of the security committee (指示・要請,
 * Sumida 第4条第3項第6号) as action items, followed across meetings until
 * done: added at a held meeting, their state changed as they go (every
 * change kept), withdrawn with a reason, listed and exported with filters.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

static int
cmd_action_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *meeting = NULL, *item = NULL, *text = NULL, *owner = NULL, *due_text = NULL;
  g_autofree char *due = NULL, *reason = NULL;
  const GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting, N_("The meeting, by ID"), N_("ID") },
    { "item", 0, 0, G_OPTION_ARG_STRING, &item, N_("The agenda item it comes from, by ID"),
      N_("ITEM") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("The instruction or request"), N_("TEXT") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Who carries it out"), N_("EMPNO") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due_text, N_("Due date"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  DaichoMeetingActionInput input = { 0 };
  gint64 meeting_id;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (meeting == NULL || text == NULL || owner == NULL || due_text == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("action add needs --meeting ID, --text TEXT, --owner "
                                        "EMPNO and --due DATE."));
  if ((meeting_id = cli_id_option (meeting, "--meeting")) == 0 ||
      (item != NULL && (input.agenda_item_id = cli_id_option (item, "--item")) == 0) ||
      (due = cli_parse_date (due_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL || (input.owner_id = cli_staff_id (db, owner)) == 0)
    return CLI_RUNTIME_ERROR;
  input.text = text;
  input.due_date = due;
  meeting_id = daicho_meeting_store_add_action (db, meeting_id, &input, reason, &error);
  return cli_print_id (meeting_id, &error);
}

static int
cmd_action_state (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *state_text = NULL, *on_text = NULL, *on = NULL, *note = NULL;
  const GOptionEntry entries[] = {
    { "state", 0, 0, G_OPTION_ARG_STRING, &state_text,
      N_("未着手, 対応中 or 完了 (todo, doing, done)"), N_("STATE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("When it changed (default today)"),
      N_("DATE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note on the change"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  const char *state = NULL;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ACTION"), entries, &argc, &argv) ||
      (id = cli_id_arg (argc, argv, _("Name the action item by its ID (see actions list)."))) == 0)
    return CLI_USAGE_ERROR;
  if (state_text == NULL || !daicho_meeting_action_state_parse (state_text, &state))
    return cli_fail (CLI_USAGE_ERROR, _("--state is 未着手, 対応中 or 完了."));
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  return cli_finish (daicho_meeting_store_set_action_state (db, id, state, on, note, &error),
                     &error);
}

static int
cmd_action_withdraw (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is withdrawn (required)"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ACTION"), entries, &argc, &argv) ||
      (id = cli_id_arg (argc, argv, _("Name the action item by its ID (see actions list)."))) == 0)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  return cli_finish (daicho_meeting_store_withdraw_action (db, id, reason, &error), &error);
}

static void
print_actions (CliGlobals *globals, GListStore *list)
{
  const char * const keys[] = { "id", "meeting_id", "meeting", "meeting_date", "item", "text",
                                "owner_emp_no", "owner", "due_date", "state", "done_date",
                                "overdue", NULL };
  const char * const headings[] = { _("ID"), _("Meeting ID"), _("Meeting"), _("Meeting date"),
                                    _("Item"), _("Instruction or request"), _("Emp. No."),
                                    _("Owner"), _("Due"), _("State"), _("Done"), _("Overdue"),
                                    NULL };
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  gboolean csv = cli_is_csv (globals);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *id = cli_int_text (a->id);
      g_autofree char *meeting_id = cli_int_text (a->meeting_id);
      g_autofree char *meeting = daicho_meeting_number_label ((int) a->meeting_fiscal_year,
                                                              (int) a->meeting_number);
      g_autofree char *held = cli_date_text (globals, a->meeting_date);
      g_autofree char *item = a->agenda_item_no ? cli_int_text (a->agenda_item_no) : NULL;
      g_autofree char *due = cli_date_text (globals, a->due_date);
      g_autofree char *done = cli_date_text (globals, a->done_date);
      const char *state = csv ? a->state : daicho_meeting_action_state_form_label (a->state);

      if (a->withdrawn_at != NULL)
        state = csv ? "withdrawn" : "取下げ";
      cli_table_add (table, id, meeting_id, meeting, held, item, a->text, a->owner_emp_no,
                     a->owner_name, due, state, done,
                     a->overdue ? (csv ? "yes" : _("yes")) : "", NULL);
    }
  cli_table_print (table, globals->format);
}

/* actions list, and export actions (with --output). */
static int
cmd_actions (CliGlobals *globals, int argc, char **argv)
{
  gboolean export = g_str_has_prefix (argv[0], "export");
  g_autofree char *on_text = NULL, *owner = NULL, *meeting = NULL, *output = NULL, *on = NULL;
  gboolean open = FALSE, overdue = FALSE, done = FALSE, withdrawn = FALSE;
  const GOptionEntry entries[] = {
    { "open", 0, 0, G_OPTION_ARG_NONE, &open, N_("Only those not done"), NULL },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only those not done and past due"),
      NULL },
    { "done", 0, 0, G_OPTION_ARG_NONE, &done, N_("Only those done"), NULL },
    { "withdrawn", 0, 0, G_OPTION_ARG_NONE, &withdrawn, N_("Include withdrawn ones"), NULL },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Judge overdue as of this date"),
      N_("DATE") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Only this owner's"), N_("EMPNO") },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting, N_("Only this meeting's"), N_("ID") },
    /* Last: without an output the list ends here. */
    { export ? "output" : NULL, 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("FILE.pdf or FILE.xlsx"), N_("FILE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GError) error = NULL;
  DaichoMeetingActionFilter filter = { 0 };

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (open + overdue + done > 1)
    return cli_fail (CLI_USAGE_ERROR, _("Choose one of --open, --overdue and --done."));
  if (export && (output == NULL || !cli_is_form_file (output)))
    return cli_fail (CLI_USAGE_ERROR, _("export actions needs --output FILE.pdf or FILE.xlsx."));
  if ((on = cli_parse_date (on_text)) == NULL ||
      (meeting != NULL && (filter.meeting_id = cli_id_option (meeting, "--meeting")) == 0))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL ||
      (owner != NULL && (filter.owner_id = cli_staff_id (db, owner)) == 0))
    return CLI_RUNTIME_ERROR;
  filter.state = open ? "open" : overdue ? "overdue" : done ? "done" : NULL;
  filter.on = on;
  filter.include_withdrawn = withdrawn;
  if (export)
    {
      if ((form = daicho_meeting_actions_form_new (db, &filter, &error)) == NULL)
        return cli_fail_error (error);
      return cli_write_form (form, output);
    }
  if ((list = daicho_meeting_store_actions (db, &filter, &error)) == NULL)
    return cli_fail_error (error);
  print_actions (globals, list);
  return CLI_OK;
}

const CliCommand cli_meeting_action_commands[] = {
  { "action add", N_("add an instruction or request: --meeting ID [--item ITEM] --text TEXT "
                     "--owner EMPNO --due DATE"), cmd_action_add },
  { "action state", N_("change an action item's state: ACTION --state 未着手|対応中|完了 [--on "
                       "DATE]"), cmd_action_state },
  { "action withdraw", N_("withdraw an action item: ACTION --reason TEXT"), cmd_action_withdraw },
  { "actions list", N_("action items across meetings [--open|--overdue|--done] [--owner EMPNO]"),
    cmd_actions },
  { "export actions", N_("action items list: [--open|--overdue|--done] --output FILE.pdf|"
                         "FILE.xlsx"), cmd_actions },
  { NULL }
};
