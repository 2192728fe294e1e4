/* daicho-roster.h — 情報を取り扱うことができる者の指定一覧 (the designation roster)
 *
 * The roster of an office on a date: everyone whose designation by that
 * office is in effect that day, as a DaichoForm (A4 portrait) to print,
 * save as PDF or export as xlsx. Title:
 * 情報を取り扱うことができる者の指定一覧（令和7年4月1日現在）.
 */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-form.h"

G_BEGIN_DECLS

/* @on is ISO (NULL: today). Columns: No., 職員番号, 氏名, 所属, 範囲, 指定日,
 * 指定者, 許可 (date and reference, or —), 照合. Headings: 所属 (office name),
 * 基準日 (the date in 和暦); a seal box for the システム利用責任者. */
DaichoForm *daicho_roster_form_new (DaichoDb *db, gint64 office_id, const char *on,
                                    GError **error);

G_END_DECLS
