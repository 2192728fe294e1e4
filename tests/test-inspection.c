/* test-inspection.c — 点検シート (K5-3): the rules of daicho-inspection-store.h
 * through the public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test builds a small database of its own (two offices, posts, staff,
 * designations, places) in a fresh temporary folder and removes it. A
 * refused write is proven harmless by a snapshot of every committed row of
 * every table (audit_log included) taken before and compared after. Dates
 * are fixed ISO dates in fiscal 2021–2024, all in the past.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "daicho/daicho.h"
#include "test-util.h"

/* Every snapshot sees at least this many tables: the inspection's are among them. */
#define MIN_TABLES 20

/* The default checklist has this many items. */
#define N_DEFAULT_ITEMS 20

typedef struct
{
  char     *dir;
  char     *path;
  DaichoDb *db;
  gint64    office_a;     /* 131 中原区役所区民課 */
  gint64    office_b;     /* 132 高津区役所区民課 */
  gint64    p;            /* operator P */
  gint64    q;
  gint64    manager_a;    /* システム利用責任者 of A until 2024-06-30 */
  gint64    manager_a2;   /* … from 2024-07-01 */
  gint64    manager_b;
  gint64    asset;        /* 情報資産管理責任者 */
  gint64    printer;      /* designated for A */
  gint64    outsider;     /* of B, designated for A without permission (pending) from 2024-04-01 */
  gint64    place_a;      /* locks */
  gint64    tray_a;       /* locks until the test breaks it */
  gint64    usage_a;      /* post ids */
} Fx;

TEST_DEFINE_FIXTURE_FREE (Fx, fx_free)

static gint64
designate (Fx *fx, gint64 staff_id, gint64 office_id, const char *start, gboolean pending)
{
  g_autoptr(GError) error = NULL;
  DaichoDesignationInput input = {
    .staff_id = staff_id, .office_id = office_id, .scope = "both", .start_date = start,
    .supervised = -1, .pending = pending,
  };
  gint64 id = daicho_designation_store_add (fx->db, &input, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_place (Fx *fx, gint64 office_id, const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = daicho_place_store_add (fx->db, office_id, name, TRUE, &error);

  g_assert_no_error (error);
  return id;
}

static Fx *
fx_new (void)
{
  Fx *fx = g_new0 (Fx, 1);

  fx->db = test_open_tmp_db ("inspection", &fx->dir, &fx->path);
  test_add_two_offices (fx->db, &fx->office_a, &fx->office_b, &fx->p, &fx->q);
  fx->manager_a = test_add_staff (fx->db, "100003", "吉田 誠", fx->office_a);
  fx->manager_a2 = test_add_staff (fx->db, "100004", "中村 新", fx->office_a);
  fx->manager_b = test_add_staff (fx->db, "100005", "小林 隆", fx->office_b);
  fx->asset = test_add_staff (fx->db, "100006", "佐藤 太郎", fx->office_a);
  fx->printer = test_add_staff (fx->db, "100007", "山田 太郎", fx->office_a);
  fx->outsider = test_add_staff (fx->db, "100008", "高津 応援", fx->office_b);

  fx->usage_a = test_usage_manager_post (fx->db, fx->office_a);
  test_assign_post (fx->db, fx->usage_a, fx->manager_a, "2020-04-01");
  test_assign_post (fx->db, fx->usage_a, fx->manager_a2, "2024-07-01");
  test_assign_post (fx->db, test_usage_manager_post (fx->db, fx->office_b), fx->manager_b,
                    "2020-04-01");
  test_assign_post (fx->db, test_post_by_code (fx->db, "asset-manager"), fx->asset,
                    "2020-04-01");

  designate (fx, fx->p, fx->office_a, "2020-04-01", FALSE);
  designate (fx, fx->q, fx->office_a, "2020-04-01", FALSE);
  designate (fx, fx->printer, fx->office_a, "2020-04-01", FALSE);
  fx->place_a = add_place (fx, fx->office_a, "書庫A（施錠）");
  fx->tray_a = add_place (fx, fx->office_a, "カウンター下トレイ");
  return fx;
}

/* Helpers */

static gint64
new_ok (Fx *fx, gint64 office_id, int fy, int quarter, const char *date)
{
  g_autoptr(GError) error = NULL;
  gint64 id = daicho_inspection_store_new (fx->db, office_id, fy, quarter, date, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
new_refused (Fx *fx, gint64 office_id, int fy, int quarter, const char *date, int code,
             const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = test_snapshot (fx->path, MIN_TABLES);

  g_assert_cmpint (daicho_inspection_store_new (fx->db, office_id, fy, quarter, date, 0, &error),
                   ==, 0);
  test_assert_refused (&error, code, part);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
}

static DaichoInspection *
get_ok (Fx *fx, gint64 id)
{
  g_autoptr(GError) error = NULL;
  DaichoInspection *insp = daicho_inspection_store_get (fx->db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (insp);
  return insp;
}

/* The item id of @key on inspection @id's sheet. */
static gint64
item_of (Fx *fx, gint64 id, const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) sheet = daicho_inspection_store_sheet (fx->db, id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
    {
      g_autoptr(DaichoInspectionAnswer) a = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      if (g_str_equal (a->item_key, key))
        return a->item_id;
    }
  g_error ("no item %s on the sheet", key);
  return 0;
}

static void
answer_ok (Fx *fx, gint64 id, gint64 item_id, const char *result, const char *finding,
           const DaichoInspectionActionInput *action)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daicho_inspection_store_answer (fx->db, id, item_id, result, finding, action,
                                                 &error));
  g_assert_no_error (error);
}

static void
answer_refused (Fx *fx, gint64 id, gint64 item_id, const char *result, const char *finding,
                const DaichoInspectionActionInput *action, const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = test_snapshot (fx->path, MIN_TABLES);

  g_assert_false (daicho_inspection_store_answer (fx->db, id, item_id, result, finding, action,
                                                  &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, part);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
}

/* Answers every unanswered item 適. */
static void
answer_rest_ok (Fx *fx, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) sheet = daicho_inspection_store_sheet (fx->db, id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
    {
      g_autoptr(DaichoInspectionAnswer) a = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      if (a->result == NULL)
        answer_ok (fx, id, a->item_id, "ok", NULL, NULL);
    }
}

static void
finalize_ok (Fx *fx, gint64 id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daicho_inspection_store_finalize (fx->db, id, &error));
  g_assert_no_error (error);
}

/* Tests */

static void
test_template_default (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = daicho_inspection_template_items (fx->db, 0, &error);
  const char *order[] = { "第5条・第6条", "第7条", "第8条", "第9条", "第10条" };
  guint group = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, N_DEFAULT_ITEMS);
  for (guint i = 0; i < N_DEFAULT_ITEMS; i++)
    {
      g_autoptr(DaichoInspectionItem) it = g_list_model_get_item (G_LIST_MODEL (items), i);

      g_assert_cmpint (it->version, ==, 1);
      g_assert_cmpint (it->no, ==, i + 1);
      /* Grouped by article, in the order of the rules. */
      while (group < G_N_ELEMENTS (order) && !g_str_equal (it->article, order[group]))
        group++;
      g_assert_cmpuint (group, <, G_N_ELEMENTS (order));
      if (i == 0)
        {
          g_assert_cmpstr (it->item_key, ==, "designation_current");
          g_assert_cmpstr (it->text, ==, "取扱者を指定し、指定者の一覧を最新の状態に保っているか");
        }
    }
  g_assert_cmpuint (group, ==, G_N_ELEMENTS (order) - 1);
  test_assert_check_clean (fx->db);
}

static void
test_quarter_boundaries (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(DaichoInspection) q1 = NULL;
  g_autoptr(DaichoInspection) q2 = NULL;
  GDate d;
  gint64 id;

  /* The fiscal calendar itself: 31 March / 1 April, 30 June / 1 July. */
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 31, G_DATE_MARCH, 2025);
  g_assert_cmpint (daicho_fiscal_year_of (&d), ==, 2024);
  g_assert_cmpint (daicho_fiscal_quarter_of (&d), ==, 4);
  g_date_set_dmy (&d, 1, G_DATE_APRIL, 2025);
  g_assert_cmpint (daicho_fiscal_year_of (&d), ==, 2025);
  g_assert_cmpint (daicho_fiscal_quarter_of (&d), ==, 1);
  g_date_set_dmy (&d, 30, G_DATE_JUNE, 2024);
  g_assert_cmpint (daicho_fiscal_quarter_of (&d), ==, 1);
  g_date_set_dmy (&d, 1, G_DATE_JULY, 2024);
  g_assert_cmpint (daicho_fiscal_quarter_of (&d), ==, 2);

  /* An inspection lies in or after its quarter's first day. */
  new_refused (fx, fx->office_a, 2024, 1, "2024-03-31", DAICHO_ERROR_INVALID, "第1四半期");
  id = new_ok (fx, fx->office_a, 2024, 1, "2024-04-01");
  q1 = get_ok (fx, id);
  g_assert_cmpstr (q1->state, ==, "draft");
  g_assert_cmpint (q1->inspector_id, ==, fx->manager_a);
  g_assert_cmpint (q1->n_items, ==, N_DEFAULT_ITEMS);
  g_assert_cmpint (q1->n_answered, ==, 0);

  new_refused (fx, fx->office_a, 2024, 2, "2024-06-30", DAICHO_ERROR_INVALID, "第2四半期");
  /* On 1 July the new システム利用責任者 is the inspector. */
  id = new_ok (fx, fx->office_a, 2024, 2, "2024-07-01");
  q2 = get_ok (fx, id);
  g_assert_cmpint (q2->inspector_id, ==, fx->manager_a2);

  /* Q4 runs January to March of the next calendar year; a late one is allowed. */
  new_refused (fx, fx->office_a, 2024, 4, "2024-12-31", DAICHO_ERROR_INVALID, NULL);
  new_ok (fx, fx->office_a, 2024, 4, "2025-04-01");

  /* One per office and quarter; others refused. */
  new_refused (fx, fx->office_a, 2024, 1, "2024-05-01", DAICHO_ERROR_EXISTS, "中原区役所区民課");
  new_refused (fx, fx->office_a, 2024, 5, "2024-05-01", DAICHO_ERROR_INVALID, NULL);
  new_refused (fx, fx->office_a, 2024, 0, "2024-05-01", DAICHO_ERROR_INVALID, NULL);
  new_refused (fx, fx->office_a, 2024, 3, "2024-13-01", DAICHO_ERROR_INVALID, NULL);
  new_refused (fx, fx->office_a, 2099, 1, "2099-05-01", DAICHO_ERROR_INVALID, "future");
  /* Office B had no システム利用責任者 before 2020. */
  new_refused (fx, fx->office_b, 2019, 1, "2019-05-01", DAICHO_ERROR_INVALID,
               "システム利用責任者");
  new_ok (fx, fx->office_b, 2024, 1, "2024-04-01");
  test_assert_check_clean (fx->db);
}

static void
test_answer (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) actions = NULL;
  g_autoptr(DaichoInspection) insp = NULL;
  gint64 id = new_ok (fx, fx->office_a, 2024, 1, "2024-06-10");
  gint64 lock = item_of (fx, id, "lockable");
  DaichoInspectionActionInput action = {
    .what = "鍵を修理する", .owner_id = fx->printer, .due_date = "2024-06-30",
  };
  DaichoInspectionActionInput early = action;
  DaichoInspectionActionInput nobody = action;
  const char *code = NULL;

  early.due_date = "2024-06-01";
  nobody.owner_id = 9999;

  answer_refused (fx, id, lock, "maybe", NULL, NULL, "適");
  answer_refused (fx, id, lock, "ng", NULL, &action, "finding");
  answer_refused (fx, id, lock, "ng", "  ", &action, "finding");
  answer_refused (fx, id, lock, "ng", "トレイが施錠できない", NULL, "corrective action");
  answer_refused (fx, id, lock, "ng", "トレイが施錠できない", &early, "before the inspection");
  answer_refused (fx, id, lock, "ng", "トレイが施錠できない", &nobody, "staff member");
  answer_refused (fx, id, lock, "ok", NULL, &action, "否");
  answer_refused (fx, id, 999999, "ok", NULL, NULL, "checklist");

  answer_ok (fx, id, lock, "ng", "トレイが施錠できない", &action);
  /* A second 否 answer keeps the action it already has. */
  answer_ok (fx, id, lock, "ng", "トレイが施錠できない（再確認）", NULL);
  insp = get_ok (fx, id);
  g_assert_cmpint (insp->n_ng, ==, 1);
  g_assert_cmpint (insp->n_open_actions, ==, 1);

  /* The labels as typed. */
  g_assert_true (daicho_inspection_result_parse ("適", &code));
  g_assert_cmpstr (code, ==, "ok");
  g_assert_true (daicho_inspection_result_parse ("否", &code));
  g_assert_cmpstr (code, ==, "ng");
  g_assert_true (daicho_inspection_result_parse ("該当なし", &code));
  g_assert_cmpstr (code, ==, "na");
  g_assert_false (daicho_inspection_result_parse ("可", &code));
  g_assert_cmpstr (daicho_inspection_result_form_label ("na"), ==, "該当なし");
  g_assert_cmpstr (daicho_inspection_state_form_label ("final"), ==, "確定");
  g_assert_cmpstr (daicho_inspection_state_form_label ("none"), ==, "未実施");

  /* Withdrawing the 否 withdraws its action, which stays on record, void. */
  answer_ok (fx, id, lock, "ok", NULL, NULL);
  g_clear_object (&insp);
  insp = get_ok (fx, id);
  g_assert_cmpint (insp->n_ng, ==, 0);
  g_assert_cmpint (insp->n_open_actions, ==, 0);
  actions = daicho_inspection_store_actions (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (actions)), ==, 1);
  {
    g_autoptr(DaichoInspectionAction) a = g_list_model_get_item (G_LIST_MODEL (actions), 0);
    g_assert_nonnull (a->voided_at);
    g_assert_cmpstr (a->owner_name, ==, "山田 太郎");
  }
  test_assert_check_clean (fx->db);
}

static void
test_finalize (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) amendments = NULL;
  g_autoptr(DaichoInspection) insp = NULL;
  g_autofree char *before = NULL;
  gint64 id = new_ok (fx, fx->office_a, 2024, 1, "2024-06-10");
  gint64 lock = item_of (fx, id, "lockable");
  gint64 screen = item_of (fx, id, "screen_time");
  DaichoInspectionActionInput action = {
    .what = "鍵を修理する", .owner_id = fx->printer, .due_date = "2024-06-30",
  };

  answer_ok (fx, id, lock, "ng", "トレイが施錠できない", &action);

  /* Unanswered items: refused, and nothing changes. */
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_inspection_store_finalize (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "19 of the 20");
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  answer_rest_ok (fx, id);
  finalize_ok (fx, id);
  insp = get_ok (fx, id);
  g_assert_cmpstr (insp->state, ==, "final");
  g_assert_nonnull (insp->finalized_at);
  g_assert_cmpint (insp->n_answered, ==, N_DEFAULT_ITEMS);

  /* Locked: answering and finalising again are refused. */
  answer_refused (fx, id, screen, "na", NULL, NULL, "final");
  g_clear_pointer (&before, g_free);
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_inspection_store_finalize (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "final");
  /* An amendment needs a reason. */
  g_assert_false (daicho_inspection_store_amend (fx->db, id, screen, "na", "在宅勤務なし", NULL,
                                                 "  ", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "reason");
  g_assert_false (daicho_inspection_store_amend (fx->db, id, screen, "ok", NULL, NULL,
                                                 "確認し直した", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "nothing");
  /* Only the 情報資産管理責任者 confirms. */
  g_assert_false (daicho_inspection_store_confirm (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "情報資産管理責任者");
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  g_assert_true (daicho_inspection_store_amend (fx->db, id, screen, "na", "窓口端末なし", NULL,
                                                "点検時の記入誤り", &error));
  g_assert_no_error (error);
  amendments = daicho_inspection_store_amendments (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (amendments)), ==, 2);
  {
    g_autoptr(DaichoInspectionAmendment) m0 = g_list_model_get_item (G_LIST_MODEL (amendments), 0);
    g_autoptr(DaichoInspectionAmendment) m1 = g_list_model_get_item (G_LIST_MODEL (amendments), 1);

    g_assert_cmpstr (m0->field, ==, "result");
    g_assert_cmpstr (m0->old_value, ==, "適");
    g_assert_cmpstr (m0->new_value, ==, "該当なし");
    g_assert_cmpstr (m0->reason, ==, "点検時の記入誤り");
    g_assert_cmpstr (m0->amended_by_name, ==, "入力 一郎");
    g_assert_cmpint (m0->item_id, ==, screen);
    g_assert_cmpstr (m1->field, ==, "finding");
    g_assert_null (m1->old_value);
    g_assert_cmpstr (m1->new_value, ==, "窓口端末なし");
  }

  daicho_db_set_operator (fx->db, fx->asset);
  g_assert_true (daicho_inspection_store_confirm (fx->db, id, &error));
  g_assert_no_error (error);
  g_assert_false (daicho_inspection_store_confirm (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "already");
  g_clear_object (&insp);
  insp = get_ok (fx, id);
  g_assert_cmpstr (insp->confirmed_by_name, ==, "佐藤 太郎");
  test_assert_check_clean (fx->db);
}

static void
test_template_versions (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) old_sheet = NULL;
  g_autoptr(GListStore) new_sheet = NULL;
  g_autoptr(GListStore) v1 = NULL;
  g_autoptr(DaichoInspection) old_insp = NULL;
  g_autoptr(DaichoInspection) new_insp = NULL;
  g_autofree char *key = NULL;
  g_autofree char *before = NULL;
  gint64 old_id = new_ok (fx, fx->office_a, 2024, 1, "2024-06-10");
  gint64 new_id, t;

  answer_rest_ok (fx, old_id);
  finalize_ok (fx, old_id);

  t = daicho_inspection_template_reword (fx->db, "lockable",
                                         "保管する帳票等を施錠できる書庫等に保管し、鍵を適正に管理しているか",
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (t, >, 0);
  t = daicho_inspection_template_add (fx->db, "第10条", "障害時の縮退運用の手順を確認しているか",
                                      &key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (key);
  t = daicho_inspection_template_move (fx->db, "retention", 1, &error);
  g_assert_no_error (error);
  t = daicho_inspection_template_retire (fx->db, "screen_time", &error);
  g_assert_no_error (error);
  g_assert_cmpint (t, ==, daicho_inspection_template_current (fx->db, &error));

  /* Refusals change nothing. */
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_cmpint (daicho_inspection_template_retire (fx->db, "screen_time", &error), ==, 0);
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "screen_time");
  g_assert_cmpint (daicho_inspection_template_add (fx->db, "第11条", "何か", NULL, &error), ==, 0);
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "第10条");
  g_assert_cmpint (daicho_inspection_template_move (fx->db, "retention", 99, &error), ==, 0);
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "position");
  g_assert_cmpint (daicho_inspection_template_reword (fx->db, "lockable", "", &error), ==, 0);
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  /* The old sheet keeps version 1, word for word. */
  old_insp = get_ok (fx, old_id);
  g_assert_cmpint (old_insp->template_version, ==, 1);
  old_sheet = daicho_inspection_store_sheet (fx->db, old_id, &error);
  v1 = daicho_inspection_template_items (fx->db, old_insp->template_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (old_sheet)), ==, N_DEFAULT_ITEMS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (v1)), ==, N_DEFAULT_ITEMS);
  for (guint i = 0; i < N_DEFAULT_ITEMS; i++)
    {
      g_autoptr(DaichoInspectionAnswer) a = g_list_model_get_item (G_LIST_MODEL (old_sheet), i);
      g_autoptr(DaichoInspectionItem) it = g_list_model_get_item (G_LIST_MODEL (v1), i);

      g_assert_cmpstr (a->text, ==, it->text);
      g_assert_cmpstr (a->result, ==, "ok");
      if (g_str_equal (a->item_key, "lockable"))
        g_assert_cmpstr (a->text, ==, "保管する帳票等を施錠のできる書庫等に保管しているか");
    }
  {
    g_autoptr(DaichoInspectionAnswer) first = g_list_model_get_item (G_LIST_MODEL (old_sheet), 0);
    g_assert_cmpstr (first->item_key, ==, "designation_current");
  }

  /* A new sheet has version 5: reworded, added at the end of 第10条, moved, retired. */
  new_id = new_ok (fx, fx->office_a, 2024, 2, "2024-07-10");
  new_insp = get_ok (fx, new_id);
  g_assert_cmpint (new_insp->template_version, ==, 5);
  new_sheet = daicho_inspection_store_sheet (fx->db, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (new_sheet)), ==, N_DEFAULT_ITEMS);
  {
    g_autoptr(DaichoInspectionAnswer) first = g_list_model_get_item (G_LIST_MODEL (new_sheet), 0);
    g_autoptr(DaichoInspectionAnswer) last =
      g_list_model_get_item (G_LIST_MODEL (new_sheet), N_DEFAULT_ITEMS - 1);

    g_assert_cmpstr (first->item_key, ==, "retention");
    g_assert_cmpint (first->no, ==, 1);
    g_assert_cmpstr (last->item_key, ==, key);
    g_assert_cmpstr (last->article, ==, "第10条");
  }
  for (guint i = 0; i < N_DEFAULT_ITEMS; i++)
    {
      g_autoptr(DaichoInspectionAnswer) a = g_list_model_get_item (G_LIST_MODEL (new_sheet), i);
      g_assert_cmpstr (a->item_key, !=, "screen_time");
      if (g_str_equal (a->item_key, "lockable"))
        g_assert_cmpstr (a->text, ==,
                         "保管する帳票等を施錠できる書庫等に保管し、鍵を適正に管理しているか");
    }
  /* An item of the old version is not on the new sheet. */
  answer_refused (fx, new_id, item_of (fx, old_id, "lockable"), "ok", NULL, NULL, "checklist");
  test_assert_check_clean (fx->db);
}

static void
test_evidence (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) a = NULL;
  g_autoptr(GListStore) b = NULL;
  g_autoptr(DaichoRetentionClass) class_1 = NULL;
  g_autofree char *reason = NULL;
  const char * const keys[] = { "outside_permission", "retention", "lockable", "checked_by_other",
                                "designation_current", "ledger_current", "disposal_method" };
  DaichoLedgerInput old = {
    .office_id = fx->office_a, .form_name = "住民票の写し", .output_date = "2021-05-01",
    .printed_by = fx->printer, .copies = 1, .basis = "request", .basis_ref = "請求第1号",
    .place_id = fx->place_a,
  };
  DaichoLedgerInput recent = old;
  gint64 old_id, recent_id;

  class_1 = daicho_retention_store_get_by_code (fx->db, "1", &error);
  g_assert_no_error (error);
  old.retention_class_id = recent.retention_class_id = class_1->id;
  recent.output_date = "2024-05-10";
  recent.place_id = fx->tray_a;

  /* Before anything is wrong, nothing is proposed but the review: A's
   * システム利用責任者 changed on 1 July 2024 and nobody has confirmed the
   * three designations since (review flags are today's, as on the tab). */
  a = daicho_inspection_store_evidence (fx->db, fx->office_a, 2024, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (a)), ==, 5);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    if (!g_str_equal (keys[k], "designation_current"))
      g_assert_null (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), keys[k], NULL));
  {
    g_autoptr(DaichoInspectionEvidence) review = g_list_model_get_item (G_LIST_MODEL (a), 1);
    g_assert_cmpstr (review->kind, ==, "review");
    g_assert_cmpint (review->count, ==, 3);
    g_assert_cmpstr (review->proposed_result, ==, "ng");
  }
  g_clear_object (&a);

  /* Seeded breaches: a designation without permission, a form kept past its
   * retention (1 year from April 2022: until 2023-03-31), a form in a place
   * whose lock broke, an entry nobody else checked. */
  designate (fx, fx->outsider, fx->office_a, "2024-04-01", TRUE);
  old_id = daicho_ledger_store_add (fx->db, &old, &error);
  g_assert_no_error (error);
  daicho_db_set_operator (fx->db, fx->q);
  g_assert_true (daicho_ledger_store_check (fx->db, old_id, &error));
  g_assert_no_error (error);
  daicho_db_set_operator (fx->db, fx->p);
  recent_id = daicho_ledger_store_add (fx->db, &recent, &error);
  g_assert_no_error (error);
  g_assert_cmpint (recent_id, >, 0);
  g_assert_true (daicho_place_store_update (fx->db, fx->tray_a, "カウンター下トレイ", FALSE,
                                            &error));
  g_assert_no_error (error);

  a = daicho_inspection_store_evidence (fx->db, fx->office_a, 2024, 1, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (a)); i++)
    {
      g_autoptr(DaichoInspectionEvidence) e = g_list_model_get_item (G_LIST_MODEL (a), i);
      g_test_message ("%s (%s): %" G_GINT64_FORMAT " — %s", e->kind, e->item_keys, e->count,
                      e->text);
      if (g_str_equal (e->kind, "review"))
        continue;
      g_assert_cmpint (e->count, ==, g_str_equal (e->kind, "unchecked") ? 2 : 1);
      g_assert_cmpstr (e->proposed_result, ==, "ng");
    }
  g_assert_cmpstr (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "outside_permission",
                                                        &reason), ==, "ng");
  g_assert_nonnull (strstr (reason, "第6条"));
  g_clear_pointer (&reason, g_free);
  g_assert_cmpstr (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "retention", &reason),
                   ==, "ng");
  g_assert_nonnull (strstr (reason, "第9条第4項"));
  g_clear_pointer (&reason, g_free);
  g_assert_cmpstr (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "lockable", &reason),
                   ==, "ng");
  g_assert_nonnull (strstr (reason, "第9条第2項"));
  g_clear_pointer (&reason, g_free);
  g_assert_cmpstr (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "checked_by_other",
                                                        NULL), ==, "ng");
  g_assert_null (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "terminal_off", &reason));
  g_assert_null (reason);

  /* As of a day before the breaches, only the old form was already due. */
  g_clear_object (&a);
  a = daicho_inspection_store_evidence (fx->db, fx->office_a, 2023, 4, "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "retention", NULL), ==,
                   "ng");
  g_assert_null (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "outside_permission",
                                                      NULL));
  g_assert_null (daicho_inspection_evidence_proposal (G_LIST_MODEL (a), "checked_by_other",
                                                      NULL));

  /* Office B's records are clean. */
  b = daicho_inspection_store_evidence (fx->db, fx->office_b, 2024, 1, NULL, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    g_assert_null (daicho_inspection_evidence_proposal (G_LIST_MODEL (b), keys[k], NULL));
  test_assert_check_clean (fx->db);
}

static void
test_carried (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) carried = NULL;
  g_autofree char *before = NULL;
  gint64 q1 = new_ok (fx, fx->office_a, 2024, 1, "2024-06-10");
  gint64 q2;
  DaichoInspectionActionInput action = {
    .what = "鍵を修理する", .owner_id = fx->printer, .due_date = "2024-06-30",
  };

  answer_ok (fx, q1, item_of (fx, q1, "lockable"), "ng", "トレイが施錠できない", &action);
  answer_rest_ok (fx, q1);
  finalize_ok (fx, q1);

  q2 = new_ok (fx, fx->office_a, 2024, 2, "2024-08-01");
  carried = daicho_inspection_store_carried (fx->db, fx->office_a, 2024, 2, "2024-08-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (carried)), ==, 1);
  {
    g_autoptr(DaichoInspectionAction) a = g_list_model_get_item (G_LIST_MODEL (carried), 0);
    g_autoptr(DaichoInspection) insp = get_ok (fx, q1);

    g_assert_cmpint (a->quarter, ==, 1);
    g_assert_cmpstr (a->what, ==, "鍵を修理する");
    g_assert_true (a->overdue);
    g_assert_cmpint (a->item_no, ==, 16);

    /* Done before the inspection that found it: refused. */
    before = test_snapshot (fx->path, MIN_TABLES);
    g_assert_false (daicho_inspection_store_action_done (fx->db, a->id, "2024-06-01", &error));
    test_assert_refused (&error, DAICHO_ERROR_INVALID, "before the inspection");
    g_assert_false (daicho_inspection_store_action_done (fx->db, a->id, "2099-06-01", &error));
    test_assert_refused (&error, DAICHO_ERROR_INVALID, "future");
    test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

    /* Done on a final sheet: allowed, and no longer carried. */
    g_assert_true (daicho_inspection_store_action_done (fx->db, a->id, "2024-07-20", &error));
    g_assert_no_error (error);
    g_assert_false (daicho_inspection_store_action_done (fx->db, a->id, "2024-07-21", &error));
    test_assert_refused (&error, DAICHO_ERROR_INVALID, "already");
    g_assert_cmpstr (insp->state, ==, "final");
  }
  g_clear_object (&carried);
  carried = daicho_inspection_store_carried (fx->db, fx->office_a, 2024, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (carried)), ==, 0);
  g_assert_cmpint (q2, >, 0);
  test_assert_check_clean (fx->db);
}

static void
test_overview (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) cells = NULL;
  gint64 q1 = new_ok (fx, fx->office_a, 2024, 1, "2024-06-10");
  DaichoInspectionActionInput action = {
    .what = "鍵を修理する", .owner_id = fx->printer, .due_date = "2024-06-30",
  };
  struct { const char *state; gint64 ng, open, overdue; gboolean missing; } want[8] = {
    { "final", 1, 1, 1, FALSE }, { "draft", 0, 0, 0, TRUE }, { "none", 0, 0, 0, FALSE },
    { "none", 0, 0, 0, FALSE },
    { "none", 0, 0, 0, TRUE }, { "none", 0, 0, 0, TRUE }, { "none", 0, 0, 0, FALSE },
    { "none", 0, 0, 0, FALSE },
  };

  answer_ok (fx, q1, item_of (fx, q1, "lockable"), "ng", "トレイが施錠できない", &action);
  answer_rest_ok (fx, q1);
  finalize_ok (fx, q1);
  new_ok (fx, fx->office_a, 2024, 2, "2024-08-01");

  /* As of 15 October: Q1 and Q2 ended, Q3 running, Q4 to come. */
  cells = daicho_inspection_store_overview (fx->db, 2024, "2024-10-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cells)), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(DaichoInspectionCell) c = g_list_model_get_item (G_LIST_MODEL (cells), i);

      g_assert_cmpint (c->office_id, ==, i < 4 ? fx->office_a : fx->office_b);
      g_assert_cmpint (c->quarter, ==, i % 4 + 1);
      g_assert_cmpstr (c->state, ==, want[i].state);
      g_assert_cmpint (c->n_ng, ==, want[i].ng);
      g_assert_cmpint (c->n_open_actions, ==, want[i].open);
      g_assert_cmpint (c->n_overdue_actions, ==, want[i].overdue);
      g_assert_cmpint (c->missing, ==, want[i].missing);
    }

  /* Before the action was due, it is open but not overdue. */
  g_clear_object (&cells);
  cells = daicho_inspection_store_overview (fx->db, 2024, "2024-06-20", &error);
  g_assert_no_error (error);
  {
    g_autoptr(DaichoInspectionCell) c = g_list_model_get_item (G_LIST_MODEL (cells), 0);
    g_assert_cmpint (c->n_overdue_actions, ==, 0);
    g_assert_false (c->missing);
  }
  test_assert_check_clean (fx->db);
}

static void
test_demo (void)
{
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(GError) error = NULL;
  DaichoDb *db = test_open_tmp_db ("inspection-demo", &dir, &path);
  g_autoptr(GListStore) cells = NULL;
  GDate today;
  guint missing = 0, final = 0;
  int fy;

  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  daicho_date_today (&today);
  fy = daicho_fiscal_year_of (&today);
  g_assert_cmpint (test_db_int (db, "SELECT count (*) FROM inspection_answer WHERE result = 'ng'"),
                   >, 0);
  g_assert_cmpint (test_db_int (db, "SELECT count (*) FROM inspection_action"
                                    " WHERE done_date IS NULL"), >, 0);
  for (int y = fy - 2; y <= fy; y++)
    {
      g_clear_object (&cells);
      cells = daicho_inspection_store_overview (db, y, NULL, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cells)); i++)
        {
          g_autoptr(DaichoInspectionCell) c = g_list_model_get_item (G_LIST_MODEL (cells), i);
          missing += c->missing;
          final += g_str_equal (c->state, "final");
        }
    }
  g_assert_cmpuint (missing, ==, 1);
  g_assert_cmpuint (final, >, 20);
  test_assert_check_clean (db);
  test_close_tmp_db (&db, &dir, &path);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inspection/template-default", test_template_default);
  g_test_add_func ("/inspection/quarter-boundaries", test_quarter_boundaries);
  g_test_add_func ("/inspection/answer", test_answer);
  g_test_add_func ("/inspection/finalize", test_finalize);
  g_test_add_func ("/inspection/template-versions", test_template_versions);
  g_test_add_func ("/inspection/evidence", test_evidence);
  g_test_add_func ("/inspection/carried", test_carried);
  g_test_add_func ("/inspection/overview", test_overview);
  g_test_add_func ("/inspection/demo", test_demo);
  return g_test_run ();
}
