/* daicho-retention.h — how long a record is kept (K9-4)
 *
 * Japanese public records count retention from 1 April of the fiscal year
 * after the one in which the record was made: a form output on 2025-06-10
 * (fiscal 2025) kept for 1 year may be destroyed after 2027-03-31.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The last day of retention for a record made on @made (ISO) and kept
 * @years years (1–100), as ISO text; NULL for 永年 (@years 0) or a bad date. */
char *daicho_retention_until (const char *made, int years);

/* A document class with its period as Form No. 1 prints it: a name that
 * already says its period ("1年保存") stays as it is, "住民記録" kept 5 years
 * becomes "住民記録（5年）", 永年 (@years 0) "（永年）". New string. */
char *daicho_retention_class_text (const char *name, gint64 years);

G_END_DECLS
