/* daicho-places-page.h — settings page, 保管場所: where printed forms are kept (第9条第2項) */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_PLACES_PAGE (daicho_places_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoPlacesPage, daicho_places_page, DAICHO, PLACES_PAGE,
                      AdwPreferencesPage)

/* Construct with g_object_new (DAICHO_TYPE_PLACES_PAGE, "context", context, NULL). */

G_END_DECLS
