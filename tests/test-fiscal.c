/* test-fiscal.c — 年度 and 四半期
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table-driven: each row of each table becomes one test case. The tests run
 * under LC_ALL=C.UTF-8, so error messages are the English msgids.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"

typedef struct {
  const char *iso;
  int         fy;
  int         quarter;
} OfCase;

static const OfCase of_cases[] = {
  { "2025-03-31", 2024, 4 },
  { "2025-04-01", 2025, 1 },
  { "2025-06-30", 2025, 1 },
  { "2025-07-01", 2025, 2 },
  { "2025-09-30", 2025, 2 },
  { "2025-10-01", 2025, 3 },
  { "2025-12-31", 2025, 3 },
  { "2026-01-01", 2025, 4 },
  { "2026-03-31", 2025, 4 },
  { "2019-04-30", 2019, 1 },
  { "2019-05-01", 2019, 1 },
  { "1989-01-07", 1988, 4 },
  { "1989-01-08", 1988, 4 },
};

typedef struct {
  int         fy;
  int         q;       /* 0 for the whole year */
  const char *first;
  const char *last;
} RangeCase;

static const RangeCase range_cases[] = {
  { 2025, 0, "2025-04-01", "2026-03-31" },
  { 2025, 1, "2025-04-01", "2025-06-30" },
  { 2025, 2, "2025-07-01", "2025-09-30" },
  { 2025, 3, "2025-10-01", "2025-12-31" },
  { 2025, 4, "2026-01-01", "2026-03-31" },
  { 2023, 0, "2023-04-01", "2024-03-31" },
  { 2023, 4, "2024-01-01", "2024-03-31" },
  { 1868, 0, "1868-04-01", "1869-03-31" },
  { 9998, 4, "9999-01-01", "9999-03-31" },
};

typedef struct {
  int         fy;
  gboolean    seireki;
  const char *expected;
} LabelCase;

static const LabelCase label_cases[] = {
  { 2025, FALSE, "令和7年度" },
  { 2025, TRUE, "2025年度" },
  { 2020, FALSE, "令和2年度" },
  { 2019, FALSE, "令和元年度" },
  { 2019, TRUE, "2019年度" },
  { 2018, FALSE, "平成30年度" },
  { 1989, FALSE, "平成元年度" },
  { 1988, FALSE, "昭和63年度" },
  { 1927, FALSE, "昭和2年度" },
  { 1926, FALSE, "大正15年度" },
  { 1913, FALSE, "大正2年度" },
  { 1912, FALSE, "明治45年度" },
  { 1868, FALSE, "明治元年度" },
  { 1867, FALSE, "1867年度" },
  { 9998, FALSE, "令和7980年度" },
};

typedef struct {
  int         fy;
  int         q;
  gboolean    seireki;
  const char *expected;
} QuarterLabelCase;

static const QuarterLabelCase quarter_label_cases[] = {
  { 2025, 1, FALSE, "令和7年度 第1四半期（4月〜6月）" },
  { 2025, 2, FALSE, "令和7年度 第2四半期（7月〜9月）" },
  { 2025, 3, FALSE, "令和7年度 第3四半期（10月〜12月）" },
  { 2025, 4, FALSE, "令和7年度 第4四半期（1月〜3月）" },
  { 2025, 1, TRUE, "2025年度 第1四半期（4月〜6月）" },
  { 2025, 4, TRUE, "2025年度 第4四半期（1月〜3月）" },
  { 2019, 4, FALSE, "令和元年度 第4四半期（1月〜3月）" },
  { 1988, 4, FALSE, "昭和63年度 第4四半期（1月〜3月）" },
};

typedef struct {
  const char *text;
  int         fy;
} ParseOk;

static const ParseOk parse_ok[] = {
  { "2025", 2025 },
  { "２０２５", 2025 },
  { "2025年度", 2025 },
  { "２０２５年度", 2025 },
  { " 2025 年度 ", 2025 },
  { "令和7", 2025 },
  { "令和7年度", 2025 },
  { "令和 7 年度", 2025 },
  { "令和７年度", 2025 },
  { "R7", 2025 },
  { "r7", 2025 },
  { "R07", 2025 },
  { "Ｒ７", 2025 },
  { "R7年度", 2025 },
  { "令7", 2025 },
  { "令和元年度", 2019 },
  { "R元", 2019 },
  { "R1", 2019 },
  { "H31", 2019 },
  { "平成31年度", 2019 },
  { "平成元年度", 1989 },
  { "昭和63年度", 1988 },
  { "S63", 1988 },
  { "昭和元年度", 1926 },
  { "大正15年度", 1926 },
  { "明治45年度", 1912 },
  { "明治元年度", 1868 },
  { "M1", 1868 },
  { "1868", 1868 },
  { "9998", 9998 },
  { "R7980", 9998 },
  { "\xe3\x80\x80令和７年度\xe3\x80\x80", 2025 },
};

typedef struct {
  const char *text;
  const char *fragment;  /* must occur in the message */
} ParseBad;

static const ParseBad parse_bad[] = {
  { "", "No fiscal year" },
  { "  ", "No fiscal year" },
  { "令和0年度", "元年" },
  { "R0", "令和" },
  { "平成32年度", "2019年4月30日" },
  { "H32", "2019年4月30日" },
  { "昭和64年度", "1989年1月7日" },
  { "明治46年度", "1912年7月29日" },
  { "H99999999999", "2019年4月30日" },
  { "1867", "1868" },
  { "0", "1868" },
  { "9999", "9998" },
  { "R7981", "9998" },
  { "99999999999999999999", "9998" },
  { "abc", "令和7年度" },
  { "令和", "令和7年度" },
  { "元年度", "令和7年度" },
  { "2025年", "令和7年度" },
  { "2025年度x", "2025年度x" },
  { "2025-04-01", "2025-04-01" },
  { "-2025", "-2025" },
  { "20 25", "20 25" },
  { "R7.5", "R7.5" },
  { "X7", "X7" },
  { "\xff\xfe", "令和7年度" },
  { "2025\x01", "令和7年度" },
};

static void
parse_iso (const char *iso,
           GDate      *date)
{
  g_assert_true (daicho_date_from_iso (iso, date));
}

/* @text fit for a TAP comment: as is when it is clean UTF-8, else with
 * escapes. */
static char *
printable (const char *text)
{
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    return g_strescape (text, NULL);

  for (p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      return g_strescape (text, NULL);

  return g_strdup (text);
}

static void
test_of (gconstpointer data)
{
  const OfCase *c = data;
  GDate date;

  parse_iso (c->iso, &date);
  g_assert_cmpint (daicho_fiscal_year_of (&date), ==, c->fy);
  g_assert_cmpint (daicho_fiscal_quarter_of (&date), ==, c->quarter);
}

static void
test_range (gconstpointer data)
{
  const RangeCase *c = data;
  g_autofree char *first_iso = NULL;
  g_autofree char *last_iso = NULL;
  GDate first, last;

  if (c->q == 0)
    daicho_fiscal_year_range (c->fy, &first, &last);
  else
    daicho_fiscal_quarter_range (c->fy, c->q, &first, &last);

  first_iso = daicho_date_to_iso (&first);
  last_iso = daicho_date_to_iso (&last);
  g_assert_cmpstr (first_iso, ==, c->first);
  g_assert_cmpstr (last_iso, ==, c->last);

  /* Both ends belong to the year (and quarter) they bound. */
  g_assert_cmpint (daicho_fiscal_year_of (&first), ==, c->fy);
  g_assert_cmpint (daicho_fiscal_year_of (&last), ==, c->fy);
  if (c->q != 0)
    {
      g_assert_cmpint (daicho_fiscal_quarter_of (&first), ==, c->q);
      g_assert_cmpint (daicho_fiscal_quarter_of (&last), ==, c->q);
    }
}

static void
test_range_optional (void)
{
  GDate first, last;

  /* Either end may be left out. */
  daicho_fiscal_year_range (2025, &first, NULL);
  g_assert_cmpint (g_date_get_month (&first), ==, 4);
  daicho_fiscal_year_range (2025, NULL, &last);
  g_assert_cmpint (g_date_get_year (&last), ==, 2026);
  daicho_fiscal_quarter_range (2025, 4, NULL, &last);
  g_assert_cmpint (g_date_get_month (&last), ==, 3);
}

static void
test_quarters_tile_year (void)
{
  GDate year_first, year_last, first, last, prev_last;
  int q;

  /* The four quarters cover the year with no gap and no overlap. */
  daicho_fiscal_year_range (2024, &year_first, &year_last);
  for (q = 1; q <= 4; q++)
    {
      daicho_fiscal_quarter_range (2024, q, &first, &last);
      if (q == 1)
        g_assert_cmpint (g_date_compare (&first, &year_first), ==, 0);
      else
        g_assert_cmpint (g_date_days_between (&prev_last, &first), ==, 1);
      prev_last = last;
    }
  g_assert_cmpint (g_date_compare (&last, &year_last), ==, 0);
}

static void
test_label (gconstpointer data)
{
  const LabelCase *c = data;
  g_autofree char *label = daicho_fiscal_year_label (c->fy, c->seireki);

  g_assert_cmpstr (label, ==, c->expected);
}

static void
test_quarter_label (void)
{
  int q;

  for (q = 1; q <= 4; q++)
    {
      g_autofree char *label = daicho_fiscal_quarter_label (q);
      g_autofree char *expected = g_strdup_printf ("第%d四半期", q);

      g_assert_cmpstr (label, ==, expected);
    }
}

static void
test_quarter_label_long (gconstpointer data)
{
  const QuarterLabelCase *c = data;
  g_autofree char *label = daicho_fiscal_quarter_label_long (c->fy, c->q,
                                                             c->seireki);

  g_assert_cmpstr (label, ==, c->expected);
}

static void
test_parse_ok (gconstpointer data)
{
  const ParseOk *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = printable (c->text);
  int fy = 0;

  g_test_message ("input: %s", shown);
  g_assert_true (daicho_fiscal_year_parse (c->text, &fy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fy, ==, c->fy);
}

static void
test_parse_bad (gconstpointer data)
{
  const ParseBad *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = printable (c->text);
  int fy = -1;

  g_test_message ("input: %s", shown);
  g_assert_false (daicho_fiscal_year_parse (c->text, &fy, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  g_assert_cmpint (fy, ==, -1);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, c->fragment));
}

static void
test_parse_null (void)
{
  g_autoptr(GError) error = NULL;
  int fy = 0;

  g_assert_false (daicho_fiscal_year_parse (NULL, &fy, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  g_assert_false (daicho_fiscal_year_parse ("abc", &fy, NULL));
}

static void
test_label_round_trip (void)
{
  int fy;

  /* Every label we print for a fiscal year reads back as that year. */
  for (fy = 1868; fy <= 2100; fy++)
    {
      g_autofree char *wareki = daicho_fiscal_year_label (fy, FALSE);
      g_autofree char *seireki = daicho_fiscal_year_label (fy, TRUE);
      g_autoptr(GError) error = NULL;
      int back = 0;

      g_assert_true (daicho_fiscal_year_parse (wareki, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (back, ==, fy);
      g_assert_true (daicho_fiscal_year_parse (seireki, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (back, ==, fy);
    }
}

/* Registers one test per row: /prefix/0, /prefix/1, … */
static void
add_table (const char    *prefix,
           gconstpointer  rows,
           gsize          row_size,
           gsize          n_rows,
           GTestDataFunc  func)
{
  gsize i;

  for (i = 0; i < n_rows; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%" G_GSIZE_FORMAT,
                                               prefix, i);

      g_test_add_data_func (path, (const char *) rows + i * row_size, func);
    }
}

#define ADD_TABLE(prefix, table, func) \
  add_table (prefix, table, sizeof (table[0]), G_N_ELEMENTS (table), func)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD_TABLE ("/fiscal/of", of_cases, test_of);
  ADD_TABLE ("/fiscal/range", range_cases, test_range);
  g_test_add_func ("/fiscal/range/optional", test_range_optional);
  g_test_add_func ("/fiscal/range/quarters-tile-year", test_quarters_tile_year);
  ADD_TABLE ("/fiscal/label/year", label_cases, test_label);
  g_test_add_func ("/fiscal/label/quarter", test_quarter_label);
  ADD_TABLE ("/fiscal/label/quarter-long", quarter_label_cases,
             test_quarter_label_long);
  g_test_add_func ("/fiscal/label/round-trip", test_label_round_trip);
  ADD_TABLE ("/fiscal/parse/ok", parse_ok, test_parse_ok);
  ADD_TABLE ("/fiscal/parse/bad", parse_bad, test_parse_bad);
  g_test_add_func ("/fiscal/parse/null", test_parse_null);

  return g_test_run ();
}
