/* daicho-staff-import.h — staff lists from CSV, as Excel writes them
 *
 * Columns, by Japanese or English header, in any order:
 *   職員番号 / employee_no (required), 氏名 / name (required),
 *   ふりがな / kana, 所属コード / office_code (or 所属 / office: the name),
 *   職名 / title, ログイン名 / login.
 * UTF-8 with or without BOM, or Shift_JIS/CP932. A known employee number
 * updates that person; a new one adds them. All or nothing: one bad line and
 * nothing is imported, and the error lists every bad line by number.
 */
#pragma once

#include "daicho/daicho-db.h"

G_BEGIN_DECLS

typedef struct
{
  guint added;
  guint updated;
  guint unchanged;
  char *encoding;   /* as detected */
} DaichoImportResult;

void daicho_import_result_clear (DaichoImportResult *result);

gboolean daicho_staff_import_data (DaichoDb            *db,
                                   const char          *data,
                                   gsize                len,
                                   DaichoImportResult  *result,
                                   GError             **error);

gboolean daicho_staff_import_file (DaichoDb            *db,
                                   const char          *path,
                                   DaichoImportResult  *result,
                                   GError             **error);

G_END_DECLS
