/* bench-table.h — samples, peak memory and the table daicho-bench prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_MAX_RUNS 50

typedef enum {
  BENCH_MS,      /* milliseconds */
  BENCH_MB,      /* megabytes of memory */
  BENCH_RATIO,   /* a ratio (×) */
} BenchUnit;

/* The runs of one operation. */
typedef struct
{
  double values[BENCH_MAX_RUNS];
  guint  n;          /* runs measured */
  long   peak_kb;    /* the highest peak of the runs, -1 unknown */
  guint  rows;       /* what it produced, G_MAXUINT: nothing to count */
} BenchSample;

/* The number of runs of each operation (5 unless --runs says). */
extern guint bench_runs;

void   bench_sample_init (BenchSample *s);
void   bench_sample_add  (BenchSample *s, double value);
double bench_sample_median (const BenchSample *s);

double bench_now_ms (void);

/* Returns freed memory to the system and starts a new peak (Linux). */
void bench_rss_reset (void);
/* VmHWM of this process in kB, or -1 when the system does not tell. */
long bench_rss_peak_kb (void);

/* The table: a header, then one row per operation with its median, fastest
 * and slowest run, its peak memory and, with a @target above 0, the target
 * and PASS or FAIL (the median must be below it). A missed target makes
 * bench_all_met () FALSE. bench_note () prints a line of its own. */
void     bench_print_header (void);
void     bench_print_row    (const char *label, const BenchSample *s, BenchUnit unit,
                             double target);
void     bench_note         (const char *format, ...) G_GNUC_PRINTF (1, 2);
/* Prints a line about what could not be measured: a target counted as missed. */
void     bench_fail         (const char *format, ...) G_GNUC_PRINTF (1, 2);
gboolean bench_all_met      (void);
/* The highest peak printed in any row, -1 unknown. */
long     bench_overall_peak_kb (void);

/* Runs @func bench_runs times, timing each run and its peak memory, and
 * prints the row. @func returns the rows it produced (G_MAXUINT: none). */
typedef guint (*BenchFunc) (gpointer data);
void bench_run (const char *label, double target_ms, BenchFunc func, gpointer data);

/* Prints what went wrong and exits with 2. */
G_NORETURN void bench_die (const char *what, const GError *error);

G_END_DECLS
