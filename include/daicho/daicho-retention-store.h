/* daicho-retention-store.h — 文書分類: retention classes (K9-4) */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"
#include <gio/gio.h>

G_BEGIN_DECLS

GListStore           *daicho_retention_store_list        (DaichoDb *db, gboolean include_inactive,
                                                          GError **error);
DaichoRetentionClass *daicho_retention_store_get_by_code (DaichoDb *db, const char *code,
                                                          GError **error);

/* @years: 1–100, or 0 for 永年 (kept permanently). Returns the id or 0. */
gint64   daicho_retention_store_add        (DaichoDb *db, const char *code, const char *name,
                                            int years, GError **error);
gboolean daicho_retention_store_set_active (DaichoDb *db, gint64 id, gboolean active,
                                            GError **error);

G_END_DECLS
