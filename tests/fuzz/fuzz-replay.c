/* fuzz-replay.c — a main for the fuzz targets when libFuzzer is not there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   fuzz-TARGET-replay FILE_OR_FOLDER…
 *
 * Runs LLVMFuzzerTestOneInput once on each file given and on each file of
 * each folder given (not recursing), in name order, so that the seed corpus
 * and every input that once crashed run in every build, gcc included.
 * Exit 0 when all ran; a broken promise aborts as under libFuzzer.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fuzz-common.h"

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
run_file (const char *path, guint *n_run)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      fprintf (stderr, "fuzz-replay: %s\n", error->message);
      return FALSE;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);
  (*n_run)++;
  return TRUE;
}

static gboolean
run_folder (const char *path, guint *n_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      fprintf (stderr, "fuzz-replay: %s\n", error->message);
      return FALSE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *file = g_build_filename (path, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, file);
      else
        g_free (file);
    }
  g_ptr_array_sort (files, compare_names);
  for (guint i = 0; i < files->len; i++)
    if (!run_file (files->pdata[i], n_run))
      return FALSE;
  return TRUE;
}

int
main (int argc, char **argv)
{
  guint n_run = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE_OR_FOLDER…\n", argv[0]);
      return 2;
    }
  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      gboolean ok = g_file_test (argv[i], G_FILE_TEST_IS_DIR) ? run_folder (argv[i], &n_run)
                                                              : run_file (argv[i], &n_run);
      if (!ok)
        return 1;
    }
  printf ("%s: %u inputs ran without a broken promise\n", argv[0], n_run);
  return n_run > 0 ? 0 : 1;
}
