/* daicho-form2.h — 第2号様式 点検シート
 *
 * Form No. 2: A4 portrait, 第2号様式 at the top left, title 点検シート, the
 * office, the fiscal year and quarter (令和7年度 第1四半期), the inspection
 * date in 和暦, the inspector and the state (下書き / 確定); seal boxes for
 * the システム利用責任者 and the 情報資産管理責任者; a table of No., 区分,
 * 点検項目, 適, 否, 該当なし (○ in the one answered) and 所見・改善措置 (the
 * finding, then each corrective action with its owner, due date and done
 * date). An inspection prints the items of its own template version.
 */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-form.h"

G_BEGIN_DECLS

/* Form No. 2 of inspection @inspection_id, with its answers and actions. */
DaichoForm *daicho_form2_new (DaichoDb *db, gint64 inspection_id, GError **error);

/* A blank Form No. 2 for paper use: the items of the current template
 * version, nothing answered. @office_id (0: none), @fiscal_year (0: none)
 * and @quarter (0: none) fill the headings when given. */
DaichoForm *daicho_form2_blank_new (DaichoDb *db, gint64 office_id, int fiscal_year,
                                    int quarter, GError **error);

/* The year's overview for the information asset manager and the
 * secretariat: every office × quarters 1–4 (state, 否, open and overdue
 * corrective actions; quarters ended without a final sheet marked), A4
 * landscape, titled 点検実施状況（令和7年度）. Judged as of today. */
DaichoForm *daicho_inspection_overview_form_new (DaichoDb *db, int fiscal_year, GError **error);

G_END_DECLS
