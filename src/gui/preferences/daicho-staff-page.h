/* daicho-staff-page.h — settings page, 職員: staff of every office, transfers, leaving */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_STAFF_PAGE (daicho_staff_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoStaffPage, daicho_staff_page, DAICHO, STAFF_PAGE,
                      AdwPreferencesPage)

/* Construct with g_object_new (DAICHO_TYPE_STAFF_PAGE, "context", context, NULL). */

G_END_DECLS
