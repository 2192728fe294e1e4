/* daicho-offices-page.c — settings page for 所属, the offices
 *
 * Adds offices, renames them or changes their kind, and makes them active
 * or inactive. Offices are never deleted: their records must stay.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-context.h"
#include "daicho-gui-util.h"
#include "daicho-offices-page.h"

struct _DaichoOfficesPage
{
  AdwPreferencesPage   parent_instance;

  /* template widgets */
  AdwEntryRow         *code_row;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  GtkLabel            *add_error_label;
  AdwPreferencesGroup *list_group;
  GtkWindow           *edit_dialog;   /* an AdwMessageDialog that hides on close */
  AdwEntryRow         *edit_name_row;
  AdwComboRow         *edit_kind_row;
  GtkLabel            *edit_error_label;

  /* owned references */
  DaichoContext       *context;
  GPtrArray           *rows;     /* widgets of list_group, removed on reload */

  gint64               editing_id;
};

G_DEFINE_FINAL_TYPE (DaichoOfficesPage, daicho_offices_page, ADW_TYPE_PREFERENCES_PAGE)

/* Office kinds in the order the drop-downs offer them. */
static const char *const office_kinds[] = { "kuminka", "shisho", "shutchojo", "other" };

static void on_active_switch_notify_active (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data);

static void
unref_closure_data (gpointer data, GClosure *closure)
{
  g_object_unref (data);
}

static GListModel *
new_kind_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (office_kinds); i++)
    gtk_string_list_append (list, daicho_office_kind_label (office_kinds[i]));
  return G_LIST_MODEL (list);
}

static guint
kind_position (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (office_kinds); i++)
    if (g_strcmp0 (office_kinds[i], kind) == 0)
      return i;
  return G_N_ELEMENTS (office_kinds) - 1;
}

static const char *
kind_at (AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < G_N_ELEMENTS (office_kinds) ? office_kinds[selected] : NULL;
}

static void
show_add_error (DaichoOfficesPage *self, const char *message)
{
  gtk_label_set_text (self->add_error_label, message ? message : "");
}

/* A switch with a caption beside it, for the suffix of a row. */
static GtkWidget *
new_captioned_switch (const char *caption, gboolean active, GtkWidget **out_switch)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *sw = gtk_switch_new ();

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, caption, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), sw);
  *out_switch = sw;
  return box;
}

static GtkWidget *
new_office_row (DaichoOfficesPage *self, DaichoOffice *office)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *sw;
  GtkWidget *active = new_captioned_switch (_("Active"), office->active, &sw);
  g_autofree char *subtitle =
    g_strdup_printf ("%s · %s", office->code, daicho_office_kind_label (office->kind));
  g_autofree char *edit_label = g_strdup_printf (_("Edit %s"), office->name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), office->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!office->active)
    gtk_widget_add_css_class (row, "dim-label");

  g_object_set_data_full (G_OBJECT (sw), "office", g_object_ref (office), g_object_unref);
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_active_switch_notify_active), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), active);

  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  edit_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "offices.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (edit), g_variant_new_int64 (office->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);

  return row;
}

static void
reload (DaichoOfficesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) offices =
    daicho_office_store_list (daicho_context_get_db (self->context), TRUE, &error);

  daicho_gui_rows_fill (self->list_group, self->rows, G_LIST_MODEL (offices), error,
                        _("No offices yet"), (DaichoRowFactory) new_office_row, self);
}

static void
on_context_data_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  reload (DAICHO_OFFICES_PAGE (user_data));
}

static void
on_entry_row_entry_activated (AdwEntryRow *row, gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "offices.add", NULL);
}

static void
offices_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoOfficesPage *self = DAICHO_OFFICES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (daicho_office_store_add (daicho_context_get_db (self->context),
                               gtk_editable_get_text (GTK_EDITABLE (self->code_row)),
                               gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                               kind_at (self->kind_row), &error) == 0)
    {
      show_add_error (self, error->message);
      return;
    }

  show_add_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->code_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  adw_combo_row_set_selected (self->kind_row, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
  daicho_gui_toast (widget, _("Office added"));
  daicho_context_data_changed (self->context, "office");
}

static void
set_active (DaichoOfficesPage *self, GtkSwitch *sw, DaichoOffice *office, gboolean active)
{
  g_autoptr(GError) error = NULL;

  if (!daicho_office_store_set_active (daicho_context_get_db (self->context), office->id,
                                       active, &error))
    {
      if (gtk_widget_get_root (GTK_WIDGET (sw)) != NULL)
        {
          g_signal_handlers_block_by_func (sw, on_active_switch_notify_active, self);
          gtk_switch_set_active (sw, office->active);
          g_signal_handlers_unblock_by_func (sw, on_active_switch_notify_active, self);
        }
      daicho_gui_show_error (GTK_WIDGET (self), _("Could not change the office"), error);
      return;
    }
  daicho_context_data_changed (self->context, "office");
}

static void
on_deactivate_dialog_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  DaichoOfficesPage *self = DAICHO_OFFICES_PAGE (user_data);
  GtkSwitch *sw = g_object_get_data (G_OBJECT (dialog), "switch");
  DaichoOffice *office = g_object_get_data (G_OBJECT (sw), "office");

  if (self->context == NULL)
    return;

  if (g_strcmp0 (response, "deactivate") == 0)
    {
      set_active (self, sw, office, FALSE);
      return;
    }

  g_signal_handlers_block_by_func (sw, on_active_switch_notify_active, self);
  gtk_switch_set_active (sw, TRUE);
  g_signal_handlers_unblock_by_func (sw, on_active_switch_notify_active, self);
}

static void
on_active_switch_notify_active (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data)
{
  DaichoOfficesPage *self = DAICHO_OFFICES_PAGE (user_data);
  DaichoOffice *office = g_object_get_data (G_OBJECT (sw), "office");
  GtkWidget *dialog;

  if (gtk_switch_get_active (sw) == office->active)
    return;
  if (gtk_switch_get_active (sw))
    {
      set_active (self, sw, office, TRUE);
      return;
    }

  /* Making an office inactive hides it everywhere: ask first. */
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL,
                                   _("The office will no longer be offered for new records "
                                     "and is hidden from lists. Its records are kept, and it "
                                     "can be made active again."));
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Deactivate %s?"),
                                     office->name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "deactivate", _("_Deactivate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "deactivate",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "switch", g_object_ref (sw), g_object_unref);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_deactivate_dialog_response),
                         g_object_ref (self), unref_closure_data, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_edit_dialog (DaichoOfficesPage *self, const GError *error)
{
  gtk_label_set_text (self->edit_error_label, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->edit_error_label), error != NULL);
  gtk_window_set_transient_for (self->edit_dialog,
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (self->edit_dialog);
}

static void
on_edit_dialog_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  DaichoOfficesPage *self = DAICHO_OFFICES_PAGE (user_data);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || self->context == NULL)
    return;

  if (!daicho_office_store_update (daicho_context_get_db (self->context), self->editing_id,
                                   gtk_editable_get_text (GTK_EDITABLE (self->edit_name_row)),
                                   kind_at (self->edit_kind_row), &error))
    {
      /* The dialog hid itself on the answer: show it again, saying why. */
      show_edit_dialog (self, error);
      return;
    }
  daicho_gui_toast (GTK_WIDGET (self), _("Office saved"));
  daicho_context_data_changed (self->context, "office");
}

static void
offices_edit_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoOfficesPage *self = DAICHO_OFFICES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoOffice) office =
    daicho_office_store_get (daicho_context_get_db (self->context),
                             g_variant_get_int64 (param), &error);

  if (office == NULL)
    {
      daicho_gui_show_error (widget, _("Could not open the office"), error);
      return;
    }
  self->editing_id = office->id;
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self->edit_dialog), _("Office code %s"),
                                  office->code);
  gtk_editable_set_text (GTK_EDITABLE (self->edit_name_row), office->name);
  adw_combo_row_set_selected (self->edit_kind_row, kind_position (office->kind));
  show_edit_dialog (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->edit_name_row));
}

static void
daicho_offices_page_constructed (GObject *object)
{
  DaichoOfficesPage *self = DAICHO_OFFICES_PAGE (object);

  G_OBJECT_CLASS (daicho_offices_page_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));
  g_signal_connect (self->context, "data-changed::office", G_CALLBACK (on_context_data_changed),
                    self);
  reload (self);
}

static void
daicho_offices_page_dispose (GObject *object)
{
  DaichoOfficesPage *self = DAICHO_OFFICES_PAGE (object);

  /* The template's groups are the page's own children, which the parent's
   * dispose takes down. Its dialog is a toplevel: it goes here. */
  g_clear_pointer (&self->edit_dialog, gtk_window_destroy);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (daicho_offices_page_parent_class)->dispose (object);
}

static void
daicho_offices_page_class_init (DaichoOfficesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_offices_page_constructed;
  object_class->dispose = daicho_offices_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoOfficesPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-offices-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, code_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, add_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, list_group);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, edit_dialog);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, edit_name_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, edit_kind_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoOfficesPage, edit_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_dialog_response);

  gtk_widget_class_install_action (widget_class, "offices.add", NULL, offices_add_action);
  gtk_widget_class_install_action (widget_class, "offices.edit", "x", offices_edit_action);
}

static void
daicho_offices_page_init (DaichoOfficesPage *self)
{
  g_autoptr(GListModel) kinds = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  kinds = new_kind_model ();
  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_model (self->edit_kind_row, kinds);
}
