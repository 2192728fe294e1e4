/* daicho-preferences-window.h — the settings window for master data
 *
 * Offices, staff, storage places, retention classes and posts, each on its
 * own page, plus how dates are shown. Every change goes through the core
 * stores and is announced with daicho_context_data_changed().
 */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_PREFERENCES_WINDOW (daicho_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (DaichoPreferencesWindow, daicho_preferences_window, DAICHO,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

/* A new settings window, modal over @parent (may be NULL), showing the
 * master data of @context's database. */
GtkWidget *daicho_preferences_window_new (GtkWindow *parent, DaichoContext *context);

G_END_DECLS
