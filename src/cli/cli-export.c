/* cli-export.c — daicho-cli export …: the printable documents as PDF or xlsx */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

/* Writes @form to @output (PDF or xlsx by extension) and says so. */
static int
write_form (DaichoForm *form, const char *output)
{
  g_autoptr(GError) error = NULL;

  if (!daicho_form_write (form, output, &error))
    return cli_fail_error (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Written %s (%u page).\n", "Written %s (%u pages).\n",
                       daicho_form_get_n_pages (form)),
           output, daicho_form_get_n_pages (form));
  return CLI_OK;
}

static int
cmd_designations (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office_code = NULL, *on_text = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office_code, N_("Office code"), N_("CODE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("As of this date (default today)"),
      N_("DATE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("FILE.pdf or FILE.xlsx"), N_("FILE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoOffice) office = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (office_code == NULL || output == NULL)
    return cli_fail (CLI_USAGE_ERROR,
                     _("export designations needs --office CODE and --output FILE."));
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".xlsx"))
    return cli_fail (CLI_USAGE_ERROR, _("--output must end in .pdf or .xlsx."));
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((office = daicho_office_store_get_by_code (db, office_code, &error)) == NULL ||
      (form = daicho_roster_form_new (db, office->id, on, &error)) == NULL)
    return cli_fail_error (error);
  return write_form (form, output);
}

const CliCommand cli_export_commands[] = {
  { "export designations",
    N_("the roster of designated staff: --office CODE [--on DATE] --output FILE.pdf|.xlsx"),
    cmd_designations },
  { NULL }
};
