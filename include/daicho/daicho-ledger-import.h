/* daicho-ledger-import.h — an existing Excel ledger, saved as CSV
 *
 * Columns, by Japanese or English header, in any order:
 *   所属コード / office_code (or the office given by the caller),
 *   出力日 / output_date, 帳票名 / form_name, 出力者 / printed_by (職員番号),
 *   部数 / copies, 出力根拠 / basis (請求書, 申請書, 届書, 職権記録書, その他),
 *   根拠文書 / basis_ref, 保管場所 / place (its name), 文書分類 / retention (code
 *   or name), and optionally 交付日 / delivered_on and 備考 / note.
 * Dates as people type them (令和7年4月1日, 2025/4/1 …). UTF-8 or CP932. Every
 * line meets the same rules as an entry typed in the window; one bad line and
 * nothing is imported, and the error lists every bad line by number.
 */
#pragma once

#include "daicho/daicho-db.h"

G_BEGIN_DECLS

/* Imports @len bytes of CSV; @default_office_id (0: none) is used when the
 * file has no office column. Sets @n_imported. */
gboolean daicho_ledger_import_data (DaichoDb   *db,
                                    const char *data,
                                    gsize       len,
                                    gint64      default_office_id,
                                    guint      *n_imported,
                                    GError    **error);

gboolean daicho_ledger_import_file (DaichoDb   *db,
                                    const char *path,
                                    gint64      default_office_id,
                                    guint      *n_imported,
                                    GError    **error);

G_END_DECLS
