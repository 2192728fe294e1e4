/* daicho-designation-page.h — the 取扱者指定 tab */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_DESIGNATION_PAGE (daicho_designation_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoDesignationPage, daicho_designation_page, DAICHO, DESIGNATION_PAGE,
                      AdwBin)

GtkWidget *daicho_designation_page_new (DaichoContext *context);

G_END_DECLS
