/* daicho-audit-chain-private.h — the audit log's hash chain, inside the core
 *
 * Each audit_log row holds in `hash` the SHA-256 of its previous row's hash
 * and of its own fields, in an unambiguous encoding. The trigger
 * audit_log_chain fills it in the transaction of the change; the check
 * recomputes it. See daicho-audit-chain.c for the encoding.
 */
#pragma once

#include "daicho-db-private.h"

G_BEGIN_DECLS

/* Registers the SQL function daicho_audit_hash (prev, id, table_name,
 * row_id, action, operator_id, os_user, at_utc, old_json, new_json) → BLOB
 * on @handle: the audit_log_chain trigger calls it. Before any migration. */
void daicho_audit_chain_register (sqlite3 *handle);

/* Migration 6: hashes the entries that exist, oldest first. The caller holds
 * the migration's transaction and has added the column. */
gboolean daicho_audit_chain_seal_existing (DaichoDb *db, GError **error);

/* Walks the whole log, oldest first, and adds to @problems, first bad entry
 * first: entries whose hash does not match (changed, inserted, or following
 * a removed one), numbers missing from the sequence, and missing chain
 * triggers. FALSE with @error only when the walk could not run. */
gboolean daicho_audit_chain_verify (DaichoDb *db, GPtrArray *problems, GError **error);

G_END_DECLS
