/* daicho-window.h — the main window: header bar, tabs, first-run page */
#pragma once

#include <adwaita.h>

#include "daicho/daicho.h"
#include "daicho-application.h"
#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_WINDOW (daicho_window_get_type ())
G_DECLARE_FINAL_TYPE (DaichoWindow, daicho_window, DAICHO, WINDOW, AdwApplicationWindow)

/* A window on @db. When @db is NULL the window shows @open_error (why the
 * database could not be opened) and nothing else. */
DaichoWindow  *daicho_window_new         (DaichoApplication *app,
                                          GSettings         *settings,
                                          DaichoDb          *db,
                                          const GError      *open_error);

/* NULL when the window shows an open error. */
DaichoContext *daicho_window_get_context (DaichoWindow *self);

G_END_DECLS
