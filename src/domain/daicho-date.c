/* daicho-date.c — 和暦 and 西暦: formatting and parsing of calendar dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here works on plain year/month/day numbers and GDate, never on
 * the C library's time functions, so it behaves the same on every platform
 * and in every locale. Error messages are English msgids; era names and
 * Japanese date text go in as arguments.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>
#include <string.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-validate.h"

typedef struct {
  const char *name;
  const char *letter;
  int         year;
  int         month;
  int         day;
} EraInfo;

/* Oldest first, indexed by DaichoEra. An era ends the day before the next
 * one begins; the last one has no end. */
static const EraInfo eras[] = {
  [DAICHO_ERA_MEIJI]  = { "明治", "M", 1868, 1, 25 },
  [DAICHO_ERA_TAISHO] = { "大正", "T", 1912, 7, 30 },
  [DAICHO_ERA_SHOWA]  = { "昭和", "S", 1926, 12, 25 },
  [DAICHO_ERA_HEISEI] = { "平成", "H", 1989, 1, 8 },
  [DAICHO_ERA_REIWA]  = { "令和", "R", 2019, 5, 1 },
};

#define N_ERAS ((int) G_N_ELEMENTS (eras))

/* The last year a parsed date may fall in. */
#define MAX_YEAR 9999

/* No year, month or day we accept needs more digits than this; counting
 * further without accumulating keeps the arithmetic far from int overflow. */
#define MAX_DIGITS 9

static const char * const month_names[] = {
  /* TRANSLATORS: month names, as in "April has only 30 days." */
  N_("January"), N_("February"), N_("March"), N_("April"),
  N_("May"), N_("June"), N_("July"), N_("August"),
  N_("September"), N_("October"), N_("November"), N_("December"),
};

#define ERA_IS_VALID(era) ((guint) (era) < G_N_ELEMENTS (eras))

/* A single integer that orders days the way the calendar does, so range
 * checks need no GDate. Requires 1 ≤ @month ≤ 12 and 1 ≤ @day ≤ 31. */
static int
ymd_key (int year, int month, int day)
{
  return year * 10000 + month * 100 + day;
}

static int
era_key (int era)
{
  return ymd_key (eras[era].year, eras[era].month, eras[era].day);
}

/* Index of the era in force on the given day, or -1 before 明治. */
static int
era_for_ymd (int year, int month, int day)
{
  int key = ymd_key (year, month, day);
  int i;

  for (i = N_ERAS - 1; i >= 0; i--)
    if (key >= era_key (i))
      return i;

  return -1;
}

/* 2019年5月1日 — the form used inside error messages. */
static char *
seireki_text (int year, int month, int day)
{
  return g_strdup_printf ("%d年%d月%d日", year, month, day);
}

const char *
daicho_era_name (DaichoEra era)
{
  g_return_val_if_fail (ERA_IS_VALID (era), NULL);

  return eras[era].name;
}

const char *
daicho_era_letter (DaichoEra era)
{
  g_return_val_if_fail (ERA_IS_VALID (era), NULL);

  return eras[era].letter;
}

void
daicho_era_start (DaichoEra  era,
                  GDate     *out_first_day)
{
  g_return_if_fail (ERA_IS_VALID (era));
  g_return_if_fail (out_first_day != NULL);

  g_date_clear (out_first_day, 1);
  g_date_set_dmy (out_first_day, eras[era].day, eras[era].month,
                  eras[era].year);
}

gboolean
daicho_date_get_era (const GDate *date,
                     DaichoEra   *era,
                     int         *era_year)
{
  int year;
  int found;

  g_return_val_if_fail (date != NULL, FALSE);

  if (!g_date_valid (date))
    return FALSE;

  year = g_date_get_year (date);
  found = era_for_ymd (year, g_date_get_month (date), g_date_get_day (date));
  if (found < 0)
    return FALSE;

  if (era != NULL)
    *era = (DaichoEra) found;
  if (era_year != NULL)
    *era_year = year - eras[found].year + 1;

  return TRUE;
}

char *
daicho_date_format (const GDate     *date,
                    DaichoDateStyle  style)
{
  DaichoEra era;
  int era_year;
  int year, month, day;

  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;

  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);

  switch (style)
    {
    case DAICHO_DATE_WAREKI_LONG:
      if (!daicho_date_get_era (date, &era, &era_year))
        return daicho_date_format (date, DAICHO_DATE_SEIREKI_LONG);
      if (era_year == 1)
        return g_strdup_printf ("%s元年%d月%d日", eras[era].name, month, day);
      return g_strdup_printf ("%s%d年%d月%d日", eras[era].name, era_year,
                              month, day);

    case DAICHO_DATE_WAREKI_SHORT:
      if (!daicho_date_get_era (date, &era, &era_year))
        return daicho_date_format (date, DAICHO_DATE_SEIREKI_SHORT);
      return g_strdup_printf ("%s%d.%d.%d", eras[era].letter, era_year,
                              month, day);

    case DAICHO_DATE_SEIREKI_LONG:
      return seireki_text (year, month, day);

    case DAICHO_DATE_SEIREKI_SHORT:
      return g_strdup_printf ("%d/%d/%d", year, month, day);

    case DAICHO_DATE_ISO:
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

    default:
      break;
    }

  g_return_val_if_reached (NULL);
}

char *
daicho_date_format_iso (const char      *iso,
                        DaichoDateStyle  style)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("");

  if (!daicho_date_from_iso (iso, &date))
    return g_strdup (iso);

  return daicho_date_format (&date, style);
}

char *
daicho_text_normalize_width (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  const char *p;

  if (text == NULL)
    return NULL;

  /* Bytes that are not UTF-8 become U+FFFD, which no parser accepts, so a
   * bad paste fails with a message instead of being read past. */
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)   /* ！ … ～: full-width ASCII */
        c -= 0xFEE0;
      else if (c == 0x3000)             /* ideographic space */
        c = ' ';
      else if (c == 0x2212)             /* − minus sign, typed for a hyphen */
        c = '-';

      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The scanners below read normalised text (ASCII digits and separators)
 * at *@p and advance *@p only past what they recognise. */

static void
skip_blanks (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

static gboolean
scan_literal (const char **p,
              const char  *literal)
{
  gsize len = strlen (literal);

  if (strncmp (*p, literal, len) != 0)
    return FALSE;

  *p += len;
  return TRUE;
}

/* Reads a run of ASCII digits into @value and returns how many there were
 * (0 when none). A run longer than MAX_DIGITS gives G_MAXINT rather than
 * overflowing, and every range check refuses that. */
static gsize
scan_number (const char **p,
             int         *value)
{
  gsize n = 0;
  int v = 0;

  while (g_ascii_isdigit (**p))
    {
      if (n < MAX_DIGITS)
        v = v * 10 + (**p - '0');
      n++;
      (*p)++;
    }

  *value = n > MAX_DIGITS ? G_MAXINT : v;
  return n;
}

/* Reads an era as people abbreviate it: the name (令和), its first
 * character (令), or its letter in either case (R, r). */
static gboolean
scan_era (const char **p,
          DaichoEra   *era)
{
  int i;

  for (i = 0; i < N_ERAS; i++)
    {
      const char *name = eras[i].name;
      gsize first_len = g_utf8_next_char (name) - name;

      if (scan_literal (p, name))
        ;
      else if (strncmp (*p, name, first_len) == 0)
        *p += first_len;
      else if (g_ascii_toupper (**p) == eras[i].letter[0])
        (*p)++;
      else
        continue;

      *era = (DaichoEra) i;
      return TRUE;
    }

  return FALSE;
}

/* A date as typed, split but not yet checked. Numbers are G_MAXINT when
 * they had too many digits. */
typedef struct {
  gboolean  has_era;
  DaichoEra era;
  int       year;   /* era year when has_era, else Gregorian */
  int       month;
  int       day;
} DateParts;

/* Value of the @n ASCII digits at @s; @n is small. */
static int
digits_value (const char *s,
              int         n)
{
  int v = 0;

  while (n-- > 0)
    v = v * 10 + (*s++ - '0');

  return v;
}

/* Splits normalised, trimmed @s into @parts. Returns FALSE when @s does not
 * have the shape of a date; values are not range-checked here.
 *
 * Shapes: [era] year SEP month SEP day, where SEP is the same one of . / -
 * both times, or 年 then 月 with an optional 日 after the day; or exactly
 * eight digits (YYYYMMDD). Year is digits or, after an era, 元. Blanks may
 * stand between any two pieces but not inside a number. */
static gboolean
split_date (const char *s,
            DateParts  *parts)
{
  const char *p = s;
  gboolean kanji = FALSE;
  char sep[2] = { '\0', '\0' };
  gsize n;

  parts->has_era = scan_era (&p, &parts->era);
  if (parts->has_era)
    {
      skip_blanks (&p);
      if (scan_literal (&p, "元"))
        parts->year = 1;
      else if (scan_number (&p, &parts->year) == 0)
        return FALSE;
    }
  else
    {
      const char *start = p;

      n = scan_number (&p, &parts->year);
      if (n == 0)
        return FALSE;
      if (n == 8 && *p == '\0')
        {
          parts->year = digits_value (start, 4);
          parts->month = digits_value (start + 4, 2);
          parts->day = digits_value (start + 6, 2);
          return TRUE;
        }
    }

  skip_blanks (&p);
  if (scan_literal (&p, "年"))
    kanji = TRUE;
  else if (*p == '.' || *p == '/' || *p == '-')
    sep[0] = *p++;
  else
    return FALSE;

  skip_blanks (&p);
  n = scan_number (&p, &parts->month);
  if (n == 0 || n > 2)
    return FALSE;

  skip_blanks (&p);
  if (!scan_literal (&p, kanji ? "月" : sep))
    return FALSE;

  skip_blanks (&p);
  n = scan_number (&p, &parts->day);
  if (n == 0 || n > 2)
    return FALSE;

  skip_blanks (&p);
  if (kanji && scan_literal (&p, "日"))
    skip_blanks (&p);

  return *p == '\0';
}

/* Sets DAICHO_ERROR_INVALID with a formatted message. Returns FALSE so
 * that callers can fail in one statement. */
static gboolean G_GNUC_PRINTF (2, 3)
set_invalid (GError     **error,
             const char  *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, message);
  return FALSE;
}

/* Sets @error to say that @era began on its first day or, when @ended,
 * that it ended on its last, which only an era with a successor has.
 * Returns FALSE. */
static gboolean
set_era_bound_error (GError   **error,
                     int        era,
                     gboolean   ended)
{
  const EraInfo *bound = &eras[ended ? era + 1 : era];
  g_autofree char *text = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, bound->day, bound->month, bound->year);
  if (ended)
    g_date_subtract_days (&day, 1);
  text = daicho_date_format (&day, DAICHO_DATE_SEIREKI_LONG);

  if (ended)
    /* TRANSLATORS: "平成 ended on 2019年4月30日." */
    return set_invalid (error, _("%s ended on %s."), eras[era].name, text);

  /* TRANSLATORS: "令和 began on 2019年5月1日." */
  return set_invalid (error, _("%s began on %s."), eras[era].name, text);
}

/* Turns @parts into @out, or sets @error saying why they name no day we
 * accept. The checks go from the coarsest mistake to the finest so that
 * the message names the real one: a month 13 is reported as such, and
 * 平成41年2月29日 as after 平成 rather than as a missing leap day. */
static gboolean
check_date (const DateParts  *parts,
            GDate            *out,
            GError          **error)
{
  int era = parts->era;
  gboolean has_next = parts->has_era && era + 1 < N_ERAS;
  int year;
  int key;
  int days;

  if (parts->month < 1 || parts->month > 12)
    return set_invalid (error, _("There is no month %d."), parts->month);
  if (parts->day < 1)
    return set_invalid (error, _("There is no day %d."), parts->day);

  if (!parts->has_era)
    year = parts->year;
  else if (parts->year == 0)
    /* TRANSLATORS: "令和 has no year 0: its first year is 元年." */
    return set_invalid (error, _("%s has no year 0: its first year is 元年."),
                        eras[era].name);
  else if (parts->year > MAX_YEAR)
    year = G_MAXINT;
  else
    year = eras[era].year + parts->year - 1;

  /* An era with a successor that runs past 9999 has simply ended. */
  if (year > MAX_YEAR && has_next)
    return set_era_bound_error (error, era, TRUE);
  if (year > MAX_YEAR)
    return set_invalid (error, _("Years after %d are not supported."),
                        MAX_YEAR);

  /* The day is at most 99 here, so the key still orders correctly. */
  key = ymd_key (year, parts->month, parts->day);
  if (!parts->has_era && key < era_key (0))
    {
      g_autofree char *first = seireki_text (eras[0].year, eras[0].month,
                                             eras[0].day);

      /* TRANSLATORS: "Dates before 明治 (1868年1月25日) are not supported." */
      return set_invalid (error, _("Dates before %s (%s) are not supported."),
                          eras[0].name, first);
    }
  if (parts->has_era && key < era_key (era))
    return set_era_bound_error (error, era, FALSE);
  if (has_next && key >= era_key (era + 1))
    return set_era_bound_error (error, era, TRUE);

  /* 1 ≤ year ≤ 9999 from here on. */
  days = g_date_get_days_in_month (parts->month, year);
  if (parts->day > days && parts->month == 2 && parts->day == 29)
    return set_invalid (error,
                        /* TRANSLATORS: "2025 is not a leap year: …" */
                        _("%d is not a leap year: February has 28 days."),
                        year);
  if (parts->day > days)
    /* TRANSLATORS: %s is a month name: "April has only 30 days." */
    return set_invalid (error, _("%s has only %d days."),
                        _(month_names[parts->month - 1]), days);

  g_date_set_dmy (out, parts->day, parts->month, year);
  return TRUE;
}

gboolean
daicho_date_parse (const char  *text,
                   GDate       *out,
                   GError     **error)
{
  g_autofree char *norm = NULL;
  DateParts parts = { 0, };

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A failed parse leaves @out invalid rather than holding stale data. */
  g_date_clear (out, 1);

  norm = daicho_text_normalize_width (text != NULL ? text : "");
  g_strstrip (norm);

  if (*norm == '\0')
    return set_invalid (error, "%s", _("No date given."));

  if (!split_date (norm, &parts))
    {
      g_autofree char *quoted = daicho_text_quote (text);

      /* TRANSLATORS: keep the two examples as they are. */
      return set_invalid (error, _("“%s” is not a date. Type it like "
                                   "2025-04-01 or 令和7年4月1日."), quoted);
    }

  return check_date (&parts, out, error);
}

gboolean
daicho_date_from_iso (const char *iso,
                      GDate      *out)
{
  int year, month, day;
  int i;

  if (out != NULL)
    g_date_clear (out, 1);

  if (iso == NULL)
    return FALSE;

  /* Stops at the first wrong byte, so a short string never reads past its
   * terminating NUL. */
  for (i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? iso[i] != '-' : !g_ascii_isdigit (iso[i]))
      return FALSE;
  if (iso[10] != '\0')
    return FALSE;

  year = digits_value (iso, 4);
  month = digits_value (iso + 5, 2);
  day = digits_value (iso + 8, 2);

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (out != NULL)
    g_date_set_dmy (out, day, month, year);
  return TRUE;
}

char *
daicho_date_to_iso (const GDate *date)
{
  return daicho_date_format (date, DAICHO_DATE_ISO);
}

void
daicho_date_today (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (out != NULL);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

char *
daicho_date_today_iso (void)
{
  GDate today;

  daicho_date_today (&today);
  return daicho_date_to_iso (&today);
}
