/* bench-forms.c — the printed documents: Form No. 1, Form No. 2, the minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each document in the steps a person waits for: built from the database,
 * then written as PDF (paginated and drawn) and as xlsx. The rows show the
 * build alone and each outlet end to end (build included), which is what
 * the targets are about.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "daicho/daicho.h"

#include "bench-sections.h"
#include "bench-table.h"

typedef DaichoForm *(*BuildFunc) (gpointer data, GError **error);

/* Times @build and both outlets of what it builds; @pdf_ms and @xlsx_ms
 * are the end-to-end targets (0: none). */
static void
bench_document (const char *dir, const char *what, BuildFunc build, gpointer data,
                double pdf_ms, double xlsx_ms)
{
  g_autofree char *pdf = g_build_filename (dir, "form.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "form.xlsx", NULL);
  g_autofree char *l1 = g_strdup_printf ("%s: build (rows)", what);
  g_autofree char *l2 = g_strdup_printf ("%s: build + PDF (pages)", what);
  g_autofree char *l3 = g_strdup_printf ("%s: build + xlsx (rows)", what);
  BenchSample built, as_pdf, as_xlsx;

  bench_sample_init (&built);
  bench_sample_init (&as_pdf);
  bench_sample_init (&as_xlsx);
  for (guint i = 0; i < bench_runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DaichoForm) form = NULL;
      double start, build_ms;

      bench_rss_reset ();
      start = bench_now_ms ();
      form = build (data, &error);
      if (form == NULL)
        bench_die (what, error);
      build_ms = bench_now_ms () - start;
      bench_sample_add (&built, build_ms);
      /* A document of running text (the minutes) has blocks, not rows. */
      built.rows = daicho_form_get_n_rows (form) > 0 ? daicho_form_get_n_rows (form) : G_MAXUINT;
      built.peak_kb = MAX (built.peak_kb, bench_rss_peak_kb ());

      start = bench_now_ms ();
      as_pdf.rows = daicho_form_paginate (form);
      if (!daicho_form_write_pdf (form, pdf, &error))
        bench_die (what, error);
      bench_sample_add (&as_pdf, build_ms + bench_now_ms () - start);
      as_pdf.peak_kb = MAX (as_pdf.peak_kb, bench_rss_peak_kb ());

      /* The xlsx from a form as freshly built as the PDF's. */
      g_clear_pointer (&form, daicho_form_free);
      bench_rss_reset ();
      start = bench_now_ms ();
      form = build (data, &error);
      if (form == NULL || !daicho_form_write_xlsx (form, xlsx, &error))
        bench_die (what, error);
      bench_sample_add (&as_xlsx, bench_now_ms () - start);
      as_xlsx.rows = built.rows;
      as_xlsx.peak_kb = MAX (as_xlsx.peak_kb, bench_rss_peak_kb ());
    }
  bench_print_row (l1, &built, BENCH_MS, 0);
  bench_print_row (l2, &as_pdf, BENCH_MS, pdf_ms);
  bench_print_row (l3, &as_xlsx, BENCH_MS, xlsx_ms);
  g_remove (pdf);
  g_remove (xlsx);
}

/* Form No. 1 */

typedef struct
{
  DaichoDb   *db;
  gint64      office_id;
  int         fiscal_year;
  const char *from;
  const char *to;
} Form1Job;

static DaichoForm *
build_form1 (gpointer data, GError **error)
{
  Form1Job *job = data;

  return daicho_form1_new (job->db, job->office_id, job->fiscal_year, job->from, job->to, error);
}

void
bench_form1 (DaichoDb *db, const char *dir, const char *what, gint64 office_id, int fiscal_year,
             const char *from, const char *to)
{
  Form1Job job = { db, office_id, fiscal_year, from, to };
  g_autofree char *label = g_strdup_printf ("Form 1 %s", what);

  bench_document (dir, label, build_form1, &job, 3000, 2000);
}

/* Form No. 2 */

typedef struct
{
  DaichoDb *db;
  gint64    inspection_id;
} Form2Job;

static DaichoForm *
build_form2 (gpointer data, GError **error)
{
  Form2Job *job = data;

  return daicho_form2_new (job->db, job->inspection_id, error);
}

void
bench_form2 (DaichoDb *db, const char *dir, gint64 office_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = daicho_inspection_store_list (db, office_id, 0, &error);
  g_autoptr(DaichoInspection) latest = NULL;
  g_autofree char *label = NULL;
  Form2Job job = { db, 0 };
  guint n;

  if (list == NULL)
    bench_die ("inspections", error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n == 0)
    {
      bench_note ("Form 2: skipped, the office has no inspection");
      return;
    }
  /* Listed by year and quarter: the last is the latest. */
  latest = g_list_model_get_item (G_LIST_MODEL (list), n - 1);
  job.inspection_id = latest->id;
  label = g_strdup_printf ("Form 2 FY%d Q%d", (int) latest->fiscal_year, (int) latest->quarter);
  bench_document (dir, label, build_form2, &job, 0, 0);
}

/* The minutes */

typedef struct
{
  DaichoDb *db;
  gint64    meeting_id;
} MinutesJob;

static DaichoForm *
build_minutes (gpointer data, GError **error)
{
  MinutesJob *job = data;

  return daicho_meeting_minutes_form_new (job->db, job->meeting_id, error);
}

void
bench_minutes (DaichoDb *db, const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = daicho_meeting_store_list (db, 0, &error);
  g_autofree char *label = NULL;
  MinutesJob job = { db, 0 };

  if (list == NULL)
    bench_die ("meetings", error);
  /* Newest first: the latest meeting held. */
  for (guint i = 0; job.meeting_id == 0 && i < g_list_model_get_n_items (G_LIST_MODEL (list));
       i++)
    {
      g_autoptr(DaichoMeeting) m = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (m->state, "held") || g_str_equal (m->state, "final"))
        {
          job.meeting_id = m->id;
          label = g_strdup_printf ("minutes FY%d no. %d", (int) m->fiscal_year, (int) m->number);
        }
    }
  if (job.meeting_id == 0)
    {
      bench_note ("minutes: skipped, no meeting has been held");
      return;
    }
  bench_document (dir, label, build_minutes, &job, 0, 0);
}
