/* daicho-check.h — is the database whole and does it match its audit log? */
#pragma once

#include "daicho/daicho-db.h"

G_BEGIN_DECLS

/* Runs SQLite's integrity check, the foreign-key check, verifies the audit
 * log's hash chain (naming the first entry that does not match its hash,
 * and entries missing from the sequence), and compares every audited
 * record with the last value the audit log recorded for it (a record
 * changed outside Daicho does not match). Returns FALSE with @error only
 * when the check itself could not run; the findings, in words a user can
 * act on, go to @problems (empty when all is well), the first bad audit
 * entry before other findings about the log. */
gboolean daicho_db_check (DaichoDb *db, GPtrArray **problems, GError **error);

/* The newest entry of the audit log's hash chain as "ENTRY:HASH" (its
 * number, a colon, its SHA-256 in hex), or NULL in @head while the log is
 * empty. Noted outside the file (on paper, in an inspection's record), it
 * lets a later daicho_audit_chain_check_head() tell whether the log was cut
 * short or rewritten since, which the chain alone cannot. */
gboolean daicho_audit_chain_get_head (DaichoDb *db, char **head, GError **error);

/* Adds a finding to @problems unless the entry named in @head ("ENTRY:HASH";
 * at least 16 hex digits of the hash) is still in the log with that hash.
 * DAICHO_ERROR_INVALID when @head cannot be read. */
gboolean daicho_audit_chain_check_head (DaichoDb   *db,
                                        const char *head,
                                        GPtrArray  *problems,
                                        GError    **error);

G_END_DECLS
