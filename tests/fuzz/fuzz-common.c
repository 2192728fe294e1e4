/* fuzz-common.c — what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "daicho-db-private.h"
#include "fuzz-common.h"

void
fuzz_fail (const char *file, int line, const char *what)
{
  fprintf (stderr, "%s:%d: broken promise: %s\n", file, line, what);
  abort ();
}

void
fuzz_assert_readable (const char *message)
{
  fuzz_assert (message != NULL && *message != '\0', "a message is given");
  fuzz_assert (g_utf8_validate (message, -1, NULL), "the message is valid UTF-8");
  for (const char *p = message; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      fuzz_assert (c == '\n' || !(g_unichar_iscntrl (c) ||
                                  g_unichar_type (c) == G_UNICODE_FORMAT),
                   "the message holds no control or invisible character");
    }
}

char *
fuzz_strndup (const uint8_t *data, size_t size)
{
  char *text = g_malloc (size + 1);

  memcpy (text, data, size);
  text[size] = '\0';
  return text;
}

static char *demo_dir;
static char *demo_path;

static void
remove_demo_db (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (demo_path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (demo_dir);
}

DaichoDb *
fuzz_demo_db (void)
{
  static DaichoDb *db;
  g_autoptr(GError) error = NULL;

  if (db != NULL)
    return db;

  demo_dir = g_dir_make_tmp ("daicho-fuzz-XXXXXX", &error);
  fuzz_assert (demo_dir != NULL, "a temporary folder");
  demo_path = g_build_filename (demo_dir, "fuzz.sqlite3", NULL);
  atexit (remove_demo_db);
  db = daicho_db_open (demo_path, &error);
  fuzz_assert (db != NULL, "the fuzz database opens");
  /* Each successful import would otherwise wait for the disk. */
  sqlite3_exec (daicho_db_get_handle (db), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
  fuzz_assert (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error), "the demo data goes in");
  return db;
}

gint64
fuzz_count (DaichoDb *db, const char *sql)
{
  gint64 n = -1;

  fuzz_assert (daicho_db_query_int (db, &n, -1, NULL, sql, ""), "the count query runs");
  return n;
}

static char *
iso_days_ago (int days)
{
  GDate date;

  daicho_date_today (&date);
  g_date_subtract_days (&date, days);
  return daicho_date_to_iso (&date);
}

GBytes *
fuzz_fill_dates (const uint8_t *data, size_t size)
{
  GString *text = g_string_new_len ((const char *) data, (gssize) size);
  g_autofree char *today = iso_days_ago (0);
  g_autofree char *yesterday = iso_days_ago (1);

  g_string_replace (text, "@TODAY@", today, 0);
  g_string_replace (text, "@YESTERDAY@", yesterday, 0);
  return g_string_free_to_bytes (text);
}
