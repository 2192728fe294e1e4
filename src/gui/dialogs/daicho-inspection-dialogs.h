/* daicho-inspection-dialogs.h — starting an inspection, answering 否,
 * amending a final sheet and following up corrective actions (点検シート, K5-3)
 *
 * Every dialog is a DaichoFormDialog that stays open with the core's refusal;
 * after a change the context's data-changed::inspection reloads the views. */
#pragma once

#include <adwaita.h>

#include "daicho/daicho-inspection-store.h"
#include "daicho-context.h"

G_BEGIN_DECLS

/* Starts the inspection of @office_id for @fiscal_year and @quarter: the
 * date (today by default) and the inspector (the office's システム利用責任者
 * on that date unless another employee number is typed). Once saved it
 * activates "inspection.open" (the new id, "x") on @parent. */
void daicho_inspection_dialog_new (GtkWidget     *parent,
                                   DaichoContext *context,
                                   gint64         office_id,
                                   int            fiscal_year,
                                   int            quarter);

/* Answers @answer's item with @result. On a draft this is the dialog for a
 * 否: the finding (proposed from @proposal when the records gave one) and the
 * corrective action — what, who, due date — unless the item has one
 * already. On a final sheet any change is an amendment and the dialog asks
 * for its reason as well. */
void daicho_inspection_dialog_answer (GtkWidget              *parent,
                                      DaichoContext          *context,
                                      DaichoInspection       *inspection,
                                      DaichoInspectionAnswer *answer,
                                      const char             *result,
                                      const char             *proposal);

/* Another corrective action for @answer's 否 item of a draft. */
void daicho_inspection_dialog_add_action (GtkWidget              *parent,
                                          DaichoContext          *context,
                                          DaichoInspection       *inspection,
                                          DaichoInspectionAnswer *answer);

/* Records that @action was done, on a date (today by default). */
void daicho_inspection_dialog_action_done (GtkWidget              *parent,
                                           DaichoContext          *context,
                                           DaichoInspectionAction *action);

/* "指定された者の名簿が最新か … — 令和7年7月31日まで · 山田太郎": an action in one
 * line for lists. New string. */
char *daicho_inspection_action_text (DaichoContext *context, DaichoInspectionAction *action);

G_END_DECLS
