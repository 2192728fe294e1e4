/* daicho-check.c — integrity, foreign keys, the audit log's chain, and records against it */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-check.h"
#include "daicho/daicho-error.h"
#include "daicho-audit-chain-private.h"
#include "daicho-db-private.h"

/* Findings of one kind listed before they are summarised. */
#define MAX_LISTED 10

static gboolean
collect_text_rows (DaichoDb *db, const char *sql, const char *ok_value, GPtrArray *problems,
                   const char *prefix, GError **error)
{
  g_autoptr(DaichoStmt) stmt = daicho_db_prepare (db, error, sql, NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    {
      GString *row = g_string_new (prefix);

      if (ok_value && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), ok_value) == 0)
        {
          g_string_free (row, TRUE);
          continue;
        }
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (row, "%s%s", c ? " " : "",
                                sqlite3_column_text (stmt, c) ? (const char *) sqlite3_column_text (stmt, c) : "");
      g_ptr_array_add (problems, g_string_free (row, FALSE));
    }
  return rc == SQLITE_DONE;
}

/* Records of @t whose current values differ from what the audit log last
 * recorded for them, or that the audit log never saw inserted. */
static gboolean
check_table_against_audit (DaichoDb *db, const DaichoAuditedTable *t, GPtrArray *problems,
                           GError **error)
{
  g_autofree char *row_json = daicho_audit_json_of_columns (t->columns, "t");
  g_autoptr(DaichoStmt) stmt = NULL;
  char *sql;
  int rc;
  guint n = 0;

  sql = sqlite3_mprintf ("SELECT t.id FROM \"%w\" t "
                         "WHERE %s IS NOT (SELECT a.new_json FROM audit_log a "
                         "                 WHERE a.table_name = '%q' AND a.row_id = t.id "
                         "                 ORDER BY a.id DESC LIMIT 1) "
                         "ORDER BY t.id",
                         t->table, row_json, t->table);
  stmt = daicho_db_prepare (db, error, sql, NULL);
  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;

  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    {
      if (++n <= MAX_LISTED)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("Record %s #%lld does not match its audit log: it was "
                                            "changed outside Daicho."),
                                          t->table, (long long) sqlite3_column_int64 (stmt, 0)));
    }
  if (n > MAX_LISTED)
    g_ptr_array_add (problems, g_strdup_printf (_("… and %u more records of %s."),
                                                n - MAX_LISTED, t->table));
  return rc == SQLITE_DONE;
}

/* Records the audit log saw that are gone: deleted behind Daicho's back. */
static gboolean
check_table_for_deletions (DaichoDb *db, const DaichoAuditedTable *t, GPtrArray *problems,
                           GError **error)
{
  g_autoptr(DaichoStmt) stmt = NULL;
  char *sql;
  int rc;

  sql = sqlite3_mprintf ("SELECT DISTINCT a.row_id FROM audit_log a "
                         "WHERE a.table_name = '%q' "
                         "  AND NOT EXISTS (SELECT 1 FROM \"%w\" t WHERE t.id = a.row_id) "
                         "ORDER BY a.row_id LIMIT %d",
                         t->table, t->table, MAX_LISTED);
  stmt = daicho_db_prepare (db, error, sql, NULL);
  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;

  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Record %s #%lld is in the audit log but missing from the "
                                        "database: it was deleted outside Daicho."),
                                      t->table, (long long) sqlite3_column_int64 (stmt, 0)));
  return rc == SQLITE_DONE;
}

/* A trigger that records changes, refuses deletes or seals the log must be there. */
static gboolean
check_trigger (DaichoDb *db, const char *name, GPtrArray *problems, GError **error)
{
  gint64 n = 0;

  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count(*) FROM sqlite_schema "
                            "WHERE type = 'trigger' AND name = ?", "t", name))
    return FALSE;
  if (n == 0)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("The safeguard %s is missing: the database was "
                                        "altered outside Daicho."), name));
  return TRUE;
}

static gboolean
check_triggers (DaichoDb *db, const DaichoAuditedTable *t, GPtrArray *problems, GError **error)
{
  const char *suffixes[] = { "_audit_insert", "_audit_update", "_no_delete" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (t->table, suffixes[i], NULL);

      if (!check_trigger (db, name, problems, error))
        return FALSE;
    }
  return TRUE;
}

/* The hash chain, then the triggers that keep the log unchangeable and chained. */
static gboolean
check_audit_log (DaichoDb *db, GPtrArray *problems, GError **error)
{
  const char *names[] = { "audit_log_no_update", "audit_log_no_delete", "audit_log_sealed",
                          "audit_log_chain" };

  if (!daicho_audit_chain_verify (db, problems, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (!check_trigger (db, names[i], problems, error))
      return FALSE;
  return TRUE;
}

/* Each update's old values must be what the log last recorded for that
 * record: a change made outside Daicho and followed by one made through it
 * shows up here even after the record matches its log again. */
static gboolean
check_audit_continuity (DaichoDb *db, GPtrArray *problems, GError **error)
{
  g_autoptr(DaichoStmt) stmt =
    daicho_db_prepare (db, error,
                       "SELECT a.id, a.table_name, a.row_id FROM audit_log a "
                       "WHERE a.action = 'update' "
                       "  AND a.old_json IS NOT (SELECT p.new_json FROM audit_log p "
                       "                         WHERE p.table_name = a.table_name "
                       "                           AND p.row_id = a.row_id AND p.id < a.id "
                       "                         ORDER BY p.id DESC LIMIT 1) "
                       "ORDER BY a.id LIMIT 10", NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Audit entry #%lld: record %s #%lld had been changed "
                                        "outside Daicho before this change."),
                                      (long long) sqlite3_column_int64 (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (long long) sqlite3_column_int64 (stmt, 2)));
  return rc == SQLITE_DONE;
}

gboolean
daicho_db_check (DaichoDb *db, GPtrArray **problems, GError **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  const DaichoAuditedTable *tables;
  guint n_tables = 0;

  if (!collect_text_rows (db, "PRAGMA integrity_check", "ok", found,
                          _("Integrity check: "), error) ||
      !collect_text_rows (db, "PRAGMA foreign_key_check", NULL, found,
                          _("Broken reference (table, row, target): "), error) ||
      !check_audit_log (db, found, error))
    return FALSE;

  tables = daicho_migrations_audited_tables (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    if (!check_triggers (db, &tables[i], found, error) ||
        !check_table_against_audit (db, &tables[i], found, error) ||
        !check_table_for_deletions (db, &tables[i], found, error))
      return FALSE;
  if (!check_audit_continuity (db, found, error))
    return FALSE;

  *problems = g_steal_pointer (&found);
  return TRUE;
}
