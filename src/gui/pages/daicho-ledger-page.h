/* daicho-ledger-page.h — the 帳票等管理台帳 tab */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_LEDGER_PAGE (daicho_ledger_page_get_type ())
G_DECLARE_FINAL_TYPE (DaichoLedgerPage, daicho_ledger_page, DAICHO, LEDGER_PAGE, AdwBin)

GtkWidget *daicho_ledger_page_new (DaichoContext *context);

G_END_DECLS
