/* daicho-import-errors.c — the bad lines of an all-or-nothing CSV import */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho-import-private.h"

/* Bad lines listed in full before "and more". */
#define MAX_REPORTED_LINES 30

void
daicho_line_errors_add (DaichoLineErrors *errors, guint line, const GError *reason)
{
  if (errors->text == NULL)
    errors->text = g_string_new (NULL);
  if (++errors->n_bad > MAX_REPORTED_LINES)
    return;
  g_string_append_c (errors->text, '\n');
  g_string_append_printf (errors->text, _("Line %u: %s"), line, reason ? reason->message : "");
}

gboolean
daicho_line_errors_report (DaichoLineErrors *errors, GError **error)
{
  if (errors->n_bad == 0)
    return FALSE;
  if (errors->n_bad > MAX_REPORTED_LINES)
    g_string_append_printf (errors->text, "\n%s", _("… and more lines with problems."));
  g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE, "Nothing was imported: %u line has a problem.%s",
                            "Nothing was imported: %u lines have problems.%s", errors->n_bad),
               errors->n_bad, errors->text->str);
  return TRUE;
}

void
daicho_line_errors_clear (DaichoLineErrors *errors)
{
  if (errors->text != NULL)
    g_string_free (errors->text, TRUE);
  errors->text = NULL;
  errors->n_bad = 0;
}
