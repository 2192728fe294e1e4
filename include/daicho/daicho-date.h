/* daicho-date.h — 和暦 and 西暦: formatting and parsing of calendar dates
 *
 * Pure functions: no I/O, no locale dependence. Dates are GDate values in the
 * proleptic Gregorian calendar; storage uses ISO 8601 text (YYYY-MM-DD).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DAICHO_ERA_MEIJI,   /* 明治 from 1868-01-25 */
  DAICHO_ERA_TAISHO,  /* 大正 from 1912-07-30 */
  DAICHO_ERA_SHOWA,   /* 昭和 from 1926-12-25 */
  DAICHO_ERA_HEISEI,  /* 平成 from 1989-01-08 */
  DAICHO_ERA_REIWA,   /* 令和 from 2019-05-01 */
} DaichoEra;

typedef enum {
  DAICHO_DATE_WAREKI_LONG,   /* 令和7年4月1日, 令和元年5月1日 */
  DAICHO_DATE_WAREKI_SHORT,  /* R7.4.1 */
  DAICHO_DATE_SEIREKI_LONG,  /* 2025年4月1日 */
  DAICHO_DATE_SEIREKI_SHORT, /* 2025/4/1 */
  DAICHO_DATE_ISO,           /* 2025-04-01 */
} DaichoDateStyle;

/* Name of @era (令和), its one-letter romaji abbreviation (R), and its
 * first day. */
const char *daicho_era_name   (DaichoEra era);
const char *daicho_era_letter (DaichoEra era);
void        daicho_era_start  (DaichoEra era, GDate *out_first_day);

/* Sets @era and @era_year (1 for 元年) for @date. Returns FALSE when @date
 * is invalid or lies before 明治. */
gboolean daicho_date_get_era (const GDate *date, DaichoEra *era, int *era_year);

/* Formats @date in @style. Returns a newly allocated UTF-8 string, or NULL
 * if @date is invalid. Wareki styles fall back to 西暦 before 明治. */
char *daicho_date_format (const GDate *date, DaichoDateStyle style);

/* Same, for an ISO text (YYYY-MM-DD). NULL or "" gives "". Text that is not
 * a valid ISO date is returned unchanged. */
char *daicho_date_format_iso (const char *iso, DaichoDateStyle style);

/* Parses what a person types: 2025-04-01, 2025/4/1, 20250401, 2025年4月1日,
 * 令和7年4月1日, 令和元年5月1日, R7.4.1, R07.04.01, 令7.4.1, H31.4.30, with
 * full-width digits, letters and separators and surrounding blanks.
 * On failure sets DAICHO_ERROR_INVALID with a message saying why (e.g.
 * "令和 began on 2019年5月1日"). Accepts 1868-01-25 to 9999-12-31. */
gboolean daicho_date_parse (const char *text, GDate *out, GError **error);

/* Strict ISO YYYY-MM-DD to GDate and back. from_iso returns FALSE on
 * anything else; to_iso returns a new string. */
gboolean daicho_date_from_iso (const char *iso, GDate *out);
char    *daicho_date_to_iso   (const GDate *date);

/* Today in the local time zone, as a GDate and as ISO text. */
void  daicho_date_today     (GDate *out);
char *daicho_date_today_iso (void);

/* Normalises full-width ASCII (０-９, Ａ-Ｚ, ／, ．, －, 　 …) to ASCII in a
 * new string. Shared by every parser that reads typed numbers. */
char *daicho_text_normalize_width (const char *text);

G_END_DECLS
