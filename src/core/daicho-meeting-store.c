/* daicho-meeting-store.c — meetings of the committee: numbering, states, revisions
 *
 * A meeting's number is the next of its fiscal year, given inside the
 * transaction that plans it; a later number never comes before an earlier
 * one in time. The states go planned → held → final (or planned →
 * cancelled). Every change to a meeting and its parts opens a
 * DaichoMeetingChange, which refuses what the state forbids and, once the
 * minutes are final, writes each changed field as a revision with its
 * reason. Agenda and invitees live in daicho-meeting-agenda.c, attendance
 * and presiding in daicho-meeting-record.c, action items in
 * daicho-meeting-action.c.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-validate.h"
#include "daicho-label-private.h"
#include "daicho-meeting-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoMeeting, daicho_meeting,
               FIELD (DaichoMeeting, id, INT64),
               FIELD (DaichoMeeting, fiscal_year, INT64),
               FIELD (DaichoMeeting, number, INT64),
               FIELD (DaichoMeeting, meeting_date, STRING),
               FIELD (DaichoMeeting, start_time, STRING),
               FIELD (DaichoMeeting, end_time, STRING),
               FIELD (DaichoMeeting, place, STRING),
               FIELD (DaichoMeeting, state, STRING),
               FIELD (DaichoMeeting, presiding_post_id, INT64),
               FIELD (DaichoMeeting, presiding_function, STRING),
               FIELD (DaichoMeeting, presided_by, INT64),
               FIELD (DaichoMeeting, presided_by_name, STRING),
               FIELD (DaichoMeeting, next_meeting, STRING),
               FIELD (DaichoMeeting, recorder_id, INT64),
               FIELD (DaichoMeeting, recorder_name, STRING),
               FIELD (DaichoMeeting, recorder_office_name, STRING),
               FIELD (DaichoMeeting, cancel_reason, STRING),
               FIELD (DaichoMeeting, held_at, STRING),
               FIELD (DaichoMeeting, finalized_at, STRING),
               FIELD (DaichoMeeting, finalized_by_name, STRING),
               FIELD (DaichoMeeting, n_items, INT64),
               FIELD (DaichoMeeting, planned_minutes, INT64),
               FIELD (DaichoMeeting, n_invitees, INT64),
               FIELD (DaichoMeeting, n_actions, INT64),
               FIELD (DaichoMeeting, n_open_actions, INT64),
               FIELD (DaichoMeeting, n_revisions, INT64))

DEFINE_RECORD (DaichoMeetingRevision, daicho_meeting_revision,
               FIELD (DaichoMeetingRevision, id, INT64),
               FIELD (DaichoMeetingRevision, meeting_id, INT64),
               FIELD (DaichoMeetingRevision, target, STRING),
               FIELD (DaichoMeetingRevision, target_id, INT64),
               FIELD (DaichoMeetingRevision, target_label, STRING),
               FIELD (DaichoMeetingRevision, field, STRING),
               FIELD (DaichoMeetingRevision, old_value, STRING),
               FIELD (DaichoMeetingRevision, new_value, STRING),
               FIELD (DaichoMeetingRevision, reason, STRING),
               FIELD (DaichoMeetingRevision, revised_by_name, STRING),
               FIELD (DaichoMeetingRevision, revised_at, STRING))

#define LIVE_ITEMS "agenda_item i WHERE i.meeting_id = m.id AND i.withdrawn_at IS NULL"
#define LIVE_ACTIONS "meeting_action x WHERE x.meeting_id = m.id AND x.withdrawn_at IS NULL"

#define MEETING_QUERY                                                                            \
  "SELECT m.id, m.fiscal_year, m.number, m.meeting_date, m.start_time, m.end_time, m.place,"    \
  "       m.state, m.presiding_post_id,"                                                         \
  "       CASE pp.code WHEN 'committee-chair' THEN 'chair'"                                      \
  "         WHEN 'committee-vice-chair' THEN 'vice_chair' END AS presiding_function,"            \
  "       m.presided_by, ps.name AS presided_by_name, m.next_meeting, m.recorder_id,"            \
  "       r.name AS recorder_name, ro.name AS recorder_office_name, m.cancel_reason,"            \
  "       m.held_at, m.finalized_at, f.name AS finalized_by_name,"                               \
  "       (SELECT count (*) FROM " LIVE_ITEMS ") AS n_items,"                                    \
  "       (SELECT coalesce (sum (i.planned_minutes), 0) FROM " LIVE_ITEMS ") AS planned_minutes," \
  "       (SELECT count (*) FROM meeting_invitee v WHERE v.meeting_id = m.id"                    \
  "         AND v.withdrawn_at IS NULL) AS n_invitees,"                                          \
  "       (SELECT count (*) FROM " LIVE_ACTIONS ") AS n_actions,"                                \
  "       (SELECT count (*) FROM " LIVE_ACTIONS " AND x.state <> 'done') AS n_open_actions,"    \
  "       (SELECT count (*) FROM meeting_revision v WHERE v.meeting_id = m.id) AS n_revisions " \
  "FROM meeting m"                                                                               \
  " LEFT JOIN post pp ON pp.id = m.presiding_post_id"                                            \
  " LEFT JOIN staff ps ON ps.id = m.presided_by"                                                 \
  " LEFT JOIN staff r ON r.id = m.recorder_id"                                                   \
  " LEFT JOIN office ro ON ro.id = r.office_id"                                                  \
  " LEFT JOIN staff f ON f.id = m.finalized_by "

/* Labels */

static const DaichoLabel meeting_states[] = {
  { "planned", N_("In preparation"), "準備中" },
  { "held", N_("Held"), "開催済" },
  { "final", N_("Minutes final"), "議事録確定" },
  { "cancelled", N_("Cancelled"), "中止" },
};

static const DaichoLabel attendances[] = {
  { "present", N_("Present"), "出席" },
  { "absent", N_("Absent"), "欠席" },
  { "proxy", N_("Present by proxy"), "代理出席" },
};

static const DaichoLabel fields[] = {
  { "meeting_date", N_("Date"), "開催日" },
  { "start_time", N_("Start time"), "開始時刻" },
  { "end_time", N_("End time"), "終了時刻" },
  { "place", N_("Meeting place"), "開催場所" },
  { "next_meeting", N_("Next meeting"), "次回開催" },
  { "recorder", N_("Recorder"), "記録者" },
  { "presiding", N_("Presided by"), "議長" },
  { "title", N_("Agenda title"), "議題" },
  { "area", N_("Deliberation area"), "審議事項" },
  { "presenter", N_("Presenter"), "説明者" },
  { "planned_minutes", N_("Planned minutes"), "予定時間" },
  { "materials", N_("Materials"), "資料" },
  { "discussion", N_("Discussion"), "審議内容" },
  { "decision", N_("Decision"), "決定事項" },
  { "order", N_("Order"), "順序" },
  { "name", N_("Invitee’s name"), "氏名" },
  { "affiliation", N_("Affiliation"), "所属" },
  { "job_title", N_("Job title"), "職名" },
  { "attendance", N_("Attendance"), "出欠" },
  { "text", N_("Instruction or request"), "指示・要請" },
  { "owner", N_("Owner"), "担当" },
  { "due_date", N_("Due date"), "期限" },
  { "agenda_item", N_("Agenda item"), "議題" },
  { "added", N_("Added"), "追加" },
  { "withdrawn", N_("Withdrawn"), "取下げ" },
};

DAICHO_DEFINE_LABEL_FUNCTIONS (daicho_meeting_state, meeting_states)
DAICHO_DEFINE_LABEL_FUNCTIONS (daicho_meeting_attendance, attendances)

const char *
daicho_meeting_field_label (const char *field)
{
  return daicho_label_ui (fields, G_N_ELEMENTS (fields), field);
}

const char *
daicho_meeting_field_form_label (const char *field)
{
  return daicho_label_form (fields, G_N_ELEMENTS (fields), field);
}

char *
daicho_meeting_number_label (int fiscal_year, int number)
{
  g_autofree char *year = daicho_fiscal_year_label (fiscal_year, FALSE);

  return g_strdup_printf ("%s第%d回", year, number);
}

/* Times */

/* Reads an unsigned number of at most @max_digits at *@p, moving past it. */
static gboolean
read_number (const char **p, int max_digits, int *out)
{
  int n = 0, digits = 0;

  while (g_ascii_isdigit (**p) && digits < max_digits)
    {
      n = n * 10 + (**p - '0');
      (*p)++;
      digits++;
    }
  *out = n;
  return digits > 0;
}

gboolean
daicho_meeting_time_parse (const char *text, char **hhmm, GError **error)
{
  g_autofree char *norm = daicho_text_normalize_width (text);
  const char *p;
  int hour = 0, minute = 0, half = 0;   /* half: 1 午前, 2 午後 */
  gboolean ok;

  if (norm == NULL || *g_strstrip (norm) == '\0')
    return daicho_set_invalid (error, _("Give a time such as 14:00."));
  p = norm;
  if (g_str_has_prefix (p, "午前"))
    half = 1, p += strlen ("午前");
  else if (g_str_has_prefix (p, "午後"))
    half = 2, p += strlen ("午後");
  while (*p == ' ')
    p++;

  /* 1400 and 930: the last two digits are the minutes. */
  if (strspn (p, "0123456789") == strlen (p) && strlen (p) >= 3 && strlen (p) <= 4)
    {
      int n = atoi (p);

      hour = n / 100, minute = n % 100;
      ok = TRUE;
    }
  else
    {
      ok = read_number (&p, 2, &hour);
      if (ok && (*p == ':' || g_str_has_prefix (p, "時")))
        {
          gboolean kanji = *p != ':';

          p += kanji ? strlen ("時") : 1;
          if (*p != '\0')
            {
              ok = read_number (&p, 2, &minute);
              if (ok && kanji && g_str_has_prefix (p, "分"))
                p += strlen ("分");
            }
          else
            ok = kanji;
        }
      ok = ok && *p == '\0';
    }
  if (ok && half != 0)
    {
      ok = hour <= 12;
      if (half == 2 && hour < 12)
        hour += 12;
      else if (half == 1 && hour == 12)
        hour = 0;
    }
  if (!ok || hour > 23 || minute > 59)
    return daicho_set_invalid (error, _("“%s” is not a time: write it as 14:00, 14時30分 or "
                                        "午後2時."), norm);
  *hhmm = g_strdup_printf ("%02d:%02d", hour, minute);
  return TRUE;
}

char *
daicho_meeting_time_label (const char *hhmm)
{
  int hour, minute;

  if (hhmm == NULL || sscanf (hhmm, "%d:%d", &hour, &minute) != 2)
    return g_strdup ("");
  if (minute == 0)
    return g_strdup_printf ("%s%d時", hour < 12 ? "午前" : "午後", hour % 12);
  return g_strdup_printf ("%s%d時%02d分", hour < 12 ? "午前" : "午後", hour % 12, minute);
}

char *
daicho_meeting_datetime_label (const DaichoMeeting *meeting)
{
  static const char * const weekdays[] = { "", "月", "火", "水", "木", "金", "土", "日" };
  g_autofree char *date = daicho_date_format_iso (meeting->meeting_date, DAICHO_DATE_WAREKI_LONG);
  g_autofree char *start = daicho_meeting_time_label (meeting->start_time);
  g_autofree char *end = daicho_meeting_time_label (meeting->end_time);
  GString *out = g_string_new (date);
  GDate parsed;

  if (daicho_date_from_iso (meeting->meeting_date, &parsed))
    g_string_append_printf (out, "（%s）", weekdays[g_date_get_weekday (&parsed)]);
  if (*start != '\0')
    g_string_append (out, start);
  if (*end != '\0')
    g_string_append_printf (out, "～%s", end);
  return g_string_free (out, FALSE);
}

/* Shared helpers */

gboolean
daicho_meeting_staff_present (DaichoDb *db, gint64 staff_id, const char *on, gboolean *present,
                              GError **error)
{
  gint64 n = 0;

  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM staff WHERE id = ?"
                            " AND (left_on IS NULL OR left_on >= ?)", "It", staff_id, on))
    return FALSE;
  *present = n > 0;
  return TRUE;
}

char *
daicho_meeting_staff_name (DaichoDb *db, gint64 staff_id, GError **error)
{
  g_autoptr(DaichoStmt) stmt = NULL;

  if (staff_id == 0)
    return NULL;
  stmt = daicho_db_prepare (db, error, "SELECT name FROM staff WHERE id = ?", "I", staff_id);
  if (stmt == NULL || daicho_stmt_step (db, stmt, error) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
daicho_meeting_clean_text (const char *label, const char *text, guint max, gboolean required,
                           gboolean multiline, char **out, GError **error)
{
  g_autofree char *clean = daicho_text_strip (text);

  if (clean != NULL && *clean == '\0')
    g_clear_pointer (&clean, g_free);
  if (!daicho_validate_text (label, clean, max, required, multiline, error))
    return FALSE;
  *out = g_steal_pointer (&clean);
  return TRUE;
}

/* Changes */

gboolean
daicho_meeting_change_begin (DaichoDb *db, gint64 meeting_id, DaichoMeetingPhase phase,
                             const char *reason, DaichoMeetingChange *change, GError **error)
{
  g_autofree char *label = NULL;
  DaichoMeeting *m;

  memset (change, 0, sizeof *change);
  m = change->meeting = daicho_meeting_store_get (db, meeting_id, error);
  if (m == NULL)
    return FALSE;
  label = daicho_meeting_number_label ((int) m->fiscal_year, (int) m->number);
  if (g_str_equal (m->state, "cancelled"))
    return daicho_set_invalid (error, _("The meeting %s was cancelled: it no longer changes."),
                               label);
  if (phase == DAICHO_MEETING_RECORD && g_str_equal (m->state, "planned"))
    return daicho_set_invalid (error, _("The meeting %s is still in preparation: mark it as held "
                                        "before recording attendance, discussion and action "
                                        "items."), label);
  if (!g_str_equal (m->state, "final"))
    return TRUE;
  if (!daicho_meeting_clean_text (_("Reason for the revision"), reason, DAICHO_TEXT_LONG, FALSE,
                                  TRUE, &change->reason, error))
    return FALSE;
  if (change->reason == NULL)
    return daicho_set_invalid (error, _("The minutes of %s are final: give the reason for the "
                                        "change, which is kept as a revision."), label);
  return TRUE;
}

void
daicho_meeting_change_clear (DaichoMeetingChange *change)
{
  g_clear_object (&change->meeting);
  g_clear_pointer (&change->reason, g_free);
}

gboolean
daicho_meeting_change_field (DaichoDb *db, DaichoMeetingChange *change, const char *target,
                             gint64 target_id, const char *field, const char *old_value,
                             const char *new_value, GError **error)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;
  change->n_changes++;
  if (change->reason == NULL)
    return TRUE;
  return daicho_db_exec (db, error,
                         "INSERT INTO meeting_revision (meeting_id, target, target_id, field,"
                         " old_value, new_value, reason, revised_by, revised_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                         "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                         "ItIttttn", change->meeting->id, target, target_id, field, old_value,
                         new_value, change->reason, daicho_db_get_operator (db));
}

gboolean
daicho_meeting_change_end (DaichoMeetingChange *change, GError **error)
{
  if (change->reason != NULL && change->n_changes == 0)
    return daicho_set_invalid (error, _("The revision changes nothing."));
  return TRUE;
}

/* Lists */

GListStore *
daicho_meeting_store_list (DaichoDb *db, int fiscal_year, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_MEETING, error,
                                  MEETING_QUERY "WHERE ?1 = 0 OR m.fiscal_year = ?1"
                                  " ORDER BY m.fiscal_year DESC, m.number DESC",
                                  "i", fiscal_year);
}

DaichoMeeting *
daicho_meeting_store_get (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_MEETING, _("The meeting does not exist."),
                                 error, MEETING_QUERY "WHERE m.id = ?", "I", id);
}

DaichoMeeting *
daicho_meeting_store_find (DaichoDb *db, int fiscal_year, int number, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_MEETING, NULL, error,
                                 MEETING_QUERY "WHERE m.fiscal_year = ? AND m.number = ?",
                                 "ii", fiscal_year, number);
}

GListStore *
daicho_meeting_store_revisions (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_MEETING_REVISION, error,
                                  "SELECT v.id, v.meeting_id, v.target, v.target_id,"
                                  "       CASE v.target WHEN 'meeting' THEN '会議'"
                                  "        WHEN 'item' THEN '議題「' || i.title || '」'"
                                  "        WHEN 'invitee' THEN '委員外出席者 ' || iv.name"
                                  "        WHEN 'attendance' THEN p.name"
                                  "        WHEN 'action' THEN '指示・要請「' || x.text || '」'"
                                  "       END AS target_label,"
                                  "       v.field, v.old_value, v.new_value, v.reason,"
                                  "       s.name AS revised_by_name, v.revised_at"
                                  " FROM meeting_revision v"
                                  " LEFT JOIN agenda_item i ON v.target = 'item'"
                                  "  AND i.id = v.target_id"
                                  " LEFT JOIN meeting_invitee iv ON v.target = 'invitee'"
                                  "  AND iv.id = v.target_id"
                                  " LEFT JOIN post p ON v.target = 'attendance'"
                                  "  AND p.id = v.target_id"
                                  " LEFT JOIN meeting_action x ON v.target = 'action'"
                                  "  AND x.id = v.target_id"
                                  " LEFT JOIN staff s ON s.id = v.revised_by"
                                  " WHERE v.meeting_id = ? ORDER BY v.id",
                                  "I", id);
}

/* Writes */

/* A meeting's input as stored: times normalised, texts stripped. */
typedef struct
{
  char  *date;
  char  *start;
  char  *end;
  char  *place;
  char  *next;
  gint64 recorder_id;
  int    fiscal_year;
} CleanInput;

static void
clean_input_clear (CleanInput *in)
{
  g_free (in->date);
  g_free (in->start);
  g_free (in->end);
  g_free (in->place);
  g_free (in->next);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanInput, clean_input_clear)

static gboolean
clean_time (const char *text, char **out, GError **error)
{
  if (daicho_text_is_blank (text))
    return TRUE;
  return daicho_meeting_time_parse (text, out, error);
}

/* Checks @input and fills @in; inside the caller's transaction (the
 * recorder's presence and the secretariat's holder are read). */
static gboolean
clean_input (DaichoDb *db, const DaichoMeetingInput *input, CleanInput *in, GError **error)
{
  g_autofree char *shown = NULL;
  gboolean present = FALSE;
  GDate date;

  if (input->meeting_date == NULL || !daicho_date_from_iso (input->meeting_date, &date))
    return daicho_set_invalid (error, _("Give the date of the meeting."));
  in->date = g_strdup (input->meeting_date);
  in->fiscal_year = daicho_fiscal_year_of (&date);
  shown = daicho_date_format_iso (in->date, DAICHO_DATE_WAREKI_LONG);
  if (!clean_time (input->start_time, &in->start, error) ||
      !clean_time (input->end_time, &in->end, error))
    return FALSE;
  if (in->start != NULL && in->end != NULL && strcmp (in->end, in->start) <= 0)
    return daicho_set_invalid (error, _("The meeting ends at %s, which is not after it starts "
                                        "(%s)."),
                               in->end, in->start);
  if (in->start == NULL && in->end != NULL)
    return daicho_set_invalid (error, _("Give the start time along with the end time."));
  if (!daicho_meeting_clean_text (_("Meeting place"), input->place, DAICHO_TEXT_SHORT, FALSE, FALSE,
                                  &in->place, error) ||
      !daicho_meeting_clean_text (_("Next meeting"), input->next_meeting, DAICHO_TEXT_LONG, FALSE,
                                  TRUE, &in->next, error))
    return FALSE;
  in->recorder_id = input->recorder_id;
  if (in->recorder_id == 0 &&
      !daicho_committee_holder_on (db, DAICHO_POST_CODE_SECRETARIAT, in->date, &in->recorder_id,
                                   error))
    return FALSE;
  if (in->recorder_id != 0 &&
      !daicho_meeting_staff_present (db, in->recorder_id, in->date, &present, error))
    return FALSE;
  if (in->recorder_id != 0 && !present)
    return daicho_set_invalid (error, _("Choose the recorder: a staff member at work on %s."),
                               shown);
  return TRUE;
}

/* The latest date of the meetings of @fiscal_year numbered below @number
 * (@before), or the earliest of those numbered above, leaving cancelled
 * ones out; NULL when there is none. */
static gboolean
neighbour_date (DaichoDb *db, int fiscal_year, gint64 number, gboolean before, char **date,
                GError **error)
{
  g_autoptr(DaichoStmt) stmt = daicho_db_prepare (db, error,
                                                  before
                                                  ? "SELECT max (meeting_date) FROM meeting"
                                                    " WHERE fiscal_year = ? AND number < ?"
                                                    "  AND state <> 'cancelled'"
                                                  : "SELECT min (meeting_date) FROM meeting"
                                                    " WHERE fiscal_year = ? AND number > ?"
                                                    "  AND state <> 'cancelled'",
                                                  "iI", fiscal_year, number);

  *date = NULL;
  if (stmt == NULL || daicho_stmt_step (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *date = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return TRUE;
}

/* Refuses @date before the meeting numbered before @number or after the one numbered after. */
static gboolean
check_order (DaichoDb *db, int fiscal_year, gint64 number, const char *date, GError **error)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *shown = daicho_date_format_iso (date, DAICHO_DATE_WAREKI_LONG);

  if (!neighbour_date (db, fiscal_year, number, TRUE, &before, error) ||
      !neighbour_date (db, fiscal_year, number, FALSE, &after, error))
    return FALSE;
  if (before != NULL && strcmp (date, before) < 0)
    {
      g_autofree char *other = daicho_date_format_iso (before, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("%s is before the year's previous meeting (%s): "
                                          "meetings are numbered in the order they are held."),
                                 shown, other);
    }
  if (after != NULL && strcmp (date, after) > 0)
    {
      g_autofree char *other = daicho_date_format_iso (after, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("%s is after the year's next meeting (%s): meetings "
                                          "are numbered in the order they are held."),
                                 shown, other);
    }
  return TRUE;
}

gint64
daicho_meeting_new_in (DaichoDb *db, const DaichoMeetingInput *input, GError **error)
{
  g_auto(CleanInput) in = { 0 };
  gint64 number = 0;

  if (!clean_input (db, input, &in, error) ||
      !daicho_db_query_int (db, &number, 0, error,
                            "SELECT max (number) FROM meeting WHERE fiscal_year = ?", "i",
                            in.fiscal_year) ||
      !check_order (db, in.fiscal_year, number + 1, in.date, error) ||
      !daicho_db_exec (db, error,
                       "INSERT INTO meeting (fiscal_year, number, meeting_date, start_time,"
                       " end_time, place, next_meeting, recorder_id, entered_by, entered_at)"
                       " VALUES (?, ?, ?, ?, ?, coalesce (?, ''), ?, ?, ?,"
                       "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "iItttttnn", in.fiscal_year, number + 1, in.date, in.start, in.end,
                       in.place, in.next, in.recorder_id, daicho_db_get_operator (db)))
    return 0;
  return daicho_db_last_insert_id (db);
}

gint64
daicho_meeting_store_new (DaichoDb *db, const DaichoMeetingInput *input, GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_meeting_new_in (db, input, error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}

/* With attendance recorded, the members on @date must be the people recorded. */
static gboolean
check_members_on (DaichoDb *db, gint64 meeting_id, const char *date, GError **error)
{
  gint64 moved = 0;

  if (!daicho_db_query_int (db, &moved, 0, error,
                            "SELECT count (*) FROM meeting_attendance a"
                            " WHERE a.meeting_id = ?1 AND NOT EXISTS (SELECT 1 FROM post_holder h"
                            "   WHERE h.post_id = a.post_id AND h.staff_id = a.staff_id"
                            "     AND h.from_date <= ?2"
                            "     AND (h.to_date IS NULL OR h.to_date >= ?2))",
                            "It", meeting_id, date))
    return FALSE;
  if (moved > 0)
    {
      g_autofree char *shown = daicho_date_format_iso (date, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("On %s other people held %lld of the posts whose "
                                          "attendance is recorded: the date cannot move there."),
                                 shown, (long long) moved);
    }
  return TRUE;
}

gboolean
daicho_meeting_update_in (DaichoDb *db, gint64 id, const DaichoMeetingInput *input,
                          const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_auto(CleanInput) in = { 0 };
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *old_recorder = NULL;
  g_autofree char *new_recorder = NULL;
  DaichoMeeting *m;

  if (!daicho_meeting_change_begin (db, id, DAICHO_MEETING_PREPARE, reason, &change, error) ||
      !clean_input (db, input, &in, error))
    return FALSE;
  m = change.meeting;
  if (in.fiscal_year != m->fiscal_year)
    {
      g_autofree char *label = daicho_meeting_number_label ((int) m->fiscal_year,
                                                            (int) m->number);
      g_autofree char *year = daicho_fiscal_year_label (in.fiscal_year, FALSE);
      return daicho_set_invalid (error, _("The meeting is %s: a date in %s would change its "
                                          "number. Cancel it and plan a meeting in that year."),
                                 label, year);
    }
  if (!g_str_equal (m->state, "planned") && strcmp (in.date, today) > 0)
    return daicho_set_invalid (error, _("The meeting has been held: its date cannot be in the "
                                        "future."));
  if (!check_order (db, in.fiscal_year, m->number, in.date, error) ||
      !check_members_on (db, id, in.date, error))
    return FALSE;
  old_recorder = daicho_meeting_staff_name (db, m->recorder_id, NULL);
  new_recorder = daicho_meeting_staff_name (db, in.recorder_id, NULL);
  return daicho_meeting_change_field (db, &change, "meeting", id, "meeting_date",
                                      m->meeting_date, in.date, error) &&
         daicho_meeting_change_field (db, &change, "meeting", id, "start_time", m->start_time,
                                      in.start, error) &&
         daicho_meeting_change_field (db, &change, "meeting", id, "end_time", m->end_time,
                                      in.end, error) &&
         daicho_meeting_change_field (db, &change, "meeting", id, "place",
                                      *m->place ? m->place : NULL, in.place, error) &&
         daicho_meeting_change_field (db, &change, "meeting", id, "next_meeting",
                                      m->next_meeting, in.next, error) &&
         daicho_meeting_change_field (db, &change, "meeting", id, "recorder", old_recorder,
                                      new_recorder, error) &&
         daicho_meeting_change_end (&change, error) &&
         daicho_db_exec (db, error,
                         "UPDATE meeting SET meeting_date = ?, start_time = ?, end_time = ?,"
                         " place = coalesce (?, ''), next_meeting = ?, recorder_id = ?"
                         " WHERE id = ?",
                         "tttttnI", in.date, in.start, in.end, in.place, in.next,
                         in.recorder_id, id);
}

gboolean
daicho_meeting_store_update (DaichoDb *db, gint64 id, const DaichoMeetingInput *input,
                             const char *reason, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_update_in (db, id, input, reason, error),
                                 error);
}

/* The meeting @id when it is in @state, else NULL with the reason. */
static DaichoMeeting *
meeting_in_state (DaichoDb *db, gint64 id, const char *state, GError **error)
{
  g_autoptr(DaichoMeeting) m = daicho_meeting_store_get (db, id, error);
  g_autofree char *label = NULL;

  if (m == NULL || g_str_equal (m->state, state))
    return g_steal_pointer (&m);
  label = daicho_meeting_number_label ((int) m->fiscal_year, (int) m->number);
  if (g_str_equal (m->state, "cancelled"))
    daicho_set_invalid (error, _("The meeting %s was cancelled."), label);
  else if (g_str_equal (state, "planned"))
    daicho_set_invalid (error, _("The meeting %s is no longer in preparation (state: %s)."), label,
                        daicho_meeting_state_label (m->state));
  else if (g_str_equal (m->state, "planned"))
    daicho_set_invalid (error, _("The meeting %s is still in preparation: mark it as held "
                                 "first."), label);
  else
    daicho_set_invalid (error, _("The minutes of %s are already final."), label);
  return NULL;
}

gboolean
daicho_meeting_mark_held_in (DaichoDb *db, gint64 id, GError **error)
{
  g_autoptr(DaichoMeeting) m = meeting_in_state (db, id, "planned", error);
  g_autofree char *today = daicho_date_today_iso ();

  if (m == NULL)
    return FALSE;
  if (strcmp (m->meeting_date, today) > 0)
    {
      g_autofree char *shown = daicho_date_format_iso (m->meeting_date, DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("The meeting is planned for %s: mark it as held on or "
                                          "after that day."), shown);
    }
  return daicho_db_exec (db, error,
                         "UPDATE meeting SET state = 'held', held_by = ?,"
                         " held_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                         "nI", daicho_db_get_operator (db), id);
}

gboolean
daicho_meeting_store_mark_held (DaichoDb *db, gint64 id, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_mark_held_in (db, id, error), error);
}

/* What finalising needs, the first missing piece as the refusal. */
static gboolean
check_complete (DaichoDb *db, DaichoMeeting *m, GError **error)
{
  gint64 n = 0;

  if (m->n_items == 0)
    return daicho_set_invalid (error, _("The meeting has no agenda item: minutes record at least "
                                        "one."));
  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM post p JOIN post_holder h ON h.post_id = p.id"
                            "  AND h.from_date <= ?2 AND (h.to_date IS NULL OR h.to_date >= ?2)"
                            " WHERE p.role = 'committee' AND p.code <> 'committee-secretariat'"
                            "   AND NOT EXISTS (SELECT 1 FROM meeting_attendance a"
                            "     WHERE a.meeting_id = ?1 AND a.post_id = p.id)",
                            "It", m->id, m->meeting_date))
    return FALSE;
  if (n > 0)
    return daicho_set_invalid (error,
                               g_dngettext (GETTEXT_PACKAGE,
                                            "The attendance of %lld member is not recorded "
                                            "yet.",
                                            "The attendance of %lld members is not recorded "
                                            "yet.", n),
                               (long long) n);
  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM meeting_invitee WHERE meeting_id = ?"
                            " AND withdrawn_at IS NULL AND attendance IS NULL", "I", m->id))
    return FALSE;
  if (n > 0)
    return daicho_set_invalid (error,
                               g_dngettext (GETTEXT_PACKAGE,
                                            "The attendance of %lld invited person is not "
                                            "recorded yet.",
                                            "The attendance of %lld invited people is not "
                                            "recorded yet.", n),
                               (long long) n);
  if (m->presiding_post_id == 0)
    return daicho_set_invalid (error, _("Record who presided: the chair, or the vice-chair when "
                                        "the chair was absent (第5条第5項)."));
  if (!daicho_meeting_presiding_check (db, m, m->presiding_post_id, error))
    return FALSE;
  if (!daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM agenda_item WHERE meeting_id = ?"
                            " AND withdrawn_at IS NULL AND discussion IS NULL", "I", m->id))
    return FALSE;
  if (n > 0)
    return daicho_set_invalid (error,
                               g_dngettext (GETTEXT_PACKAGE,
                                            "The discussion of %lld agenda item is not written "
                                            "yet.",
                                            "The discussion of %lld agenda items is not written "
                                            "yet.", n),
                               (long long) n);
  if (m->start_time == NULL || m->end_time == NULL)
    return daicho_set_invalid (error, _("Give the times the meeting started and ended."));
  if (*m->place == '\0')
    return daicho_set_invalid (error, _("Give the place of the meeting."));
  if (m->recorder_id == 0)
    return daicho_set_invalid (error, _("Name the recorder of the minutes (庶務)."));
  return TRUE;
}

gboolean
daicho_meeting_finalize_in (DaichoDb *db, gint64 id, GError **error)
{
  g_autoptr(DaichoMeeting) m = meeting_in_state (db, id, "held", error);

  return m != NULL && check_complete (db, m, error) &&
         daicho_db_exec (db, error,
                         "UPDATE meeting SET state = 'final', finalized_by = ?,"
                         " finalized_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                         "nI", daicho_db_get_operator (db), id);
}

gboolean
daicho_meeting_store_finalize (DaichoDb *db, gint64 id, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_finalize_in (db, id, error), error);
}

gboolean
daicho_meeting_store_cancel (DaichoDb *db, gint64 id, const char *reason, GError **error)
{
  g_autoptr(DaichoMeeting) m = NULL;
  g_autofree char *clean = NULL;
  gboolean ok;

  if (!daicho_meeting_clean_text (_("Reason for cancelling"), reason, DAICHO_TEXT_LONG, TRUE,
                                  TRUE, &clean, error) ||
      !daicho_db_begin_write (db, error))
    return FALSE;
  ok = (m = meeting_in_state (db, id, "planned", error)) != NULL &&
       daicho_db_exec (db, error,
                       "UPDATE meeting SET state = 'cancelled', cancel_reason = ? WHERE id = ?",
                       "tI", clean, id);
  return daicho_db_finish_write (db, ok, error);
}
