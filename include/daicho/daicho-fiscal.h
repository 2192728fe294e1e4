/* daicho-fiscal.h — the fiscal year (年度, April to March) and its quarters
 *
 * Pure functions. A fiscal year is named by the Gregorian year in which it
 * starts: fiscal 2025 runs 2025-04-01 to 2026-03-31 and prints 令和7年度.
 * Quarters: 1 = April–June, 2 = July–September, 3 = October–December,
 * 4 = January–March.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int  daicho_fiscal_year_of    (const GDate *date);
int  daicho_fiscal_quarter_of (const GDate *date);

/* First and last day of fiscal year @fy, and of quarter @q (1–4) of it. */
void daicho_fiscal_year_range    (int fy, GDate *first, GDate *last);
void daicho_fiscal_quarter_range (int fy, int q, GDate *first, GDate *last);

/* 令和7年度 (or 2025年度 when @seireki). The era is the one in force on
 * 1 April, except that a new era beginning in April or May names the whole
 * year (fiscal 2019 is 令和元年度). New string. */
char *daicho_fiscal_year_label (int fy, gboolean seireki);

/* 第1四半期 */
char *daicho_fiscal_quarter_label (int q);

/* 令和7年度 第1四半期（4月〜6月） */
char *daicho_fiscal_quarter_label_long (int fy, int q, gboolean seireki);

/* Parses a fiscal year as typed: 2025, 2025年度, 令和7, 令和7年度, R7, 令和元年度,
 * H31, full-width digits. Sets DAICHO_ERROR_INVALID with the reason. */
gboolean daicho_fiscal_year_parse (const char *text, int *fy, GError **error);

G_END_DECLS
