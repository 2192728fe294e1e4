/* daicho-committee-page.h — the セキュリティ会議 tab */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_COMMITTEE_PAGE (daicho_committee_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoCommitteePage, daicho_committee_page, DAICHO, COMMITTEE_PAGE, AdwBin)

GtkWidget *daicho_committee_page_new (DaichoContext *context);

G_END_DECLS
