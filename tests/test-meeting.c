/* test-meeting.c — セキュリティ会議: the rules of daicho-committee-store.h and
 * daicho-meeting-store.h through the public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test builds a database of its own: an office, the committee's post
 * holders from 2020 (the 区民部長's post, committee-member-4, changes hands
 * on 2025-04-01, committee-member-6 on 2024-10-01), an operator. A refused
 * write is proven harmless by a snapshot of every committed row of every
 * table (audit_log included) taken before and compared after. Dates are
 * fixed and in the past, except where a test needs the future and computes
 * it from today.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "daicho/daicho.h"
#include "test-util.h"

/* Tables of migrations 1 to 5. */
#define MIN_TABLES 28

typedef struct
{
  char     *dir;
  char     *path;
  DaichoDb *db;
  gint64    office;
  gint64    p;             /* the operator */
  gint64    q;
  gint64    chair;         /* 統括責任者 */
  gint64    vice;
  gint64    member[8];     /* [1]…[7]: committee-member-1 … 7 until 2025-03-31 */
  gint64    member4_new;   /* committee-member-4 from 2025-04-01 */
  gint64    member6_new;   /* committee-member-6 from 2024-10-01 */
  gint64    secretary;
  gint64    left;          /* left on 2024-03-31 */
} Fx;

TEST_DEFINE_FIXTURE_FREE (Fx, fx_free)

/* Refusal of @call (which sets error_), leaving the database as it was. */
#define ASSERT_REFUSED(fx, call, part)                                                          \
  G_STMT_START                                                                                  \
  {                                                                                             \
    g_autoptr(GError) error_ = NULL;                                                            \
    g_autofree char *before_ = test_snapshot ((fx)->path, MIN_TABLES);                          \
    g_assert_false (call);                                                                      \
    test_assert_refused (&error_, DAICHO_ERROR_INVALID, part);                                  \
    test_assert_unchanged ((fx)->db, (fx)->path, MIN_TABLES, before_);                          \
  }                                                                                             \
  G_STMT_END

#define ASSERT_OK(call)                                                                         \
  G_STMT_START                                                                                  \
  {                                                                                             \
    g_autoptr(GError) error_ = NULL;                                                            \
    g_assert_true (call);                                                                       \
    g_assert_no_error (error_);                                                                 \
  }                                                                                             \
  G_STMT_END

static gint64
post (Fx *fx, const char *code)
{
  return test_post_by_code (fx->db, code);
}

static Fx *
fx_new (void)
{
  Fx *fx = g_new0 (Fx, 1);
  guint next_emp = 200001;
  g_autoptr(GError) error = NULL;

  fx->db = test_open_tmp_db ("meeting", &fx->dir, &fx->path);
  test_add_two_offices (fx->db, &fx->office, &(gint64) { 0 }, &fx->p, &fx->q);
  fx->chair = test_add_staff_next (fx->db, &next_emp, "大野 正樹", fx->office);
  fx->vice = test_add_staff_next (fx->db, &next_emp, "石田 久美子", fx->office);
  for (int i = 1; i <= 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("委員 %d", i);
      g_autofree char *code = g_strdup_printf ("committee-member-%d", i);

      fx->member[i] = test_add_staff_next (fx->db, &next_emp, name, fx->office);
      test_assign_post (fx->db, post (fx, code), fx->member[i], "2020-04-01");
    }
  fx->member4_new = test_add_staff_next (fx->db, &next_emp, "岡田 直樹", fx->office);
  fx->member6_new = test_add_staff_next (fx->db, &next_emp, "坂本 亮", fx->office);
  fx->secretary = test_add_staff_next (fx->db, &next_emp, "青木 翔太", fx->office);
  fx->left = test_add_staff_next (fx->db, &next_emp, "退職 済", fx->office);
  test_assign_post (fx->db, post (fx, "committee-chair"), fx->chair, "2020-04-01");
  test_assign_post (fx->db, post (fx, "committee-vice-chair"), fx->vice, "2020-04-01");
  test_assign_post (fx->db, post (fx, "committee-member-4"), fx->member4_new, "2025-04-01");
  test_assign_post (fx->db, post (fx, "committee-member-6"), fx->member6_new, "2024-10-01");
  test_assign_post (fx->db, post (fx, "committee-secretariat"), fx->secretary, "2020-04-01");
  g_assert_true (daicho_staff_store_mark_left (fx->db, fx->left, "2024-03-31", "退職", &error));
  g_assert_no_error (error);
  return fx;
}

/* Helpers */

static gint64
new_ok (Fx *fx, const char *date)
{
  g_autoptr(GError) error = NULL;
  DaichoMeetingInput input = { .meeting_date = date, .start_time = "14:00",
                               .end_time = "15:30", .place = "第1会議室" };
  gint64 id = daicho_meeting_store_new (fx->db, &input, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static DaichoMeeting *
get_ok (Fx *fx, gint64 id)
{
  g_autoptr(GError) error = NULL;
  DaichoMeeting *m = daicho_meeting_store_get (fx->db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);
  return m;
}

static gint64
item_ok (Fx *fx, gint64 meeting, const char *title, int area, int minutes)
{
  g_autoptr(GError) error = NULL;
  DaichoAgendaItemInput input = { .title = title, .area = area, .presenter = "区民部窓口課長",
                                  .planned_minutes = minutes };
  gint64 id = daicho_meeting_store_add_item (fx->db, meeting, &input, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A meeting on @date with one agenda item, marked held. */
static gint64
held_ok (Fx *fx, const char *date, gint64 *item)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_ok (fx, date);
  gint64 first = item_ok (fx, id, "整合性確認の結果について", 1, 20);

  g_assert_true (daicho_meeting_store_mark_held (fx->db, id, &error));
  g_assert_no_error (error);
  if (item != NULL)
    *item = first;
  return id;
}

static void
attend_ok (Fx *fx, gint64 meeting, const char *code, const char *attendance, const char *proxy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daicho_meeting_store_attend (fx->db, meeting, post (fx, code), attendance, proxy,
                                              NULL, &error));
  g_assert_no_error (error);
}

/* Every member present, but @code (NULL: nobody) with @attendance. */
static void
attend_all (Fx *fx, gint64 meeting, const char *code, const char *attendance)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) members = daicho_meeting_store_members (fx->db, meeting, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (members)); i++)
    {
      g_autoptr(DaichoMeetingMember) m = g_list_model_get_item (G_LIST_MODEL (members), i);
      gboolean it = g_strcmp0 (m->post_code, code) == 0;

      attend_ok (fx, meeting, m->post_code, it ? attendance : "present",
                 it && g_str_equal (attendance, "proxy") ? "代理 太郎" : NULL);
    }
}

static gint64
action_ok (Fx *fx, gint64 meeting, const char *text, gint64 owner, const char *due)
{
  g_autoptr(GError) error = NULL;
  DaichoMeetingActionInput input = { .text = text, .owner_id = owner, .due_date = due };
  gint64 id = daicho_meeting_store_add_action (fx->db, meeting, &input, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint
n_items (GListStore *store)
{
  g_assert_nonnull (store);
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static GListStore *
actions_ok (Fx *fx, const char *state, const char *on, gint64 owner)
{
  g_autoptr(GError) error = NULL;
  DaichoMeetingActionFilter filter = { .state = state, .on = on, .owner_id = owner };
  GListStore *list = daicho_meeting_store_actions (fx->db, &filter, &error);

  g_assert_no_error (error);
  return list;
}

/* Tests */

static void
test_roster (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) roster = daicho_committee_roster (fx->db, "2024-06-01", FALSE, &error);
  g_autoptr(DaichoCommitteePost) first = NULL;
  g_autoptr(DaichoCommitteePost) last = NULL;
  g_autoptr(DaichoCommitteePost) member4 = NULL;
  g_autoptr(DaichoCommitteePost) vice = NULL;
  g_autofree char *name = NULL;
  gint64 added;

  g_assert_no_error (error);
  g_assert_cmpuint (n_items (roster), ==, 10);
  first = g_list_model_get_item (G_LIST_MODEL (roster), 0);
  last = g_list_model_get_item (G_LIST_MODEL (roster), 9);
  member4 = g_list_model_get_item (G_LIST_MODEL (roster), 5);
  g_assert_cmpstr (first->function, ==, "chair");
  g_assert_cmpstr (first->name, ==, "統括責任者（副区長）");
  g_assert_cmpint (first->holder_id, ==, fx->chair);
  g_assert_cmpstr (last->function, ==, "secretariat");
  g_assert_cmpstr (last->name, ==, "庶務（区民部窓口課）");
  g_assert_cmpstr (member4->name, ==, "区民部長");
  g_assert_cmpint (member4->holder_id, ==, fx->member[4]);
  g_clear_object (&roster);
  g_clear_object (&member4);
  roster = daicho_committee_roster (fx->db, "2025-04-01", FALSE, &error);
  member4 = g_list_model_get_item (G_LIST_MODEL (roster), 5);
  g_assert_cmpint (member4->holder_id, ==, fx->member4_new);

  vice = daicho_committee_post_by_function (fx->db, "vice_chair", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vice->name, ==, "企画経営室長");

  /* The areas of 第5条第2項. */
  g_assert_cmpstr (daicho_committee_area_form_label (5), ==, "サーバ設置室の入退室の管理に関すること");
  g_assert_true (g_str_has_prefix (daicho_committee_area_label (2), "(2)"));
  g_assert_cmpstr (daicho_committee_area_form_label (8), ==, "");
  {
    int area = 0;
    g_assert_true (daicho_committee_area_parse ("（３）", &area));
    g_assert_cmpint (area, ==, 3);
    g_assert_true (daicho_committee_area_parse ("第7号", &area));
    g_assert_cmpint (area, ==, 7);
    g_assert_false (daicho_committee_area_parse ("8", &area));
    g_assert_false (daicho_committee_area_parse ("(2)x", &area));
  }

  /* The name is a setting with a default. */
  name = daicho_committee_get_name (fx->db, &error);
  g_assert_cmpstr (name, ==, "住基ネットセキュリティ会議");
  g_clear_pointer (&name, g_free);
  ASSERT_REFUSED (fx, daicho_committee_set_name (fx->db, "　", &error_), "Committee name");
  ASSERT_OK (daicho_committee_set_name (fx->db, "墨田区住基ネットセキュリティ会議", &error_));
  name = daicho_committee_get_name (fx->db, &error);
  g_assert_cmpstr (name, ==, "墨田区住基ネットセキュリティ会議");
  g_assert_cmpint (test_db_int (fx->db, "SELECT count (*) FROM audit_log WHERE table_name = "
                                        "'setting'"), ==, 1);

  /* The roster is editable: members added, moved, renamed, retired. */
  added = daicho_committee_add_member_post (fx->db, "情報政策課長", &error);
  g_assert_no_error (error);
  g_assert_cmpint (added, >, 0);
  ASSERT_REFUSED (fx, daicho_committee_add_member_post (fx->db, "区民部長", &error_), "区民部長");
  ASSERT_OK (daicho_committee_move_post (fx->db, added, 1, &error_));
  g_clear_object (&roster);
  roster = daicho_committee_roster (fx->db, NULL, FALSE, &error);
  g_assert_cmpuint (n_items (roster), ==, 11);
  {
    g_autoptr(DaichoCommitteePost) p = g_list_model_get_item (G_LIST_MODEL (roster), 2);
    g_assert_cmpint (p->id, ==, added);
    g_assert_cmpstr (p->code, ==, "committee-member-8");
  }
  ASSERT_REFUSED (fx, daicho_committee_move_post (fx->db, post (fx, "committee-chair"), 1,
                                                  &error_), "member");
  ASSERT_OK (daicho_committee_rename_post (fx->db, post (fx, "committee-chair"),
                                           "セキュリティ統括責任者（副区長）", &error_));
  ASSERT_REFUSED (fx, daicho_committee_retire_post (fx->db, post (fx, "committee-chair"),
                                                    &error_), "rule");
  ASSERT_REFUSED (fx, daicho_committee_retire_post (fx->db, post (fx, "committee-member-7"),
                                                    &error_), "holds");
  ASSERT_OK (daicho_committee_retire_post (fx->db, added, &error_));
  g_clear_object (&roster);
  roster = daicho_committee_roster (fx->db, NULL, FALSE, &error);
  g_assert_cmpuint (n_items (roster), ==, 10);
  g_clear_object (&roster);
  roster = daicho_committee_roster (fx->db, NULL, TRUE, &error);
  g_assert_cmpuint (n_items (roster), ==, 11);
}

static void
test_numbering (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoMeeting) m = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *label = NULL;
  gint64 a, b, c, d, e;
  DaichoMeetingInput input = { .meeting_date = "2024-06-01" };

  a = new_ok (fx, "2024-05-10");
  b = new_ok (fx, "2024-09-01");
  c = new_ok (fx, "2025-03-31");   /* still fiscal 2024 */
  d = new_ok (fx, "2025-04-01");   /* fiscal 2025 begins */
  m = get_ok (fx, c);
  g_assert_cmpint (m->fiscal_year, ==, 2024);
  g_assert_cmpint (m->number, ==, 3);
  g_assert_cmpint (m->recorder_id, ==, fx->secretary);
  g_clear_object (&m);
  m = get_ok (fx, d);
  g_assert_cmpint (m->fiscal_year, ==, 2025);
  g_assert_cmpint (m->number, ==, 1);
  label = daicho_meeting_number_label (2025, 1);
  g_assert_cmpstr (label, ==, "令和7年度第1回");
  g_clear_object (&m);

  /* A later number never comes earlier in time. */
  ASSERT_REFUSED (fx, daicho_meeting_store_new (fx->db, &input, &error_), "令和7年3月31日");
  input.meeting_date = "2024-09-01";
  input.start_time = "15:00";
  input.end_time = "14:00";
  ASSERT_REFUSED (fx, daicho_meeting_store_new (fx->db, &input, &error_), "15:00");
  input.start_time = "25:00";
  ASSERT_REFUSED (fx, daicho_meeting_store_new (fx->db, &input, &error_), "25:00");
  input.start_time = NULL;
  input.end_time = NULL;
  input.meeting_date = "2024-13-01";
  ASSERT_REFUSED (fx, daicho_meeting_store_new (fx->db, &input, &error_), "date");

  /* Dates move only between the neighbours, within the year. */
  input = (DaichoMeetingInput) { .meeting_date = "2024-04-30", .place = "第2会議室" };
  ASSERT_OK (daicho_meeting_store_update (fx->db, a, &input, NULL, &error_));
  input.meeting_date = "2024-09-02";
  ASSERT_REFUSED (fx, daicho_meeting_store_update (fx->db, a, &input, NULL, &error_),
                  "next meeting");
  input.meeting_date = "2025-04-02";
  ASSERT_REFUSED (fx, daicho_meeting_store_update (fx->db, c, &input, NULL, &error_),
                  "令和7年度");
  input.meeting_date = "2024-04-01";
  ASSERT_REFUSED (fx, daicho_meeting_store_update (fx->db, b, &input, NULL, &error_),
                  "previous meeting");

  /* A cancelled meeting keeps its number and changes no more. */
  ASSERT_REFUSED (fx, daicho_meeting_store_cancel (fx->db, b, "  ", &error_), "Reason");
  ASSERT_OK (daicho_meeting_store_cancel (fx->db, b, "台風のため中止", &error_));
  m = get_ok (fx, b);
  g_assert_cmpstr (m->state, ==, "cancelled");
  g_assert_cmpint (m->number, ==, 2);
  g_clear_object (&m);
  ASSERT_REFUSED (fx, daicho_meeting_store_add_item (fx->db, b, &(DaichoAgendaItemInput) {
                                                       .title = "x", .area = 1 }, NULL, &error_),
                  "cancelled");
  ASSERT_REFUSED (fx, daicho_meeting_store_mark_held (fx->db, b, &error_), "cancelled");
  /* Without the cancelled one, an earlier date fits between 1 and 3. */
  input.meeting_date = "2024-08-01";
  ASSERT_OK (daicho_meeting_store_update (fx->db, c, &input, NULL, &error_));
  e = new_ok (fx, "2025-03-31");
  m = get_ok (fx, e);
  g_assert_cmpint (m->number, ==, 4);
  g_clear_object (&m);

  m = daicho_meeting_store_find (fx->db, 2024, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (m->id, ==, c);
  g_clear_object (&m);
  m = daicho_meeting_store_find (fx->db, 2024, 9, &error);
  g_assert_no_error (error);
  g_assert_null (m);

  list = daicho_meeting_store_list (fx->db, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, 4);
  m = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (m->id, ==, e);   /* newest first */
  g_clear_object (&list);
  list = daicho_meeting_store_list (fx->db, 0, &error);
  g_assert_cmpuint (n_items (list), ==, 5);
}

static void
test_future_and_times (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(DaichoMeeting) m = NULL;
  g_autofree char *future = NULL;
  g_autofree char *label = NULL;
  static const struct
  {
    const char *text;
    const char *hhmm;
  } times[] = {
    { "14:00", "14:00" }, { "9:05", "09:05" }, { "１４：３０", "14:30" }, { "1400", "14:00" },
    { "930", "09:30" }, { "14時", "14:00" }, { "14時30分", "14:30" }, { "午後2時", "14:00" },
    { "午後2時30分", "14:30" }, { "午前9時", "09:00" }, { "午前12時", "00:00" },
    { "午後12時", "12:00" }, { "24:00", NULL }, { "14:60", NULL }, { "午後13時", NULL },
    { "two", NULL }, { "", NULL }, { "14:", NULL },
  };
  GDate day;
  gint64 id;

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *hhmm = NULL;
      g_autoptr(GError) local = NULL;
      gboolean ok = daicho_meeting_time_parse (times[i].text, &hhmm, &local);

      g_test_message ("time %s", times[i].text);
      g_assert_cmpint (ok, ==, times[i].hhmm != NULL);
      g_assert_cmpstr (hhmm, ==, times[i].hhmm);
    }
  label = daicho_meeting_time_label ("14:30");
  g_assert_cmpstr (label, ==, "午後2時30分");
  g_clear_pointer (&label, g_free);
  label = daicho_meeting_time_label ("09:00");
  g_assert_cmpstr (label, ==, "午前9時");
  g_clear_pointer (&label, g_free);

  /* A meeting ahead is planned, not held. */
  daicho_date_today (&day);
  g_date_add_days (&day, 10);
  future = daicho_date_to_iso (&day);
  id = new_ok (fx, future);
  ASSERT_REFUSED (fx, daicho_meeting_store_mark_held (fx->db, id, &error_), "mark it as held");
  ASSERT_REFUSED (fx, daicho_meeting_store_attend (fx->db, id, post (fx, "committee-chair"),
                                                   "present", NULL, NULL, &error_),
                  "in preparation");

  m = get_ok (fx, held_ok (fx, "2024-06-11", NULL));
  label = daicho_meeting_datetime_label (m);
  g_assert_cmpstr (label, ==, "令和6年6月11日（火）午後2時～午後3時30分");
  {
    DaichoMeetingInput input = { .meeting_date = future, .start_time = "14:00" };
    ASSERT_REFUSED (fx, daicho_meeting_store_update (fx->db, m->id, &input, NULL, &error_),
                    NULL);
  }
}

static void
test_presiding (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoMeeting) m = NULL;
  g_autoptr(GListStore) members = NULL;
  gint64 chair_post = post (fx, "committee-chair");
  gint64 vice_post = post (fx, "committee-vice-chair");
  gint64 id = held_ok (fx, "2024-06-11", NULL);

  /* The members are the holders on the day; the secretariat is not one. */
  members = daicho_meeting_store_members (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (members), ==, 9);
  {
    g_autoptr(DaichoMeetingMember) first = g_list_model_get_item (G_LIST_MODEL (members), 0);
    g_autoptr(DaichoMeetingMember) second = g_list_model_get_item (G_LIST_MODEL (members), 1);
    g_assert_cmpstr (first->function, ==, "chair");
    g_assert_cmpint (first->staff_id, ==, fx->chair);
    g_assert_null (first->attendance);
    g_assert_cmpstr (second->function, ==, "vice_chair");
  }
  ASSERT_REFUSED (fx, daicho_meeting_store_attend (fx->db, id, post (fx, "committee-secretariat"),
                                                   "present", NULL, NULL, &error_),
                  "member's post");
  ASSERT_REFUSED (fx, daicho_meeting_store_attend (fx->db, id, chair_post, "proxy", NULL, NULL,
                                                   &error_), "Proxy");
  ASSERT_REFUSED (fx, daicho_meeting_store_attend (fx->db, id, chair_post, "late", NULL, NULL,
                                                   &error_), "present");
  ASSERT_REFUSED (fx, daicho_meeting_store_preside (fx->db, id, 0, NULL, &error_),
                  "chair's attendance");

  /* The chair attends: the chair presides, the vice-chair may not. */
  attend_all (fx, id, NULL, NULL);
  ASSERT_REFUSED (fx, daicho_meeting_store_preside (fx->db, id, vice_post, NULL, &error_),
                  "第5条第4項");
  ASSERT_REFUSED (fx, daicho_meeting_store_preside (fx->db, id, post (fx, "committee-member-1"),
                                                    NULL, &error_), "Only the chair");
  ASSERT_OK (daicho_meeting_store_preside (fx->db, id, 0, NULL, &error_));
  m = get_ok (fx, id);
  g_assert_cmpint (m->presiding_post_id, ==, chair_post);
  g_assert_cmpstr (m->presiding_function, ==, "chair");
  g_assert_cmpint (m->presided_by, ==, fx->chair);
  g_clear_object (&m);

  /* The chair turns out absent: the record of who presided falls… */
  attend_ok (fx, id, "committee-chair", "absent", NULL);
  m = get_ok (fx, id);
  g_assert_cmpint (m->presiding_post_id, ==, 0);
  g_clear_object (&m);
  ASSERT_REFUSED (fx, daicho_meeting_store_preside (fx->db, id, chair_post, NULL, &error_),
                  "第5条第5項");
  /* …and the vice-chair presides (第5条第5項). */
  ASSERT_OK (daicho_meeting_store_preside (fx->db, id, vice_post, NULL, &error_));
  m = get_ok (fx, id);
  g_assert_cmpstr (m->presiding_function, ==, "vice_chair");
  g_assert_cmpint (m->presided_by, ==, fx->vice);
  g_clear_object (&m);

  /* A proxy attends but does not preside. */
  attend_ok (fx, id, "committee-chair", "proxy", "副区長代理 山本");
  ASSERT_REFUSED (fx, daicho_meeting_store_preside (fx->db, id, chair_post, NULL, &error_),
                  "not present in person");
  m = get_ok (fx, id);
  g_assert_cmpstr (m->presiding_function, ==, "vice_chair");
  g_clear_object (&m);

  /* Neither: nobody can preside and the minutes cannot be final. */
  attend_ok (fx, id, "committee-vice-chair", "absent", NULL);
  m = get_ok (fx, id);
  g_assert_cmpint (m->presiding_post_id, ==, 0);
  g_clear_object (&m);
  ASSERT_REFUSED (fx, daicho_meeting_store_preside (fx->db, id, 0, NULL, &error_),
                  "vice-chair");
  {
    g_autoptr(GListStore) items = daicho_meeting_store_items (fx->db, id, FALSE, &error);
    g_autoptr(DaichoAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (items), 0);
    ASSERT_OK (daicho_meeting_store_record_item (fx->db, item->id, "審議した。", NULL, NULL,
                                                 &error_));
  }
  ASSERT_REFUSED (fx, daicho_meeting_store_finalize (fx->db, id, &error_), "presided");
}

static void
test_members_by_date (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  gint64 september = held_ok (fx, "2024-09-10", NULL);
  gint64 march = held_ok (fx, "2025-03-10", NULL);
  gint64 april = held_ok (fx, "2025-04-10", NULL);
  g_autoptr(GListStore) before = daicho_meeting_store_members (fx->db, march, &error);
  g_autoptr(GListStore) after = daicho_meeting_store_members (fx->db, april, &error);
  g_autoptr(DaichoMeetingMember) old4 = g_list_model_get_item (G_LIST_MODEL (before), 5);
  g_autoptr(DaichoMeetingMember) new4 = g_list_model_get_item (G_LIST_MODEL (after), 5);
  DaichoMeetingInput input = { .meeting_date = "2024-10-05", .place = "第1会議室" };

  g_assert_no_error (error);
  g_assert_cmpstr (old4->post_code, ==, "committee-member-4");
  g_assert_cmpint (old4->staff_id, ==, fx->member[4]);
  g_assert_cmpint (new4->staff_id, ==, fx->member4_new);

  /* Before attendance, the date moves and the members follow it… */
  ASSERT_OK (daicho_meeting_store_update (fx->db, september, &input, NULL, &error_));
  input.meeting_date = "2024-09-10";
  ASSERT_OK (daicho_meeting_store_update (fx->db, september, &input, NULL, &error_));
  /* …after it, the date keeps the people recorded. */
  attend_ok (fx, september, "committee-member-6", "present", NULL);
  input.meeting_date = "2024-10-05";
  ASSERT_REFUSED (fx, daicho_meeting_store_update (fx->db, september, &input, NULL, &error_),
                  "other people");
  input.meeting_date = "2024-09-30";
  ASSERT_OK (daicho_meeting_store_update (fx->db, september, &input, NULL, &error_));
  input.recorder_id = fx->left;
  ASSERT_REFUSED (fx, daicho_meeting_store_update (fx->db, september, &input, NULL, &error_),
                  "recorder");
}

static void
test_agenda (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(DaichoMeeting) m = NULL;
  gint64 id = new_ok (fx, "2024-06-11");
  gint64 a = item_ok (fx, id, "議題A", 1, 20);
  gint64 b = item_ok (fx, id, "議題B", 3, 15);
  gint64 c = item_ok (fx, id, "議題C", 7, 10);
  gint64 guest;
  DaichoAgendaItemInput bad = { .title = "議題D", .area = 8 };

  ASSERT_REFUSED (fx, daicho_meeting_store_add_item (fx->db, id, &bad, NULL, &error_),
                  "第5条第2項");
  bad.area = 0;
  ASSERT_REFUSED (fx, daicho_meeting_store_add_item (fx->db, id, &bad, NULL, &error_),
                  "第5条第2項");
  bad = (DaichoAgendaItemInput) { .title = " ", .area = 2 };
  ASSERT_REFUSED (fx, daicho_meeting_store_add_item (fx->db, id, &bad, NULL, &error_),
                  "required");
  bad = (DaichoAgendaItemInput) { .title = "議題D", .area = 2, .planned_minutes = 601 };
  ASSERT_REFUSED (fx, daicho_meeting_store_add_item (fx->db, id, &bad, NULL, &error_), "600");

  ASSERT_OK (daicho_meeting_store_move_item (fx->db, c, 1, NULL, &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_move_item (fx->db, c, 4, NULL, &error_), "1 to 3");
  ASSERT_OK (daicho_meeting_store_withdraw_item (fx->db, a, "次回に延期", &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_withdraw_item (fx->db, b, "", &error_), "Reason");
  ASSERT_REFUSED (fx, daicho_meeting_store_withdraw_item (fx->db, a, "再度", &error_),
                  "withdrawn");
  items = daicho_meeting_store_items (fx->db, id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (items), ==, 2);
  {
    g_autoptr(DaichoAgendaItem) first = g_list_model_get_item (G_LIST_MODEL (items), 0);
    g_autoptr(DaichoAgendaItem) second = g_list_model_get_item (G_LIST_MODEL (items), 1);
    g_assert_cmpint (first->id, ==, c);
    g_assert_cmpint (first->no, ==, 1);
    g_assert_cmpint (second->id, ==, b);
    g_assert_cmpint (second->no, ==, 2);
  }
  g_clear_object (&items);
  items = daicho_meeting_store_items (fx->db, id, TRUE, &error);
  g_assert_cmpuint (n_items (items), ==, 3);
  {
    g_autoptr(DaichoAgendaItem) gone = g_list_model_get_item (G_LIST_MODEL (items), 2);
    g_assert_cmpint (gone->id, ==, a);
    g_assert_cmpint (gone->no, ==, 0);
    g_assert_cmpstr (gone->withdraw_reason, ==, "次回に延期");
  }
  m = get_ok (fx, id);
  g_assert_cmpint (m->n_items, ==, 2);
  g_assert_cmpint (m->planned_minutes, ==, 25);
  g_clear_object (&m);

  /* Recording waits until the meeting is held. */
  ASSERT_REFUSED (fx, daicho_meeting_store_record_item (fx->db, b, "審議", NULL, NULL, &error_),
                  "in preparation");

  /* Invited people (第5条第7項). */
  ASSERT_REFUSED (fx, daicho_meeting_store_add_invitee (fx->db, id, "石川 誠", "", NULL, NULL,
                                                        &error_), "Affiliation");
  guest = daicho_meeting_store_add_invitee (fx->db, id, "石川 誠", "株式会社地域情報システム",
                                            NULL, NULL, &error);
  g_assert_no_error (error);
  ASSERT_OK (daicho_meeting_store_update_invitee (fx->db, guest, "石川 誠", "株式会社地域情報システム",
                                                  "保守担当主任", NULL, &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_invitee_attend (fx->db, guest, "present", NULL,
                                                           &error_), "in preparation");
  ASSERT_OK (daicho_meeting_store_mark_held (fx->db, id, &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_invitee_attend (fx->db, guest, "proxy", NULL,
                                                           &error_), "invited");
  ASSERT_OK (daicho_meeting_store_invitee_attend (fx->db, guest, "present", NULL, &error_));
  {
    g_autoptr(GListStore) invitees = daicho_meeting_store_invitees (fx->db, id, FALSE, &error);
    g_autoptr(DaichoMeetingInvitee) v = g_list_model_get_item (G_LIST_MODEL (invitees), 0);
    g_assert_cmpstr (v->title, ==, "保守担当主任");
    g_assert_cmpstr (v->attendance, ==, "present");
  }
  /* An item with action items is not withdrawn. */
  {
    DaichoMeetingActionInput input = { .text = "対応する", .owner_id = fx->member[5],
                                       .due_date = "2024-07-31", .agenda_item_id = b };
    gint64 x = daicho_meeting_store_add_action (fx->db, id, &input, NULL, &error);

    g_assert_no_error (error);
    ASSERT_REFUSED (fx, daicho_meeting_store_withdraw_item (fx->db, b, "不要", &error_),
                    "action items");
    input.agenda_item_id = a;
    ASSERT_REFUSED (fx, daicho_meeting_store_add_action (fx->db, id, &input, NULL, &error_),
                    "agenda");
    ASSERT_OK (daicho_meeting_store_withdraw_action (fx->db, x, "重複", &error_));
    ASSERT_OK (daicho_meeting_store_withdraw_item (fx->db, b, "不要", &error_));
  }
}

static void
test_carry_over (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) carried = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GListStore) history = NULL;
  g_autoptr(DaichoMeetingAction) act = NULL;
  gint64 first_item;
  gint64 first = held_ok (fx, "2024-06-11", &first_item);
  gint64 a1 = action_ok (fx, first, "処理期限の管理方法を見直すこと", fx->member[5], "2024-08-31");
  gint64 a2 = action_ok (fx, first, "手順書を作成すること", fx->member[1], "2024-07-31");
  gint64 a3 = action_ok (fx, first, "様式を改めること", fx->member[2], "2024-12-31");
  gint64 second, third;
  DaichoMeetingActionInput bad = { .text = "x", .owner_id = fx->member[1],
                                   .due_date = "2024-06-10" };

  ASSERT_REFUSED (fx, daicho_meeting_store_add_action (fx->db, first, &bad, NULL, &error_),
                  "before the meeting");
  bad.due_date = "2024-07-01";
  bad.owner_id = fx->left;
  ASSERT_REFUSED (fx, daicho_meeting_store_add_action (fx->db, first, &bad, NULL, &error_),
                  "at work");
  bad.owner_id = fx->member[1];
  bad.text = "";
  ASSERT_REFUSED (fx, daicho_meeting_store_add_action (fx->db, first, &bad, NULL, &error_),
                  "Instruction");

  /* a1 is done before the next meeting, a2 under way, a3 not started. */
  ASSERT_REFUSED (fx, daicho_meeting_store_set_action_state (fx->db, a1, "done", "2024-06-10",
                                                             NULL, &error_), "before");
  ASSERT_OK (daicho_meeting_store_set_action_state (fx->db, a1, "doing", "2024-07-01", NULL,
                                                    &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_set_action_state (fx->db, a1, "done", "2024-06-30",
                                                             NULL, &error_), "last changed");
  ASSERT_OK (daicho_meeting_store_set_action_state (fx->db, a1, "done", "2024-08-20", "完了",
                                                    &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_set_action_state (fx->db, a1, "done", NULL, NULL,
                                                             &error_), "already");
  ASSERT_REFUSED (fx, daicho_meeting_store_set_action_state (fx->db, a1, "finished", NULL, NULL,
                                                             &error_), "未着手");
  ASSERT_OK (daicho_meeting_store_set_action_state (fx->db, a2, "doing", "2024-07-15", NULL,
                                                    &error_));

  second = new_ok (fx, "2024-09-10");
  carried = daicho_meeting_store_carried (fx->db, second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (carried), ==, 2);
  {
    g_autoptr(DaichoMeetingAction) x = g_list_model_get_item (G_LIST_MODEL (carried), 0);
    g_autoptr(DaichoMeetingAction) y = g_list_model_get_item (G_LIST_MODEL (carried), 1);
    g_assert_cmpint (x->id, ==, a2);
    g_assert_true (x->overdue);     /* due 7/31, judged on 9/10 */
    g_assert_cmpint (x->meeting_number, ==, 1);
    g_assert_cmpint (x->agenda_item_id, ==, 0);
    g_assert_cmpint (y->id, ==, a3);
    g_assert_false (y->overdue);
  }
  g_clear_object (&carried);
  /* Nothing is carried onto the first meeting itself. */
  carried = daicho_meeting_store_carried (fx->db, first, &error);
  g_assert_cmpuint (n_items (carried), ==, 0);
  g_clear_object (&carried);

  /* a2 done after the second meeting: still carried there, not later. */
  ASSERT_OK (daicho_meeting_store_set_action_state (fx->db, a2, "done", "2024-09-20", NULL,
                                                    &error_));
  ASSERT_OK (daicho_meeting_store_withdraw_action (fx->db, a3, "第2回で方針変更", &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_set_action_state (fx->db, a3, "doing", NULL, NULL,
                                                             &error_), "withdrawn");
  third = new_ok (fx, "2024-12-10");
  carried = daicho_meeting_store_carried (fx->db, second, &error);
  g_assert_cmpuint (n_items (carried), ==, 1);
  g_clear_object (&carried);
  carried = daicho_meeting_store_carried (fx->db, third, &error);
  g_assert_cmpuint (n_items (carried), ==, 0);
  g_clear_object (&carried);

  /* Reopening clears the done date; the history keeps every change. */
  ASSERT_OK (daicho_meeting_store_set_action_state (fx->db, a1, "doing", "2024-10-01",
                                                    "再発のため再開", &error_));
  act = daicho_meeting_store_get_action (fx->db, a1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (act->state, ==, "doing");
  g_assert_null (act->done_date);
  g_assert_cmpstr (act->state_changed_on, ==, "2024-10-01");
  history = daicho_meeting_store_action_history (fx->db, a1, &error);
  g_assert_cmpuint (n_items (history), ==, 4);
  {
    g_autoptr(DaichoMeetingActionChange) made = g_list_model_get_item (G_LIST_MODEL (history), 0);
    g_autoptr(DaichoMeetingActionChange) last = g_list_model_get_item (G_LIST_MODEL (history), 3);
    g_assert_null (made->old_state);
    g_assert_cmpstr (made->new_state, ==, "todo");
    g_assert_cmpstr (made->changed_on, ==, "2024-06-11");
    g_assert_cmpstr (last->old_state, ==, "done");
    g_assert_cmpstr (last->note, ==, "再発のため再開");
  }
  carried = daicho_meeting_store_carried (fx->db, third, &error);
  g_assert_cmpuint (n_items (carried), ==, 1);

  /* The board: open, overdue as of a date, done, by owner. */
  list = actions_ok (fx, "open", "2024-12-01", 0);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  list = actions_ok (fx, "overdue", "2024-12-01", 0);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  list = actions_ok (fx, "overdue", "2024-08-31", 0);
  g_assert_cmpuint (n_items (list), ==, 0);
  g_clear_object (&list);
  list = actions_ok (fx, "done", NULL, 0);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  list = actions_ok (fx, NULL, NULL, fx->member[1]);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  list = actions_ok (fx, NULL, NULL, 0);
  g_assert_cmpuint (n_items (list), ==, 2);
  g_clear_object (&list);
  {
    DaichoMeetingActionFilter all = { .include_withdrawn = TRUE };
    list = daicho_meeting_store_actions (fx->db, &all, &error);
    g_assert_cmpuint (n_items (list), ==, 3);
    g_clear_object (&list);
  }
  {
    DaichoMeetingActionFilter wrong = { .state = "late" };
    ASSERT_REFUSED (fx, daicho_meeting_store_actions (fx->db, &wrong, &error_) != NULL, "open");
  }
}

static void
test_finalize_and_revise (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) revisions = NULL;
  g_autoptr(DaichoMeeting) m = NULL;
  gint64 item, guest, action;
  gint64 id = held_ok (fx, "2024-06-11", &item);
  DaichoMeetingInput input = { .meeting_date = "2024-06-11", .start_time = "14:00",
                               .end_time = "15:45", .place = "第1会議室" };

  guest = daicho_meeting_store_add_invitee (fx->db, id, "石川 誠", "株式会社地域情報システム",
                                            NULL, NULL, &error);
  g_assert_no_error (error);
  action = action_ok (fx, id, "手順書を作成すること", fx->member[1], "2024-07-31");

  ASSERT_REFUSED (fx, daicho_meeting_store_finalize (fx->db, id, &error_), "9 members");
  attend_all (fx, id, "committee-member-7", "absent");
  ASSERT_REFUSED (fx, daicho_meeting_store_finalize (fx->db, id, &error_), "1 invited person");
  ASSERT_OK (daicho_meeting_store_invitee_attend (fx->db, guest, "present", NULL, &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_finalize (fx->db, id, &error_), "presided");
  ASSERT_OK (daicho_meeting_store_preside (fx->db, id, 0, NULL, &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_finalize (fx->db, id, &error_), "discussion");
  ASSERT_OK (daicho_meeting_store_record_item (fx->db, item, "不整合3件を確認した。",
                                               "是正を完了する。", NULL, &error_));
  ASSERT_OK (daicho_meeting_store_finalize (fx->db, id, &error_));
  ASSERT_REFUSED (fx, daicho_meeting_store_finalize (fx->db, id, &error_), "already final");
  m = get_ok (fx, id);
  g_assert_cmpstr (m->state, ==, "final");
  g_assert_nonnull (m->finalized_at);
  g_clear_object (&m);

  /* Locked: every change needs a reason and is kept. */
  ASSERT_REFUSED (fx, daicho_meeting_store_record_item (fx->db, item, "別の内容", NULL, NULL,
                                                        &error_), "reason");
  ASSERT_REFUSED (fx, daicho_meeting_store_update (fx->db, id, &input, NULL, &error_),
                  "reason");
  ASSERT_REFUSED (fx, daicho_meeting_store_add_item (fx->db, id, &(DaichoAgendaItemInput) {
                                                       .title = "追加", .area = 7 }, " ",
                                                     &error_), "reason");
  ASSERT_REFUSED (fx, daicho_meeting_store_record_item (fx->db, item, "不整合3件を確認した。",
                                                        "是正を完了する。", "変更なし",
                                                        &error_), "changes nothing");
  ASSERT_OK (daicho_meeting_store_record_item (fx->db, item, "不整合3件を確認した。",
                                               "是正を今月中に完了する。", "字句の修正",
                                               &error_));
  ASSERT_OK (daicho_meeting_store_update (fx->db, id, &input, "終了時刻の誤り", &error_));
  /* The chair was absent after all: the vice-chair presided, by the rule. */
  ASSERT_OK (daicho_meeting_store_attend (fx->db, id, post (fx, "committee-chair"), "absent",
                                          NULL, "出席簿との照合", &error_));
  m = get_ok (fx, id);
  g_assert_cmpstr (m->presiding_function, ==, "vice_chair");
  g_assert_cmpstr (m->end_time, ==, "15:45");
  g_clear_object (&m);
  ASSERT_REFUSED (fx, daicho_meeting_store_attend (fx->db, id, post (fx, "committee-vice-chair"),
                                                   "absent", NULL, "誤り", &error_),
                  "nobody could have presided");
  {
    DaichoMeetingActionInput change = { .text = "手順書を作成し周知すること",
                                        .owner_id = fx->member[1], .due_date = "2024-08-31" };
    ASSERT_OK (daicho_meeting_store_update_action (fx->db, action, &change, "期限の訂正",
                                                   &error_));
  }
  /* Following an action up is not a revision. */
  ASSERT_OK (daicho_meeting_store_set_action_state (fx->db, action, "doing", "2024-07-01", NULL,
                                                    &error_));

  revisions = daicho_meeting_store_revisions (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (revisions), ==, 6);
  {
    g_autoptr(DaichoMeetingRevision) r0 = g_list_model_get_item (G_LIST_MODEL (revisions), 0);
    g_autoptr(DaichoMeetingRevision) r1 = g_list_model_get_item (G_LIST_MODEL (revisions), 1);
    g_autoptr(DaichoMeetingRevision) r2 = g_list_model_get_item (G_LIST_MODEL (revisions), 2);
    g_autoptr(DaichoMeetingRevision) r3 = g_list_model_get_item (G_LIST_MODEL (revisions), 3);
    g_autoptr(DaichoMeetingRevision) r5 = g_list_model_get_item (G_LIST_MODEL (revisions), 5);

    g_assert_cmpstr (r0->target, ==, "item");
    g_assert_cmpstr (r0->field, ==, "decision");
    g_assert_cmpstr (r0->old_value, ==, "是正を完了する。");
    g_assert_cmpstr (r0->new_value, ==, "是正を今月中に完了する。");
    g_assert_cmpstr (r0->reason, ==, "字句の修正");
    g_assert_cmpstr (r0->target_label, ==, "議題「整合性確認の結果について」");
    g_assert_nonnull (r0->revised_by_name);
    g_assert_cmpstr (r1->field, ==, "end_time");
    g_assert_cmpstr (r1->new_value, ==, "15:45");
    g_assert_cmpstr (r2->target, ==, "attendance");
    g_assert_cmpstr (r2->old_value, ==, "出席");
    g_assert_cmpstr (r2->new_value, ==, "欠席");
    g_assert_cmpstr (r3->field, ==, "presiding");
    g_assert_cmpstr (r3->new_value, ==, "副会長 石田 久美子");
    g_assert_cmpstr (r5->field, ==, "due_date");
    g_assert_cmpstr (daicho_meeting_field_form_label (r5->field), ==, "期限");
  }
  m = get_ok (fx, id);
  g_assert_cmpint (m->n_revisions, ==, 6);
  test_assert_check_clean (fx->db);
}

/* The minutes of a long meeting: the discussion breaks between lines, the
 * action items' table repeats its header on each page, nothing is printed
 * twice or lost; the documents refuse meetings they do not fit. */
static void
test_documents (void)
{
  g_autoptr(Fx) fx = fx_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GString) discussion = g_string_new (NULL);
  g_autofree char *dir = test_make_tmp_dir ("meeting-documents");
  g_autofree char *pdf = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "minutes.xlsx", NULL);
  g_autofree char *all = NULL;
  g_auto(GStrv) pages = NULL;
  gint64 item, planned, id = held_ok (fx, "2024-06-11", &item);
  guint n_pages;
  const char * const checks[] = { "--orientation", "portrait", "--title",
                                   "令和6年度第1回 住基ネットセキュリティ会議 議事録",
                                   "--text", "出席者", "--text", "議長", NULL };

  attend_all (fx, id, "committee-chair", "absent");
  ASSERT_OK (daicho_meeting_store_preside (fx->db, id, 0, NULL, &error_));
  for (int i = 1; i <= 60; i++)
    g_string_append_printf (discussion, "発言%02d：端末の設置場所と利用者の範囲について確認した。", i);
  ASSERT_OK (daicho_meeting_store_record_item (fx->db, item, discussion->str, "了承した。", NULL,
                                               &error_));
  for (int i = 1; i <= 45; i++)
    {
      g_autofree char *text = g_strdup_printf ("指示%02d：手順を見直し報告すること", i);
      action_ok (fx, id, text, fx->member[1 + i % 7], "2024-09-30");
    }
  ASSERT_OK (daicho_meeting_store_finalize (fx->db, id, &error_));

  form = daicho_meeting_minutes_form_new (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daicho_form_get_title (form), ==,
                   "令和6年度第1回 住基ネットセキュリティ会議 議事録");
  n_pages = daicho_form_get_n_pages (form);
  g_assert_cmpuint (n_pages, >=, 3);
  /* The print dialog's outlet: every page draws on any surface. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
    cairo_t *cr = cairo_create (surface);

    for (guint p = 0; p < n_pages; p++)
      daicho_form_draw_page (form, cr, p);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  test_write_form_ok (form, pdf);
  test_assert_no_partial (pdf);
  test_run_checker ("check_pdf.py", pdf, checks);

  pages = test_pdf_pages (pdf);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages);
  all = g_strjoinv ("", pages);
  for (int i = 1; i <= 60; i++)
    {
      g_autofree char *said = g_strdup_printf ("発言%02d：", i);
      g_assert_cmpuint (test_count_occurrences (all, said), ==, 1);
    }
  for (int i = 1; i <= 45; i++)
    {
      g_autofree char *told = g_strdup_printf ("指示%02d：", i);
      int page = test_page_of (pages, told);

      g_assert_cmpuint (test_count_occurrences (all, told), ==, 1);
      g_assert_cmpint (page, >=, 0);
      /* The header row is on every page the table runs over. */
      g_assert_nonnull (strstr (pages[page], "No.議題指示・要請担当期限"));
    }
  g_assert_nonnull (strstr (all, "欠席者会長統括責任者（副区長）大野正樹"));
  g_assert_nonnull (strstr (pages[n_pages - 1], "記録者"));

  test_write_form_ok (form, xlsx);
  test_assert_no_partial (xlsx);
  g_clear_pointer (&form, daicho_form_free);

  /* The list across meetings; the notice; refusals. */
  form = daicho_meeting_actions_form_new (fx->db, &(DaichoMeetingActionFilter) {
                                            .state = "overdue", .on = "2024-10-01" }, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (daicho_form_get_n_rows (form), ==, 45);
  g_assert_cmpint (daicho_form_get_orientation (form), ==, DAICHO_FORM_LANDSCAPE);
  g_clear_pointer (&form, daicho_form_free);
  planned = new_ok (fx, "2024-12-10");
  form = daicho_meeting_notice_form_new (fx->db, planned, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daicho_form_get_title (form), ==,
                   "令和6年度第2回 住基ネットセキュリティ会議 開催通知・次第");
  g_assert_cmpuint (daicho_form_get_n_pages (form), >=, 2);   /* 45 carried action items */
  g_clear_pointer (&form, daicho_form_free);
  g_assert_null (daicho_meeting_minutes_form_new (fx->db, planned, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "not been held");
  ASSERT_OK (daicho_meeting_store_cancel (fx->db, planned, "延期", &error_));
  g_assert_null (daicho_meeting_notice_form_new (fx->db, planned, &error));
  test_assert_refused (&error, DAICHO_ERROR_INVALID, "cancelled");
  test_remove_tmp_dir (dir);
}

static void
test_demo (void)
{
  g_autoptr(Fx) fx = g_new0 (Fx, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GListStore) list = NULL;
  guint n_final = 0, n_planned = 0, n_held = 0, n_vice = 0;
  gint64 planned = 0;

  fx->db = test_open_tmp_db ("meeting-demo", &fx->dir, &fx->path);
  g_assert_true (daicho_demo_fill (fx->db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);

  meetings = daicho_meeting_store_list (fx->db, 0, &error);
  g_assert_cmpuint (n_items (meetings), ==, 5);
  for (guint i = 0; i < n_items (meetings); i++)
    {
      g_autoptr(DaichoMeeting) m = g_list_model_get_item (G_LIST_MODEL (meetings), i);

      n_final += g_str_equal (m->state, "final");
      n_held += g_str_equal (m->state, "held");
      if (g_str_equal (m->state, "planned"))
        n_planned++, planned = m->id;
      n_vice += g_strcmp0 (m->presiding_function, "vice_chair") == 0;
      g_assert_cmpint (m->n_items, >=, 2);
    }
  g_assert_cmpuint (n_final, ==, 3);
  g_assert_cmpuint (n_held, ==, 1);
  g_assert_cmpuint (n_planned, ==, 1);
  g_assert_cmpuint (n_vice, ==, 1);

  list = actions_ok (fx, "overdue", NULL, 0);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  list = actions_ok (fx, "open", NULL, 0);
  g_assert_cmpuint (n_items (list), >=, 2);
  g_clear_object (&list);
  list = actions_ok (fx, "done", NULL, 0);
  g_assert_cmpuint (n_items (list), >=, 2);
  g_clear_object (&list);
  list = daicho_meeting_store_carried (fx->db, planned, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), >=, 2);
  g_clear_object (&list);
  g_assert_cmpint (test_db_int (fx->db, "SELECT count (*) FROM meeting_revision"), ==, 1);
  test_assert_check_clean (fx->db);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting/roster", test_roster);
  g_test_add_func ("/meeting/numbering", test_numbering);
  g_test_add_func ("/meeting/future-and-times", test_future_and_times);
  g_test_add_func ("/meeting/presiding", test_presiding);
  g_test_add_func ("/meeting/members-by-date", test_members_by_date);
  g_test_add_func ("/meeting/agenda", test_agenda);
  g_test_add_func ("/meeting/carry-over", test_carry_over);
  g_test_add_func ("/meeting/finalize-and-revise", test_finalize_and_revise);
  g_test_add_func ("/meeting/documents", test_documents);
  g_test_add_func ("/meeting/demo", test_demo);
  return g_test_run ();
}
