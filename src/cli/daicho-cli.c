/* daicho-cli.c — the Daicho core from the command line
 *
 *   daicho-cli [--db PATH] [--operator EMPNO] COMMAND [ARGS…]
 *
 * Exit 0 on success, 1 on a runtime error, 2 on a usage error; errors go to
 * stderr in plain words. Lists print aligned columns, or CSV with a header
 * row of English keys with --format csv.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "daicho-cli.h"

/* @message as it may go to a terminal: valid UTF-8, and every control or
 * invisible formatting character but the line break shown as U+FFFD, so
 * that text quoted from an argument cannot move the cursor, recolour the
 * terminal or reverse what follows. */
static char *
printable_message (const char *message)
{
  g_autofree char *valid = g_utf8_make_valid (message, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean hidden = c != '\n' && (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029 ||
                                      g_unichar_type (c) == G_UNICODE_FORMAT);

      g_string_append_unichar (out, hidden ? 0xFFFD : c);
    }
  return g_string_free (out, FALSE);
}

int
cli_fail (int code, const char *message)
{
  g_autofree char *printable = printable_message (message);

  g_printerr ("daicho-cli: %s\n", printable);
  return code;
}

/* The value given to a text option of @entries in @argv ("--name VALUE" or
 * "--name=VALUE") that is not UTF-8, with the option in *@option; NULL when
 * every one is. GOption would otherwise say only "Invalid byte sequence in
 * conversion input", without naming the option. */
static const char *
find_bad_text_option (const GOptionEntry *entries, int argc, char **argv, const char **option)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *eq;
      gsize name_len;

      if (g_str_equal (arg, "--"))
        break;
      if (!g_str_has_prefix (arg, "--"))
        continue;
      eq = strchr (arg, '=');
      name_len = eq ? (gsize) (eq - arg - 2) : strlen (arg + 2);
      for (const GOptionEntry *e = entries; e != NULL && e->long_name != NULL; e++)
        {
          const char *value;

          if (e->arg != G_OPTION_ARG_STRING || strlen (e->long_name) != name_len ||
              strncmp (arg + 2, e->long_name, name_len) != 0)
            continue;
          value = eq ? eq + 1 : (i + 1 < argc ? argv[i + 1] : "");
          if (!g_utf8_validate (value, -1, NULL))
            {
              *option = e->long_name;
              return value;
            }
        }
    }
  return NULL;
}

int
cli_fail_error (GError *error)
{
  int code = g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE) ||
             g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION)
               ? CLI_USAGE_ERROR : CLI_RUNTIME_ERROR;

  return cli_fail (code, error->message);
}

gboolean
cli_parse (CliGlobals *globals, const char *command, const char *parameters,
           const GOptionEntry *entries, int *argc, char ***argv)
{
  const GOptionEntry global_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &globals->db_path,
      N_("Database file (default: $DAICHO_DB or the user data folder)"), N_("PATH") },
    { "operator", 0, 0, G_OPTION_ARG_STRING, &globals->operator_emp_no,
      N_("Employee number of the person making changes"), N_("EMPNO") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &globals->format,
      N_("Output of lists: table or csv"), N_("FORMAT") },
    { NULL }
  };
  g_autofree char *prgname = g_strdup_printf ("daicho-cli %s", command);
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  /* --help then reads "Usage: daicho-cli office add [OPTION…]". */
  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);
  if (entries)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  for (guint set = 0; set < 2; set++)
    {
      const char *option = NULL;

      if (find_bad_text_option (set == 0 ? global_entries : entries, *argc, *argv, &option))
        {
          g_printerr (_("daicho-cli %s: the value of --%s is not valid text (UTF-8). Retype it.\n"),
                      command, option);
          return FALSE;
        }
    }
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_autofree char *message = printable_message (error->message);

      /* One line, like every other refusal. */
      g_printerr (_("daicho-cli %s: %s (run “daicho-cli %s --help” for its options)\n"), command,
                  message, command);
      return FALSE;
    }
  if (globals->format != NULL && !g_str_equal (globals->format, "table") &&
      !g_str_equal (globals->format, "csv"))
    {
      g_printerr (_("daicho-cli %s: --format is “table” or “csv”, not “%s”.\n"), command,
                  globals->format);
      return FALSE;
    }
  /* GOption leaves the "--" that ends the options (so that text such as
   * "-2+3" can follow it) among the arguments; it is not one of them. */
  for (int i = 1; i < *argc; i++)
    if (g_str_equal ((*argv)[i], "--"))
      {
        memmove (*argv + i, *argv + i + 1, (*argc - i) * sizeof (char *));
        (*argc)--;
        break;
      }
  return TRUE;
}

DaichoDb *
cli_open_db (CliGlobals *globals)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = daicho_db_open (globals->db_path, &error);
  const char *emp_no = globals->operator_emp_no;

  if (db == NULL)
    {
      cli_fail_error (error);
      return NULL;
    }

  if (emp_no == NULL)
    emp_no = g_getenv ("DAICHO_OPERATOR");

  if (emp_no != NULL && *emp_no != '\0')
    {
      /* The rules of an employee number first, so that a mistyped or
       * pasted --operator gets a message about what is wrong with it. */
      if (!daicho_validate_text (_("Employee number"), emp_no, DAICHO_TEXT_CODE, TRUE, FALSE,
                                 &error) ||
          !daicho_db_set_operator_by_emp_no (db, emp_no, &error))
        {
          cli_fail_error (error);
          return NULL;
        }
    }
  else
    {
      g_autoptr(DaichoStaff) me = daicho_staff_store_find_by_login (db, g_get_user_name ());
      if (me != NULL)
        daicho_db_set_operator (db, me->id);
    }

  return g_steal_pointer (&db);
}

gint64
cli_office_id (DaichoDb *db, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (db, code, &error);

  if (office == NULL)
    {
      cli_fail_error (error);
      return 0;
    }
  return office->id;
}

char *
cli_parse_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (text == NULL)
    return daicho_date_today_iso ();
  if (!daicho_date_parse (text, &date, &error))
    {
      cli_fail (CLI_USAGE_ERROR, error->message);
      return NULL;
    }
  return daicho_date_to_iso (&date);
}

/* Arguments and results */

/* The ID given as the first argument after the options, or 0 after
 * printing @usage. */
gint64
cli_id_arg (int argc, char **argv, const char *usage)
{
  guint64 value = 0;

  if (argc < 2 || !g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXINT64, &value, NULL))
    {
      cli_fail (CLI_USAGE_ERROR, usage);
      return 0;
    }
  return (gint64) value;
}

/* A positive number given to @option, or 0 after printing why not. */
gint64
cli_id_option (const char *text, const char *option)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("%s takes an ID (a number)."), option);
      cli_fail (CLI_USAGE_ERROR, message);
      return 0;
    }
  return (gint64) value;
}

/* The staff id of @emp_no, or 0 after printing why there is none. */
gint64
cli_staff_id (DaichoDb *db, const char *emp_no)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) staff = daicho_staff_store_get_by_emp_no (db, emp_no, &error);

  if (staff == NULL)
    {
      cli_fail_error (error);
      return 0;
    }
  return staff->id;
}

/* The exit code of a write that set *@error when it failed (passed by
 * address: the write runs before it is read). */
int
cli_finish (gboolean ok, GError **error)
{
  return ok ? CLI_OK : cli_fail_error (*error);
}

/* Prints the id of a new record, or the error that kept it from being made. */
int
cli_print_id (gint64 id, GError **error)
{
  if (id == 0)
    return cli_fail_error (*error);
  g_print ("%lld\n", (long long) id);
  return CLI_OK;
}

char *
cli_int_text (gint64 value)
{
  return g_strdup_printf ("%lld", (long long) value);
}

gboolean
cli_is_csv (CliGlobals *globals)
{
  return g_strcmp0 (globals->format, "csv") == 0;
}

/* A date for the table or the CSV: short 和暦 or ISO. */
char *
cli_date_text (CliGlobals *globals, const char *iso)
{
  return daicho_date_format_iso (iso, cli_is_csv (globals) ? DAICHO_DATE_ISO
                                                           : DAICHO_DATE_WAREKI_SHORT);
}

/* Tables */

struct _CliTable
{
  GStrv      keys;
  GStrv      headings;
  GPtrArray *rows;   /* of GStrv */
};

CliTable *
cli_table_new (const char * const *keys, const char * const *headings)
{
  CliTable *table = g_new0 (CliTable, 1);

  table->keys = g_strdupv ((char **) keys);
  table->headings = g_strdupv ((char **) headings);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
cli_table_add (CliTable *table, ...)
{
  guint n = g_strv_length (table->keys);
  GStrv row = g_new0 (char *, n + 1);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < n; i++)
    {
      const char *value = va_arg (args, const char *);
      row[i] = g_strdup (value ? value : "");
    }
  va_end (args);
  g_ptr_array_add (table->rows, row);
}

void
cli_table_free (CliTable *table)
{
  g_strfreev (table->keys);
  g_strfreev (table->headings);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/* Width on a terminal: wide (CJK) characters take two cells. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      width += g_unichar_iswide (c) ? 2 : (g_unichar_iszerowidth (c) ? 0 : 1);
    }
  return width;
}

static void
print_csv_field (GString *out, const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
print_row (GString *out, char **cells, guint n, const guint *widths, gboolean csv)
{
  for (guint i = 0; i < n; i++)
    {
      if (csv)
        {
          if (i)
            g_string_append_c (out, ',');
          print_csv_field (out, cells[i]);
          continue;
        }
      if (i)
        g_string_append (out, "  ");
      g_string_append (out, cells[i]);
      if (i + 1 < n)
        for (guint w = display_width (cells[i]); w < widths[i]; w++)
          g_string_append_c (out, ' ');
    }
  g_string_append_c (out, '\n');
}

void
cli_table_print (CliTable *table, const char *format)
{
  gboolean csv = g_strcmp0 (format, "csv") == 0;
  guint n = g_strv_length (table->keys);
  g_autofree guint *widths = g_new0 (guint, n);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      widths[i] = display_width (table->headings[i]);
      for (guint r = 0; r < table->rows->len; r++)
        widths[i] = MAX (widths[i], display_width (((char **) table->rows->pdata[r])[i]));
    }

  print_row (out, csv ? table->keys : table->headings, n, widths, csv);
  for (guint r = 0; r < table->rows->len; r++)
    print_row (out, table->rows->pdata[r], n, widths, csv);

  fwrite (out->str, 1, out->len, stdout);
}

/* Dispatch */

static const CliCommand * const command_lists[] = {
  cli_tool_commands,
  cli_backup_commands,
  cli_master_commands,
  cli_designation_commands,
  cli_ledger_commands,
  cli_inspection_commands,
  cli_meeting_commands,
  cli_meeting_action_commands,
  cli_export_commands,
};

static void
print_usage (FILE *stream)
{

  fprintf (stream, "%s", _("Usage: daicho-cli [--db PATH] [--operator EMPNO] COMMAND [ARGS…]\n\n"
                           "Commands:\n"));
  for (guint l = 0; l < G_N_ELEMENTS (command_lists); l++)
    for (const CliCommand *c = command_lists[l]; c->name; c++)
      fprintf (stream, "  %-18s %s\n", c->name, _(c->synopsis));
  fprintf (stream, "%s", _("\nGlobal options:\n"
                           "  --db PATH          database file (also $DAICHO_DB)\n"
                           "  --operator EMPNO   who makes the changes (also $DAICHO_OPERATOR)\n"
                           "  --format csv       lists as CSV with English keys\n"
                           "  --help, --version\n"
                           "Run “daicho-cli COMMAND --help” for a command's options.\n"));
}

/* Finds the longest command name matching the words at the start of
 * @argv, skipping global options, which may stand anywhere. */
static const CliCommand *
find_command (int argc, char **argv, int *first_word, int *n_words)
{
  const CliCommand *best = NULL;
  int start = -1;

  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '-')
        {
          /* --db PATH and --operator EMPNO take the next word. */
          if ((g_str_equal (argv[i], "--db") || g_str_equal (argv[i], "--operator") ||
               g_str_equal (argv[i], "--format")) && i + 1 < argc)
            i++;
          continue;
        }
      start = i;
      break;
    }
  if (start < 0)
    return NULL;

  for (guint l = 0; l < G_N_ELEMENTS (command_lists); l++)
    for (const CliCommand *c = command_lists[l]; c->name; c++)
      {
        g_auto(GStrv) words = g_strsplit (c->name, " ", -1);
        guint n = g_strv_length (words);
        gboolean match = TRUE;

        for (guint w = 0; w < n && match; w++)
          match = start + (int) w < argc && g_str_equal (argv[start + w], words[w]);
        if (match && (best == NULL || (int) n > *n_words))
          {
            best = c;
            *n_words = n;
          }
      }

  *first_word = start;
  return best;
}

int
main (int argc, char **argv)
{
  CliGlobals globals = { 0 };
  const CliCommand *command;
  int first_word = 0;
  int n_words = 0;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  int status;

  daicho_i18n_init ();

  command = find_command (argc, argv, &first_word, &n_words);
  if (command == NULL)
    {
      gboolean help = FALSE;

      for (int i = 1; i < argc; i++)
        {
          if (g_str_equal (argv[i], "--version") || g_str_equal (argv[i], "-V"))
            {
              g_print ("daicho-cli %s\n", PACKAGE_VERSION);
              return CLI_OK;
            }
          help |= g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h");
        }

      if (help)
        {
          print_usage (stdout);
          return CLI_OK;
        }
      if (first_word > 0)
        g_printerr (_("daicho-cli: unknown command “%s”.\n\n"), argv[first_word]);
      print_usage (stderr);
      return CLI_USAGE_ERROR;
    }

  /* The handler sees: the command name, then every other argument. */
  g_ptr_array_add (args, (gpointer) command->name);
  for (int i = 1; i < argc; i++)
    if (i < first_word || i >= first_word + n_words)
      g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, NULL);

  status = command->handler (&globals, args->len - 1, (char **) args->pdata);

  g_free (globals.db_path);
  g_free (globals.operator_emp_no);
  g_free (globals.format);
  return status;
}
