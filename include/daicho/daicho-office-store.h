/* daicho-office-store.h — 所属: the offices Daicho keeps records for */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"
#include <gio/gio.h>

G_BEGIN_DECLS

/* Offices ordered by code; inactive ones only with @include_inactive.
 * A GListStore of DaichoOffice. */
GListStore   *daicho_office_store_list        (DaichoDb *db, gboolean include_inactive,
                                               GError **error);
DaichoOffice *daicho_office_store_get         (DaichoDb *db, gint64 id, GError **error);
DaichoOffice *daicho_office_store_get_by_code (DaichoDb *db, const char *code, GError **error);

/* Adds an office and its システム利用責任者 post in one transaction.
 * @kind: kuminka | shisho | shutchojo | other. Returns the new id, or 0
 * with @error set (blank or duplicate code, blank name, bad kind). */
gint64 daicho_office_store_add (DaichoDb   *db,
                                const char *code,
                                const char *name,
                                const char *kind,
                                GError    **error);

/* Renames an office or changes its kind. */
gboolean daicho_office_store_update (DaichoDb *db, gint64 id, const char *name,
                                     const char *kind, GError **error);

/* Offices are never deleted: one that closes is made inactive. */
gboolean daicho_office_store_set_active (DaichoDb *db, gint64 id, gboolean active,
                                         GError **error);

G_END_DECLS
