/* daicho-meeting-forms.h — the committee's documents: notice and agenda, minutes, action items
 *
 * Each is a DaichoForm (A4) to print, save as PDF or export as xlsx, in
 * Japanese, titled with the meeting's number and the committee's name as
 * set (daicho_committee_get_name):
 *
 * - 開催通知・次第 (A4 portrait): date and time in 和暦, place, who convenes
 *   it, the agenda with each item's deliberation area, presenter, planned
 *   minutes and materials and the total planned time, the open action items
 *   of earlier meetings (継続事項), the members and people invited, the
 *   secretariat.
 * - 議事録 (A4 portrait): 令和7年度第1回 住基ネットセキュリティ会議 議事録
 *   (with （案） until the minutes are final); date and time, place,
 *   出席者 / 欠席者 / 委員外出席者, 議長; each agenda item with its
 *   deliberation area (第5条第2項), presenter, discussion and decision; the
 *   指示・要請 with owner and due date; the next meeting; the recorder (庶務);
 *   the revisions made after finalising, if any. As xlsx: the minutes on a
 *   first sheet, the action items (and revisions) on sheets of their own.
 * - 指示・要請一覧 (A4 landscape): action items across meetings, with their
 *   meeting, agenda item, owner, due date, state and date done.
 */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-form.h"
#include "daicho/daicho-meeting-store.h"

G_BEGIN_DECLS

/* 開催通知・次第 of meeting @meeting_id (any state but cancelled). */
DaichoForm *daicho_meeting_notice_form_new  (DaichoDb *db, gint64 meeting_id, GError **error);

/* 議事録 of meeting @meeting_id (held or final). */
DaichoForm *daicho_meeting_minutes_form_new (DaichoDb *db, gint64 meeting_id, GError **error);

/* 指示・要請一覧 of the action items @filter selects (NULL: all not
 * withdrawn), judged as of @filter->on (NULL: today). */
DaichoForm *daicho_meeting_actions_form_new (DaichoDb *db, const DaichoMeetingActionFilter *filter,
                                             GError **error);

G_END_DECLS
