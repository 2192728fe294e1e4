/* daicho-meeting-action.c — 指示・要請: action items followed across meetings
 *
 * The 統括責任者 issues instructions and requests based on the committee's
 * deliberations (第4条第3項第6号). Each is an action item of the meeting
 * that made it, with an owner, a due date and a state (未着手 → 対応中 →
 * 完了); every change of state is a row of its history, dated, in order.
 * Until done, an action is carried onto the agenda of every later meeting
 * (daicho_meeting_store_carried): a query over the actions, not a copy.
 * Text, owner and due date belong to the minutes; changing them once the
 * minutes are final is a revision. The state is follow-up and changes
 * freely.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-validate.h"
#include "daicho-label-private.h"
#include "daicho-meeting-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoMeetingAction, daicho_meeting_action,
               FIELD (DaichoMeetingAction, id, INT64),
               FIELD (DaichoMeetingAction, meeting_id, INT64),
               FIELD (DaichoMeetingAction, meeting_fiscal_year, INT64),
               FIELD (DaichoMeetingAction, meeting_number, INT64),
               FIELD (DaichoMeetingAction, meeting_date, STRING),
               FIELD (DaichoMeetingAction, agenda_item_id, INT64),
               FIELD (DaichoMeetingAction, agenda_item_no, INT64),
               FIELD (DaichoMeetingAction, agenda_title, STRING),
               FIELD (DaichoMeetingAction, text, STRING),
               FIELD (DaichoMeetingAction, owner_id, INT64),
               FIELD (DaichoMeetingAction, owner_emp_no, STRING),
               FIELD (DaichoMeetingAction, owner_name, STRING),
               FIELD (DaichoMeetingAction, owner_office_name, STRING),
               FIELD (DaichoMeetingAction, due_date, STRING),
               FIELD (DaichoMeetingAction, state, STRING),
               FIELD (DaichoMeetingAction, done_date, STRING),
               FIELD (DaichoMeetingAction, state_changed_on, STRING),
               FIELD (DaichoMeetingAction, withdrawn_at, STRING),
               FIELD (DaichoMeetingAction, withdraw_reason, STRING),
               FIELD (DaichoMeetingAction, overdue, BOOLEAN))

DEFINE_RECORD (DaichoMeetingActionChange, daicho_meeting_action_change,
               FIELD (DaichoMeetingActionChange, id, INT64),
               FIELD (DaichoMeetingActionChange, action_id, INT64),
               FIELD (DaichoMeetingActionChange, old_state, STRING),
               FIELD (DaichoMeetingActionChange, new_state, STRING),
               FIELD (DaichoMeetingActionChange, changed_on, STRING),
               FIELD (DaichoMeetingActionChange, note, STRING),
               FIELD (DaichoMeetingActionChange, changed_by_name, STRING),
               FIELD (DaichoMeetingActionChange, changed_at, STRING))

/* ?1 is the date "overdue" is judged on. */
#define ACTION_QUERY                                                                             \
  "SELECT x.id, x.meeting_id, m.fiscal_year AS meeting_fiscal_year,"                            \
  "       m.number AS meeting_number, m.meeting_date, x.agenda_item_id,"                         \
  "       coalesce (" DAICHO_AGENDA_ITEM_NO_SQL ("i") ", 0) AS agenda_item_no,"                 \
  "       i.title AS agenda_title, x.text, x.owner_id, s.emp_no AS owner_emp_no,"               \
  "       s.name AS owner_name, o.name AS owner_office_name, x.due_date, x.state,"               \
  "       x.done_date,"                                                                          \
  "       (SELECT c.changed_on FROM meeting_action_change c WHERE c.action_id = x.id"           \
  "         ORDER BY c.id DESC LIMIT 1) AS state_changed_on,"                                    \
  "       x.withdrawn_at, x.withdraw_reason,"                                                    \
  "       (x.withdrawn_at IS NULL AND x.state <> 'done' AND x.due_date < ?1) AS overdue "       \
  "FROM meeting_action x"                                                                        \
  " JOIN meeting m ON m.id = x.meeting_id"                                                       \
  " LEFT JOIN agenda_item i ON i.id = x.agenda_item_id"                                          \
  " JOIN staff s ON s.id = x.owner_id"                                                           \
  " LEFT JOIN office o ON o.id = s.office_id "

static const DaichoLabel action_states[] = {
  { "todo", N_("Not started"), "未着手" },
  { "doing", N_("In progress"), "対応中" },
  { "done", N_("Done"), "完了" },
};

DAICHO_DEFINE_LABEL_FUNCTIONS (daicho_meeting_action_state, action_states)

/* Lists */

GListStore *
daicho_meeting_store_actions (DaichoDb *db, const DaichoMeetingActionFilter *filter,
                              GError **error)
{
  static const char * const states[] = { "open", "overdue", "done", "todo", "doing", NULL };
  const DaichoMeetingActionFilter none = { 0 };
  g_autofree char *today = daicho_date_today_iso ();
  GDate date;

  if (filter == NULL)
    filter = &none;
  if (filter->state != NULL && !g_strv_contains (states, filter->state))
    {
      daicho_set_invalid (error, _("Action items are listed as open, overdue or done."));
      return NULL;
    }
  if (filter->on != NULL && !daicho_date_from_iso (filter->on, &date))
    {
      daicho_set_invalid (error, _("The date overdue items are judged on is not a date."));
      return NULL;
    }
  return daicho_db_query_records (db, DAICHO_TYPE_MEETING_ACTION, error,
                                  ACTION_QUERY
                                  "WHERE (?2 = 0 OR x.owner_id = ?2)"
                                  "  AND (?3 = 0 OR x.meeting_id = ?3)"
                                  "  AND (?4 OR x.withdrawn_at IS NULL)"
                                  "  AND CASE coalesce (?5, '')"
                                  "   WHEN 'open' THEN x.state <> 'done' AND x.withdrawn_at IS NULL"
                                  "   WHEN 'overdue' THEN x.state <> 'done'"
                                  "    AND x.withdrawn_at IS NULL AND x.due_date < ?1"
                                  "   WHEN '' THEN 1 ELSE x.state = ?5 END"
                                  " ORDER BY m.meeting_date, x.id",
                                  "tIIbt", filter->on ? filter->on : today, filter->owner_id,
                                  filter->meeting_id, filter->include_withdrawn, filter->state);
}

DaichoMeetingAction *
daicho_meeting_store_get_action (DaichoDb *db, gint64 action_id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_record (db, DAICHO_TYPE_MEETING_ACTION,
                                 _("The action item does not exist."), error,
                                 ACTION_QUERY "WHERE x.id = ?2", "tI", today, action_id);
}

GListStore *
daicho_meeting_store_carried (DaichoDb *db, gint64 meeting_id, GError **error)
{
  g_autoptr(DaichoMeeting) m = daicho_meeting_store_get (db, meeting_id, error);
  g_autofree char *today = daicho_date_today_iso ();

  if (m == NULL)
    return NULL;
  /* ?1 judges "overdue": the meeting's date, or today for one still ahead. */
  return daicho_db_query_records (db, DAICHO_TYPE_MEETING_ACTION, error,
                                  ACTION_QUERY
                                  "WHERE m.meeting_date < ?3 AND m.id <> ?2"
                                  "  AND m.state IN ('held', 'final')"
                                  "  AND x.withdrawn_at IS NULL"
                                  "  AND (x.done_date IS NULL OR x.done_date >= ?3)"
                                  " ORDER BY m.meeting_date, x.id",
                                  "tIt", strcmp (m->meeting_date, today) < 0
                                         ? m->meeting_date : today,
                                  meeting_id, m->meeting_date);
}

GListStore *
daicho_meeting_store_action_history (DaichoDb *db, gint64 action_id, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_MEETING_ACTION_CHANGE, error,
                                  "SELECT c.id, c.action_id, c.old_state, c.new_state,"
                                  "       c.changed_on, c.note, s.name AS changed_by_name,"
                                  "       c.changed_at"
                                  " FROM meeting_action_change c"
                                  " LEFT JOIN staff s ON s.id = c.changed_by"
                                  " WHERE c.action_id = ? ORDER BY c.id",
                                  "I", action_id);
}

/* Writes */

static gboolean
record_state (DaichoDb *db, gint64 action_id, const char *old_state, const char *new_state,
              const char *on, const char *note, GError **error)
{
  return daicho_db_exec (db, error,
                         "INSERT INTO meeting_action_change (action_id, old_state, new_state,"
                         " changed_on, note, changed_by, changed_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                         "Ittttn", action_id, old_state, new_state, on, note,
                         daicho_db_get_operator (db));
}

typedef struct
{
  char  *text;
  char  *owner_name;
  char  *item_title;
  gint64 item_id;
} CleanAction;

static void
clean_action_clear (CleanAction *c)
{
  g_free (c->text);
  g_free (c->owner_name);
  g_free (c->item_title);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanAction, clean_action_clear)

/* Checks @input for an action of @m. */
static gboolean
clean_action (DaichoDb *db, DaichoMeeting *m, const DaichoMeetingActionInput *input,
              CleanAction *c, GError **error)
{
  g_autofree char *shown = daicho_date_format_iso (m->meeting_date, DAICHO_DATE_WAREKI_LONG);
  gboolean present = FALSE;
  GDate due;

  if (!daicho_meeting_clean_text (_("Instruction or request"), input->text, DAICHO_TEXT_LONG,
                                  TRUE, TRUE, &c->text, error) ||
      !daicho_meeting_staff_present (db, input->owner_id, m->meeting_date, &present, error))
    return FALSE;
  if (!present)
    return daicho_set_invalid (error, _("Choose who carries the action item out: a staff member "
                                        "at work on %s."), shown);
  c->owner_name = daicho_meeting_staff_name (db, input->owner_id, error);
  if (c->owner_name == NULL)
    return FALSE;
  if (input->due_date == NULL || !daicho_date_from_iso (input->due_date, &due))
    return daicho_set_invalid (error, _("Give the date by which the action item is to be done."));
  if (g_strcmp0 (input->due_date, m->meeting_date) < 0)
    return daicho_set_invalid (error, _("The action item cannot be due before the meeting that "
                                        "made it (%s)."), shown);
  c->item_id = input->agenda_item_id;
  if (c->item_id != 0)
    {
      g_autoptr(DaichoAgendaItem) item = daicho_meeting_store_get_item (db, c->item_id, error);

      if (item == NULL)
        return FALSE;
      if (item->meeting_id != m->id || item->withdrawn_at != NULL)
        return daicho_set_invalid (error, _("The action item's agenda item is not on this "
                                            "meeting's agenda."));
      c->item_title = g_strdup (item->title);
    }
  return TRUE;
}

gint64
daicho_meeting_add_action_in (DaichoDb *db, gint64 meeting_id,
                              const DaichoMeetingActionInput *input, const char *reason,
                              GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_auto(CleanAction) c = { 0 };
  gint64 id;

  if (!daicho_meeting_change_begin (db, meeting_id, DAICHO_MEETING_RECORD, reason, &change,
                                    error) ||
      !clean_action (db, change.meeting, input, &c, error) ||
      !daicho_db_exec (db, error,
                       "INSERT INTO meeting_action (meeting_id, agenda_item_id, text, owner_id,"
                       " due_date, entered_by, entered_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "IntItn", meeting_id, c.item_id, c.text, input->owner_id,
                       input->due_date, daicho_db_get_operator (db)))
    return 0;
  id = daicho_db_last_insert_id (db);
  if (!record_state (db, id, NULL, "todo", change.meeting->meeting_date, NULL, error) ||
      !daicho_meeting_change_field (db, &change, "action", id, "added", NULL, c.text, error))
    return 0;
  return id;
}

gint64
daicho_meeting_store_add_action (DaichoDb *db, gint64 meeting_id,
                                 const DaichoMeetingActionInput *input, const char *reason,
                                 GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_meeting_add_action_in (db, meeting_id, input, reason, error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}

/* The action @action_id, or NULL with the reason (also when withdrawn). */
static DaichoMeetingAction *
live_action (DaichoDb *db, gint64 action_id, GError **error)
{
  g_autoptr(DaichoMeetingAction) a = daicho_meeting_store_get_action (db, action_id, error);

  if (a != NULL && a->withdrawn_at != NULL)
    {
      daicho_set_invalid (error, _("The action item “%s” was withdrawn."), a->text);
      return NULL;
    }
  return g_steal_pointer (&a);
}

static gboolean
update_action_in (DaichoDb *db, gint64 action_id, const DaichoMeetingActionInput *input,
                  const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_auto(CleanAction) c = { 0 };
  g_autoptr(DaichoMeetingAction) a = live_action (db, action_id, error);

  return a != NULL &&
         daicho_meeting_change_begin (db, a->meeting_id, DAICHO_MEETING_RECORD, reason, &change,
                                      error) &&
         clean_action (db, change.meeting, input, &c, error) &&
         daicho_meeting_change_field (db, &change, "action", action_id, "text", a->text, c.text,
                                      error) &&
         daicho_meeting_change_field (db, &change, "action", action_id, "owner", a->owner_name,
                                      c.owner_name, error) &&
         daicho_meeting_change_field (db, &change, "action", action_id, "due_date", a->due_date,
                                      input->due_date, error) &&
         daicho_meeting_change_field (db, &change, "action", action_id, "agenda_item",
                                      a->agenda_title, c.item_title, error) &&
         daicho_meeting_change_end (&change, error) &&
         daicho_db_exec (db, error,
                         "UPDATE meeting_action SET text = ?, owner_id = ?, due_date = ?,"
                         " agenda_item_id = ? WHERE id = ?",
                         "tItnI", c.text, input->owner_id, input->due_date, c.item_id,
                         action_id);
}

gboolean
daicho_meeting_store_update_action (DaichoDb *db, gint64 action_id,
                                    const DaichoMeetingActionInput *input, const char *reason,
                                    GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, update_action_in (db, action_id, input, reason, error),
                                 error);
}

gboolean
daicho_meeting_set_action_state_in (DaichoDb *db, gint64 action_id, const char *state,
                                    const char *on, const char *note, GError **error)
{
  g_autoptr(DaichoMeetingAction) a = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *clean_note = NULL;
  const char *date = on ? on : today;
  GDate parsed;

  if (state == NULL || daicho_label_find (action_states, G_N_ELEMENTS (action_states),
                                          state) == NULL)
    return daicho_set_invalid (error, _("An action item is 未着手 (not started), 対応中 (in "
                                        "progress) or 完了 (done)."));
  if (!daicho_date_from_iso (date, &parsed))
    return daicho_set_invalid (error, _("Give the date the action item's state changed."));
  if (!daicho_meeting_clean_text (_("Note"), note, DAICHO_TEXT_LONG, FALSE, TRUE, &clean_note,
                                  error) ||
      (a = live_action (db, action_id, error)) == NULL)
    return FALSE;
  if (g_str_equal (a->state, state))
    return daicho_set_invalid (error, _("The action item's state is already “%s”."),
                               daicho_meeting_action_state_label (state));
  if (g_strcmp0 (date, today) > 0)
    return daicho_set_invalid (error, _("Record a change of state once it has happened: the date "
                                        "is in the future."));
  if (g_strcmp0 (date, a->state_changed_on) < 0)
    {
      g_autofree char *shown = daicho_date_format_iso (a->state_changed_on,
                                                       DAICHO_DATE_WAREKI_LONG);
      return daicho_set_invalid (error, _("The action item's state last changed on %s: a later "
                                          "change cannot be dated before it."), shown);
    }
  return daicho_db_exec (db, error,
                         "UPDATE meeting_action SET state = ?1,"
                         " done_date = CASE WHEN ?1 = 'done' THEN ?2 END WHERE id = ?3",
                         "ttI", state, date, action_id) &&
         record_state (db, action_id, a->state, state, date, clean_note, error);
}

gboolean
daicho_meeting_store_set_action_state (DaichoDb *db, gint64 action_id, const char *state,
                                       const char *on, const char *note, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_set_action_state_in (db, action_id, state, on,
                                                                         note, error),
                                 error);
}

static gboolean
withdraw_action_in (DaichoDb *db, gint64 action_id, const char *withdraw_reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_autoptr(DaichoMeetingAction) a = NULL;
  g_autofree char *clean = NULL;

  return daicho_meeting_clean_text (_("Reason for withdrawing"), withdraw_reason,
                                    DAICHO_TEXT_LONG, TRUE, TRUE, &clean, error) &&
         (a = live_action (db, action_id, error)) != NULL &&
         daicho_meeting_change_begin (db, a->meeting_id, DAICHO_MEETING_RECORD, clean, &change,
                                      error) &&
         daicho_meeting_change_field (db, &change, "action", action_id, "withdrawn", a->text,
                                      NULL, error) &&
         daicho_db_exec (db, error,
                         "UPDATE meeting_action SET withdrawn_by = ?, withdraw_reason = ?,"
                         " withdrawn_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                         "ntI", daicho_db_get_operator (db), clean, action_id);
}

gboolean
daicho_meeting_store_withdraw_action (DaichoDb *db, gint64 action_id,
                                      const char *withdraw_reason, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, withdraw_action_in (db, action_id, withdraw_reason, error),
                                 error);
}
