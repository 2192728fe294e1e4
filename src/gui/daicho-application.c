/* daicho-application.c — the Daicho application
 *
 * Opens the database named by --db, $DAICHO_DB or the default path, and a
 * window on it. Each run is its own process (NON_UNIQUE): two windows on the
 * same file are two writers, which the storage layer is built for.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho.h"
#include "daicho-application.h"
#include "daicho-auto-backup.h"
#include "daicho-context.h"
#include "daicho-gui-util.h"
#include "daicho-window.h"
#include "preferences/daicho-preferences-window.h"

/* A save takes milliseconds and an import of 2,000 staff 0.1 s, so another
 * window's save never holds the file this long: past it, the file is held
 * by something out of the ordinary, and the user hears so. */
#define GUI_BUSY_TIMEOUT_MS 3000

struct _DaichoApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
};

G_DEFINE_FINAL_TYPE (DaichoApplication, daicho_application, ADW_TYPE_APPLICATION)

DaichoApplication *
daicho_application_new (void)
{
  return g_object_new (DAICHO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/org/daicho/Daicho",
                       NULL);
}

GSettings *
daicho_application_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      build_source = g_settings_schema_source_new_from_directory (DAICHO_BUILD_SCHEMADIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static gint
daicho_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  DaichoApplication *self = DAICHO_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("daicho %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_variant_dict_lookup (options, "db", "^ay", &self->db_path);
  return -1;
}

/* Once the window has painted its first frame: its thread would otherwise
 * share the CPU with that frame. */
static void
start_daily_backup (GtkWidget *window)
{
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));

  if (context != NULL)
    daicho_auto_backup_start (GTK_WINDOW (window), daicho_context_get_db (context));
}

static void
daicho_application_activate (GApplication *app)
{
  DaichoApplication *self = DAICHO_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  settings = daicho_application_create_settings ();
  if (settings == NULL)
    {
      g_printerr (_("Daicho is not installed properly: its settings schema is missing.\n"));
      return;
    }

  db = daicho_db_open (self->db_path, &error);
  /* The window cannot redraw while a save waits for another window's: a
   * short wait, then the plain "in use" message, rather than a long freeze. */
  if (db != NULL)
    daicho_db_set_busy_timeout (db, GUI_BUSY_TIMEOUT_MS);
  window = GTK_WINDOW (daicho_window_new (self, settings, db, error));
  gtk_window_present (window);
  if (db != NULL)
    daicho_gui_after_first_frame (GTK_WIDGET (window), start_daily_backup);
}

static void
quit_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing the windows lets each save its state (size, choices). */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
  g_application_quit (app);
}

static void
preferences_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  DaichoContext *context = DAICHO_IS_WINDOW (window)
                             ? daicho_window_get_context (DAICHO_WINDOW (window)) : NULL;

  if (context == NULL)
    return;
  gtk_window_present (GTK_WINDOW (daicho_preferences_window_new (window, context)));
}

static void
about_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { _("The Daicho project"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Daicho"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Daicho project"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Registers that ward offices keep under the information "
                                      "asset rules for resident-register data: designated "
                                      "staff, the form ledger (Form No. 1), the quarterly "
                                      "inspection (Form No. 2) and the security committee."),
                        "website", "https://daicho.org/",
                        "issue-url", "https://daicho.org/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
daicho_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (daicho_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  /* The window builds its shortcuts window when first asked for it
   * (daicho-window.c), so GtkApplication does not set this one. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
}

static void
daicho_application_finalize (GObject *object)
{
  DaichoApplication *self = DAICHO_APPLICATION (object);

  g_clear_pointer (&self->db_path, g_free);
  G_OBJECT_CLASS (daicho_application_parent_class)->finalize (object);
}

static void
daicho_application_class_init (DaichoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = daicho_application_finalize;
  app_class->activate = daicho_application_activate;
  app_class->startup = daicho_application_startup;
  app_class->handle_local_options = daicho_application_handle_local_options;
}

static void
daicho_application_init (DaichoApplication *self)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Database file (default: $DAICHO_DB or the user data folder)"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
}
