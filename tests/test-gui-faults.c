/* test-gui-faults.c — the app started on a damaged file, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application (as `daicho --db FILE` would) and looks at what
 * the user sees: a file whose header is overwritten opens on the error page
 * with the message; a file damaged in the middle opens, and the check the
 * window runs after opening shows a dialog saying the file is damaged; a
 * sound file shows no such dialog.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "daicho/daicho.h"
#include "daicho-application.h"
#include "gui-test-util.h"
#include "test-util.h"

#define WAIT_MS 10000

typedef struct
{
  GApplication *app;
  gboolean    (*seen) (void);
  gint64        deadline;
  gboolean      ok;
} Run;

/* The AdwMessageDialog on screen, if any. */
static AdwMessageDialog *
message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
says_damaged (const char *text)
{
  return text != NULL && strstr (text, "is damaged") != NULL &&
         strstr (text, "estore the latest backup") != NULL;
}

static gboolean
status_page_matches (GtkWidget *widget, gconstpointer data)
{
  return gtk_widget_get_mapped (widget) &&
         says_damaged (adw_status_page_get_description (ADW_STATUS_PAGE (widget)));
}

/* The window shows its error page, saying the file is damaged. */
static gboolean
error_page_seen (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gui_find (l->data, ADW_TYPE_STATUS_PAGE, status_page_matches, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/* A dialog says the file is damaged. */
static gboolean
damaged_dialog_seen (void)
{
  AdwMessageDialog *dialog = message_dialog ();

  return dialog != NULL && says_damaged (adw_message_dialog_get_body (dialog));
}

static gboolean
poll_cb (gpointer data)
{
  Run *run = data;
  g_autoptr(GList) toplevels = NULL;

  run->ok = run->seen ();
  if (!run->ok && g_get_monotonic_time () < run->deadline)
    return G_SOURCE_CONTINUE;

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

/* Runs the app on @path until @seen holds (TRUE) or WAIT_MS pass (FALSE). */
static gboolean
run_app (const char *path, gboolean (*seen) (void), guint wait_ms)
{
  g_autoptr(DaichoApplication) app = daicho_application_new ();
  char *argv[] = { (char *) "daicho", (char *) "--db", (char *) path, NULL };
  Run run = { G_APPLICATION (app), seen, g_get_monotonic_time () + wait_ms * 1000, FALSE };

  g_timeout_add (50, poll_cb, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  return run.ok;
}

/* A demo database at @dir/daicho.sqlite3, closed, with the root page of the
 * table @page_of_table (or, when NULL, the 100-byte header) overwritten. */
static char *
damaged_demo (const char *dir, const char *page_of_table)
{
  g_autofree char *path = g_build_filename (dir, "daicho.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = daicho_db_open (path, &error);
  g_autofree char *contents = NULL;
  gsize length = 0, offset = 0, size = 100;

  g_assert_no_error (error);
  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  if (page_of_table != NULL)
    {
      sqlite3 *raw = NULL;
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT rootpage, (SELECT page_size FROM "
                                           "pragma_page_size) FROM sqlite_schema WHERE name = ?",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, page_of_table, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      size = sqlite3_column_int (stmt, 1);
      offset = (sqlite3_column_int (stmt, 0) - 1) * size;
      sqlite3_finalize (stmt);
      sqlite3_close (raw);
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offset + size, <=, length);
  memset (contents + offset, 0xa5, size);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_damaged_header (void)
{
  g_autofree char *dir = test_make_tmp_dir ("gui-faults");
  g_autofree char *path = damaged_demo (dir, NULL);

  g_assert_true (run_app (path, error_page_seen, WAIT_MS));
  test_remove_tmp_dir (dir);
}

static void
test_damaged_middle (void)
{
  g_autofree char *dir = test_make_tmp_dir ("gui-faults");
  g_autofree char *path = damaged_demo (dir, "ledger_entry");

  g_assert_true (run_app (path, damaged_dialog_seen, WAIT_MS));
  test_remove_tmp_dir (dir);
}

static gboolean
any_dialog_seen (void)
{
  return message_dialog () != NULL;
}

/* Control: the same start on a sound file shows no dialog. */
static void
test_sound_file (void)
{
  g_autofree char *dir = test_make_tmp_dir ("gui-faults");
  g_autofree char *path = g_build_filename (dir, "daicho.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = daicho_db_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (daicho_demo_fill (db, DAICHO_DEMO_SMALL, &error));
  g_clear_object (&db);
  g_assert_false (run_app (path, any_dialog_seen, 2000));
  test_remove_tmp_dir (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui-faults/damaged-header", test_damaged_header);
  g_test_add_func ("/gui-faults/damaged-middle", test_damaged_middle);
  g_test_add_func ("/gui-faults/sound-file", test_sound_file);
  return g_test_run ();
}
