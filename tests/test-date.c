/* test-date.c — 和暦/西暦 formatting and parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table-driven: each row of each table becomes one test case. The tests run
 * under LC_ALL=C.UTF-8, so error messages are the English msgids; they are
 * checked for the fragment that carries the reason (an era name, a date).
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"

typedef struct {
  const char *text;
  int         year;
  int         month;
  int         day;
} ParseOk;

static const ParseOk parse_ok[] = {
  /* 西暦 */
  { "2025-04-01", 2025, 4, 1 },
  { "2025/4/1", 2025, 4, 1 },
  { "2025.4.1", 2025, 4, 1 },
  { "20250401", 2025, 4, 1 },
  { "2025年4月1日", 2025, 4, 1 },
  { "2025年04月01日", 2025, 4, 1 },
  { "2025年4月1", 2025, 4, 1 },
  { "2025 - 04 - 01", 2025, 4, 1 },
  { "  2025-04-01\n", 2025, 4, 1 },
  { "9999-12-31", 9999, 12, 31 },
  { "1868-01-25", 1868, 1, 25 },
  /* 和暦, kanji */
  { "令和7年4月1日", 2025, 4, 1 },
  { "令和元年5月1日", 2019, 5, 1 },
  { "令和 7 年 4 月 1 日", 2025, 4, 1 },
  { "令和07年04月01日", 2025, 4, 1 },
  { "令7.4.1", 2025, 4, 1 },
  { "令和7.4.1", 2025, 4, 1 },
  { "平成31年4月30日", 2019, 4, 30 },
  { "平成元年1月8日", 1989, 1, 8 },
  { "昭和64年1月7日", 1989, 1, 7 },
  { "昭和元年12月25日", 1926, 12, 25 },
  { "大正15年12月24日", 1926, 12, 24 },
  { "明治元年1月25日", 1868, 1, 25 },
  { "明治45年7月29日", 1912, 7, 29 },
  /* 和暦, letters */
  { "R7.4.1", 2025, 4, 1 },
  { "r7.4.1", 2025, 4, 1 },
  { "R07.04.01", 2025, 4, 1 },
  { "R7/4/1", 2025, 4, 1 },
  { "R7-4-1", 2025, 4, 1 },
  { "R 7.4.1", 2025, 4, 1 },
  { "R元.5.1", 2019, 5, 1 },
  { "R1.5.1", 2019, 5, 1 },
  { "H31.4.30", 2019, 4, 30 },
  { "h1.1.8", 1989, 1, 8 },
  { "S64.1.7", 1989, 1, 7 },
  { "M45.7.29", 1912, 7, 29 },
  { "T1.7.30", 1912, 7, 30 },
  { "M1.1.25", 1868, 1, 25 },
  { "R7981.12.31", 9999, 12, 31 },
  /* full width */
  { "令和７年４月１日", 2025, 4, 1 },
  { "２０２５／４／１", 2025, 4, 1 },
  { "Ｒ７．４．１", 2025, 4, 1 },
  { "ｒ７－４－１", 2025, 4, 1 },
  { "２０２５−０４−０１", 2025, 4, 1 },
  { "２０２５０４０１", 2025, 4, 1 },
  { "\xe3\x80\x80令和７年４月１日\xe3\x80\x80", 2025, 4, 1 },
  /* leap days */
  { "2024-02-29", 2024, 2, 29 },
  { "2000-02-29", 2000, 2, 29 },
  { "R6.2.29", 2024, 2, 29 },
};

typedef struct {
  const char *text;
  const char *fragment;  /* must occur in the message */
} ParseBad;

static const ParseBad parse_bad[] = {
  /* era boundaries */
  { "令和元年4月30日", "2019年5月1日" },
  { "R1.4.30", "2019年5月1日" },
  { "H31.5.1", "2019年4月30日" },
  { "平成32年1月1日", "2019年4月30日" },
  { "昭和64年1月8日", "1989年1月7日" },
  { "平成元年1月7日", "1989年1月8日" },
  { "大正15年12月25日", "1926年12月24日" },
  { "明治46年1月1日", "1912年7月29日" },
  { "M1.1.24", "1868年1月25日" },
  { "1868-01-24", "明治" },
  { "1000-01-01", "明治" },
  { "0000-01-01", "明治" },
  { "令和0年1月1日", "元年" },
  { "R0.1.1", "令和" },
  { "H9999999999.1.1", "平成" },
  { "H41.2.29", "2019年4月30日" },
  { "H31.4.31", "30" },
  { "R1.4.31", "2019年5月1日" },
  /* range */
  { "10000-01-01", "9999" },
  { "R7982.1.1", "9999" },
  { "99999999999999999999-01-01", "9999" },
  /* months and days */
  { "2025-02-29", "2025" },
  { "1900-02-29", "1900" },
  { "R7.2.29", "2025" },
  { "2024-02-30", "29" },
  { "R7.13.1", "13" },
  { "2025-00-10", "0" },
  { "2025-04-31", "30" },
  { "2025-04-32", "30" },
  { "2025-04-00", "0" },
  { "20251301", "13" },
  /* garbage */
  { "", "No date" },
  { "   ", "No date" },
  { "\xe3\x80\x80", "No date" },
  { "abc", "abc" },
  { "2025-04", "2025-04" },
  { "2025-04-01x", "2025-04-01x" },
  { "2025-04-01 10:00", "2025-04-01" },
  { "R7.4", "令和7年4月1日" },
  { "R7.4.", "令和7年4月1日" },
  { "2025/4-1", "2025/4-1" },
  { "2025年4/1", "令和7年4月1日" },
  { "2025-4月1日", "令和7年4月1日" },
  { "2025", "2025" },
  { "2025041", "2025041" },
  { "202504011", "202504011" },
  { "2025-004-01", "2025-004-01" },
  { "20 25-04-01", "20 25-04-01" },
  { "-2025-04-01", "-2025-04-01" },
  { "2025--4-01", "2025--4-01" },
  { "元年5月1日", "元年5月1日" },
  { "令和", "令和" },
  { "X7.4.1", "X7.4.1" },
  { "99999999999999999999", "2025-04-01" },
  { "\xff\xfe", "2025-04-01" },
  { "2025-04-01\x01", "2025-04-01" },
  { "\x01\x02", "2025-04-01" },
  { "令和7年4月1日(火)", "令和7年4月1日" },
};

typedef struct {
  int             year;
  int             month;
  int             day;
  DaichoDateStyle style;
  const char     *expected;
} FormatCase;

static const FormatCase format_cases[] = {
  { 2025, 4, 1, DAICHO_DATE_WAREKI_LONG, "令和7年4月1日" },
  { 2025, 4, 1, DAICHO_DATE_WAREKI_SHORT, "R7.4.1" },
  { 2025, 4, 1, DAICHO_DATE_SEIREKI_LONG, "2025年4月1日" },
  { 2025, 4, 1, DAICHO_DATE_SEIREKI_SHORT, "2025/4/1" },
  { 2025, 4, 1, DAICHO_DATE_ISO, "2025-04-01" },
  { 2019, 5, 1, DAICHO_DATE_WAREKI_LONG, "令和元年5月1日" },
  { 2019, 5, 1, DAICHO_DATE_WAREKI_SHORT, "R1.5.1" },
  { 2019, 4, 30, DAICHO_DATE_WAREKI_LONG, "平成31年4月30日" },
  { 2019, 4, 30, DAICHO_DATE_WAREKI_SHORT, "H31.4.30" },
  { 1989, 1, 7, DAICHO_DATE_WAREKI_LONG, "昭和64年1月7日" },
  { 1989, 1, 7, DAICHO_DATE_WAREKI_SHORT, "S64.1.7" },
  { 1989, 1, 8, DAICHO_DATE_WAREKI_LONG, "平成元年1月8日" },
  { 1926, 12, 24, DAICHO_DATE_WAREKI_LONG, "大正15年12月24日" },
  { 1926, 12, 25, DAICHO_DATE_WAREKI_LONG, "昭和元年12月25日" },
  { 1912, 7, 29, DAICHO_DATE_WAREKI_SHORT, "M45.7.29" },
  { 1912, 7, 30, DAICHO_DATE_WAREKI_SHORT, "T1.7.30" },
  { 1868, 1, 25, DAICHO_DATE_WAREKI_LONG, "明治元年1月25日" },
  { 1868, 1, 25, DAICHO_DATE_WAREKI_SHORT, "M1.1.25" },
  /* before 明治: 西暦 */
  { 1868, 1, 24, DAICHO_DATE_WAREKI_LONG, "1868年1月24日" },
  { 1868, 1, 24, DAICHO_DATE_WAREKI_SHORT, "1868/1/24" },
  { 999, 1, 2, DAICHO_DATE_ISO, "0999-01-02" },
  { 2025, 12, 31, DAICHO_DATE_SEIREKI_SHORT, "2025/12/31" },
  { 9999, 12, 31, DAICHO_DATE_WAREKI_LONG, "令和7981年12月31日" },
};

typedef struct {
  const char *iso;
  gboolean    valid;
} IsoCase;

static const IsoCase iso_cases[] = {
  { "2025-04-01", TRUE },
  { "2024-02-29", TRUE },
  { "0001-01-01", TRUE },
  { "9999-12-31", TRUE },
  { "2025-02-29", FALSE },
  { "2025-4-01", FALSE },
  { "2025-04-1", FALSE },
  { "2025/04/01", FALSE },
  { "20250401", FALSE },
  { " 2025-04-01", FALSE },
  { "2025-04-01 ", FALSE },
  { "2025-04-01T00", FALSE },
  { "2025-13-01", FALSE },
  { "2025-00-01", FALSE },
  { "2025-04-00", FALSE },
  { "0000-01-01", FALSE },
  { "２０２５-04-01", FALSE },
  { "2025-04-", FALSE },
  { "", FALSE },
};

typedef struct {
  const char *text;
  const char *expected;
} NormalizeCase;

static const NormalizeCase normalize_cases[] = {
  { "２０２５／４／１", "2025/4/1" },
  { "Ｒ７．４．１", "R7.4.1" },
  { "ａｂｃＸＹＺ！～", "abcXYZ!~" },
  { "令和７年", "令和7年" },
  { "\xe3\x80\x80x\xe3\x80\x80", " x " },
  { "１−２－３", "1-2-3" },
  { "ー", "ー" },           /* katakana prolonged sound mark stays */
  { "〜", "〜" },           /* wave dash stays */
  { "plain", "plain" },
  { "", "" },
};

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
test_parse_ok (gconstpointer data)
{
  const ParseOk *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = printable (c->text);
  GDate date;
  gboolean ok;

  g_test_message ("input: %s", shown);
  ok = daicho_date_parse (c->text, &date, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (g_date_valid (&date));
  g_assert_cmpint (g_date_get_year (&date), ==, c->year);
  g_assert_cmpint (g_date_get_month (&date), ==, c->month);
  g_assert_cmpint (g_date_get_day (&date), ==, c->day);
}

static void
test_parse_bad (gconstpointer data)
{
  const ParseBad *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = printable (c->text);
  GDate date;
  gboolean ok;

  g_test_message ("input: %s", shown);
  ok = daicho_date_parse (c->text, &date, &error);
  g_assert_false (ok);
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  g_assert_false (g_date_valid (&date));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, c->fragment));
}

static void
test_parse_messages (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "令和元年4月30日", "令和 began on 2019年5月1日." },
    { "H31.5.1", "平成 ended on 2019年4月30日." },
    { "2025-02-29", "2025 is not a leap year: February has 28 days." },
    { "R7.13.1", "There is no month 13." },
    { "2025-04-32", "April has only 30 days." },
    { "2025-01-32", "January has only 31 days." },
    { "", "No date given." },
    { "abc", "“abc” is not a date. Type it like 2025-04-01 or 令和7年4月1日." },
    { "Ｒ７．４",
      "“Ｒ７．４” is not a date. Type it like 2025-04-01 or 令和7年4月1日." },
    { "1800-01-01", "Dates before 明治 (1868年1月25日) are not supported." },
    { "10000-01-01", "Years after 9999 are not supported." },
    { "令和0年1月1日", "令和 has no year 0: its first year is 元年." },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_assert_false (daicho_date_parse (cases[i].text, &date, &error));
      g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_parse_null (void)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_assert_false (daicho_date_parse (NULL, &date, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);

  /* No GError wanted: still just FALSE. */
  g_assert_false (daicho_date_parse ("abc", &date, NULL));
}

static void
test_parse_long_garbage (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strnfill (5000, '9');
  GDate date;

  g_assert_false (daicho_date_parse (text, &date, &error));
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  /* The quotation is cut short. */
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_nonnull (strstr (error->message, "…"));
}

static void
test_format (gconstpointer data)
{
  const FormatCase *c = data;
  g_autofree char *text = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *via_iso = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, c->day, c->month, c->year);
  text = daicho_date_format (&date, c->style);
  g_assert_cmpstr (text, ==, c->expected);

  iso = daicho_date_to_iso (&date);
  via_iso = daicho_date_format_iso (iso, c->style);
  g_assert_cmpstr (via_iso, ==, c->expected);
}

static void
test_format_round_trip (void)
{
  static const DaichoDateStyle styles[] = {
    DAICHO_DATE_WAREKI_LONG, DAICHO_DATE_WAREKI_SHORT,
    DAICHO_DATE_SEIREKI_LONG, DAICHO_DATE_SEIREKI_SHORT, DAICHO_DATE_ISO,
  };
  static const char * const isos[] = {
    "1868-01-25", "1912-07-29", "1912-07-30", "1926-12-24", "1926-12-25",
    "1989-01-07", "1989-01-08", "2019-04-30", "2019-05-01", "2025-04-01",
    "2024-02-29", "9999-12-31",
  };
  guint i, j;

  /* Whatever we print, we read back. */
  for (i = 0; i < G_N_ELEMENTS (isos); i++)
    for (j = 0; j < G_N_ELEMENTS (styles); j++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *text = daicho_date_format_iso (isos[i], styles[j]);
        g_autofree char *back = NULL;
        GDate date;

        g_assert_true (daicho_date_parse (text, &date, &error));
        g_assert_no_error (error);
        back = daicho_date_to_iso (&date);
        g_assert_cmpstr (back, ==, isos[i]);
      }
}

static void
test_format_invalid (void)
{
  g_autofree char *text = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *null_iso = NULL;
  g_autofree char *garbage = NULL;
  g_autofree char *bad_day = NULL;
  GDate date;

  g_date_clear (&date, 1);
  text = daicho_date_format (&date, DAICHO_DATE_WAREKI_LONG);
  g_assert_null (text);
  iso = daicho_date_to_iso (&date);
  g_assert_null (iso);

  empty = daicho_date_format_iso ("", DAICHO_DATE_WAREKI_LONG);
  g_assert_cmpstr (empty, ==, "");
  null_iso = daicho_date_format_iso (NULL, DAICHO_DATE_WAREKI_LONG);
  g_assert_cmpstr (null_iso, ==, "");
  garbage = daicho_date_format_iso ("不明", DAICHO_DATE_WAREKI_LONG);
  g_assert_cmpstr (garbage, ==, "不明");
  bad_day = daicho_date_format_iso ("2025-02-29", DAICHO_DATE_WAREKI_LONG);
  g_assert_cmpstr (bad_day, ==, "2025-02-29");
}

static void
test_iso (gconstpointer data)
{
  const IsoCase *c = data;
  GDate date;

  g_assert_cmpint (daicho_date_from_iso (c->iso, &date), ==, c->valid);
  g_assert_cmpint (g_date_valid (&date), ==, c->valid);
  if (c->valid)
    {
      g_autofree char *back = daicho_date_to_iso (&date);

      g_assert_cmpstr (back, ==, c->iso);
    }
  /* @out may be NULL when only validity matters. */
  g_assert_cmpint (daicho_date_from_iso (c->iso, NULL), ==, c->valid);
}

static void
test_iso_null (void)
{
  GDate date;

  g_assert_false (daicho_date_from_iso (NULL, &date));
}

static void
test_normalize (gconstpointer data)
{
  const NormalizeCase *c = data;
  g_autofree char *out = daicho_text_normalize_width (c->text);

  g_assert_cmpstr (out, ==, c->expected);
}

static void
test_normalize_invalid (void)
{
  g_autofree char *null_out = daicho_text_normalize_width (NULL);
  g_autofree char *bad = daicho_text_normalize_width ("１\xff\xfe２");

  g_assert_null (null_out);
  g_assert_nonnull (bad);
  g_assert_true (g_utf8_validate (bad, -1, NULL));
  g_assert_true (g_str_has_prefix (bad, "1"));
  g_assert_true (g_str_has_suffix (bad, "2"));
}

static void
test_eras (void)
{
  static const struct {
    DaichoEra   era;
    const char *name;
    const char *letter;
    const char *start;
  } cases[] = {
    { DAICHO_ERA_MEIJI, "明治", "M", "1868-01-25" },
    { DAICHO_ERA_TAISHO, "大正", "T", "1912-07-30" },
    { DAICHO_ERA_SHOWA, "昭和", "S", "1926-12-25" },
    { DAICHO_ERA_HEISEI, "平成", "H", "1989-01-08" },
    { DAICHO_ERA_REIWA, "令和", "R", "2019-05-01" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;
      GDate start;
      DaichoEra era;
      int era_year;

      g_assert_cmpstr (daicho_era_name (cases[i].era), ==, cases[i].name);
      g_assert_cmpstr (daicho_era_letter (cases[i].era), ==, cases[i].letter);
      daicho_era_start (cases[i].era, &start);
      iso = daicho_date_to_iso (&start);
      g_assert_cmpstr (iso, ==, cases[i].start);

      /* The first day is year 1 of the era; the day before belongs to the
       * previous one. */
      g_assert_true (daicho_date_get_era (&start, &era, &era_year));
      g_assert_cmpint (era, ==, cases[i].era);
      g_assert_cmpint (era_year, ==, 1);

      g_date_subtract_days (&start, 1);
      if (i == 0)
        g_assert_false (daicho_date_get_era (&start, &era, &era_year));
      else
        {
          g_assert_true (daicho_date_get_era (&start, &era, &era_year));
          g_assert_cmpint (era, ==, cases[i - 1].era);
        }
    }
}

static void
test_get_era (void)
{
  GDate date;
  DaichoEra era;
  int era_year;

  g_date_clear (&date, 1);
  g_assert_false (daicho_date_get_era (&date, &era, &era_year));

  g_date_set_dmy (&date, 30, 4, 2019);
  g_assert_true (daicho_date_get_era (&date, &era, &era_year));
  g_assert_cmpint (era, ==, DAICHO_ERA_HEISEI);
  g_assert_cmpint (era_year, ==, 31);

  g_date_set_dmy (&date, 1, 4, 2025);
  g_assert_true (daicho_date_get_era (&date, &era, &era_year));
  g_assert_cmpint (era, ==, DAICHO_ERA_REIWA);
  g_assert_cmpint (era_year, ==, 7);

  /* Either output may be NULL. */
  g_assert_true (daicho_date_get_era (&date, NULL, NULL));
}

static void
test_today (void)
{
  g_autofree char *iso = daicho_date_today_iso ();
  GDate today;

  daicho_date_today (&today);
  g_assert_true (g_date_valid (&today));
  g_assert_true (daicho_date_from_iso (iso, NULL));
}

/* Registers one test per row: /prefix/0, /prefix/1, … */
static void
add_table (const char     *prefix,
           gconstpointer   rows,
           gsize           row_size,
           gsize           n_rows,
           GTestDataFunc   func)
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

  ADD_TABLE ("/date/parse/ok", parse_ok, test_parse_ok);
  ADD_TABLE ("/date/parse/bad", parse_bad, test_parse_bad);
  g_test_add_func ("/date/parse/messages", test_parse_messages);
  g_test_add_func ("/date/parse/null", test_parse_null);
  g_test_add_func ("/date/parse/long-garbage", test_parse_long_garbage);
  ADD_TABLE ("/date/format", format_cases, test_format);
  g_test_add_func ("/date/format/round-trip", test_format_round_trip);
  g_test_add_func ("/date/format/invalid", test_format_invalid);
  ADD_TABLE ("/date/iso", iso_cases, test_iso);
  g_test_add_func ("/date/iso/null", test_iso_null);
  ADD_TABLE ("/date/normalize", normalize_cases, test_normalize);
  g_test_add_func ("/date/normalize/invalid", test_normalize_invalid);
  g_test_add_func ("/date/era/table", test_eras);
  g_test_add_func ("/date/era/get", test_get_era);
  g_test_add_func ("/date/today", test_today);

  return g_test_run ();
}
