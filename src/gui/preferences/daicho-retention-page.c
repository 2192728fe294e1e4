/* daicho-retention-page.c — settings page for 文書分類, the retention classes
 *
 * Each class says how long documents filed under it are kept: 1 to 100
 * years, or permanently (永年). Classes are made inactive, never deleted.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-context.h"
#include "daicho-gui-util.h"
#include "daicho-retention-page.h"

struct _DaichoRetentionPage
{
  AdwPreferencesPage   parent_instance;

  /* template widgets */
  AdwEntryRow         *code_row;
  AdwEntryRow         *name_row;
  GtkSpinButton       *years_spin;
  GtkSwitch           *permanent_switch;
  GtkLabel            *add_error_label;
  AdwPreferencesGroup *list_group;

  /* owned references */
  DaichoContext       *context;
  GPtrArray           *rows;     /* widgets of list_group, removed on reload */
};

G_DEFINE_FINAL_TYPE (DaichoRetentionPage, daicho_retention_page, ADW_TYPE_PREFERENCES_PAGE)

static void
on_active_switch_notify_active (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data)
{
  DaichoRetentionPage *self = DAICHO_RETENTION_PAGE (user_data);
  DaichoRetentionClass *retention = g_object_get_data (G_OBJECT (sw), "retention-class");
  gboolean active = gtk_switch_get_active (sw);
  g_autoptr(GError) error = NULL;

  if (!daicho_retention_store_set_active (daicho_context_get_db (self->context), retention->id,
                                          active, &error))
    {
      g_signal_handlers_block_by_func (sw, on_active_switch_notify_active, self);
      gtk_switch_set_active (sw, !active);
      g_signal_handlers_unblock_by_func (sw, on_active_switch_notify_active, self);
      daicho_gui_show_error (GTK_WIDGET (self), _("Could not change the retention class"),
                             error);
      return;
    }
  daicho_context_data_changed (self->context, "retention");
}

static GtkWidget *
new_class_row (DaichoRetentionPage *self, DaichoRetentionClass *retention)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Active"));
  GtkWidget *sw = gtk_switch_new ();
  g_autofree char *years = daicho_retention_years_label (retention->years);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", retention->code, years);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), retention->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!retention->active)
    gtk_widget_add_css_class (row, "dim-label");

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_switch_set_active (GTK_SWITCH (sw), retention->active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Active"), -1);
  g_object_set_data_full (G_OBJECT (sw), "retention-class", g_object_ref (retention),
                          g_object_unref);
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_active_switch_notify_active), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), sw);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static void
reload (DaichoRetentionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) classes =
    daicho_retention_store_list (daicho_context_get_db (self->context), TRUE, &error);

  daicho_gui_rows_fill (self->list_group, self->rows, G_LIST_MODEL (classes), error,
                        _("No retention classes yet"), (DaichoRowFactory) new_class_row, self);
}

static void
on_context_data_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  reload (DAICHO_RETENTION_PAGE (user_data));
}

static void
on_entry_row_entry_activated (AdwEntryRow *row, gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "retention.add", NULL);
}

static void
retention_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoRetentionPage *self = DAICHO_RETENTION_PAGE (widget);
  int years = gtk_switch_get_active (self->permanent_switch)
              ? 0 : gtk_spin_button_get_value_as_int (self->years_spin);
  g_autoptr(GError) error = NULL;

  if (daicho_retention_store_add (daicho_context_get_db (self->context),
                                  gtk_editable_get_text (GTK_EDITABLE (self->code_row)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                  years, &error) == 0)
    {
      gtk_label_set_text (self->add_error_label, error->message);
      return;
    }

  gtk_label_set_text (self->add_error_label, "");
  gtk_editable_set_text (GTK_EDITABLE (self->code_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_switch_set_active (self->permanent_switch, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
  daicho_gui_toast (widget, _("Retention class added"));
  daicho_context_data_changed (self->context, "retention");
}

static void
daicho_retention_page_constructed (GObject *object)
{
  DaichoRetentionPage *self = DAICHO_RETENTION_PAGE (object);

  G_OBJECT_CLASS (daicho_retention_page_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));
  g_signal_connect (self->context, "data-changed::retention",
                    G_CALLBACK (on_context_data_changed), self);
  reload (self);
}

static void
daicho_retention_page_dispose (GObject *object)
{
  DaichoRetentionPage *self = DAICHO_RETENTION_PAGE (object);

  /* The template's groups are the page's own children, which the parent's
   * dispose takes down; only what this page owns is released here. */
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (daicho_retention_page_parent_class)->dispose (object);
}

static void
daicho_retention_page_class_init (DaichoRetentionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_retention_page_constructed;
  object_class->dispose = daicho_retention_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoRetentionPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-retention-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoRetentionPage, code_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoRetentionPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoRetentionPage, years_spin);
  gtk_widget_class_bind_template_child (widget_class, DaichoRetentionPage, permanent_switch);
  gtk_widget_class_bind_template_child (widget_class, DaichoRetentionPage, add_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoRetentionPage, list_group);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_entry_activated);

  gtk_widget_class_install_action (widget_class, "retention.add", NULL, retention_add_action);
}

static void
daicho_retention_page_init (DaichoRetentionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}
