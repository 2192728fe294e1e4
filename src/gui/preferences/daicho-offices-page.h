/* daicho-offices-page.h — settings page, 所属: the offices Daicho keeps records for */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_OFFICES_PAGE (daicho_offices_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoOfficesPage, daicho_offices_page, DAICHO, OFFICES_PAGE,
                      AdwPreferencesPage)

/* Construct with g_object_new (DAICHO_TYPE_OFFICES_PAGE, "context", context, NULL). */

G_END_DECLS
