/* bench-table.c — samples, peak memory and the table daicho-bench prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "bench-table.h"

guint bench_runs = 5;

static gboolean all_met = TRUE;
static long overall_peak_kb = -1;

void
bench_sample_init (BenchSample *s)
{
  memset (s, 0, sizeof *s);
  s->peak_kb = -1;
  s->rows = G_MAXUINT;
}

void
bench_sample_add (BenchSample *s, double value)
{
  if (s->n < BENCH_MAX_RUNS)
    s->values[s->n++] = value;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* @s's values in order, into @sorted (BENCH_MAX_RUNS long). */
static void
sorted_values (const BenchSample *s, double *sorted)
{
  memcpy (sorted, s->values, s->n * sizeof (double));
  qsort (sorted, s->n, sizeof (double), compare_doubles);
}

double
bench_sample_median (const BenchSample *s)
{
  double sorted[BENCH_MAX_RUNS];

  if (s->n == 0)
    return 0;
  sorted_values (s, sorted);
  return s->n % 2 ? sorted[s->n / 2] : (sorted[s->n / 2 - 1] + sorted[s->n / 2]) / 2;
}

double
bench_now_ms (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

void
bench_rss_reset (void)
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

long
bench_rss_peak_kb (void)
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

/* Printing */

#define LABEL_WIDTH 56

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

#define ROW_FORMAT " %7s %11s %11s %11s %8s  %-10s %s\n"

void
bench_print_header (void)
{
  print_label ("operation");
  printf (ROW_FORMAT, "rows", "median", "min", "max", "peak MB", "target", "result");
  print_label ("--------------------------------------------------------");
  printf (ROW_FORMAT, "-------", "-----------", "-----------", "-----------", "--------",
          "----------", "------");
}

static void
format_value (char *buf, gsize size, double value, BenchUnit unit)
{
  switch (unit)
    {
    case BENCH_MB:
      g_snprintf (buf, size, "%.1f MB", value);
      break;
    case BENCH_RATIO:
      g_snprintf (buf, size, "%.2f ×", value);
      break;
    case BENCH_MS:
    default:
      g_snprintf (buf, size, "%.1f ms", value);
      break;
    }
}

static void
format_target (char *buf, gsize size, double target, BenchUnit unit)
{
  if (target <= 0)
    g_strlcpy (buf, "", size);
  else if (unit == BENCH_MS && target >= 1000)
    g_snprintf (buf, size, "< %g s", target / 1000.0);
  else if (unit == BENCH_MS)
    g_snprintf (buf, size, "< %g ms", target);
  else if (unit == BENCH_MB)
    g_snprintf (buf, size, "< %g MB", target);
  else
    g_snprintf (buf, size, "< %g ×", target);
}

void
bench_print_row (const char *label, const BenchSample *s, BenchUnit unit, double target)
{
  double sorted[BENCH_MAX_RUNS];
  double median = bench_sample_median (s);
  char rows[32], med[32], min[32], max[32], peak[32], goal[32];
  const char *verdict = "";

  if (s->n == 0)
    return;
  sorted_values (s, sorted);
  if (s->rows == G_MAXUINT)
    g_strlcpy (rows, "-", sizeof rows);
  else
    g_snprintf (rows, sizeof rows, "%u", s->rows);
  if (s->peak_kb >= 0)
    g_snprintf (peak, sizeof peak, "%.1f", (double) s->peak_kb / 1024.0);
  else
    g_strlcpy (peak, "-", sizeof peak);
  format_value (med, sizeof med, median, unit);
  format_value (min, sizeof min, sorted[0], unit);
  format_value (max, sizeof max, sorted[s->n - 1], unit);
  format_target (goal, sizeof goal, target, unit);
  if (target > 0)
    {
      verdict = median < target ? "PASS" : "FAIL";
      if (median >= target)
        all_met = FALSE;
    }
  if (s->peak_kb > overall_peak_kb)
    overall_peak_kb = s->peak_kb;

  print_label (label);
  printf (ROW_FORMAT, rows, med, min, max, peak, goal, verdict);
  fflush (stdout);
}

void
bench_note (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  fputc ('\n', stdout);
  fflush (stdout);
}

void
bench_fail (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  fputs (" — FAIL\n", stdout);
  fflush (stdout);
  all_met = FALSE;
}

gboolean
bench_all_met (void)
{
  return all_met;
}

long
bench_overall_peak_kb (void)
{
  return overall_peak_kb;
}

void
bench_run (const char *label, double target_ms, BenchFunc func, gpointer data)
{
  BenchSample s;

  bench_sample_init (&s);
  for (guint i = 0; i < bench_runs; i++)
    {
      double start;

      bench_rss_reset ();
      start = bench_now_ms ();
      s.rows = func (data);
      bench_sample_add (&s, bench_now_ms () - start);
      s.peak_kb = MAX (s.peak_kb, bench_rss_peak_kb ());
    }
  bench_print_row (label, &s, BENCH_MS, target_ms);
}

void
bench_die (const char *what, const GError *error)
{
  fprintf (stderr, "daicho-bench: %s: %s\n", what, error ? error->message : "failed");
  exit (2);
}
