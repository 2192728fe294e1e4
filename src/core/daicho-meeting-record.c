/* daicho-meeting-record.c — attendance and who presided (第5条第4項・第5項)
 *
 * The members of a meeting are the holders of the committee posts (the
 * secretariat's aside) on its date; attendance is kept per post with the
 * person who held it. The chair presides; when the chair is absent — or
 * sends a proxy, who attends but does not preside — the vice-chair does,
 * if present in person. The record of who presided is checked against the
 * attendance whenever either changes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-validate.h"
#include "daicho-meeting-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoMeetingMember, daicho_meeting_member,
               FIELD (DaichoMeetingMember, post_id, INT64),
               FIELD (DaichoMeetingMember, post_code, STRING),
               FIELD (DaichoMeetingMember, post_name, STRING),
               FIELD (DaichoMeetingMember, function, STRING),
               FIELD (DaichoMeetingMember, staff_id, INT64),
               FIELD (DaichoMeetingMember, emp_no, STRING),
               FIELD (DaichoMeetingMember, staff_name, STRING),
               FIELD (DaichoMeetingMember, attendance, STRING),
               FIELD (DaichoMeetingMember, proxy_name, STRING))

/* ?1 the meeting, ?2 its date. A recorded attendance names its person. */
#define MEMBER_QUERY                                                                             \
  "SELECT p.id AS post_id, p.code AS post_code, p.name AS post_name,"                            \
  "       " DAICHO_COMMITTEE_FUNCTION_SQL ("p") " AS function,"                                  \
  "       s.id AS staff_id, s.emp_no, s.name AS staff_name, a.attendance, a.proxy_name "        \
  "FROM post p"                                                                                  \
  " JOIN post_holder h ON h.post_id = p.id AND h.from_date <= ?2"                                \
  "  AND (h.to_date IS NULL OR h.to_date >= ?2)"                                                 \
  " LEFT JOIN meeting_attendance a ON a.meeting_id = ?1 AND a.post_id = p.id"                   \
  " JOIN staff s ON s.id = coalesce (a.staff_id, h.staff_id) "                                   \
  "WHERE p.role = 'committee' AND p.code <> 'committee-secretariat' "

#define MEMBER_ORDER                                                                             \
  " ORDER BY CASE p.code WHEN 'committee-chair' THEN 0 WHEN 'committee-vice-chair' THEN 1"      \
  "  ELSE 2 END, p.sort_order, p.id"

GListStore *
daicho_meeting_store_members (DaichoDb *db, gint64 meeting_id, GError **error)
{
  g_autoptr(DaichoMeeting) m = daicho_meeting_store_get (db, meeting_id, error);

  if (m == NULL)
    return NULL;
  return daicho_db_query_records (db, DAICHO_TYPE_MEETING_MEMBER, error,
                                  MEMBER_QUERY MEMBER_ORDER, "It", meeting_id, m->meeting_date);
}

/* The member holding the post with @code (or id @post_id when @code is
 * NULL) at @m; NULL without @error when there is none. */
static DaichoMeetingMember *
member_of (DaichoDb *db, DaichoMeeting *m, const char *code, gint64 post_id, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_MEETING_MEMBER, NULL, error,
                                 MEMBER_QUERY "AND (p.code = ?3 OR p.id = ?4)",
                                 "IttI", m->id, m->meeting_date, code, post_id);
}

/* "代理出席（山田 花子）", "出席", or NULL when not recorded: as revisions show it. */
static char *
attendance_text (const char *attendance, const char *proxy_name)
{
  if (attendance == NULL)
    return NULL;
  if (proxy_name != NULL)
    return g_strdup_printf ("%s（%s）", daicho_meeting_attendance_form_label (attendance),
                            proxy_name);
  return g_strdup (daicho_meeting_attendance_form_label (attendance));
}

/* Presiding */

gboolean
daicho_meeting_presiding_check (DaichoDb *db, DaichoMeeting *m, gint64 post_id, GError **error)
{
  g_autoptr(DaichoMeetingMember) chair = NULL;
  g_autoptr(DaichoMeetingMember) vice = NULL;
  g_autoptr(DaichoMeetingMember) who = NULL;
  g_autoptr(GError) local = NULL;

  if ((who = member_of (db, m, NULL, post_id, &local)) == NULL && local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (who == NULL || (!g_str_equal (who->function, DAICHO_COMMITTEE_CHAIR) &&
                      !g_str_equal (who->function, DAICHO_COMMITTEE_VICE_CHAIR)))
    return daicho_set_invalid (error, _("Only the chair presides, or the vice-chair when the chair "
                                        "is absent (第5条第4項・第5項)."));
  chair = member_of (db, m, DAICHO_POST_CODE_CHAIR, 0, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (g_str_equal (who->function, DAICHO_COMMITTEE_CHAIR))
    {
      if (who->attendance == NULL)
        return daicho_set_invalid (error, _("Record the chair's attendance first."));
      if (!g_str_equal (who->attendance, "present"))
        return daicho_set_invalid (error, _("The chair (%s) was not present in person: the "
                                            "vice-chair presides in the chair's place "
                                            "(第5条第5項)."), who->staff_name);
      return TRUE;
    }
  vice = g_steal_pointer (&who);
  if (chair != NULL && chair->attendance == NULL)
    return daicho_set_invalid (error, _("Record the chair's attendance first: the vice-chair "
                                        "presides only when the chair is absent (第5条第5項)."));
  if (chair != NULL && g_str_equal (chair->attendance, "present"))
    return daicho_set_invalid (error, _("The chair (%s) attended and presides (第5条第4項): the "
                                        "vice-chair presides only when the chair is absent "
                                        "(第5条第5項)."), chair->staff_name);
  if (g_strcmp0 (vice->attendance, "present") != 0)
    return daicho_set_invalid (error, _("The vice-chair (%s) was not present in person, so cannot "
                                        "preside."), vice->staff_name);
  return TRUE;
}

gboolean
daicho_meeting_presiding_by_rule (DaichoDb *db, DaichoMeeting *m, gint64 *post_id,
                                  GError **error)
{
  g_autoptr(DaichoMeetingMember) chair = NULL;
  g_autoptr(DaichoMeetingMember) vice = NULL;
  g_autoptr(GError) local = NULL;

  *post_id = 0;
  chair = member_of (db, m, DAICHO_POST_CODE_CHAIR, 0, &local);
  if (local == NULL)
    vice = member_of (db, m, DAICHO_POST_CODE_VICE_CHAIR, 0, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (chair != NULL && g_strcmp0 (chair->attendance, "present") == 0)
    *post_id = chair->post_id;
  else if ((chair == NULL || chair->attendance != NULL) && vice != NULL &&
           g_strcmp0 (vice->attendance, "present") == 0)
    *post_id = vice->post_id;
  return TRUE;
}

/* "会長 山田 太郎" for the member holding @post_id, as revisions show it. */
static char *
presiding_text (DaichoDb *db, DaichoMeeting *m, gint64 post_id)
{
  g_autoptr(DaichoMeetingMember) who = NULL;

  if (post_id == 0 || (who = member_of (db, m, NULL, post_id, NULL)) == NULL)
    return NULL;
  return g_strdup_printf ("%s %s", daicho_committee_function_form_label (who->function),
                          who->staff_name);
}

/* Records @post_id (0: nobody) as presiding. */
static gboolean
set_presiding (DaichoDb *db, DaichoMeetingChange *change, gint64 post_id, GError **error)
{
  DaichoMeeting *m = change->meeting;
  g_autoptr(DaichoMeetingMember) who = NULL;
  g_autofree char *old_text = presiding_text (db, m, m->presiding_post_id);
  g_autofree char *new_text = presiding_text (db, m, post_id);

  if (post_id != 0 && (who = member_of (db, m, NULL, post_id, error)) == NULL)
    return FALSE;
  return daicho_meeting_change_field (db, change, "meeting", m->id, "presiding", old_text,
                                      new_text, error) &&
         daicho_db_exec (db, error,
                         "UPDATE meeting SET presiding_post_id = ?, presided_by = ? WHERE id = ?",
                         "nnI", post_id, who ? who->staff_id : 0, m->id);
}

gboolean
daicho_meeting_preside_in (DaichoDb *db, gint64 meeting_id, gint64 post_id, const char *reason,
                           GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  gint64 chosen = post_id;

  if (!daicho_meeting_change_begin (db, meeting_id, DAICHO_MEETING_RECORD, reason, &change,
                                    error))
    return FALSE;
  if (chosen == 0 && !daicho_meeting_presiding_by_rule (db, change.meeting, &chosen, error))
    return FALSE;
  if (chosen == 0)
    {
      g_autoptr(DaichoMeetingMember) vice = member_of (db, change.meeting,
                                                       DAICHO_POST_CODE_VICE_CHAIR, 0, NULL);

      /* Nobody by the rule: the vice-chair's case says why. */
      if (vice == NULL)
        return daicho_set_invalid (error, _("The chair was not present and nobody held the "
                                            "vice-chair's post on the meeting's date: nobody can "
                                            "preside (第5条第5項)."));
      if (!daicho_meeting_presiding_check (db, change.meeting, vice->post_id, error))
        return FALSE;
      return daicho_set_invalid (error, _("Nobody can preside by the attendance recorded."));
    }
  return daicho_meeting_presiding_check (db, change.meeting, chosen, error) &&
         set_presiding (db, &change, chosen, error) &&
         daicho_meeting_change_end (&change, error);
}

gboolean
daicho_meeting_store_preside (DaichoDb *db, gint64 meeting_id, gint64 post_id,
                              const char *reason, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_preside_in (db, meeting_id, post_id, reason,
                                                                error),
                                 error);
}

/* Attendance */

/* After attendance changed: keeps who presided in line with the rule —
 * cleared while held, chosen again on final minutes (refused when nobody
 * could preside). */
static gboolean
recheck_presiding (DaichoDb *db, DaichoMeetingChange *change, GError **error)
{
  DaichoMeeting *m = change->meeting;
  g_autoptr(GError) invalid = NULL;
  gint64 by_rule = 0;

  if (m->presiding_post_id == 0)
    return TRUE;
  if (daicho_meeting_presiding_check (db, m, m->presiding_post_id, &invalid))
    return TRUE;
  if (!g_error_matches (invalid, DAICHO_ERROR, DAICHO_ERROR_INVALID))
    {
      g_propagate_error (error, g_steal_pointer (&invalid));
      return FALSE;
    }
  if (!g_str_equal (m->state, "final"))
    return set_presiding (db, change, 0, error);
  if (!daicho_meeting_presiding_by_rule (db, m, &by_rule, error))
    return FALSE;
  if (by_rule == 0)
    return daicho_set_invalid (error, _("With this attendance nobody could have presided: the "
                                        "final minutes need the chair or, in the chair's absence, "
                                        "the vice-chair present."));
  return set_presiding (db, change, by_rule, error);
}

gboolean
daicho_meeting_attend_in (DaichoDb *db, gint64 meeting_id, gint64 post_id,
                          const char *attendance, const char *proxy_name, const char *reason,
                          GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_autoptr(DaichoMeetingMember) member = NULL;
  g_autofree char *proxy = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  gboolean is_proxy;

  if (attendance == NULL || (!g_str_equal (attendance, "present") &&
                             !g_str_equal (attendance, "absent") &&
                             !g_str_equal (attendance, "proxy")))
    return daicho_set_invalid (error, _("A member is present (出席), absent (欠席) or present by "
                                        "proxy (代理出席)."));
  is_proxy = g_str_equal (attendance, "proxy");
  if (!daicho_meeting_clean_text (_("Proxy's name"), proxy_name, DAICHO_TEXT_SHORT, is_proxy,
                                  FALSE, &proxy, error))
    return FALSE;
  if (!is_proxy && proxy != NULL)
    return daicho_set_invalid (error, _("Only a member present by proxy has a proxy's name."));
  if (!daicho_meeting_change_begin (db, meeting_id, DAICHO_MEETING_RECORD, reason, &change,
                                    error))
    return FALSE;
  member = member_of (db, change.meeting, NULL, post_id, error);
  if (member == NULL)
    {
      if (error == NULL || *error == NULL)
        daicho_set_invalid (error, _("The post is not a member's post held on the meeting's "
                                     "date."));
      return FALSE;
    }
  old_text = attendance_text (member->attendance, member->proxy_name);
  new_text = attendance_text (attendance, proxy);
  return daicho_meeting_change_field (db, &change, "attendance", post_id, "attendance",
                                      old_text, new_text, error) &&
         daicho_db_exec (db, error,
                         "INSERT INTO meeting_attendance (meeting_id, post_id, staff_id,"
                         " attendance, proxy_name, recorded_by, recorded_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                         " ON CONFLICT (meeting_id, post_id) DO UPDATE SET"
                         "  attendance = excluded.attendance, proxy_name = excluded.proxy_name,"
                         "  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
                         "IIIttn", meeting_id, post_id, member->staff_id, attendance, proxy,
                         daicho_db_get_operator (db)) &&
         recheck_presiding (db, &change, error) &&
         daicho_meeting_change_end (&change, error);
}

gboolean
daicho_meeting_store_attend (DaichoDb *db, gint64 meeting_id, gint64 post_id,
                             const char *attendance, const char *proxy_name, const char *reason,
                             GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_attend_in (db, meeting_id, post_id,
                                                               attendance, proxy_name, reason,
                                                               error),
                                 error);
}
