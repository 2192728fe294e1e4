/* daicho-staff-store.c — 職員 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-staff-store.h"
#include "daicho/daicho-validate.h"
#include "daicho-db-private.h"
#include "daicho-staff-private.h"

#define STAFF_COLUMNS                                                                        \
  "SELECT s.id, s.emp_no, s.name, s.kana, s.office_id, o.code AS office_code, "             \
  "       o.name AS office_name, s.title, s.login, s.left_on, s.left_reason, "              \
  "       (s.left_on IS NULL OR s.left_on >= date ('now', 'localtime')) AS active "          \
  "FROM staff s JOIN office o ON o.id = s.office_id "

GListStore *
daicho_staff_store_list (DaichoDb *db, gint64 office_id, gboolean include_left, GError **error)
{
  return daicho_db_query_records (db, DAICHO_TYPE_STAFF, error,
                                  STAFF_COLUMNS
                                  "WHERE (? = 0 OR s.office_id = ?) "
                                  "  AND (? OR s.left_on IS NULL "
                                  "       OR s.left_on >= date ('now', 'localtime')) "
                                  "ORDER BY o.code, s.emp_no",
                                  "IIb", office_id, office_id, include_left);
}

DaichoStaff *
daicho_staff_store_get (DaichoDb *db, gint64 id, GError **error)
{
  return daicho_db_query_record (db, DAICHO_TYPE_STAFF, _("The staff member no longer exists."),
                                 error, STAFF_COLUMNS "WHERE s.id = ?", "I", id);
}

DaichoStaff *
daicho_staff_store_get_by_emp_no (DaichoDb *db, const char *emp_no, GError **error)
{
  g_autofree char *quoted = daicho_text_quote (emp_no);
  g_autofree char *message =
    g_strdup_printf (_("There is no staff member with employee number %s."), quoted);

  return daicho_db_query_record (db, DAICHO_TYPE_STAFF, message, error,
                                 STAFF_COLUMNS "WHERE s.emp_no = ?", "t", emp_no);
}

DaichoStaff *
daicho_staff_store_find_by_login (DaichoDb *db, const char *login)
{
  if (login == NULL || *login == '\0')
    return NULL;
  return daicho_db_query_record (db, DAICHO_TYPE_STAFF, NULL, NULL,
                                 STAFF_COLUMNS
                                 "WHERE s.login = ? AND (s.left_on IS NULL "
                                 "      OR s.left_on >= date ('now', 'localtime'))",
                                 "t", login);
}

static gboolean
is_valid_emp_no (const char *emp_no)
{
  for (const char *p = emp_no; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

gboolean
daicho_staff_input_validate (DaichoDb *db, const DaichoStaffInput *input, gint64 existing_id,
                             GError **error)
{
  gint64 other = 0;
  gint64 office_ok = 0;

  if (!daicho_validate_text (_("Employee number"), input->emp_no, DAICHO_TEXT_CODE, TRUE, FALSE,
                             error) ||
      !daicho_validate_text (C_("staff", "Name"), input->name, DAICHO_TEXT_SHORT, TRUE, FALSE, error) ||
      !daicho_validate_text (_("Kana"), input->kana, DAICHO_TEXT_SHORT, FALSE, FALSE, error) ||
      !daicho_validate_text (_("Title"), input->title, DAICHO_TEXT_SHORT, FALSE, FALSE, error) ||
      !daicho_validate_text (_("Login name"), input->login, 64, FALSE, FALSE, error))
    return FALSE;

  if (!is_valid_emp_no (input->emp_no))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The employee number “%s” may hold only letters, digits, “-” and “_”."),
                   input->emp_no);
      return FALSE;
    }

  if (!daicho_db_query_int (db, &other, 0, error,
                            "SELECT id FROM staff WHERE emp_no = ? AND id <> ?",
                            "tI", input->emp_no, existing_id))
    return FALSE;
  if (other != 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                   _("The employee number %s is already used."), input->emp_no);
      return FALSE;
    }

  if (input->login != NULL && *input->login != '\0')
    {
      if (!daicho_db_query_int (db, &other, 0, error,
                                "SELECT id FROM staff WHERE login = ? AND id <> ?",
                                "tI", input->login, existing_id))
        return FALSE;
      if (other != 0)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                       _("The login name %s already belongs to another staff member."),
                       input->login);
          return FALSE;
        }
    }

  if (!daicho_db_query_int (db, &office_ok, 0, error,
                            "SELECT count(*) FROM office WHERE id = ? AND active = 1",
                            "I", input->office_id))
    return FALSE;
  if (office_ok == 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Choose the office the staff member belongs to."));
      return FALSE;
    }

  return TRUE;
}

/* Strips every field of @input into @clean, whose strings the caller frees
 * with staff_input_clear(). Blank optional fields become "" (login: NULL). */
static void
staff_input_strip (const DaichoStaffInput *input, DaichoStaffInput *clean)
{
  clean->emp_no = daicho_text_strip (input->emp_no);
  clean->name = daicho_text_strip (input->name);
  clean->kana = daicho_text_strip (input->kana ? input->kana : "");
  clean->title = daicho_text_strip (input->title ? input->title : "");
  clean->login = daicho_text_is_blank (input->login) ? NULL : daicho_text_strip (input->login);
  clean->office_id = input->office_id;

  if (clean->emp_no != NULL)
    {
      char *narrow = daicho_text_normalize_width (clean->emp_no);
      g_free ((char *) clean->emp_no);
      clean->emp_no = narrow;
    }
}

void
daicho_staff_input_clear (DaichoStaffInput *input)
{
  g_free ((char *) input->emp_no);
  g_free ((char *) input->name);
  g_free ((char *) input->kana);
  g_free ((char *) input->title);
  g_free ((char *) input->login);
  memset (input, 0, sizeof *input);
}

gint64
daicho_staff_insert (DaichoDb *db, const DaichoStaffInput *input, GError **error)
{
  g_auto(DaichoStaffInput) clean = { 0 };

  staff_input_strip (input, &clean);
  if (!daicho_staff_input_validate (db, &clean, 0, error) ||
      !daicho_db_exec (db, error,
                       "INSERT INTO staff (emp_no, name, kana, office_id, title, login) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       "tttItt", clean.emp_no, clean.name, clean.kana, clean.office_id,
                       clean.title, clean.login))
    return 0;
  return daicho_db_last_insert_id (db);
}

gboolean
daicho_staff_change (DaichoDb *db, gint64 id, const DaichoStaffInput *input, GError **error)
{
  g_auto(DaichoStaffInput) clean = { 0 };

  staff_input_strip (input, &clean);
  return daicho_staff_input_validate (db, &clean, id, error) &&
         daicho_db_exec_one (db, _("The staff member no longer exists."), error,
                         "UPDATE staff SET emp_no = ?, name = ?, kana = ?, office_id = ?, "
                         "title = ?, login = ? WHERE id = ?",
                         "tttIttI", clean.emp_no, clean.name, clean.kana, clean.office_id,
                         clean.title, clean.login, id);
}

gint64
daicho_staff_store_add (DaichoDb *db, const DaichoStaffInput *input, GError **error)
{
  gint64 id;

  if (!daicho_db_begin_write (db, error))
    return 0;
  id = daicho_staff_insert (db, input, error);
  return daicho_db_finish_write (db, id != 0, error) ? id : 0;
}

gboolean
daicho_staff_store_update (DaichoDb *db, gint64 id, const DaichoStaffInput *input,
                           GError **error)
{
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_staff_change (db, id, input, error);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_staff_store_mark_left (DaichoDb *db, gint64 id, const char *left_on, const char *reason,
                              GError **error)
{
  GDate date;
  gboolean ok;

  if (!daicho_date_from_iso (left_on, &date))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, _("Give the date the person left."));
      return FALSE;
    }
  if (!daicho_validate_text (_("Reason"), reason, DAICHO_TEXT_LONG, TRUE, TRUE, error) ||
      !daicho_db_begin_write (db, error))
    return FALSE;

  ok = daicho_db_exec_one (db, _("The staff member no longer exists."), error,
                           "UPDATE staff SET left_on = ?, left_reason = ? WHERE id = ?",
                           "ttI", left_on, reason, id);
  return daicho_db_finish_write (db, ok, error);
}
