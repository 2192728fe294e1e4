/* daicho-inspection-store.h — 点検シート: the quarterly self-inspection (K5-3)
 *
 * Four times a fiscal year each office checks itself against 第5条 to 第10条
 * with a checklist and promptly corrects what is wrong. One inspection per
 * office and fiscal quarter (1 = April–June … 4 = January–March): its
 * date (on or after the quarter's first day), its inspector (by default the
 * office's システム利用責任者 on that date), and every item of the checklist
 * answered 適 (ok), 否 (ng) or 該当なし (na). A 否 carries a finding and at
 * least one corrective action (what, who, due date), tracked until done and
 * shown on later inspections until then.
 *
 * 下書き (draft) → 確定 (final): finalising needs every item answered and
 * locks the sheet; a later change is an amendment with a reason, recorded
 * field by field. The 情報資産管理責任者 may confirm a final sheet.
 *
 * The checklist is versioned: rewording, adding, moving or retiring an item
 * makes a new template version; an inspection keeps the version it was made
 * with. Items carry a stable key ("lockable", "retention" …) by which the
 * evidence from Daicho's own records (designations, form ledger) finds them.
 *
 * Nothing is deleted. Dates are ISO text; "today" is the local date.
 */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"

G_BEGIN_DECLS

/* One checklist item of a template version. */
#define DAICHO_TYPE_INSPECTION_ITEM (daicho_inspection_item_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionItem, daicho_inspection_item, DAICHO, INSPECTION_ITEM,
                      DaichoRecord)
struct _DaichoInspectionItem
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       template_id;
  gint64       version;
  gint64       no;            /* 1, 2, … in the order of the version */
  char        *item_key;      /* stable across versions: designation_current, lockable … */
  char        *article;       /* 区分: 第5条・第6条, 第7条 … 第10条 */
  char        *text;          /* 点検項目 */
  gint64       sort_order;
};

/* An inspection (one office, one fiscal quarter) with its counts. */
#define DAICHO_TYPE_INSPECTION (daicho_inspection_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspection, daicho_inspection, DAICHO, INSPECTION, DaichoRecord)
struct _DaichoInspection
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       office_id;
  char        *office_code;
  char        *office_name;
  gint64       fiscal_year;
  gint64       quarter;           /* 1–4 */
  char        *inspection_date;
  gint64       inspector_id;
  char        *inspector_name;
  gint64       template_id;
  gint64       template_version;
  char        *state;             /* draft | final */
  char        *finalized_by_name;
  char        *finalized_at;      /* UTC ISO 8601; NULL while a draft */
  char        *confirmed_by_name; /* 情報資産管理責任者; NULL until confirmed */
  char        *confirmed_at;
  gint64       n_items;
  gint64       n_answered;
  gint64       n_ng;              /* 否 */
  gint64       n_open_actions;    /* corrective actions not done */
};

/* One line of a sheet: an item of the inspection's version and its answer. */
#define DAICHO_TYPE_INSPECTION_ANSWER (daicho_inspection_answer_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionAnswer, daicho_inspection_answer, DAICHO,
                      INSPECTION_ANSWER, DaichoRecord)
struct _DaichoInspectionAnswer
{
  DaichoRecord parent_instance;
  gint64       item_id;
  gint64       no;
  char        *item_key;
  char        *article;
  char        *text;
  char        *result;            /* ok | ng | na; NULL: not answered yet */
  char        *finding;           /* 所見 */
  char        *answered_by_name;
  char        *answered_at;
};

/* A corrective action (改善措置). */
#define DAICHO_TYPE_INSPECTION_ACTION (daicho_inspection_action_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionAction, daicho_inspection_action, DAICHO,
                      INSPECTION_ACTION, DaichoRecord)
struct _DaichoInspectionAction
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       inspection_id;
  gint64       fiscal_year;       /* of the inspection that found it */
  gint64       quarter;
  gint64       item_id;
  gint64       item_no;
  char        *item_text;
  char        *what;
  gint64       owner_id;
  char        *owner_name;
  char        *due_date;
  char        *done_date;         /* NULL while open */
  char        *voided_at;         /* set when the 否 it answered was withdrawn */
  gboolean     overdue;           /* open and due before the date the list was asked for */
};

/* A change made after finalising. */
#define DAICHO_TYPE_INSPECTION_AMENDMENT (daicho_inspection_amendment_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionAmendment, daicho_inspection_amendment, DAICHO,
                      INSPECTION_AMENDMENT, DaichoRecord)
struct _DaichoInspectionAmendment
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       inspection_id;
  gint64       item_id;           /* 0: the sheet itself (date, inspector) */
  gint64       item_no;
  char        *field;             /* result | finding | action | inspection_date | inspector */
  char        *old_value;
  char        *new_value;
  char        *reason;
  char        *amended_by_name;
  char        *amended_at;
};

/* What Daicho's own records say about an office in a quarter. */
#define DAICHO_TYPE_INSPECTION_EVIDENCE (daicho_inspection_evidence_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionEvidence, daicho_inspection_evidence, DAICHO,
                      INSPECTION_EVIDENCE, DaichoRecord)
struct _DaichoInspectionEvidence
{
  DaichoRecord parent_instance;
  char        *kind;              /* no_permission | review | past_retention | unlocked |
                                     unchecked */
  char        *item_keys;         /* space-separated keys of the items it speaks to */
  gint64       count;
  char        *text;              /* one sentence, translated */
  char        *proposed_result;   /* "ng" when the records show a breach, else NULL */
};

/* One cell of the fiscal-year overview: an office in a quarter. */
#define DAICHO_TYPE_INSPECTION_CELL (daicho_inspection_cell_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionCell, daicho_inspection_cell, DAICHO, INSPECTION_CELL,
                      DaichoRecord)
struct _DaichoInspectionCell
{
  DaichoRecord parent_instance;
  gint64       office_id;
  char        *office_code;
  char        *office_name;
  gint64       quarter;
  gint64       inspection_id;     /* 0: not done */
  char        *state;             /* none | draft | final */
  gint64       n_ng;
  gint64       n_open_actions;
  gint64       n_overdue_actions;
  gboolean     missing;           /* the quarter has ended without a final inspection */
};

/* What a person types for a corrective action. Strings are borrowed. */
typedef struct
{
  const char *what;
  gint64      owner_id;           /* staff id */
  const char *due_date;           /* ISO, not before the inspection date */
  const char *done_date;          /* ISO or NULL */
} DaichoInspectionActionInput;

/* Template */

/* The id of the current (newest) template version. */
gint64      daicho_inspection_template_current (DaichoDb *db, GError **error);

/* The items of template @template_id (0: the current one) in order,
 * retired ones left out (DaichoInspectionItem). */
GListStore *daicho_inspection_template_items (DaichoDb *db, gint64 template_id, GError **error);

/* The id of template version @version (1, 2, …), or 0 with
 * DAICHO_ERROR_NOT_FOUND when the checklist never had that version. */
gint64      daicho_inspection_template_find_version (DaichoDb *db, gint64 version,
                                                     GError **error);

/* The articles (区分) items belong to, in the order the checklist groups
 * them: 第5条・第6条, 第7条, 第8条, 第9条, 第10条. NULL-terminated, static. */
const char * const *daicho_inspection_template_articles (void);

/* Each edit makes a new template version from the current one and returns
 * its id (0 and @error on refusal). Items are named by key. Rewording
 * needs a non-empty text that differs; adding puts a new item of @article
 * (第5条・第6条, 第7条, 第8条, 第9条 or 第10条) after the last of that article
 * and returns it in *@new_key when asked; moving puts an item at position
 * @position (1-based, within the current items); retiring leaves it out of
 * the new version (at least one item must stay). */
gint64 daicho_inspection_template_reword (DaichoDb *db, const char *item_key, const char *text,
                                          GError **error);
gint64 daicho_inspection_template_add    (DaichoDb *db, const char *article, const char *text,
                                          char **new_key, GError **error);
gint64 daicho_inspection_template_move   (DaichoDb *db, const char *item_key, guint position,
                                          GError **error);
gint64 daicho_inspection_template_retire (DaichoDb *db, const char *item_key, GError **error);

/* Inspections */

/* Inspections of @office_id (0: all) in fiscal year @fiscal_year (0: all),
 * by year, quarter and office. */
GListStore       *daicho_inspection_store_list (DaichoDb *db, gint64 office_id, int fiscal_year,
                                                GError **error);
DaichoInspection *daicho_inspection_store_get  (DaichoDb *db, gint64 id, GError **error);

/* The inspection of an office in a quarter, or NULL (no @error) when none. */
DaichoInspection *daicho_inspection_store_find (DaichoDb *db, gint64 office_id, int fiscal_year,
                                                int quarter, GError **error);

/* Starts an inspection (a draft) on the current template version. Refused
 * (DAICHO_ERROR_INVALID): quarter not 1–4, @date not a date, before the
 * quarter's first day or in the future, an inspector who had left by @date,
 * @inspector_id 0 when nobody held the office's システム利用責任者 post on
 * @date. DAICHO_ERROR_EXISTS when the office already has one for the
 * quarter. Returns the id or 0. */
gint64 daicho_inspection_store_new (DaichoDb *db, gint64 office_id, int fiscal_year, int quarter,
                                    const char *date, gint64 inspector_id, GError **error);

/* The sheet: every item of the inspection's version with its answer. */
GListStore *daicho_inspection_store_sheet (DaichoDb *db, gint64 id, GError **error);

/* Answers item @item_id (of the inspection's version) of a draft: @result
 * ok | ng | na. A 否 needs @finding and a corrective action: @action, unless
 * the item already has one on this sheet. Changing a 否 to 適 or 該当なし
 * withdraws its actions (marked void). Refused on a final sheet (amend it). */
gboolean daicho_inspection_store_answer (DaichoDb *db, gint64 id, gint64 item_id,
                                         const char *result, const char *finding,
                                         const DaichoInspectionActionInput *action,
                                         GError **error);

/* Another corrective action for a 否 item of a draft. Returns its id or 0. */
gint64 daicho_inspection_store_add_action (DaichoDb *db, gint64 id, gint64 item_id,
                                           const DaichoInspectionActionInput *action,
                                           GError **error);

/* Records that action @action_id was done on @done_date (not before the
 * inspection, not in the future). Allowed on final sheets too: actions are
 * carried until done. */
gboolean daicho_inspection_store_action_done (DaichoDb *db, gint64 action_id,
                                              const char *done_date, GError **error);

/* The actions of one inspection (voided ones included), by item. */
GListStore *daicho_inspection_store_actions (DaichoDb *db, gint64 id, GError **error);

/* Open actions of @office_id from inspections of quarters before
 * (@fiscal_year, @quarter), oldest first: what a new sheet carries.
 * "overdue" is judged as of @on (NULL: today). */
GListStore *daicho_inspection_store_carried (DaichoDb *db, gint64 office_id, int fiscal_year,
                                             int quarter, const char *on, GError **error);

/* 確定: every item answered, every 否 with an action. Locks the sheet. */
gboolean daicho_inspection_store_finalize (DaichoDb *db, gint64 id, GError **error);

/* Amends the answer of one item of a final sheet for @reason (required);
 * each changed field (result, finding) is recorded with the reason. The
 * rules of answering hold: a 否 needs a finding and an action. */
gboolean daicho_inspection_store_amend (DaichoDb *db, gint64 id, gint64 item_id,
                                        const char *result, const char *finding,
                                        const DaichoInspectionActionInput *action,
                                        const char *reason, GError **error);

/* The amendments of a sheet, oldest first. */
GListStore *daicho_inspection_store_amendments (DaichoDb *db, gint64 id, GError **error);

/* Confirmation of a final sheet by the current operator, who must hold the
 * 情報資産管理責任者 post today. Once only. */
gboolean daicho_inspection_store_confirm (DaichoDb *db, gint64 id, GError **error);

/* Evidence and overview */

/* What the designations and the ledger say about @office_id in the quarter,
 * judged as of @on (NULL: the quarter's last day, or today if earlier): one
 * DaichoInspectionEvidence per kind, in a fixed order, each with its count;
 * those with a breach propose 否. The inspector decides. */
GListStore *daicho_inspection_store_evidence (DaichoDb *db, gint64 office_id, int fiscal_year,
                                              int quarter, const char *on, GError **error);

/* The result @evidence proposes for the item @item_key ("ng" or NULL) and,
 * when it proposes one, the reasons joined in *@reason (new string). */
const char *daicho_inspection_evidence_proposal (GListModel *evidence, const char *item_key,
                                                 char **reason);

/* The fiscal-year overview: every active office × quarters 1–4, by office
 * code then quarter (DaichoInspectionCell). A quarter counts as ended when
 * its last day is before @on (NULL: today); overdue actions are due
 * before @on. */
GListStore *daicho_inspection_store_overview (DaichoDb *db, int fiscal_year, const char *on,
                                              GError **error);

/* Labels: results (適 否 該当なし) and states (未実施 下書き 確定). */
gboolean    daicho_inspection_result_parse      (const char *text, const char **result);
const char *daicho_inspection_result_label      (const char *result);  /* translated */
const char *daicho_inspection_result_form_label (const char *result);  /* 適 否 該当なし */
const char *daicho_inspection_state_label       (const char *state);   /* translated */
const char *daicho_inspection_state_form_label  (const char *state);   /* 未実施 下書き 確定 */

G_END_DECLS
