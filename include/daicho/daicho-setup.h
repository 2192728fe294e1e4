/* daicho-setup.h — the first run: an office and its first operator */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-staff-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char       *office_code;
  const char       *office_name;
  const char       *office_kind;     /* kuminka | shisho | shutchojo | other */
  DaichoStaffInput  operator;        /* office_id is ignored: the new office */
  gboolean          is_usage_manager; /* the operator holds the office's システム利用責任者 post */
  const char       *from;            /* ISO date the post is held from; NULL = today */
} DaichoSetupInput;

/* Creates the office, its システム利用責任者 post, the operator as its first
 * staff member (and, if asked, the post's holder) in one transaction, then
 * makes that person the database's operator. Returns the staff id or 0. */
gint64 daicho_setup_first_run (DaichoDb *db, const DaichoSetupInput *input, GError **error);

G_END_DECLS
