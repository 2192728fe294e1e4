/* daicho-designation-private.h — designations inside a caller's transaction
 *
 * For the demo data, which writes many records in one transaction: these
 * check the same rules as the public functions but neither begin nor commit.
 */
#pragma once

#include "daicho/daicho-designation-store.h"

G_BEGIN_DECLS

gint64   daicho_designation_insert (DaichoDb *db, const DaichoDesignationInput *input,
                                    GError **error);
gboolean daicho_designation_finish (DaichoDb *db, gint64 id, const char *end_date,
                                    const char *reason, const char *note, GError **error);

G_END_DECLS
