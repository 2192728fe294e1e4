/* daicho-meeting-dialogs.h — planning and recording a meeting of the
 * セキュリティ会議, and following up its action items (S4-3-6, S5)
 *
 * Every dialog is a DaichoFormDialog that stays open with the core's refusal.
 * On final minutes every change is a revision: the dialogs then ask for
 * its reason. After a change the context's data-changed::meeting reloads
 * the views. */
#pragma once

#include <adwaita.h>

#include "daicho/daicho-meeting-store.h"
#include "daicho-context.h"

G_BEGIN_DECLS

/* Plans a meeting (@meeting NULL; once saved activates "committee.open"
 * with its id on @parent) or changes date, times, place, next meeting and
 * recorder of @meeting. */
void daicho_meeting_dialog_edit (GtkWidget *parent, DaichoContext *context,
                                 DaichoMeeting *meeting);

/* Adds an agenda item to @meeting (@item NULL) or changes @item. */
void daicho_meeting_dialog_item (GtkWidget *parent, DaichoContext *context,
                                 DaichoMeeting *meeting, DaichoAgendaItem *item);

/* The record of an agenda item: its discussion (審議内容) and decision (決定事項). */
void daicho_meeting_dialog_record_item (GtkWidget *parent, DaichoContext *context,
                                        DaichoMeeting *meeting, DaichoAgendaItem *item);

/* Invites someone other than a member (第5条第7項), or changes @invitee. */
void daicho_meeting_dialog_invitee (GtkWidget *parent, DaichoContext *context,
                                    DaichoMeeting *meeting, DaichoMeetingInvitee *invitee);

/* Records that @member attended by proxy: asks the proxy's name. */
void daicho_meeting_dialog_proxy (GtkWidget *parent, DaichoContext *context,
                                  DaichoMeeting *meeting, DaichoMeetingMember *member);

/* An instruction or request (指示・要請) of @meeting as an action item
 * (@action NULL), or a change to @action. */
void daicho_meeting_dialog_action (GtkWidget *parent, DaichoContext *context,
                                   DaichoMeeting *meeting, DaichoMeetingAction *action);

/* Moves @action to @state (todo | doing | done) on a date, with a note. */
void daicho_meeting_dialog_action_state (GtkWidget *parent, DaichoContext *context,
                                         DaichoMeetingAction *action, const char *state);

/* Asks the reason, then withdraws an agenda item, an invitee or an action
 * item (@kind "item", "invitee", "action") with id @id named @what, or
 * cancels the planned meeting (@kind "meeting"). */
void daicho_meeting_dialog_withdraw (GtkWidget *parent, DaichoContext *context,
                                     DaichoMeeting *meeting, const char *kind, gint64 id,
                                     const char *what);

/* Asks the reason for a revision of final minutes and calls @apply with it;
 * for minutes not final calls @apply at once with a NULL reason. @apply
 * returns FALSE with @error set when the store refuses. */
typedef gboolean (*DaichoMeetingChange) (gpointer data, const char *reason, GError **error);
void daicho_meeting_dialog_change (GtkWidget *parent, DaichoContext *context,
                                   DaichoMeeting *meeting, const char *title,
                                   DaichoMeetingChange apply, gpointer data,
                                   GDestroyNotify destroy, const char *done_message);

/* Renames the committee (the name printed on the minutes). */
void daicho_meeting_dialog_committee_name (GtkWidget *parent, DaichoContext *context);

/* "指示・要請の内容 — 担当 · 期限 令和7年7月31日 · 対応中": an action item in one line. */
char *daicho_meeting_action_text (DaichoContext *context, DaichoMeetingAction *action);

G_END_DECLS
