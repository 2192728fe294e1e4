/* daicho-fiscal.c — the fiscal year (年度, April to March) and its quarters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Era data comes from daicho-date.c through its public functions, so the
 * table of eras exists in one place only.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"

/* What daicho_fiscal_year_parse accepts. The upper bound keeps the year's
 * last day (31 March of the next year) within 9999. */
#define MIN_FISCAL_YEAR 1868
#define MAX_FISCAL_YEAR 9998

/* The ranges and labels work on any year GDate can hold; fy + 1 must be
 * one too. */
#define FISCAL_YEAR_VALID(fy) ((fy) >= 1 && (fy) < G_MAXUINT16)

/* See daicho-date.c: the digits of a number past this many are counted but
 * not accumulated, so typed input cannot overflow an int. */
#define MAX_DIGITS 9

/* Longest quotation of the person's input inside an error message. */
#define MAX_QUOTED 30

#define LAST_ERA DAICHO_ERA_REIWA

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

int
daicho_fiscal_year_of (const GDate *date)
{
  int year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  year = g_date_get_year (date);
  return g_date_get_month (date) >= G_DATE_APRIL ? year : year - 1;
}

int
daicho_fiscal_quarter_of (const GDate *date)
{
  int month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  month = g_date_get_month (date);
  return month >= 4 ? (month - 4) / 3 + 1 : 4;
}

void
daicho_fiscal_year_range (int    fy,
                          GDate *first,
                          GDate *last)
{
  g_return_if_fail (FISCAL_YEAR_VALID (fy));

  if (first != NULL)
    set_date (first, fy, 4, 1);
  if (last != NULL)
    set_date (last, fy + 1, 3, 31);
}

void
daicho_fiscal_quarter_range (int    fy,
                             int    q,
                             GDate *first,
                             GDate *last)
{
  int year, month;

  g_return_if_fail (FISCAL_YEAR_VALID (fy));
  g_return_if_fail (q >= 1 && q <= 4);

  /* Quarters 1–3 are April–December of @fy; quarter 4 is January–March of
   * the next calendar year. */
  year = q < 4 ? fy : fy + 1;
  month = q < 4 ? 4 + 3 * (q - 1) : 1;

  if (first != NULL)
    set_date (first, year, month, 1);
  if (last != NULL)
    set_date (last, year, month + 2,
              g_date_get_days_in_month (month + 2, year));
}

/* Sets @era and @era_year to the era that names fiscal year @fy: the one
 * in force on 1 April, unless the next era begins in April or May, which
 * then names the whole year (fiscal 2019 is 令和元年度 although 1 April 2019
 * was still 平成). Returns FALSE when no era does, i.e. before 明治. */
static gboolean
fiscal_era (int        fy,
            DaichoEra *era,
            int       *era_year)
{
  GDate april_first, may_last, next_start;
  gboolean found;
  int next;

  set_date (&april_first, fy, 4, 1);
  set_date (&may_last, fy, 5, 31);

  found = daicho_date_get_era (&april_first, era, era_year);
  next = found ? (int) *era + 1 : (int) DAICHO_ERA_MEIJI;

  if (next <= (int) LAST_ERA)
    {
      /* The next era's first day is after 1 April by construction. */
      daicho_era_start ((DaichoEra) next, &next_start);
      if (g_date_compare (&next_start, &may_last) <= 0)
        {
          *era = (DaichoEra) next;
          *era_year = fy - g_date_get_year (&next_start) + 1;
          return TRUE;
        }
    }

  return found;
}

char *
daicho_fiscal_year_label (int      fy,
                          gboolean seireki)
{
  DaichoEra era;
  int era_year;

  g_return_val_if_fail (FISCAL_YEAR_VALID (fy), NULL);

  if (seireki || !fiscal_era (fy, &era, &era_year))
    return g_strdup_printf ("%d年度", fy);

  if (era_year == 1)
    return g_strdup_printf ("%s元年度", daicho_era_name (era));

  return g_strdup_printf ("%s%d年度", daicho_era_name (era), era_year);
}

char *
daicho_fiscal_quarter_label (int q)
{
  g_return_val_if_fail (q >= 1 && q <= 4, NULL);

  return g_strdup_printf ("第%d四半期", q);
}

char *
daicho_fiscal_quarter_label_long (int      fy,
                                  int      q,
                                  gboolean seireki)
{
  g_autofree char *year = NULL;
  int first_month;

  g_return_val_if_fail (FISCAL_YEAR_VALID (fy), NULL);
  g_return_val_if_fail (q >= 1 && q <= 4, NULL);

  year = daicho_fiscal_year_label (fy, seireki);
  first_month = q < 4 ? 4 + 3 * (q - 1) : 1;

  /* Full-width parentheses and 〜 (U+301C WAVE DASH), as on printed forms. */
  return g_strdup_printf ("%s 第%d四半期（%d月〜%d月）", year, q,
                          first_month, first_month + 2);
}

/* The scanners below mirror those in daicho-date.c; they read normalised
 * text at *@p and advance *@p only past what they recognise. */

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
 * (0 when none); G_MAXINT stands for a run too long to be a year. */
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

/* Reads an era as the name (令和), its first character (令) or its letter
 * in either case (R, r). */
static gboolean
scan_era (const char **p,
          DaichoEra   *era)
{
  int i;

  for (i = DAICHO_ERA_MEIJI; i <= (int) LAST_ERA; i++)
    {
      const char *name = daicho_era_name ((DaichoEra) i);
      const char *letter = daicho_era_letter ((DaichoEra) i);
      gsize first_len = g_utf8_next_char (name) - name;

      if (scan_literal (p, name))
        ;
      else if (strncmp (*p, name, first_len) == 0)
        *p += first_len;
      else if (g_ascii_toupper (**p) == letter[0])
        (*p)++;
      else
        continue;

      *era = (DaichoEra) i;
      return TRUE;
    }

  return FALSE;
}

/* What the person typed, made safe to quote in a message: valid UTF-8, no
 * control characters, trimmed, and cut short when long. */
static char *
quote_input (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);
  const char *p;
  int n = 0;

  for (p = g_strstrip (valid); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n++ == MAX_QUOTED)
        {
          g_string_append (out, "…");
          break;
        }
      g_string_append_unichar (out, g_unichar_iscntrl (c) ? 0xFFFD : c);
    }

  return g_string_free (out, FALSE);
}

/* Checks an era year and turns it into a fiscal year in @fy, or sets
 * @error. An era names a fiscal year when it was in force on some day of
 * it, so 平成31年度 (fiscal 2019, begun under 平成) is accepted but
 * 平成32年度 and 昭和64年度 are not. A huge 令和 year is left for the
 * caller's range check. */
static gboolean
check_era_year (DaichoEra   era,
                int         era_year,
                int        *fy,
                GError    **error)
{
  GDate start, next, april_first;
  gboolean ended;

  if (era_year == 0)
    {
      /* TRANSLATORS: "令和 has no year 0: its first year is 元年." */
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("%s has no year 0: its first year is 元年."),
                   daicho_era_name (era));
      return FALSE;
    }

  daicho_era_start (era, &start);
  if (era_year > MAX_FISCAL_YEAR)
    *fy = G_MAXINT;
  else
    *fy = g_date_get_year (&start) + era_year - 1;

  if (era == LAST_ERA)
    return TRUE;

  /* Fiscal @fy begins on 1 April of @fy: the era must not have ended by
   * then. */
  daicho_era_start ((DaichoEra) (era + 1), &next);
  ended = *fy > MAX_FISCAL_YEAR;
  if (!ended)
    {
      set_date (&april_first, *fy, 4, 1);
      ended = g_date_compare (&april_first, &next) >= 0;
    }

  if (ended)
    {
      g_autofree char *last = NULL;

      g_date_subtract_days (&next, 1);
      last = daicho_date_format (&next, DAICHO_DATE_SEIREKI_LONG);

      /* TRANSLATORS: "平成 ended on 2019年4月30日." */
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("%s ended on %s."), daicho_era_name (era), last);
      return FALSE;
    }

  return TRUE;
}

gboolean
daicho_fiscal_year_parse (const char  *text,
                          int         *fy,
                          GError     **error)
{
  g_autofree char *norm = NULL;
  const char *p;
  gboolean has_era;
  gboolean shaped = TRUE;
  DaichoEra era = DAICHO_ERA_MEIJI;
  int year = 0;
  int result;

  g_return_val_if_fail (fy != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  norm = daicho_text_normalize_width (text != NULL ? text : "");
  g_strstrip (norm);

  if (*norm == '\0')
    {
      g_set_error_literal (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                           _("No fiscal year given."));
      return FALSE;
    }

  /* Shape: [era] (digits | 元 after an era) [年度], blanks allowed between
   * the pieces. */
  p = norm;
  has_era = scan_era (&p, &era);
  skip_blanks (&p);
  if (has_era && scan_literal (&p, "元"))
    year = 1;
  else if (scan_number (&p, &year) == 0)
    shaped = FALSE;

  if (shaped)
    {
      skip_blanks (&p);
      if (scan_literal (&p, "年度"))
        skip_blanks (&p);
      shaped = *p == '\0';
    }

  if (!shaped)
    {
      g_autofree char *quoted = quote_input (text);

      /* TRANSLATORS: keep the two examples as they are. */
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("“%s” is not a fiscal year. Type it like 2025 or "
                     "令和7年度."), quoted);
      return FALSE;
    }

  if (!has_era)
    result = year;
  else if (!check_era_year (era, year, &result, error))
    return FALSE;

  if (result < MIN_FISCAL_YEAR)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Fiscal years before %d are not supported."),
                   MIN_FISCAL_YEAR);
      return FALSE;
    }
  if (result > MAX_FISCAL_YEAR)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Fiscal years after %d are not supported."),
                   MAX_FISCAL_YEAR);
      return FALSE;
    }

  *fy = result;
  return TRUE;
}
