/* daicho-meeting-store.h — セキュリティ会議: meetings, agenda, attendance, minutes, action items
 *
 * A meeting is numbered per fiscal year by the store (令和7年度第1回, 第2回 …
 * in the order they are planned; a later number is never dated before an
 * earlier one of the same year) and goes 準備中 (planned) → 開催済 (held) →
 * 議事録確定 (final); a planned meeting may instead be 中止 (cancelled), with
 * a reason, keeping its number.
 *
 * Preparation (planned or held): date, times, place; agenda items, each
 * with a title, one of the seven deliberation areas of 第5条第2項, a
 * presenter, planned minutes and materials, in an order; people other than
 * members whom the chair invites (第5条第7項). The members are the holders
 * of the committee posts on the meeting's date (daicho-committee-store.h).
 * Open action items of earlier meetings are carried onto the agenda as
 * 継続事項 by a query, not copied.
 *
 * Record (held): each member's attendance (出席, 欠席, 代理出席 with the
 * proxy's name) and each invitee's; who presided — the chair, or the
 * vice-chair when the chair is absent (第5条第4項・第5項), checked against
 * the attendance; each item's discussion (審議内容) and decision (決定事項);
 * instructions and requests (指示・要請, 第4条第3項第6号) as action items with
 * an owner, a due date and a state (未着手, 対応中, 完了), every change of
 * state kept, followed across meetings until done.
 *
 * Finalising locks the minutes. After that every change function needs a
 * @reason and the change is a revision, kept field by field (old value, new
 * value, reason, who, when); before it, @reason is ignored (pass NULL).
 * Changing an action item's state is follow-up, never a revision.
 *
 * Every write is one transaction; every rule is checked inside it and a
 * refusal (DAICHO_ERROR_INVALID, with a message naming the rule) leaves the
 * database as it was. Nothing is deleted: withdrawn items, invitees and
 * actions are marked, with who and why. Dates are ISO text, times "HH:MM";
 * "today" is the local date.
 */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"

G_BEGIN_DECLS

/* A meeting, with counts for lists. */
#define DAICHO_TYPE_MEETING (daicho_meeting_get_type ())
G_DECLARE_FINAL_TYPE (DaichoMeeting, daicho_meeting, DAICHO, MEETING, DaichoRecord)
struct _DaichoMeeting
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       fiscal_year;
  gint64       number;              /* 第N回 within the fiscal year */
  char        *meeting_date;
  char        *start_time;          /* "HH:MM" or NULL */
  char        *end_time;
  char        *place;
  char        *state;               /* planned | held | final | cancelled */
  gint64       presiding_post_id;   /* 0: not recorded */
  char        *presiding_function;  /* chair | vice_chair, NULL: not recorded */
  gint64       presided_by;
  char        *presided_by_name;
  char        *next_meeting;        /* 次回開催: free text */
  gint64       recorder_id;         /* 記録者 (庶務); 0: none */
  char        *recorder_name;
  char        *recorder_office_name;
  char        *cancel_reason;
  char        *held_at;             /* UTC ISO 8601 */
  char        *finalized_at;
  char        *finalized_by_name;
  gint64       n_items;             /* agenda items not withdrawn */
  gint64       planned_minutes;     /* their planned minutes, summed */
  gint64       n_invitees;          /* not withdrawn */
  gint64       n_actions;           /* not withdrawn */
  gint64       n_open_actions;
  gint64       n_revisions;
};

/* An agenda item (議題). */
#define DAICHO_TYPE_AGENDA_ITEM (daicho_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (DaichoAgendaItem, daicho_agenda_item, DAICHO, AGENDA_ITEM, DaichoRecord)
struct _DaichoAgendaItem
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       meeting_id;
  gint64       no;                  /* 1, 2 … among the items not withdrawn; 0 if withdrawn */
  gint64       sort_order;
  char        *title;
  gint64       area;                /* 1–7: 第5条第2項第N号 */
  char        *presenter;           /* 説明者, free text */
  gint64       planned_minutes;
  char        *materials;           /* 資料 */
  char        *discussion;          /* 審議内容 */
  char        *decision;            /* 決定事項 */
  char        *withdrawn_at;        /* NULL unless withdrawn */
  char        *withdraw_reason;
  gint64       n_actions;           /* not withdrawn */
};

/* Someone other than a member, invited by the chair (第5条第7項). */
#define DAICHO_TYPE_MEETING_INVITEE (daicho_meeting_invitee_get_type ())
G_DECLARE_FINAL_TYPE (DaichoMeetingInvitee, daicho_meeting_invitee, DAICHO, MEETING_INVITEE,
                      DaichoRecord)
struct _DaichoMeetingInvitee
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       meeting_id;
  char        *name;
  char        *affiliation;         /* 所属 */
  char        *title;               /* 職名; "" when not given */
  char        *attendance;          /* present | absent; NULL: not recorded */
  char        *withdrawn_at;
};

/* A member invited by post: the holder of a committee post (not the
 * secretariat) on the meeting's date, with the attendance recorded. */
#define DAICHO_TYPE_MEETING_MEMBER (daicho_meeting_member_get_type ())
G_DECLARE_FINAL_TYPE (DaichoMeetingMember, daicho_meeting_member, DAICHO, MEETING_MEMBER,
                      DaichoRecord)
struct _DaichoMeetingMember
{
  DaichoRecord parent_instance;
  gint64       post_id;
  char        *post_code;
  char        *post_name;
  char        *function;            /* chair | vice_chair | member */
  gint64       staff_id;
  char        *emp_no;
  char        *staff_name;
  char        *attendance;          /* present | absent | proxy; NULL: not recorded */
  char        *proxy_name;
};

/* An action item (指示・要請). */
#define DAICHO_TYPE_MEETING_ACTION (daicho_meeting_action_get_type ())
G_DECLARE_FINAL_TYPE (DaichoMeetingAction, daicho_meeting_action, DAICHO, MEETING_ACTION,
                      DaichoRecord)
struct _DaichoMeetingAction
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       meeting_id;
  gint64       meeting_fiscal_year;
  gint64       meeting_number;
  char        *meeting_date;
  gint64       agenda_item_id;      /* 0: the meeting as a whole */
  gint64       agenda_item_no;
  char        *agenda_title;
  char        *text;
  gint64       owner_id;
  char        *owner_emp_no;
  char        *owner_name;
  char        *owner_office_name;
  char        *due_date;
  char        *state;               /* todo | doing | done */
  char        *done_date;           /* set when done */
  char        *state_changed_on;    /* the date of the last change of state */
  char        *withdrawn_at;
  char        *withdraw_reason;
  gboolean     overdue;             /* open and due before the date the list was judged on */
};

/* One change of an action item's state. The first has no old state: the
 * action was made at its meeting. */
#define DAICHO_TYPE_MEETING_ACTION_CHANGE (daicho_meeting_action_change_get_type ())
G_DECLARE_FINAL_TYPE (DaichoMeetingActionChange, daicho_meeting_action_change, DAICHO,
                      MEETING_ACTION_CHANGE, DaichoRecord)
struct _DaichoMeetingActionChange
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       action_id;
  char        *old_state;
  char        *new_state;
  char        *changed_on;          /* the date the state changed */
  char        *note;
  char        *changed_by_name;
  char        *changed_at;          /* UTC ISO 8601, when it was recorded */
};

/* A change made to final minutes. */
#define DAICHO_TYPE_MEETING_REVISION (daicho_meeting_revision_get_type ())
G_DECLARE_FINAL_TYPE (DaichoMeetingRevision, daicho_meeting_revision, DAICHO, MEETING_REVISION,
                      DaichoRecord)
struct _DaichoMeetingRevision
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       meeting_id;
  char        *target;              /* meeting | item | invitee | attendance | action */
  gint64       target_id;           /* the meeting, item, invitee, post or action */
  char        *target_label;        /* 会議, 議題2, 委員外出席者 山田 太郎, 区民部長, 指示・要請1 */
  char        *field;               /* see daicho_meeting_field_label() */
  char        *old_value;           /* as read: names, 和暦-free ISO dates, form labels */
  char        *new_value;
  char        *reason;
  char        *revised_by_name;
  char        *revised_at;
};

/* What a person types for a meeting. Strings are borrowed. */
typedef struct
{
  const char *meeting_date;         /* ISO, required */
  const char *start_time;           /* "HH:MM" or NULL */
  const char *end_time;             /* after the start */
  const char *place;
  const char *next_meeting;         /* 次回開催, free text or NULL */
  gint64      recorder_id;          /* 0: the secretariat's holder on the date */
} DaichoMeetingInput;

/* What a person types for an agenda item. */
typedef struct
{
  const char *title;                /* required */
  int         area;                 /* 1–7, required */
  const char *presenter;
  int         planned_minutes;      /* 0–600 */
  const char *materials;
} DaichoAgendaItemInput;

/* What a person types for an action item. */
typedef struct
{
  const char *text;                 /* required */
  gint64      owner_id;             /* staff at work on the meeting's date */
  const char *due_date;             /* not before the meeting */
  gint64      agenda_item_id;       /* 0: none; else an item of the same meeting */
} DaichoMeetingActionInput;

/* Which action items a list holds. */
typedef struct
{
  const char *state;                /* NULL: all; "open" (todo or doing), "overdue" (open and
                                       due before @on), "done", or todo | doing */
  const char *on;                   /* the date "overdue" is judged on; NULL: today */
  gint64      owner_id;             /* 0: anyone */
  gint64      meeting_id;           /* 0: every meeting */
  gboolean    include_withdrawn;
} DaichoMeetingActionFilter;

/* Meetings */

/* Meetings of fiscal year @fiscal_year (0: all), newest first. */
GListStore    *daicho_meeting_store_list (DaichoDb *db, int fiscal_year, GError **error);
DaichoMeeting *daicho_meeting_store_get  (DaichoDb *db, gint64 id, GError **error);

/* The meeting 第@number回 of @fiscal_year, or NULL (no @error) when none. */
DaichoMeeting *daicho_meeting_store_find (DaichoDb *db, int fiscal_year, int number,
                                          GError **error);

/* Plans a meeting: its fiscal year comes from the date and its number is
 * the year's next. Refused: no date, a date before the year's last
 * meeting, times that are not HH:MM or end before they start, texts too
 * long, a recorder who had left by the date. Returns the id or 0. */
gint64   daicho_meeting_store_new    (DaichoDb *db, const DaichoMeetingInput *input,
                                      GError **error);

/* Replaces date, times, place, next meeting and recorder. The date stays
 * in the meeting's fiscal year and between the dates of the meetings
 * numbered before and after it; once held, not in the future; and when
 * attendance is recorded, the members on the new date are the same people. */
gboolean daicho_meeting_store_update (DaichoDb *db, gint64 id, const DaichoMeetingInput *input,
                                      const char *reason, GError **error);

/* 準備中 → 開催済: the date has come. */
gboolean daicho_meeting_store_mark_held (DaichoDb *db, gint64 id, GError **error);

/* 開催済 → 議事録確定: at least one agenda item; every member's and every
 * invitee's attendance recorded; who presided recorded and right by the
 * rule; every item's discussion written; start and end time, place and
 * recorder given. Locks the minutes. */
gboolean daicho_meeting_store_finalize (DaichoDb *db, gint64 id, GError **error);

/* 準備中 → 中止, with @reason (required). The number is not reused. */
gboolean daicho_meeting_store_cancel (DaichoDb *db, gint64 id, const char *reason,
                                      GError **error);

/* The revisions of final minutes, oldest first. */
GListStore *daicho_meeting_store_revisions (DaichoDb *db, gint64 id, GError **error);

/* Agenda */

/* The agenda items in order; withdrawn ones (at the end) only with
 * @include_withdrawn. */
GListStore *daicho_meeting_store_items (DaichoDb *db, gint64 meeting_id,
                                        gboolean include_withdrawn, GError **error);
DaichoAgendaItem *daicho_meeting_store_get_item (DaichoDb *db, gint64 item_id, GError **error);

/* Adds an item at the end of the agenda. Returns its id or 0. */
gint64   daicho_meeting_store_add_item      (DaichoDb *db, gint64 meeting_id,
                                             const DaichoAgendaItemInput *input,
                                             const char *reason, GError **error);
/* Replaces title, area, presenter, planned minutes and materials. */
gboolean daicho_meeting_store_update_item   (DaichoDb *db, gint64 item_id,
                                             const DaichoAgendaItemInput *input,
                                             const char *reason, GError **error);
/* Moves the item to @position (1-based among the items not withdrawn). */
gboolean daicho_meeting_store_move_item     (DaichoDb *db, gint64 item_id, guint position,
                                             const char *reason, GError **error);
/* Withdraws the item (@withdraw_reason required); refused while it has
 * action items not withdrawn. On final minutes @withdraw_reason is also
 * the revision's reason. */
gboolean daicho_meeting_store_withdraw_item (DaichoDb *db, gint64 item_id,
                                             const char *withdraw_reason, GError **error);
/* The record of an item (held or final): discussion and decision (either
 * may be NULL or blank: not written yet). */
gboolean daicho_meeting_store_record_item   (DaichoDb *db, gint64 item_id,
                                             const char *discussion, const char *decision,
                                             const char *reason, GError **error);

/* Action items of earlier meetings open on this meeting's date — made at a
 * meeting held before it, not withdrawn, not done before that date: the
 * agenda's 継続事項. "overdue" is judged as of the meeting's date, or today
 * when the meeting is still ahead. */
GListStore *daicho_meeting_store_carried (DaichoDb *db, gint64 meeting_id, GError **error);

/* Invitees (第5条第7項) */

GListStore *daicho_meeting_store_invitees (DaichoDb *db, gint64 meeting_id,
                                           gboolean include_withdrawn, GError **error);
/* Name and affiliation required, title optional. Returns the id or 0. */
gint64   daicho_meeting_store_add_invitee      (DaichoDb *db, gint64 meeting_id,
                                                const char *name, const char *affiliation,
                                                const char *title, const char *reason,
                                                GError **error);
gboolean daicho_meeting_store_update_invitee   (DaichoDb *db, gint64 invitee_id,
                                                const char *name, const char *affiliation,
                                                const char *title, const char *reason,
                                                GError **error);
gboolean daicho_meeting_store_withdraw_invitee (DaichoDb *db, gint64 invitee_id,
                                                const char *reason, GError **error);
/* present | absent (held or final). */
gboolean daicho_meeting_store_invitee_attend   (DaichoDb *db, gint64 invitee_id,
                                                const char *attendance, const char *reason,
                                                GError **error);

/* Attendance and presiding */

/* The members on the meeting's date, in roster order, with their attendance. */
GListStore *daicho_meeting_store_members (DaichoDb *db, gint64 meeting_id, GError **error);

/* Records the attendance of the holder of @post_id (a member's post held
 * on the meeting's date): present | absent | proxy (then @proxy_name is
 * required). Held or final. When the change takes the ground from under
 * who presided, that record is cleared (held) or made again by the rule
 * (final; refused when nobody could preside). */
gboolean daicho_meeting_store_attend (DaichoDb *db, gint64 meeting_id, gint64 post_id,
                                      const char *attendance, const char *proxy_name,
                                      const char *reason, GError **error);

/* Records who presided: the chair's post, or the vice-chair's (only when
 * the chair's attendance is recorded as absent or by proxy, and the
 * vice-chair attended); @post_id 0 chooses by that rule. Held or final. */
gboolean daicho_meeting_store_preside (DaichoDb *db, gint64 meeting_id, gint64 post_id,
                                       const char *reason, GError **error);

/* Action items */

/* Action items of every meeting, by meeting date then id (DaichoMeetingAction). */
GListStore *daicho_meeting_store_actions (DaichoDb *db, const DaichoMeetingActionFilter *filter,
                                          GError **error);
DaichoMeetingAction *daicho_meeting_store_get_action (DaichoDb *db, gint64 action_id,
                                                      GError **error);

/* Adds an action item (held or final), state 未着手. Returns its id or 0. */
gint64   daicho_meeting_store_add_action      (DaichoDb *db, gint64 meeting_id,
                                               const DaichoMeetingActionInput *input,
                                               const char *reason, GError **error);
/* Replaces text, owner, due date and agenda item. */
gboolean daicho_meeting_store_update_action   (DaichoDb *db, gint64 action_id,
                                               const DaichoMeetingActionInput *input,
                                               const char *reason, GError **error);
/* todo | doing | done on @on (NULL: today; not before the meeting, not in
 * the future), with an optional @note. Allowed whatever the meeting's
 * state: actions are followed until done. Reopening a done action clears
 * its done date. */
gboolean daicho_meeting_store_set_action_state (DaichoDb *db, gint64 action_id,
                                                const char *state, const char *on,
                                                const char *note, GError **error);
/* Withdraws an action item (@withdraw_reason required; on final minutes
 * also the revision's reason). */
gboolean daicho_meeting_store_withdraw_action (DaichoDb *db, gint64 action_id,
                                               const char *withdraw_reason, GError **error);
/* Every change of the action's state, oldest first. */
GListStore *daicho_meeting_store_action_history (DaichoDb *db, gint64 action_id,
                                                 GError **error);

/* Labels and text */

/* 令和7年度第1回 (new string). */
char *daicho_meeting_number_label (int fiscal_year, int number);
/* 令和7年6月10日（火）午後2時～午後3時30分, or the date alone without times. */
char *daicho_meeting_datetime_label (const DaichoMeeting *meeting);
/* Reads a time as typed — 14:00, 1400, 14時30分, 午後2時, full-width digits —
 * into *@hhmm ("14:00", new string). DAICHO_ERROR_INVALID with the reason. */
gboolean daicho_meeting_time_parse (const char *text, char **hhmm, GError **error);
/* 午後2時30分 for "14:30" (new string). */
char *daicho_meeting_time_label (const char *hhmm);

gboolean    daicho_meeting_state_parse       (const char *text, const char **state);
const char *daicho_meeting_state_label       (const char *state);  /* translated */
const char *daicho_meeting_state_form_label  (const char *state);  /* 準備中 開催済 議事録確定 中止 */

gboolean    daicho_meeting_attendance_parse      (const char *text, const char **attendance);
const char *daicho_meeting_attendance_label      (const char *attendance);  /* translated */
const char *daicho_meeting_attendance_form_label (const char *attendance);  /* 出席 欠席 代理出席 */

gboolean    daicho_meeting_action_state_parse      (const char *text, const char **state);
const char *daicho_meeting_action_state_label      (const char *state);  /* translated */
const char *daicho_meeting_action_state_form_label (const char *state);  /* 未着手 対応中 完了 */

/* The name of a revised field (meeting_date, discussion, attendance …). */
const char *daicho_meeting_field_label      (const char *field);  /* translated */
const char *daicho_meeting_field_form_label (const char *field);  /* 開催日, 審議内容, 出欠 … */

G_END_DECLS
