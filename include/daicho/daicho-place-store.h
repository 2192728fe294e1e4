/* daicho-place-store.h — 保管場所: where printed forms are kept (K9-2) */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"
#include <gio/gio.h>

G_BEGIN_DECLS

/* Places of @office_id (0: every office), inactive ones with @include_inactive. */
GListStore  *daicho_place_store_list (DaichoDb *db, gint64 office_id, gboolean include_inactive,
                                      GError **error);
DaichoPlace *daicho_place_store_get  (DaichoDb *db, gint64 id, GError **error);

/* Adds a place; @locks says whether it can be locked (施錠可). Names are
 * unique within an office. Returns the id or 0. */
gint64   daicho_place_store_add        (DaichoDb *db, gint64 office_id, const char *name,
                                        gboolean locks, GError **error);
gboolean daicho_place_store_update     (DaichoDb *db, gint64 id, const char *name,
                                        gboolean locks, GError **error);
gboolean daicho_place_store_set_active (DaichoDb *db, gint64 id, gboolean active,
                                        GError **error);

G_END_DECLS
