/* daicho-window.c — the main window: header bar, tabs, first-run page
 *
 * The header bar carries the tabs (a view switcher), the office shown and
 * the operator. An empty database opens on the first-run page; a database
 * that cannot be opened shows why and nothing else. Once shown, the window
 * checks its database and warns when it was changed outside Daicho.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-gui-util.h"
#include "daicho-window.h"
#include "pages/daicho-committee-page.h"
#include "pages/daicho-designation-page.h"
#include "pages/daicho-inspection-page.h"
#include "pages/daicho-ledger-page.h"
#include "pages/daicho-overview-page.h"
#include "pages/daicho-setup-page.h"
#include "widgets/daicho-check-bar.h"
#include "widgets/daicho-operator-button.h"

struct _DaichoWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  GtkDropDown          *office_dropdown;
  AdwViewSwitcherTitle *switcher_title;
  GtkRevealer          *operator_revealer;
  DaichoCheckBar       *check_bar;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwViewStack         *view_stack;
  GtkWidget            *operator_button;

  AdwBin               *tabs[5];  /* each holds its page once built */
  guint                 build_source;

  /* owned */
  DaichoContext        *context;
  GSettings            *settings;
  GListStore           *offices;
  gboolean              syncing;   /* setting a drop-down from the context */
};

G_DEFINE_FINAL_TYPE (DaichoWindow, daicho_window, ADW_TYPE_APPLICATION_WINDOW)

/* The tabs, in the order of the view switcher. Only the one shown is built
 * before the window's first frame; the others are built when first shown,
 * or one per idle turn of the main loop once the first frame is painted.
 * Building every tab and laying it out (the view stack sizes itself to the
 * largest) took more CPU time than the whole of an empty window's start. */
static const struct
{
  const char  *name;
  const char  *title;
  const char  *icon;
  GtkWidget *(*create) (DaichoContext *context);
} tabs[] = {
  { "overview", N_("Office"), "user-home-symbolic", daicho_overview_page_new },
  { "designation", N_("Designations"), "system-users-symbolic", daicho_designation_page_new },
  { "ledger", N_("Form Ledger"), "x-office-document-symbolic", daicho_ledger_page_new },
  { "inspection", N_("Inspections"), "checkbox-checked-symbolic", daicho_inspection_page_new },
  { "committee", N_("Security Committee"), "x-office-calendar-symbolic",
    daicho_committee_page_new },
};

G_STATIC_ASSERT (G_N_ELEMENTS (tabs) == G_N_ELEMENTS (((DaichoWindow *) NULL)->tabs));

static guint
find_by_id (GListModel *model, gint64 id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Shows the context's office in the header bar, and the warning bar while
 * nobody is chosen as operator. */
static void
sync_header (DaichoWindow *self)
{
  DaichoOffice *office = daicho_context_get_office (self->context);
  DaichoOperatorButton *operator_button = DAICHO_OPERATOR_BUTTON (self->operator_button);

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->office_dropdown,
                              office ? find_by_id (G_LIST_MODEL (self->offices), office->id)
                                     : GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;

  gtk_revealer_set_reveal_child (self->operator_revealer,
                                 daicho_context_get_operator (self->context) == NULL &&
                                 daicho_operator_button_get_n_choices (operator_button) > 0);
}

/* Reloads the offices the header bar offers. */
static void
reload_offices (DaichoWindow *self)
{
  DaichoDb *db = daicho_context_get_db (self->context);
  g_autoptr(GListStore) offices = daicho_office_store_list (db, FALSE, NULL);

  self->syncing = TRUE;
  g_set_object (&self->offices, offices);
  gtk_drop_down_set_model (self->office_dropdown, G_LIST_MODEL (self->offices));
  self->syncing = FALSE;
}

/* Reloads the offices and staff the header bar offers. */
static void
reload_header (DaichoWindow *self)
{
  reload_offices (self);
  daicho_operator_button_reload (DAICHO_OPERATOR_BUTTON (self->operator_button));
  sync_header (self);
}

static void
on_office_dropdown_selected (DaichoWindow *self)
{
  if (self->syncing)
    return;
  daicho_context_set_office (self->context, gtk_drop_down_get_selected_item (self->office_dropdown));
}

static void
toast_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoWindow *self = DAICHO_WINDOW (widget);

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (g_variant_get_string (param, NULL)));
}

static void
on_context_data_changed (DaichoWindow *self, const char *kind)
{
  reload_header (self);
}

static void
build_tab (DaichoWindow *self, guint i)
{
  if (adw_bin_get_child (self->tabs[i]) == NULL)
    adw_bin_set_child (self->tabs[i], tabs[i].create (self->context));
}

static void
build_shown_tab (DaichoWindow *self)
{
  GtkWidget *shown = adw_view_stack_get_visible_child (self->view_stack);

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    if (shown == GTK_WIDGET (self->tabs[i]))
      build_tab (self, i);
}

/* Builds the next tab not built yet, one per turn of the main loop. */
static gboolean
build_next_tab_cb (gpointer user_data)
{
  DaichoWindow *self = user_data;

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    if (adw_bin_get_child (self->tabs[i]) == NULL)
      {
        build_tab (self, i);
        return G_SOURCE_CONTINUE;
      }
  self->build_source = 0;
  return G_SOURCE_REMOVE;
}

/* The tabs not shown are built once the window has painted its first frame. */
static void
build_other_tabs (GtkWidget *widget)
{
  DaichoWindow *self = DAICHO_WINDOW (widget);

  if (self->build_source == 0)
    self->build_source = g_idle_add_full (G_PRIORITY_LOW, build_next_tab_cb, self, NULL);
}

static void
show_main (DaichoWindow *self)
{
  g_autofree char *page = g_settings_get_string (self->settings, "page");

  daicho_context_restore (self->context);
  /* The operator button has listed the staff as it was made: a change
   * since (the first-run page adds staff) reloads it (data-changed). */
  reload_offices (self);
  sync_header (self);
  /* Opens on the tab last shown. */
  if (adw_view_stack_get_child_by_name (self->view_stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
  g_settings_bind (self->settings, "page", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_SET);
  build_shown_tab (self);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (build_shown_tab), self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self->office_dropdown), TRUE);
  gtk_widget_set_visible (self->operator_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_title), TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "main");
}

static void
on_setup_page_finished (DaichoWindow *self)
{
  show_main (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Your office is set up. Welcome to Daicho.")));
}

/* The check at start waits for the window to be shown, then runs beside it. */
static void
on_window_map (DaichoWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_window_map, self);
  daicho_check_bar_start (self->check_bar,
                          daicho_db_get_path (daicho_context_get_db (self->context)));
}

/* win.show-help-overlay (Ctrl+?): the shortcuts window is built when first
 * asked for. GtkApplication would build it from gtk/help-overlay.ui for
 * every window it opens, before the window's first frame (5 ms). */
static void
show_help_overlay_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/org/daicho/Daicho/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Keeps this action: the window adds its own only when it has none. */
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
daicho_window_dispose (GObject *object)
{
  DaichoWindow *self = DAICHO_WINDOW (object);

  g_clear_handle_id (&self->build_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_WINDOW);
  g_clear_object (&self->offices);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (daicho_window_parent_class)->dispose (object);
}

static void
daicho_window_class_init (DaichoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = daicho_window_dispose;

  g_type_ensure (DAICHO_TYPE_CHECK_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/daicho/Daicho/ui/daicho-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, office_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, operator_revealer);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, check_bar);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, DaichoWindow, view_stack);

  /* Any view can show a toast: win.toast ("message"). */
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_activated);
}

static void
daicho_window_init (DaichoWindow *self)
{
  GtkExpression *expression;

  static const GActionEntry win_actions[] = {
    { "show-help-overlay", show_help_overlay_activated },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions),
                                   self);

  expression = gtk_property_expression_new (DAICHO_TYPE_OFFICE, NULL, "name");
  gtk_drop_down_set_expression (self->office_dropdown, expression);
  gtk_expression_unref (expression);

  g_signal_connect_swapped (self->office_dropdown, "notify::selected",
                            G_CALLBACK (on_office_dropdown_selected), self);

  g_object_set_data (G_OBJECT (self), "daicho-toast-overlay", self->toast_overlay);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_title), FALSE);
}

DaichoWindow *
daicho_window_new (DaichoApplication *app,
                   GSettings         *settings,
                   DaichoDb          *db,
                   const GError      *open_error)
{
  DaichoWindow *self = g_object_new (DAICHO_TYPE_WINDOW, "application", app, NULL);
  GtkWidget *setup_page;

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  if (db == NULL)
    {
      adw_status_page_set_description (self->error_page, open_error ? open_error->message : NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return self;
    }

  self->context = daicho_context_new (db, settings);
  self->operator_button = daicho_operator_button_new (self->context);
  gtk_widget_set_visible (self->operator_button, FALSE);
  adw_header_bar_pack_end (self->header_bar, self->operator_button);
  g_signal_connect_object (self->context, "notify::operator", G_CALLBACK (sync_header), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "data-changed::office",
                           G_CALLBACK (on_context_data_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "data-changed::staff",
                           G_CALLBACK (on_context_data_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_window_map), self);
  daicho_gui_after_first_frame (GTK_WIDGET (self), build_other_tabs);

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      self->tabs[i] = ADW_BIN (adw_bin_new ());
      adw_view_stack_add_titled_with_icon (self->view_stack, GTK_WIDGET (self->tabs[i]),
                                           tabs[i].name, _(tabs[i].title), tabs[i].icon);
    }
  /* The first-run page is built only for a database that needs it. */
  if (daicho_db_is_empty (db))
    {
      setup_page = daicho_setup_page_new (self->context);
      gtk_stack_add_named (self->main_stack, setup_page, "setup");
      g_signal_connect_object (setup_page, "finished", G_CALLBACK (on_setup_page_finished), self,
                               G_CONNECT_SWAPPED);
      gtk_stack_set_visible_child_name (self->main_stack, "setup");
    }
  else
    show_main (self);

  return self;
}

DaichoContext *
daicho_window_get_context (DaichoWindow *self)
{
  g_return_val_if_fail (DAICHO_IS_WINDOW (self), NULL);
  return self->context;
}
