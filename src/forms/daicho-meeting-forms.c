/* daicho-meeting-forms.c — 開催通知・次第, 議事録 and 指示・要請一覧 of the security committee
 *
 * The notice and the minutes are documents (daicho-form-flow.c): fields,
 * sections and tables flowing over A4 portrait pages. The action-item list
 * is a one-table form. Their words are the committee's own and always
 * Japanese; only error messages are translated.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-committee-store.h"
#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-meeting-forms.h"

/* A meeting's facts every document uses. */
typedef struct
{
  DaichoMeeting *meeting;
  char          *label;       /* 令和7年度第1回 */
  char          *committee;   /* 住基ネットセキュリティ会議 */
  char          *title;       /* 令和7年度第1回 住基ネットセキュリティ会議 */
  char          *datetime;    /* 令和7年6月10日（火）午後2時～午後3時30分 */
  GListStore    *members;
  GListStore    *invitees;
  GListStore    *items;
} Facts;

static void
facts_clear (Facts *f)
{
  g_clear_object (&f->meeting);
  g_free (f->label);
  g_free (f->committee);
  g_free (f->title);
  g_free (f->datetime);
  g_clear_object (&f->members);
  g_clear_object (&f->invitees);
  g_clear_object (&f->items);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Facts, facts_clear)

static gboolean
facts_load (DaichoDb *db, gint64 meeting_id, Facts *f, GError **error)
{
  DaichoMeeting *m = f->meeting = daicho_meeting_store_get (db, meeting_id, error);

  if (m == NULL || (f->committee = daicho_committee_get_name (db, error)) == NULL ||
      (f->members = daicho_meeting_store_members (db, meeting_id, error)) == NULL ||
      (f->invitees = daicho_meeting_store_invitees (db, meeting_id, FALSE, error)) == NULL ||
      (f->items = daicho_meeting_store_items (db, meeting_id, FALSE, error)) == NULL)
    return FALSE;
  f->label = daicho_meeting_number_label ((int) m->fiscal_year, (int) m->number);
  f->title = g_strdup_printf ("%s %s", f->label, f->committee);
  f->datetime = daicho_meeting_datetime_label (m);
  return TRUE;
}

static guint
n_of (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

/* 会長　統括責任者（副区長）　大野 正樹, with the proxy when one attended. */
static char *
member_line (DaichoMeetingMember *m)
{
  if (g_strcmp0 (m->attendance, "proxy") == 0)
    return g_strdup_printf ("%s　%s　%s（代理出席：%s）",
                            daicho_committee_function_form_label (m->function), m->post_name,
                            m->staff_name, m->proxy_name);
  return g_strdup_printf ("%s　%s　%s", daicho_committee_function_form_label (m->function),
                          m->post_name, m->staff_name);
}

/* The members whose attendance is one of @attendances (NULL-terminated;
 * NULL: every member), a line each; @none when there are none. */
static char *
member_lines (GListStore *members, const char * const *attendances, const char *none)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_of (members); i++)
    {
      g_autoptr(DaichoMeetingMember) m = g_list_model_get_item (G_LIST_MODEL (members), i);
      g_autofree char *line = NULL;

      if (attendances != NULL &&
          (m->attendance == NULL || !g_strv_contains (attendances, m->attendance)))
        continue;
      line = member_line (m);
      g_string_append_printf (out, "%s%s", out->len ? "\n" : "", line);
    }
  if (out->len == 0)
    g_string_assign (out, none);
  return g_string_free (out, FALSE);
}

/* 石川 誠（株式会社地域情報システム　保守担当主任）, a line each, of the
 * invitees present (@present_only) or all of them. */
static char *
invitee_lines (GListStore *invitees, gboolean present_only, const char *none)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_of (invitees); i++)
    {
      g_autoptr(DaichoMeetingInvitee) v = g_list_model_get_item (G_LIST_MODEL (invitees), i);

      if (present_only && g_strcmp0 (v->attendance, "present") != 0)
        continue;
      g_string_append_printf (out, "%s%s（%s%s%s）", out->len ? "\n" : "", v->name,
                              v->affiliation, *v->title ? "　" : "", v->title);
    }
  if (out->len == 0)
    g_string_assign (out, none);
  return g_string_free (out, FALSE);
}

/* 庶務（区民部窓口課）　青木 翔太 */
static char *
secretariat_line (DaichoDb *db, Facts *f)
{
  g_autoptr(DaichoCommitteePost) post = daicho_committee_post_by_function (
    db, DAICHO_COMMITTEE_SECRETARIAT, f->meeting->meeting_date, NULL);
  const char *who = f->meeting->recorder_name;

  return g_strdup_printf ("%s%s%s", post ? post->name : "庶務", who ? "　" : "", who ? who : "");
}

static char *
area_text (gint64 area)
{
  return g_strdup_printf ("(%lld) %s", (long long) area,
                          daicho_committee_area_form_label ((int) area));
}

static char *
number_text (gint64 n)
{
  return g_strdup_printf ("%lld", (long long) n);
}

/* A table's column: title, width in millimetres (scaled to the page), alignment, type. */
typedef struct
{
  const char        *title;
  double             width;
  DaichoFormAlign    align;
  DaichoFormCellType type;
} Column;

static void
add_columns (DaichoForm *table, const Column *columns, guint n)
{
  for (guint i = 0; i < n; i++)
    daicho_form_add_column (table, columns[i].title, columns[i].width, columns[i].align,
                            columns[i].type);
}

#define ADD_COLUMNS(table, columns) add_columns (table, columns, G_N_ELEMENTS (columns))

/* 開催通知・次第 */

static const Column agenda_columns[] = {
  { "No.", 9, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_NUMBER },
  { "議題", 52, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "審議事項", 36, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "説明者", 30, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "時間（分）", 15, DAICHO_FORM_ALIGN_END, DAICHO_FORM_CELL_NUMBER },
  { "資料", 38, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
}, carried_columns[] = {
  { "No.", 9, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_NUMBER },
  { "会議", 26, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "指示・要請", 62, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "担当", 28, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "期限", 21, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  { "状態", 34, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
};

/* 対応中（期限超過）, 完了（R7.6.20） */
static char *
action_state_text (DaichoMeetingAction *a)
{
  const char *state = daicho_meeting_action_state_form_label (a->state);

  if (a->done_date != NULL)
    {
      g_autofree char *done = daicho_date_format_iso (a->done_date, DAICHO_DATE_WAREKI_SHORT);
      return g_strdup_printf ("%s（%s）", state, done);
    }
  return g_strdup_printf ("%s%s", state, a->overdue ? "（期限超過）" : "");
}

DaichoForm *
daicho_meeting_notice_form_new (DaichoDb *db, gint64 meeting_id, GError **error)
{
  g_auto(Facts) f = { 0 };
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GListStore) carried = NULL;
  g_autoptr(DaichoCommitteePost) chair = NULL;
  g_autofree char *title = NULL, *intro = NULL, *total = NULL, *convener = NULL;
  g_autofree char *members = NULL, *guests = NULL, *secretariat = NULL;
  DaichoForm *table;

  if (!facts_load (db, meeting_id, &f, error))
    return NULL;
  if (g_str_equal (f.meeting->state, "cancelled"))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The meeting %s was cancelled: it has no notice to print."), f.label);
      return NULL;
    }
  if ((carried = daicho_meeting_store_carried (db, meeting_id, error)) == NULL)
    return NULL;
  chair = daicho_committee_post_by_function (db, DAICHO_COMMITTEE_CHAIR, f.meeting->meeting_date,
                                             NULL);

  title = g_strdup_printf ("%s 開催通知・次第", f.title);
  form = daicho_form_new (NULL, title, DAICHO_FORM_PORTRAIT);
  total = g_strdup_printf ("%lld分（議題%lld件）", (long long) f.meeting->planned_minutes,
                           (long long) f.meeting->n_items);
  convener = g_strdup_printf ("会長　%s", chair && chair->holder_name ? chair->holder_name : "");
  daicho_form_add_heading (form, "日時", f.datetime);
  daicho_form_add_heading (form, "場所", *f.meeting->place ? f.meeting->place : "未定");
  daicho_form_add_heading (form, "予定時間", total);
  daicho_form_add_heading (form, "招集者", convener);
  intro = g_strdup_printf ("下記のとおり%sを開催しますので、ご出席くださいますようお願いします。",
                           f.committee);
  daicho_form_add_paragraph (form, intro);

  table = daicho_form_add_table (form, "次第");
  ADD_COLUMNS (table, agenda_columns);
  for (guint i = 0; i < n_of (f.items); i++)
    {
      g_autoptr(DaichoAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (f.items), i);
      g_autofree char *no = number_text (item->no);
      const char *short_area = daicho_committee_area_short_label ((int) item->area);
      g_autofree char *area = g_strdup_printf ("(%lld) %s", (long long) item->area, short_area);
      g_autofree char *minutes = number_text (item->planned_minutes);

      daicho_form_add_row (table, (const char *[]) { no, item->title, area, item->presenter,
                                                     minutes, item->materials });
    }
  daicho_form_set_empty_text (table, "議題はまだありません。");
  {
    g_autofree char *note = g_strdup_printf ("予定時間　合計 %lld分",
                                             (long long) f.meeting->planned_minutes);
    daicho_form_set_note (table, note);
  }

  table = daicho_form_add_table (form, "継続事項");
  ADD_COLUMNS (table, carried_columns);
  for (guint i = 0; i < n_of (carried); i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (carried), i);
      g_autofree char *no = number_text (i + 1);
      g_autofree char *meeting = daicho_meeting_number_label ((int) a->meeting_fiscal_year,
                                                              (int) a->meeting_number);
      g_autofree char *state = action_state_text (a);

      daicho_form_add_row (table, (const char *[]) { no, meeting, a->text, a->owner_name,
                                                     a->due_date, state });
    }
  daicho_form_set_empty_text (table, "前回までの会議から継続する指示・要請はありません。");

  members = member_lines (f.members, NULL, "なし");
  guests = invitee_lines (f.invitees, FALSE, "なし");
  secretariat = secretariat_line (db, &f);
  daicho_form_add_field (form, "出席予定者", members);
  daicho_form_add_field (form, "委員外出席者", guests);
  daicho_form_add_field (form, "庶務", secretariat);
  return g_steal_pointer (&form);
}

/* 議事録 */

static const Column minutes_action_columns[] = {
  { "No.", 9, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_NUMBER },
  { "議題", 12, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
  { "指示・要請", 94, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "担当", 42, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "期限", 23, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
}, revision_columns[] = {
  { "修正日", 21, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  { "項目", 40, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "修正前", 40, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "修正後", 40, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "理由", 39, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
};

/* 議長: who presided, and why the vice-chair did when it was so. */
static char *
presiding_text (Facts *f)
{
  DaichoMeeting *m = f->meeting;

  if (m->presiding_function == NULL)
    return g_strdup ("（未記録）");
  if (g_str_equal (m->presiding_function, DAICHO_COMMITTEE_VICE_CHAIR))
    return g_strdup_printf ("副会長　%s（会長欠席のため、第5条第5項により会長の職務を代理）",
                            m->presided_by_name);
  return g_strdup_printf ("会長　%s", m->presided_by_name);
}

/* The local date of a UTC timestamp, ISO. */
static char *
local_date (const char *utc)
{
  g_autoptr(GDateTime) at = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = at ? g_date_time_to_local (at) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d") : g_strdup (utc);
}

static void
add_items (DaichoForm *form, Facts *f)
{
  daicho_form_add_section (form, 1, "議事");
  for (guint i = 0; i < n_of (f->items); i++)
    {
      g_autoptr(DaichoAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (f->items), i);
      g_autofree char *caption = g_strdup_printf ("%lld　%s", (long long) item->no, item->title);
      g_autofree char *area = area_text (item->area);

      daicho_form_add_section (form, 2, caption);
      daicho_form_add_field (form, "審議事項", area);
      if (item->presenter != NULL)
        daicho_form_add_field (form, "説明者", item->presenter);
      daicho_form_add_field (form, "審議内容", item->discussion ? item->discussion : "（未記載）");
      daicho_form_add_field (form, "決定事項", item->decision ? item->decision : "なし");
    }
  if (n_of (f->items) == 0)
    daicho_form_add_paragraph (form, "議題はありません。");
}

static gboolean
add_actions (DaichoDb *db, DaichoForm *form, Facts *f, GError **error)
{
  DaichoMeetingActionFilter filter = { .meeting_id = f->meeting->id };
  g_autoptr(GListStore) actions = daicho_meeting_store_actions (db, &filter, error);
  DaichoForm *table;

  if (actions == NULL)
    return FALSE;
  table = daicho_form_add_table (form, "指示・要請");
  daicho_form_add_heading (table, "会議", f->title);
  ADD_COLUMNS (table, minutes_action_columns);
  for (guint i = 0; i < n_of (actions); i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (actions), i);
      g_autofree char *no = number_text (i + 1);
      g_autofree char *item = a->agenda_item_no ? g_strdup_printf ("議題%lld",
                                                                   (long long) a->agenda_item_no)
                                                : g_strdup ("—");

      daicho_form_add_row (table, (const char *[]) { no, item, a->text, a->owner_name,
                                                     a->due_date });
    }
  daicho_form_set_empty_text (table, "指示・要請はありません。");
  return TRUE;
}

static gboolean
add_revisions (DaichoDb *db, DaichoForm *form, Facts *f, GError **error)
{
  g_autoptr(GListStore) revisions = daicho_meeting_store_revisions (db, f->meeting->id, error);
  DaichoForm *table;

  if (revisions == NULL)
    return FALSE;
  if (n_of (revisions) == 0)
    return TRUE;
  table = daicho_form_add_table (form, "修正履歴");
  daicho_form_add_heading (table, "会議", f->title);
  ADD_COLUMNS (table, revision_columns);
  for (guint i = 0; i < n_of (revisions); i++)
    {
      g_autoptr(DaichoMeetingRevision) r = g_list_model_get_item (G_LIST_MODEL (revisions), i);
      g_autofree char *date = local_date (r->revised_at);
      g_autofree char *what = g_strdup_printf ("%s　%s", r->target_label ? r->target_label : "",
                                               daicho_meeting_field_form_label (r->field));

      daicho_form_add_row (table, (const char *[]) { date, what, r->old_value, r->new_value,
                                                     r->reason });
    }
  return TRUE;
}

DaichoForm *
daicho_meeting_minutes_form_new (DaichoDb *db, gint64 meeting_id, GError **error)
{
  static const char * const present[] = { "present", "proxy", NULL };
  static const char * const absent[] = { "absent", NULL };
  g_auto(Facts) f = { 0 };
  g_autoptr(DaichoForm) form = NULL;
  g_autofree char *title = NULL, *attendees = NULL, *absentees = NULL, *guests = NULL;
  g_autofree char *chair = NULL, *recorder = NULL;

  if (!facts_load (db, meeting_id, &f, error))
    return NULL;
  if (g_str_equal (f.meeting->state, "planned") || g_str_equal (f.meeting->state, "cancelled"))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The meeting %s has not been held: it has no minutes yet."), f.label);
      return NULL;
    }

  title = g_strdup_printf ("%s 議事録%s", f.title,
                           g_str_equal (f.meeting->state, "final") ? "" : "（案）");
  form = daicho_form_new (NULL, title, DAICHO_FORM_PORTRAIT);
  attendees = member_lines (f.members, present, "なし");
  absentees = member_lines (f.members, absent, "なし");
  guests = invitee_lines (f.invitees, TRUE, "なし");
  chair = presiding_text (&f);
  daicho_form_add_heading (form, "開催日時", f.datetime);
  daicho_form_add_heading (form, "開催場所", f.meeting->place);
  daicho_form_add_heading (form, "出席者", attendees);
  daicho_form_add_heading (form, "欠席者", absentees);
  daicho_form_add_heading (form, "委員外出席者", guests);
  daicho_form_add_heading (form, "議長", chair);

  add_items (form, &f);
  if (!add_actions (db, form, &f, error))
    return NULL;
  recorder = secretariat_line (db, &f);
  daicho_form_add_field (form, "次回開催", f.meeting->next_meeting ? f.meeting->next_meeting
                                                                   : "未定");
  daicho_form_add_field (form, "記録者", recorder);
  if (!add_revisions (db, form, &f, error))
    return NULL;
  return g_steal_pointer (&form);
}

/* 指示・要請一覧 */

static const Column list_columns[] = {
  { "No.", 9, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_NUMBER },
  { "会議", 28, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "開催日", 20, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  { "議題", 46, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "指示・要請", 75, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "担当", 28, DAICHO_FORM_ALIGN_START, DAICHO_FORM_CELL_TEXT },
  { "期限", 20, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_DATE },
  { "状態", 31, DAICHO_FORM_ALIGN_CENTER, DAICHO_FORM_CELL_TEXT },
};

static const char *
filter_text (const char *state)
{
  if (g_strcmp0 (state, "open") == 0)
    return "未完了";
  if (g_strcmp0 (state, "overdue") == 0)
    return "期限超過";
  if (state != NULL)
    return daicho_meeting_action_state_form_label (state);
  return "すべて";
}

DaichoForm *
daicho_meeting_actions_form_new (DaichoDb *db, const DaichoMeetingActionFilter *filter,
                                 GError **error)
{
  const DaichoMeetingActionFilter none = { 0 };
  g_autoptr(GListStore) actions = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autofree char *committee = NULL, *today = daicho_date_today_iso ();
  g_autofree char *on = NULL, *title = NULL, *note = NULL;
  guint n_open = 0, n_overdue = 0;

  if (filter == NULL)
    filter = &none;
  if ((actions = daicho_meeting_store_actions (db, filter, error)) == NULL ||
      (committee = daicho_committee_get_name (db, error)) == NULL)
    return NULL;
  on = daicho_date_format_iso (filter->on ? filter->on : today, DAICHO_DATE_WAREKI_LONG);
  title = g_strdup_printf ("指示・要請一覧（%s現在）", on);
  form = daicho_form_new (NULL, title, DAICHO_FORM_LANDSCAPE);
  daicho_form_add_heading (form, "会議", committee);
  daicho_form_add_heading (form, "区分", filter_text (filter->state));
  if (filter->owner_id != 0 && n_of (actions) > 0)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (actions), 0);
      daicho_form_add_heading (form, "担当", a->owner_name);
    }
  daicho_form_add_seal (form, "統括責任者");
  ADD_COLUMNS (form, list_columns);
  for (guint i = 0; i < n_of (actions); i++)
    {
      g_autoptr(DaichoMeetingAction) a = g_list_model_get_item (G_LIST_MODEL (actions), i);
      g_autofree char *no = number_text (i + 1);
      g_autofree char *meeting = daicho_meeting_number_label ((int) a->meeting_fiscal_year,
                                                              (int) a->meeting_number);
      g_autofree char *item = a->agenda_item_no ? g_strdup_printf ("%lld　%s",
                                                                   (long long) a->agenda_item_no,
                                                                   a->agenda_title)
                                                : NULL;
      g_autofree char *state = action_state_text (a);

      if (a->withdrawn_at != NULL)
        g_free (state), state = g_strdup ("取下げ");
      n_open += a->withdrawn_at == NULL && !g_str_equal (a->state, "done");
      n_overdue += a->overdue;
      daicho_form_add_row (form, (const char *[]) { no, meeting, a->meeting_date, item, a->text,
                                                    a->owner_name, a->due_date, state });
    }
  note = g_strdup_printf ("計 %u 件（うち未完了 %u 件、期限超過 %u 件）", n_of (actions), n_open,
                          n_overdue);
  daicho_form_set_note (form, note);
  daicho_form_set_empty_text (form, "該当する指示・要請はありません。");
  return g_steal_pointer (&form);
}
