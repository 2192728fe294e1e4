/* daicho-meeting-private.h — what the committee and meeting stores share
 *
 * Not installed. The part a committee post plays follows from its code
 * (migration 5); the writes below run inside the caller's transaction, for
 * the public functions and for the demo data, which writes a year of
 * meetings in one transaction.
 */
#pragma once

#include "daicho/daicho-committee-store.h"
#include "daicho/daicho-meeting-store.h"
#include "daicho-db-private.h"

G_BEGIN_DECLS

#define DAICHO_POST_CODE_CHAIR       "committee-chair"
#define DAICHO_POST_CODE_VICE_CHAIR  "committee-vice-chair"
#define DAICHO_POST_CODE_SECRETARIAT "committee-secretariat"

/* The function (chair | vice_chair | member | secretariat) of the committee
 * post row @alias, as an SQL expression. */
#define DAICHO_COMMITTEE_FUNCTION_SQL(alias)                                                  \
  "(CASE " alias ".code WHEN 'committee-chair' THEN 'chair'"                                 \
  " WHEN 'committee-vice-chair' THEN 'vice_chair'"                                            \
  " WHEN 'committee-secretariat' THEN 'secretariat' ELSE 'member' END)"

/* The number of agenda item row @alias among its meeting's items not
 * withdrawn (0 for a withdrawn one), as an SQL expression. */
#define DAICHO_AGENDA_ITEM_NO_SQL(alias)                                                       \
  "(CASE WHEN " alias ".withdrawn_at IS NULL THEN (SELECT count (*) FROM agenda_item y"       \
  "   WHERE y.meeting_id = " alias ".meeting_id AND y.withdrawn_at IS NULL"                   \
  "     AND (y.sort_order < " alias ".sort_order OR (y.sort_order = " alias ".sort_order"     \
  "          AND y.id <= " alias ".id))) ELSE 0 END)"

/* Longest discussion, decision or other free text of the minutes. */
#define DAICHO_MEETING_TEXT_MAX 10000

/* The staff id holding the committee post with @code on @on (0: vacant). */
gboolean daicho_committee_holder_on (DaichoDb *db, const char *code, const char *on,
                                     gint64 *staff_id, GError **error);

/* Writes inside the caller's transaction: the same rules as the public
 * functions of the same name without "_in", without begin or commit. */
gint64   daicho_meeting_new_in          (DaichoDb *db, const DaichoMeetingInput *input,
                                         GError **error);
gboolean daicho_meeting_mark_held_in    (DaichoDb *db, gint64 id, GError **error);
gboolean daicho_meeting_finalize_in     (DaichoDb *db, gint64 id, GError **error);
gint64   daicho_meeting_add_item_in     (DaichoDb *db, gint64 meeting_id,
                                         const DaichoAgendaItemInput *input, const char *reason,
                                         GError **error);
gboolean daicho_meeting_record_item_in  (DaichoDb *db, gint64 item_id, const char *discussion,
                                         const char *decision, const char *reason,
                                         GError **error);
gint64   daicho_meeting_add_invitee_in  (DaichoDb *db, gint64 meeting_id, const char *name,
                                         const char *affiliation, const char *title,
                                         const char *reason, GError **error);
gboolean daicho_meeting_invitee_attend_in (DaichoDb *db, gint64 invitee_id,
                                           const char *attendance, const char *reason,
                                           GError **error);
gboolean daicho_meeting_attend_in       (DaichoDb *db, gint64 meeting_id, gint64 post_id,
                                         const char *attendance, const char *proxy_name,
                                         const char *reason, GError **error);
gboolean daicho_meeting_preside_in      (DaichoDb *db, gint64 meeting_id, gint64 post_id,
                                         const char *reason, GError **error);
gboolean daicho_meeting_update_in       (DaichoDb *db, gint64 id,
                                         const DaichoMeetingInput *input, const char *reason,
                                         GError **error);
gint64   daicho_meeting_add_action_in   (DaichoDb *db, gint64 meeting_id,
                                         const DaichoMeetingActionInput *input,
                                         const char *reason, GError **error);
gboolean daicho_meeting_set_action_state_in (DaichoDb *db, gint64 action_id, const char *state,
                                             const char *on, const char *note, GError **error);

/* Changes to a meeting, inside a write. */

typedef enum {
  DAICHO_MEETING_PREPARE,   /* planned or held (final with a reason) */
  DAICHO_MEETING_RECORD,    /* held (final with a reason) */
} DaichoMeetingPhase;

typedef struct
{
  DaichoMeeting *meeting;   /* owned */
  char          *reason;    /* the revision's reason when the minutes are final, else NULL */
  guint          n_changes;
} DaichoMeetingChange;

/* Opens a change of meeting @meeting_id in @phase: refuses a cancelled
 * meeting, a planned one when recording, and final minutes without a
 * reason (which is then checked and kept). */
gboolean daicho_meeting_change_begin (DaichoDb *db, gint64 meeting_id, DaichoMeetingPhase phase,
                                      const char *reason, DaichoMeetingChange *change,
                                      GError **error);
void     daicho_meeting_change_clear (DaichoMeetingChange *change);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DaichoMeetingChange, daicho_meeting_change_clear)

/* Notes that @field of @target @target_id goes from @old_value to
 * @new_value; on final minutes writes the revision. Equal values are no
 * change. */
gboolean daicho_meeting_change_field (DaichoDb *db, DaichoMeetingChange *change,
                                      const char *target, gint64 target_id, const char *field,
                                      const char *old_value, const char *new_value,
                                      GError **error);

/* Refuses a revision of final minutes that changed nothing. */
gboolean daicho_meeting_change_end (DaichoMeetingChange *change, GError **error);

/* Presiding (第5条第4項・第5項), by the attendance recorded for @meeting:
 * whether @post_id may preside, with the reason when not; and the post
 * that presides by the rule (*@post_id 0 when neither the chair nor the
 * vice-chair attended, or the chair's attendance is not recorded). */
gboolean daicho_meeting_presiding_check   (DaichoDb *db, DaichoMeeting *meeting, gint64 post_id,
                                           GError **error);
gboolean daicho_meeting_presiding_by_rule (DaichoDb *db, DaichoMeeting *meeting, gint64 *post_id,
                                           GError **error);

/* A staff member who exists and had not left by @on. */
gboolean daicho_meeting_staff_present (DaichoDb *db, gint64 staff_id, const char *on,
                                       gboolean *present, GError **error);

/* The name of staff @staff_id (new string; NULL for 0). */
char *daicho_meeting_staff_name (DaichoDb *db, gint64 staff_id, GError **error);

/* A free text as stored: stripped, NULL when blank, checked against @max
 * characters under @label. */
gboolean daicho_meeting_clean_text (const char *label, const char *text, guint max,
                                    gboolean required, gboolean multiline, char **out,
                                    GError **error);

G_END_DECLS
