/* daicho-i18n.c — translations for both programs, installed or not */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "daicho/daicho-i18n.h"

static gboolean
has_catalog (const char *localedir)
{
  g_autofree char *path = g_build_filename (localedir, "ja", "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

void
daicho_i18n_init (void)
{
  const char *localedir = LOCALEDIR;

  setlocale (LC_ALL, "");

  /* Run from the build tree before `meson install`: use its catalogs. */
  if (!has_catalog (LOCALEDIR) && has_catalog (DAICHO_BUILD_LOCALEDIR))
    localedir = DAICHO_BUILD_LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
