/* daicho-staff-store.h — 職員: the staff of the offices */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"
#include <gio/gio.h>

G_BEGIN_DECLS

/* What a person types for a staff member. Strings are borrowed. */
typedef struct
{
  const char *emp_no;     /* 職員番号, required, unique */
  const char *name;       /* 氏名, required */
  const char *kana;       /* ふりがな */
  gint64      office_id;  /* 所属, required */
  const char *title;      /* 職名 */
  const char *login;      /* OS login name, optional, unique */
} DaichoStaffInput;

/* Staff ordered by office and employee number; @office_id 0 lists every
 * office; staff who have left appear only with @include_left. */
GListStore  *daicho_staff_store_list          (DaichoDb *db, gint64 office_id,
                                               gboolean include_left, GError **error);
DaichoStaff *daicho_staff_store_get           (DaichoDb *db, gint64 id, GError **error);
DaichoStaff *daicho_staff_store_get_by_emp_no (DaichoDb *db, const char *emp_no, GError **error);

/* The active staff member whose OS login name is @login, or NULL. */
DaichoStaff *daicho_staff_store_find_by_login (DaichoDb *db, const char *login);

/* Checks @input as add and update do, without writing. */
gboolean daicho_staff_input_validate (DaichoDb *db, const DaichoStaffInput *input,
                                      gint64 existing_id, GError **error);

/* Adds a staff member; returns the id or 0 with @error set. */
gint64   daicho_staff_store_add    (DaichoDb *db, const DaichoStaffInput *input, GError **error);

/* Changes a staff member (a transfer is a change of office_id). */
gboolean daicho_staff_store_update (DaichoDb *db, gint64 id, const DaichoStaffInput *input,
                                    GError **error);

/* Records that a staff member leaves, @left_on (ISO) being their last day
 * (退職日・転出日), for @reason. From the next day they are no longer current. */
gboolean daicho_staff_store_mark_left (DaichoDb *db, gint64 id, const char *left_on,
                                       const char *reason, GError **error);

G_END_DECLS
