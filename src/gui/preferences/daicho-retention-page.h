/* daicho-retention-page.h — settings page, 文書分類: retention classes */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_RETENTION_PAGE (daicho_retention_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoRetentionPage, daicho_retention_page, DAICHO, RETENTION_PAGE,
                      AdwPreferencesPage)

/* Construct with g_object_new (DAICHO_TYPE_RETENTION_PAGE, "context", context, NULL). */

G_END_DECLS
