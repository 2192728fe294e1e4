/* daicho-committee-page.c — the セキュリティ会議 tab (S4, S5)
 *
 * The secretariat's tab. Meetings of a fiscal year (令和7年度第1回 …, newest
 * first) with their state — 準備中, 開催済, 議事録確定, 中止 — open one to
 * prepare or record it (daicho-meeting-view.c). The action-item board:
 * every instruction and request (指示・要請) across meetings, open, overdue
 * or done, moved on from here too. The roster: the committee's posts and
 * who holds them today, and the committee's name as printed on the
 * minutes. The board prints or exports as PDF and Excel.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-committee-store.h"
#include "daicho/daicho-meeting-forms.h"
#include "daicho-committee-page.h"
#include "daicho-gui-util.h"
#include "daicho-meeting-view.h"
#include "daicho-print.h"
#include "dialogs/daicho-meeting-dialogs.h"

/* Fiscal years offered before the current one. */
#define N_PAST_YEARS 10

struct _DaichoCommitteePage
{
  AdwBin         parent_instance;

  /* template widgets */
  GtkStack      *main_stack;
  GtkDropDown   *year_dropdown;
  GtkDropDown   *action_filter;
  GtkStack      *view_stack;
  GtkBox        *meetings_box;
  GtkBox        *actions_box;
  GtkBox        *roster_box;

  /* owned */
  DaichoContext *context;
  GtkWidget     *view;
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (DaichoCommitteePage, daicho_committee_page, ADW_TYPE_BIN)

/* The action filter's entries, in order. */
static const char * const action_states[] = { "open", "overdue", "done", NULL };

static void reload (DaichoCommitteePage *self);

static int
chosen_year (DaichoCommitteePage *self)
{
  return daicho_gui_year_dropdown_get (self->year_dropdown);
}

/* "All years", then this fiscal year and the ten before it. */
static void
fill_years (DaichoCommitteePage *self)
{
  self->filling = TRUE;
  daicho_gui_year_dropdown_fill (self->year_dropdown, self->context, TRUE, N_PAST_YEARS);
  self->filling = FALSE;
}

static GtkWidget *
box_group (GtkBox *box, const char *title, const char *description)
{
  GtkWidget *group = daicho_gui_group_new (title, description);

  gtk_box_append (box, group);
  return group;
}

static void
status_page (GtkBox *box, const char *icon, const char *title, const char *description)
{
  gtk_box_append (box, daicho_gui_status_page (icon, title, description));
}

/* Meetings */

static void
open_meeting (DaichoCommitteePage *self, gint64 id)
{
  daicho_meeting_view_show (DAICHO_MEETING_VIEW (self->view), id);
  gtk_stack_set_visible_child_name (self->main_stack, "meeting");
}

static void
on_meeting_activated (GtkWidget *row, DaichoCommitteePage *self)
{
  open_meeting (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "daicho-id")));
}

static void
reload_meetings (DaichoCommitteePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) meetings =
    daicho_meeting_store_list (daicho_context_get_db (self->context), chosen_year (self), &error);
  guint n = meetings ? g_list_model_get_n_items (G_LIST_MODEL (meetings)) : 0;
  GtkWidget *group;

  daicho_gui_clear (GTK_WIDGET (self->meetings_box));
  if (meetings == NULL)
    {
      status_page (self->meetings_box, "dialog-error-symbolic", _("The Meetings Cannot Be Read"),
                   error->message);
      return;
    }
  if (n == 0)
    {
      status_page (self->meetings_box, "x-office-calendar-symbolic", _("No Meetings"),
                   chosen_year (self) ? _("Plan one with “Plan Meeting…” (Ctrl+N), or choose "
                                          "another fiscal year.")
                                      : _("Plan the committee's first meeting with “Plan "
                                          "Meeting…” (Ctrl+N)."));
      return;
    }
  group = box_group (self->meetings_box, NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoMeeting) m = g_list_model_get_item (G_LIST_MODEL (meetings), i);
      g_autofree char *number = daicho_meeting_number_label ((int) m->fiscal_year, (int) m->number);
      g_autofree char *when = daicho_meeting_datetime_label (m);
      g_autofree char *items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld agenda item",
                                                             "%lld agenda items",
                                                             (gulong) m->n_items),
                                                (long long) m->n_items);
      g_autofree char *actions = m->n_open_actions
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " · %lld action open",
                                        " · %lld actions open", (gulong) m->n_open_actions),
                           (long long) m->n_open_actions)
        : g_strdup ("");
      g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s%s%s", when,
                                                   m->place ? m->place : "",
                                                   daicho_meeting_state_label (m->state),
                                                   m->n_items ? " · " : "",
                                                   m->n_items ? items : "");
      g_autofree char *full = g_strconcat (subtitle, actions, NULL);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), number);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), full);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      if (g_str_equal (m->state, "cancelled"))
        gtk_widget_add_css_class (row, "dim-label");
      g_object_set_data (G_OBJECT (row), "daicho-id", GSIZE_TO_POINTER ((gsize) m->id));
      g_signal_connect (row, "activated", G_CALLBACK (on_meeting_activated), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* The action-item board */

static void
on_action_state (GtkWidget *button, DaichoCommitteePage *self)
{
  daicho_meeting_dialog_action_state (GTK_WIDGET (self), self->context,
                                      g_object_get_data (G_OBJECT (button), "daicho-record"),
                                      g_object_get_data (G_OBJECT (button), "daicho-state"));
}

static void
state_button (DaichoCommitteePage *self, GtkWidget *row, DaichoMeetingAction *a, const char *label,
              const char *state)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "daicho-record", g_object_ref (a), g_object_unref);
  g_object_set_data (G_OBJECT (button), "daicho-state", (gpointer) state);
  g_signal_connect (button, "clicked", G_CALLBACK (on_action_state), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* The board's filter: the state chosen above it. */
static DaichoMeetingActionFilter
board_filter (DaichoCommitteePage *self)
{
  guint chosen = gtk_drop_down_get_selected (self->action_filter);
  DaichoMeetingActionFilter filter = { 0 };

  filter.state = chosen < G_N_ELEMENTS (action_states) ? action_states[chosen] : NULL;
  return filter;
}

static GListStore *
board_actions (DaichoCommitteePage *self, GError **error)
{
  DaichoMeetingActionFilter filter = board_filter (self);

  return daicho_meeting_store_actions (daicho_context_get_db (self->context), &filter, error);
}

static void
reload_actions (DaichoCommitteePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) actions = board_actions (self, &error);
  guint n = actions ? g_list_model_get_n_items (G_LIST_MODEL (actions)) : 0;
  GtkWidget *group;

  daicho_gui_clear (GTK_WIDGET (self->actions_box));
  if (actions == NULL)
    {
      status_page (self->actions_box, "dialog-error-symbolic",
                   _("The Action Items Cannot Be Read"), error->message);
      return;
    }
  if (n == 0)
    {
      status_page (self->actions_box, "object-select-symbolic", _("No Action Items"),
                   _("Instructions and requests recorded at meetings appear here until done."));
      return;
    }
  group = box_group (self->actions_box, NULL,
                     _("Instructions and requests of the committee (第4条第3項第6号), across "
                       "meetings."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (actions), i);
      g_autofree char *text = daicho_meeting_action_text (self->context, a);
      g_autofree char *number = daicho_meeting_number_label ((int) a->meeting_fiscal_year,
                                                             (int) a->meeting_number);
      g_autofree char *origin = a->agenda_item_no
        ? g_strdup_printf (_("%s, agenda item %lld: %s"), number, (long long) a->agenda_item_no,
                           a->agenda_title)
        : g_strdup (number);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), origin);
      if (a->overdue)
        gtk_widget_add_css_class (row, "warning");
      if (g_strcmp0 (a->state, "todo") == 0)
        state_button (self, row, a, _("_Started…"), "doing");
      if (g_strcmp0 (a->state, "done") != 0 && a->withdrawn_at == NULL)
        state_button (self, row, a, _("_Done…"), "done");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* The roster */

static void
on_rename_committee (DaichoCommitteePage *self)
{
  daicho_meeting_dialog_committee_name (GTK_WIDGET (self), self->context);
}

static void
reload_roster (DaichoCommitteePage *self)
{
  DaichoDb *db = daicho_context_get_db (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) roster = daicho_committee_roster (db, NULL, FALSE, &error);
  g_autofree char *name = daicho_committee_get_name (db, NULL);
  GtkWidget *group, *row, *button;

  daicho_gui_clear (GTK_WIDGET (self->roster_box));
  group = box_group (self->roster_box, _("Committee"), NULL);
  row = daicho_gui_property_row (ADW_PREFERENCES_GROUP (group), _("Name"), name);
  button = gtk_button_new_with_mnemonic (_("_Rename…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_rename_committee), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  group = box_group (self->roster_box, _("Posts and Who Holds Them Today"),
                     _("会長 is the 統括責任者; 副会長 presides when the chair is absent "
                       "(第5条第5項); the members by post (第5条第6項); 庶務 is the secretariat "
                       "(第5条第8項). Holders change under Settings → Posts."));
  if (roster == NULL)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 daicho_gui_message_row (error->message));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(DaichoCommitteePost) p = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autofree char *title = g_strdup_printf ("%s — %s",
                                                daicho_committee_function_form_label (p->function),
                                                p->name);
      g_autofree char *holder = p->holder_id
        ? g_strdup_printf ("%s · %s · %s", p->holder_name, p->holder_title ? p->holder_title : "",
                           p->holder_office_name ? p->holder_office_name : "")
        : g_strdup (_("Vacant"));

      row = daicho_gui_property_row (ADW_PREFERENCES_GROUP (group), title, holder);
      if (p->holder_id == 0)
        gtk_widget_add_css_class (row, "warning");
    }
}

/* Loading */

static void
reload (DaichoCommitteePage *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->view_stack);

  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), g_strcmp0 (view, "meetings") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->action_filter), g_strcmp0 (view, "actions") == 0);
  if (g_strcmp0 (view, "actions") == 0)
    reload_actions (self);
  else if (g_strcmp0 (view, "roster") == 0)
    reload_roster (self);
  else
    reload_meetings (self);
}

static void
on_filter_changed (DaichoCommitteePage *self)
{
  if (!self->filling && gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
on_view_changed (DaichoCommitteePage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
on_data_changed (DaichoCommitteePage *self, const char *kind)
{
  if (g_strcmp0 (kind, "date-style") == 0)
    fill_years (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

/* Actions */

static void
open_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  open_meeting (DAICHO_COMMITTEE_PAGE (widget), g_variant_get_int64 (param));
}

static void
back_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoCommitteePage *self = DAICHO_COMMITTEE_PAGE (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "lists");
  reload (self);
}

static void
new_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  daicho_meeting_dialog_edit (widget, DAICHO_COMMITTEE_PAGE (widget)->context, NULL);
}

/* The action items the board shows, as a form. */
static DaichoForm *
board_form (DaichoCommitteePage *self, GError **error)
{
  DaichoMeetingActionFilter filter = board_filter (self);

  return daicho_meeting_actions_form_new (daicho_context_get_db (self->context), &filter, error);
}

static void
actions_print_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr(GError) error = NULL;
  DaichoForm *form = board_form (DAICHO_COMMITTEE_PAGE (widget), &error);

  daicho_print_form_or_error (widget, form, error, _("The Action Items Cannot Be Printed"));
}

static void
actions_export_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr(GError) error = NULL;
  DaichoForm *form = board_form (DAICHO_COMMITTEE_PAGE (widget), &error);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *name = g_strdup_printf ("指示・要請_%s.%s", today,
                                           g_variant_get_string (param, NULL));

  daicho_save_form_or_error (widget, form, name, error, _("The Action Items Cannot Be Saved"));
}

static void
daicho_committee_page_constructed (GObject *object)
{
  DaichoCommitteePage *self = DAICHO_COMMITTEE_PAGE (object);

  G_OBJECT_CLASS (daicho_committee_page_parent_class)->constructed (object);

  self->view = daicho_meeting_view_new (self->context);
  gtk_stack_add_named (self->main_stack, self->view, "meeting");
  fill_years (self);

  g_signal_connect_object (self->context, "data-changed", G_CALLBACK (on_data_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (reload), NULL);
}

static void
daicho_committee_page_dispose (GObject *object)
{
  DaichoCommitteePage *self = DAICHO_COMMITTEE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_COMMITTEE_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_committee_page_parent_class)->dispose (object);
}

static void
daicho_committee_page_class_init (DaichoCommitteePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_committee_page_constructed;
  object_class->dispose = daicho_committee_page_dispose;
  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoCommitteePage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/"
                                               "daicho-committee-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoCommitteePage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DaichoCommitteePage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaichoCommitteePage, action_filter);
  gtk_widget_class_bind_template_child (widget_class, DaichoCommitteePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DaichoCommitteePage, meetings_box);
  gtk_widget_class_bind_template_child (widget_class, DaichoCommitteePage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, DaichoCommitteePage, roster_box);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);

  gtk_widget_class_install_action (widget_class, "committee.open", "x", open_activated);
  gtk_widget_class_install_action (widget_class, "committee.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "committee.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "committee.actions-print", NULL,
                                   actions_print_activated);
  gtk_widget_class_install_action (widget_class, "committee.actions-export", "s",
                                   actions_export_activated);

}

/* The tab's shortcuts (see daicho_gui_add_shortcuts()). */
static const DaichoGuiShortcut shortcuts[] = {
  { GDK_KEY_n, GDK_CONTROL_MASK, "committee.new" },
};

static void
daicho_committee_page_init (DaichoCommitteePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  daicho_gui_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
}

GtkWidget *
daicho_committee_page_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_COMMITTEE_PAGE, "context", context, NULL);
}
