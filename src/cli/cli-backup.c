/* cli-backup.c — daicho-cli backup, backup list, restore
 *
 * The same backups as the app's: into the folder beside the database
 * ("<database>.backups"), rotated, or to a file of your choosing. list and
 * restore never open the database as the other commands do, so they work
 * when the database itself is damaged and the app cannot start.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho-cli.h"

/* The database the globals name, without opening it. New string. */
static char *
db_path_of (CliGlobals *globals)
{
  return globals->db_path ? g_strdup (globals->db_path) : daicho_db_default_path ();
}

/* A moment stored as UTC ISO 8601: "R7.11.20 9:30" local time for people,
 * unchanged in CSV. New string. */
static char *
moment_text (CliGlobals *globals, const char *utc)
{
  g_autoptr(GDateTime) moment = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = moment ? g_date_time_to_local (moment) : NULL;
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;

  if (cli_is_csv (globals) || local == NULL)
    return g_strdup (utc ? utc : "");
  iso = g_date_time_format (local, "%Y-%m-%d");
  date = daicho_date_format_iso (iso, DAICHO_DATE_WAREKI_SHORT);
  return g_strdup_printf ("%s %d:%02d", date, g_date_time_get_hour (local),
                          g_date_time_get_minute (local));
}

static int
cmd_backup (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the backup to FILE (default: the backup folder beside the database)"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autofree char *made = NULL;

  if (!cli_parse (globals, argv[0], _("[FILE]"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  /* "backup FILE" is "backup --output FILE". */
  if (argc == 2 && output == NULL)
    output = g_strdup (argv[1]);
  else if (argc > 1)
    return cli_fail (CLI_USAGE_ERROR, _("backup takes at most one file, or --output FILE."));
  /* Opening checks the file is a Daicho database and brings it up to date. */
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  if (output != NULL)
    {
      if (!daicho_db_backup (db, output, &error))
        return cli_fail_error (error);
      g_print (_("Backup written to %s\n"), output);
      return CLI_OK;
    }

  made = daicho_backup_make (daicho_db_get_path (db), DAICHO_BACKUP_MANUAL, NULL, &removed,
                             NULL, NULL, &error);
  if (made == NULL)
    return cli_fail_error (error);
  g_print (_("Backup written to %s\n"), made);
  for (guint i = 0; removed != NULL && i < removed->len; i++)
    g_print (_("Old backup removed: %s\n"), (const char *) removed->pdata[i]);
  return CLI_OK;
}

static int
cmd_backup_list (CliGlobals *globals, int argc, char **argv)
{
  const char * const keys[] = { "made_at", "kind", "size", "staff", "designations",
                                "ledger_entries", "inspections", "meetings", "last_change",
                                "file", "problem", NULL };
  const char * const headings[] = { _("Made"), _("Kind"), _("Size"), _("Staff"),
                                    _("Designations"), _("Ledger entries"), _("Inspections"),
                                    _("Meetings"), _("Last change"), _("File"), _("Problem"),
                                    NULL };
  g_autofree char *db_path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GListStore) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliTable) table = NULL;
  guint n;

  if (!cli_parse (globals, argv[0], NULL, NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc > 1)
    return cli_fail (CLI_USAGE_ERROR, _("backup list takes no arguments."));

  db_path = db_path_of (globals);
  folder = daicho_backup_folder (db_path);
  backups = daicho_backup_list (db_path, &error);
  if (backups == NULL)
    return cli_fail_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (backups));
  if (n == 0 && !cli_is_csv (globals))
    {
      g_print (_("There are no backups in %s yet.\n"), folder);
      return CLI_OK;
    }

  table = cli_table_new (keys, headings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoBackup) b = g_list_model_get_item (G_LIST_MODEL (backups), i);
      g_autofree char *made = moment_text (globals, b->made_at);
      g_autofree char *size = cli_is_csv (globals) ? cli_int_text (b->size)
                                                   : g_format_size (b->size);
      g_autofree char *staff = cli_int_text (b->n_staff);
      g_autofree char *designations = cli_int_text (b->n_designations);
      g_autofree char *entries = cli_int_text (b->n_ledger_entries);
      g_autofree char *inspections = cli_int_text (b->n_inspections);
      g_autofree char *meetings = cli_int_text (b->n_meetings);
      g_autofree char *last = moment_text (globals, b->last_change);

      const char *kind = cli_is_csv (globals) ? b->kind : daicho_backup_kind_label (b->kind);

      cli_table_add (table, made, kind, size, staff, designations, entries, inspections, meetings, last, b->name,
                     b->problem, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_restore (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *file = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  const char *emp_no;

  if (!cli_parse (globals, argv[0], _("FILE"), NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2)
    return cli_fail (CLI_USAGE_ERROR,
                     _("restore takes one argument: the backup file (or its name in the "
                       "backup folder, as backup list shows it)."));

  db_path = db_path_of (globals);
  file = g_strdup (argv[1]);
  /* A name from "backup list" is looked for in the backup folder. */
  if (!g_file_test (file, G_FILE_TEST_EXISTS) && strchr (file, G_DIR_SEPARATOR) == NULL &&
      strchr (file, '/') == NULL)
    {
      g_autofree char *folder = daicho_backup_folder (db_path);
      g_autofree char *in_folder = g_build_filename (folder, file, NULL);

      if (g_file_test (in_folder, G_FILE_TEST_EXISTS))
        {
          g_free (file);
          file = g_steal_pointer (&in_folder);
        }
    }
  emp_no = globals->operator_emp_no;
  if (emp_no == NULL)
    emp_no = g_getenv ("DAICHO_OPERATOR");
  if (emp_no != NULL && *emp_no == '\0')
    emp_no = NULL;

  if (!daicho_backup_restore (db_path, file, emp_no, &kept, NULL, NULL, &error))
    return cli_fail_error (error);
  g_print (_("Restored %s into %s.\n"), file, db_path);
  if (kept != NULL)
    g_print (_("The data it replaced is kept as %s\n"), kept);
  return CLI_OK;
}

const CliCommand cli_backup_commands[] = {
  { "backup", N_("back up the database while it is in use [--output FILE]"), cmd_backup },
  { "backup list", N_("list the backups in the folder beside the database"), cmd_backup_list },
  { "restore", N_("restore a backup (the current data is kept as a backup first)"),
    cmd_restore },
  { NULL }
};
