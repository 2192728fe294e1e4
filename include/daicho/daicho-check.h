/* daicho-check.h — is the database whole and does it match its audit log? */
#pragma once

#include "daicho/daicho-db.h"

G_BEGIN_DECLS

/* Runs SQLite's integrity check, the foreign-key check, and compares every
 * audited record with the last value the audit log recorded for it (a
 * record changed outside Daicho does not match). Returns FALSE with @error
 * only when the check itself could not run; the findings, in words a user
 * can act on, go to @problems (empty when all is well). */
gboolean daicho_db_check (DaichoDb *db, GPtrArray **problems, GError **error);

G_END_DECLS
