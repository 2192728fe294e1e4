/* fuzz-staff-import.c — the staff import on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Against the demo database (made once). Promises checked: the import
 * either succeeds, or fails with a readable message having changed nothing:
 * the number of staff and of audit log rows stay as they were, and no
 * transaction is left open.
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
  DaichoImportResult result = { 0 };
  gint64 staff = fuzz_count (db, "SELECT count (*) FROM staff");
  gint64 audit = fuzz_count (db, "SELECT count (*) FROM audit_log");
  gboolean ok;

  ok = daicho_staff_import_data (db, (const char *) data, size, &result, &error);
  fuzz_assert (sqlite3_get_autocommit (daicho_db_get_handle (db)), "no transaction is left open");
  if (ok)
    {
      fuzz_assert (error == NULL, "no error on success");
      fuzz_assert (fuzz_count (db, "SELECT count (*) FROM staff") == staff + result.added,
                   "every added staff member is there");
    }
  else
    {
      fuzz_assert (error != NULL && error->domain == DAICHO_ERROR, "a refusal has a Daicho error");
      fuzz_assert_readable (error->message);
      fuzz_assert (result.added == 0 && result.updated == 0, "a refusal counts nothing");
      fuzz_assert (fuzz_count (db, "SELECT count (*) FROM staff") == staff,
                   "a refusal adds nobody");
      fuzz_assert (fuzz_count (db, "SELECT count (*) FROM audit_log") == audit,
                   "a refusal writes nothing to the audit log");
    }
  daicho_import_result_clear (&result);
  return 0;
}
