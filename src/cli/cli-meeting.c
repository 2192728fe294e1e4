/* cli-meeting.c — daicho-cli committee …, meeting …, agenda …, export agenda|minutes
 *
 * The security committee (Sumida 第4条, 第5条) from a shell: the roster and
 * the committee's name, meetings from planning to final minutes, the agenda,
 * attendance and who presided, the notice and the minutes; action items
 * are in cli-meeting-actions.c. Once minutes are final, every change command needs
 * --reason and the change is kept as a revision. Post holders change with
 * "post assign" like every other post.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

/* The committee posts */

/* The id of the committee post with @code, or 0 after printing why there is none. */
static gint64
committee_post_id (DaichoDb *db, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoPost) post = daicho_post_store_get_by_code (db, code, &error);

  if (post == NULL)
    {
      cli_fail_error (error);
      return 0;
    }
  if (!g_str_equal (post->role, "committee"))
    {
      g_autofree char *message = g_strdup_printf (_("%s is not a committee post (see committee "
                                                    "roster)."), code);
      cli_fail (CLI_RUNTIME_ERROR, message);
      return 0;
    }
  return post->id;
}

/* committee … */

static int
cmd_committee_name (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (!cli_parse (globals, argv[0], _("[NAME]"), NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (argc >= 2)
    return cli_finish (daicho_committee_set_name (db, argv[1], &error), &error);
  if ((name = daicho_committee_get_name (db, &error)) == NULL)
    return cli_fail_error (error);
  g_print ("%s\n", name);
  return CLI_OK;
}

static int
cmd_committee_roster (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *on_text = NULL, *on = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Holders on this date (default today)"),
      N_("DATE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include retired posts"), NULL },
    { NULL }
  };
  const char * const keys[] = { "code", "function", "post", "employee_no", "holder", "since",
                                NULL };
  const char * const headings[] = { _("Code"), _("Part"), _("Post"), _("Emp. No."), _("Holder"),
                                    _("Since"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) roster = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  g_autoptr(GError) error = NULL;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv) ||
      (on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((roster = daicho_committee_roster (db, on, all, &error)) == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(DaichoCommitteePost) p = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autofree char *since = cli_is_csv (globals)
                               ? g_strdup (p->holder_from)
                               : daicho_date_format_iso (p->holder_from,
                                                         DAICHO_DATE_WAREKI_LONG);

      cli_table_add (table, p->code,
                     cli_is_csv (globals) ? p->function
                                      : daicho_committee_function_form_label (p->function),
                     p->name, p->holder_emp_no, p->holder_name, since, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_committee_post (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *add = NULL, *rename = NULL, *retire = NULL, *name = NULL;
  int move = 0;
  const GOptionEntry entries[] = {
    { "add", 0, 0, G_OPTION_ARG_STRING, &add, N_("Add a member post of this name"), N_("NAME") },
    { "rename", 0, 0, G_OPTION_ARG_STRING, &rename, N_("Rename the post with this code (with "
      "--name)"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The new name"), N_("NAME") },
    { "retire", 0, 0, G_OPTION_ARG_STRING, &retire, N_("Retire the member post with this code"),
      N_("CODE") },
    { "move", 0, 0, G_OPTION_ARG_INT, &move, N_("With --rename CODE: move the member post to "
      "this place among the members"), N_("N") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  gboolean ok = TRUE;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((add != NULL) + (rename != NULL) + (retire != NULL) != 1 ||
      (rename != NULL && name == NULL && move == 0))
    return cli_fail (CLI_USAGE_ERROR, _("committee post needs --add NAME, --rename CODE --name "
                                        "NAME [--move N], or --retire CODE."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (add != NULL)
    return cli_print_id (daicho_committee_add_member_post (db, add, &error), &error);
  if ((id = committee_post_id (db, rename ? rename : retire)) == 0)
    return CLI_RUNTIME_ERROR;
  if (retire != NULL)
    return cli_finish (daicho_committee_retire_post (db, id, &error), &error);
  if (name != NULL)
    ok = daicho_committee_rename_post (db, id, name, &error);
  if (ok && move > 0)
    ok = daicho_committee_move_post (db, id, (guint) move, &error);
  return cli_finish (ok, &error);
}

/* meeting … */

static int
cmd_meeting_list (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *year = NULL;
  const GOptionEntry entries[] = {
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year,
      N_("Only this fiscal year (2025, 令和7, R7)"), N_("YEAR") },
    { NULL }
  };
  const char * const keys[] = { "id", "fiscal_year", "number", "date", "start", "end", "place",
                                "state", "items", "open_actions", "presided_by", NULL };
  const char * const headings[] = { _("ID"), _("Fiscal year"), _("No."), _("Date"), _("Start"),
                                    _("End"), C_("meeting", "Place"), _("State"), _("Items"),
                                    _("Open actions"), _("Presided by"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  int fy = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (year != NULL && !daicho_fiscal_year_parse (year, &fy, &error))
    return cli_fail (CLI_USAGE_ERROR, error->message);
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((list = daicho_meeting_store_list (db, fy, &error)) == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoMeeting) m = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *id = cli_int_text (m->id);
      g_autofree char *fy_text = cli_is_csv (globals)
                                 ? cli_int_text (m->fiscal_year)
                                 : daicho_fiscal_year_label ((int) m->fiscal_year, FALSE);
      g_autofree char *number = cli_is_csv (globals)
                                ? cli_int_text (m->number)
                                : g_strdup_printf (_("No. %lld"), (long long) m->number);
      g_autofree char *date = cli_date_text (globals, m->meeting_date);
      g_autofree char *items = cli_int_text (m->n_items);
      g_autofree char *open = cli_int_text (m->n_open_actions);
      const char *presided = cli_is_csv (globals)
                             ? m->presiding_function
                             : daicho_committee_function_form_label (m->presiding_function);

      cli_table_add (table, id, fy_text, number, date, m->start_time, m->end_time, m->place,
                     cli_is_csv (globals) ? m->state : daicho_meeting_state_form_label (m->state),
                     items, open, presided, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static void
print_line (const char *label, const char *value)
{
  if (value != NULL && *value != '\0')
    g_print ("%s: %s\n", label, value);
}

/* "  [12] 未着手 2026-08-31 text (owner)" for an action item. */
static void
print_action (DaichoMeetingAction *a)
{
  g_autofree char *due = daicho_date_format_iso (a->due_date, DAICHO_DATE_WAREKI_SHORT);
  g_autofree char *meeting = daicho_meeting_number_label ((int) a->meeting_fiscal_year,
                                                          (int) a->meeting_number);

  g_print ("  [%lld] %s  %s  %s  %s %s%s\n", (long long) a->id, meeting,
           daicho_meeting_action_state_form_label (a->state), a->text, a->owner_name, due,
           a->overdue ? _(" (overdue)") : "");
}

static int
cmd_meeting_show (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoMeeting) m = NULL;
  g_autoptr(GListStore) members = NULL, invitees = NULL, items = NULL, carried = NULL;
  g_autoptr(GListStore) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL, *name = NULL, *when = NULL, *presided = NULL;
  DaichoMeetingActionFilter filter = { 0 };
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ID"), NULL, &argc, &argv) ||
      (id = cli_id_arg (argc, argv, _("Name the meeting by its ID (see meeting list)."))) == 0)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  filter.meeting_id = id;
  if ((m = daicho_meeting_store_get (db, id, &error)) == NULL ||
      (name = daicho_committee_get_name (db, &error)) == NULL ||
      (members = daicho_meeting_store_members (db, id, &error)) == NULL ||
      (invitees = daicho_meeting_store_invitees (db, id, TRUE, &error)) == NULL ||
      (items = daicho_meeting_store_items (db, id, TRUE, &error)) == NULL ||
      (carried = daicho_meeting_store_carried (db, id, &error)) == NULL ||
      (actions = daicho_meeting_store_actions (db, &filter, &error)) == NULL)
    return cli_fail_error (error);

  label = daicho_meeting_number_label ((int) m->fiscal_year, (int) m->number);
  when = daicho_meeting_datetime_label (m);
  if (m->presiding_function != NULL)
    presided = g_strdup_printf ("%s %s",
                                daicho_committee_function_form_label (m->presiding_function),
                                m->presided_by_name);
  g_print ("%s %s\n", label, name);
  print_line (_("State"), daicho_meeting_state_form_label (m->state));
  print_line (_("Date"), when);
  print_line (C_("meeting", "Place"), m->place);
  print_line (_("Presided by"), presided);
  print_line (_("Recorder"), m->recorder_name);
  print_line (_("Next meeting"), m->next_meeting);
  print_line (_("Cancelled because"), m->cancel_reason);

  g_print ("%s\n", _("Members:"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (members)); i++)
    {
      g_autoptr(DaichoMeetingMember) mb = g_list_model_get_item (G_LIST_MODEL (members), i);

      g_print ("  %s  %s  %s (%s)  %s%s%s\n", mb->post_code,
               daicho_committee_function_form_label (mb->function), mb->staff_name, mb->emp_no,
               mb->attendance ? daicho_meeting_attendance_form_label (mb->attendance)
                              : _("not recorded"),
               mb->proxy_name ? " " : "", mb->proxy_name ? mb->proxy_name : "");
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (invitees)) > 0)
    g_print ("%s\n", _("Invited (第5条第7項):"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (invitees)); i++)
    {
      g_autoptr(DaichoMeetingInvitee) v = g_list_model_get_item (G_LIST_MODEL (invitees), i);

      g_print ("  [%lld] %s（%s %s）  %s%s\n", (long long) v->id, v->name, v->affiliation,
               v->title, v->attendance ? daicho_meeting_attendance_form_label (v->attendance)
                                       : _("not recorded"),
               v->withdrawn_at ? _(" (withdrawn)") : "");
    }
  g_print (_("Agenda (%lld min):\n"), (long long) m->planned_minutes);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(DaichoAgendaItem) it = g_list_model_get_item (G_LIST_MODEL (items), i);

      g_print ("  [%lld] %lld. %s  (%lld) %s  %lld分%s\n", (long long) it->id, (long long) it->no,
               it->title, (long long) it->area, it->presenter ? it->presenter : "",
               (long long) it->planned_minutes, it->withdrawn_at ? _(" (withdrawn)") : "");
      if (it->discussion != NULL)
        g_print ("      %s: %s\n", _("Discussion"), it->discussion);
      if (it->decision != NULL)
        g_print ("      %s: %s\n", _("Decision"), it->decision);
    }
  g_print ("%s\n", _("Carried over (継続事項):"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (carried)); i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (carried), i);
      print_action (a);
    }
  g_print ("%s\n", _("Action items (指示・要請):"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (actions)); i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (actions), i);
      print_action (a);
    }
  if (m->n_revisions > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%lld revision since the minutes were final.\n",
                          "%lld revisions since the minutes were final.\n", m->n_revisions),
             (long long) m->n_revisions);
  return CLI_OK;
}

/* meeting new, and meeting edit (ID first; what is not given stays). */
static int
cmd_meeting_new_or_edit (CliGlobals *globals, int argc, char **argv)
{
  gboolean edit = g_str_has_suffix (argv[0], "edit");
  g_autofree char *date_text = NULL, *start = NULL, *end = NULL, *place = NULL, *next = NULL;
  g_autofree char *recorder = NULL, *reason = NULL, *date = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Date of the meeting"), N_("DATE") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("Start time (14:00, 午後2時)"),
      N_("TIME") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("End time"), N_("TIME") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("Meeting place"), N_("TEXT") },
    { "next", 0, 0, G_OPTION_ARG_STRING, &next, N_("Next meeting (free text)"), N_("TEXT") },
    { "recorder", 0, 0, G_OPTION_ARG_STRING, &recorder,
      N_("Recorder (default: the secretariat's holder)"), N_("EMPNO") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoMeeting) m = NULL;
  g_autoptr(GError) error = NULL;
  DaichoMeetingInput input = { 0 };
  gint64 id = 0;

  if (!cli_parse (globals, argv[0], edit ? _("ID") : NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (edit &&
      (id = cli_id_arg (argc, argv, _("Name the meeting by its ID (see meeting list)."))) == 0)
    return CLI_USAGE_ERROR;
  if (!edit && date_text == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("meeting new needs --date DATE."));
  if (date_text != NULL && (date = cli_parse_date (date_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL ||
      (recorder != NULL && (input.recorder_id = cli_staff_id (db, recorder)) == 0))
    return CLI_RUNTIME_ERROR;
  if (edit && (m = daicho_meeting_store_get (db, id, &error)) == NULL)
    return cli_fail_error (error);
  input.meeting_date = date ? date : m ? m->meeting_date : NULL;
  input.start_time = start ? start : m ? m->start_time : NULL;
  input.end_time = end ? end : m ? m->end_time : NULL;
  input.place = place ? place : m ? m->place : NULL;
  input.next_meeting = next ? next : m ? m->next_meeting : NULL;
  if (recorder == NULL && m != NULL)
    input.recorder_id = m->recorder_id;
  if (edit)
    return cli_finish (daicho_meeting_store_update (db, id, &input, reason, &error), &error);
  return cli_print_id (daicho_meeting_store_new (db, &input, &error), &error);
}

/* meeting held / finalize / revisions / preside: ID and maybe an option. */
static int
meeting_id_command (CliGlobals *globals, int *argc, char ***argv, const GOptionEntry *entries,
                    DaichoDb **db, gint64 *id)
{
  if (!cli_parse (globals, (*argv)[0], _("ID"), entries, argc, argv) ||
      (*id = cli_id_arg (*argc, *argv, _("Name the meeting by its ID (see meeting list)."))) == 0)
    return CLI_USAGE_ERROR;
  if ((*db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  return CLI_OK;
}

/* meeting held and meeting finalize: ID. */
static int
cmd_meeting_step (CliGlobals *globals, int argc, char **argv)
{
  gboolean finalize = g_str_has_suffix (argv[0], "finalize");
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int status = meeting_id_command (globals, &argc, &argv, NULL, &db, &id);

  if (status != CLI_OK)
    return status;
  return cli_finish (finalize ? daicho_meeting_store_finalize (db, id, &error)
                              : daicho_meeting_store_mark_held (db, id, &error), &error);
}

static int
cmd_meeting_cancel (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the meeting is cancelled"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int status = meeting_id_command (globals, &argc, &argv, entries, &db, &id);

  if (status != CLI_OK)
    return status;
  return cli_finish (daicho_meeting_store_cancel (db, id, reason, &error), &error);
}

static int
cmd_meeting_preside (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *code = NULL, *reason = NULL;
  const GOptionEntry entries[] = {
    { "post", 0, 0, G_OPTION_ARG_STRING, &code,
      N_("committee-chair or committee-vice-chair (default: by the rule)"), N_("CODE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0, post = 0;
  int status = meeting_id_command (globals, &argc, &argv, entries, &db, &id);

  if (status != CLI_OK)
    return status;
  if (code != NULL && (post = committee_post_id (db, code)) == 0)
    return CLI_RUNTIME_ERROR;
  return cli_finish (daicho_meeting_store_preside (db, id, post, reason, &error), &error);
}

static int
cmd_meeting_invite (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *name = NULL, *affiliation = NULL, *title = NULL, *reason = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Name of the person invited"), N_("NAME") },
    { "affiliation", 0, 0, G_OPTION_ARG_STRING, &affiliation, N_("Their organisation or section"),
      N_("TEXT") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Their job title"), N_("TEXT") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int status = meeting_id_command (globals, &argc, &argv, entries, &db, &id);

  if (status != CLI_OK)
    return status;
  id = daicho_meeting_store_add_invitee (db, id, name, affiliation, title, reason, &error);
  return cli_print_id (id, &error);
}

static int
cmd_meeting_attend (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *code = NULL, *invitee = NULL, *as = NULL, *proxy = NULL, *reason = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "post", 0, 0, G_OPTION_ARG_STRING, &code, N_("The member's committee post"), N_("CODE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Every member not recorded yet"), NULL },
    { "invitee", 0, 0, G_OPTION_ARG_STRING, &invitee, N_("An invited person, by ID"), N_("ID") },
    { "as", 0, 0, G_OPTION_ARG_STRING, &as, N_("出席, 欠席 or 代理出席 (present, absent, proxy)"),
      N_("ATTENDANCE") },
    { "proxy", 0, 0, G_OPTION_ARG_STRING, &proxy, N_("The proxy's name"), N_("NAME") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) members = NULL;
  g_autoptr(GError) error = NULL;
  const char *attendance = NULL;
  gint64 id = 0, other = 0;
  gboolean ok;
  int status;

  if ((status = meeting_id_command (globals, &argc, &argv, entries, &db, &id)) != CLI_OK)
    return status;
  if ((code != NULL) + (invitee != NULL) + all != 1 || as == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("meeting attend needs --post CODE, --invitee ID or --all, "
                                        "and --as 出席|欠席|代理出席."));
  if (!daicho_meeting_attendance_parse (as, &attendance))
    return cli_fail (CLI_USAGE_ERROR, _("--as is 出席, 欠席 or 代理出席."));
  if (invitee != NULL)
    {
      if ((other = cli_id_option (invitee, "--invitee")) == 0)
        return CLI_USAGE_ERROR;
      ok = daicho_meeting_store_invitee_attend (db, other, attendance, reason, &error);
      return cli_finish (ok, &error);
    }
  if (code != NULL)
    {
      if ((other = committee_post_id (db, code)) == 0)
        return CLI_RUNTIME_ERROR;
      ok = daicho_meeting_store_attend (db, id, other, attendance, proxy, reason, &error);
      return cli_finish (ok, &error);
    }
  if ((members = daicho_meeting_store_members (db, id, &error)) == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (members)); i++)
    {
      g_autoptr(DaichoMeetingMember) m = g_list_model_get_item (G_LIST_MODEL (members), i);

      if (m->attendance == NULL &&
          !daicho_meeting_store_attend (db, id, m->post_id, attendance, proxy, reason, &error))
        return cli_fail_error (error);
    }
  return CLI_OK;
}

static int
cmd_meeting_revisions (CliGlobals *globals, int argc, char **argv)
{
  const char * const keys[] = { "id", "revised_at", "target", "field", "old_value", "new_value",
                                "reason", "revised_by", NULL };
  const char * const headings[] = { _("ID"), _("When"), _("What"), _("Field"), _("Before"),
                                    _("After"), _("Reason"), _("By"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  gint64 id = 0;
  int status = meeting_id_command (globals, &argc, &argv, NULL, &db, &id);

  if (status != CLI_OK)
    return status;
  if ((list = daicho_meeting_store_revisions (db, id, &error)) == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoMeetingRevision) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *rid = cli_int_text (r->id);

      cli_table_add (table, rid, r->revised_at, r->target_label,
                     cli_is_csv (globals) ? r->field : daicho_meeting_field_label (r->field),
                     r->old_value, r->new_value, r->reason, r->revised_by_name, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

/* agenda … */

/* agenda add (--meeting ID) and agenda edit (ITEM; what is not given stays). */
static int
cmd_agenda_add_or_edit (CliGlobals *globals, int argc, char **argv)
{
  gboolean edit = g_str_has_suffix (argv[0], "edit");
  g_autofree char *meeting = NULL, *title = NULL, *area_text = NULL, *presenter = NULL;
  g_autofree char *materials = NULL, *reason = NULL;
  int minutes = -1;
  const GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting, N_("The meeting, by ID"), N_("ID") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title of the item"), N_("TEXT") },
    { "area", 0, 0, G_OPTION_ARG_STRING, &area_text,
      N_("Deliberation area of 第5条第2項: 1 to 7"), N_("N") },
    { "presenter", 0, 0, G_OPTION_ARG_STRING, &presenter, N_("Who presents it"), N_("TEXT") },
    { "minutes", 0, 0, G_OPTION_ARG_INT, &minutes, N_("Planned minutes"), N_("N") },
    { "materials", 0, 0, G_OPTION_ARG_STRING, &materials, N_("Materials"), N_("TEXT") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;
  DaichoAgendaItemInput input = { 0 };
  gint64 id = 0, meeting_id = 0;
  int area = 0;

  if (!cli_parse (globals, argv[0], edit ? _("ITEM") : NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (edit && (id = cli_id_arg (argc, argv, _("Name the agenda item by its ID (see meeting "
                                          "show)."))) == 0)
    return CLI_USAGE_ERROR;
  if (!edit && (meeting == NULL || title == NULL || area_text == NULL))
    return cli_fail (CLI_USAGE_ERROR, _("agenda add needs --meeting ID, --title TEXT and --area "
                                        "N."));
  if (!edit && (meeting_id = cli_id_option (meeting, "--meeting")) == 0)
    return CLI_USAGE_ERROR;
  if (area_text != NULL && !daicho_committee_area_parse (area_text, &area))
    return cli_fail (CLI_USAGE_ERROR, _("--area is one of the seven deliberation areas of "
                                        "第5条第2項: 1 to 7."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (edit && (item = daicho_meeting_store_get_item (db, id, &error)) == NULL)
    return cli_fail_error (error);
  input.title = title ? title : item ? item->title : NULL;
  input.area = area_text ? area : item ? (int) item->area : 0;
  input.presenter = presenter ? presenter : item ? item->presenter : NULL;
  input.planned_minutes = minutes >= 0 ? minutes : item ? (int) item->planned_minutes : 0;
  input.materials = materials ? materials : item ? item->materials : NULL;
  if (edit)
    return cli_finish (daicho_meeting_store_update_item (db, id, &input, reason, &error), &error);
  id = daicho_meeting_store_add_item (db, meeting_id, &input, reason, &error);
  return cli_print_id (id, &error);
}

/* agenda move, withdraw, record: ITEM and their options. */
static int
cmd_agenda_change (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *reason = NULL, *discussion = NULL, *decision = NULL;
  int to = 0;
  gboolean move = g_str_has_suffix (argv[0], "move");
  gboolean withdraw = g_str_has_suffix (argv[0], "withdraw");
  const GOptionEntry move_entries[] = {
    { "to", 0, 0, G_OPTION_ARG_INT, &to, N_("The new place on the agenda, from 1"), N_("N") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  }, withdraw_entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the item is withdrawn (required)"),
      N_("TEXT") },
    { NULL }
  }, record_entries[] = {
    { "discussion", 0, 0, G_OPTION_ARG_STRING, &discussion, N_("What was discussed (審議内容)"),
      N_("TEXT") },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &decision, N_("What was decided (決定事項)"),
      N_("TEXT") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Reason, to revise final minutes"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;
  gint64 id;

  if (!cli_parse (globals, argv[0], _("ITEM"),
                  move ? move_entries : withdraw ? withdraw_entries : record_entries, &argc,
                  &argv) ||
      (id = cli_id_arg (argc, argv, _("Name the agenda item by its ID (see meeting show)."))) == 0)
    return CLI_USAGE_ERROR;
  if (move && to < 1)
    return cli_fail (CLI_USAGE_ERROR, _("agenda move needs --to N."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (move)
    return cli_finish (daicho_meeting_store_move_item (db, id, (guint) to, reason, &error),
                       &error);
  if (withdraw)
    return cli_finish (daicho_meeting_store_withdraw_item (db, id, reason, &error), &error);
  if ((item = daicho_meeting_store_get_item (db, id, &error)) == NULL)
    return cli_fail_error (error);
  ok = daicho_meeting_store_record_item (db, id, discussion ? discussion : item->discussion,
                                         decision ? decision : item->decision, reason, &error);
  return cli_finish (ok, &error);
}

/* export agenda and export minutes: --meeting ID --output FILE. */
static int
cmd_export_meeting (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *meeting = NULL, *output = NULL;
  gboolean minutes = g_str_has_suffix (argv[0], "minutes");
  const GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting, N_("The meeting, by ID"), N_("ID") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("FILE.pdf or FILE.xlsx"), N_("FILE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (meeting == NULL || output == NULL)
    return cli_fail (CLI_USAGE_ERROR, minutes
                     ? _("export minutes needs --meeting ID and --output FILE.")
                     : _("export agenda needs --meeting ID and --output FILE."));
  if (!cli_is_form_file (output))
    return cli_fail (CLI_USAGE_ERROR, _("--output must end in .pdf or .xlsx."));
  if ((id = cli_id_option (meeting, "--meeting")) == 0)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  form = minutes ? daicho_meeting_minutes_form_new (db, id, &error)
                 : daicho_meeting_notice_form_new (db, id, &error);
  if (form == NULL)
    return cli_fail_error (error);
  return cli_write_form (form, output);
}

const CliCommand cli_meeting_commands[] = {
  { "committee name", N_("show the security committee's name, or set it: [NAME]"),
    cmd_committee_name },
  { "committee roster", N_("committee posts and their holders [--on DATE] [--all]"),
    cmd_committee_roster },
  { "committee post", N_("--add NAME | --rename CODE --name NAME [--move N] | --retire CODE"),
    cmd_committee_post },
  { "meeting list", N_("security committee meetings [--fiscal-year YEAR]"), cmd_meeting_list },
  { "meeting show", N_("a meeting: attendance, agenda, carried and new action items: ID"),
    cmd_meeting_show },
  { "meeting new", N_("plan a meeting: --date DATE [--start TIME --end TIME --place TEXT]"),
    cmd_meeting_new_or_edit },
  { "meeting edit", N_("change date, times, place, next meeting, recorder: ID [--reason …]"),
    cmd_meeting_new_or_edit },
  { "meeting invite", N_("invite someone (第5条第7項): ID --name … --affiliation … [--title …]"),
    cmd_meeting_invite },
  { "meeting held", N_("mark a meeting as held: ID"), cmd_meeting_step },
  { "meeting attend", N_("record attendance: ID --post CODE|--invitee ID|--all --as 出席|欠席|"
                         "代理出席 [--proxy NAME]"), cmd_meeting_attend },
  { "meeting preside", N_("record who presided: ID [--post CODE]"), cmd_meeting_preside },
  { "meeting finalize", N_("make the minutes final (locked): ID"), cmd_meeting_step },
  { "meeting cancel", N_("cancel a meeting in preparation: ID --reason TEXT"),
    cmd_meeting_cancel },
  { "meeting revisions", N_("changes made to final minutes: ID"), cmd_meeting_revisions },
  { "agenda add", N_("add an agenda item: --meeting ID --title TEXT --area 1-7 [--presenter … "
                     "--minutes N --materials …]"), cmd_agenda_add_or_edit },
  { "agenda edit", N_("change an agenda item: ITEM [--title … --area … …] [--reason …]"),
    cmd_agenda_add_or_edit },
  { "agenda move", N_("move an agenda item: ITEM --to N"), cmd_agenda_change },
  { "agenda withdraw", N_("withdraw an agenda item: ITEM --reason TEXT"), cmd_agenda_change },
  { "agenda record", N_("record discussion and decision: ITEM [--discussion … --decision …]"),
    cmd_agenda_change },
  { "export agenda", N_("notice and agenda (開催通知・次第): --meeting ID --output FILE.pdf"),
    cmd_export_meeting },
  { "export minutes", N_("minutes (議事録): --meeting ID --output FILE.pdf|FILE.xlsx"),
    cmd_export_meeting },
  { NULL }
};
