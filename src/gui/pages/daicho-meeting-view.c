/* daicho-meeting-view.c — one meeting of the セキュリティ会議 (S4-3-6, S5)
 *
 * The secretariat's page for a meeting, from preparation to final minutes:
 * when and where; the agenda, every item tagged with its deliberation area
 * of 第5条第2項 and its planned minutes (the total shown), with the open
 * action items of earlier meetings carried as 継続事項; the members — the
 * holders of the committee's posts on the day — and the others the chair
 * invited (第5条第7項). Once held: attendance (出席, 欠席, 代理出席), who
 * presided (the chair, or the vice-chair when the chair is absent,
 * 第5条第5項: "By the Rule" records it), each item's discussion and decision,
 * and the instructions and requests as action items. Finalising locks the
 * minutes; afterwards every change asks for a reason and is listed as a
 * revision. The header prints the notice and agenda and the minutes, or
 * saves them as PDF or Excel.
 *
 * Everything is re-read after each change (data-changed::meeting).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-committee-store.h"
#include "daicho/daicho-meeting-forms.h"
#include "daicho-gui-util.h"
#include "daicho-meeting-view.h"
#include "daicho-print.h"
#include "dialogs/daicho-meeting-dialogs.h"

struct _DaichoMeetingView
{
  AdwBin             parent_instance;

  /* template widgets */
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkWidget         *cancel_button;
  GtkWidget         *held_button;
  GtkWidget         *finalize_button;
  GtkScrolledWindow *scroller;
  GtkBox            *content_box;

  /* owned */
  DaichoContext     *context;
  DaichoMeeting     *meeting;
  gint64             id;
  gboolean           stale;   /* records changed while the view was hidden */
};

G_DEFINE_FINAL_TYPE (DaichoMeetingView, daicho_meeting_view, ADW_TYPE_BIN)

static void reload (DaichoMeetingView *self);

static gboolean
state_is (DaichoMeetingView *self, const char *state)
{
  return self->meeting != NULL && g_strcmp0 (self->meeting->state, state) == 0;
}

/* Held or final: the record may be written. */
static gboolean
recording (DaichoMeetingView *self)
{
  return state_is (self, "held") || state_is (self, "final");
}

static gboolean
editable (DaichoMeetingView *self)
{
  return !state_is (self, "cancelled");
}

static GtkWidget *
group_new (DaichoMeetingView *self, const char *title, const char *description)
{
  GtkWidget *group = daicho_gui_group_new (title, description);

  gtk_box_append (self->content_box, group);
  return group;
}

/* A small button for a row: an icon with @tooltip as its accessible label,
 * or a text when @icon is NULL. @record (a DaichoRecord) rides along. */
static GtkWidget *
row_button (GtkWidget *row, const char *icon, const char *text, const char *tooltip,
            GCallback callback, DaichoMeetingView *self, gpointer record)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon)
                           : gtk_button_new_with_mnemonic (text);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (icon != NULL)
    gtk_widget_add_css_class (button, "flat");
  if (tooltip != NULL)
    {
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
    }
  if (record != NULL)
    g_object_set_data_full (G_OBJECT (button), "daicho-record", g_object_ref (record),
                            g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static gpointer
record_of (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "daicho-record");
}

static GtkWidget *
header_button (GtkWidget *group, const char *label, GCallback callback, DaichoMeetingView *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  return button;
}

/* Changes that need only a reason on final minutes */

typedef struct
{
  DaichoDb *db;
  gint64    meeting_id;
  gint64    id;
  char     *value;
  guint     position;
} Change;

static void
change_free (Change *c)
{
  g_clear_object (&c->db);
  g_free (c->value);
  g_free (c);
}

static Change *
change_new (DaichoMeetingView *self, gint64 id, const char *value)
{
  Change *c = g_new0 (Change, 1);

  c->db = g_object_ref (daicho_context_get_db (self->context));
  c->meeting_id = self->id;
  c->id = id;
  c->value = g_strdup (value);
  return c;
}

static gboolean
apply_attend (gpointer data, const char *reason, GError **error)
{
  Change *c = data;

  return daicho_meeting_store_attend (c->db, c->meeting_id, c->id, c->value, NULL, reason, error);
}

static gboolean
apply_invitee_attend (gpointer data, const char *reason, GError **error)
{
  Change *c = data;

  return daicho_meeting_store_invitee_attend (c->db, c->id, c->value, reason, error);
}

static gboolean
apply_preside (gpointer data, const char *reason, GError **error)
{
  Change *c = data;

  return daicho_meeting_store_preside (c->db, c->meeting_id, c->id, reason, error);
}

static gboolean
apply_move (gpointer data, const char *reason, GError **error)
{
  Change *c = data;

  return daicho_meeting_store_move_item (c->db, c->id, c->position, reason, error);
}

static void
change (DaichoMeetingView *self, const char *title, DaichoMeetingChange apply, Change *c,
        const char *message)
{
  daicho_meeting_dialog_change (GTK_WIDGET (self), self->context, self->meeting, title, apply, c,
                                (GDestroyNotify) change_free, message);
}

/* The meeting */

static void
on_edit_meeting (DaichoMeetingView *self)
{
  daicho_meeting_dialog_edit (GTK_WIDGET (self), self->context, self->meeting);
}

static void
add_meeting_group (DaichoMeetingView *self)
{
  DaichoMeeting *m = self->meeting;
  GtkWidget *group = group_new (self, _("Meeting"), NULL);
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  g_autofree char *when = daicho_meeting_datetime_label (m);
  g_autofree char *finalized = daicho_gui_person_and_time (self->context, m->finalized_by_name,
                                                           m->finalized_at, NULL);
  g_autofree char *recorder = m->recorder_name
    ? g_strdup_printf ("%s（%s）", m->recorder_name, m->recorder_office_name
                                                    ? m->recorder_office_name : "")
    : NULL;

  daicho_gui_property_row (g, _("Date and time"), when);
  daicho_gui_property_row (g, C_("meeting", "Place"), m->place);
  daicho_gui_property_row (g, _("Recorder (庶務)"), recorder);
  daicho_gui_property_row (g, _("Next meeting"), m->next_meeting);
  if (m->cancel_reason != NULL)
    gtk_widget_add_css_class (daicho_gui_property_row (g, _("Cancelled"), m->cancel_reason),
                              "warning");
  if (finalized != NULL)
    daicho_gui_property_row (g, _("Minutes finalised by"), finalized);
  if (editable (self))
    header_button (group, _("_Edit…"), G_CALLBACK (on_edit_meeting), self);
}

/* The agenda */

static void
on_add_item (DaichoMeetingView *self)
{
  daicho_meeting_dialog_item (GTK_WIDGET (self), self->context, self->meeting, NULL);
}

static void
on_edit_item (GtkWidget *button, DaichoMeetingView *self)
{
  daicho_meeting_dialog_item (GTK_WIDGET (self), self->context, self->meeting, record_of (button));
}

static void
on_record_item (GtkWidget *button, DaichoMeetingView *self)
{
  daicho_meeting_dialog_record_item (GTK_WIDGET (self), self->context, self->meeting,
                                     record_of (button));
}

static void
on_withdraw_item (GtkWidget *button, DaichoMeetingView *self)
{
  DaichoAgendaItem *item = record_of (button);
  g_autofree char *what = g_strdup_printf (_("Agenda item %lld"), (long long) item->no);

  daicho_meeting_dialog_withdraw (GTK_WIDGET (self), self->context, self->meeting, "item",
                                  item->id, what);
}

static void
on_move_item (GtkWidget *button, DaichoMeetingView *self)
{
  DaichoAgendaItem *item = record_of (button);
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "daicho-delta"));
  Change *c = change_new (self, item->id, NULL);

  c->position = (guint) (item->no + delta);
  change (self, _("Move Agenda Item"), apply_move, c, _("Agenda item moved"));
}

static char *
item_subtitle (DaichoAgendaItem *item)
{
  GString *text = g_string_new (daicho_committee_area_label ((int) item->area));

  if (item->presenter && *item->presenter)
    g_string_append_printf (text, " · %s", item->presenter);
  if (item->planned_minutes > 0)
    {
      g_autofree char *minutes =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld minute", "%lld minutes",
                                      (gulong) item->planned_minutes),
                         (long long) item->planned_minutes);

      g_string_append_printf (text, " · %s", minutes);
    }
  if (item->materials && *item->materials)
    g_string_append_printf (text, _(" · materials: %s"), item->materials);
  if (item->discussion && *item->discussion)
    g_string_append_printf (text, _("\nDiscussion: %s"), item->discussion);
  if (item->decision && *item->decision)
    g_string_append_printf (text, _("\nDecision: %s"), item->decision);
  if (item->withdrawn_at != NULL)
    g_string_append_printf (text, _("\nWithdrawn: %s"), item->withdraw_reason);
  return g_string_free (text, FALSE);
}

static void
add_agenda_group (DaichoMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items =
    daicho_meeting_store_items (daicho_context_get_db (self->context), self->id, TRUE, &error);
  g_autofree char *total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "Planned time: %lld minute in all",
                                                         "Planned time: %lld minutes in all",
                                                         (gulong) self->meeting->planned_minutes),
                                            (long long) self->meeting->planned_minutes);
  GtkWidget *group = group_new (self, _("Agenda (次第)"), total);
  guint n = items ? g_list_model_get_n_items (G_LIST_MODEL (items)) : 0;

  if (editable (self))
    header_button (group, _("_Add Item…"), G_CALLBACK (on_add_item), self);
  if (items == NULL || n == 0)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 daicho_gui_message_row (items ? _("No agenda items yet")
                                                               : error->message));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autofree char *title = item->withdrawn_at
        ? g_strdup_printf (_("(withdrawn) %s"), item->title)
        : g_strdup_printf ("%lld. %s", (long long) item->no, item->title);
      g_autofree char *subtitle = item_subtitle (item);
      GtkWidget *row = daicho_gui_text_row (title, subtitle);

      if (item->withdrawn_at != NULL)
        gtk_widget_add_css_class (row, "dim-label");
      else if (editable (self))
        {
          GtkWidget *button;

          if (recording (self))
            row_button (row, NULL, _("_Record…"), _("Discussion and decision"),
                        G_CALLBACK (on_record_item), self, item);
          button = row_button (row, "go-up-symbolic", NULL, _("Move up"),
                               G_CALLBACK (on_move_item), self, item);
          g_object_set_data (G_OBJECT (button), "daicho-delta", GINT_TO_POINTER (-1));
          gtk_widget_set_sensitive (button, item->no > 1);
          button = row_button (row, "go-down-symbolic", NULL, _("Move down"),
                               G_CALLBACK (on_move_item), self, item);
          g_object_set_data (G_OBJECT (button), "daicho-delta", GINT_TO_POINTER (1));
          gtk_widget_set_sensitive (button, item->no < self->meeting->n_items);
          row_button (row, "document-edit-symbolic", NULL, _("Change the item"),
                      G_CALLBACK (on_edit_item), self, item);
          row_button (row, "list-remove-symbolic", NULL, _("Withdraw the item"),
                      G_CALLBACK (on_withdraw_item), self, item);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* Action items: of this meeting, and carried from earlier ones */

static void
on_action_state (GtkWidget *button, DaichoMeetingView *self)
{
  daicho_meeting_dialog_action_state (GTK_WIDGET (self), self->context, record_of (button),
                                      g_object_get_data (G_OBJECT (button), "daicho-state"));
}

static void
on_edit_action (GtkWidget *button, DaichoMeetingView *self)
{
  daicho_meeting_dialog_action (GTK_WIDGET (self), self->context, self->meeting,
                                record_of (button));
}

static void
on_withdraw_action (GtkWidget *button, DaichoMeetingView *self)
{
  DaichoMeetingAction *a = record_of (button);

  daicho_meeting_dialog_withdraw (GTK_WIDGET (self), self->context, self->meeting, "action",
                                  a->id, a->text);
}

static void
on_add_action (DaichoMeetingView *self)
{
  daicho_meeting_dialog_action (GTK_WIDGET (self), self->context, self->meeting, NULL);
}

/* The next states an open action can move to, as buttons on @row. */
static void
add_state_buttons (DaichoMeetingView *self, GtkWidget *row, DaichoMeetingAction *a)
{
  GtkWidget *button;

  if (a->withdrawn_at != NULL)
    return;
  if (g_strcmp0 (a->state, "todo") == 0)
    {
      button = row_button (row, NULL, _("_Started…"), _("Work on it has started (対応中)"),
                           G_CALLBACK (on_action_state), self, a);
      g_object_set_data (G_OBJECT (button), "daicho-state", (gpointer) "doing");
    }
  if (g_strcmp0 (a->state, "done") != 0)
    {
      button = row_button (row, NULL, _("_Done…"), _("It is done (完了)"),
                           G_CALLBACK (on_action_state), self, a);
      g_object_set_data (G_OBJECT (button), "daicho-state", (gpointer) "done");
    }
}

static void
add_action_rows (DaichoMeetingView *self, GtkWidget *group, GListModel *actions, gboolean own)
{
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (actions, i);
      g_autofree char *text = daicho_meeting_action_text (self->context, a);
      g_autofree char *origin = own
        ? (a->agenda_item_no ? g_strdup_printf (_("Agenda item %lld: %s"),
                                                (long long) a->agenda_item_no, a->agenda_title)
                             : g_strdup (_("The meeting as a whole")))
        : daicho_meeting_number_label ((int) a->meeting_fiscal_year, (int) a->meeting_number);
      GtkWidget *row = daicho_gui_text_row (text, origin);

      if (a->overdue)
        gtk_widget_add_css_class (row, "warning");
      if (a->withdrawn_at != NULL || g_strcmp0 (a->state, "done") == 0)
        gtk_widget_add_css_class (row, "dim-label");
      add_state_buttons (self, row, a);
      if (own && a->withdrawn_at == NULL)
        {
          row_button (row, "document-edit-symbolic", NULL, _("Change the action item"),
                      G_CALLBACK (on_edit_action), self, a);
          row_button (row, "list-remove-symbolic", NULL, _("Withdraw the action item"),
                      G_CALLBACK (on_withdraw_action), self, a);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
add_carried_group (DaichoMeetingView *self)
{
  g_autoptr(GListStore) carried =
    daicho_meeting_store_carried (daicho_context_get_db (self->context), self->id, NULL);
  GtkWidget *group;

  if (carried == NULL || g_list_model_get_n_items (G_LIST_MODEL (carried)) == 0)
    return;
  group = group_new (self, _("Carried Over (継続事項)"),
                     _("Action items of earlier meetings still open on this meeting's date: "
                       "they are on its agenda until done."));
  add_action_rows (self, group, G_LIST_MODEL (carried), FALSE);
}

static void
add_actions_group (DaichoMeetingView *self)
{
  DaichoMeetingActionFilter filter = { .meeting_id = self->id, .include_withdrawn = TRUE };
  g_autoptr(GListStore) actions =
    daicho_meeting_store_actions (daicho_context_get_db (self->context), &filter, NULL);
  GtkWidget *group;

  if (!recording (self))
    return;
  group = group_new (self, _("Instructions and Requests (指示・要請)"),
                     _("What the 統括責任者 asked for (第4条第3項第6号), each with an owner and "
                       "a due date, followed until done."));
  header_button (group, _("Add _Action Item…"), G_CALLBACK (on_add_action), self);
  if (actions == NULL || g_list_model_get_n_items (G_LIST_MODEL (actions)) == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               daicho_gui_message_row (_("No action items")));
  else
    add_action_rows (self, group, G_LIST_MODEL (actions), TRUE);
}

/* Members, presiding, invitees */

static void
on_attendance_clicked (GtkWidget *button, DaichoMeetingView *self)
{
  DaichoMeetingMember *member = record_of (button);
  const char *attendance = g_object_get_data (G_OBJECT (button), "daicho-attendance");
  g_autofree char *message = NULL;

  if (g_strcmp0 (member->attendance, attendance) == 0 && !g_str_equal (attendance, "proxy"))
    return;
  if (g_str_equal (attendance, "proxy"))
    {
      daicho_meeting_dialog_proxy (GTK_WIDGET (self), self->context, self->meeting, member);
      reload (self);
      return;
    }
  message = g_strdup_printf ("%s: %s", member->staff_name,
                             daicho_meeting_attendance_form_label (attendance));
  change (self, _("Attendance"), apply_attend, change_new (self, member->post_id, attendance),
          message);
}

static void
on_invitee_attendance_clicked (GtkWidget *button, DaichoMeetingView *self)
{
  DaichoMeetingInvitee *invitee = record_of (button);
  const char *attendance = g_object_get_data (G_OBJECT (button), "daicho-attendance");
  g_autofree char *message = NULL;

  if (g_strcmp0 (invitee->attendance, attendance) == 0)
    return;
  message = g_strdup_printf ("%s: %s", invitee->name,
                             daicho_meeting_attendance_form_label (attendance));
  change (self, _("Attendance"), apply_invitee_attend, change_new (self, invitee->id, attendance),
          message);
}

/* Linked 出席 | 欠席 (| 代理出席) toggles for @record's attendance. */
static void
attendance_buttons (DaichoMeetingView *self, GtkWidget *row, gpointer record, const char *current,
                    gboolean proxy, const char *who, GCallback callback)
{
  static const char * const codes[] = { "present", "absent", "proxy" };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *first = NULL;
  g_autofree char *label = g_strdup_printf (_("Attendance of %s"), who);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (guint i = 0; i < (proxy ? 3u : 2u); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (
        daicho_meeting_attendance_form_label (codes[i]));
      g_autofree char *tip = g_strdup_printf ("%s: %s", who,
                                              daicho_meeting_attendance_label (codes[i]));

      gtk_widget_set_tooltip_text (button, tip);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), g_strcmp0 (current, codes[i]) == 0);
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      g_object_set_data_full (G_OBJECT (button), "daicho-record", g_object_ref (record),
                              g_object_unref);
      g_object_set_data (G_OBJECT (button), "daicho-attendance", (gpointer) codes[i]);
      g_signal_connect (button, "clicked", callback, self);
      gtk_box_append (GTK_BOX (box), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
}

static void
on_preside_clicked (DaichoMeetingView *self)
{
  change (self, _("Who Presided"), apply_preside, change_new (self, 0, NULL),
          _("Who presided recorded"));
}

static void
add_members_group (DaichoMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) members =
    daicho_meeting_store_members (daicho_context_get_db (self->context), self->id, &error);
  GtkWidget *group = group_new (self, recording (self) ? _("Attendance") : _("Members Invited"),
                                _("The holders of the committee's posts on the meeting's date "
                                  "(第5条第3項・第6項); change them under Settings → Posts."));
  guint n = members ? g_list_model_get_n_items (G_LIST_MODEL (members)) : 0;

  if (members == NULL || n == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               daicho_gui_message_row (members ? _("No committee post is held on "
                                                                   "this date")
                                                               : error->message));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoMeetingMember) m = g_list_model_get_item (G_LIST_MODEL (members), i);
      g_autofree char *subtitle = m->proxy_name && g_strcmp0 (m->attendance, "proxy") == 0
        ? g_strdup_printf (_("%s — attended by %s"), m->staff_name, m->proxy_name)
        : g_strdup (m->staff_name);
      GtkWidget *row = daicho_gui_text_row (m->post_name, subtitle);

      if (recording (self))
        attendance_buttons (self, row, m, m->attendance, TRUE, m->staff_name,
                            G_CALLBACK (on_attendance_clicked));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  if (recording (self))
    {
      g_autofree char *presided = self->meeting->presided_by_name
        ? g_strdup_printf ("%s（%s）", self->meeting->presided_by_name,
                          daicho_committee_function_form_label (self->meeting->presiding_function))
        : NULL;
      GtkWidget *row = daicho_gui_text_row (_("Presided by (議長)"),
                                presided ? presided
                                         : _("Not recorded: the chair presides, or the vice-chair "
                                             "when the chair is absent (第5条第5項)"));
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_By the Rule"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Record the chair, or the vice-chair when the chair "
                                             "was absent"));
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_preside_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      if (presided == NULL)
        gtk_widget_add_css_class (row, "warning");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
on_invite (DaichoMeetingView *self)
{
  daicho_meeting_dialog_invitee (GTK_WIDGET (self), self->context, self->meeting, NULL);
}

static void
on_edit_invitee (GtkWidget *button, DaichoMeetingView *self)
{
  daicho_meeting_dialog_invitee (GTK_WIDGET (self), self->context, self->meeting,
                                 record_of (button));
}

static void
on_withdraw_invitee (GtkWidget *button, DaichoMeetingView *self)
{
  DaichoMeetingInvitee *invitee = record_of (button);

  daicho_meeting_dialog_withdraw (GTK_WIDGET (self), self->context, self->meeting, "invitee",
                                  invitee->id, invitee->name);
}

static void
add_invitees_group (DaichoMeetingView *self)
{
  g_autoptr(GListStore) invitees =
    daicho_meeting_store_invitees (daicho_context_get_db (self->context), self->id, FALSE, NULL);
  GtkWidget *group = group_new (self, _("Others Invited (委員外出席者)"),
                                _("Called by the chair to attend and speak (第5条第7項)."));
  guint n = invitees ? g_list_model_get_n_items (G_LIST_MODEL (invitees)) : 0;

  if (editable (self))
    header_button (group, _("_Invite…"), G_CALLBACK (on_invite), self);
  if (n == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               daicho_gui_message_row (_("Nobody else invited")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoMeetingInvitee) v = g_list_model_get_item (G_LIST_MODEL (invitees), i);
      g_autofree char *subtitle = g_strdup_printf ("%s %s", v->affiliation, v->title);
      GtkWidget *row = daicho_gui_text_row (v->name, subtitle);

      if (recording (self))
        attendance_buttons (self, row, v, v->attendance, FALSE, v->name,
                            G_CALLBACK (on_invitee_attendance_clicked));
      if (editable (self))
        {
          row_button (row, "document-edit-symbolic", NULL, _("Change"),
                      G_CALLBACK (on_edit_invitee), self, v);
          row_button (row, "list-remove-symbolic", NULL, _("Withdraw the invitation"),
                      G_CALLBACK (on_withdraw_invitee), self, v);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
add_revisions_group (DaichoMeetingView *self)
{
  g_autoptr(GListStore) revisions =
    daicho_meeting_store_revisions (daicho_context_get_db (self->context), self->id, NULL);
  guint n = revisions ? g_list_model_get_n_items (G_LIST_MODEL (revisions)) : 0;
  GtkWidget *group;

  if (n == 0)
    return;
  group = group_new (self, _("Revisions"),
                     _("Changes made after the minutes were final, each with its reason."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoMeetingRevision) r = g_list_model_get_item (G_LIST_MODEL (revisions), i);
      g_autofree char *who = daicho_gui_person_and_time (self->context, r->revised_by_name,
                                                         r->revised_at, "");
      g_autofree char *title = g_strdup_printf ("%s, %s: %s → %s", r->target_label,
                                                daicho_meeting_field_label (r->field),
                                                r->old_value ? r->old_value : "—",
                                                r->new_value ? r->new_value : "—");
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", r->reason, who);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), daicho_gui_text_row (title, subtitle));
    }
}

/* Loading */

static void
reload (DaichoMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  double scrolled = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));

  if (self->id == 0)
    return;
  self->stale = FALSE;
  daicho_gui_clear (GTK_WIDGET (self->content_box));
  g_clear_object (&self->meeting);
  self->meeting = daicho_meeting_store_get (daicho_context_get_db (self->context), self->id,
                                            &error);
  gtk_widget_set_visible (self->cancel_button, state_is (self, "planned"));
  gtk_widget_set_visible (self->held_button, state_is (self, "planned"));
  gtk_widget_set_visible (self->finalize_button, state_is (self, "held"));
  if (self->meeting == NULL)
    {
      gtk_box_append (self->content_box,
                      daicho_gui_status_page ("dialog-error-symbolic",
                                              _("The Meeting Cannot Be Read"), error->message));
      gtk_label_set_text (self->title_label, _("Meeting"));
      gtk_label_set_text (self->subtitle_label, "");
      return;
    }
  number = daicho_meeting_number_label ((int) self->meeting->fiscal_year,
                                        (int) self->meeting->number);
  name = daicho_committee_get_name (daicho_context_get_db (self->context), NULL);
  title = g_strdup_printf ("%s %s", number, name ? name : "");
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, daicho_meeting_state_label (self->meeting->state));

  add_meeting_group (self);
  add_agenda_group (self);
  add_carried_group (self);
  add_members_group (self);
  add_invitees_group (self);
  add_actions_group (self);
  add_revisions_group (self);
  /* Stay where the user was: a change re-reads the whole page. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scrolled);
}

static void
on_data_changed (DaichoMeetingView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
on_map (DaichoMeetingView *self)
{
  if (self->stale)
    reload (self);
}

/* Header actions */

static void
held_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoMeetingView *self = DAICHO_MEETING_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!daicho_meeting_store_mark_held (daicho_context_get_db (self->context), self->id, &error))
    {
      daicho_gui_show_error (widget, _("Not Marked as Held"), error);
      return;
    }
  daicho_context_data_changed (self->context, "meeting");
  daicho_gui_toast (widget, _("Meeting marked as held: record attendance and decisions"));
}

static void
finalize_response (AdwMessageDialog *dialog, const char *response, DaichoMeetingView *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "finalize"))
    return;
  if (!daicho_meeting_store_finalize (daicho_context_get_db (self->context), self->id, &error))
    {
      daicho_gui_show_error (GTK_WIDGET (self), _("The Minutes Cannot Be Finalised"), error);
      return;
    }
  daicho_context_data_changed (self->context, "meeting");
  daicho_gui_toast (GTK_WIDGET (self), _("Minutes finalised"));
}

static void
finalize_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoMeetingView *self = DAICHO_MEETING_VIEW (widget);

  if (!state_is (self, "held"))
    return;
  daicho_gui_ask (widget, _("Finalise the Minutes?"),
                  _("Final minutes are locked: a later change is a revision with a reason, kept "
                    "with them. Daicho checks first that attendance, who presided and every "
                    "item's discussion are recorded."),
                  "finalize", _("_Finalise"), G_CALLBACK (finalize_response), self);
}

static void
cancel_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoMeetingView *self = DAICHO_MEETING_VIEW (widget);

  if (state_is (self, "planned"))
    daicho_meeting_dialog_withdraw (widget, self->context, self->meeting, "meeting", self->id,
                                    NULL);
}

/* The notice and agenda, or the minutes. */
static DaichoForm *
document (DaichoMeetingView *self, const char *which, GError **error)
{
  DaichoDb *db = daicho_context_get_db (self->context);

  if (g_str_has_prefix (which, "agenda"))
    return daicho_meeting_notice_form_new (db, self->id, error);
  return daicho_meeting_minutes_form_new (db, self->id, error);
}

static void
print_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoMeetingView *self = DAICHO_MEETING_VIEW (widget);
  g_autoptr(GError) error = NULL;
  DaichoForm *form = document (self, g_variant_get_string (param, NULL), &error);

  daicho_print_form_or_error (widget, form, error, _("The Document Cannot Be Printed"));
}

static void
export_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoMeetingView *self = DAICHO_MEETING_VIEW (widget);
  const char *which = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;
  DaichoForm *form;

  if (self->meeting == NULL)
    return;
  number = daicho_meeting_number_label ((int) self->meeting->fiscal_year,
                                        (int) self->meeting->number);
  if (g_str_has_suffix (which, ".xlsx"))
    /* The workbook holds the minutes and the action items. */
    name = g_strdup_printf ("議事録_%s.xlsx", number);
  else
    name = g_strdup_printf ("%s_%s.pdf", g_str_has_prefix (which, "agenda") ? "開催通知・次第"
                                                                            : "議事録",
                            number);
  form = document (self, which, &error);
  daicho_save_form_or_error (widget, form, name, error, _("The Document Cannot Be Saved"));
}

/* Public */

void
daicho_meeting_view_show (DaichoMeetingView *self, gint64 id)
{
  g_return_if_fail (DAICHO_IS_MEETING_VIEW (self));

  self->id = id;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  reload (self);
}

gint64
daicho_meeting_view_get_id (DaichoMeetingView *self)
{
  g_return_val_if_fail (DAICHO_IS_MEETING_VIEW (self), 0);
  return self->id;
}

static void
daicho_meeting_view_constructed (GObject *object)
{
  DaichoMeetingView *self = DAICHO_MEETING_VIEW (object);

  G_OBJECT_CLASS (daicho_meeting_view_parent_class)->constructed (object);

  g_signal_connect_object (self->context, "data-changed", G_CALLBACK (on_data_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

static void
daicho_meeting_view_dispose (GObject *object)
{
  DaichoMeetingView *self = DAICHO_MEETING_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_MEETING_VIEW);
  g_clear_object (&self->meeting);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_meeting_view_parent_class)->dispose (object);
}

static void
daicho_meeting_view_class_init (DaichoMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_meeting_view_constructed;
  object_class->dispose = daicho_meeting_view_dispose;
  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoMeetingView, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/"
                                               "daicho-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoMeetingView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoMeetingView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoMeetingView, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoMeetingView, held_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoMeetingView, finalize_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoMeetingView, scroller);
  gtk_widget_class_bind_template_child (widget_class, DaichoMeetingView, content_box);

  gtk_widget_class_install_action (widget_class, "meeting.held", NULL, held_activated);
  gtk_widget_class_install_action (widget_class, "meeting.finalize", NULL, finalize_activated);
  gtk_widget_class_install_action (widget_class, "meeting.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "meeting.print", "s", print_activated);
  gtk_widget_class_install_action (widget_class, "meeting.export", "s", export_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "committee.back", NULL);
}

/* The tab's shortcuts (see daicho_gui_add_shortcuts()). */
static const DaichoGuiShortcut shortcuts[] = {
  { GDK_KEY_Return, GDK_CONTROL_MASK, "meeting.finalize" },
  { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "meeting.finalize" },
  { GDK_KEY_Left, GDK_ALT_MASK, "committee.back" },
};

static void
daicho_meeting_view_init (DaichoMeetingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  daicho_gui_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
}

GtkWidget *
daicho_meeting_view_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_MEETING_VIEW, "context", context, NULL);
}
