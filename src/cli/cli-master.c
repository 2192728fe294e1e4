/* cli-master.c — daicho-cli office, staff, place, retention, post */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-cli.h"

static int
cmd_office_list (CliGlobals *globals, int argc, char **argv)
{
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include inactive offices"), NULL },
    { NULL }
  };
  const char * const keys[] = { "code", "name", "kind", "active", NULL };
  const char * const headings[] = { _("Code"), _("Name"), _("Kind"), _("Active"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) offices = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  g_autoptr(GError) error = NULL;
  gboolean csv;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((offices = daicho_office_store_list (db, all, &error)) == NULL)
    return cli_fail_error (error);
  csv = g_strcmp0 (globals->format, "csv") == 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (offices)); i++)
    {
      g_autoptr(DaichoOffice) o = g_list_model_get_item (G_LIST_MODEL (offices), i);
      if (csv)
        cli_table_add (table, o->code, o->name, o->kind, o->active ? "yes" : "no", NULL);
      else
        cli_table_add (table, o->code, o->name, daicho_office_kind_label (o->kind),
                       o->active ? _("yes") : _("no"), NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_office_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kind = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("Office code"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Office name, e.g. 中原区役所区民課"), N_("NAME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("kuminka (区民課), shisho (支所), shutchojo (出張所) or other"), N_("KIND") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (code == NULL || name == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("office add needs --code and --name."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  if (daicho_office_store_add (db, code, name, kind ? kind : "kuminka", &error) == 0)
    return cli_fail_error (error);
  g_print (_("Office %s added.\n"), code);
  return CLI_OK;
}

static int
cmd_staff_list (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Only this office"), N_("CODE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include staff who have left"), NULL },
    { NULL }
  };
  const char * const keys[] = { "employee_no", "name", "kana", "office_code", "office", "title",
                                "login", "left_on", NULL };
  const char * const headings[] = { _("Emp. No."), _("Full name"), _("Kana"), _("Code"), _("Office"),
                                    _("Title"), _("Login"), _("Left on"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) staff = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  g_autoptr(GError) error = NULL;
  gint64 office_id = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((staff = daicho_staff_store_list (db, office_id, all, &error)) == NULL)
    return cli_fail_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (staff)); i++)
    {
      g_autoptr(DaichoStaff) s = g_list_model_get_item (G_LIST_MODEL (staff), i);
      cli_table_add (table, s->emp_no, s->name, s->kana, s->office_code, s->office_name,
                     s->title, s->login, s->left_on, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_staff_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *emp_no = NULL, *name = NULL, *kana = NULL, *office = NULL;
  g_autofree char *title = NULL, *login = NULL;
  const GOptionEntry entries[] = {
    { "emp-no", 0, 0, G_OPTION_ARG_STRING, &emp_no, N_("Employee number"), N_("EMPNO") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Full name"), N_("NAME") },
    { "kana", 0, 0, G_OPTION_ARG_STRING, &kana, N_("Name in kana"), N_("KANA") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Office code"), N_("CODE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title, e.g. 主事"), N_("TITLE") },
    { "login", 0, 0, G_OPTION_ARG_STRING, &login, N_("OS login name"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  DaichoStaffInput input = { 0 };

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (emp_no == NULL || name == NULL || office == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("staff add needs --emp-no, --name and --office."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  input.emp_no = emp_no;
  input.name = name;
  input.kana = kana;
  input.title = title;
  input.login = login;
  if ((input.office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if (daicho_staff_store_add (db, &input, &error) == 0)
    return cli_fail_error (error);
  g_print (_("Staff member %s added.\n"), emp_no);
  return CLI_OK;
}

static int
cmd_staff_import (CliGlobals *globals, int argc, char **argv)
{
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  DaichoImportResult result = { 0 };
  gboolean ok;

  if (!cli_parse (globals, argv[0], _("FILE"), NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (argc != 2)
    return cli_fail (CLI_USAGE_ERROR, _("staff import takes one argument: the CSV file."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  ok = daicho_staff_import_file (db, argv[1], &result, &error);
  if (ok)
    g_print (_("Imported %s (%s): %u added, %u updated, %u unchanged.\n"), argv[1],
             result.encoding, result.added, result.updated, result.unchanged);
  daicho_import_result_clear (&result);
  return ok ? CLI_OK : cli_fail_error (error);
}

static int
cmd_place_list (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Only this office"), N_("CODE") },
    { NULL }
  };
  const char * const keys[] = { "office_code", "office", "name", "locks", NULL };
  const char * const headings[] = { _("Code"), _("Office"), _("Place"), _("Locks"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) places = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  g_autoptr(GError) error = NULL;
  gint64 office_id = 0;
  gboolean csv;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if (office != NULL && (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;
  if ((places = daicho_place_store_list (db, office_id, FALSE, &error)) == NULL)
    return cli_fail_error (error);
  csv = g_strcmp0 (globals->format, "csv") == 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      g_autoptr(DaichoPlace) p = g_list_model_get_item (G_LIST_MODEL (places), i);
      const char *locks = csv ? (p->locks ? "yes" : "no") : (p->locks ? _("yes") : _("no"));

      cli_table_add (table, p->office_code, p->office_name, p->name, locks, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_place_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *office = NULL;
  g_autofree char *name = NULL;
  gboolean no_lock = FALSE;
  const GOptionEntry entries[] = {
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("Office code"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Place name"), N_("NAME") },
    { "no-lock", 0, 0, G_OPTION_ARG_NONE, &no_lock, N_("The place cannot be locked"), NULL },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 office_id;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (office == NULL || name == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("place add needs --office and --name."));
  if ((db = cli_open_db (globals)) == NULL || (office_id = cli_office_id (db, office)) == 0)
    return CLI_RUNTIME_ERROR;

  if (daicho_place_store_add (db, office_id, name, !no_lock, &error) == 0)
    return cli_fail_error (error);
  g_print (_("Storage place %s added.\n"), name);
  return CLI_OK;
}

static int
cmd_retention_list (CliGlobals *globals, int argc, char **argv)
{
  const char * const keys[] = { "code", "name", "years", NULL };
  const char * const headings[] = { _("Code"), _("Name"), _("Retention"), NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) classes = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  g_autoptr(GError) error = NULL;
  gboolean csv;

  if (!cli_parse (globals, argv[0], NULL, NULL, &argc, &argv))
    return CLI_USAGE_ERROR;
  csv = g_strcmp0 (globals->format, "csv") == 0;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((classes = daicho_retention_store_list (db, FALSE, &error)) == NULL)
    return cli_fail_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (classes)); i++)
    {
      g_autoptr(DaichoRetentionClass) c = g_list_model_get_item (G_LIST_MODEL (classes), i);
      g_autofree char *years = csv ? (c->years ? g_strdup_printf ("%" G_GINT64_FORMAT, c->years)
                                               : g_strdup ("permanent"))
                                   : daicho_retention_years_label (c->years);
      cli_table_add (table, c->code, c->name, years, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_retention_add (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *code = NULL, *name = NULL, *years_text = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("Class code"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Class name"), N_("NAME") },
    { "years", 0, 0, G_OPTION_ARG_STRING, &years_text,
      N_("Years kept (1–100), or “permanent” (永年)"), N_("YEARS") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  guint64 years = 0;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (code == NULL || name == NULL || years_text == NULL)
    return cli_fail (CLI_USAGE_ERROR, _("retention add needs --code, --name and --years."));
  if (!g_str_equal (years_text, "permanent") && !g_str_equal (years_text, "永年") &&
      !g_ascii_string_to_unsigned (years_text, 10, 1, 100, &years, NULL))
    return cli_fail (CLI_USAGE_ERROR, _("--years is a number from 1 to 100, or “permanent”."));
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  if (daicho_retention_store_add (db, code, name, (int) years, &error) == 0)
    return cli_fail_error (error);
  g_print (_("Retention class %s added.\n"), code);
  return CLI_OK;
}

static int
cmd_post_list (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *on_text = NULL;
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Holders on this date (default today)"),
      N_("DATE") },
    { NULL }
  };
  const char * const keys[] = { "code", "post", "employee_no", "holder", "since", NULL };
  const char * const headings[] = { _("Code"), _("Post"), _("Emp. No."), _("Holder"), _("Since"),
                                    NULL };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GListStore) posts = NULL;
  g_autoptr(CliTable) table = cli_table_new (keys, headings);
  g_autoptr(GError) error = NULL;
  gboolean csv;

  if (!cli_parse (globals, argv[0], NULL, entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  csv = g_strcmp0 (globals->format, "csv") == 0;
  if ((on = cli_parse_date (on_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;
  if ((posts = daicho_post_store_list (db, on, &error)) == NULL)
    return cli_fail_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (posts)); i++)
    {
      g_autoptr(DaichoPost) p = g_list_model_get_item (G_LIST_MODEL (posts), i);
      g_autofree char *since = csv ? g_strdup (p->holder_from)
                                   : daicho_date_format_iso (p->holder_from,
                                                             DAICHO_DATE_WAREKI_LONG);
      cli_table_add (table, p->code, p->name, p->holder_emp_no, p->holder_name, since, NULL);
    }
  cli_table_print (table, globals->format);
  return CLI_OK;
}

static int
cmd_post_assign (CliGlobals *globals, int argc, char **argv)
{
  g_autofree char *from_text = NULL;
  g_autofree char *from = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day in office"), N_("DATE") },
    { NULL }
  };
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (DaichoPostAssignment));

  if (!cli_parse (globals, argv[0], _("POST=EMPNO…"), entries, &argc, &argv))
    return CLI_USAGE_ERROR;
  if (from_text == NULL || argc < 2)
    return cli_fail (CLI_USAGE_ERROR,
                     _("post assign needs --from DATE and at least one POST=EMPNO pair."));
  if ((from = cli_parse_date (from_text)) == NULL)
    return CLI_USAGE_ERROR;
  if ((db = cli_open_db (globals)) == NULL)
    return CLI_RUNTIME_ERROR;

  for (int i = 1; i < argc; i++)
    {
      g_auto(GStrv) pair = g_strsplit (argv[i], "=", 2);
      g_autoptr(DaichoPost) post = NULL;
      g_autoptr(DaichoStaff) staff = NULL;
      DaichoPostAssignment change;

      if (g_strv_length (pair) != 2)
        return cli_fail (CLI_USAGE_ERROR, _("Write each change as POST=EMPNO, e.g. usage-131=100002."));
      if ((post = daicho_post_store_get_by_code (db, pair[0], &error)) == NULL ||
          (staff = daicho_staff_store_get_by_emp_no (db, pair[1], &error)) == NULL)
        return cli_fail_error (error);
      change.post_id = post->id;
      change.staff_id = staff->id;
      g_array_append_val (changes, change);
    }

  if (!daicho_post_store_assign (db, (DaichoPostAssignment *) changes->data, changes->len, from,
                                 &error))
    return cli_fail_error (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u post changed hands.\n", "%u posts changed hands.\n",
                        changes->len), changes->len);
  return CLI_OK;
}

const CliCommand cli_master_commands[] = {
  { "office list", N_("list offices [--all]"), cmd_office_list },
  { "office add", N_("add an office --code --name --kind"), cmd_office_add },
  { "staff list", N_("list staff [--office CODE] [--all]"), cmd_staff_list },
  { "staff add", N_("add a staff member --emp-no --name --office …"), cmd_staff_add },
  { "staff import", N_("import staff from a CSV file (UTF-8 or Shift_JIS)"), cmd_staff_import },
  { "place list", N_("list storage places [--office CODE]"), cmd_place_list },
  { "place add", N_("add a storage place --office --name [--no-lock]"), cmd_place_add },
  { "retention list", N_("list retention classes"), cmd_retention_list },
  { "retention add", N_("add a retention class --code --name --years"), cmd_retention_add },
  { "post list", N_("list posts and their holders [--on DATE]"), cmd_post_list },
  { "post assign", N_("personnel change: --from DATE POST=EMPNO…"), cmd_post_assign },
  { NULL }
};
