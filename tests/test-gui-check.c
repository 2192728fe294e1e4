/* test-gui-check.c — the warning bar of the check at start, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "daicho/daicho.h"
#include "daicho-window.h"
#include "gui-test-util.h"
#include "widgets/daicho-check-bar.h"

typedef GuiFixture Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  gui_fixture_setup (f, TRUE);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gui_fixture_teardown (f);
}

/* An outsider with the sqlite3 module: one value of audit entry 100 changed. */
static void
tamper (Fixture *f)
{
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "DROP TRIGGER audit_log_no_update;"
                                      "UPDATE audit_log SET os_user = 'someone' WHERE id = 100;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
check_done (gpointer bar)
{
  return daicho_check_bar_is_done (bar);
}

/* The window on the fixture's database, shown, once its check has finished. */
static GtkWidget *
open_window_checked (Fixture *f, DaichoCheckBar **bar)
{
  GtkWidget *window = GTK_WIDGET (daicho_window_new (NULL, f->settings, f->db, NULL));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gui_wait (is_mapped, window, 5000));
  *bar = DAICHO_CHECK_BAR (gui_find (window, DAICHO_TYPE_CHECK_BAR, NULL, NULL));
  g_assert_nonnull (*bar);
  g_assert_true (gui_wait (check_done, *bar, 20000));
  gui_flush ();
  return window;
}

static gboolean
bar_revealed (DaichoCheckBar *bar)
{
  GtkWidget *revealer = gui_find (GTK_WIDGET (bar), GTK_TYPE_REVEALER, NULL, NULL);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

static void
test_clean (Fixture *f, gconstpointer data)
{
  DaichoCheckBar *bar = NULL;
  GtkWidget *window = open_window_checked (f, &bar);

  g_assert_cmpuint (daicho_check_bar_get_n_problems (bar), ==, 0);
  g_assert_false (bar_revealed (bar));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
label_starts (GtkWidget *widget, gconstpointer text)
{
  return g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static GtkWidget *
find_details_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
}

static void
test_tampered (Fixture *f, gconstpointer data)
{
  DaichoCheckBar *bar = NULL;
  GtkWidget *window;
  GtkWidget *dialog;
  GtkWidget *summary;
  GtkWidget *details;

  tamper (f);
  window = open_window_checked (f, &bar);

  g_assert_cmpuint (daicho_check_bar_get_n_problems (bar), >, 0);
  g_assert_true (bar_revealed (bar));
  g_assert_nonnull (gui_find (GTK_WIDGET (bar), GTK_TYPE_LABEL, label_starts,
                              "The records were changed outside Daicho"));
  summary = gui_find (GTK_WIDGET (bar), GTK_TYPE_LABEL, label_starts, "The check at start found");
  g_assert_nonnull (summary);

  /* Details… lists the problems, the altered entry first. */
  details = gui_find_button (GTK_WIDGET (bar), "Details…");
  g_assert_nonnull (details);
  g_signal_emit_by_name (details, "clicked");
  gui_flush ();
  dialog = find_details_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (gui_find (dialog, GTK_TYPE_LABEL, label_starts, "• Audit entry #100 ("));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window closed while its check runs: nothing is left behind. */
static void
test_closed_early (Fixture *f, gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (daicho_window_new (NULL, f->settings, f->db, NULL));

  tamper (f);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gui_wait (is_mapped, window, 5000));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_flush ();
  g_usleep (200 * 1000);
  gui_flush ();
  g_assert_null (find_details_dialog ());
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/check-bar/clean", Fixture, NULL, fixture_setup, test_clean, fixture_teardown);
  g_test_add ("/check-bar/tampered", Fixture, NULL, fixture_setup, test_tampered,
              fixture_teardown);
  g_test_add ("/check-bar/closed-early", Fixture, NULL, fixture_setup, test_closed_early,
              fixture_teardown);
  return g_test_run ();
}
