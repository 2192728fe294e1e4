/* daicho-preferences-window.c — the settings window for master data */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-preferences-window.h"
#include "daicho-backups-page.h"
#include "daicho-checklist-page.h"
#include "daicho-offices-page.h"
#include "daicho-places-page.h"
#include "daicho-posts-page.h"
#include "daicho-retention-page.h"
#include "daicho-staff-page.h"

struct _DaichoPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwPreferencesPage   *display_page;
  AdwComboRow          *date_style_row;

  /* owned references */
  DaichoContext        *context;
};

G_DEFINE_FINAL_TYPE (DaichoPreferencesWindow, daicho_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row lists the styles in the order of the schema's enum. */
static gboolean
date_style_get_mapping (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_uint (value, g_strcmp0 (g_variant_get_string (variant, NULL), "seireki") == 0);
  return TRUE;
}

static GVariant *
date_style_set_mapping (const GValue *value, const GVariantType *expected_type,
                        gpointer user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "seireki" : "wareki");
}

static void
daicho_preferences_window_constructed (GObject *object)
{
  DaichoPreferencesWindow *self = DAICHO_PREFERENCES_WINDOW (object);
  AdwPreferencesWindow *window = ADW_PREFERENCES_WINDOW (self);
  const GType page_types[] = {
    DAICHO_TYPE_OFFICES_PAGE,
    DAICHO_TYPE_STAFF_PAGE,
    DAICHO_TYPE_PLACES_PAGE,
    DAICHO_TYPE_RETENTION_PAGE,
    DAICHO_TYPE_POSTS_PAGE,
    DAICHO_TYPE_CHECKLIST_PAGE,
    DAICHO_TYPE_BACKUPS_PAGE,
  };
  g_autoptr(AdwPreferencesPage) display_page = g_object_ref (self->display_page);

  G_OBJECT_CLASS (daicho_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));

  /* The pages need the context, so they are made here; the Display page
   * from the template moves behind them. */
  adw_preferences_window_remove (window, display_page);
  for (guint i = 0; i < G_N_ELEMENTS (page_types); i++)
    adw_preferences_window_add (window, g_object_new (page_types[i],
                                                      "context", self->context,
                                                      NULL));
  adw_preferences_window_add (window, display_page);

  g_settings_bind_with_mapping (daicho_context_get_settings (self->context), "date-style",
                                self->date_style_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                date_style_get_mapping, date_style_set_mapping, NULL, NULL);
}

static void
daicho_preferences_window_dispose (GObject *object)
{
  DaichoPreferencesWindow *self = DAICHO_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_preferences_window_parent_class)->dispose (object);
}

static void
daicho_preferences_window_class_init (DaichoPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_preferences_window_constructed;
  object_class->dispose = daicho_preferences_window_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoPreferencesWindow, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoPreferencesWindow, display_page);
  gtk_widget_class_bind_template_child (widget_class, DaichoPreferencesWindow, date_style_row);
}

static void
daicho_preferences_window_init (DaichoPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
daicho_preferences_window_new (GtkWindow *parent, DaichoContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAICHO_IS_CONTEXT (context), NULL);

  return g_object_new (DAICHO_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}
