/* daicho-overview-page.h — the office tab: who holds which post, staff, places */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_OVERVIEW_PAGE (daicho_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoOverviewPage, daicho_overview_page, DAICHO, OVERVIEW_PAGE, AdwBin)

GtkWidget *daicho_overview_page_new (DaichoContext *context);

G_END_DECLS
