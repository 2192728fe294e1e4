/* daicho-backups-page.h — settings page: the database's backups
 *
 * Lists the backups beside the database, makes one on request and restores
 * one after asking, each in a worker thread with its progress shown; after
 * a restore every view reloads.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_BACKUPS_PAGE (daicho_backups_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoBackupsPage, daicho_backups_page, DAICHO, BACKUPS_PAGE,
                      AdwPreferencesPage)

/* Construct with g_object_new (DAICHO_TYPE_BACKUPS_PAGE, "context", context, NULL). */

/* TRUE while a backup, a restore or the list is being read in a worker
 * thread (for tests). */
gboolean daicho_backups_page_is_busy (DaichoBackupsPage *self);

G_END_DECLS
