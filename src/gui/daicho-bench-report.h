/* daicho-bench-report.h — start-up and tab timings for tests/bench/daicho-bench
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark hook, inert unless the environment asks for it: with
 * DAICHO_BENCH_REPORT=FILE set, the first window of the application
 * records the time of its first painted frame (g_get_monotonic_time, in
 * µs) and the CPU time spent until then; waits for the app's other threads
 * to go quiet; shows each tab of its AdwViewStack in turn and records how
 * long each took to show its list; then records its peak memory (VmHWM),
 * writes FILE (a GKeyFile, group "report") and quits the application. The benchmark
 * spawns the app, so it knows when the process started.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Does nothing unless DAICHO_BENCH_REPORT is set; call before running @app. */
void daicho_bench_report_watch (GtkApplication *app);

G_END_DECLS
