/* daicho-designation-store.h — 取扱者指定: who may handle the information (K5-1, K6)
 *
 * A designation names a staff member, the designating office, a scope
 * (住民基本台帳事務, 印鑑登録事務 or both) and a start date. The designating
 * manager is the holder of the office's システム利用責任者 post on the start
 * date. Staff outside that manager's line (another office) need the
 * information asset manager's permission dated on or before the start
 * (第6条); without it the designation is refused, or — when asked — kept as
 * pending (保留), not in effect until a prior permission is recorded.
 *
 * Nothing is deleted: a designation ends (end date, reason); reviews and
 * checks (照合, by someone other than the person who entered it) are new
 * facts. Dates are ISO text; "today" is the local date.
 */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"

G_BEGIN_DECLS

/* A designation as listed. State and review flags are computed for the
 * date the list was asked for. */
#define DAICHO_TYPE_DESIGNATION (daicho_designation_get_type ())
G_DECLARE_FINAL_TYPE (DaichoDesignation, daicho_designation, DAICHO, DESIGNATION, DaichoRecord)
struct _DaichoDesignation
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       staff_id;
  char        *emp_no;
  char        *staff_name;
  char        *staff_kana;
  char        *staff_office_name;   /* the person's office now */
  gint64       office_id;           /* the designating office */
  char        *office_code;
  char        *office_name;
  char        *scope;               /* juki | inkan | both */
  char        *start_date;
  char        *end_date;            /* last day in effect, NULL while open */
  char        *end_reason;          /* transfer | retirement | duty_change | other */
  char        *end_note;
  gint64       manager_id;
  char        *manager_name;        /* 指定者: the システム利用責任者 on the start date */
  gboolean     supervised;          /* under the manager's supervision */
  char        *supervision_reason;  /* why supervision differs from the office, if it does */
  char        *permission_date;     /* 許可: NULL when none */
  char        *permission_ref;
  char        *permission_granter;  /* the 情報資産管理責任者 on the permission date */
  char        *entered_by_name;
  char        *entered_at;
  char        *checked_by_name;     /* 照合: NULL until checked */
  char        *checked_at;
  char        *state;               /* active | ended | future | pending | review */
  char        *review_flags;        /* space-separated: moved left manager permission */
};

typedef struct
{
  gint64      staff_id;
  gint64      office_id;             /* the designating office */
  const char *scope;                 /* juki | inkan | both */
  const char *start_date;            /* ISO */
  int         supervised;            /* -1: derive from the staff member's office; 0 or 1 */
  const char *supervision_reason;    /* required when @supervised differs from the derived */
  const char *permission_date;       /* ISO, for staff outside the line */
  const char *permission_ref;
  gboolean    pending;               /* keep it, not in effect, when there is no permission */
} DaichoDesignationInput;

typedef struct
{
  gint64      office_id;   /* 0: every office */
  const char *on;          /* as of this date (ISO); NULL: today */
  const char *state;       /* NULL/"all", "current" (active or review), or one state */
  const char *search;      /* name, kana or employee number; NULL: all */
} DaichoDesignationFilter;

/* Designations matching @filter, ordered by office, kana and start date.
 * "As of" a date gives each its state that day (ended ones included
 * unless the state filter says otherwise); designations starting later are
 * listed with the state "future". */
GListStore        *daicho_designation_store_list    (DaichoDb *db,
                                                     const DaichoDesignationFilter *filter,
                                                     GError **error);
DaichoDesignation *daicho_designation_store_get     (DaichoDb *db, gint64 id, GError **error);

/* Every designation of one person, newest first. */
GListStore        *daicho_designation_store_history (DaichoDb *db, gint64 staff_id,
                                                     GError **error);

/* Designations that need a look today (見直し): the person moved to another
 * office or left while still designated, the designating manager has
 * changed since, or the permission is missing. @office_id 0: all. */
GListStore        *daicho_designation_store_review  (DaichoDb *db, gint64 office_id,
                                                     GError **error);

/* Whether @staff_id may handle the information for @office_id on @on (ISO):
 * a designation by that office in effect that day (with its prior
 * permission when the person is outside the manager's line), and the
 * person had not left. The rule the form ledger applies to who printed a
 * form (第5条・第6条). */
gboolean daicho_designation_is_in_effect (DaichoDb *db, gint64 staff_id, gint64 office_id,
                                          const char *on, gboolean *designated, GError **error);

/* Checks @input against the rules without writing. */
gboolean daicho_designation_input_validate (DaichoDb *db, const DaichoDesignationInput *input,
                                            GError **error);

/* Adds one designation; returns its id or 0. Unknown staff or office:
 * DAICHO_ERROR_NOT_FOUND. Refused (DAICHO_ERROR_INVALID, message citing the
 * article): staff who have left by the start, no システム利用責任者
 * on the start date, outside staff without a prior permission (第6条) unless
 * @input->pending, an overlapping designation of the same person, office and
 * scope, an unknown scope. */
gint64   daicho_designation_store_add      (DaichoDb *db, const DaichoDesignationInput *input,
                                            GError **error);

/* Designates several staff at once (e.g. every 区民課 member on 1 April):
 * @common with each of @staff_ids; one transaction, all or none. The error
 * names the first person refused. */
gboolean daicho_designation_store_add_many (DaichoDb *db, const gint64 *staff_ids,
                                            guint n_staff, const DaichoDesignationInput *common,
                                            GError **error);

/* 照合: the current operator checks the entry; refused when they entered it. */
gboolean daicho_designation_store_check    (DaichoDb *db, gint64 id, GError **error);

/* Ends a designation: @end_date is its last day (not before the start),
 * @reason one of transfer | retirement | duty_change | other; @note may say
 * more (required for "other"). */
gboolean daicho_designation_store_end      (DaichoDb *db, gint64 id, const char *end_date,
                                            const char *reason, const char *note,
                                            GError **error);

/* Review: the designation stays as it is, for @note (required). Clears the
 * "moved" and "manager" flags as of today; "left" and "permission" cannot be
 * confirmed away (end it, or record the permission). */
gboolean daicho_designation_store_confirm  (DaichoDb *db, gint64 id, const char *note,
                                            GError **error);

/* Review: ends the designation (as daicho_designation_store_end) and records
 * the review with @note. */
gboolean daicho_designation_store_review_end (DaichoDb *db, gint64 id, const char *end_date,
                                              const char *reason, const char *note,
                                              GError **error);

/* Records the permission of a pending designation; refused unless it is
 * dated on or before the start (第6条). */
gboolean daicho_designation_store_permit   (DaichoDb *db, gint64 id, const char *permission_date,
                                            const char *permission_ref, GError **error);

/* Labels as forms print them, and parsing of what people type. */
const char *daicho_designation_scope_label      (const char *scope);
const char *daicho_designation_scope_form_label (const char *scope);
gboolean    daicho_designation_scope_parse      (const char *text, const char **scope);
const char *daicho_designation_end_reason_label (const char *reason);
gboolean    daicho_designation_end_reason_parse (const char *text, const char **reason);
const char *daicho_designation_state_label      (const char *state);
/* "異動・退職" etc. from space-separated flags; new string, "" for none. */
char       *daicho_designation_flags_text       (const char *flags);

G_END_DECLS
