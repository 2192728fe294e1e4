/* daicho-inspection-page.h — the 点検シート tab */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_INSPECTION_PAGE (daicho_inspection_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionPage, daicho_inspection_page, DAICHO, INSPECTION_PAGE,
                      AdwBin)

GtkWidget *daicho_inspection_page_new (DaichoContext *context);

G_END_DECLS
