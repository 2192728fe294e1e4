/* daicho-csv.h — reading CSV files as Excel on Windows writes them
 *
 * Pure parsing, no I/O: the caller hands over the file's bytes. The encoding
 * is detected: UTF-8 with a BOM, UTF-8 without one, or Shift_JIS/CP932
 * (Excel's "CSV (コンマ区切り)" on a Japanese Windows). Fields follow RFC 4180:
 * quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF or
 * CR line ends. Blank lines are skipped.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DaichoCsv DaichoCsv;

/* Parses @len bytes of @data. On failure (undecodable bytes, a quote left
 * open, a NUL byte) sets DAICHO_ERROR_INVALID with the line number. */
DaichoCsv *daicho_csv_parse (const char *data, gsize len, GError **error);
void       daicho_csv_free  (DaichoCsv *csv);

/* "UTF-8", "UTF-8 (BOM)" or "Shift_JIS" */
const char *daicho_csv_get_encoding (DaichoCsv *csv);

/* Records, header included as record 0. Fields are UTF-8 and trimmed of
 * surrounding blanks (ASCII and full-width spaces). */
guint               daicho_csv_get_n_records  (DaichoCsv *csv);
const char * const *daicho_csv_get_record     (DaichoCsv *csv, guint index, guint *n_fields);
/* Physical line (1-based) at which record @index starts in the file. */
guint               daicho_csv_get_line       (DaichoCsv *csv, guint index);

/* Index of the header column whose name equals one of @names (a
 * NULL-terminated list of aliases, e.g. {"職員番号", "employee_no", NULL}),
 * compared after trimming and ASCII case folding; -1 when none does. */
int daicho_csv_find_column (DaichoCsv *csv, const char * const *names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaichoCsv, daicho_csv_free)

G_END_DECLS
