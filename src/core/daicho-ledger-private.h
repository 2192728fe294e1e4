/* daicho-ledger-private.h — ledger writes inside a caller's transaction
 *
 * For the demo data and the CSV import, which write many entries in one
 * transaction: the same rules as the public functions, without begin or
 * commit.
 */
#pragma once

#include "daicho/daicho-ledger-store.h"

G_BEGIN_DECLS

gint64 daicho_ledger_insert  (DaichoDb *db, const DaichoLedgerInput *input, GError **error);
gint64 daicho_ledger_dispose (DaichoDb *db, const gint64 *entry_ids, guint n_entries,
                              const char *date, const char *method, gint64 operator_id,
                              gint64 witness_id, GError **error);

G_END_DECLS
