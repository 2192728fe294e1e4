/* daicho-posts-page.h — settings page, 職: who holds each post; personnel changes */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_POSTS_PAGE (daicho_posts_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoPostsPage, daicho_posts_page, DAICHO, POSTS_PAGE,
                      AdwPreferencesPage)

/* Construct with g_object_new (DAICHO_TYPE_POSTS_PAGE, "context", context, NULL). */

G_END_DECLS
