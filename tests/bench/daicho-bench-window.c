/* daicho-bench-window.c — an empty libadwaita window: the floor for the app's start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: daicho-bench-window [WIDTH HEIGHT]
 *
 * What daicho-bench compares the app's time to its first frame with: an
 * AdwApplication with one AdwApplicationWindow and nothing in it, started
 * the way the app starts (locale, non-unique application, window presented
 * on activate), at the app's window size. It reports through the same hook
 * as the app (src/gui/daicho-bench-report.c, DAICHO_BENCH_REPORT=FILE): its
 * first frame and its peak memory, then it quits.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <adwaita.h>

#include "daicho-bench-report.h"

static int width = 1180;
static int height = 760;

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");
  if (argc == 3)
    {
      width = atoi (argv[1]);
      height = atoi (argv[2]);
    }
  app = adw_application_new (APP_ID ".BenchWindow", G_APPLICATION_NON_UNIQUE);
  daicho_bench_report_watch (GTK_APPLICATION (app));
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
