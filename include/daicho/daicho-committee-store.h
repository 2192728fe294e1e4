/* daicho-committee-store.h — セキュリティ会議: the committee's roster and name (Sumida 第4条, 第5条)
 *
 * The committee is made of posts (第5条第3項): 会長 — the 統括責任者, who is
 * the 副区長 (第4条第2項, 第5条第4項) —, 副会長 — the 企画経営室長, who presides
 * when the chair is absent (第5条第5項) —, the seven member posts of
 * 第5条第6項, and the secretariat (庶務, 区民部窓口課, 第5条第8項). They are
 * rows of the shared post table (role "committee"), so who held them from
 * when to when is kept, and changed, like every other post
 * (daicho-post-store.h: daicho_post_store_assign, _history, _vacate).
 *
 * The three posts with a part of their own have fixed codes —
 * committee-chair, committee-vice-chair, committee-secretariat — and can
 * be renamed but not retired; every other committee post is a member's, and
 * the roster can gain, rename and retire them, since other municipalities
 * name other posts. The committee's name (default 住基ネットセキュリティ会議)
 * is a setting shared by the app and daicho-cli.
 *
 * Nothing is deleted. Dates are ISO text; "today" is the local date.
 */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"

G_BEGIN_DECLS

#define DAICHO_COMMITTEE_DEFAULT_NAME "住基ネットセキュリティ会議"

/* The part a committee post plays: chair (会長), vice_chair (副会長),
 * member (委員) or secretariat (庶務). */
#define DAICHO_COMMITTEE_CHAIR       "chair"
#define DAICHO_COMMITTEE_VICE_CHAIR  "vice_chair"
#define DAICHO_COMMITTEE_MEMBER      "member"
#define DAICHO_COMMITTEE_SECRETARIAT "secretariat"

/* A committee post with its holder on the date the roster was asked for. */
#define DAICHO_TYPE_COMMITTEE_POST (daicho_committee_post_get_type ())
G_DECLARE_FINAL_TYPE (DaichoCommitteePost, daicho_committee_post, DAICHO, COMMITTEE_POST,
                      DaichoRecord)
struct _DaichoCommitteePost
{
  DaichoRecord parent_instance;
  gint64       id;              /* post id: use with daicho_post_store_history/_assign */
  char        *code;            /* committee-chair, committee-member-3 … */
  char        *name;            /* 統括責任者（副区長）, 区民部長 … */
  char        *function;        /* chair | vice_chair | member | secretariat */
  gint64       sort_order;
  gboolean     active;
  gint64       holder_id;       /* 0: vacant on that date */
  char        *holder_emp_no;
  char        *holder_name;
  char        *holder_title;    /* the holder's 職名 */
  char        *holder_office_name;
  char        *holder_from;
};

/* The committee posts in roster order (chair, vice-chair, members,
 * secretariat), each with its holder on @on (NULL: today). Retired posts
 * are left out unless @include_retired. */
GListStore *daicho_committee_roster (DaichoDb *db, const char *on, gboolean include_retired,
                                     GError **error);

/* One committee post by id, with today's holder. DAICHO_ERROR_NOT_FOUND
 * when @post_id is not a committee post. */
DaichoCommitteePost *daicho_committee_post_get (DaichoDb *db, gint64 post_id, GError **error);

/* The committee post with @function (chair, vice_chair or secretariat), with
 * its holder on @on (NULL: today). */
DaichoCommitteePost *daicho_committee_post_by_function (DaichoDb *db, const char *function,
                                                        const char *on, GError **error);

/* A new member post named @name (unique among active committee posts),
 * placed after the last member; returns its id or 0. */
gint64   daicho_committee_add_member_post (DaichoDb *db, const char *name, GError **error);

/* Renames any committee post (the chair's too). */
gboolean daicho_committee_rename_post     (DaichoDb *db, gint64 post_id, const char *name,
                                           GError **error);

/* Retires a member post: it leaves the roster of later meetings; past
 * meetings keep it. Refused for the chair, vice-chair and secretariat, and
 * while someone holds the post today or from a later date (end the holding
 * first with daicho_post_store_vacate). */
gboolean daicho_committee_retire_post     (DaichoDb *db, gint64 post_id, GError **error);

/* Moves a member post to @position (1-based among the active members). */
gboolean daicho_committee_move_post       (DaichoDb *db, gint64 post_id, guint position,
                                           GError **error);

/* The committee's name as set, or DAICHO_COMMITTEE_DEFAULT_NAME. New string;
 * NULL only with @error set. */
char    *daicho_committee_get_name (DaichoDb *db, GError **error);

/* Sets the name (not blank, at most 100 characters), audited. */
gboolean daicho_committee_set_name (DaichoDb *db, const char *name, GError **error);

/* Labels. The deliberation areas of 第5条第2項 are numbered 1–7. */
const char *daicho_committee_function_label      (const char *function); /* translated */
const char *daicho_committee_function_form_label (const char *function); /* 会長 副会長 委員 庶務 */
gboolean    daicho_committee_function_parse      (const char *text, const char **function);

/* "(2) Preventing unauthorised connection …", translated; "" when @area is not 1–7. */
const char *daicho_committee_area_label       (int area);
/* The wording of 第5条第2項第@area号 as the rule has it (不正な接続、侵入等を防止し、…に関すること). */
const char *daicho_committee_area_form_label  (int area);
/* A short Japanese name for tables (不正接続・侵入防止、情報資産の管理). */
const char *daicho_committee_area_short_label (int area);
/* 1–7 from "2", "(2)", "（２）" or "第2号"; FALSE otherwise. */
gboolean    daicho_committee_area_parse       (const char *text, int *area);

G_END_DECLS
