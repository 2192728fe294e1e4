/* test-designation.c — 取扱者指定 (K5-1, K6): the rules of
 * daicho-designation-store.h, checked through the public store API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test builds a small database of its own in a fresh temporary folder
 * (offices, staff and post holders made with the public stores, not the
 * demo, except where the demo itself is tested) and removes it afterwards.
 * A refused write is proven harmless by a snapshot of every committed row
 * of every table (audit_log included) taken before and compared after.
 *
 * Dates are ISO text. The review list is computed for today, so the review
 * tests use dates relative to daicho_date_today(); the other tests use fixed
 * dates in 2024–2025, which are in the past.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "daicho/daicho.h"
#include "test-util.h"

/* Every snapshot sees at least this many tables: the designation tables are among them. */
#define MIN_TABLES 11

/* Helpers: dates */

static char *
days_from_today (int days)
{
  GDate date;

  daicho_date_today (&date);
  if (days > 0)
    g_date_add_days (&date, days);
  else if (days < 0)
    g_date_subtract_days (&date, -days);
  return daicho_date_to_iso (&date);
}

/* Helpers: a database of two offices */

typedef struct
{
  char     *dir;
  char     *path;
  DaichoDb *db;
  gint64    office_a;   /* 131 中原区役所区民課: designates */
  gint64    office_b;   /* 132 高津区役所区民課: the staff "outside the line" */
  gint64    usage_a;    /* its システム利用責任者 post */
  gint64    usage_b;
  gint64    asset;      /* 情報資産管理責任者 post */
  gint64    p;          /* operator P: enters (office A) */
  gint64    q;          /* operator Q: checks (office A) */
  guint     next_emp;   /* employee numbers of staff added later */
} Fx;

TEST_DEFINE_FIXTURE_FREE (Fx, fx_free)

static Fx *
fx_new (void)
{
  Fx *fx = g_new0 (Fx, 1);

  fx->db = test_open_tmp_db ("designation", &fx->dir, &fx->path);
  fx->next_emp = 100101;

  test_add_two_offices (fx->db, &fx->office_a, &fx->office_b, &fx->p, &fx->q);
  fx->usage_a = test_usage_manager_post (fx->db, fx->office_a);
  fx->usage_b = test_usage_manager_post (fx->db, fx->office_b);
  fx->asset = test_post_by_code (fx->db, "asset-manager");
  return fx;
}

/* A staff member of office A holding its システム利用責任者 post from @from. */
static gint64
add_usage_manager_a (Fx *fx, const char *name, const char *from)
{
  gint64 id = test_add_staff_next (fx->db, &fx->next_emp, name, fx->office_a);

  test_assign_post (fx->db, fx->usage_a, id, from);
  return id;
}

/* Helpers: designations */

static DaichoDesignationInput
input_of (gint64 staff_id, gint64 office_id, const char *scope, const char *start)
{
  return (DaichoDesignationInput) {
    .staff_id = staff_id, .office_id = office_id, .scope = scope, .start_date = start,
    .supervised = -1,
  };
}

static gint64
add_ok (Fx *fx, const DaichoDesignationInput *input)
{
  g_autoptr(GError) error = NULL;
  gint64 id = daicho_designation_store_add (fx->db, input, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
designate (Fx *fx, gint64 staff_id, gint64 office_id, const char *scope, const char *start)
{
  DaichoDesignationInput input = input_of (staff_id, office_id, scope, start);

  return add_ok (fx, &input);
}

/* daicho_designation_store_add must refuse @input with DAICHO_ERROR_INVALID
 * (and @part in the message) and write nothing. */
static void
add_refused (Fx *fx, const DaichoDesignationInput *input, const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = test_snapshot (fx->path, MIN_TABLES);

  g_assert_cmpint (daicho_designation_store_add (fx->db, input, &error), ==, 0);
  test_assert_refused (&error, DAICHO_ERROR_INVALID, part);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
}

static DaichoDesignation *
get_ok (Fx *fx, gint64 id)
{
  g_autoptr(GError) error = NULL;
  DaichoDesignation *d = daicho_designation_store_get (fx->db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  g_assert_cmpint (d->id, ==, id);
  return d;
}

/* The designation @id in @list, or NULL. */
static DaichoDesignation *
find_in (GListStore *list, gint64 id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      DaichoDesignation *d = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (d->id == id)
        return d;
      g_object_unref (d);
    }
  return NULL;
}

static GListStore *
list_ok (Fx *fx, gint64 office_id, const char *on, const char *state)
{
  g_autoptr(GError) error = NULL;
  DaichoDesignationFilter filter = { .office_id = office_id, .on = on, .state = state };
  GListStore *list = daicho_designation_store_list (fx->db, &filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

/* The state of @id as of @on, as the list computes it. */
static char *
state_on (Fx *fx, gint64 id, const char *on)
{
  g_autoptr(GListStore) list = list_ok (fx, 0, on, NULL);
  g_autoptr(DaichoDesignation) d = find_in (list, id);

  g_assert_nonnull (d);
  return g_strdup (d->state);
}

/* The ids of @list, sorted, as text ("3 5 7"). */
static char *
ids_of (GListStore *list)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoDesignation) d = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_array_append_val (ids, d->id);
    }
  for (guint i = 0; i < ids->len; i++)
    for (guint j = i + 1; j < ids->len; j++)
      if (g_array_index (ids, gint64, j) < g_array_index (ids, gint64, i))
        {
          gint64 t = g_array_index (ids, gint64, i);
          g_array_index (ids, gint64, i) = g_array_index (ids, gint64, j);
          g_array_index (ids, gint64, j) = t;
        }
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? " " : "",
                            g_array_index (ids, gint64, i));
  return g_string_free (out, FALSE);
}

/* The review flags of @id in today's review list, or NULL when not listed. */
static char *
review_flags_of (Fx *fx, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) review = daicho_designation_store_review (fx->db, 0, &error);
  g_autoptr(DaichoDesignation) d = NULL;

  g_assert_no_error (error);
  d = find_in (review, id);
  if (d == NULL)
    return NULL;
  g_assert_cmpstr (d->review_flags, !=, "");
  return g_strdup (d->review_flags);
}

static gboolean
has_flag (const char *flags, const char *flag)
{
  g_auto(GStrv) words = g_strsplit (flags ? flags : "", " ", -1);

  return g_strv_contains ((const char * const *) words, flag);
}

/* 1. Own staff: supervised (derived), accepted; the designating manager is
 * whoever held the office's システム利用責任者 post on the start date. */
static void
test_own_staff_manager (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDesignation) d1 = NULL;
  g_autoptr(DaichoDesignation) d2 = NULL;
  g_autofree char *x_name = NULL, *y_name = NULL, *p_name = NULL;
  g_autofree char *before = NULL;
  gint64 x, y, s1, s2, id1, id2;
  DaichoDesignationInput input;

  x = add_usage_manager_a (fx, "前任 課長", "2024-04-01");
  y = test_add_staff_next (fx->db, &fx->next_emp, "後任 課長", fx->office_a);
  test_assign_post (fx->db, fx->usage_a, y, "2025-04-01");   /* X until 2025-03-31 */
  s1 = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  s2 = test_add_staff_next (fx->db, &fx->next_emp, "松本 亮", fx->office_a);
  x_name = test_staff_name (fx->db, x);
  y_name = test_staff_name (fx->db, y);
  p_name = test_staff_name (fx->db, fx->p);

  /* Validating alone writes nothing. */
  before = test_snapshot (fx->path, MIN_TABLES);
  input = input_of (s1, fx->office_a, "juki", "2025-03-15");
  g_assert_true (daicho_designation_input_validate (fx->db, &input, &error));
  g_assert_no_error (error);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  id1 = add_ok (fx, &input);
  id2 = designate (fx, s2, fx->office_a, "juki", "2025-04-01");
  g_assert_cmpint (id1, !=, id2);

  d1 = get_ok (fx, id1);
  g_assert_cmpint (d1->staff_id, ==, s1);
  g_assert_cmpint (d1->office_id, ==, fx->office_a);
  g_assert_cmpstr (d1->office_code, ==, "131");
  g_assert_cmpstr (d1->scope, ==, "juki");
  g_assert_cmpstr (d1->start_date, ==, "2025-03-15");
  g_assert_null (d1->end_date);
  g_assert_true (d1->supervised);
  g_assert_null (d1->supervision_reason);
  g_assert_null (d1->permission_date);
  g_assert_null (d1->permission_granter);
  g_assert_cmpint (d1->manager_id, ==, x);
  g_assert_cmpstr (d1->manager_name, ==, x_name);
  g_assert_cmpstr (d1->entered_by_name, ==, p_name);
  g_assert_nonnull (d1->entered_at);
  g_assert_null (d1->checked_by_name);

  d2 = get_ok (fx, id2);
  g_assert_true (d2->supervised);
  g_assert_cmpint (d2->manager_id, ==, y);
  g_assert_cmpstr (d2->manager_name, ==, y_name);
  /* Y designated and still holds the post: nothing to review. */
  g_assert_cmpstr (d2->state, ==, "active");
  g_assert_cmpstr (d2->review_flags, ==, "");

  /* As of its first day it is in effect; the day before, not yet. */
  {
    g_autofree char *on_start = state_on (fx, id1, "2025-03-15");
    g_autofree char *before_start = state_on (fx, id1, "2025-03-14");

    g_assert_cmpstr (on_start, ==, "active");
    g_assert_cmpstr (before_start, ==, "future");
  }
  test_assert_check_clean (fx->db);
}

/* 2. Nobody holds the システム利用責任者 post on the start date: refused. */
static void
test_no_usage_manager (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  gint64 x, s;
  DaichoDesignationInput input;

  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);

  /* No holder at all. */
  input = input_of (s, fx->office_a, "juki", "2025-04-01");
  add_refused (fx, &input, "システム利用責任者");
  g_assert_false (daicho_designation_input_validate (fx->db, &input, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);

  /* Before the first holder begins. */
  x = add_usage_manager_a (fx, "吉田 誠", "2025-04-01");
  input = input_of (s, fx->office_a, "juki", "2025-03-31");
  add_refused (fx, &input, "システム利用責任者");

  /* After the post fell vacant. */
  g_assert_true (daicho_post_store_vacate (fx->db, fx->usage_a, "2025-09-30", &error));
  g_assert_no_error (error);
  input = input_of (s, fx->office_a, "juki", "2025-10-01");
  add_refused (fx, &input, "システム利用責任者");

  /* Another office's manager does not count: B's post is held, A's is not. */
  test_assign_post (fx->db, fx->usage_b, x, "2025-10-01");
  add_refused (fx, &input, "システム利用責任者");

  /* While X held it. */
  input = input_of (s, fx->office_a, "juki", "2025-09-30");
  g_assert_cmpint (add_ok (fx, &input), >, 0);
  test_assert_check_clean (fx->db);
}

/* 3. 第6条: staff of another office need the 情報資産管理責任者's permission
 * dated on or before the start, or are kept as pending. */
static void
test_prior_permission (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *g1_name = NULL, *g2_name = NULL;
  g_autofree char *before = NULL;
  gint64 g1, g2, b1, b2, b3, b4, b5, id, pending1, pending2;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  /* 情報資産管理責任者: G1 until 2025-03-31, G2 from 2025-04-01. */
  g1 = test_add_staff_next (fx->db, &fx->next_emp, "佐藤 太郎", fx->office_a);
  g2 = test_add_staff_next (fx->db, &fx->next_emp, "鈴木 恵子", fx->office_a);
  test_assign_post (fx->db, fx->asset, g1, "2024-04-01");
  test_assign_post (fx->db, fx->asset, g2, "2025-04-01");
  g1_name = test_staff_name (fx->db, g1);
  g2_name = test_staff_name (fx->db, g2);
  b1 = test_add_staff_next (fx->db, &fx->next_emp, "高橋 浩二", fx->office_b);
  b2 = test_add_staff_next (fx->db, &fx->next_emp, "田中 花子", fx->office_b);
  b3 = test_add_staff_next (fx->db, &fx->next_emp, "伊藤 直樹", fx->office_b);
  b4 = test_add_staff_next (fx->db, &fx->next_emp, "渡辺 彩", fx->office_b);
  b5 = test_add_staff_next (fx->db, &fx->next_emp, "山本 健一", fx->office_b);

  /* Without permission. */
  input = input_of (b1, fx->office_a, "juki", "2025-04-01");
  add_refused (fx, &input, "第6条");
  g_assert_false (daicho_designation_input_validate (fx->db, &input, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "第6条");

  /* A permission given after the start is no prior permission. */
  input.permission_date = "2025-04-02";
  input.permission_ref = "情資第1号";
  add_refused (fx, &input, "第6条");

  /* Nor is a permission that is not a date. */
  input.permission_date = "2025-02-30";
  add_refused (fx, &input, NULL);

  /* Given on the start day: accepted, granted by G2 (the holder that day). */
  input.permission_date = "2025-04-01";
  id = add_ok (fx, &input);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_false (d->supervised);
    g_assert_cmpstr (d->permission_date, ==, "2025-04-01");
    g_assert_cmpstr (d->permission_ref, ==, "情資第1号");
    g_assert_cmpstr (d->permission_granter, ==, g2_name);
    g_assert_cmpstr (d->state, ==, "active");
    g_assert_cmpstr (d->review_flags, ==, "");
  }
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM permission WHERE staff_id = %"
                                G_GINT64_FORMAT " AND granted_by = %" G_GINT64_FORMAT,
                                b1, g2), ==, 1);

  /* Given before: accepted, granted by G1 (the holder on 2025-03-20). */
  input = input_of (b2, fx->office_a, "both", "2025-04-01");
  input.permission_date = "2025-03-20";
  input.permission_ref = "情資第2号";
  id = add_ok (fx, &input);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_cmpstr (d->permission_date, ==, "2025-03-20");
    g_assert_cmpstr (d->permission_granter, ==, g1_name);
    g_assert_cmpstr (d->state, ==, "active");
  }

  /* Nobody held the 情報資産管理責任者 post on the permission date. */
  input = input_of (b3, fx->office_a, "juki", "2025-04-01");
  input.permission_date = "2024-03-01";
  input.permission_ref = "情資第3号";
  add_refused (fx, &input, "情報資産管理責任者");

  /* A blank or missing reference. */
  input.permission_date = "2025-03-01";
  input.permission_ref = " 　";
  add_refused (fx, &input, NULL);
  input.permission_ref = NULL;
  add_refused (fx, &input, NULL);

  /* Pending does not excuse a permission given too late. */
  input = input_of (b3, fx->office_a, "juki", "2025-04-01");
  input.pending = TRUE;
  input.permission_date = "2025-04-02";
  input.permission_ref = "情資第3号";
  add_refused (fx, &input, "第6条");

  /* Pending: kept, not in effect, flagged for review. */
  input = input_of (b4, fx->office_a, "inkan", "2025-04-01");
  input.pending = TRUE;
  pending1 = add_ok (fx, &input);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, pending1);
    g_autofree char *flags = review_flags_of (fx, pending1);

    g_assert_false (d->supervised);
    g_assert_null (d->permission_date);
    g_assert_cmpstr (d->state, ==, "pending");
    g_assert_true (has_flag (d->review_flags, "permission"));
    g_assert_true (has_flag (flags, "permission"));
  }
  {
    g_autofree char *s = state_on (fx, pending1, "2025-05-01");
    g_assert_cmpstr (s, ==, "pending");
  }

  /* Permission dated after the start: refused. */
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_permit (fx->db, pending1, "2025-04-02", "情資第4号",
                                                   &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "第6条");
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  /* A blank reference: refused. */
  g_assert_false (daicho_designation_store_permit (fx->db, pending1, "2025-04-01", "", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  /* No 情報資産管理責任者 that day: refused. */
  g_assert_false (daicho_designation_store_permit (fx->db, pending1, "2024-01-10", "情資第4号",
                                                   &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "情報資産管理責任者");
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  /* On the start day: in effect. */
  g_assert_true (daicho_designation_store_permit (fx->db, pending1, "2025-04-01", "情資第4号",
                                                  &error));
  g_assert_no_error (error);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, pending1);
    g_autofree char *flags = review_flags_of (fx, pending1);

    g_assert_cmpstr (d->state, ==, "active");
    g_assert_cmpstr (d->review_flags, ==, "");
    g_assert_cmpstr (d->permission_date, ==, "2025-04-01");
    g_assert_cmpstr (d->permission_ref, ==, "情資第4号");
    g_assert_cmpstr (d->permission_granter, ==, g2_name);
    g_assert_null (flags);
  }

  /* A second permit is refused: it is no longer waiting. */
  g_clear_pointer (&before, g_free);
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_permit (fx->db, pending1, "2025-03-01", "情資第5号",
                                                   &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  /* Before the start day: in effect, granted by the holder of that day. */
  input = input_of (b5, fx->office_a, "juki", "2025-04-01");
  input.pending = TRUE;
  pending2 = add_ok (fx, &input);
  g_assert_true (daicho_designation_store_permit (fx->db, pending2, "2025-03-25", "情資第6号",
                                                  &error));
  g_assert_no_error (error);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, pending2);

    g_assert_cmpstr (d->state, ==, "active");
    g_assert_cmpstr (d->permission_granter, ==, g1_name);
  }
  test_assert_check_clean (fx->db);
}

/* 4. Supervision differing from the office needs a reason; outside staff
 * under the manager's supervision need no permission. */
static void
test_supervision_override (void)
{
  g_autoptr(Fx) fx = fx_new ();
  gint64 b, s, id;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  b = test_add_staff_next (fx->db, &fx->next_emp, "高橋 浩二", fx->office_b);
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);

  input = input_of (b, fx->office_a, "juki", "2025-04-01");
  input.supervised = 1;
  add_refused (fx, &input, NULL);
  input.supervision_reason = " 　 ";
  add_refused (fx, &input, NULL);

  input.supervision_reason = "中原区民課の窓口に常駐し、同課長の監督下で事務を行うため";
  id = add_ok (fx, &input);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_true (d->supervised);
    g_assert_cmpstr (d->supervision_reason, ==, input.supervision_reason);
    g_assert_null (d->permission_date);
    g_assert_cmpstr (d->state, ==, "active");
    g_assert_cmpstr (d->review_flags, ==, "");
  }

  /* The other way round: own staff declared outside the supervision also
   * need a reason, and then the permission. */
  input = input_of (s, fx->office_a, "juki", "2025-04-01");
  input.supervised = 0;
  add_refused (fx, &input, NULL);
  input.supervision_reason = "他課の指揮下で従事するため";
  add_refused (fx, &input, "第6条");
  test_assert_check_clean (fx->db);
}

/* 5. No two open designations of one person by one office for the same work. */
static void
test_overlap (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  gint64 s, t, id1, id2;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  test_assign_post (fx->db, fx->usage_b,
                    test_add_staff_next (fx->db, &fx->next_emp, "鈴木 直樹", fx->office_b),
                    "2024-04-01");
  test_assign_post (fx->db, fx->asset,
                    test_add_staff_next (fx->db, &fx->next_emp, "佐藤 太郎", fx->office_a),
                    "2024-04-01");
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  t = test_add_staff_next (fx->db, &fx->next_emp, "松本 亮", fx->office_a);

  id1 = designate (fx, s, fx->office_a, "juki", "2025-04-01");

  /* juki + juki, juki + both, and a start before the open one's. */
  input = input_of (s, fx->office_a, "juki", "2025-05-01");
  add_refused (fx, &input, NULL);
  g_assert_false (daicho_designation_input_validate (fx->db, &input, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  input = input_of (s, fx->office_a, "both", "2025-05-01");
  add_refused (fx, &input, NULL);
  input = input_of (s, fx->office_a, "juki", "2025-03-01");
  add_refused (fx, &input, NULL);

  /* juki + inkan: different work, accepted. */
  id2 = designate (fx, s, fx->office_a, "inkan", "2025-05-01");
  g_assert_cmpint (id2, >, id1);

  /* both + inkan. */
  designate (fx, t, fx->office_a, "both", "2025-04-01");
  input = input_of (t, fx->office_a, "inkan", "2025-05-01");
  add_refused (fx, &input, NULL);
  input = input_of (t, fx->office_a, "juki", "2025-05-01");
  add_refused (fx, &input, NULL);

  /* By another office: accepted (with that office's permission). */
  input = input_of (s, fx->office_b, "juki", "2025-05-01");
  input.permission_date = "2025-04-20";
  input.permission_ref = "情資第7号";
  add_ok (fx, &input);

  /* Once the first has ended the day before, a new one may begin. */
  g_assert_true (daicho_designation_store_end (fx->db, id1, "2025-06-30", "duty_change", NULL,
                                               &error));
  g_assert_no_error (error);
  input = input_of (s, fx->office_a, "juki", "2025-06-30");
  add_refused (fx, &input, NULL);
  input = input_of (s, fx->office_a, "juki", "2025-07-01");
  add_ok (fx, &input);
  test_assert_check_clean (fx->db);
}

/* 6. Staff who have left cannot be designated after their last day. */
static void
test_left_staff (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  gint64 s;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  g_assert_true (daicho_staff_store_mark_left (fx->db, s, "2025-03-31", "退職", &error));
  g_assert_no_error (error);

  input = input_of (s, fx->office_a, "juki", "2025-04-01");
  add_refused (fx, &input, NULL);
  input = input_of (s, fx->office_a, "juki", "2025-03-31");
  add_ok (fx, &input);
  test_assert_check_clean (fx->db);
}

/* 6b. An unknown staff member: refused, nothing written. The header lists
 * "unknown … staff" among the DAICHO_ERROR_INVALID refusals. */
static void
test_unknown_staff (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  before = test_snapshot (fx->path, MIN_TABLES);
  input = input_of (999999, fx->office_a, "juki", "2025-04-01");
  g_assert_cmpint (daicho_designation_store_add (fx->db, &input, &error), ==, 0);
  g_assert_nonnull (error);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  /* The header: unknown staff or office is DAICHO_ERROR_NOT_FOUND. */
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_NOT_FOUND);
}

/* 6c. An unknown scope, a start that is not a date, an unknown office. */
static void
test_bad_input (void)
{
  g_autoptr(Fx) fx = fx_new ();
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  input = input_of (fx->p, fx->office_a, "jumin", "2025-04-01");
  add_refused (fx, &input, NULL);
  input = input_of (fx->p, fx->office_a, NULL, "2025-04-01");
  add_refused (fx, &input, NULL);
  input = input_of (fx->p, fx->office_a, "juki", "R7.4.1");
  add_refused (fx, &input, NULL);
  input = input_of (fx->p, fx->office_a, "juki", NULL);
  add_refused (fx, &input, NULL);
  input = input_of (fx->p, fx->office_a, "juki", "2025-02-29");
  add_refused (fx, &input, NULL);

  /* An office that does not exist refuses too, whatever the code. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *before = test_snapshot (fx->path, MIN_TABLES);

    input = input_of (fx->p, 999, "juki", "2025-04-01");
    g_assert_cmpint (daicho_designation_store_add (fx->db, &input, &error), ==, 0);
    g_assert_nonnull (error);
    g_assert_true (error->domain == DAICHO_ERROR);
    test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  }
  /* Correct input passes. */
  input = input_of (fx->p, fx->office_a, "juki", "2025-04-01");
  add_ok (fx, &input);
}

/* 7. 照合 (第8条): by someone other than the person who entered it, once. */
static void
test_check_by_other (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *q_name = NULL;
  gint64 s, r, id;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  r = test_add_staff_next (fx->db, &fx->next_emp, "松本 亮", fx->office_a);
  q_name = test_staff_name (fx->db, fx->q);

  daicho_db_set_operator (fx->db, fx->p);
  id = designate (fx, s, fx->office_a, "both", "2025-04-01");

  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_check (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "第8条");
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  daicho_db_set_operator (fx->db, fx->q);
  g_assert_true (daicho_designation_store_check (fx->db, id, &error));
  g_assert_no_error (error);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_cmpstr (d->checked_by_name, ==, q_name);
    g_assert_nonnull (d->checked_at);
  }

  /* Once is enough: neither Q nor anybody else checks again. */
  g_clear_pointer (&before, g_free);
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_check (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  daicho_db_set_operator (fx->db, r);
  g_assert_false (daicho_designation_store_check (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  /* A designation that does not exist. */
  g_assert_false (daicho_designation_store_check (fx->db, id + 1000, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  /* Without an operator nothing is checked. */
  daicho_db_set_operator (fx->db, 0);
  g_assert_false (daicho_designation_store_check (fx->db, id, &error));
  test_assert_refused (&error, DAICHO_ERROR_NO_OPERATOR, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  daicho_db_set_operator (fx->db, fx->p);
  test_assert_check_clean (fx->db);
}

/* 8. Ending: a last day not before the start, a known reason, a note for
 * "other"; once; the row stays. */
static void
test_end (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) history = NULL;
  g_autofree char *before = NULL;
  gint64 s, id, id2, id3;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  id = designate (fx, s, fx->office_a, "juki", "2025-04-01");
  id2 = designate (fx, s, fx->office_a, "inkan", "2025-04-01");

  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_end (fx->db, id, "2025-03-31", "transfer", NULL,
                                                &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_end (fx->db, id, "2025-09-30", "dismissal", NULL,
                                                &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_end (fx->db, id, "2025-09-30", NULL, NULL, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_end (fx->db, id, "2025-09-30", "other", NULL, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_end (fx->db, id, "2025-09-30", "other", " 　", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_end (fx->db, id, "2025-09-31", "transfer", NULL,
                                                &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_end (fx->db, id, NULL, "transfer", NULL, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  g_assert_true (daicho_designation_store_end (fx->db, id, "2025-09-30", "transfer", NULL,
                                               &error));
  g_assert_no_error (error);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);
    g_autofree char *after_end = state_on (fx, id, "2025-10-01");
    g_autofree char *last_day = state_on (fx, id, "2025-09-30");
    g_autofree char *day_before = state_on (fx, id, "2025-09-29");

    g_assert_cmpstr (d->end_date, ==, "2025-09-30");
    g_assert_cmpstr (d->end_reason, ==, "transfer");
    g_assert_null (d->end_note);
    g_assert_cmpstr (d->state, ==, "ended");
    g_assert_cmpstr (after_end, ==, "ended");
    g_assert_cmpstr (last_day, ==, "active");
    g_assert_cmpstr (day_before, ==, "active");
  }

  /* Not twice. */
  g_clear_pointer (&before, g_free);
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_end (fx->db, id, "2025-10-31", "transfer", NULL,
                                                &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  /* "other" with a note, on the start day itself. */
  g_assert_true (daicho_designation_store_end (fx->db, id2, "2025-04-01", "other",
                                               "  誤って指定したため ", &error));
  g_assert_no_error (error);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id2);

    g_assert_cmpstr (d->end_reason, ==, "other");
    g_assert_cmpstr (d->end_note, ==, "誤って指定したため");
  }

  /* A new one after the end. */
  id3 = designate (fx, s, fx->office_a, "juki", "2025-10-01");

  /* Nothing is deleted: every row remains, and the history shows them,
   * newest first. */
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation WHERE staff_id = %"
                                G_GINT64_FORMAT, s), ==, 3);
  history = daicho_designation_store_history (fx->db, s, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 3);
  {
    g_autoptr(DaichoDesignation) newest = g_list_model_get_item (G_LIST_MODEL (history), 0);
    g_assert_cmpint (newest->id, ==, id3);
  }
  {
    g_autoptr(DaichoDesignation) d = find_in (history, id);

    g_assert_nonnull (d);
    g_assert_cmpstr (d->end_date, ==, "2025-09-30");
    g_assert_cmpstr (d->state, ==, "ended");
  }
  test_assert_check_clean (fx->db);
}

/* 9. As of a date: not yet begun is "future"; "current" is exactly what is
 * in effect that day. */
static void
test_as_of (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  gint64 s1, s2, s3, b, id1, id2, id3, id4;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  s1 = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  s2 = test_add_staff_next (fx->db, &fx->next_emp, "松本 亮", fx->office_a);
  s3 = test_add_staff_next (fx->db, &fx->next_emp, "井上 由美", fx->office_a);
  b = test_add_staff_next (fx->db, &fx->next_emp, "高橋 浩二", fx->office_b);

  id1 = designate (fx, s1, fx->office_a, "juki", "2025-04-01");
  id2 = designate (fx, s2, fx->office_a, "both", "2025-04-01");
  g_assert_true (daicho_designation_store_end (fx->db, id2, "2025-06-30", "transfer", NULL,
                                               &error));
  g_assert_no_error (error);
  id3 = designate (fx, s3, fx->office_a, "inkan", "2025-10-01");
  input = input_of (b, fx->office_a, "juki", "2025-04-01");
  input.pending = TRUE;
  id4 = add_ok (fx, &input);

  /* Before the start. */
  {
    g_autofree char *s = state_on (fx, id1, "2025-03-31");
    g_autoptr(GListStore) current = list_ok (fx, 0, "2025-03-31", "current");

    g_assert_cmpstr (s, ==, "future");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (current)), ==, 0);
  }

  /* "current" as of several days. */
  {
    struct { const char *on; char *want; } cases[] = {
      { "2025-04-01", test_ids_text (2, id1, id2) },
      { "2025-06-30", test_ids_text (2, id1, id2) },
      { "2025-07-01", test_ids_text (1, id1) },
      { "2025-09-30", test_ids_text (1, id1) },
      { "2025-10-01", test_ids_text (2, id1, id3) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GListStore) current = list_ok (fx, 0, cases[i].on, "current");
        g_autoptr(GListStore) in_a = list_ok (fx, fx->office_a, cases[i].on, "current");
        g_autoptr(GListStore) in_b = list_ok (fx, fx->office_b, cases[i].on, "current");
        g_autofree char *got = ids_of (current);
        g_autofree char *got_a = ids_of (in_a);

        g_test_message ("current on %s: %s", cases[i].on, got);
        g_assert_cmpstr (got, ==, cases[i].want);
        g_assert_cmpstr (got_a, ==, cases[i].want);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (in_b)), ==, 0);
        g_free (cases[i].want);
      }
  }

  /* One state at a time. */
  {
    g_autoptr(GListStore) ended = list_ok (fx, 0, "2025-07-01", "ended");
    g_autoptr(GListStore) future = list_ok (fx, 0, "2025-07-01", "future");
    g_autoptr(GListStore) pending = list_ok (fx, 0, "2025-07-01", "pending");
    g_autoptr(GListStore) all = list_ok (fx, 0, "2025-07-01", "all");
    g_autoptr(GListStore) everything = list_ok (fx, 0, "2025-07-01", NULL);
    g_autofree char *ended_ids = ids_of (ended);
    g_autofree char *future_ids = ids_of (future);
    g_autofree char *pending_ids = ids_of (pending);
    g_autofree char *want_ended = test_ids_text (1, id2);
    g_autofree char *want_future = test_ids_text (1, id3);
    g_autofree char *want_pending = test_ids_text (1, id4);
    g_autofree char *all_ids = ids_of (all);
    g_autofree char *everything_ids = ids_of (everything);

    g_assert_cmpstr (ended_ids, ==, want_ended);
    g_assert_cmpstr (future_ids, ==, want_future);
    g_assert_cmpstr (pending_ids, ==, want_pending);
    g_assert_cmpstr (all_ids, ==, everything_ids);
    g_assert_nonnull (strstr (all_ids, want_ended));
  }

  /* Search by name or employee number. */
  {
    g_autoptr(DaichoStaff) staff = daicho_staff_store_get (fx->db, s1, &error);
    DaichoDesignationFilter filter = { .on = "2025-07-01", .search = NULL };
    g_autoptr(GListStore) by_emp = NULL;
    g_autoptr(GListStore) by_name = NULL;
    g_autofree char *want = test_ids_text (1, id1);
    g_autofree char *got_emp = NULL, *got_name = NULL;

    g_assert_no_error (error);
    filter.search = staff->emp_no;
    by_emp = daicho_designation_store_list (fx->db, &filter, &error);
    g_assert_no_error (error);
    filter.search = "山口";
    by_name = daicho_designation_store_list (fx->db, &filter, &error);
    g_assert_no_error (error);
    got_emp = ids_of (by_emp);
    got_name = ids_of (by_name);
    g_assert_cmpstr (got_emp, ==, want);
    g_assert_cmpstr (got_name, ==, want);
  }
}

/* 10a. The person moved to another office: "moved", cleared by a
 * confirmation with a note. */
static void
test_review_moved (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year_ago = days_from_today (-365);
  g_autofree char *month_ago = days_from_today (-30);
  g_autofree char *before = NULL;
  g_autofree char *flags = NULL;
  gint64 s, id, old_id;

  add_usage_manager_a (fx, "吉田 誠", year_ago);
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  /* An earlier designation of the same person, over before the move. */
  {
    g_autofree char *from = days_from_today (-300);
    g_autofree char *to = days_from_today (-200);

    old_id = designate (fx, s, fx->office_a, "both", from);
    g_assert_true (daicho_designation_store_end (fx->db, old_id, to, "duty_change", NULL,
                                                 &error));
    g_assert_no_error (error);
  }
  id = designate (fx, s, fx->office_a, "both", month_ago);
  flags = review_flags_of (fx, id);
  g_assert_null (flags);

  {
    g_autoptr(DaichoStaff) staff = daicho_staff_store_get (fx->db, s, &error);
    DaichoStaffInput change = {
      .emp_no = staff->emp_no, .name = staff->name, .kana = staff->kana,
      .office_id = fx->office_b, .title = staff->title, .login = staff->login,
    };

    g_assert_no_error (error);
    g_assert_true (daicho_staff_store_update (fx->db, s, &change, &error));
    g_assert_no_error (error);
  }
  /* What ended before today is not reviewed. */
  flags = review_flags_of (fx, old_id);
  g_assert_null (flags);

  flags = review_flags_of (fx, id);
  g_assert_nonnull (flags);
  g_assert_true (has_flag (flags, "moved"));
  g_assert_false (has_flag (flags, "left"));
  g_clear_pointer (&flags, g_free);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_cmpstr (d->state, ==, "review");
    g_assert_cmpstr (d->staff_office_name, ==, "高津区役所区民課");
    g_assert_cmpstr (d->office_name, ==, "中原区役所区民課");
  }
  {
    g_autoptr(GListStore) in_a = NULL;
    g_autoptr(GListStore) in_b = NULL;
    g_autoptr(DaichoDesignation) d = NULL;

    in_a = daicho_designation_store_review (fx->db, fx->office_a, &error);
    g_assert_no_error (error);
    in_b = daicho_designation_store_review (fx->db, fx->office_b, &error);
    g_assert_no_error (error);
    d = find_in (in_a, id);
    g_assert_nonnull (d);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (in_b)), ==, 0);
  }

  /* No note: refused. */
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_confirm (fx->db, id, "", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_confirm (fx->db, id, NULL, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  g_assert_true (daicho_designation_store_confirm (fx->db, id, "兼務のため引き続き従事する",
                                                   &error));
  g_assert_no_error (error);
  flags = review_flags_of (fx, id);
  g_assert_null (flags);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_cmpstr (d->state, ==, "active");
    g_assert_cmpstr (d->review_flags, ==, "");
  }
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation_review "
                                "WHERE designation_id = %" G_GINT64_FORMAT
                                " AND action = 'confirm' AND flags = 'moved' "
                                "AND note = '兼務のため引き続き従事する' "
                                "AND reviewed_by = %" G_GINT64_FORMAT, id, fx->p), ==, 1);

  /* Nothing left to confirm. */
  g_clear_pointer (&before, g_free);
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_confirm (fx->db, id, "再確認", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  test_assert_check_clean (fx->db);
}

/* 10b. The designating manager has changed since: "manager", cleared by a
 * confirmation. */
static void
test_review_manager (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year_ago = days_from_today (-365);
  g_autofree char *month_ago = days_from_today (-30);
  g_autofree char *today = days_from_today (0);
  g_autofree char *flags = NULL;
  g_autofree char *x_name = NULL;
  gint64 x, y, s, id, old_id;

  x = add_usage_manager_a (fx, "前任 課長", year_ago);
  y = test_add_staff_next (fx->db, &fx->next_emp, "後任 課長", fx->office_a);
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  x_name = test_staff_name (fx->db, x);
  id = designate (fx, s, fx->office_a, "juki", month_ago);
  flags = review_flags_of (fx, id);
  g_assert_null (flags);
  /* Another, ended before the change. */
  {
    g_autofree char *from = days_from_today (-300);
    g_autofree char *to = days_from_today (-200);

    old_id = designate (fx, s, fx->office_a, "inkan", from);
    g_assert_true (daicho_designation_store_end (fx->db, old_id, to, "duty_change", NULL,
                                                 &error));
    g_assert_no_error (error);
  }

  test_assign_post (fx->db, fx->usage_a, y, today);
  flags = review_flags_of (fx, id);
  g_assert_nonnull (flags);
  g_assert_cmpstr (flags, ==, "manager");
  g_clear_pointer (&flags, g_free);
  flags = review_flags_of (fx, old_id);
  g_assert_null (flags);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    /* The designation still names who designated it. */
    g_assert_cmpint (d->manager_id, ==, x);
    g_assert_cmpstr (d->manager_name, ==, x_name);
    g_assert_cmpstr (d->state, ==, "review");
  }
  {
    /* In the past it was simply in effect. */
    g_autofree char *s_past = state_on (fx, id, month_ago);
    g_assert_cmpstr (s_past, ==, "active");
  }

  g_assert_true (daicho_designation_store_confirm (fx->db, id, "新任課長が指定を確認した",
                                                   &error));
  g_assert_no_error (error);
  flags = review_flags_of (fx, id);
  g_assert_null (flags);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_cmpstr (d->state, ==, "active");
    g_assert_cmpint (d->manager_id, ==, x);
  }
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation_review "
                                "WHERE designation_id = %" G_GINT64_FORMAT
                                " AND action = 'confirm' AND flags = 'manager'", id), ==, 1);
  test_assert_check_clean (fx->db);
}

/* 10c. The person left while designated: "left", which no confirmation
 * clears; ending it through the review does. */
static void
test_review_left (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year_ago = days_from_today (-365);
  g_autofree char *month_ago = days_from_today (-30);
  g_autofree char *left_on = days_from_today (-10);
  g_autofree char *before = NULL;
  g_autofree char *flags = NULL;
  gint64 s, id;

  add_usage_manager_a (fx, "吉田 誠", year_ago);
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  id = designate (fx, s, fx->office_a, "both", month_ago);
  g_assert_true (daicho_staff_store_mark_left (fx->db, s, left_on, "退職", &error));
  g_assert_no_error (error);

  flags = review_flags_of (fx, id);
  g_assert_nonnull (flags);
  g_assert_true (has_flag (flags, "left"));
  g_assert_false (has_flag (flags, "moved"));
  g_clear_pointer (&flags, g_free);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);
    g_assert_cmpstr (d->state, ==, "review");
  }

  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_confirm (fx->db, id, "このままとする", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  /* review_end checks like end: a bad reason, a missing note. */
  g_assert_false (daicho_designation_store_review_end (fx->db, id, left_on, "dismissal",
                                                       "退職による", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  g_assert_false (daicho_designation_store_review_end (fx->db, id, left_on, "retirement", "",
                                                       &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  g_assert_true (daicho_designation_store_review_end (fx->db, id, left_on, "retirement",
                                                      "退職による指定終了", &error));
  g_assert_no_error (error);
  flags = review_flags_of (fx, id);
  g_assert_null (flags);
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_cmpstr (d->end_date, ==, left_on);
    g_assert_cmpstr (d->end_reason, ==, "retirement");
    g_assert_cmpstr (d->state, ==, "ended");
  }
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation_review "
                                "WHERE designation_id = %" G_GINT64_FORMAT " AND action = 'end' "
                                "AND flags LIKE '%%left%%' AND note = '退職による指定終了' "
                                "AND reviewed_by = %" G_GINT64_FORMAT, id, fx->p), ==, 1);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log "
                                "WHERE table_name = 'designation_review' AND action = 'insert' "
                                "AND operator_id = %" G_GINT64_FORMAT, fx->p), ==, 1);

  /* Ended: not a second time, through the review either. */
  g_clear_pointer (&before, g_free);
  before = test_snapshot (fx->path, MIN_TABLES);
  g_assert_false (daicho_designation_store_review_end (fx->db, id, left_on, "retirement",
                                                       "再度", &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  test_assert_check_clean (fx->db);
}

/* 10d. The review of a departed person's designation is settled by ending
 * it, whatever last day the reviewer gives: ending it today (after the
 * person left) must not leave it in the review list for ever, where neither
 * confirm nor end can take it out. */
static void
test_review_left_ended_later (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year_ago = days_from_today (-365);
  g_autofree char *month_ago = days_from_today (-30);
  g_autofree char *left_on = days_from_today (-10);
  g_autofree char *today = days_from_today (0);
  g_autofree char *flags = NULL;
  gint64 s, id;

  add_usage_manager_a (fx, "吉田 誠", year_ago);
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  id = designate (fx, s, fx->office_a, "both", month_ago);
  g_assert_true (daicho_staff_store_mark_left (fx->db, s, left_on, "退職", &error));
  g_assert_no_error (error);

  g_assert_true (daicho_designation_store_review_end (fx->db, id, today, "retirement",
                                                      "見直しで気付き本日付で終了", &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation_review "
                                "WHERE designation_id = %" G_GINT64_FORMAT " AND action = 'end'",
                                id), ==, 1);
  flags = review_flags_of (fx, id);
  if (flags != NULL)
    {
      g_autofree char *before = test_snapshot (fx->path, MIN_TABLES);

      g_test_message ("still in review with flags “%s” after review_end", flags);
      /* And there is no way out of the list. */
      g_assert_false (daicho_designation_store_confirm (fx->db, id, "確認済み", &error));
      g_clear_error (&error);
      g_assert_false (daicho_designation_store_review_end (fx->db, id, today, "retirement",
                                                           "確認済み", &error));
      g_clear_error (&error);
      test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
      g_test_incomplete ("KNOWN BUG: a designation ended through the review after its holder "
                         "left stays in daicho_designation_store_review() for ever (the "
                         "'left' flag ignores the recorded review and open_today)");
    }
}

/* 10e. The designating post fell vacant: "manager" (the manager has
 * changed), and a confirmation clears it as the header promises. */
static void
test_review_manager_vacant (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year_ago = days_from_today (-365);
  g_autofree char *month_ago = days_from_today (-30);
  g_autofree char *yesterday = days_from_today (-1);
  g_autofree char *flags = NULL;
  gint64 s, id;

  add_usage_manager_a (fx, "吉田 誠", year_ago);
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  id = designate (fx, s, fx->office_a, "juki", month_ago);
  g_assert_true (daicho_post_store_vacate (fx->db, fx->usage_a, yesterday, &error));
  g_assert_no_error (error);

  flags = review_flags_of (fx, id);
  g_assert_cmpstr (flags, ==, "manager");
  g_clear_pointer (&flags, g_free);

  g_assert_true (daicho_designation_store_confirm (fx->db, id, "後任発令まで継続", &error));
  g_assert_no_error (error);
  flags = review_flags_of (fx, id);
  if (flags != NULL)
    {
      g_test_message ("still in review with flags “%s” after confirm", flags);
      g_test_incomplete ("KNOWN BUG: confirming a designation whose システム利用責任者 post is "
                         "vacant today records the review but leaves the 'manager' flag "
                         "(confirmed_manager_id is stored as NULL, the query falls back to "
                         "manager_id)");
    }
  test_assert_check_clean (fx->db);
}

/* 10f. A pending designation of outside staff who have since moved into the
 * designating office can still be given its permission. */
static void
test_permit_after_move (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year_ago = days_from_today (-365);
  g_autofree char *month_ago = days_from_today (-30);
  gint64 b, id;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", year_ago);
  test_assign_post (fx->db, fx->asset,
                    test_add_staff_next (fx->db, &fx->next_emp, "佐藤 太郎", fx->office_a),
                    year_ago);
  b = test_add_staff_next (fx->db, &fx->next_emp, "高橋 浩二", fx->office_b);
  input = input_of (b, fx->office_a, "juki", month_ago);
  input.pending = TRUE;
  id = add_ok (fx, &input);

  {
    g_autoptr(DaichoStaff) staff = daicho_staff_store_get (fx->db, b, &error);
    DaichoStaffInput change = {
      .emp_no = staff->emp_no, .name = staff->name, .kana = staff->kana,
      .office_id = fx->office_a, .title = staff->title,
    };

    g_assert_true (daicho_staff_store_update (fx->db, b, &change, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(DaichoDesignation) d = get_ok (fx, id);

    g_assert_cmpstr (d->state, ==, "pending");
    g_assert_true (has_flag (d->review_flags, "permission"));
    g_assert_true (has_flag (d->review_flags, "moved"));
  }

  if (daicho_designation_store_permit (fx->db, id, month_ago, "情資第10号", &error))
    {
      g_autoptr(DaichoDesignation) d = get_ok (fx, id);

      g_assert_no_error (error);
      g_assert_cmpstr (d->permission_date, ==, month_ago);
      g_assert_false (has_flag (d->review_flags, "permission"));
    }
  else
    {
      g_test_message ("permit refused: %s", error->message);
      g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
      g_test_incomplete ("KNOWN BUG: daicho_designation_store_permit() re-derives the "
                         "supervision from the person's current office and asks for a "
                         "supervision reason once they have moved into the designating office");
    }
  test_assert_check_clean (fx->db);
}

/* 11. Several at once: all or none. */
static void
test_add_many (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *s2_name = NULL;
  gint64 s1, s2, s3, s4;
  DaichoDesignationInput common;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  s1 = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  s2 = test_add_staff_next (fx->db, &fx->next_emp, "松本 亮", fx->office_a);
  s3 = test_add_staff_next (fx->db, &fx->next_emp, "井上 由美", fx->office_a);
  s4 = test_add_staff_next (fx->db, &fx->next_emp, "木村 拓也", fx->office_a);
  s2_name = test_staff_name (fx->db, s2);
  designate (fx, s2, fx->office_a, "juki", "2025-04-01");
  common = input_of (0, fx->office_a, "juki", "2025-05-01");

  before = test_snapshot (fx->path, MIN_TABLES);
  {
    const gint64 ids[] = { s1, s2, s3 };

    g_assert_false (daicho_designation_store_add_many (fx->db, ids, G_N_ELEMENTS (ids), &common,
                                                       &error));
    test_assert_refused (&error, DAICHO_ERROR_INVALID, s2_name);
    test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  }
  {
    /* The same person twice in one batch overlaps with itself. */
    const gint64 ids[] = { s4, s4 };

    g_assert_false (daicho_designation_store_add_many (fx->db, ids, G_N_ELEMENTS (ids), &common,
                                                       &error));
    test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
    test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);
  }
  g_assert_false (daicho_designation_store_add_many (fx->db, NULL, 0, &common, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, NULL);
  test_assert_unchanged (fx->db, fx->path, MIN_TABLES, before);

  {
    const gint64 ids[] = { s1, s3, s4 };

    g_assert_true (daicho_designation_store_add_many (fx->db, ids, G_N_ELEMENTS (ids), &common,
                                                      &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation WHERE start_date = "
                                "'2025-05-01' AND scope = 'juki' AND staff_id IN (%"
                                G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                s1, s3, s4), ==, 3);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation"), ==, 4);
  test_assert_check_clean (fx->db);
}

/* 12. Every write is in the audit log with its operator; the integrity
 * check finds nothing afterwards. */
static void
test_audit (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *month_ago = days_from_today (-30);
  gint64 s, b, g, id, outside, pending;
  DaichoDesignationInput input;

  add_usage_manager_a (fx, "吉田 誠", "2024-04-01");
  g = test_add_staff_next (fx->db, &fx->next_emp, "佐藤 太郎", fx->office_a);
  test_assign_post (fx->db, fx->asset, g, "2024-04-01");
  s = test_add_staff_next (fx->db, &fx->next_emp, "山口 陽子", fx->office_a);
  b = test_add_staff_next (fx->db, &fx->next_emp, "高橋 浩二", fx->office_b);

  /* Added by P. */
  daicho_db_set_operator (fx->db, fx->p);
  id = designate (fx, s, fx->office_a, "juki", "2025-04-01");
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                "'designation' AND row_id = %" G_GINT64_FORMAT
                                " AND action = 'insert' AND operator_id = %" G_GINT64_FORMAT
                                " AND old_json IS NULL "
                                "AND json_extract (new_json, '$.entered_by') = %" G_GINT64_FORMAT
                                " AND json_extract (new_json, '$.scope') = 'juki'",
                                id, fx->p, fx->p), ==, 1);

  input = input_of (b, fx->office_a, "both", "2025-04-01");
  input.permission_date = "2025-03-25";
  input.permission_ref = "情資第8号";
  outside = add_ok (fx, &input);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                "'permission' AND action = 'insert' AND operator_id = %"
                                G_GINT64_FORMAT " AND json_extract (new_json, '$.granted_by') = %"
                                G_GINT64_FORMAT " AND json_extract (new_json, '$.ref') = '情資第8号'",
                                fx->p, g), ==, 1);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                "'designation' AND row_id = %" G_GINT64_FORMAT
                                " AND action = 'insert' AND operator_id = %" G_GINT64_FORMAT,
                                outside, fx->p), ==, 1);

  /* Checked by Q. */
  daicho_db_set_operator (fx->db, fx->q);
  g_assert_true (daicho_designation_store_check (fx->db, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                "'designation' AND row_id = %" G_GINT64_FORMAT
                                " AND action = 'update' AND operator_id = %" G_GINT64_FORMAT
                                " AND json_extract (old_json, '$.checked_by') IS NULL"
                                " AND json_extract (new_json, '$.checked_by') = %" G_GINT64_FORMAT,
                                id, fx->q, fx->q), ==, 1);

  /* Ended by Q. */
  g_assert_true (daicho_designation_store_end (fx->db, id, "2025-12-31", "transfer", NULL,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                "'designation' AND row_id = %" G_GINT64_FORMAT
                                " AND action = 'update' AND operator_id = %" G_GINT64_FORMAT
                                " AND json_extract (new_json, '$.end_date') = '2025-12-31'"
                                " AND json_extract (new_json, '$.end_reason') = 'transfer'"
                                " AND json_extract (new_json, '$.ended_by') = %" G_GINT64_FORMAT,
                                id, fx->q, fx->q), ==, 1);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                "'designation' AND row_id = %" G_GINT64_FORMAT, id), ==, 3);

  /* A pending one permitted, a review confirmed: P again. */
  daicho_db_set_operator (fx->db, fx->p);
  {
    gint64 c = test_add_staff_next (fx->db, &fx->next_emp, "井上 由美", fx->office_b);

    input = input_of (c, fx->office_a, "inkan", month_ago);
    input.pending = TRUE;
    pending = add_ok (fx, &input);
    g_assert_true (daicho_designation_store_permit (fx->db, pending, month_ago, "情資第9号",
                                                    &error));
    g_assert_no_error (error);
    g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                  "'designation' AND row_id = %" G_GINT64_FORMAT " AND action = "
                                  "'update' AND operator_id = %" G_GINT64_FORMAT
                                  " AND json_extract (old_json, '$.permission_id') IS NULL"
                                  " AND json_extract (new_json, '$.permission_id') IS NOT NULL",
                                  pending, fx->p), ==, 1);
  }
  {
    gint64 t = test_add_staff_next (fx->db, &fx->next_emp, "松本 亮", fx->office_a);
    gint64 moved = designate (fx, t, fx->office_a, "both", month_ago);
    g_autoptr(DaichoStaff) staff = daicho_staff_store_get (fx->db, t, &error);
    DaichoStaffInput change = {
      .emp_no = staff->emp_no, .name = staff->name, .kana = staff->kana,
      .office_id = fx->office_b, .title = staff->title,
    };

    g_assert_true (daicho_staff_store_update (fx->db, t, &change, &error));
    g_assert_no_error (error);
    g_assert_true (daicho_designation_store_confirm (fx->db, moved, "応援のため継続", &error));
    g_assert_no_error (error);
    g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                  "'designation_review' AND action = 'insert' AND operator_id = %"
                                  G_GINT64_FORMAT
                                  " AND json_extract (new_json, '$.designation_id') = %"
                                  G_GINT64_FORMAT, fx->p, moved), ==, 1);
  }
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation d WHERE NOT EXISTS "
                                "(SELECT 1 FROM audit_log a WHERE a.table_name = 'designation' "
                                "AND a.row_id = d.id AND a.action = 'insert')"), ==, 0);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM permission p WHERE NOT EXISTS "
                                "(SELECT 1 FROM audit_log a WHERE a.table_name = 'permission' "
                                "AND a.row_id = p.id)"), ==, 0);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM audit_log WHERE table_name IN "
                                "('designation', 'permission', 'designation_review') "
                                "AND operator_id IS NULL"), ==, 0);
  test_assert_check_clean (fx->db);

  /* And after closing and opening again. */
  g_clear_object (&fx->db);
  fx->db = daicho_db_open (fx->path, &error);
  g_assert_no_error (error);
  test_assert_check_clean (fx->db);
}

/* 13. The small demo has one of each kind. */
static void
test_demo (void)
{
  g_autoptr(Fx) fx = g_new0 (Fx, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GListStore) review = NULL;
  gboolean permitted = FALSE, pending = FALSE, retired = FALSE, other = FALSE;
  gboolean flag_manager = FALSE, flag_permission = FALSE, checked = FALSE, unchecked = FALSE;

  fx->db = test_open_tmp_db ("designation", &fx->dir, &fx->path);
  g_assert_true (daicho_demo_fill (fx->db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);

  all = list_ok (fx, 0, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), >=, 20);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(DaichoDesignation) d = g_list_model_get_item (G_LIST_MODEL (all), i);

      if (d->permission_date != NULL)
        {
          /* Outside staff, permitted on or before the start by the asset manager. */
          g_assert_false (d->supervised);
          g_assert_cmpstr (d->staff_office_name, !=, d->office_name);
          g_assert_cmpstr (d->permission_date, <=, d->start_date);
          g_assert_nonnull (d->permission_granter);
          g_assert_nonnull (d->permission_ref);
          permitted = TRUE;
        }
      if (g_str_equal (d->state, "pending"))
        {
          g_assert_null (d->permission_date);
          g_assert_cmpstr (d->staff_office_name, !=, d->office_name);
          pending = TRUE;
        }
      if (g_strcmp0 (d->end_reason, "retirement") == 0 && g_str_equal (d->state, "ended"))
        retired = TRUE;
      if (g_strcmp0 (d->end_reason, "other") == 0 && g_str_equal (d->state, "ended"))
        {
          g_assert_nonnull (d->end_note);
          other = TRUE;
        }
      if (d->checked_by_name != NULL)
        {
          g_assert_cmpstr (d->checked_by_name, !=, d->entered_by_name);
          checked = TRUE;
        }
      else
        unchecked = TRUE;
      g_assert_nonnull (d->manager_name);
      g_assert_nonnull (d->entered_by_name);
    }
  g_assert_true (permitted);
  g_assert_true (pending);
  g_assert_true (retired);
  g_assert_true (other);
  g_assert_true (checked);
  g_assert_true (unchecked);

  review = daicho_designation_store_review (fx->db, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (review)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (review)); i++)
    {
      g_autoptr(DaichoDesignation) d = g_list_model_get_item (G_LIST_MODEL (review), i);

      g_assert_cmpstr (d->review_flags, !=, "");
      if (has_flag (d->review_flags, "manager"))
        flag_manager = TRUE;
      if (has_flag (d->review_flags, "permission"))
        flag_permission = TRUE;
    }
  g_assert_true (flag_manager);
  g_assert_true (flag_permission);

  /* The demo's designations obey the rules they would be checked by. */
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation a JOIN designation b "
                                "ON a.id < b.id AND a.staff_id = b.staff_id "
                                "AND a.office_id = b.office_id "
                                "AND (a.scope = b.scope OR a.scope = 'both' OR b.scope = 'both') "
                                "AND (a.end_date IS NULL OR a.end_date >= b.start_date) "
                                "AND (b.end_date IS NULL OR b.end_date >= a.start_date)"), ==, 0);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count(*) FROM designation "
                                "WHERE checked_by = entered_by"), ==, 0);
  test_assert_check_clean (fx->db);
}

/* 14. Labels and what people type. */
static void
test_labels (void)
{
  struct { const char *text; const char *code; } scopes[] = {
    { "juki", "juki" }, { "inkan", "inkan" }, { "both", "both" },
    { "住民基本台帳事務", "juki" }, { "印鑑登録事務", "inkan" },
    { "住民基本台帳事務・印鑑登録事務", "both" }, { "  juki　", "juki" },
  };
  struct { const char *text; const char *code; } reasons[] = {
    { "transfer", "transfer" }, { "retirement", "retirement" },
    { "duty_change", "duty_change" }, { "other", "other" },
    { "異動", "transfer" }, { "退職", "retirement" }, { "業務変更", "duty_change" },
    { "その他", "other" },
  };
  const char *bad[] = { "", "  ", "jumin", "dismissal" };
  const char *code = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    {
      code = NULL;
      g_assert_true (daicho_designation_scope_parse (scopes[i].text, &code));
      g_assert_cmpstr (code, ==, scopes[i].code);
      g_assert_cmpstr (daicho_designation_scope_label (code), !=, "");
      g_assert_cmpstr (daicho_designation_scope_form_label (code), !=, "");
      /* What a label says parses back. */
      g_assert_true (daicho_designation_scope_parse (daicho_designation_scope_label (code),
                                                     &code));
      g_assert_cmpstr (code, ==, scopes[i].code);
    }
  g_assert_cmpstr (daicho_designation_scope_form_label ("juki"), ==, "住民基本台帳事務");
  g_assert_cmpstr (daicho_designation_scope_form_label ("inkan"), ==, "印鑑登録事務");

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      code = NULL;
      g_assert_true (daicho_designation_end_reason_parse (reasons[i].text, &code));
      g_assert_cmpstr (code, ==, reasons[i].code);
      g_assert_cmpstr (daicho_designation_end_reason_label (code), !=, "");
      g_assert_true (daicho_designation_end_reason_parse (
                       daicho_designation_end_reason_label (code), &code));
      g_assert_cmpstr (code, ==, reasons[i].code);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      code = "unchanged";
      g_assert_false (daicho_designation_scope_parse (bad[i], &code));
      g_assert_false (daicho_designation_end_reason_parse (bad[i], &code));
      g_assert_cmpstr (code, ==, "unchanged");
    }
  g_assert_false (daicho_designation_scope_parse (NULL, &code));
  g_assert_false (daicho_designation_end_reason_parse (NULL, &code));

  g_assert_cmpstr (daicho_designation_scope_label ("nope"), ==, "");
  g_assert_cmpstr (daicho_designation_scope_label (NULL), ==, "");
  g_assert_cmpstr (daicho_designation_scope_form_label ("nope"), ==, "");
  g_assert_cmpstr (daicho_designation_end_reason_label ("nope"), ==, "");
  g_assert_cmpstr (daicho_designation_state_label ("nope"), ==, "");
  for (guint i = 0; i < 5; i++)
    {
      const char *states[] = { "active", "ended", "future", "pending", "review" };
      g_assert_cmpstr (daicho_designation_state_label (states[i]), !=, "");
    }

  {
    g_autofree char *two = daicho_designation_flags_text ("moved left");
    g_autofree char *one = daicho_designation_flags_text ("moved");
    g_autofree char *all = daicho_designation_flags_text ("moved left manager permission");
    g_autofree char *unknown = daicho_designation_flags_text ("frobnicated");
    g_autofree char *empty = daicho_designation_flags_text ("");
    g_autofree char *none = daicho_designation_flags_text (NULL);

    g_assert_cmpstr (two, !=, "");
    g_assert_cmpstr (one, !=, "");
    g_assert_cmpuint (strlen (two), >, strlen (one));
    g_assert_true (g_str_has_prefix (two, one));
    g_assert_cmpuint (strlen (all), >, strlen (two));
    g_assert_cmpstr (unknown, ==, "");
    g_assert_cmpstr (empty, ==, "");
    g_assert_cmpstr (none, ==, "");
  }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/designation/own-staff-manager", test_own_staff_manager);
  g_test_add_func ("/designation/no-usage-manager", test_no_usage_manager);
  g_test_add_func ("/designation/prior-permission", test_prior_permission);
  g_test_add_func ("/designation/supervision-override", test_supervision_override);
  g_test_add_func ("/designation/overlap", test_overlap);
  g_test_add_func ("/designation/left-staff", test_left_staff);
  g_test_add_func ("/designation/unknown-staff", test_unknown_staff);
  g_test_add_func ("/designation/bad-input", test_bad_input);
  g_test_add_func ("/designation/check-by-other", test_check_by_other);
  g_test_add_func ("/designation/end", test_end);
  g_test_add_func ("/designation/as-of", test_as_of);
  g_test_add_func ("/designation/review-moved", test_review_moved);
  g_test_add_func ("/designation/review-manager", test_review_manager);
  g_test_add_func ("/designation/review-left", test_review_left);
  g_test_add_func ("/designation/review-left-ended-later", test_review_left_ended_later);
  g_test_add_func ("/designation/review-manager-vacant", test_review_manager_vacant);
  g_test_add_func ("/designation/permit-after-move", test_permit_after_move);
  g_test_add_func ("/designation/add-many", test_add_many);
  g_test_add_func ("/designation/audit", test_audit);
  g_test_add_func ("/designation/demo", test_demo);
  g_test_add_func ("/designation/labels", test_labels);

  return g_test_run ();
}
