/* daicho-meeting-dialogs.c — the dialogs of the セキュリティ会議 tab
 *
 * Planning a meeting and its agenda (each item tagged with one of the
 * seven deliberation areas of 第5条第2項), inviting others at the chair's
 * call (第5条第7項), recording what was discussed and decided, the
 * instructions and requests (指示・要請, 第4条第3項第6号) as action items,
 * and following those up until done. Each is a DaichoFormDialog: the store
 * checks every rule in its write and a refusal stays on screen with what
 * was typed. Once the minutes are final every change asks for a reason
 * and is kept as a revision.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-committee-store.h"
#include "daicho-gui-util.h"
#include "daicho-ledger-dialogs.h"
#include "daicho-meeting-dialogs.h"
#include "widgets/daicho-form-dialog.h"

typedef struct
{
  DaichoContext       *context;
  GtkWidget           *parent;
  DaichoMeeting       *meeting;
  DaichoAgendaItem    *item;
  DaichoMeetingInvitee *invitee;
  DaichoMeetingMember *member;
  DaichoMeetingAction *action;
  char                *kind;
  char                *state;
  gint64               id;
  GListStore          *items;        /* the agenda items a combo row offers */
  GtkWidget           *rows[8];
  GtkTextBuffer       *texts[2];
  GtkWidget           *reason_row;
  DaichoMeetingChange  apply;
  gpointer             apply_data;
  GDestroyNotify       apply_destroy;
  char                *message;
} Form;

static void
form_free (Form *f)
{
  g_clear_object (&f->context);
  g_clear_object (&f->parent);
  g_clear_object (&f->meeting);
  g_clear_object (&f->item);
  g_clear_object (&f->invitee);
  g_clear_object (&f->member);
  g_clear_object (&f->action);
  g_clear_object (&f->items);
  g_free (f->kind);
  g_free (f->state);
  g_free (f->message);
  if (f->apply_destroy != NULL)
    f->apply_destroy (f->apply_data);
  g_free (f);
}

static Form *
form_new (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting)
{
  Form *f = g_new0 (Form, 1);

  f->context = g_object_ref (context);
  f->parent = g_object_ref (parent);
  f->meeting = meeting ? g_object_ref (meeting) : NULL;
  return f;
}

static gboolean
is_final (Form *f)
{
  return f->meeting != NULL && g_strcmp0 (f->meeting->state, "final") == 0;
}

static const char *
text_of (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The reason of a revision, or NULL before the minutes are final. */
static const char *
reason_of (Form *f)
{
  return f->reason_row ? text_of (f->reason_row) : NULL;
}

/* Takes @message. */
static gboolean
changed (Form *f, char *message)
{
  daicho_context_data_changed (f->context, "meeting");
  daicho_gui_toast (f->parent, message);
  g_free (message);
  return TRUE;
}

/* A dialog with @groups (NULL-terminated) and, on final minutes, a group
 * asking the revision's reason. */
static void
run (Form *f, const char *title, const char *accept, const char *description,
     DaichoFormDialogSubmit submit, GtkWidget *focus, ...)
{
  DaichoFormDialog *dialog = daicho_form_dialog_new (f->parent, title, accept, FALSE);
  GtkWidget *group;
  va_list args;

  if (description != NULL)
    daicho_form_dialog_set_description (dialog, description);
  va_start (args, focus);
  while ((group = va_arg (args, GtkWidget *)) != NULL)
    daicho_form_dialog_add (dialog, group);
  va_end (args);
  if (is_final (f) && f->reason_row == NULL)
    {
      group = daicho_gui_group_new (_("Revision"),
                                    _("The minutes are final: the change is kept as a revision "
                                      "with its reason."));
      f->reason_row = daicho_gui_entry_row (_("Reason for the revision"), NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->reason_row);
      daicho_form_dialog_add (dialog, group);
    }
  daicho_form_dialog_set_submit (dialog, submit, f, (GDestroyNotify) form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static GtkWidget *
add_entry (GtkWidget *group, const char *title, const char *text)
{
  GtkWidget *row = daicho_gui_entry_row (title, text);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* A multi-line text titled @title in @group, holding @text. */
static GtkTextBuffer *
add_text_area (GtkWidget *group, const char *title, const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 110);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return buffer;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Reads a time row ("" gives NULL). */
static gboolean
read_time (GtkWidget *row, char **hhmm, GError **error)
{
  g_autofree char *clean = daicho_text_strip (text_of (row));

  *hhmm = NULL;
  if (clean == NULL || *clean == '\0')
    return TRUE;
  return daicho_meeting_time_parse (clean, hhmm, error);
}

static char *
number_label (DaichoMeeting *meeting)
{
  return daicho_meeting_number_label ((int) meeting->fiscal_year, (int) meeting->number);
}

/* The meeting */

enum { M_DATE, M_START, M_END, M_PLACE, M_NEXT, M_RECORDER };

static gboolean
submit_meeting (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  DaichoStaff *recorder = daicho_ledger_person_field_get (f->rows[M_RECORDER]);
  g_autofree char *date = NULL, *start = NULL, *end = NULL, *label = NULL;
  DaichoMeetingInput input = { 0 };
  gint64 id;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->rows[M_DATE]), TRUE, &date, error) ||
      !read_time (f->rows[M_START], &start, error) || !read_time (f->rows[M_END], &end, error))
    return FALSE;
  if (*text_of (f->rows[M_RECORDER]) != '\0' && recorder == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("No current staff member has the employee number %s: correct it, or "
                     "leave it empty for the secretariat (庶務)."), text_of (f->rows[M_RECORDER]));
      return FALSE;
    }
  input.meeting_date = date;
  input.start_time = start;
  input.end_time = end;
  input.place = text_of (f->rows[M_PLACE]);
  input.next_meeting = text_of (f->rows[M_NEXT]);
  input.recorder_id = recorder ? recorder->id : 0;
  if (f->meeting == NULL)
    {
      g_autoptr(DaichoMeeting) made = NULL;

      if ((id = daicho_meeting_store_new (db, &input, error)) == 0)
        return FALSE;
      made = daicho_meeting_store_get (db, id, NULL);
      label = made ? number_label (made) : g_strdup ("");
      changed (f, g_strdup_printf (_("Meeting %s planned"), label));
      gtk_widget_activate_action (f->parent, "committee.open", "x", id);
      return TRUE;
    }
  if (!daicho_meeting_store_update (db, f->meeting->id, &input, reason_of (f), error))
    return FALSE;
  label = number_label (f->meeting);
  return changed (f, g_strdup_printf (_("Meeting %s changed"), label));
}

void
daicho_meeting_dialog_edit (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting)
{
  Form *f = form_new (parent, context, meeting);
  GtkWidget *when = daicho_gui_group_new (_("When and Where"), NULL);
  GtkWidget *minutes = daicho_gui_group_new (_("Minutes"),
                                             _("The recorder is the secretariat (庶務) unless "
                                               "another employee number is given."));
  g_autofree char *start = meeting && meeting->start_time
                           ? daicho_meeting_time_label (meeting->start_time) : NULL;
  g_autofree char *end = meeting && meeting->end_time
                         ? daicho_meeting_time_label (meeting->end_time) : NULL;
  g_autoptr(DaichoStaff) recorder = NULL;
  g_autofree char *title = meeting ? g_strdup_printf (_("Meeting %s"), number_label (meeting))
                                   : g_strdup (_("Plan a Meeting"));

  f->rows[M_DATE] = daicho_gui_date_row (context, _("Date"), meeting ? meeting->meeting_date
                                                                      : NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (when), f->rows[M_DATE]);
  f->rows[M_START] = add_entry (when, _("Starts at (14:00, 午後2時)"), start);
  f->rows[M_END] = add_entry (when, _("Ends at"), end);
  f->rows[M_PLACE] = add_entry (when, C_("meeting", "Place"), meeting ? meeting->place : NULL);
  f->rows[M_NEXT] = add_entry (minutes, _("Next meeting (次回開催)"),
                               meeting ? meeting->next_meeting : NULL);
  f->rows[M_RECORDER] =
    daicho_ledger_person_field_new (context, ADW_PREFERENCES_GROUP (minutes),
                                    _("Recorder (employee number)"),
                                    meeting ? daicho_person_emp_no (context, meeting->recorder_id,
                                                                    &recorder)
                                            : NULL);
  run (f, title, meeting ? _("_Save") : _("_Plan"),
       meeting ? NULL
               : _("The meeting is numbered in its fiscal year (令和7年度第1回 …). The members "
                   "invited are the holders of the committee's posts on its date."),
       submit_meeting, f->rows[M_DATE], when, minutes, NULL);
}

/* Agenda items */

enum { I_TITLE, I_AREA, I_PRESENTER, I_MINUTES, I_MATERIALS };

static gboolean
submit_item (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  g_autofree char *minutes = daicho_text_normalize_width (text_of (f->rows[I_MINUTES]));
  DaichoAgendaItemInput input = { 0 };
  char *end = NULL;
  gint64 planned = 0;

  g_strstrip (minutes);
  if (*minutes != '\0')
    {
      planned = g_ascii_strtoll (minutes, &end, 10);
      if (end == NULL || *end != '\0' || planned < 0)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("The planned time is a number of minutes, such as 15."));
          return FALSE;
        }
    }
  input.title = text_of (f->rows[I_TITLE]);
  input.area = (int) adw_combo_row_get_selected (ADW_COMBO_ROW (f->rows[I_AREA])) + 1;
  input.presenter = text_of (f->rows[I_PRESENTER]);
  input.planned_minutes = (int) CLAMP (planned, 0, G_MAXINT);
  input.materials = text_of (f->rows[I_MATERIALS]);
  if (f->item == NULL)
    {
      if (daicho_meeting_store_add_item (db, f->meeting->id, &input, reason_of (f), error) == 0)
        return FALSE;
      return changed (f, g_strdup (_("Agenda item added")));
    }
  if (!daicho_meeting_store_update_item (db, f->item->id, &input, reason_of (f), error))
    return FALSE;
  return changed (f, g_strdup (_("Agenda item changed")));
}

void
daicho_meeting_dialog_item (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting,
                            DaichoAgendaItem *item)
{
  Form *f = form_new (parent, context, meeting);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);
  g_autofree char *minutes = item && item->planned_minutes
                             ? g_strdup_printf ("%lld", (long long) item->planned_minutes) : NULL;
  g_autofree char *title = item ? g_strdup_printf (_("Agenda Item %lld"), (long long) item->no)
                                : g_strdup (_("Add an Agenda Item"));

  f->item = item ? g_object_ref (item) : NULL;
  f->rows[I_TITLE] = add_entry (group, C_("agenda", "Title"), item ? item->title : NULL);
  for (int area = 1; area <= 7; area++)
    gtk_string_list_append (areas, daicho_committee_area_label (area));
  f->rows[I_AREA] = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->rows[I_AREA]),
                                 _("Deliberation area (第5条第2項)"));
  adw_combo_row_set_model (ADW_COMBO_ROW (f->rows[I_AREA]), G_LIST_MODEL (areas));
  if (item != NULL && item->area >= 1 && item->area <= 7)
    adw_combo_row_set_selected (ADW_COMBO_ROW (f->rows[I_AREA]), (guint) item->area - 1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->rows[I_AREA]);
  f->rows[I_PRESENTER] = add_entry (group, _("Presenter (説明者)"), item ? item->presenter : NULL);
  f->rows[I_MINUTES] = add_entry (group, _("Planned minutes"), minutes);
  f->rows[I_MATERIALS] = add_entry (group, _("Materials (資料)"), item ? item->materials : NULL);
  run (f, title, item ? _("_Save") : _("_Add"),
       _("Every agenda item is one of the seven matters the committee deliberates on "
         "(第5条第2項)."),
       submit_item, f->rows[I_TITLE], group, NULL);
}

static gboolean
submit_record (gpointer user_data, GError **error)
{
  Form *f = user_data;
  g_autofree char *discussion = buffer_text (f->texts[0]);
  g_autofree char *decision = buffer_text (f->texts[1]);

  if (!daicho_meeting_store_record_item (daicho_context_get_db (f->context), f->item->id,
                                         discussion, decision, reason_of (f), error))
    return FALSE;
  return changed (f, g_strdup_printf (_("Record of agenda item %lld saved"),
                                      (long long) f->item->no));
}

void
daicho_meeting_dialog_record_item (GtkWidget *parent, DaichoContext *context,
                                   DaichoMeeting *meeting, DaichoAgendaItem *item)
{
  Form *f = form_new (parent, context, meeting);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  g_autofree char *title = g_strdup_printf (_("Agenda Item %lld"), (long long) item->no);
  g_autofree char *description = g_strdup_printf ("%s — %s", item->title,
                                                  daicho_committee_area_label ((int) item->area));

  f->item = g_object_ref (item);
  f->texts[0] = add_text_area (group, _("Discussion (審議内容)"), item->discussion);
  f->texts[1] = add_text_area (group, _("Decision (決定事項)"), item->decision);
  run (f, title, _("_Save"), description, submit_record, NULL, group, NULL);
  gtk_window_set_default_size (GTK_WINDOW (gtk_widget_get_root (group)), 560, 560);
}

/* Invitees and attendance */

enum { V_NAME, V_AFFILIATION, V_TITLE };

static gboolean
submit_invitee (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);

  if (f->invitee == NULL)
    {
      if (daicho_meeting_store_add_invitee (db, f->meeting->id, text_of (f->rows[V_NAME]),
                                            text_of (f->rows[V_AFFILIATION]),
                                            text_of (f->rows[V_TITLE]), reason_of (f),
                                            error) == 0)
        return FALSE;
      return changed (f, g_strdup_printf (_("%s invited"), text_of (f->rows[V_NAME])));
    }
  if (!daicho_meeting_store_update_invitee (db, f->invitee->id, text_of (f->rows[V_NAME]),
                                            text_of (f->rows[V_AFFILIATION]),
                                            text_of (f->rows[V_TITLE]), reason_of (f), error))
    return FALSE;
  return changed (f, g_strdup (_("Invitee changed")));
}

void
daicho_meeting_dialog_invitee (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting,
                               DaichoMeetingInvitee *invitee)
{
  Form *f = form_new (parent, context, meeting);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);

  f->invitee = invitee ? g_object_ref (invitee) : NULL;
  f->rows[V_NAME] = add_entry (group, C_("staff", "Name"), invitee ? invitee->name : NULL);
  f->rows[V_AFFILIATION] = add_entry (group, _("Affiliation (所属)"),
                                      invitee ? invitee->affiliation : NULL);
  f->rows[V_TITLE] = add_entry (group, _("Title (職名)"), invitee ? invitee->title : NULL);
  run (f, invitee ? _("Invitee") : _("Invite Someone"), invitee ? _("_Save") : _("_Invite"),
       _("The chair may call others than the members to attend and speak (第5条第7項)."),
       submit_invitee, f->rows[V_NAME], group, NULL);
}

static gboolean
submit_proxy (gpointer user_data, GError **error)
{
  Form *f = user_data;

  if (!daicho_meeting_store_attend (daicho_context_get_db (f->context), f->meeting->id,
                                    f->member->post_id, "proxy", text_of (f->rows[0]),
                                    reason_of (f), error))
    return FALSE;
  return changed (f, g_strdup_printf (_("%s attended by proxy"), f->member->post_name));
}

void
daicho_meeting_dialog_proxy (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting,
                             DaichoMeetingMember *member)
{
  Form *f = form_new (parent, context, meeting);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  g_autofree char *description = g_strdup_printf (_("Who attended for %s (%s)?"),
                                                  member->staff_name, member->post_name);

  f->member = g_object_ref (member);
  f->rows[0] = add_entry (group, _("Proxy's name"), member->proxy_name);
  run (f, _("Attended by Proxy"), _("_Save"), description, submit_proxy, f->rows[0], group, NULL);
}

/* Action items */

enum { A_TEXT, A_OWNER, A_DUE, A_ITEM };

static gboolean
submit_action (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  DaichoStaff *owner = daicho_ledger_person_field_get (f->rows[A_OWNER]);
  g_autofree char *due = NULL;
  DaichoMeetingActionInput input = { 0 };
  guint chosen = adw_combo_row_get_selected (ADW_COMBO_ROW (f->rows[A_ITEM]));

  if (!daicho_gui_read_date (GTK_EDITABLE (f->rows[A_DUE]), FALSE, &due, error))
    return FALSE;
  input.text = text_of (f->rows[A_TEXT]);
  input.owner_id = owner ? owner->id : 0;
  input.due_date = due;
  if (chosen > 0 && chosen <= g_list_model_get_n_items (G_LIST_MODEL (f->items)))
    {
      g_autoptr(DaichoAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (f->items),
                                                                chosen - 1);
      input.agenda_item_id = item->id;
    }
  if (*text_of (f->rows[A_OWNER]) != '\0' && owner == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("No current staff member has the employee number %s: give the employee "
                     "number of who carries out the instruction."), text_of (f->rows[A_OWNER]));
      return FALSE;
    }
  if (f->action == NULL)
    {
      if (daicho_meeting_store_add_action (db, f->meeting->id, &input, reason_of (f), error) == 0)
        return FALSE;
      return changed (f, g_strdup (_("Action item added")));
    }
  if (!daicho_meeting_store_update_action (db, f->action->id, &input, reason_of (f), error))
    return FALSE;
  return changed (f, g_strdup (_("Action item changed")));
}

void
daicho_meeting_dialog_action (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting,
                              DaichoMeetingAction *action)
{
  Form *f = form_new (parent, context, meeting);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(DaichoStaff) owner = NULL;
  guint selected = 0;

  f->action = action ? g_object_ref (action) : NULL;
  f->items = daicho_meeting_store_items (daicho_context_get_db (context), meeting->id, FALSE,
                                         NULL);
  if (f->items == NULL)
    f->items = g_list_store_new (DAICHO_TYPE_AGENDA_ITEM);
  f->rows[A_TEXT] = add_entry (group, _("Instruction or request"), action ? action->text : NULL);
  f->rows[A_OWNER] = daicho_ledger_person_field_new (context, ADW_PREFERENCES_GROUP (group),
                                                     _("Owner (employee number)"),
                                                     action ? daicho_person_emp_no (
                                                                context, action->owner_id, &owner)
                                                            : NULL);
  f->rows[A_DUE] = daicho_gui_date_row (context, _("Due date"), action ? action->due_date : NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->rows[A_DUE]);

  gtk_string_list_append (labels, _("The meeting as a whole"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->items)); i++)
    {
      g_autoptr(DaichoAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (f->items), i);
      g_autofree char *label = g_strdup_printf ("%lld. %s", (long long) item->no, item->title);

      gtk_string_list_append (labels, label);
      if (action != NULL && action->agenda_item_id == item->id)
        selected = i + 1;
    }
  f->rows[A_ITEM] = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->rows[A_ITEM]), _("Agenda item"));
  adw_combo_row_set_model (ADW_COMBO_ROW (f->rows[A_ITEM]), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (f->rows[A_ITEM]), selected);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->rows[A_ITEM]);
  run (f, action ? _("Action Item") : _("Add an Action Item"), action ? _("_Save") : _("_Add"),
       _("An instruction or request of the 統括責任者 based on the deliberations "
         "(第4条第3項第6号): it is followed from meeting to meeting until done."),
       submit_action, f->rows[A_TEXT], group, NULL);
}

enum { S_DATE, S_NOTE };

static gboolean
submit_action_state (gpointer user_data, GError **error)
{
  Form *f = user_data;
  g_autofree char *on = NULL;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->rows[S_DATE]), TRUE, &on, error) ||
      !daicho_meeting_store_set_action_state (daicho_context_get_db (f->context), f->action->id,
                                              f->state, on, text_of (f->rows[S_NOTE]), error))
    return FALSE;
  return changed (f, g_strdup_printf (_("Action item: %s"),
                                      daicho_meeting_action_state_label (f->state)));
}

void
daicho_meeting_dialog_action_state (GtkWidget *parent, DaichoContext *context,
                                    DaichoMeetingAction *action, const char *state)
{
  Form *f = form_new (parent, context, NULL);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *text = daicho_meeting_action_text (context, action);
  g_autofree char *title = g_strdup_printf (_("Action Item: %s"),
                                            daicho_meeting_action_state_label (state));

  f->action = g_object_ref (action);
  f->state = g_strdup (state);
  f->rows[S_DATE] = daicho_gui_date_row (context, _("On"), today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->rows[S_DATE]);
  f->rows[S_NOTE] = add_entry (group, _("Note"), NULL);
  run (f, title, _("_Record"), text, submit_action_state, f->rows[S_DATE], group, NULL);
}

/* Withdrawing and cancelling */

static gboolean
submit_withdraw (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  const char *reason = text_of (f->rows[0]);
  gboolean ok;

  if (g_str_equal (f->kind, "item"))
    ok = daicho_meeting_store_withdraw_item (db, f->id, reason, error);
  else if (g_str_equal (f->kind, "invitee"))
    ok = daicho_meeting_store_withdraw_invitee (db, f->id, reason, error);
  else if (g_str_equal (f->kind, "action"))
    ok = daicho_meeting_store_withdraw_action (db, f->id, reason, error);
  else
    ok = daicho_meeting_store_cancel (db, f->meeting->id, reason, error);
  if (!ok)
    return FALSE;
  return changed (f, g_str_equal (f->kind, "meeting") ? g_strdup (_("Meeting cancelled"))
                                                       : g_strdup_printf (_("%s withdrawn"),
                                                                          f->message));
}

void
daicho_meeting_dialog_withdraw (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting,
                                const char *kind, gint64 id, const char *what)
{
  Form *f = form_new (parent, context, meeting);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  gboolean cancel = g_str_equal (kind, "meeting");
  g_autofree char *title = cancel ? g_strdup (_("Cancel the Meeting"))
                                  : g_strdup_printf (_("Withdraw %s"), what);
  g_autofree char *description =
    cancel ? g_strdup (_("The meeting stays in the list, marked 中止 with your reason; its number "
                         "is not used again."))
           : g_strdup_printf (_("%s stays on record, marked withdrawn with your reason."), what);

  f->kind = g_strdup (kind);
  f->id = id;
  f->message = g_strdup (what);
  /* The withdrawal's reason is the revision's too: no second question. */
  f->rows[0] = add_entry (group, _("Reason"), NULL);
  f->reason_row = f->rows[0];
  run (f, title, cancel ? _("Cancel _Meeting") : _("_Withdraw"), description, submit_withdraw,
       f->rows[0], group, NULL);
}

/* A change with only a reason to ask */

static gboolean
submit_change (gpointer user_data, GError **error)
{
  Form *f = user_data;

  if (!f->apply (f->apply_data, reason_of (f), error))
    return FALSE;
  return changed (f, g_strdup (f->message));
}

void
daicho_meeting_dialog_change (GtkWidget *parent, DaichoContext *context, DaichoMeeting *meeting,
                              const char *title, DaichoMeetingChange apply, gpointer data,
                              GDestroyNotify destroy, const char *done_message)
{
  Form *f = form_new (parent, context, meeting);
  g_autoptr(GError) error = NULL;

  f->apply = apply;
  f->apply_data = data;
  f->apply_destroy = destroy;
  f->message = g_strdup (done_message);
  if (!is_final (f))
    {
      if (apply (data, NULL, &error))
        changed (f, g_strdup (done_message));
      else
        {
          daicho_gui_show_error (parent, title, error);
          daicho_context_data_changed (context, "meeting");
        }
      form_free (f);
      return;
    }
  run (f, title, _("_Revise"), NULL, submit_change, NULL, NULL);
  gtk_widget_grab_focus (f->reason_row);
}

/* The committee's name */

static gboolean
submit_committee_name (gpointer user_data, GError **error)
{
  Form *f = user_data;

  if (!daicho_committee_set_name (daicho_context_get_db (f->context), text_of (f->rows[0]),
                                  error))
    return FALSE;
  return changed (f, g_strdup (_("Committee renamed")));
}

void
daicho_meeting_dialog_committee_name (GtkWidget *parent, DaichoContext *context)
{
  Form *f = form_new (parent, context, NULL);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  g_autofree char *name = daicho_committee_get_name (daicho_context_get_db (context), NULL);

  f->rows[0] = add_entry (group, _("Name"), name);
  run (f, _("Committee Name"), _("_Save"),
       _("Printed in the title of the minutes: 令和7年度第1回 住基ネットセキュリティ会議 議事録."),
       submit_committee_name, f->rows[0], group, NULL);
}

char *
daicho_meeting_action_text (DaichoContext *context, DaichoMeetingAction *action)
{
  g_autofree char *due = daicho_context_format_date (context, action->due_date);
  const char *state = daicho_meeting_action_state_label (action->state);

  if (action->withdrawn_at != NULL)
    return g_strdup_printf (_("%s — %s · withdrawn"), action->text, action->owner_name);
  if (g_strcmp0 (action->state, "done") == 0)
    {
      g_autofree char *done = daicho_context_format_date (context, action->done_date);

      return g_strdup_printf (_("%s — %s · done on %s"), action->text, action->owner_name, done);
    }
  if (action->due_date == NULL)
    return g_strdup_printf ("%s — %s · %s", action->text, action->owner_name, state);
  return g_strdup_printf (_("%s — %s · due %s · %s"), action->text, action->owner_name, due,
                          state);
}
