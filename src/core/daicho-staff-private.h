/* daicho-staff-private.h — staff writes inside a caller's transaction
 *
 * For the importer and the first-run setup, which write several records in
 * one transaction: these validate and write but neither begin nor commit.
 */
#pragma once

#include "daicho/daicho-staff-store.h"

G_BEGIN_DECLS

gint64   daicho_staff_insert (DaichoDb *db, const DaichoStaffInput *input, GError **error);
gboolean daicho_staff_change (DaichoDb *db, gint64 id, const DaichoStaffInput *input,
                              GError **error);

void daicho_staff_input_clear (DaichoStaffInput *input);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DaichoStaffInput, daicho_staff_input_clear)

G_END_DECLS
