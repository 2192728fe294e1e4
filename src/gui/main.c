/* main.c — the Daicho window */
#include "config.h"

#include "daicho/daicho-i18n.h"
#include "daicho-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr(DaichoApplication) app = NULL;

  daicho_i18n_init ();
  app = daicho_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
