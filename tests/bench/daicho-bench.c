/* daicho-bench.c — how fast Daicho is at the size of a city
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: daicho-bench [--runs N] [--no-gui | --gui-only] DB.sqlite3
 *
 * Run it on a city demo database (10 offices, 2,000 staff, 100,080 ledger
 * entries over 10 fiscal years, every office's quarterly inspections, 40
 * meetings), under a display for the GUI part:
 *
 *   daicho-cli --db /tmp/bench-city.sqlite3 demo --scale city
 *   xvfb-run -a -s "-screen 0 1400x900x24" daicho-bench /tmp/bench-city.sqlite3
 *
 * Each operation runs 5 times; the table shows the median with the fastest
 * and slowest run, the rows it produced, the peak resident memory while it
 * ran (VmHWM of /proc/self/status, reset before each operation; Linux only)
 * and, where the issue sets one, the target and PASS or FAIL:
 *
 *   each tab's list in under 200 ms      → the queries each tab runs when it
 *                                          opens (bench-tabs.c), and each tab
 *                                          of the app, widgets and all
 *   a search answers in under 100 ms     → the search lists
 *   Form No. 1 of 10,000 entries: PDF in under 3 s, xlsx in under 2 s
 *   the app's first frame in under 1 s, within 1.5× of an empty
 *   libadwaita window's, peak memory under 300 MB (bench-gui.c; both
 *   draw with GTK's cairo renderer unless GSK_RENDERER says otherwise)
 *
 * Form No. 2 and the minutes are timed without a target. The machine and
 * its load are printed first. The database is only read. Forms are written
 * to a temporary folder that is removed at the end. On Linux the program
 * runs itself again with G_SLICE=always-malloc, so that what one operation
 * frees goes back to the system and the next one's peak is its own (the
 * app and the empty window inherit it). Not a test: it needs a big
 * database and takes about half a minute; the exit code is 0 when every target
 * is met, 1 otherwise, 2 when it could not run.
 */

#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "daicho/daicho.h"

#include "bench-sections.h"
#include "bench-table.h"

/* The operations */

typedef struct
{
  DaichoDb   *db;
  const char *path;
  char       *dir;     /* temporary folder for the forms */
} Bench;

static guint
op_open (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = daicho_db_open (b->path, &error);

  if (db == NULL)
    bench_die ("open", error);
  return G_MAXUINT;
}

typedef struct
{
  Bench             *b;
  DaichoLedgerFilter filter;
} ListJob;

static guint
op_ledger_list (gpointer data)
{
  ListJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = daicho_ledger_store_list (job->b->db, &job->filter, &error);

  if (list == NULL)
    bench_die ("ledger list", error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static guint
op_designation_list (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  DaichoDesignationFilter filter = { 0 };
  g_autoptr(GListStore) list = daicho_designation_store_list (b->db, &filter, &error);

  if (list == NULL)
    bench_die ("designation list", error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static guint
op_designation_review (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = daicho_designation_store_review (b->db, 0, &error);

  if (list == NULL)
    bench_die ("designation review", error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* What the database holds */

typedef struct
{
  gint64 office_id;
  char  *code;
  guint  total;
  guint  per_year[200];   /* fiscal years 1950 … 2149 */
} OfficeCount;

#define FY_BASE 1950

static void
office_count_free (gpointer p)
{
  OfficeCount *c = p;

  g_free (c->code);
  g_free (c);
}

/* The ledger's shape, read once (not timed). */
typedef struct
{
  GHashTable  *counts;        /* office id → OfficeCount */
  guint        n_entries;
  int          first_fy;
  int          last_fy;
  OfficeCount *busiest;       /* the office with the fullest fiscal year … */
  int          best_fy;       /* … that year */
  char        *from;          /* about 10,000 entries of the busiest office: */
  char        *to;            /* its latest fiscal years, from and to (ISO) */
  guint        range_rows;
} Shape;

static void
shape_clear (Shape *shape)
{
  g_clear_pointer (&shape->counts, g_hash_table_unref);
  g_clear_pointer (&shape->from, g_free);
  g_clear_pointer (&shape->to, g_free);
}

static void
read_shape (DaichoDb *db, Shape *shape)
{
  g_autoptr(GError) error = NULL;
  DaichoLedgerFilter empty = { 0 };
  g_autoptr(GListStore) all = daicho_ledger_store_list (db, &empty, &error);
  g_autoptr(GListStore) offices = daicho_office_store_list (db, TRUE, &error);
  GHashTableIter iter;
  gpointer value;
  guint best = 0;
  int range_first_fy;
  GDate first, last;

  if (all == NULL || offices == NULL)
    bench_die ("reading the ledger", error);
  shape->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, office_count_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (offices)); i++)
    {
      g_autoptr(DaichoOffice) o = g_list_model_get_item (G_LIST_MODEL (offices), i);
      OfficeCount *c = g_new0 (OfficeCount, 1);

      c->office_id = o->id;
      c->code = g_strdup (o->code);
      g_hash_table_insert (shape->counts, &c->office_id, c);
    }
  shape->n_entries = g_list_model_get_n_items (G_LIST_MODEL (all));
  for (guint i = 0; i < shape->n_entries; i++)
    {
      g_autoptr(DaichoLedgerEntry) e = g_list_model_get_item (G_LIST_MODEL (all), i);
      OfficeCount *c = g_hash_table_lookup (shape->counts, &e->office_id);
      int fy = (int) e->fiscal_year;

      if (c == NULL || fy < FY_BASE || fy >= FY_BASE + 200)
        continue;
      c->total++;
      c->per_year[fy - FY_BASE]++;
      shape->first_fy = shape->first_fy == 0 ? fy : MIN (shape->first_fy, fy);
      shape->last_fy = MAX (shape->last_fy, fy);
    }
  if (shape->n_entries == 0)
    {
      fprintf (stderr, "daicho-bench: the database holds no ledger entries; make a city demo "
               "with\n  daicho-cli --db DB.sqlite3 demo --scale city\n");
      exit (2);
    }

  /* The office and fiscal year with the most entries (the latest year on a tie). */
  g_hash_table_iter_init (&iter, shape->counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      OfficeCount *c = value;

      for (int fy = shape->first_fy; fy <= shape->last_fy; fy++)
        {
          guint n = c->per_year[fy - FY_BASE];

          if (n > best || (n == best && n > 0 &&
                           (fy > shape->best_fy ||
                            (fy == shape->best_fy &&
                             c->office_id < shape->busiest->office_id))))
            {
              best = n;
              shape->best_fy = fy;
              shape->busiest = c;
            }
        }
    }

  /* About 10,000 entries of that office: its latest fiscal years, going
   * back until they hold at least 10,000 (or all it has). */
  range_first_fy = shape->last_fy;
  for (int fy = shape->last_fy; fy >= shape->first_fy; fy--)
    {
      range_first_fy = fy;
      shape->range_rows += shape->busiest->per_year[fy - FY_BASE];
      if (shape->range_rows >= 10000)
        break;
    }
  daicho_fiscal_year_range (range_first_fy, &first, NULL);
  daicho_fiscal_year_range (shape->last_fy, NULL, &last);
  shape->from = daicho_date_to_iso (&first);
  shape->to = daicho_date_to_iso (&last);
}

/* The ledger's lists and searches */

/* Times the ledger list of @job->filter, labelled by @format. */
static void G_GNUC_PRINTF (3, 4)
run_list (ListJob *job, double target_ms, const char *format, ...)
{
  g_autofree char *label = NULL;
  va_list args;

  va_start (args, format);
  label = g_strdup_vprintf (format, args);
  va_end (args);
  bench_run (label, target_ms, op_ledger_list, job);
}

static void
bench_ledger (Bench *b, Shape *shape)
{
  const char *code = shape->busiest->code;
  int fy = shape->best_fy;
  g_autofree char *number = daicho_ledger_number (fy, 500);
  ListJob job = { b, { .office_id = shape->busiest->office_id, .fiscal_year = fy } };

  run_list (&job, 200, "ledger list: office %s, FY%d", code, fy);
  job.filter.fiscal_year = 0;
  run_list (&job, 0, "ledger list: office %s, every year", code);
  job.filter.office_id = 0;
  run_list (&job, 0, "ledger list: everything");

  job.filter = (DaichoLedgerFilter) { .office_id = shape->busiest->office_id, .fiscal_year = fy,
                                      .search = "記載事項" };
  run_list (&job, 100, "search 記載事項: office %s, FY%d", code, fy);
  job.filter.fiscal_year = 0;
  run_list (&job, 100, "search 記載事項: office %s, every year", code);
  job.filter.office_id = 0;
  run_list (&job, 100, "search 記載事項: every office (unscoped)");
  job.filter.search = number;
  run_list (&job, 100, "search number %s: every office", number);

  job.filter = (DaichoLedgerFilter) { .due_only = TRUE };
  run_list (&job, 0, "due list: every office, today");
  job.filter.office_id = shape->busiest->office_id;
  run_list (&job, 0, "due list: office %s, today", code);
}

/* Everything but the app: the database work and the documents. */
static void
bench_core (Bench *b, Shape *shape, DaichoOffice *office, int this_fy)
{
  g_autofree char *label = NULL;

  bench_run ("open the database", 0, op_open, b);
  bench_tabs (b->db, office, this_fy);
  bench_ledger (b, shape);

  label = g_strdup_printf ("office %s FY%d", shape->busiest->code, shape->best_fy);
  bench_form1 (b->db, b->dir, label, shape->busiest->office_id, shape->best_fy, NULL, NULL);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf ("%uk rows", (shape->range_rows + 500) / 1000);
  bench_form1 (b->db, b->dir, label, shape->busiest->office_id, 0, shape->from, shape->to);
  bench_form2 (b->db, b->dir, office->id);
  bench_minutes (b->db, b->dir);

  bench_run ("designation list: every office, today", 0, op_designation_list, b);
  bench_run ("designation review: every office", 0, op_designation_review, b);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(DaichoOffice) office = NULL;
  g_autofree char *app = g_strdup (DAICHO_BENCH_APP);
  g_autofree char *window = g_strdup (DAICHO_BENCH_WINDOW);
  gboolean no_gui = FALSE;
  gboolean gui_only = FALSE;
  int runs = 5;
  Shape shape = { 0 };
  Bench b = { 0 };
  GDate today;
  int this_fy;
  long peak;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each operation (5)", "N" },
    { "no-gui", 0, 0, G_OPTION_ARG_NONE, &no_gui, "Leave out the app and the empty window",
      NULL },
    { "gui-only", 0, 0, G_OPTION_ARG_NONE, &gui_only, "Only the app and the empty window", NULL },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app, "The app to start (the one built here)", "PATH" },
    { "window", 0, 0, G_OPTION_ARG_FILENAME, &window,
      "The empty window to compare it with (the one built here)", "PATH" },
    { NULL }
  };

#if defined(__linux__) && defined(__GLIBC__)
  /* GLib 2.74's slice allocator keeps what it frees: without it, each
   * operation's peak would start from the biggest one before. */
  if (g_getenv ("G_SLICE") == NULL)
    {
      g_setenv ("G_SLICE", "always-malloc", TRUE);
      execv ("/proc/self/exe", argv);
      /* Could not: carry on, with peaks that only grow. */
    }
#endif
  setlocale (LC_ALL, "");
  options = g_option_context_new ("DB.sqlite3");
  g_option_context_set_summary (options,
                                "Times Daicho on a city demo database, made with\n"
                                "  daicho-cli --db DB.sqlite3 demo --scale city\n"
                                "Run it under a display (xvfb-run -a -s \"-screen 0 1400x900x24\")"
                                " to time the app too.");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2 || runs < 1 ||
      runs > BENCH_MAX_RUNS || (no_gui && gui_only))
    {
      g_autofree char *help = g_option_context_get_help (options, TRUE, NULL);

      fprintf (stderr, "%s%s", error ? error->message : "", error ? "\n\n" : "");
      fputs (help, stderr);
      return 2;
    }
  bench_runs = (guint) runs;
  b.path = argv[1];
  if (!g_file_test (b.path, G_FILE_TEST_IS_REGULAR))
    {
      fprintf (stderr, "daicho-bench: %s does not exist; make it with\n"
               "  daicho-cli --db %s demo --scale city\n", b.path, b.path);
      return 2;
    }
  b.dir = g_dir_make_tmp ("daicho-bench-XXXXXX", &error);
  if (b.dir == NULL)
    bench_die ("temporary folder", error);
  b.db = daicho_db_open (b.path, &error);
  if (b.db == NULL)
    bench_die (b.path, error);

  read_shape (b.db, &shape);
  /* The tabs show the busiest office (the app is started on it): a first
   * start would show the first office by code, which in the demo is the
   * city's own and keeps no ledger. */
  office = daicho_office_store_get (b.db, shape.busiest->office_id, &error);
  if (office == NULL)
    bench_die ("office", error);
  daicho_date_today (&today);
  this_fy = daicho_fiscal_year_of (&today);

  {
    g_autofree char *first_label = daicho_fiscal_year_label (shape.first_fy, TRUE);
    g_autofree char *last_label = daicho_fiscal_year_label (shape.last_fy, TRUE);

    printf ("daicho-bench: %s\n", b.path);
    bench_print_machine ();
    printf ("  %u ledger entries, %u offices, %s to %s\n", shape.n_entries,
            g_hash_table_size (shape.counts), first_label, last_label);
    printf ("  the tabs: office %s (the app is started on it), FY%d (this one)\n",
            office->code, this_fy);
    printf ("  busiest office %s: %u entries, %u in FY%d\n", shape.busiest->code,
            shape.busiest->total, shape.busiest->per_year[shape.best_fy - FY_BASE],
            shape.best_fy);
    printf ("  the ~10,000-entry Form 1: office %s, %s to %s (%u entries)\n",
            shape.busiest->code, shape.from, shape.to, shape.range_rows);
    printf ("  each operation %u times: median, fastest and slowest run; peak RSS %s\n\n",
            bench_runs, bench_rss_peak_kb () >= 0 ? "(VmHWM, reset before each operation)"
                                                  : "not known here");
  }

  bench_print_header ();
  if (!gui_only)
    bench_core (&b, &shape, office, this_fy);
  peak = MAX (bench_rss_peak_kb (), bench_overall_peak_kb ());
  if (no_gui)
    bench_note ("GUI: left out (--no-gui)");
  else
    bench_gui (app, window, b.path, office->code);

  printf ("\n");
  if (peak >= 0)
    printf ("peak RSS of any operation in this process: %.1f MB\n", (double) peak / 1024.0);
  bench_print_load ("finished:");
  printf ("%s\n", bench_all_met () ? "every target met" : "some targets NOT met");

  shape_clear (&shape);
  g_clear_object (&b.db);
  g_rmdir (b.dir);
  g_free (b.dir);
  return bench_all_met () ? 0 : 1;
}
