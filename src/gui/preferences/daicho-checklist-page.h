/* daicho-checklist-page.h — settings page, 点検項目: the checklist of the 点検シート */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_CHECKLIST_PAGE (daicho_checklist_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoChecklistPage, daicho_checklist_page, DAICHO, CHECKLIST_PAGE,
                      AdwPreferencesPage)

/* Construct with g_object_new (DAICHO_TYPE_CHECKLIST_PAGE, "context", context, NULL).
 *
 * Actions (the item named by its key, a string):
 *   checklist.add                 adds the item typed in "Add an item"
 *   checklist.reword KEY          opens a dialog for new wording
 *   checklist.move-up KEY         moves the item before the previous one of its article
 *   checklist.move-down KEY       moves it after the next one of its article
 *   checklist.retire KEY          asks, then leaves the item out of the checklist */

G_END_DECLS
