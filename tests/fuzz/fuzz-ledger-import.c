/* fuzz-ledger-import.c — the ledger import on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Against the demo database (made once), with office 131 as the default
 * office. "@TODAY@" and "@YESTERDAY@" in the input become those dates, so
 * the seed ledgers reach the insert path whatever day it is. Promises
 * checked: the import either enters as many entries as it says, or fails
 * with a readable message having changed nothing (entries, audit log) and
 * left no transaction open.
 */
#include "config.h"

#include "daicho-db-private.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_demo_db ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  DaichoDb *db = fuzz_demo_db ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) input = fuzz_fill_dates (data, size);
  gsize len = 0;
  const char *csv = g_bytes_get_data (input, &len);
  gint64 office = fuzz_count (db, "SELECT id FROM office WHERE code = '131'");
  gint64 entries = fuzz_count (db, "SELECT count (*) FROM ledger_entry");
  gint64 audit = fuzz_count (db, "SELECT count (*) FROM audit_log");
  guint n = 0;
  gboolean ok;

  ok = daicho_ledger_import_data (db, csv ? csv : "", len, office, &n, &error);
  fuzz_assert (sqlite3_get_autocommit (daicho_db_get_handle (db)), "no transaction is left open");
  if (ok)
    {
      fuzz_assert (error == NULL, "no error on success");
      fuzz_assert (fuzz_count (db, "SELECT count (*) FROM ledger_entry") == entries + n,
                   "every entry said to be imported is there");
    }
  else
    {
      fuzz_assert (error != NULL && error->domain == DAICHO_ERROR, "a refusal has a Daicho error");
      fuzz_assert_readable (error->message);
      fuzz_assert (n == 0, "a refusal counts nothing");
      fuzz_assert (fuzz_count (db, "SELECT count (*) FROM ledger_entry") == entries,
                   "a refusal enters nothing");
      fuzz_assert (fuzz_count (db, "SELECT count (*) FROM audit_log") == audit,
                   "a refusal writes nothing to the audit log");
    }
  return 0;
}
