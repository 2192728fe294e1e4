/* daicho-places-page.c — settings page for 保管場所, the storage places
 *
 * Where each office keeps its printed forms. A place that cannot be locked
 * may be recorded but is flagged: forms may not be stored there (第9条第2項).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-context.h"
#include "daicho-gui-util.h"
#include "daicho-places-page.h"

struct _DaichoPlacesPage
{
  AdwPreferencesPage   parent_instance;

  /* template widgets */
  AdwComboRow         *office_row;
  AdwEntryRow         *name_row;
  AdwActionRow        *locks_row;
  GtkSwitch           *locks_switch;
  GtkLabel            *add_error_label;
  AdwPreferencesGroup *list_group;

  /* owned references */
  DaichoContext       *context;
  GListStore          *offices;   /* active offices: the filter's model */
  GPtrArray           *rows;      /* widgets of list_group, removed on reload */

  gboolean             filling_offices;
};

G_DEFINE_FINAL_TYPE (DaichoPlacesPage, daicho_places_page, ADW_TYPE_PREFERENCES_PAGE)

static void on_row_switch_notify_active (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data);

static DaichoDb *
get_db (DaichoPlacesPage *self)
{
  return daicho_context_get_db (self->context);
}

static gint64
selected_office_id (DaichoPlacesPage *self)
{
  DaichoOffice *office = adw_combo_row_get_selected_item (self->office_row);

  return office ? office->id : 0;
}

static const char *
cannot_lock_warning (void)
{
  return _("Cannot be locked: forms may not be stored here (第9条第2項)");
}

/* A switch with a caption beside it, for the suffix of a row. It remembers
 * @place and which of its fields it shows ("locks" or "active"). */
static GtkWidget *
new_place_switch (DaichoPlacesPage *self, DaichoPlace *place, const char *field,
                  const char *caption, gboolean active)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *sw = gtk_switch_new ();

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, caption, -1);
  g_object_set_data_full (G_OBJECT (sw), "place", g_object_ref (place), g_object_unref);
  g_object_set_data (G_OBJECT (sw), "field", (gpointer) field);
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_row_switch_notify_active), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), sw);
  return box;
}

static GtkWidget *
new_place_row (DaichoPlacesPage *self, DaichoPlace *place)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), place->name);
  if (!place->locks)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cannot_lock_warning ());
      gtk_widget_add_css_class (row, "warning");
    }
  if (!place->active)
    gtk_widget_add_css_class (row, "dim-label");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_place_switch (self, place, "locks", _("Locks"), place->locks));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_place_switch (self, place, "active", _("Active"),
                                               place->active));
  return row;
}

static void
reload_places (DaichoPlacesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) places = NULL;
  gint64 office_id = selected_office_id (self);

  if (self->rows == NULL)
    return;
  if (office_id == 0)
    {
      daicho_gui_rows_clear (self->list_group, self->rows);
      return;
    }
  places = daicho_place_store_list (get_db (self), office_id, TRUE, &error);
  daicho_gui_rows_fill (self->list_group, self->rows, G_LIST_MODEL (places), error,
                        _("No storage places for this office yet"),
                        (DaichoRowFactory) new_place_row, self);
}

/* Refills the office filter, keeping the chosen office (at first: the
 * window's office). */
static void
reload_offices (DaichoPlacesPage *self)
{
  g_autoptr(GListStore) offices = daicho_office_store_list (get_db (self), FALSE, NULL);
  DaichoOffice *current = daicho_context_get_office (self->context);
  gint64 keep = selected_office_id (self);
  guint n = offices ? g_list_model_get_n_items (G_LIST_MODEL (offices)) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (keep == 0 && current != NULL)
    keep = current->id;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (offices), i));

  self->filling_offices = TRUE;
  g_list_store_splice (self->offices, 0, g_list_model_get_n_items (G_LIST_MODEL (self->offices)),
                       items->pdata, items->len);
  for (guint i = 0; i < n; i++)
    if (DAICHO_OFFICE (items->pdata[i])->id == keep)
      adw_combo_row_set_selected (self->office_row, i);
  self->filling_offices = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "places.add", n > 0);
  reload_places (self);
}

static void
on_office_row_notify_selected (AdwComboRow *row, GParamSpec *pspec, gpointer user_data)
{
  DaichoPlacesPage *self = DAICHO_PLACES_PAGE (user_data);

  if (!self->filling_offices && self->context != NULL)
    reload_places (self);
}

static void
on_context_data_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  DaichoPlacesPage *self = DAICHO_PLACES_PAGE (user_data);

  if (g_strcmp0 (kind, "office") == 0)
    reload_offices (self);
  else
    reload_places (self);
}

static void
on_locks_switch_notify_active (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data)
{
  DaichoPlacesPage *self = DAICHO_PLACES_PAGE (user_data);
  gboolean locks = gtk_switch_get_active (sw);

  adw_action_row_set_subtitle (self->locks_row, locks ? NULL : cannot_lock_warning ());
  if (locks)
    gtk_widget_remove_css_class (GTK_WIDGET (self->locks_row), "warning");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->locks_row), "warning");
}

static void
on_name_row_entry_activated (AdwEntryRow *row, gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "places.add", NULL);
}

static void
places_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoPlacesPage *self = DAICHO_PLACES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (daicho_place_store_add (get_db (self), selected_office_id (self),
                              gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                              gtk_switch_get_active (self->locks_switch), &error) == 0)
    {
      gtk_label_set_text (self->add_error_label, error->message);
      return;
    }

  gtk_label_set_text (self->add_error_label, "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_switch_set_active (self->locks_switch, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  daicho_gui_toast (widget, _("Storage place added"));
  daicho_context_data_changed (self->context, "place");
}

static void
on_row_switch_notify_active (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data)
{
  DaichoPlacesPage *self = DAICHO_PLACES_PAGE (user_data);
  DaichoPlace *place = g_object_get_data (G_OBJECT (sw), "place");
  gboolean is_locks = g_strcmp0 (g_object_get_data (G_OBJECT (sw), "field"), "locks") == 0;
  gboolean active = gtk_switch_get_active (sw);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (is_locks)
    ok = daicho_place_store_update (get_db (self), place->id, place->name, active, &error);
  else
    ok = daicho_place_store_set_active (get_db (self), place->id, active, &error);

  if (!ok)
    {
      g_signal_handlers_block_by_func (sw, on_row_switch_notify_active, self);
      gtk_switch_set_active (sw, !active);
      g_signal_handlers_unblock_by_func (sw, on_row_switch_notify_active, self);
      daicho_gui_show_error (GTK_WIDGET (self), _("Could not change the storage place"), error);
      return;
    }
  daicho_context_data_changed (self->context, "place");
}

static void
daicho_places_page_constructed (GObject *object)
{
  DaichoPlacesPage *self = DAICHO_PLACES_PAGE (object);
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (DAICHO_TYPE_OFFICE, NULL, "name");

  G_OBJECT_CLASS (daicho_places_page_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));
  adw_combo_row_set_expression (self->office_row, expression);
  adw_combo_row_set_model (self->office_row, G_LIST_MODEL (self->offices));
  g_signal_connect (self->context, "data-changed::place", G_CALLBACK (on_context_data_changed),
                    self);
  g_signal_connect (self->context, "data-changed::office", G_CALLBACK (on_context_data_changed),
                    self);
  reload_offices (self);
}

static void
daicho_places_page_dispose (GObject *object)
{
  DaichoPlacesPage *self = DAICHO_PLACES_PAGE (object);

  /* The template's groups are the page's own children, which the parent's
   * dispose takes down; only what this page owns is released here. */
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  g_clear_object (&self->offices);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (daicho_places_page_parent_class)->dispose (object);
}

static void
daicho_places_page_class_init (DaichoPlacesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_places_page_constructed;
  object_class->dispose = daicho_places_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoPlacesPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-places-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoPlacesPage, office_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoPlacesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoPlacesPage, locks_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoPlacesPage, locks_switch);
  gtk_widget_class_bind_template_child (widget_class, DaichoPlacesPage, add_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoPlacesPage, list_group);
  gtk_widget_class_bind_template_callback (widget_class, on_office_row_notify_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_locks_switch_notify_active);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_entry_activated);

  gtk_widget_class_install_action (widget_class, "places.add", NULL, places_add_action);
}

static void
daicho_places_page_init (DaichoPlacesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->offices = g_list_store_new (DAICHO_TYPE_OFFICE);
}
