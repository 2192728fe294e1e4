/* daicho-meeting-agenda.c — a meeting's agenda items and invited people
 *
 * Items keep an order (sort_order, renumbered 10, 20 … on every move) and
 * a number among the items not withdrawn; withdrawing marks an item and
 * keeps it. Each change goes through a DaichoMeetingChange, so final
 * minutes change only by revision.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-validate.h"
#include "daicho-meeting-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoAgendaItem, daicho_agenda_item,
               FIELD (DaichoAgendaItem, id, INT64),
               FIELD (DaichoAgendaItem, meeting_id, INT64),
               FIELD (DaichoAgendaItem, no, INT64),
               FIELD (DaichoAgendaItem, sort_order, INT64),
               FIELD (DaichoAgendaItem, title, STRING),
               FIELD (DaichoAgendaItem, area, INT64),
               FIELD (DaichoAgendaItem, presenter, STRING),
               FIELD (DaichoAgendaItem, planned_minutes, INT64),
               FIELD (DaichoAgendaItem, materials, STRING),
               FIELD (DaichoAgendaItem, discussion, STRING),
               FIELD (DaichoAgendaItem, decision, STRING),
               FIELD (DaichoAgendaItem, withdrawn_at, STRING),
               FIELD (DaichoAgendaItem, withdraw_reason, STRING),
               FIELD (DaichoAgendaItem, n_actions, INT64))

DEFINE_RECORD (DaichoMeetingInvitee, daicho_meeting_invitee,
               FIELD (DaichoMeetingInvitee, id, INT64),
               FIELD (DaichoMeetingInvitee, meeting_id, INT64),
               FIELD (DaichoMeetingInvitee, name, STRING),
               FIELD (DaichoMeetingInvitee, affiliation, STRING),
               FIELD (DaichoMeetingInvitee, title, STRING),
               FIELD (DaichoMeetingInvitee, attendance, STRING),
               FIELD (DaichoMeetingInvitee, withdrawn_at, STRING))

#define ITEM_QUERY                                                                               \
  "SELECT i.id, i.meeting_id, " DAICHO_AGENDA_ITEM_NO_SQL ("i") " AS no,"                        \
  "       i.sort_order, i.title, i.area, i.presenter, i.planned_minutes, i.materials,"          \
  "       i.discussion, i.decision, i.withdrawn_at, i.withdraw_reason,"                          \
  "       (SELECT count (*) FROM meeting_action x WHERE x.agenda_item_id = i.id"                \
  "         AND x.withdrawn_at IS NULL) AS n_actions "                                           \
  "FROM agenda_item i "

#define INVITEE_QUERY                                                                            \
  "SELECT id, meeting_id, name, affiliation, title, attendance, withdrawn_at"                    \
  " FROM meeting_invitee "

/* Lists */

GListStore *
daicho_meeting_store_items (DaichoDb *db, gint64 meeting_id, gboolean include_withdrawn,
                            GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_AGENDA_ITEM, error,
                                  ITEM_QUERY "WHERE i.meeting_id = ?1"
                                  " AND (?2 OR i.withdrawn_at IS NULL)"
                                  " ORDER BY i.withdrawn_at IS NOT NULL, i.sort_order, i.id",
                                  "Ib", meeting_id, include_withdrawn);
}

DaichoAgendaItem *
daicho_meeting_store_get_item (DaichoDb *db, gint64 item_id, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_AGENDA_ITEM,
                                 _("The agenda item does not exist."), error,
                                 ITEM_QUERY "WHERE i.id = ?", "I", item_id);
}

GListStore *
daicho_meeting_store_invitees (DaichoDb *db, gint64 meeting_id, gboolean include_withdrawn,
                               GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_MEETING_INVITEE, error,
                                  INVITEE_QUERY "WHERE meeting_id = ?1"
                                  " AND (?2 OR withdrawn_at IS NULL)"
                                  " ORDER BY withdrawn_at IS NOT NULL, id",
                                  "Ib", meeting_id, include_withdrawn);
}

/* Agenda items */

typedef struct
{
  char *title;
  char *presenter;
  char *materials;
  int   area;
  int   minutes;
} CleanItem;

static void
clean_item_clear (CleanItem *c)
{
  g_free (c->title);
  g_free (c->presenter);
  g_free (c->materials);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanItem, clean_item_clear)

static gboolean
clean_item (const DaichoAgendaItemInput *input, CleanItem *c, GError **error)
{
  if (!daicho_meeting_clean_text (_("Agenda title"), input->title, DAICHO_TEXT_SHORT, TRUE, FALSE,
                                  &c->title, error) ||
      !daicho_meeting_clean_text (_("Presenter"), input->presenter, DAICHO_TEXT_SHORT, FALSE,
                                  FALSE, &c->presenter, error) ||
      !daicho_meeting_clean_text (_("Materials"), input->materials, DAICHO_TEXT_LONG, FALSE, TRUE,
                                  &c->materials, error))
    return FALSE;
  if (input->area < 1 || input->area > 7)
    return daicho_set_invalid (error, _("Choose which of the seven deliberation areas of 第5条第2項 "
                                        "the item belongs to: (1) to (7)."));
  if (input->planned_minutes < 0 || input->planned_minutes > 600)
    return daicho_set_invalid (error, _("The planned time is 0 to 600 minutes."));
  c->area = input->area;
  c->minutes = input->planned_minutes;
  return TRUE;
}

/* The item @item_id, not withdrawn, and a change of its meeting in @phase. */
static DaichoAgendaItem *
item_for_change (DaichoDb *db, gint64 item_id, DaichoMeetingPhase phase, const char *reason,
                 DaichoMeetingChange *change, GError **error)
{
  g_autoptr(DaichoAgendaItem) item = daicho_meeting_store_get_item (db, item_id, error);

  if (item == NULL ||
      !daicho_meeting_change_begin (db, item->meeting_id, phase, reason, change, error))
    return NULL;
  if (item->withdrawn_at != NULL)
    {
      daicho_set_invalid (error, _("The agenda item “%s” was withdrawn."), item->title);
      return NULL;
    }
  return g_steal_pointer (&item);
}

static char *
area_text (gint64 area)
{
  return area > 0 ? g_strdup_printf ("(%lld)", (long long) area) : NULL;
}

static char *
minutes_text (gint64 minutes)
{
  return g_strdup_printf ("%lld", (long long) minutes);
}

gint64
daicho_meeting_add_item_in (DaichoDb *db, gint64 meeting_id, const DaichoAgendaItemInput *input,
                            const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_auto(CleanItem) c = { 0 };
  gint64 order = 0, id;

  if (!daicho_meeting_change_begin (db, meeting_id, DAICHO_MEETING_PREPARE, reason, &change,
                                    error) ||
      !clean_item (input, &c, error) ||
      !daicho_db_query_int (db, &order, 0, error,
                            "SELECT max (sort_order) FROM agenda_item WHERE meeting_id = ?", "I",
                            meeting_id) ||
      !daicho_db_exec (db, error,
                       "INSERT INTO agenda_item (meeting_id, sort_order, title, area, presenter,"
                       " planned_minutes, materials, entered_by, entered_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "IItititn", meeting_id, order + 10, c.title, c.area, c.presenter,
                       c.minutes, c.materials, daicho_db_get_operator (db)))
    return 0;
  id = daicho_db_last_insert_id (db);
  if (!daicho_meeting_change_field (db, &change, "item", id, "added", NULL, c.title, error))
    return 0;
  return id;
}

gint64
daicho_meeting_store_add_item (DaichoDb *db, gint64 meeting_id,
                               const DaichoAgendaItemInput *input, const char *reason,
                               GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_meeting_add_item_in (db, meeting_id, input, reason, error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}

static gboolean
update_item_in (DaichoDb *db, gint64 item_id, const DaichoAgendaItemInput *input,
                const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_auto(CleanItem) c = { 0 };
  g_autoptr(DaichoAgendaItem) item = NULL;
  g_autofree char *old_area = NULL, *new_area = NULL, *old_min = NULL, *new_min = NULL;

  item = item_for_change (db, item_id, DAICHO_MEETING_PREPARE, reason, &change, error);
  if (item == NULL || !clean_item (input, &c, error))
    return FALSE;
  old_area = area_text (item->area);
  new_area = area_text (c.area);
  old_min = minutes_text (item->planned_minutes);
  new_min = minutes_text (c.minutes);
  return daicho_meeting_change_field (db, &change, "item", item_id, "title", item->title,
                                      c.title, error) &&
         daicho_meeting_change_field (db, &change, "item", item_id, "area", old_area, new_area,
                                      error) &&
         daicho_meeting_change_field (db, &change, "item", item_id, "presenter",
                                      item->presenter, c.presenter, error) &&
         daicho_meeting_change_field (db, &change, "item", item_id, "planned_minutes", old_min,
                                      new_min, error) &&
         daicho_meeting_change_field (db, &change, "item", item_id, "materials",
                                      item->materials, c.materials, error) &&
         daicho_meeting_change_end (&change, error) &&
         daicho_db_exec (db, error,
                         "UPDATE agenda_item SET title = ?, area = ?, presenter = ?,"
                         " planned_minutes = ?, materials = ? WHERE id = ?",
                         "tititI", c.title, c.area, c.presenter, c.minutes, c.materials,
                         item_id);
}

gboolean
daicho_meeting_store_update_item (DaichoDb *db, gint64 item_id,
                                  const DaichoAgendaItemInput *input, const char *reason,
                                  GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, update_item_in (db, item_id, input, reason, error), error);
}

static gboolean
move_item_in (DaichoDb *db, gint64 item_id, guint position, const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_autoptr(DaichoAgendaItem) item = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *old_no = NULL, *new_no = NULL;

  item = item_for_change (db, item_id, DAICHO_MEETING_PREPARE, reason, &change, error);
  if (item == NULL || (items = daicho_meeting_store_items (db, item->meeting_id, FALSE,
                                                           error)) == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(DaichoAgendaItem) other = g_list_model_get_item (G_LIST_MODEL (items), i);

      if (other->id != item_id)
        g_array_append_val (order, other->id);
    }
  if (position < 1 || position > order->len + 1)
    return daicho_set_invalid (error, _("The position is 1 to %u."), order->len + 1);
  g_array_insert_val (order, position - 1, item_id);
  old_no = minutes_text (item->no);
  new_no = minutes_text (position);
  if (!daicho_meeting_change_field (db, &change, "item", item_id, "order", old_no, new_no,
                                    error) ||
      !daicho_meeting_change_end (&change, error))
    return FALSE;
  for (guint i = 0; i < order->len; i++)
    if (!daicho_db_exec (db, error,
                         "UPDATE agenda_item SET sort_order = ?1 WHERE id = ?2"
                         " AND sort_order <> ?1",
                         "iI", 10 * (int) (i + 1), g_array_index (order, gint64, i)))
      return FALSE;
  return TRUE;
}

gboolean
daicho_meeting_store_move_item (DaichoDb *db, gint64 item_id, guint position, const char *reason,
                                GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, move_item_in (db, item_id, position, reason, error), error);
}

static gboolean
withdraw_item_in (DaichoDb *db, gint64 item_id, const char *withdraw_reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_autoptr(DaichoAgendaItem) item = NULL;
  g_autofree char *clean = NULL;

  if (!daicho_meeting_clean_text (_("Reason for withdrawing"), withdraw_reason, DAICHO_TEXT_LONG,
                                  TRUE, TRUE, &clean, error))
    return FALSE;
  item = item_for_change (db, item_id, DAICHO_MEETING_PREPARE, clean, &change, error);
  if (item == NULL)
    return FALSE;
  if (item->n_actions > 0)
    return daicho_set_invalid (error, _("The agenda item “%s” has action items: withdraw them "
                                        "first."), item->title);
  return daicho_meeting_change_field (db, &change, "item", item_id, "withdrawn", item->title,
                                      NULL, error) &&
         daicho_db_exec (db, error,
                         "UPDATE agenda_item SET withdrawn_by = ?, withdraw_reason = ?,"
                         " withdrawn_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                         "ntI", daicho_db_get_operator (db), clean, item_id);
}

gboolean
daicho_meeting_store_withdraw_item (DaichoDb *db, gint64 item_id, const char *withdraw_reason,
                                    GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, withdraw_item_in (db, item_id, withdraw_reason, error),
                                 error);
}

gboolean
daicho_meeting_record_item_in (DaichoDb *db, gint64 item_id, const char *discussion,
                               const char *decision, const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_autoptr(DaichoAgendaItem) item = NULL;
  g_autofree char *clean_discussion = NULL, *clean_decision = NULL;

  item = item_for_change (db, item_id, DAICHO_MEETING_RECORD, reason, &change, error);
  return item != NULL &&
         daicho_meeting_clean_text (_("Discussion"), discussion, DAICHO_MEETING_TEXT_MAX, FALSE,
                                    TRUE, &clean_discussion, error) &&
         daicho_meeting_clean_text (_("Decision"), decision, DAICHO_MEETING_TEXT_MAX, FALSE,
                                    TRUE, &clean_decision, error) &&
         daicho_meeting_change_field (db, &change, "item", item_id, "discussion",
                                      item->discussion, clean_discussion, error) &&
         daicho_meeting_change_field (db, &change, "item", item_id, "decision", item->decision,
                                      clean_decision, error) &&
         daicho_meeting_change_end (&change, error) &&
         daicho_db_exec (db, error,
                         "UPDATE agenda_item SET discussion = ?, decision = ? WHERE id = ?",
                         "ttI", clean_discussion, clean_decision, item_id);
}

gboolean
daicho_meeting_store_record_item (DaichoDb *db, gint64 item_id, const char *discussion,
                                  const char *decision, const char *reason, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_record_item_in (db, item_id, discussion,
                                                                    decision, reason, error),
                                 error);
}

/* Invitees */

typedef struct
{
  char *name;
  char *affiliation;
  char *title;
} CleanInvitee;

static void
clean_invitee_clear (CleanInvitee *c)
{
  g_free (c->name);
  g_free (c->affiliation);
  g_free (c->title);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanInvitee, clean_invitee_clear)

static gboolean
clean_invitee (const char *name, const char *affiliation, const char *title, CleanInvitee *c,
               GError **error)
{
  return daicho_meeting_clean_text (C_("staff", "Name"), name, DAICHO_TEXT_SHORT, TRUE, FALSE,
                                    &c->name, error) &&
         daicho_meeting_clean_text (_("Affiliation"), affiliation, DAICHO_TEXT_SHORT, TRUE, FALSE,
                                    &c->affiliation, error) &&
         daicho_meeting_clean_text (_("Job title"), title, DAICHO_TEXT_SHORT, FALSE, FALSE,
                                    &c->title, error);
}

/* The invitee @invitee_id, not withdrawn, and a change of its meeting in @phase. */
static DaichoMeetingInvitee *
invitee_for_change (DaichoDb *db, gint64 invitee_id, DaichoMeetingPhase phase,
                    const char *reason, DaichoMeetingChange *change, GError **error)
{
  g_autoptr(DaichoMeetingInvitee) invitee =
    daicho_db_query_record (db, DAICHO_TYPE_MEETING_INVITEE,
                            _("The invited person does not exist."), error,
                            INVITEE_QUERY "WHERE id = ?", "I", invitee_id);

  if (invitee == NULL ||
      !daicho_meeting_change_begin (db, invitee->meeting_id, phase, reason, change, error))
    return NULL;
  if (invitee->withdrawn_at != NULL)
    {
      daicho_set_invalid (error, _("The invitation of %s was withdrawn."), invitee->name);
      return NULL;
    }
  return g_steal_pointer (&invitee);
}

gint64
daicho_meeting_add_invitee_in (DaichoDb *db, gint64 meeting_id, const char *name,
                               const char *affiliation, const char *title, const char *reason,
                               GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_auto(CleanInvitee) c = { 0 };
  gint64 id;

  if (!daicho_meeting_change_begin (db, meeting_id, DAICHO_MEETING_PREPARE, reason, &change,
                                    error) ||
      !clean_invitee (name, affiliation, title, &c, error) ||
      !daicho_db_exec (db, error,
                       "INSERT INTO meeting_invitee (meeting_id, name, affiliation, title,"
                       " entered_by, entered_at)"
                       " VALUES (?, ?, ?, coalesce (?, ''), ?,"
                       "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       "Itttn", meeting_id, c.name, c.affiliation, c.title,
                       daicho_db_get_operator (db)))
    return 0;
  id = daicho_db_last_insert_id (db);
  if (!daicho_meeting_change_field (db, &change, "invitee", id, "added", NULL, c.name, error))
    return 0;
  return id;
}

gint64
daicho_meeting_store_add_invitee (DaichoDb *db, gint64 meeting_id, const char *name,
                                  const char *affiliation, const char *title, const char *reason,
                                  GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_meeting_add_invitee_in (db, meeting_id, name, affiliation, title, reason, error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}

static gboolean
update_invitee_in (DaichoDb *db, gint64 invitee_id, const char *name, const char *affiliation,
                   const char *title, const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_auto(CleanInvitee) c = { 0 };
  g_autoptr(DaichoMeetingInvitee) invitee = NULL;

  invitee = invitee_for_change (db, invitee_id, DAICHO_MEETING_PREPARE, reason, &change, error);
  return invitee != NULL && clean_invitee (name, affiliation, title, &c, error) &&
         daicho_meeting_change_field (db, &change, "invitee", invitee_id, "name", invitee->name,
                                      c.name, error) &&
         daicho_meeting_change_field (db, &change, "invitee", invitee_id, "affiliation",
                                      invitee->affiliation, c.affiliation, error) &&
         daicho_meeting_change_field (db, &change, "invitee", invitee_id, "job_title",
                                      *invitee->title ? invitee->title : NULL, c.title, error) &&
         daicho_meeting_change_end (&change, error) &&
         daicho_db_exec (db, error,
                         "UPDATE meeting_invitee SET name = ?, affiliation = ?,"
                         " title = coalesce (?, '') WHERE id = ?",
                         "tttI", c.name, c.affiliation, c.title, invitee_id);
}

gboolean
daicho_meeting_store_update_invitee (DaichoDb *db, gint64 invitee_id, const char *name,
                                     const char *affiliation, const char *title,
                                     const char *reason, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, update_invitee_in (db, invitee_id, name, affiliation, title,
                                                        reason, error),
                                 error);
}

static gboolean
withdraw_invitee_in (DaichoDb *db, gint64 invitee_id, const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_autoptr(DaichoMeetingInvitee) invitee = NULL;

  invitee = invitee_for_change (db, invitee_id, DAICHO_MEETING_PREPARE, reason, &change, error);
  return invitee != NULL &&
         daicho_meeting_change_field (db, &change, "invitee", invitee_id, "withdrawn",
                                      invitee->name, NULL, error) &&
         daicho_db_exec (db, error,
                         "UPDATE meeting_invitee SET withdrawn_by = ?,"
                         " withdrawn_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                         "nI", daicho_db_get_operator (db), invitee_id);
}

gboolean
daicho_meeting_store_withdraw_invitee (DaichoDb *db, gint64 invitee_id, const char *reason,
                                       GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, withdraw_invitee_in (db, invitee_id, reason, error), error);
}

gboolean
daicho_meeting_invitee_attend_in (DaichoDb *db, gint64 invitee_id, const char *attendance,
                                  const char *reason, GError **error)
{
  g_auto(DaichoMeetingChange) change = { 0 };
  g_autoptr(DaichoMeetingInvitee) invitee = NULL;

  if (g_strcmp0 (attendance, "present") != 0 && g_strcmp0 (attendance, "absent") != 0)
    return daicho_set_invalid (error, _("An invited person is present (出席) or absent (欠席)."));
  invitee = invitee_for_change (db, invitee_id, DAICHO_MEETING_RECORD, reason, &change, error);
  return invitee != NULL &&
         daicho_meeting_change_field (db, &change, "invitee", invitee_id, "attendance",
                                      invitee->attendance
                                      ? daicho_meeting_attendance_form_label (invitee->attendance)
                                      : NULL,
                                      daicho_meeting_attendance_form_label (attendance), error) &&
         daicho_meeting_change_end (&change, error) &&
         daicho_db_exec (db, error, "UPDATE meeting_invitee SET attendance = ? WHERE id = ?",
                         "tI", attendance, invitee_id);
}

gboolean
daicho_meeting_store_invitee_attend (DaichoDb *db, gint64 invitee_id, const char *attendance,
                                     const char *reason, GError **error)
{
  if (!daicho_db_begin_write (db, error))
    return FALSE;
  return daicho_db_finish_write (db, daicho_meeting_invitee_attend_in (db, invitee_id, attendance,
                                                                       reason, error),
                                 error);
}
