/* main.c — the Daicho window */
#include "config.h"

#include "daicho/daicho-i18n.h"
#include "daicho-application.h"
#include "daicho-bench-report.h"

int
main (int argc, char *argv[])
{
  g_autoptr(DaichoApplication) app = NULL;

  daicho_i18n_init ();
  app = daicho_application_new ();
  /* Benchmark only: inert unless DAICHO_BENCH_REPORT is set (tests/bench). */
  daicho_bench_report_watch (GTK_APPLICATION (app));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
