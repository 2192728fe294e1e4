/* test-gui-backups.c — the settings window's Backups page, under Xvfb
 *
 * Each test opens the settings window on a demo database at the Backups
 * page and works it as a user would: Back Up Now, Restore… on a row, the
 * question that follows. The database and the backup folder are checked
 * after each step; so are the daily backup at start and a damaged backup
 * in the list.
 *
 * With DAICHO_SCREENSHOT=FILE.png set, the first test also saves a picture
 * of the window (ImageMagick's import, on the Xvfb display).
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "daicho/daicho.h"
#include "daicho-application.h"
#include "daicho-auto-backup.h"
#include "daicho-context.h"
#include "gui-test-util.h"
#include "preferences/daicho-backups-page.h"
#include "preferences/daicho-preferences-window.h"

typedef struct
{
  char          *dir;
  char          *path;
  char          *folder;
  DaichoDb      *db;
  GSettings     *settings;
  DaichoContext *context;
  GtkWidget     *prefs;
  GtkWidget     *page;
  guint          n_place_changes;   /* data-changed::place emissions */
} Fixture;

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_idle (gpointer page)
{
  return !daicho_backups_page_is_busy (page);
}

static void
wait_idle (Fixture *f)
{
  gui_flush ();
  g_assert_true (gui_wait (is_idle, f->page, 30000));
  gui_flush ();
}

static void
on_place_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  ((Fixture *) user_data)->n_place_changes++;
}

static void
fixture_setup (Fixture *f, gconstpointer unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) operator = NULL;

  f->dir = g_dir_make_tmp ("daicho-gui-backups-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sqlite3", NULL);
  f->folder = daicho_backup_folder (f->path);
  f->db = daicho_db_open (f->path, &error);
  g_assert_no_error (error);
  daicho_demo_fill (f->db, DAICHO_DEMO_SMALL, &error);
  g_assert_no_error (error);
  f->settings = daicho_application_create_settings ();
  g_assert_nonnull (f->settings);
  g_settings_reset (f->settings, "operator");
  g_settings_reset (f->settings, "office");

  f->context = daicho_context_new (f->db, f->settings);
  operator = daicho_staff_store_get_by_emp_no (f->db, "100001", &error);
  g_assert_no_error (error);
  daicho_context_set_operator (f->context, operator);
  g_signal_connect (f->context, "data-changed::place", G_CALLBACK (on_place_changed), f);

  f->prefs = daicho_preferences_window_new (NULL, f->context);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (f->prefs), "backups");
  gtk_window_present (GTK_WINDOW (f->prefs));
  g_assert_true (gui_wait (is_mapped, f->prefs, 5000));
  f->page = gui_find (f->prefs, DAICHO_TYPE_BACKUPS_PAGE, NULL, NULL);
  g_assert_nonnull (f->page);
  g_assert_true (gtk_widget_get_mapped (f->page));
  wait_idle (f);
}

static void
close_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }
  gui_flush ();
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE,
                               NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      g_autofree char *child = g_build_filename (dir, g_file_info_get_name (info), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
      g_object_unref (info);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture *f, gconstpointer unused)
{
  close_toplevels ();
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->db);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->folder);
  g_free (f->dir);
}

/* The folder and the page */

/* How many files in the backup folder end in @suffix. */
static guint
n_backups (Fixture *f, const char *suffix)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, suffix))
      n++;
  return n;
}

static gint64
n_places (Fixture *f)
{
  gint64 n = 0;
  g_autoptr(GListStore) places = daicho_place_store_list (f->db, 0, TRUE, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (places));
  return n;
}

static gboolean
is_backup_row (GtkWidget *widget, gconstpointer unused)
{
  return g_object_get_data (G_OBJECT (widget), "backup") != NULL;
}

/* The rows of backups the page lists, first to last. */
static GPtrArray *
backup_rows (Fixture *f)
{
  GtkWidget *group = gui_find (f->page, ADW_TYPE_PREFERENCES_GROUP, NULL, NULL);
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *list;

  /* The second group holds the list. */
  group = gtk_widget_get_next_sibling (group);
  while (group != NULL && !ADW_IS_PREFERENCES_GROUP (group))
    group = gtk_widget_get_next_sibling (group);
  list = gui_find (group, GTK_TYPE_LIST_BOX, NULL, NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && is_backup_row (row, NULL))
      g_ptr_array_add (rows, row);
  return rows;
}

static GtkWidget *
restore_button (GtkWidget *row)
{
  return gui_find (row, GTK_TYPE_BUTTON, is_backup_row, NULL);
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_mapped (w))
        return w;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer unused)
{
  return find_message_dialog () != NULL;
}

/* Clicks Restore… on @row and waits for the question. */
static AdwMessageDialog *
ask_restore (GtkWidget *row)
{
  GtkWidget *button = restore_button (row);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (gui_wait (dialog_shown, NULL, 5000));
  return ADW_MESSAGE_DIALOG (find_message_dialog ());
}

static void
answer (AdwMessageDialog *dialog, const char *response)
{
  adw_message_dialog_response (dialog, response);
  gui_flush ();
}

static void
maybe_screenshot (void)
{
  const char *file = g_getenv ("DAICHO_SCREENSHOT");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "import", "-window", "root", file, NULL };
  int status = 0;

  if (file == NULL)
    return;
  gui_flush ();
  g_usleep (500 * 1000);
  gui_flush ();
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_test_message ("screenshot %s: %s", file, error ? error->message : "saved");
}

/* For the screenshot: daily backups of the two days before. */
static void
add_older_backups (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (int days = 2; days >= 1; days--)
    {
      g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);
      g_autoptr(GDateTime) morning = g_date_time_add_hours (then, -2);
      g_autofree char *made = daicho_backup_make (f->path, DAICHO_BACKUP_AUTOMATIC, morning,
                                                  NULL, NULL, NULL, NULL);
      g_assert_nonnull (made);
    }
}

/* Back Up Now makes a backup the page then lists; Restore… asks first
 * (Cancel changes nothing), then brings the records back, keeps the data
 * it replaced as a backup listed too, and tells every view to reload. */
static void
test_back_up_and_restore (Fixture *f, gconstpointer unused)
{
  g_autoptr(GPtrArray) rows = backup_rows (f);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *row;
  gint64 places = n_places (f);

  /* Nothing yet; the folder is named. */
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_nonnull (gui_find (f->page, ADW_TYPE_ACTION_ROW, NULL, NULL));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gui_find (f->page,
                                                                          ADW_TYPE_ACTION_ROW,
                                                                          NULL, NULL))),
                   ==, f->folder);

  if (g_getenv ("DAICHO_SCREENSHOT") != NULL)
    add_older_backups (f);
  g_assert_true (gtk_widget_activate_action (f->page, "backups.back-up", NULL));
  g_assert_true (daicho_backups_page_is_busy (DAICHO_BACKUPS_PAGE (f->page)));
  wait_idle (f);
  g_assert_cmpuint (n_backups (f, "-manual.sqlite3"), ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = backup_rows (f);
  if (g_getenv ("DAICHO_SCREENSHOT") != NULL)
    {
      /* In the language of the environment: the checks below read English. */
      maybe_screenshot ();
      return;
    }
  g_assert_cmpuint (rows->len, ==, 1);
  row = rows->pdata[0];
  /* The row's button restores; it is the row's activatable widget, so Enter
   * on the row does too, and it names the backup for assistive tools. */
  g_assert_true (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) ==
                 restore_button (row));
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (restore_button (row)),
                                   "Restore the backup of "));

  /* A change after the backup. */
  g_assert_cmpint (daicho_place_store_add (f->db, 1, "あとから足した書庫", TRUE, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (n_places (f), ==, places + 1);

  /* Cancel: nothing happens. */
  dialog = ask_restore (row);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "kept as a backup"));
  answer (dialog, "cancel");
  wait_idle (f);
  g_assert_cmpint (n_places (f), ==, places + 1);
  g_assert_cmpuint (n_backups (f, "-before-restore.sqlite3"), ==, 0);

  /* Restore. */
  dialog = ask_restore (row);
  answer (dialog, "restore");
  wait_idle (f);
  g_assert_cmpint (n_places (f), ==, places);
  g_assert_cmpuint (n_backups (f, "-before-restore.sqlite3"), ==, 1);
  g_assert_cmpuint (f->n_place_changes, >=, 1);
  g_assert_nonnull (daicho_context_get_operator (f->context));

  /* Both listed, the copy kept before the restore first. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = backup_rows (f);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((DaichoBackup *) g_object_get_data (rows->pdata[0], "backup"))->kind, ==,
                   "before-restore");
}

/* The daily backup at start: made once, in a worker thread; not again the
 * same day. */
static void
auto_backup_done_cb (gboolean made, const GError *error, gpointer user_data)
{
  int *outcome = user_data;

  g_assert_no_error (error);
  *outcome = made ? 1 : 0;
}

static gboolean
is_set (gpointer outcome)
{
  return *(int *) outcome >= 0;
}

static void
test_daily_backup (Fixture *f, gconstpointer unused)
{
  int outcome = -1;

  daicho_auto_backup_start_full (GTK_WINDOW (f->prefs), f->db, auto_backup_done_cb, &outcome);
  /* Started, not done: the window was not kept waiting. */
  g_assert_cmpint (outcome, ==, -1);
  g_assert_true (gui_wait (is_set, &outcome, 30000));
  g_assert_cmpint (outcome, ==, 1);
  g_assert_cmpuint (n_backups (f, "-auto.sqlite3"), ==, 1);

  outcome = -1;
  daicho_auto_backup_start_full (GTK_WINDOW (f->prefs), f->db, auto_backup_done_cb, &outcome);
  g_assert_true (gui_wait (is_set, &outcome, 30000));
  g_assert_cmpint (outcome, ==, 0);
  g_assert_cmpuint (n_backups (f, "-auto.sqlite3"), ==, 1);
}

/* A backup that cannot be read is listed with a warning and no Restore…. */
static void
test_damaged_listed (Fixture *f, gconstpointer unused)
{
  g_autofree char *bad = g_build_filename (f->folder, "test-20250401-090000-auto.sqlite3", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (f->folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (bad, "not a database", -1, &error));
  /* Switching 和暦/西暦 reloads the list. */
  g_settings_set_string (f->settings, "date-style", "seireki");
  wait_idle (f);

  rows = backup_rows (f);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_null (restore_button (rows->pdata[0]));
  g_assert_nonnull (gui_find (rows->pdata[0], GTK_TYPE_IMAGE, NULL, NULL));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (rows->pdata[0]), "2025年4月1日"));
  g_settings_reset (f->settings, "date-style");
}

int
main (int argc, char *argv[])
{
  if (g_getenv ("DAICHO_SCREENSHOT") != NULL)
    daicho_i18n_init ();
  else
    setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/gui/backups/back-up-and-restore", Fixture, NULL, fixture_setup,
              test_back_up_and_restore, fixture_teardown);
  g_test_add ("/gui/backups/daily", Fixture, NULL, fixture_setup, test_daily_backup,
              fixture_teardown);
  g_test_add ("/gui/backups/damaged-listed", Fixture, NULL, fixture_setup, test_damaged_listed,
              fixture_teardown);

  return g_test_run ();
}
