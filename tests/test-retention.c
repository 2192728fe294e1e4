/* test-retention.c — how long a printed form is kept (K9-4) and the ledger's
 * entry numbers: daicho_retention_until() and daicho_ledger_number()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Japanese public records count retention from 1 April of the fiscal year
 * after the one in which the record was made: a form output on 2025-06-10
 * (fiscal 2025) and kept 1 year may be destroyed after 2027-03-31. Both
 * functions are pure, so the tests are tables: what goes in, what must come
 * out.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "daicho/daicho.h"

typedef struct
{
  const char *made;
  int         years;
  const char *until;   /* NULL: no date (永年, or a bad input) */
  const char *why;
} RetentionCase;

static const RetentionCase retention_cases[] = {
  /* The spec's own example. */
  { "2025-06-10", 1, "2027-03-31", "the spec's example: fiscal 2025, 1 year" },

  /* The fiscal-year boundary: 31 March belongs to the year before. */
  { "2025-03-31", 1, "2026-03-31", "31 March 2025 is fiscal 2024" },
  { "2025-04-01", 1, "2027-03-31", "1 April 2025 is fiscal 2025" },
  { "2025-01-01", 1, "2026-03-31", "1 January is still the fiscal year that began in April" },
  { "2025-12-31", 1, "2027-03-31", "31 December is fiscal 2025" },
  { "2026-03-31", 1, "2027-03-31", "the last day of fiscal 2025" },
  { "2026-04-01", 1, "2028-03-31", "the first day of fiscal 2026" },

  /* The classes of the seed data. */
  { "2025-06-10", 3, "2029-03-31", "3 years" },
  { "2025-06-10", 5, "2031-03-31", "5 years" },
  { "2025-06-10", 10, "2036-03-31", "10 years" },
  { "2025-06-10", 30, "2056-03-31", "30 years" },
  { "2025-03-31", 5, "2030-03-31", "5 years from the end of fiscal 2024" },
  { "2025-04-01", 30, "2056-03-31", "30 years from the start of fiscal 2025" },

  /* A leap day (fiscal 2023) and a retention ending in a leap year. */
  { "2024-02-29", 1, "2025-03-31", "a leap day is fiscal 2023" },
  { "2024-02-29", 3, "2027-03-31", "a leap day, 3 years" },
  { "2023-02-28", 1, "2024-03-31", "ending in a leap year: still 31 March" },

  /* The bounds of the range. */
  { "2025-06-10", 100, "2126-03-31", "100 years, the longest class" },
  { "1989-01-08", 1, "1990-03-31", "the first day of 平成 (fiscal 1988)" },
  { "2019-05-01", 1, "2021-03-31", "the first day of 令和 (fiscal 2019)" },

  /* 永年: kept permanently, no date. */
  { "2025-06-10", 0, NULL, "永年 (0 years)" },

  /* Years out of range. */
  { "2025-06-10", -1, NULL, "negative years" },
  { "2025-06-10", 101, NULL, "more than 100 years" },
  { "2025-06-10", G_MAXINT, NULL, "G_MAXINT years" },
  { "2025-06-10", G_MININT, NULL, "G_MININT years" },

  /* Bad dates. */
  { NULL, 1, NULL, "no date" },
  { "", 1, NULL, "an empty date" },
  { "2025-02-29", 1, NULL, "29 February of a common year" },
  { "2025-02-30", 1, NULL, "30 February" },
  { "2025-13-01", 1, NULL, "month 13" },
  { "2025-00-10", 1, NULL, "month 0" },
  { "2025-06-00", 1, NULL, "day 0" },
  { "2025/06/10", 1, NULL, "slashes (not ISO)" },
  { "20250610", 1, NULL, "no separators (not ISO)" },
  { "令和7年6月10日", 1, NULL, "和暦 (not ISO)" },
  { "2025-6-10", 1, NULL, "a one-digit month (not ISO)" },
  { " 2025-06-10", 1, NULL, "a leading blank" },
  { "2025-06-10x", 1, NULL, "trailing garbage" },
  { "yesterday", 1, NULL, "a word" },
};

static void
test_retention_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (retention_cases); i++)
    {
      const RetentionCase *c = &retention_cases[i];
      g_autofree char *until = daicho_retention_until (c->made, c->years);

      g_test_message ("%s: %s + %d → %s", c->why, c->made ? c->made : "(null)", c->years,
                      until ? until : "(null)");
      g_assert_cmpstr (until, ==, c->until);
    }
}

/* Every day of a fiscal year gives the same date, and the day after its
 * last gives one year later: the boundary holds all year round. */
static void
test_retention_every_day (void)
{
  GDate day;

  for (int fy = 2018; fy <= 2027; fy++)
    {
      GDate first, last;

      daicho_fiscal_year_range (fy, &first, &last);
      for (day = first; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
        {
          g_autofree char *iso = daicho_date_to_iso (&day);

          for (int years = 1; years <= 30; years += 29)
            {
              g_autofree char *until = daicho_retention_until (iso, years);
              g_autofree char *want = g_strdup_printf ("%04d-03-31", fy + years + 1);

              if (g_strcmp0 (until, want) != 0)
                g_error ("%s + %d years: %s, expected %s", iso, years, until, want);
            }
        }
    }
}

/* The date is never before the output date, and more years never give an
 * earlier date. */
static void
test_retention_monotonic (void)
{
  const char *days[] = { "2019-04-30", "2019-05-01", "2020-02-29", "2025-03-31",
                         "2025-04-01", "2030-12-31" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *previous = NULL;

      for (int years = 1; years <= 100; years++)
        {
          g_autofree char *until = daicho_retention_until (days[i], years);

          g_assert_nonnull (until);
          g_assert_cmpstr (until, >, days[i]);
          if (previous != NULL)
            g_assert_cmpstr (until, >, previous);
          g_free (previous);
          previous = g_steal_pointer (&until);
        }
    }
}

typedef struct
{
  int         fiscal_year;
  gint64      seq;
  const char *number;
  const char *why;
} NumberCase;

static const NumberCase number_cases[] = {
  { 2025, 1, "R7-0001", "the spec's example" },
  { 2025, 2, "R7-0002", "the second entry" },
  { 2025, 999, "R7-0999", "three digits, padded" },
  { 2025, 9999, "R7-9999", "the last four-digit number" },
  { 2025, 10000, "R7-10000", "10,000 keeps all its digits" },
  { 2025, 123456, "R7-123456", "six digits" },
  { 2024, 11, "R6-0011", "fiscal 2024" },
  { 2026, 1, "R8-0001", "fiscal 2026" },
  { 2020, 7, "R2-0007", "fiscal 2020" },
  { 2019, 12, "R1-0012", "fiscal 2019 is 令和元年度" },
  { 2018, 3, "H30-0003", "fiscal 2018 is 平成30年度" },
  { 1989, 1, "H1-0001", "fiscal 1989 is 平成元年度" },
  { 1988, 1, "S63-0001", "fiscal 1988 is 昭和63年度" },
  { 1926, 1, "T15-0001", "fiscal 1926 is 大正15年度" },
};

static void
test_number_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      const NumberCase *c = &number_cases[i];
      g_autofree char *number = daicho_ledger_number (c->fiscal_year, c->seq);

      g_test_message ("%s: (%d, %" G_GINT64_FORMAT ") → %s", c->why, c->fiscal_year, c->seq,
                      number);
      g_assert_cmpstr (number, ==, c->number);
    }
}

/* The era letter of a number names the same era as the fiscal-year label
 * (令和元年度 for 2019 …), over every fiscal year the ledger may hold. */
static void
test_number_matches_label (void)
{
  for (int fy = 1927; fy <= 2040; fy++)
    {
      g_autofree char *number = daicho_ledger_number (fy, 1);
      g_autofree char *label = daicho_fiscal_year_label (fy, FALSE);
      g_autoptr(GError) error = NULL;
      g_autofree char *prefix = NULL;
      const char *dash = strchr (number, '-');
      int parsed = 0;

      g_assert_nonnull (dash);
      g_assert_cmpstr (dash, ==, "-0001");
      /* "R7" parses back as the fiscal year, like the label does. */
      prefix = g_strndup (number, (gsize) (dash - number));
      g_assert_true (daicho_fiscal_year_parse (prefix, &parsed, &error));
      g_assert_no_error (error);
      if (parsed != fy)
        g_error ("%s (fiscal %d, %s) parses back as %d", number, fy, label, parsed);
      g_assert_true (daicho_fiscal_year_parse (label, &parsed, &error));
      g_assert_no_error (error);
      g_assert_cmpint (parsed, ==, fy);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/retention/table", test_retention_table);
  g_test_add_func ("/retention/every-day", test_retention_every_day);
  g_test_add_func ("/retention/monotonic", test_retention_monotonic);
  g_test_add_func ("/ledger-number/table", test_number_table);
  g_test_add_func ("/ledger-number/matches-label", test_number_matches_label);

  return g_test_run ();
}
