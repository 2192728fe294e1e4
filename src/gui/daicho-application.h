/* daicho-application.h — the Daicho application */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_APPLICATION (daicho_application_get_type ())
G_DECLARE_FINAL_TYPE (DaichoApplication, daicho_application, DAICHO, APPLICATION, AdwApplication)

DaichoApplication *daicho_application_new (void);

/* The settings of the app: from the installed schema, or from the build
 * directory when Daicho runs uninstalled. NULL (with a warning) when
 * neither has it. */
GSettings *daicho_application_create_settings (void);

G_END_DECLS
