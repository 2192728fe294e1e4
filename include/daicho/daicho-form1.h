/* daicho-form1.h — 第1号様式 帳票等管理台帳 and the 廃棄記録
 *
 * Form No. 1: A4 landscape, 第1号様式 at the top left, title 帳票等管理台帳,
 * the office and the fiscal year in 和暦 (or the date range), columns 番号,
 * 出力日, 帳票名, 出力根拠, 部数, 出力者, 保管場所, 文書分類（保存期間）, 保存期限,
 * 処理（交付・廃棄）日, 廃棄方法, 処理者, 確認者, 備考, dates in short 和暦, and a
 * 確認印 box for the システム利用責任者.
 */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-form.h"

G_BEGIN_DECLS

/* Form No. 1 of @office_id for fiscal year @fiscal_year, or, when
 * @fiscal_year is 0, for output dates @from to @to (ISO, inclusive). Voided
 * entries are listed with 取消 in 備考. */
DaichoForm *daicho_form1_new (DaichoDb *db, gint64 office_id, int fiscal_year,
                              const char *from, const char *to, GError **error);

/* The record of one disposal (廃棄記録): what was destroyed, when, how, by
 * whom and confirmed by whom. */
DaichoForm *daicho_disposal_record_new (DaichoDb *db, gint64 disposal_id, GError **error);

G_END_DECLS
