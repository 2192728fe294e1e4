/* daicho-setup-page.h — the first run: your office, yourself, your staff */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_SETUP_PAGE (daicho_setup_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoSetupPage, daicho_setup_page, DAICHO, SETUP_PAGE, AdwBin)

/* Emits ::finished once the office and its first operator exist. */
GtkWidget *daicho_setup_page_new (DaichoContext *context);

G_END_DECLS
