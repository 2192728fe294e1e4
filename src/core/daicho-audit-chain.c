/* daicho-audit-chain.c — the audit log's hash chain: sealing and verifying
 *
 * An entry's hash is the SHA-256 of a canonical encoding of ten values: the
 * previous entry's hash (NULL for the first entry), then its id, table_name,
 * row_id, action, operator_id, os_user, at_utc, old_json and new_json. The
 * encoding starts with a version tag; each value is one type byte ('N' NULL,
 * 'I' integer, 'R' real, 'T' text, 'B' blob), then for numbers their eight
 * bytes, big-endian, and for text and blobs their length as eight bytes,
 * big-endian, and the bytes. No two different entries encode alike, so a
 * change to any value of any entry, or to the order of entries, changes a
 * hash.
 *
 * The hash is keyless: it shows an edit made outside Daicho unless the
 * editor recomputes the hash of every later entry too. A chain head noted
 * outside the file (daicho_audit_chain_get_head()) catches that as well.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-check.h"
#include "daicho/daicho-error.h"
#include "daicho-audit-chain-private.h"

#define HASH_LEN 32
#define N_FIELDS 10          /* the previous hash and the entry's nine columns */
#define CHAIN_TAG "daicho-audit-chain-1"
/* Findings listed one by one before they are summarised. */
#define MAX_LISTED 10
/* A head shorter than this (in hex digits) proves too little. */
#define MIN_HEAD_DIGITS 16

/* One value to hash, read from an sqlite3_value or from a result column. */
typedef struct
{
  int           type;
  gint64        integer;
  double        real;
  const guint8 *bytes;
  int           len;
} Field;

static void
field_from_value (Field *f, sqlite3_value *value)
{
  f->type = sqlite3_value_type (value);
  if (f->type == SQLITE_INTEGER)
    f->integer = sqlite3_value_int64 (value);
  else if (f->type == SQLITE_FLOAT)
    f->real = sqlite3_value_double (value);
  else if (f->type == SQLITE_TEXT)
    f->bytes = sqlite3_value_text (value);
  else if (f->type == SQLITE_BLOB)
    f->bytes = sqlite3_value_blob (value);
  if (f->type == SQLITE_TEXT || f->type == SQLITE_BLOB)
    f->len = sqlite3_value_bytes (value);
}

static void
field_from_column (Field *f, sqlite3_stmt *stmt, int column)
{
  f->type = sqlite3_column_type (stmt, column);
  if (f->type == SQLITE_INTEGER)
    f->integer = sqlite3_column_int64 (stmt, column);
  else if (f->type == SQLITE_FLOAT)
    f->real = sqlite3_column_double (stmt, column);
  else if (f->type == SQLITE_TEXT)
    f->bytes = sqlite3_column_text (stmt, column);
  else if (f->type == SQLITE_BLOB)
    f->bytes = sqlite3_column_blob (stmt, column);
  if (f->type == SQLITE_TEXT || f->type == SQLITE_BLOB)
    f->len = sqlite3_column_bytes (stmt, column);
}

static void
put_u64 (GChecksum *checksum, guint64 value)
{
  guint8 be[8];

  for (int i = 7; i >= 0; i--, value >>= 8)
    be[i] = value & 0xff;
  g_checksum_update (checksum, be, sizeof be);
}

/* The hash of one entry: @fields are the previous hash and its nine columns. */
static void
chain_hash (const Field fields[N_FIELDS], guint8 digest[HASH_LEN])
{
  GChecksum *checksum = g_checksum_new (G_CHECKSUM_SHA256);
  gsize len = HASH_LEN;

  g_checksum_update (checksum, (const guchar *) CHAIN_TAG, sizeof CHAIN_TAG);
  for (int i = 0; i < N_FIELDS; i++)
    {
      const Field *f = &fields[i];
      guint64 bits;

      switch (f->type)
        {
        case SQLITE_INTEGER:
          g_checksum_update (checksum, (const guchar *) "I", 1);
          put_u64 (checksum, (guint64) f->integer);
          break;
        case SQLITE_FLOAT:
          g_checksum_update (checksum, (const guchar *) "R", 1);
          memcpy (&bits, &f->real, sizeof bits);
          put_u64 (checksum, bits);
          break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
          g_checksum_update (checksum, (const guchar *) (f->type == SQLITE_TEXT ? "T" : "B"), 1);
          put_u64 (checksum, (guint64) f->len);
          if (f->len > 0)
            g_checksum_update (checksum, f->bytes, f->len);
          break;
        default:
          g_checksum_update (checksum, (const guchar *) "N", 1);
          break;
        }
    }
  g_checksum_get_digest (checksum, digest, &len);
  g_checksum_free (checksum);
}

static void
sql_audit_hash_fn (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  Field fields[N_FIELDS] = { { 0 } };
  guint8 digest[HASH_LEN];

  for (int i = 0; i < N_FIELDS; i++)
    field_from_value (&fields[i], argv[i]);
  chain_hash (fields, digest);
  sqlite3_result_blob (ctx, digest, HASH_LEN, SQLITE_TRANSIENT);
}

void
daicho_audit_chain_register (sqlite3 *handle)
{
  sqlite3_create_function (handle, "daicho_audit_hash", N_FIELDS,
                           SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC, NULL,
                           sql_audit_hash_fn, NULL, NULL);
}

/* The nine columns an entry's hash covers, then the hash stored for it. */
#define ENTRY_COLUMNS \
  "id, table_name, row_id, action, operator_id, os_user, at_utc, old_json, new_json"
#define COL_HASH 9

/* The previous entry's stored hash, kept across steps of the walk. */
typedef struct
{
  GByteArray *bytes;
  gboolean    present;   /* FALSE: there is no previous entry, or its hash is NULL */
} Prev;

static void
prev_set (Prev *prev, const Field *hash)
{
  prev->present = hash->type == SQLITE_BLOB || hash->type == SQLITE_TEXT;
  g_byte_array_set_size (prev->bytes, 0);
  if (prev->present)
    g_byte_array_append (prev->bytes, hash->bytes, hash->len);
}

/* The hash of the current row of @stmt (columns as ENTRY_COLUMNS) after @prev. */
static void
row_hash (const Prev *prev, sqlite3_stmt *stmt, guint8 digest[HASH_LEN])
{
  Field fields[N_FIELDS] = { { 0 } };

  fields[0].type = prev->present ? SQLITE_BLOB : SQLITE_NULL;
  if (prev->present)
    {
      fields[0].bytes = prev->bytes->data;
      fields[0].len = prev->bytes->len;
    }
  for (int i = 1; i < N_FIELDS; i++)
    field_from_column (&fields[i], stmt, i - 1);
  chain_hash (fields, digest);
}

typedef struct
{
  gint64 id;
  guint8 hash[HASH_LEN];
} Seal;

gboolean
daicho_audit_chain_seal_existing (DaichoDb *db, GError **error)
{
  g_autoptr(GArray) batch = g_array_new (FALSE, FALSE, sizeof (Seal));
  Prev prev = { g_byte_array_new (), FALSE };
  gint64 after = 0;
  gboolean ok = TRUE;

  /* In batches: the table is not written while a statement reads it. */
  do
    {
      g_autoptr(DaichoStmt) select =
        daicho_db_prepare (db, error, "SELECT " ENTRY_COLUMNS " FROM audit_log "
                           "WHERE id > ? ORDER BY id LIMIT 2000", "I", after);
      int rc;

      g_array_set_size (batch, 0);
      if (select == NULL)
        {
          ok = FALSE;
          break;
        }
      while ((rc = daicho_stmt_step (db, select, error)) == SQLITE_ROW)
        {
          Seal seal = { sqlite3_column_int64 (select, 0) };
          Field hash = { SQLITE_BLOB, 0, 0, seal.hash, HASH_LEN };

          row_hash (&prev, select, seal.hash);
          prev_set (&prev, &hash);
          g_array_append_val (batch, seal);
        }
      if (rc != SQLITE_DONE)
        {
          ok = FALSE;
          break;
        }
      g_clear_pointer (&select, daicho_stmt_release);

      for (guint i = 0; ok && i < batch->len; i++)
        {
          Seal *seal = &g_array_index (batch, Seal, i);
          g_autoptr(DaichoStmt) update =
            daicho_db_prepare (db, error, "UPDATE audit_log SET hash = ? WHERE id = ?",
                               "tI", NULL, seal->id);

          ok = update != NULL &&
               sqlite3_bind_blob (update, 1, seal->hash, HASH_LEN, SQLITE_STATIC) == SQLITE_OK &&
               daicho_stmt_step (db, update, error) == SQLITE_DONE;
          after = seal->id;
        }
    }
  while (ok && batch->len > 0);

  g_clear_pointer (&prev.bytes, g_byte_array_unref);
  if (!ok && error != NULL && *error == NULL)
    daicho_db_set_error (db, sqlite3_errcode (daicho_db_get_handle (db)), error);
  return ok;
}

/* "ledger_entry #56, 2026-04-01 10:00": the entry's record and its local time. */
static char *
describe_entry (sqlite3_stmt *stmt)
{
  const char *table = (const char *) sqlite3_column_text (stmt, 1);
  const char *at_utc = (const char *) sqlite3_column_text (stmt, 6);
  g_autoptr(GDateTime) utc = at_utc ? g_date_time_new_from_iso8601 (at_utc, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = local ? g_date_time_format (local, "%Y-%m-%d %H:%M")
                                : g_strdup (at_utc ? at_utc : "?");

  return g_strdup_printf ("%s #%lld, %s", table ? table : "?",
                          (long long) sqlite3_column_int64 (stmt, 2), when);
}

static void
add_finding (GPtrArray *problems, guint *n_found, char *message)
{
  if (++*n_found <= MAX_LISTED)
    g_ptr_array_add (problems, message);
  else
    g_free (message);
}

gboolean
daicho_audit_chain_verify (DaichoDb *db, GPtrArray *problems, GError **error)
{
  g_autoptr(DaichoStmt) stmt =
    daicho_db_prepare (db, error, "SELECT " ENTRY_COLUMNS ", hash FROM audit_log ORDER BY id",
                       NULL);
  Prev prev = { g_byte_array_new (), FALSE };
  gint64 last_id = 0;
  guint n_found = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint8 expected[HASH_LEN];
      Field stored = { 0 };

      row_hash (&prev, stmt, expected);
      field_from_column (&stored, stmt, COL_HASH);

      if (id > last_id + 1)
        add_finding (problems, &n_found,
                     id == last_id + 2
                       ? g_strdup_printf (_("Audit entry #%lld is missing: it was removed "
                                            "outside Daicho."), (long long) last_id + 1)
                       : g_strdup_printf (_("Audit entries #%lld to #%lld are missing: they were "
                                            "removed outside Daicho."),
                                          (long long) last_id + 1, (long long) id - 1));
      if (stored.type == SQLITE_NULL)
        {
          g_autofree char *what = describe_entry (stmt);
          add_finding (problems, &n_found,
                       g_strdup_printf (_("Audit entry #%lld (%s) has no hash: it was added "
                                          "outside Daicho."), (long long) id, what));
        }
      else if (stored.type != SQLITE_BLOB || stored.len != HASH_LEN ||
               memcmp (stored.bytes, expected, HASH_LEN) != 0)
        {
          g_autofree char *what = describe_entry (stmt);
          add_finding (problems, &n_found,
                       g_strdup_printf (_("Audit entry #%lld (%s) does not match its hash: the "
                                          "audit log was altered outside Daicho."),
                                        (long long) id, what));
        }
      prev_set (&prev, &stored);
      last_id = id;
    }
  g_clear_pointer (&prev.bytes, g_byte_array_unref);
  if (rc != SQLITE_DONE)
    return FALSE;

  if (n_found > MAX_LISTED)
    g_ptr_array_add (problems,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "… and %u more finding in the audit log.",
                                                   "… and %u more findings in the audit log.",
                                                   n_found - MAX_LISTED),
                                      n_found - MAX_LISTED));
  return TRUE;
}

static char *
hex_of (const guint8 *bytes, int len)
{
  GString *hex = g_string_sized_new (len * 2);

  for (int i = 0; i < len; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);
  return g_string_free (hex, FALSE);
}

gboolean
daicho_audit_chain_get_head (DaichoDb *db, char **head, GError **error)
{
  g_autoptr(DaichoStmt) stmt =
    daicho_db_prepare (db, error, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", NULL);
  int rc;

  *head = NULL;
  if (stmt == NULL)
    return FALSE;
  rc = daicho_stmt_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *hex = hex_of (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
      *head = g_strdup_printf ("%lld:%s", (long long) sqlite3_column_int64 (stmt, 0), hex);
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* Reads "ENTRY:HASH" into the entry's number and the hash's hex digits
 * (lower case). */
static gboolean
parse_head (const char *head, gint64 *entry, char **hex, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (head, ":", 2);
  guint64 number = 0;
  gsize digits;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1, G_MAXINT64, &number, NULL))
    goto bad;
  g_strstrip (parts[1]);
  digits = strlen (parts[1]);
  if (digits < MIN_HEAD_DIGITS || digits > HASH_LEN * 2)
    goto bad;
  for (gsize i = 0; i < digits; i++)
    if (!g_ascii_isxdigit (parts[1][i]))
      goto bad;

  *entry = (gint64) number;
  *hex = g_ascii_strdown (parts[1], -1);
  return TRUE;

bad:
  g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
               _("“%s” is not a chain head: write the entry number, a colon and at least %d "
                 "hexadecimal digits of its hash, as the check printed it (e.g. 1234:3f2a…)."),
               head, MIN_HEAD_DIGITS);
  return FALSE;
}

gboolean
daicho_audit_chain_check_head (DaichoDb *db, const char *head, GPtrArray *problems,
                               GError **error)
{
  g_autofree char *want = NULL;
  g_autoptr(DaichoStmt) stmt = NULL;
  gint64 entry = 0;
  int rc;

  if (!parse_head (head, &entry, &want, error))
    return FALSE;
  stmt = daicho_db_prepare (db, error, "SELECT " ENTRY_COLUMNS ", hash FROM audit_log "
                            "WHERE id = ?", "I", entry);
  if (stmt == NULL)
    return FALSE;

  rc = daicho_stmt_step (db, stmt, error);
  if (rc == SQLITE_DONE)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Audit entry #%lld, noted earlier as the head of the "
                                        "chain, is missing: the audit log was cut short outside "
                                        "Daicho."), (long long) entry));
  else if (rc == SQLITE_ROW)
    {
      g_autofree char *hex = hex_of (sqlite3_column_blob (stmt, COL_HASH),
                                     sqlite3_column_bytes (stmt, COL_HASH));

      if (!g_str_has_prefix (hex, want))
        {
          g_autofree char *what = describe_entry (stmt);
          g_ptr_array_add (problems,
                           g_strdup_printf (_("Audit entry #%lld (%s) no longer has the hash "
                                              "noted earlier: the audit log was rewritten "
                                              "outside Daicho."), (long long) entry, what));
        }
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}
