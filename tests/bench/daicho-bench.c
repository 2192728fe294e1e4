/* daicho-bench.c — how fast the ledger is at the size of a city
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: daicho-bench DB.sqlite3
 *
 * Run it on a city demo database (100,080 ledger entries over 10 offices
 * and 10 fiscal years):
 *
 *   daicho-cli --db /tmp/bench-city.sqlite3 demo --scale city
 *   daicho-bench /tmp/bench-city.sqlite3
 *
 * Each operation runs 5 times; the table shows the median (with the fastest
 * and slowest run) in milliseconds, the rows it produced, the peak resident
 * memory while it ran (VmHWM of /proc/self/status, reset before each
 * operation; Linux only), and the target from the issue beside it:
 *
 *   the ledger tab opens in under 1 s     → list of one office and fiscal year
 *   a search answers in under 100 ms      → the search lists
 *   Form No. 1 of 10,000 entries: PDF in under 3 s, xlsx in under 2 s
 *
 * The database is only read. Forms are written to a temporary folder that
 * is removed at the end. On Linux the program runs itself again with
 * G_SLICE=always-malloc, so that what one operation frees goes back to the
 * system and the next one's peak is its own. Not a test: it needs a big database and takes a
 * minute; the exit code is 0 when every target is met, 1 otherwise.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "daicho/daicho.h"

#define RUNS 5

/* Peak memory */

static gboolean rss_available;

/* Returns memory to the system and starts a new peak from here. */
static void
rss_reset (void)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
#ifdef __linux__
  {
    FILE *f = fopen ("/proc/self/clear_refs", "w");

    if (f != NULL)
      {
        fputs ("5", f);
        fclose (f);
      }
  }
#endif
}

/* VmHWM in kB, or -1 when the system does not tell. */
static long
rss_peak_kb (void)
{
#ifdef __linux__
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "\nVmHWM:");
  if (line == NULL)
    return -1;
  return strtol (line + strlen ("\nVmHWM:"), NULL, 10);
#else
  return -1;
#endif
}

/* Timing */

static double
now_ms (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef struct
{
  double times[RUNS];
  long   peak_kb;      /* the highest of the runs, -1 unknown */
  guint  rows;
} Sample;

static gboolean all_met = TRUE;
static long overall_peak_kb = -1;

#define LABEL_WIDTH 52

/* Prints @label padded to LABEL_WIDTH terminal columns (CJK counts two). */
static void
print_label (const char *label)
{
  guint width = 0;

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  fputs (label, stdout);
  for (; width < LABEL_WIDTH; width++)
    fputc (' ', stdout);
}

static void
print_header (void)
{
  print_label ("operation");
  printf (" %8s %10s %9s %9s %8s  %-9s %s\n", "rows", "median ms", "min ms", "max ms",
          "peak MB", "target", "");
  print_label ("----------------------------------------------------");
  printf (" %8s %10s %9s %9s %8s  %-9s %s\n", "--------", "----------", "---------",
          "---------", "--------", "---------", "----");
}

/* Prints one row; @target_ms 0 means no target. */
static void
print_sample (const char *label, Sample *s, double target_ms)
{
  double sorted[RUNS];
  double median;
  char rows[32];
  char peak[32];
  char target[32] = "";
  const char *verdict = "";

  memcpy (sorted, s->times, sizeof sorted);
  qsort (sorted, RUNS, sizeof (double), compare_doubles);
  median = sorted[RUNS / 2];

  if (s->rows == G_MAXUINT)
    g_strlcpy (rows, "-", sizeof rows);
  else
    g_snprintf (rows, sizeof rows, "%u", s->rows);
  if (s->peak_kb >= 0)
    g_snprintf (peak, sizeof peak, "%.1f", (double) s->peak_kb / 1024.0);
  else
    g_strlcpy (peak, "n/a", sizeof peak);
  if (target_ms > 0)
    {
      if (target_ms >= 1000)
        g_snprintf (target, sizeof target, "< %g s", target_ms / 1000.0);
      else
        g_snprintf (target, sizeof target, "< %g ms", target_ms);
      verdict = median < target_ms ? "PASS" : "FAIL";
      if (median >= target_ms)
        all_met = FALSE;
    }
  if (s->peak_kb > overall_peak_kb)
    overall_peak_kb = s->peak_kb;

  print_label (label);
  printf (" %8s %10.1f %9.1f %9.1f %8s  %-9s %s\n", rows, median, sorted[0], sorted[RUNS - 1],
          peak, target, verdict);
  fflush (stdout);
}

/* Runs @func RUNS times, measuring each. @func returns the rows it made. */
typedef guint (*BenchFunc) (gpointer data);

static void
bench (const char *label, double target_ms, BenchFunc func, gpointer data)
{
  Sample s = { .peak_kb = -1 };

  for (guint i = 0; i < RUNS; i++)
    {
      double start;
      long peak;

      rss_reset ();
      start = now_ms ();
      s.rows = func (data);
      s.times[i] = now_ms () - start;
      peak = rss_peak_kb ();
      if (peak > s.peak_kb)
        s.peak_kb = peak;
    }
  print_sample (label, &s, target_ms);
}

/* The operations */

typedef struct
{
  DaichoDb   *db;
  const char *path;
  char       *dir;     /* temporary folder for the forms */
} Bench;

static void
die (const char *what, GError *error)
{
  fprintf (stderr, "daicho-bench: %s: %s\n", what, error ? error->message : "failed");
  exit (2);
}

static guint
op_open (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = daicho_db_open (b->path, &error);

  if (db == NULL)
    die ("open", error);
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
    die ("ledger list", error);
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
    die ("designation list", error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static guint
op_designation_review (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = daicho_designation_store_review (b->db, 0, &error);

  if (list == NULL)
    die ("designation review", error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* Form No. 1, in the three steps a person waits for: the form built from
 * the database, paginated and written as PDF, and written as xlsx. */
static void
bench_form1 (Bench *b, const char *what, gint64 office_id, int fiscal_year, const char *from,
             const char *to)
{
  g_autofree char *pdf = g_build_filename (b->dir, "form1.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (b->dir, "form1.xlsx", NULL);
  Sample build = { .peak_kb = -1 }, write_pdf = { .peak_kb = -1 };
  Sample write_xlsx = { .peak_kb = -1 }, total_pdf = { .peak_kb = -1 };
  Sample total_xlsx = { .peak_kb = -1 };
  guint n_pages = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DaichoForm) form = NULL;
      double start;
      long peak;

      rss_reset ();
      start = now_ms ();
      form = daicho_form1_new (b->db, office_id, fiscal_year, from, to, &error);
      if (form == NULL)
        die ("Form No. 1", error);
      build.times[i] = now_ms () - start;
      build.rows = daicho_form_get_n_rows (form);
      build.peak_kb = MAX (build.peak_kb, rss_peak_kb ());

      rss_reset ();
      start = now_ms ();
      n_pages = daicho_form_paginate (form);
      if (!daicho_form_write_pdf (form, pdf, &error))
        die ("Form No. 1 PDF", error);
      write_pdf.times[i] = now_ms () - start;
      peak = rss_peak_kb ();
      write_pdf.peak_kb = MAX (write_pdf.peak_kb, peak);

      rss_reset ();
      start = now_ms ();
      if (!daicho_form_write_xlsx (form, xlsx, &error))
        die ("Form No. 1 xlsx", error);
      write_xlsx.times[i] = now_ms () - start;
      peak = rss_peak_kb ();
      write_xlsx.peak_kb = MAX (write_xlsx.peak_kb, peak);

      total_pdf.times[i] = build.times[i] + write_pdf.times[i];
      total_xlsx.times[i] = build.times[i] + write_xlsx.times[i];
    }
  write_pdf.rows = total_pdf.rows = n_pages;
  write_xlsx.rows = total_xlsx.rows = build.rows;
  total_pdf.peak_kb = MAX (build.peak_kb, write_pdf.peak_kb);
  total_xlsx.peak_kb = MAX (build.peak_kb, write_xlsx.peak_kb);

  {
    g_autofree char *l1 = g_strdup_printf ("Form 1 %s: build (rows)", what);
    g_autofree char *l2 = g_strdup_printf ("Form 1 %s: paginate + PDF (pages)", what);
    g_autofree char *l3 = g_strdup_printf ("Form 1 %s: xlsx (rows)", what);
    g_autofree char *l4 = g_strdup_printf ("Form 1 %s: build + PDF, end to end", what);
    g_autofree char *l5 = g_strdup_printf ("Form 1 %s: build + xlsx, end to end", what);

    print_sample (l1, &build, 0);
    print_sample (l2, &write_pdf, 3000);
    print_sample (l3, &write_xlsx, 2000);
    print_sample (l4, &total_pdf, 3000);
    print_sample (l5, &total_xlsx, 2000);
  }
  g_remove (pdf);
  g_remove (xlsx);
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

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GListStore) offices = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *label = NULL;
  g_autofree char *search_number = NULL;
  DaichoLedgerFilter empty = { 0 };
  OfficeCount *busiest = NULL;
  Bench b = { 0 };
  int first_fy = 0, last_fy = 0, best_fy = 0, range_first_fy;
  guint range_rows = 0, n_entries;
  long peak;

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
  if (argc != 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      fprintf (stderr, "Usage: daicho-bench DB.sqlite3\n\n"
               "Times the ledger on a city demo database, made with\n"
               "  daicho-cli --db DB.sqlite3 demo --scale city\n");
      return argc == 2 ? 0 : 2;
    }
  b.path = argv[1];
  if (!g_file_test (b.path, G_FILE_TEST_IS_REGULAR))
    {
      fprintf (stderr, "daicho-bench: %s does not exist; make it with\n"
               "  daicho-cli --db %s demo --scale city\n", b.path, b.path);
      return 2;
    }
  b.dir = g_dir_make_tmp ("daicho-bench-XXXXXX", &error);
  if (b.dir == NULL)
    die ("temporary folder", error);
  rss_available = rss_peak_kb () >= 0;

  b.db = daicho_db_open (b.path, &error);
  if (b.db == NULL)
    die (b.path, error);

  /* What is there: entries per office and fiscal year (not timed). */
  all = daicho_ledger_store_list (b.db, &empty, &error);
  offices = daicho_office_store_list (b.db, TRUE, &error);
  if (all == NULL || offices == NULL)
    die ("reading the ledger", error);
  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, office_count_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (offices)); i++)
    {
      g_autoptr(DaichoOffice) o = g_list_model_get_item (G_LIST_MODEL (offices), i);
      OfficeCount *c = g_new0 (OfficeCount, 1);

      c->office_id = o->id;
      c->code = g_strdup (o->code);
      g_hash_table_insert (counts, &c->office_id, c);
    }
  n_entries = g_list_model_get_n_items (G_LIST_MODEL (all));
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(DaichoLedgerEntry) e = g_list_model_get_item (G_LIST_MODEL (all), i);
      OfficeCount *c = g_hash_table_lookup (counts, &e->office_id);
      int fy = (int) e->fiscal_year;

      if (c == NULL || fy < FY_BASE || fy >= FY_BASE + 200)
        continue;
      c->total++;
      c->per_year[fy - FY_BASE]++;
      first_fy = first_fy == 0 ? fy : MIN (first_fy, fy);
      last_fy = MAX (last_fy, fy);
    }
  g_clear_object (&all);
  if (n_entries == 0)
    {
      fprintf (stderr, "daicho-bench: %s holds no ledger entries; make a city demo with\n"
               "  daicho-cli --db DB.sqlite3 demo --scale city\n", b.path);
      return 2;
    }

  /* The office and fiscal year with the most entries (the latest year on a tie). */
  {
    GHashTableIter iter;
    gpointer value;
    guint best = 0;

    g_hash_table_iter_init (&iter, counts);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        OfficeCount *c = value;

        for (int fy = first_fy; fy <= last_fy; fy++)
          {
            guint n = c->per_year[fy - FY_BASE];

            if (n > best || (n == best && n > 0 &&
                             (fy > best_fy || (fy == best_fy &&
                                               c->office_id < busiest->office_id))))
              {
                best = n;
                best_fy = fy;
                busiest = c;
              }
          }
      }
  }

  /* About 10,000 entries of that office: its latest fiscal years, going
   * back until they hold at least 10,000 (or all it has). */
  range_first_fy = last_fy;
  for (int fy = last_fy; fy >= first_fy; fy--)
    {
      range_first_fy = fy;
      range_rows += busiest->per_year[fy - FY_BASE];
      if (range_rows >= 10000)
        break;
    }
  {
    GDate first, last;

    daicho_fiscal_year_range (range_first_fy, &first, NULL);
    daicho_fiscal_year_range (last_fy, NULL, &last);
    from = daicho_date_to_iso (&first);
    to = daicho_date_to_iso (&last);
  }

  {
    g_autofree char *first_label = daicho_fiscal_year_label (first_fy, TRUE);
    g_autofree char *last_label = daicho_fiscal_year_label (last_fy, TRUE);

    printf ("daicho-bench: %s\n", b.path);
    printf ("  %u ledger entries, %u offices, %s to %s\n", n_entries, g_hash_table_size (counts),
            first_label, last_label);
    printf ("  busiest office %s: %u entries, %u in fiscal %d\n", busiest->code, busiest->total,
            busiest->per_year[best_fy - FY_BASE], best_fy);
    printf ("  the ~10,000-entry Form 1: office %s, %s to %s (%u entries)\n", busiest->code,
            from, to, range_rows);
    printf ("  each operation %d times: median, fastest and slowest run in ms; peak RSS %s\n\n",
            RUNS, rss_available ? "(VmHWM, reset before each operation)" : "not known here");
  }

  print_header ();
  bench ("open the database", 0, op_open, &b);

  {
    ListJob job = { &b, { .office_id = busiest->office_id, .fiscal_year = best_fy } };

    label = g_strdup_printf ("ledger list: office %s, FY%d (the tab opens)", busiest->code,
                             best_fy);
    bench (label, 1000, op_ledger_list, &job);
    g_clear_pointer (&label, g_free);
  }
  {
    ListJob job = { &b, { .office_id = busiest->office_id } };

    label = g_strdup_printf ("ledger list: office %s, every year", busiest->code);
    bench (label, 0, op_ledger_list, &job);
    g_clear_pointer (&label, g_free);
  }
  {
    ListJob job = { &b, { 0 } };

    bench ("ledger list: everything", 0, op_ledger_list, &job);
  }
  {
    ListJob job = { &b, { .office_id = busiest->office_id, .fiscal_year = best_fy,
                          .search = "記載事項" } };

    label = g_strdup_printf ("search 記載事項: office %s, FY%d", busiest->code, best_fy);
    bench (label, 100, op_ledger_list, &job);
    g_clear_pointer (&label, g_free);
    job.filter.fiscal_year = 0;
    label = g_strdup_printf ("search 記載事項: office %s, every year", busiest->code);
    bench (label, 100, op_ledger_list, &job);
    g_clear_pointer (&label, g_free);
    job.filter.office_id = 0;
    bench ("search 記載事項: every office (unscoped)", 100, op_ledger_list, &job);
  }
  {
    ListJob job = { &b, { 0 } };

    search_number = daicho_ledger_number (best_fy, 500);
    job.filter.search = search_number;
    label = g_strdup_printf ("search number %s: every office", search_number);
    bench (label, 100, op_ledger_list, &job);
    g_clear_pointer (&label, g_free);
  }
  {
    ListJob job = { &b, { .due_only = TRUE } };

    bench ("due list: every office, today", 0, op_ledger_list, &job);
    job.filter.office_id = busiest->office_id;
    label = g_strdup_printf ("due list: office %s, today", busiest->code);
    bench (label, 0, op_ledger_list, &job);
    g_clear_pointer (&label, g_free);
  }

  label = g_strdup_printf ("office %s FY%d", busiest->code, best_fy);
  bench_form1 (&b, label, busiest->office_id, best_fy, NULL, NULL);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf ("%uk rows", (range_rows + 500) / 1000);
  bench_form1 (&b, label, busiest->office_id, 0, from, to);
  g_clear_pointer (&label, g_free);

  bench ("designation list: every office, today", 0, op_designation_list, &b);
  bench ("designation review: every office", 0, op_designation_review, &b);

  peak = rss_peak_kb ();
  if (peak > overall_peak_kb)
    overall_peak_kb = peak;
  printf ("\n");
  if (overall_peak_kb >= 0)
    printf ("peak RSS of any operation: %.1f MB\n", (double) overall_peak_kb / 1024.0);
  else
    printf ("peak RSS: not known on this system\n");
  printf ("%s\n", all_met ? "every target met" : "some targets NOT met");

  g_clear_object (&b.db);
  g_rmdir (b.dir);
  g_free (b.dir);
  return all_met ? 0 : 1;
}
