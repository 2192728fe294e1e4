/* daicho-cli.h — what the daicho-cli command files share */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho.h"

G_BEGIN_DECLS

enum {
  CLI_OK = 0,
  CLI_RUNTIME_ERROR = 1,
  CLI_USAGE_ERROR = 2,
};

typedef struct
{
  char     *db_path;
  char     *operator_emp_no;
  char     *format;     /* "table" or "csv" */
} CliGlobals;

typedef struct _CliCommand CliCommand;

/* Runs one command. @argv holds the command's own arguments after the
 * command words (argv[0] is the command's full name). Returns an exit code. */
typedef int (*CliHandler) (CliGlobals *globals, int argc, char **argv);

struct _CliCommand
{
  const char *name;        /* "office list" */
  const char *synopsis;    /* shown by --help */
  CliHandler  handler;
};

/* Parses @argv with @entries plus the global options; on a usage error
 * prints it and returns FALSE. */
gboolean cli_parse (CliGlobals *globals, const char *command, const char *parameters,
                    const GOptionEntry *entries, int *argc, char ***argv);

/* Opens the database named by the globals and chooses the operator: the
 * --operator (or $DAICHO_OPERATOR) employee number, else the staff member
 * whose login is the OS user. NULL after printing the error. */
DaichoDb *cli_open_db (CliGlobals *globals);

/* The id of the office with @code, or 0 after printing why there is none. */
gint64 cli_office_id (DaichoDb *db, const char *code);

/* Prints @error (or @message) to stderr as "daicho-cli: …" and returns @code. */
int cli_fail (int code, const char *message);
int cli_fail_error (GError *error);

/* Output of a list: aligned columns for people, CSV with English keys for
 * programs, according to --format. */
typedef struct _CliTable CliTable;
CliTable *cli_table_new    (const char * const *keys, const char * const *headings);
void      cli_table_add    (CliTable *table, ...) G_GNUC_NULL_TERMINATED;
void      cli_table_print  (CliTable *table, const char *format);
void      cli_table_free   (CliTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliTable, cli_table_free)

/* A date typed by the user (和暦 or 西暦) as ISO text, or NULL after
 * printing why it is not a date. */
char *cli_parse_date (const char *text);

/* The ID given as the first argument after the options, or 0 after
 * printing @usage. */
gint64 cli_id_arg (int argc, char **argv, const char *usage);

/* A positive number given to @option, or 0 after printing why not. */
gint64 cli_id_option (const char *text, const char *option);

/* The staff id of @emp_no, or 0 after printing why there is none. */
gint64 cli_staff_id (DaichoDb *db, const char *emp_no);

/* The exit code of a write that set *@error when it failed (passed by
 * address, so the write runs before it is read). */
int cli_finish (gboolean ok, GError **error);

/* Prints the id of a new record, or the error that kept it from being made. */
int cli_print_id (gint64 id, GError **error);

/* --format csv? */
gboolean cli_is_csv (CliGlobals *globals);

/* @value as decimal text; a date for a list: short 和暦, or ISO in CSV. New strings. */
char *cli_int_text  (gint64 value);
char *cli_date_text (CliGlobals *globals, const char *iso);

/* TRUE when @path ends in .pdf or .xlsx, in any case (as daicho_form_write
 * accepts). */
gboolean cli_is_form_file (const char *path);

/* Writes @form to @output (PDF or xlsx by extension) and says so; an exit code. */
int cli_write_form (DaichoForm *form, const char *output);

extern const CliCommand cli_master_commands[];
extern const CliCommand cli_tool_commands[];
extern const CliCommand cli_backup_commands[];
extern const CliCommand cli_designation_commands[];
extern const CliCommand cli_export_commands[];
extern const CliCommand cli_ledger_commands[];
extern const CliCommand cli_inspection_commands[];
extern const CliCommand cli_meeting_commands[];
extern const CliCommand cli_meeting_action_commands[];

G_END_DECLS
