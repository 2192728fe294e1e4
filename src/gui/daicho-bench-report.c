/* daicho-bench-report.c — start-up and tab timings for tests/bench/daicho-bench
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a tab is timed: from the call that makes it the visible child to the
 * end of the last frame that laid widgets out, up to the first frame painted
 * after the main loop has gone idle below G_PRIORITY_LOW. A page that loads
 * its list after its first frame (the ledger loads in a G_PRIORITY_LOW idle
 * queued by a tick callback) has then shown it: the time is what a person
 * waits for the list, not for an empty page; a page that shows everything
 * in its first frame is timed to that frame. The first frame of the window
 * is the first "after-paint" of its frame clock.
 *
 * The tabs are shown once the work the app starts in other threads after
 * its first frame (the check at start reads the whole database) has gone
 * quiet, so that a tab is timed on a machine doing nothing else for the
 * app; how long that work took is reported too. The CPU time of a switch
 * is the main thread's.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#ifdef G_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

#include "daicho-bench-report.h"

#define GROUP "report"

/* Other threads are quiet when they used less than QUIET_CPU_US of CPU in
 * the last QUIET_POLL_MS; the tabs wait for that at most QUIET_MAX_MS. */
#define QUIET_POLL_MS 100
#define QUIET_CPU_US  2000
#define QUIET_MAX_MS  20000

typedef enum {
  WAIT_FIRST_FRAME,
  WAIT_SWITCHED_FRAME,   /* a tab was just made visible */
  WAIT_IDLE,             /* its first frame is painted; waiting for loads queued after it */
  WAIT_SETTLED_FRAME,    /* the frame after those loads */
  BETWEEN_TABS,
} Phase;

typedef struct
{
  char           *path;
  GtkApplication *app;        /* borrowed: runs until the report quits it */
  GtkWidget      *window;     /* owned */
  GdkFrameClock  *clock;      /* owned */
  gulong          paint_id;
  gulong          layout_id;
  AdwViewStack   *stack;      /* borrowed: inside the window; NULL in a window without tabs */
  GPtrArray      *tabs;       /* names of the tabs still to show */
  char           *tab;        /* the one being shown */
  gint64          switched;   /* when it was made visible */
  gint64          switched_cpu;
  gint64          laid_out;   /* the end of the last frame since then that laid out */
  gint64          laid_out_cpu;
  gboolean        layout;     /* this frame has a layout phase */
  Phase           phase;
  GKeyFile       *report;
  gint64          first_frame;
  gint64          others_cpu; /* other threads' CPU time at the last poll */
} Report;

static void after_paint_cb (GdkFrameClock *clock, Report *r);
static void layout_cb (GdkFrameClock *clock, Report *r);

/* VmHWM in kB, or -1 where /proc does not tell. */
static gint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10) : -1;
}

/* CPU time of every thread so far, in µs (-1: not known): other
 * processes on the machine change it much less than the time to the first
 * frame, which counts their turns too (they still slow a CPU that shares
 * its core). */
static gint64
cpu_time_us (void)
{
#ifdef G_OS_UNIX
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) == 0)
    return ((gint64) usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
           usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
#endif
  return -1;
}

/* CPU time of this (the main) thread, in µs (-1: not known). */
static gint64
thread_cpu_time_us (void)
{
#if defined(G_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
    return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
#endif
  return -1;
}

static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *stack = find_view_stack (child);

      if (stack != NULL)
        return stack;
    }
  return NULL;
}

static void
finish (Report *r)
{
  g_autoptr(GError) error = NULL;

  g_signal_handler_disconnect (r->clock, r->paint_id);
  g_signal_handler_disconnect (r->clock, r->layout_id);
  g_key_file_set_int64 (r->report, GROUP, "peak-kb", peak_rss_kb ());
  if (!g_key_file_save_to_file (r->report, r->path, &error))
    g_printerr ("DAICHO_BENCH_REPORT: %s\n", error->message);
  g_application_quit (G_APPLICATION (r->app));
}

static gboolean
next_tab_cb (gpointer user_data)
{
  Report *r = user_data;

  g_clear_pointer (&r->tab, g_free);
  if (r->tabs->len == 0)
    {
      finish (r);
      return G_SOURCE_REMOVE;
    }
  r->tab = g_ptr_array_steal_index (r->tabs, 0);
  r->phase = WAIT_SWITCHED_FRAME;
  r->switched = g_get_monotonic_time ();
  r->switched_cpu = thread_cpu_time_us ();
  adw_view_stack_set_visible_child_name (r->stack, r->tab);
  return G_SOURCE_REMOVE;
}

/* Starts the tabs once the other threads have gone quiet. */
static gboolean
quiet_cb (gpointer user_data)
{
  Report *r = user_data;
  gint64 others = cpu_time_us () - thread_cpu_time_us ();
  gint64 waited = g_get_monotonic_time () - r->first_frame;

  if (others - r->others_cpu >= QUIET_CPU_US && waited < QUIET_MAX_MS * 1000)
    {
      r->others_cpu = others;
      return G_SOURCE_CONTINUE;
    }
  g_key_file_set_int64 (r->report, GROUP, "quiet-us", waited);
  g_key_file_set_int64 (r->report, GROUP, "others-cpu-us", others);
  g_idle_add (next_tab_cb, r);
  return G_SOURCE_REMOVE;
}

static gboolean
settled_idle_cb (gpointer user_data)
{
  Report *r = user_data;

  r->phase = WAIT_SETTLED_FRAME;
  gtk_widget_queue_draw (r->window);
  return G_SOURCE_REMOVE;
}

/* The tabs to show after the first frame: every visible one but the one shown. */
static void
list_tabs (Report *r)
{
  g_autoptr(GListModel) pages = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  const char *shown;

  r->tabs = g_ptr_array_new_with_free_func (g_free);
  r->stack = find_view_stack (r->window);
  if (r->stack == NULL)
    return;
  shown = adw_view_stack_get_visible_child_name (r->stack);
  g_key_file_set_string (r->report, GROUP, "first-tab", shown ? shown : "");
  pages = G_LIST_MODEL (adw_view_stack_get_pages (r->stack));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);
      const char *name = adw_view_stack_page_get_name (page);

      if (name == NULL || !adw_view_stack_page_get_visible (page) || g_strcmp0 (name, shown) == 0)
        continue;
      g_ptr_array_add (r->tabs, g_strdup (name));
      g_string_append_printf (names, "%s;", name);
    }
  g_key_file_set_string (r->report, GROUP, "tabs", names->str);
}

static void
after_paint_cb (GdkFrameClock *clock, Report *r)
{
  gint64 now = g_get_monotonic_time ();

  switch (r->phase)
    {
    case WAIT_FIRST_FRAME:
      g_key_file_set_int64 (r->report, GROUP, "first-frame-us", now);
      g_key_file_set_int64 (r->report, GROUP, "first-frame-cpu-us", cpu_time_us ());
      g_key_file_set_integer (r->report, GROUP, "width", gtk_widget_get_width (r->window));
      g_key_file_set_integer (r->report, GROUP, "height", gtk_widget_get_height (r->window));
      g_key_file_set_string (r->report, GROUP, "renderer",
                             G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (r->window))));
      list_tabs (r);
      r->phase = BETWEEN_TABS;
      r->first_frame = now;
      r->others_cpu = cpu_time_us () - thread_cpu_time_us ();
      g_timeout_add (QUIET_POLL_MS, quiet_cb, r);
      break;

    case WAIT_SWITCHED_FRAME:
      r->laid_out = now;
      r->laid_out_cpu = thread_cpu_time_us ();
      r->phase = WAIT_IDLE;
      g_idle_add_full (G_PRIORITY_LOW + 100, settled_idle_cb, r, NULL);
      break;

    case WAIT_IDLE:
      if (r->layout)
        {
          r->laid_out = now;
          r->laid_out_cpu = thread_cpu_time_us ();
        }
      break;

    case WAIT_SETTLED_FRAME:
      {
        g_autofree char *key = g_strdup_printf ("tab-%s-us", r->tab);
        g_autofree char *cpu_key = g_strdup_printf ("tab-%s-cpu-us", r->tab);

        if (r->layout)
          {
            r->laid_out = now;
            r->laid_out_cpu = thread_cpu_time_us ();
          }
        g_key_file_set_int64 (r->report, GROUP, key, r->laid_out - r->switched);
        g_key_file_set_int64 (r->report, GROUP, cpu_key, r->laid_out_cpu - r->switched_cpu);
        r->phase = BETWEEN_TABS;
        g_idle_add (next_tab_cb, r);
      }
      break;

    case BETWEEN_TABS:
    default:
      break;
    }
  r->layout = FALSE;
}

static void
layout_cb (GdkFrameClock *clock, Report *r)
{
  r->layout = TRUE;
}

static void
on_realize (GtkWidget *window, Report *r)
{
  r->clock = g_object_ref (gtk_widget_get_frame_clock (window));
  r->paint_id = g_signal_connect (r->clock, "after-paint", G_CALLBACK (after_paint_cb), r);
  r->layout_id = g_signal_connect (r->clock, "layout", G_CALLBACK (layout_cb), r);
}

static void
on_window_added (GtkApplication *app, GtkWindow *window, Report *r)
{
  if (r->window != NULL)
    return;
  r->window = g_object_ref (GTK_WIDGET (window));
  g_signal_connect_after (window, "realize", G_CALLBACK (on_realize), r);
}

void
daicho_bench_report_watch (GtkApplication *app)
{
  const char *path = g_getenv ("DAICHO_BENCH_REPORT");
  Report *r;

  if (path == NULL || *path == '\0')
    return;
  /* Lives as long as the process: the report quits it. */
  r = g_new0 (Report, 1);
  r->path = g_strdup (path);
  r->app = app;
  r->report = g_key_file_new ();
  r->phase = WAIT_FIRST_FRAME;
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), r);
}
