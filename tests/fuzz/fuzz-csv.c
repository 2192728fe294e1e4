/* fuzz-csv.c — the CSV reader on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Promises checked: daicho_csv_parse either fails with DAICHO_ERROR_INVALID
 * and a readable one-line message, or gives records whose fields are valid
 * UTF-8, trimmed, free of NUL and control characters but line breaks and
 * tabs, with line numbers that never go backwards.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"

static const char * const some_column[] = { "氏名", "name", NULL };

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoCsv) csv = daicho_csv_parse ((const char *) data, size, &error);
  guint last_line = 0;

  if (csv == NULL)
    {
      fuzz_assert (error != NULL && error->domain == DAICHO_ERROR &&
                   error->code == DAICHO_ERROR_INVALID, "a refusal is DAICHO_ERROR_INVALID");
      fuzz_assert_readable (error->message);
      fuzz_assert (strchr (error->message, '\n') == NULL, "the message is one line");
      return 0;
    }

  fuzz_assert (error == NULL, "no error on success");
  for (guint i = 0; i < daicho_csv_get_n_records (csv); i++)
    {
      guint n_fields = 0;
      const char * const *fields = daicho_csv_get_record (csv, i, &n_fields);
      guint line = daicho_csv_get_line (csv, i);

      fuzz_assert (fields != NULL && n_fields > 0, "a record has fields");
      fuzz_assert (fields[n_fields] == NULL, "the fields end with NULL");
      fuzz_assert (line > last_line, "records start on later lines");
      last_line = line;
      for (guint j = 0; j < n_fields; j++)
        {
          const char *f = fields[j];
          gsize len = strlen (f);

          fuzz_assert (g_utf8_validate (f, -1, NULL), "a field is valid UTF-8");
          fuzz_assert (len == 0 || (f[0] != ' ' && f[len - 1] != ' '), "a field is trimmed");
          for (const char *p = f; *p; p++)
            fuzz_assert ((guchar) *p >= 0x20 || *p == '\n' || *p == '\t' || *p == '\r',
                         "a field holds no control character");
        }
    }
  daicho_csv_find_column (csv, some_column);
  return 0;
}
