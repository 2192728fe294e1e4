/* cli-export.c — daicho-cli export …: the printable documents as PDF or xlsx */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

gboolean
cli_is_form_file (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".xlsx");
}

int
cli_write_form (DaichoForm *form, const char *output)
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
  if (!cli_is_form_file (output))
    return cli_fail (CLI_USAGE_ERROR, _("--output must end in .pdf or .xlsx."));
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((office = daicho_office_store_get_by_code (db, office_code, &error)) == NULL ||
      (form = daicho_roster_form_new (db, office->id, on, &error)) == NULL)
    return cli_fail_error (error);
  return cli_write_form (form, output);
}

static int
cmd_form1 (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office_code = NULL, *year_text = NULL, *from_text = NULL, *to_text = NULL;
  g_autofree char *output = NULL, *from = NULL, *to = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office_code, N_("Office code"), N_("CODE") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year_text,
      N_("Fiscal year: 2025, 令和7 or R7"), N_("YEAR") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First output date (instead of a year)"),
      N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last output date"), N_("DATE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("FILE.pdf or FILE.xlsx"), N_("FILE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GError) error = NULL;
  gint64 office_id;
  int fy = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (office_code == NULL || output == NULL || (year_text == NULL && (from_text == NULL ||
                                                                      to_text == NULL)))
    return cli_fail (CLI_USAGE_ERROR,
                     _("export form1 needs --office CODE, --fiscal-year YEAR (or --from and "
                       "--to) and --output FILE."));
  if (!cli_is_form_file (output))
    return cli_fail (CLI_USAGE_ERROR, _("--output must end in .pdf or .xlsx."));
  if (year_text != NULL && !daicho_fiscal_year_parse (year_text, &fy, &error))
    return cli_fail (CLI_USAGE_ERROR, error->message);
  if (year_text == NULL &&
      ((from = cli_parse_date (from_text)) == NULL || (to = cli_parse_date (to_text)) == NULL))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL || (office_id = cli_office_id (db, office_code)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((form = daicho_form1_new (db, office_id, fy, from, to, &error)) == NULL)
    return cli_fail_error (error);
  return cli_write_form (form, output);
}

static int
cmd_form2 (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office_code = NULL, *year_text = NULL, *output = NULL;
  gboolean blank = FALSE;
  int quarter = 0;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office_code, N_("Office code"), N_("CODE") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year_text,
      N_("Fiscal year: 2025, 令和7 or R7"), N_("YEAR") },
    { "quarter", 0, 0, G_OPTION_ARG_INT, &quarter, N_("Quarter, 1 to 4"),
      N_("Q") },
    { "blank", 0, 0, G_OPTION_ARG_NONE, &blank, N_("A blank sheet for paper use"), NULL },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("FILE.pdf or FILE.xlsx"), N_("FILE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoInspection) inspection = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GError) error = NULL;
  gint64 office_id = 0;
  int fy = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (output == NULL || (!blank && (office_code == NULL || year_text == NULL || quarter == 0)))
    return cli_fail (CLI_USAGE_ERROR,
                     _("export form2 needs --office CODE, --fiscal-year YEAR, --quarter Q (or "
                       "--blank) and --output FILE."));
  if (!cli_is_form_file (output))
    return cli_fail (CLI_USAGE_ERROR, _("--output must end in .pdf or .xlsx."));
  if (quarter != 0 && (quarter < 1 || quarter > 4))
    return cli_fail (CLI_USAGE_ERROR, _("The quarter must be 1, 2, 3 or 4."));
  if (year_text != NULL && !daicho_fiscal_year_parse (year_text, &fy, &error))
    return cli_fail (CLI_USAGE_ERROR, error->message);
  if ((db = cli_open_db (globals)) == NULL ||
      (office_code != NULL && (office_id = cli_office_id (db, office_code)) == 0))
    return CLI_RUNTIME_ERROR;
  if (blank)
    {
      if ((form = daicho_form2_blank_new (db, office_id, fy, quarter, &error)) == NULL)
        return cli_fail_error (error);
      return cli_write_form (form, output);
    }
  inspection = daicho_inspection_store_find (db, office_id, fy, quarter, &error);
  if (inspection == NULL)
    {
      g_autofree char *message = NULL;

      if (error != NULL)
        return cli_fail_error (error);
      message = g_strdup_printf (_("Office %s has no inspection for quarter %d of fiscal year "
                                   "%d."), office_code, quarter, fy);
      return cli_fail (CLI_RUNTIME_ERROR, message);
    }
  if ((form = daicho_form2_new (db, inspection->id, &error)) == NULL)
    return cli_fail_error (error);
  return cli_write_form (form, output);
}

static int
cmd_inspections (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *year_text = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &year_text,
      N_("Fiscal year: 2025, 令和7 or R7"), N_("YEAR") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("FILE.xlsx or FILE.pdf"), N_("FILE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoForm) form = NULL;
  g_autoptr(GError) error = NULL;
  int fy = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (year_text == NULL || output == NULL)
    return cli_fail (CLI_USAGE_ERROR,
                     _("export inspections needs --fiscal-year YEAR and --output FILE."));
  if (!cli_is_form_file (output))
    return cli_fail (CLI_USAGE_ERROR, _("--output must end in .pdf or .xlsx."));
  if (!daicho_fiscal_year_parse (year_text, &fy, &error))
    return cli_fail (CLI_USAGE_ERROR, error->message);
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((form = daicho_inspection_overview_form_new (db, fy, &error)) == NULL)
    return cli_fail_error (error);
  return cli_write_form (form, output);
}

const CliCommand cli_export_commands[] = {
  { "export inspections",
    N_("the year's inspection overview (offices × quarters): --fiscal-year YEAR --output "
       "FILE.xlsx|.pdf"),
    cmd_inspections },
  { "export form1",
    N_("Form No. 1 (帳票等管理台帳): --office CODE --fiscal-year YEAR --output FILE.pdf|.xlsx"),
    cmd_form1 },
  { "export form2",
    N_("Form No. 2 (点検シート): --office CODE --fiscal-year YEAR --quarter Q --output "
       "FILE.pdf|.xlsx, or --blank [--office CODE] --output FILE.pdf"),
    cmd_form2 },
  { "export designations",
    N_("the roster of designated staff: --office CODE [--on DATE] --output FILE.pdf|.xlsx"),
    cmd_designations },
  { NULL }
};
