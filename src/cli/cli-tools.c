/* cli-tools.c — daicho-cli init, demo, date, check */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

static int
cmd_init (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;

  if (!cli_parse (globals, argv[0], NULL, NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc > 1)
    return cli_fail (CLI_USAGE_ERROR, _("init takes no arguments."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  g_print (_("Database ready: %s (schema %d)\n"), daicho_db_get_path (db),
           daicho_db_schema_version ());
  return CLI_OK;
}

static int
cmd_demo (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *scale_text = NULL;
  const GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale_text, N_("small (default) or city"), N_("SCALE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  DaichoDemoScale scale = DAICHO_DEMO_SMALL;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (scale_text != NULL && !daicho_demo_scale_parse (scale_text, &scale, &error))
    return cli_fail (CLI_USAGE_ERROR, error->message);
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  if (!daicho_demo_fill (db, scale, &error))
    return cli_fail_error (error);

  g_print (_("Demo data written to %s\n"), daicho_db_get_path (db));
  return CLI_OK;
}

static int
cmd_date (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *wareki = NULL;
  g_autofree char *year = NULL;
  g_autofree char *quarter = NULL;
  GDate date;

  if (!cli_parse (globals, argv[0], _("TEXT"), NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2)
    return cli_fail (CLI_USAGE_ERROR, _("date takes one argument: the date to read."));

  if (!daicho_date_parse (argv[1], &date, &error))
    return cli_fail (CLI_RUNTIME_ERROR, error->message);

  iso = daicho_date_to_iso (&date);
  wareki = daicho_date_format (&date, DAICHO_DATE_WAREKI_LONG);
  year = daicho_fiscal_year_label (daicho_fiscal_year_of (&date), FALSE);
  quarter = daicho_fiscal_quarter_label (daicho_fiscal_quarter_of (&date));
  g_print ("%s\t%s\t%s\t%s\n", iso, wareki, year, quarter);
  return CLI_OK;
}

static int
cmd_check (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *noted_head = NULL;
  const GOptionEntry entries[] = {
    { "head", 0, 0, G_OPTION_ARG_STRING, &noted_head,
      N_("Also confirm that the audit log still holds this chain head, noted from an earlier "
         "check"), N_("ENTRY:HASH") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  if (!daicho_db_check (db, &problems, &error) ||
      (noted_head != NULL &&
       !daicho_audit_chain_check_head (db, noted_head, problems, &error)) ||
      !daicho_audit_chain_get_head (db, &head, &error))
    return cli_fail_error (error);

  if (problems->len == 0)
    {
      g_print (_("OK: %s is intact and matches its audit log.\n"), daicho_db_get_path (db));
      /* Noted elsewhere, the head shows later whether the log was cut short
       * or rewritten, which the file alone cannot. */
      if (head != NULL)
        g_print (_("Chain head: %s\n"), head);
      return CLI_OK;
    }
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *) problems->pdata[i]);
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "daicho-cli: the check found %u problem.\n",
                           "daicho-cli: the check found %u problems.\n", problems->len),
              problems->len);
  return CLI_RUNTIME_ERROR;
}

const CliCommand cli_tool_commands[] = {
  { "init", N_("create or update the database"), cmd_init },
  { "demo", N_("fill an empty database with demo data [--scale small|city]"), cmd_demo },
  { "date", N_("read a date: ISO, 和暦, 年度, 四半期"), cmd_date },
  { "check", N_("check integrity and the audit log [--head ENTRY:HASH]"), cmd_check },
  { NULL }
};
