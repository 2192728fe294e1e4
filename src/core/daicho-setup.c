/* daicho-setup.c — the first run: an office and its first operator */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-records.h"
#include "daicho/daicho-setup.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-staff-private.h"

gint64
daicho_setup_first_run (DaichoDb *db, const DaichoSetupInput *input, GError **error)
{
  g_autofree char *code = daicho_text_strip (input->office_code);
  g_autofree char *name = daicho_text_strip (input->office_name);
  g_autofree char *post_code = NULL;
  g_autofree char *post_name = NULL;
  g_autofree char *from = input->from ? g_strdup (input->from) : daicho_date_today_iso ();
  DaichoStaffInput person = input->operator;
  gint64 office_id = 0;
  gint64 staff_id = 0;
  gboolean ok;

  if (!daicho_validate_text (_("Office code"), code, DAICHO_TEXT_CODE, TRUE, FALSE, error) ||
      !daicho_validate_text (_("Office name"), name, DAICHO_TEXT_SHORT, TRUE, FALSE, error))
    return 0;
  if (!daicho_office_kind_is_valid (input->office_kind))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, _("Choose the kind of office."));
      return 0;
    }
  if (!daicho_db_is_empty (db))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                   _("This database is already set up."));
      return 0;
    }

  if (!daicho_db_begin_write (db, error))
    return 0;

  ok = daicho_db_exec (db, error, "INSERT INTO office (code, name, kind) VALUES (?, ?, ?)",
                       "ttt", code, name, input->office_kind);
  office_id = ok ? daicho_db_last_insert_id (db) : 0;

  post_code = g_strconcat ("usage-", code, NULL);
  post_name = g_strdup_printf ("システム利用責任者（%s）", name);
  ok = ok && daicho_db_exec (db, error,
                             "INSERT INTO post (code, name, role, office_id, sort_order) "
                             "VALUES (?, ?, 'usage_manager', ?, 10)",
                             "ttI", post_code, post_name, office_id);

  person.office_id = office_id;
  ok = ok && (staff_id = daicho_staff_insert (db, &person, error)) != 0;

  /* From here on the new person is the operator, so the post holding is
   * already recorded under their name. */
  if (ok)
    daicho_db_set_operator (db, staff_id);

  if (ok && input->is_usage_manager)
    ok = daicho_db_exec (db, error,
                         "INSERT INTO post_holder (post_id, staff_id, from_date) "
                         "SELECT id, ?, ? FROM post WHERE office_id = ? AND role = 'usage_manager'",
                         "ItI", staff_id, from, office_id);

  if (!daicho_db_finish_write (db, ok, error))
    {
      daicho_db_set_operator (db, 0);
      return 0;
    }
  return staff_id;
}
