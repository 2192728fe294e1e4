/* bench-gui.c — the app's first frame, its tabs and its memory, beside an empty window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the app on the database and a libadwaita window with nothing in
 * it (daicho-bench-window.c), one after the other, bench_runs times each
 * after one untimed start of each (so both start with the files cached).
 * Each writes the report of src/gui/daicho-bench-report.c: when its first
 * frame was painted (g_get_monotonic_time, CLOCK_MONOTONIC on Linux, the
 * same clock as here), how long each tab took to show its list, its peak
 * memory. The time to the first frame is counted from just before the
 * process is spawned. Both run with settings of their own in a temporary
 * folder (GSettings' keyfile backend, XDG_CONFIG_HOME): the app opens on its
 * first tab at its default size, showing the office asked for, and the
 * user's settings stay untouched. Both run without the accessibility bus,
 * under the display this program has; the empty window takes the app's size.
 * Both draw with GTK's cairo renderer unless GSK_RENDERER says otherwise:
 * under Xvfb the GL renderer is Mesa's software one (llvmpipe), whose
 * shader compiling and rasterising on the CPU would be most of what is
 * timed (300 ms of a tab switch that takes 55 ms with cairo), which says
 * nothing of the app; GSK_RENDERER=gl times GL on a machine with a GPU.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "bench-sections.h"
#include "bench-table.h"

#define START_TIMEOUT_S 120

typedef struct
{
  double      first_frame_ms;
  double      cpu_ms;     /* CPU time until then, -1 unknown */
  double      quiet_ms;   /* from then until the other threads were quiet */
  double      others_cpu_ms;
  int         width;
  int         height;
  long        peak_kb;
  char       *first_tab;
  char       *renderer;
  char      **tabs;
  double     *tab_ms;   /* one per tab */
  double     *tab_cpu_ms;
} GuiRun;

static void
gui_run_clear (GuiRun *run)
{
  g_clear_pointer (&run->first_tab, g_free);
  g_clear_pointer (&run->renderer, g_free);
  g_clear_pointer (&run->tabs, g_strfreev);
  g_clear_pointer (&run->tab_ms, g_free);
  g_clear_pointer (&run->tab_cpu_ms, g_free);
}

typedef struct
{
  gboolean     exited;
  gboolean     timed_out;
  GSubprocess *process;
} Wait;

static void
wait_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Wait *w = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  w->exited = TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Wait *w = user_data;

  w->timed_out = TRUE;
  g_subprocess_force_exit (w->process);
  return G_SOURCE_REMOVE;
}

static const char *settings_office;

/* The app's settings for a first start on @settings_office, afresh each run. */
static gboolean
write_settings (const char *dir, GError **error)
{
  g_autofree char *folder = g_build_filename (dir, "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (folder, "keyfile", NULL);
  g_autofree char *text = g_strdup_printf ("[org/daicho/Daicho]\noffice='%s'\n",
                                           settings_office);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot make %s", folder);
      return FALSE;
    }
  return g_file_set_contents (path, text, -1, error);
}

static void
remove_settings (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (folder, "keyfile", NULL);
  g_autofree char *glib = g_build_filename (dir, "glib-2.0", NULL);

  g_remove (path);
  g_rmdir (folder);
  g_rmdir (glib);
}

/* Runs @argv with the settings in @dir and the report going to @report,
 * and reads it into @run. */
static gboolean
run_once (const char * const *argv, const char *dir, const char *report, GuiRun *run,
          GError **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  Wait w = { 0 };
  gint64 spawned, painted;
  guint timeout;

  g_subprocess_launcher_setenv (launcher, "DAICHO_BENCH_REPORT", report, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", FALSE);
  g_subprocess_launcher_unsetenv (launcher, "DAICHO_DB");
  g_remove (report);
  if (!write_settings (dir, error))
    return FALSE;

  spawned = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, error);
  if (process == NULL)
    return FALSE;
  w.process = process;
  g_subprocess_wait_async (process, NULL, wait_cb, &w);
  timeout = g_timeout_add_seconds (START_TIMEOUT_S, timeout_cb, &w);
  while (!w.exited)
    g_main_context_iteration (NULL, TRUE);
  if (!w.timed_out)
    g_source_remove (timeout);

  if (w.timed_out)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "%s did not report within %d s", argv[0], START_TIMEOUT_S);
      return FALSE;
    }
  if (!g_subprocess_get_successful (process))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s failed (exit status %d)", argv[0],
                   g_subprocess_get_status (process));
      return FALSE;
    }
  if (!g_key_file_load_from_file (keys, report, G_KEY_FILE_NONE, error))
    {
      g_prefix_error (error, "%s wrote no report: ", argv[0]);
      return FALSE;
    }

  painted = g_key_file_get_int64 (keys, "report", "first-frame-us", error);
  if (*error != NULL)
    return FALSE;
  run->first_frame_ms = (double) (painted - spawned) / 1000.0;
  run->cpu_ms = (double) g_key_file_get_int64 (keys, "report", "first-frame-cpu-us", NULL) / 1000.0;
  run->quiet_ms = (double) g_key_file_get_int64 (keys, "report", "quiet-us", NULL) / 1000.0;
  run->others_cpu_ms = (double) g_key_file_get_int64 (keys, "report", "others-cpu-us", NULL) /
                       1000.0;
  run->width = g_key_file_get_integer (keys, "report", "width", NULL);
  run->height = g_key_file_get_integer (keys, "report", "height", NULL);
  run->peak_kb = (long) g_key_file_get_int64 (keys, "report", "peak-kb", NULL);
  run->first_tab = g_key_file_get_string (keys, "report", "first-tab", NULL);
  run->renderer = g_key_file_get_string (keys, "report", "renderer", NULL);
  run->tabs = g_key_file_get_string_list (keys, "report", "tabs", NULL, NULL);
  if (run->tabs == NULL)
    run->tabs = g_new0 (char *, 1);
  run->tab_ms = g_new0 (double, g_strv_length (run->tabs) + 1);
  run->tab_cpu_ms = g_new0 (double, g_strv_length (run->tabs) + 1);
  for (guint i = 0; run->tabs[i] != NULL; i++)
    {
      g_autofree char *key = g_strdup_printf ("tab-%s-us", run->tabs[i]);

      g_autofree char *cpu_key = g_strdup_printf ("tab-%s-cpu-us", run->tabs[i]);

      run->tab_ms[i] = (double) g_key_file_get_int64 (keys, "report", key, error) / 1000.0;
      if (*error != NULL)
        return FALSE;
      run->tab_cpu_ms[i] = (double) g_key_file_get_int64 (keys, "report", cpu_key, NULL) / 1000.0;
    }
  return TRUE;
}

static gboolean
have_display (void)
{
  const char *x11 = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  return (x11 != NULL && *x11 != '\0') || (wayland != NULL && *wayland != '\0');
}

static void
sample_kb (BenchSample *s, long kb)
{
  bench_sample_add (s, (double) kb / 1024.0);
}

void
bench_gui (const char *app, const char *empty_window, const char *db_path,
           const char *office_code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *report = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  g_auto(GStrv) tabs = NULL;
  g_autofree char *first_tab = NULL;
  const char *app_argv[] = { app, "--db", db_path, NULL };
  const char *empty_argv[] = { empty_window, NULL, NULL, NULL };
  BenchSample app_frame, empty_frame, ratio, app_cpu, empty_cpu, app_peak, empty_peak;
  BenchSample quiet, others_cpu;
  BenchSample *tab_samples = NULL;
  BenchSample *tab_cpu = NULL;
  guint n_tabs = 0;

  if (!have_display ())
    {
      bench_note ("GUI: skipped, no display. Run the benchmark under "
                  "xvfb-run -a -s \"-screen 0 1400x900x24\" to time the app's first frame.");
      return;
    }
  dir = g_dir_make_tmp ("daicho-bench-gui-XXXXXX", &error);
  if (dir == NULL)
    bench_die ("temporary folder", error);
  report = g_build_filename (dir, "report.ini", NULL);
  settings_office = office_code;
  bench_sample_init (&app_frame);
  bench_sample_init (&empty_frame);
  bench_sample_init (&ratio);
  bench_sample_init (&app_cpu);
  bench_sample_init (&quiet);
  bench_sample_init (&others_cpu);
  bench_sample_init (&empty_cpu);
  bench_sample_init (&app_peak);
  bench_sample_init (&empty_peak);

  /* Run 0 is the untimed start of each. */
  for (guint i = 0; i <= bench_runs; i++)
    {
      GuiRun a = { 0 }, e = { 0 };

      if (!run_once (app_argv, dir, report, &a, &error))
        {
          bench_fail ("app: %s", error->message);
          gui_run_clear (&a);
          break;
        }
      if (i == 0)
        {
          width = g_strdup_printf ("%d", a.width);
          height = g_strdup_printf ("%d", a.height);
          empty_argv[1] = width;
          empty_argv[2] = height;
          tabs = g_strdupv (a.tabs);
          first_tab = g_strdup (a.first_tab);
          bench_note ("GUI: the app and the empty window render with %s, at %d×%d",
                      a.renderer ? a.renderer : "an unknown renderer", a.width, a.height);
          n_tabs = g_strv_length (tabs);
          tab_samples = g_new (BenchSample, n_tabs + 1);
          tab_cpu = g_new (BenchSample, n_tabs + 1);
          for (guint t = 0; t < n_tabs; t++)
            {
              bench_sample_init (&tab_samples[t]);
              bench_sample_init (&tab_cpu[t]);
            }
        }
      if (!run_once (empty_argv, dir, report, &e, &error))
        {
          bench_fail ("empty window: %s", error->message);
          gui_run_clear (&a);
          gui_run_clear (&e);
          break;
        }
      if (i > 0)
        {
          bench_sample_add (&app_frame, a.first_frame_ms);
          bench_sample_add (&empty_frame, e.first_frame_ms);
          bench_sample_add (&ratio, a.first_frame_ms / e.first_frame_ms);
          if (a.cpu_ms >= 0 && e.cpu_ms >= 0)
            {
              bench_sample_add (&app_cpu, a.cpu_ms);
              bench_sample_add (&empty_cpu, e.cpu_ms);
            }
          sample_kb (&app_peak, a.peak_kb);
          bench_sample_add (&quiet, a.quiet_ms);
          bench_sample_add (&others_cpu, a.others_cpu_ms);
          sample_kb (&empty_peak, e.peak_kb);
          for (guint t = 0; t < n_tabs && a.tabs[t] != NULL; t++)
            {
              bench_sample_add (&tab_samples[t], a.tab_ms[t]);
              bench_sample_add (&tab_cpu[t], a.tab_cpu_ms[t]);
            }
        }
      gui_run_clear (&a);
      gui_run_clear (&e);
    }

  if (app_frame.n > 0)
    {
      g_autofree char *label = g_strdup_printf ("app: first frame (%s tab, %s×%s)", first_tab,
                                                width, height);

      bench_print_row (label, &app_frame, BENCH_MS, 1000);
      bench_print_row ("empty libadwaita window: first frame", &empty_frame, BENCH_MS, 0);
      bench_print_row ("app ÷ empty window, first frame", &ratio, BENCH_RATIO, 1.5);
      /* Not the targets: the CPU time spent, which the machine's load
       * changes much less than the times above. */
      bench_print_row ("app: CPU time to its first frame", &app_cpu, BENCH_MS, 0);
      bench_print_row ("empty window: CPU time to its first frame", &empty_cpu, BENCH_MS, 0);
      /* The tabs are timed after the work the app starts beside the window
       * (the check at start) is done. */
      bench_print_row ("app: first frame to its other threads quiet", &quiet, BENCH_MS, 0);
      bench_print_row ("app: CPU time of its other threads by then", &others_cpu, BENCH_MS, 0);
      for (guint t = 0; t < n_tabs; t++)
        {
          g_autofree char *tab = g_strdup_printf ("app: %s tab, switch to list painted",
                                                  tabs[t]);

          bench_print_row (tab, &tab_samples[t], BENCH_MS, 200);
        }
      for (guint t = 0; t < n_tabs; t++)
        {
          g_autofree char *tab = g_strdup_printf ("app: %s tab, main thread's CPU time", tabs[t]);

          bench_print_row (tab, &tab_cpu[t], BENCH_MS, 0);
        }
      bench_print_row ("app: peak memory after every tab (VmHWM)", &app_peak, BENCH_MB, 300);
      bench_print_row ("empty window: peak memory (VmHWM)", &empty_peak, BENCH_MB, 0);
    }
  g_free (tab_samples);
  g_free (tab_cpu);
  g_remove (report);
  remove_settings (dir);
  g_rmdir (dir);
}
