/* test-gui.c — the window as a user meets it, under Xvfb */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "daicho/daicho.h"
#include "daicho-application.h"
#include "daicho-window.h"
#include "gui-test-util.h"
#include "preferences/daicho-preferences-window.h"
#include "daicho-print.h"
#include "dialogs/daicho-ledger-dialogs.h"
#include "pages/daicho-designation-page.h"
#include "pages/daicho-committee-page.h"
#include "pages/daicho-inspection-page.h"
#include "pages/daicho-meeting-view.h"
#include "pages/daicho-inspection-sheet.h"
#include "pages/daicho-ledger-page.h"
#include "pages/daicho-overview-page.h"
#include "daicho-gui-util.h"
#include "widgets/daicho-operator-button.h"
#include "widgets/daicho-form-dialog.h"

typedef struct
{
  char      *dir;
  char      *path;
  DaichoDb  *db;
  GSettings *settings;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer demo)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("daicho-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sqlite3", NULL);
  f->db = daicho_db_open (f->path, &error);
  g_assert_no_error (error);
  if (GPOINTER_TO_INT (demo))
    {
      daicho_demo_fill (f->db, DAICHO_DEMO_SMALL, &error);
      g_assert_no_error (error);
      daicho_db_set_operator (f->db, 0);
    }
  f->settings = daicho_application_create_settings ();
  g_assert_nonnull (f->settings);
  g_settings_reset (f->settings, "operator");
  g_settings_reset (f->settings, "office");
  g_settings_reset (f->settings, "page");
}

static void
fixture_teardown (Fixture *f, gconstpointer demo)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_object (&f->settings);
  g_clear_object (&f->db);
  g_remove (f->path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
stack_shows (GtkWidget *widget, gconstpointer name)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (widget)), name) == 0;
}

typedef struct
{
  GtkWidget *window;
  GType      type;
  GtkWidget *found;
} PageWait;

static gboolean
page_is_built (gpointer data)
{
  PageWait *w = data;

  w->found = gui_find (w->window, w->type, NULL, NULL);
  return w->found != NULL;
}

/* The page of a tab not shown: the window builds it once it has painted
 * its first frame. */
static GtkWidget *
wait_for_page (GtkWidget *window, GType type)
{
  PageWait w = { window, type, NULL };

  g_assert_true (gui_wait (page_is_built, &w, 5000));
  return w.found;
}

static GtkWidget *
open_window (Fixture *f)
{
  GtkWidget *window = GTK_WIDGET (daicho_window_new (NULL, f->settings, f->db, NULL));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gui_wait (is_mapped, window, 5000));
  return window;
}

static void
test_window_opens (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  GtkWidget *view_stack = gui_find (window, ADW_TYPE_VIEW_STACK, NULL, NULL);

  g_assert_nonnull (gui_find (window, GTK_TYPE_STACK, stack_shows, "main"));
  g_assert_nonnull (view_stack);
  g_assert_nonnull (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (view_stack), "overview"));

  /* An office is shown, its posts and staff listed. */
  g_assert_nonnull (daicho_context_get_office (context));
  g_assert_nonnull (gui_find_group (window, daicho_context_get_office (context)->name));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window opens on the tab last shown and builds only that one before
 * its first frame; the others are built once it is painted, and a tab
 * shown before then is built as it is shown. */
static void
test_tabs_built_when_needed (Fixture *f, gconstpointer demo)
{
  GtkWidget *window, *view_stack;

  g_settings_set_string (f->settings, "page", "ledger");
  window = GTK_WIDGET (daicho_window_new (NULL, f->settings, f->db, NULL));
  view_stack = gui_find (window, ADW_TYPE_VIEW_STACK, NULL, NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (view_stack)), ==,
                   "ledger");
  g_assert_nonnull (gui_find (window, DAICHO_TYPE_LEDGER_PAGE, NULL, NULL));
  g_assert_null (gui_find (window, DAICHO_TYPE_OVERVIEW_PAGE, NULL, NULL));
  g_assert_null (gui_find (window, DAICHO_TYPE_INSPECTION_PAGE, NULL, NULL));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "inspection");
  g_assert_nonnull (gui_find (window, DAICHO_TYPE_INSPECTION_PAGE, NULL, NULL));
  g_assert_null (gui_find (window, DAICHO_TYPE_COMMITTEE_PAGE, NULL, NULL));

  gtk_window_present (GTK_WINDOW (window));
  wait_for_page (window, DAICHO_TYPE_OVERVIEW_PAGE);
  wait_for_page (window, DAICHO_TYPE_DESIGNATION_PAGE);
  wait_for_page (window, DAICHO_TYPE_COMMITTEE_PAGE);
  g_assert_nonnull (gui_find (window, DAICHO_TYPE_LEDGER_PAGE, NULL, NULL));

  /* The tab shown is remembered for the next start. */
  {
    g_autofree char *page = g_settings_get_string (f->settings, "page");

    g_assert_cmpstr (page, ==, "inspection");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The keyboard shortcuts window is built when first asked for, and once. */
static void
test_help_overlay (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  GtkShortcutsWindow *overlay;
  GLogLevelFlags fatal;

  gui_flush ();
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  /* GTK 4.8's shortcuts window warns of its own labels as it lays them out
   * ("reported min width -3"), as it did when GtkApplication built it:
   * warnings are not fatal while it is shown. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (window, "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (window, "win.show-help-overlay", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) ==
                 overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_flush ();
  g_log_set_always_fatal (fatal);
}

static void
test_first_run (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  GtkWidget *setup;
  g_autoptr(DaichoOffice) office = NULL;
  g_autoptr(DaichoPost) post = NULL;

  setup = gui_find (window, GTK_TYPE_STACK, stack_shows, "setup");
  g_assert_nonnull (setup);

  /* Nothing typed: refused, still on the first-run page. */
  g_assert_true (gtk_widget_activate_action (gui_find_entry_row (window, "Office code"),
                                             "setup.start", NULL));
  g_assert_true (daicho_db_is_empty (f->db));

  gui_type (gui_find_entry_row (window, "Office code"), "131");
  gui_type (gui_find_entry_row (window, "Office name"), "中原区役所区民課");
  gui_type (gui_find_entry_row (window, "Employee number"), "123456");
  gui_type (gui_find_entry_row (window, "Name"), "川崎 花子");
  gtk_widget_activate_action (gui_find_entry_row (window, "Office code"), "setup.start", NULL);
  gui_flush ();

  g_assert_false (daicho_db_is_empty (f->db));
  office = daicho_office_store_get_by_code (f->db, "131", NULL);
  g_assert_nonnull (office);
  g_assert_nonnull (daicho_context_get_operator (context));
  g_assert_cmpstr (daicho_context_get_operator (context)->emp_no, ==, "123456");
  post = daicho_post_store_get_usage_manager (f->db, office->id, NULL);
  g_assert_cmpstr (post->holder_emp_no, ==, "123456");
  g_assert_nonnull (gui_find (window, GTK_TYPE_STACK, stack_shows, "main"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
office_140_exists (gpointer db)
{
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (db, "140", NULL);

  return office != NULL;
}

static void
test_preferences_add_office (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  GtkWidget *prefs;
  GtkWidget *group;
  g_autoptr(DaichoStaff) me = daicho_staff_store_get_by_emp_no (f->db, "100001", NULL);
  g_autoptr(DaichoOffice) office = NULL;

  daicho_context_set_operator (context, me);
  prefs = GTK_WIDGET (daicho_preferences_window_new (GTK_WINDOW (window), context));
  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_true (gui_wait (is_mapped, prefs, 5000));

  group = gui_find_group (prefs, "Add an office");
  g_assert_nonnull (group);
  gui_type (gui_find_entry_row (group, "Code"), "140");
  gui_type (gui_find_entry_row (group, "Name"), "宮前区役所向丘出張所");
  /* A button activated from the keyboard clicks after a short delay. */
  gtk_widget_activate (gui_find_button (group, "Add"));
  g_assert_true (gui_wait (office_140_exists, f->db, 5000));

  office = daicho_office_store_get_by_code (f->db, "140", NULL);
  g_assert_nonnull (office);
  g_assert_cmpstr (office->name, ==, "宮前区役所向丘出張所");

  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_choose_operator (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  GtkWidget *button = gui_find (window, DAICHO_TYPE_OPERATOR_BUTTON, NULL, NULL);
  GtkWidget *menu_button, *popover, *search;
  GtkListView *list;
  GtkWidget *revealer = gui_find (window, GTK_TYPE_REVEALER, NULL, NULL);
  g_autoptr(GListStore) staff = daicho_staff_store_list (f->db, 0, FALSE, NULL);

  /* Nobody chosen: the warning bar says how to choose. */
  g_assert_null (daicho_context_get_operator (context));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  g_assert_nonnull (button);
  menu_button = gui_find (button, GTK_TYPE_MENU_BUTTON, NULL, NULL);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  search = gui_find (popover, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  list = GTK_LIST_VIEW (gui_find (popover, GTK_TYPE_LIST_VIEW, NULL, NULL));

  /* The list of staff is made when the popover first opens, not before. */
  g_assert_null (gtk_list_view_get_model (list));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  gui_flush ();
  g_assert_nonnull (gtk_list_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (staff)));

  /* Typing an employee number narrows the list; Enter takes the first. */
  gtk_editable_set_text (GTK_EDITABLE (search), "100013");
  gui_flush ();
  g_signal_emit_by_name (search, "activate");
  gui_flush ();

  g_assert_nonnull (daicho_context_get_operator (context));
  g_assert_cmpstr (daicho_context_get_operator (context)->emp_no, ==, "100013");
  g_assert_cmpint (daicho_db_get_operator (f->db), ==, daicho_context_get_operator (context)->id);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The print dialog's operation, exported instead of shown: the roster as
 * the printer would receive it — A4, Japanese text, every designated name. */
static void
test_print_roster (Fixture *f, gconstpointer demo)
{
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "132", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "roster-print.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GListStore) list = NULL;
  DaichoDesignationFilter filter = { .office_id = office->id, .state = "current" };
  DaichoForm *form = daicho_roster_form_new (f->db, office->id, NULL, &error);
  const char *pdftotext[] = { "pdftotext", "-layout", pdf, "-", NULL };
  const char *pdfinfo[] = { "pdfinfo", pdf, NULL };

  g_assert_no_error (error);
  g_assert_true (daicho_print_form_export (form, pdf, &error));
  g_assert_no_error (error);

  g_assert_true (g_spawn_sync (NULL, (char **) pdftotext, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, NULL, NULL, &error));
  g_assert_nonnull (strstr (text, "情報を取り扱うことができる者の指定一覧"));
  g_assert_nonnull (strstr (text, "高津区役所区民課"));
  list = daicho_designation_store_list (f->db, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoDesignation) d = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_nonnull (strstr (text, d->emp_no));
    }

  /* A4 portrait: 595 × 842 points. */
  g_assert_true (g_spawn_sync (NULL, (char **) pdfinfo, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &info, NULL, NULL, &error));
  g_assert_nonnull (strstr (info, "595.276 x 841.89"));
}

/* Whether @cell offers a tooltip when the pointer rests on it. */
static gboolean
cell_tooltip (GtkWidget *cell)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (cell, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  return shown;
}

/* A list cell shows its whole text as a tooltip only when it is cut short,
 * a label's and an inscription's alike. */
static void
test_cell_tooltip (void)
{
  const char *text = "記載事項証明書（住民票の写し）交付申請に係る長い様式名";
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *cells[4];

  cells[0] = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (cells[0]), PANGO_ELLIPSIZE_END);
  cells[1] = gtk_label_new ("R7-0001");
  cells[2] = gtk_inscription_new (text);
  cells[3] = gtk_inscription_new ("R7-0001");
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      daicho_gui_cell_tooltip (cells[i]);
      gtk_box_append (GTK_BOX (box), cells[i]);
    }
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 120, -1);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gui_wait (is_mapped, window, 5000));
  gui_flush ();

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_assert_cmpint (gtk_widget_get_width (cells[i]), <, 200);
      g_assert_cmpint (cell_tooltip (cells[i]), ==, i % 2 == 0);  /* the long texts */
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_ACTION_ROW (row);
  return n;
}

static gboolean
has_rows (GtkWidget *list, gconstpointer data)
{
  return count_rows (list) > 0;
}

static gboolean
lists_30_rows (gpointer list)
{
  return count_rows (list) == 30;
}

/* A big office's tab lists its first 30 staff (the first frame only those
 * a window can show, the rest right after), and every one after "Show
 * All" (laying out 200 rows would hold up the window's first frame). */
static void
test_overview_staff (Fixture *f, gconstpointer demo)
{
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "131", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) staff = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window, *group, *list, *more;
  DaichoContext *context;
  guint n;

  daicho_db_set_operator_by_emp_no (f->db, "100001", &error);
  g_assert_no_error (error);
  for (int i = 0; i < 31; i++)
    {
      g_autofree char *emp_no = g_strdup_printf ("T%05d", i);
      g_autofree char *name = g_strdup_printf ("試験 職員%d", i);
      DaichoStaffInput in = { .emp_no = emp_no, .name = name, .office_id = office->id };

      gint64 id = daicho_staff_store_add (f->db, &in, &error);

      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
    }
  staff = daicho_staff_store_list (f->db, office->id, FALSE, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (staff));
  g_assert_cmpuint (n, >, 31);
  window = open_window (f);
  context = daicho_window_get_context (DAICHO_WINDOW (window));
  daicho_context_set_office (context, office);
  gui_flush ();

  title = g_strdup_printf ("Staff (%u people)", n);
  group = gui_find_group (window, title);
  g_assert_nonnull (group);
  list = gui_find (group, GTK_TYPE_LIST_BOX, has_rows, NULL);
  g_assert_nonnull (list);
  g_assert_true (gui_wait (lists_30_rows, list, 5000));
  more = gui_find_button (group, "Show All");
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_get_visible (more));

  g_signal_emit_by_name (more, "clicked");
  gui_flush ();
  g_assert_cmpuint (count_rows (list), ==, n);
  g_assert_false (gtk_widget_get_visible (more));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The tab lists the office's designations and counts what needs review,
 * once it is shown (a hidden tab does not load). */
static void
test_designation_tab (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  g_autoptr(DaichoOffice) nakahara = daicho_office_store_get_by_code (f->db, "131", NULL);
  GtkWidget *page = wait_for_page (window, DAICHO_TYPE_DESIGNATION_PAGE);
  GtkWidget *view_stack = gui_find (window, ADW_TYPE_VIEW_STACK, NULL, NULL);
  GtkWidget *view;
  GtkWidget *review;

  daicho_context_set_office (context, nakahara);
  gui_flush ();
  g_assert_nonnull (page);
  g_assert_null (gui_find_button (page, "Review (9)"));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "designation");
  gui_flush ();
  view = gui_find (page, GTK_TYPE_COLUMN_VIEW, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                      GTK_COLUMN_VIEW (view)))), ==, 9);
  review = gui_find_button (page, "Review (9)");
  g_assert_nonnull (review);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
after_paint_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

/* One office's fiscal year is in the list by the first frame the ledger
 * tab paints: the tab does not flash an empty list first. */
static void
test_ledger_first_frame (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "131", NULL);
  GtkWidget *view_stack = gui_find (window, ADW_TYPE_VIEW_STACK, NULL, NULL);
  GtkWidget *page = wait_for_page (window, DAICHO_TYPE_LEDGER_PAGE);
  GtkWidget *view = gui_find (page, GTK_TYPE_COLUMN_VIEW, NULL, NULL);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong id;

  daicho_context_set_office (context, office);
  gui_flush ();
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "ledger");
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                      GTK_COLUMN_VIEW (view)))), >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The details window of ledger entry @id, as a double click on its row
 * opens it. */
static GtkWidget *
open_entry_details (GtkWidget *window, gint64 id)
{
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  g_autoptr(DaichoLedgerEntry) e = daicho_ledger_store_get (daicho_context_get_db (context), id,
                                                            NULL);
  g_autofree char *title = g_strdup_printf ("Entry %s", e->number);
  GListModel *toplevels = gtk_window_get_toplevels ();

  daicho_ledger_dialog_details (window, context, id);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) details = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (details), title) == 0)
        {
          g_assert_true (gui_wait (is_mapped, details, 5000));
          return GTK_WIDGET (details);
        }
    }
  g_assert_not_reached ();
}

static gboolean
row_titled (GtkWidget *row, gconstpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0;
}

/* A field corrected after the check (照合) shows in the details window's
 * Corrections group, old and new value, reason and who corrected it; an
 * entry never corrected has no such group. */
static void
test_ledger_corrections (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "131", NULL);
  g_autoptr(DaichoStaff) chief = daicho_staff_store_get_by_emp_no (f->db, "100012", NULL);
  g_autoptr(DaichoStaff) checker = daicho_staff_store_get_by_emp_no (f->db, "100013", NULL);
  g_autoptr(DaichoStaff) printer = daicho_staff_store_get_by_emp_no (f->db, "100016", NULL);
  g_autoptr(DaichoRetentionClass) class = daicho_retention_store_get_by_code (f->db, "1", NULL);
  g_autoptr(GListStore) places = daicho_place_store_list (f->db, office->id, FALSE, NULL);
  g_autofree char *today = daicho_date_today_iso ();
  g_autoptr(GError) error = NULL;
  DaichoLedgerInput in = {
    .office_id = office->id, .form_name = "GUI試験票", .output_date = today,
    .printed_by = printer->id, .copies = 1, .basis = "request", .basis_ref = "請求第G-1号",
    .retention_class_id = class->id,
  };
  /* Corrections are text, not markup. */
  const char *reason = "部数の誤記 & <再交付>";
  GtkWidget *details, *group, *row;
  const char *subtitle;
  gint64 corrected, plain;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      g_autoptr(DaichoPlace) place = g_list_model_get_item (G_LIST_MODEL (places), i);
      if (place->locks)
        in.place_id = place->id;
    }
  daicho_context_set_operator (context, chief);
  corrected = daicho_ledger_store_add (f->db, &in, &error);
  g_assert_no_error (error);
  plain = daicho_ledger_store_add (f->db, &in, &error);
  g_assert_no_error (error);
  daicho_context_set_operator (context, checker);
  g_assert_true (daicho_ledger_store_check (f->db, corrected, &error));
  g_assert_no_error (error);
  in.copies = 2;
  g_assert_true (daicho_ledger_store_update (f->db, corrected, &in, reason, &error));
  g_assert_no_error (error);

  details = open_entry_details (window, corrected);
  group = gui_find_group (details, "Corrections");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));
  row = gui_find (group, ADW_TYPE_ACTION_ROW, row_titled, "Copies");
  g_assert_nonnull (row);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, "1 → 2"));
  g_assert_nonnull (strstr (subtitle, reason));
  g_assert_nonnull (strstr (subtitle, checker->name));
  g_assert_null (gui_find (group, ADW_TYPE_ACTION_ROW, row_titled, "Form name"));
  gtk_window_destroy (GTK_WINDOW (details));

  details = open_entry_details (window, plain);
  g_assert_nonnull (gui_find_group (details, "GUI試験票"));
  g_assert_null (gui_find_group (details, "Corrections"));
  gtk_window_destroy (GTK_WINDOW (details));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_form_dialog (gpointer unused)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (DAICHO_IS_FORM_DIALOG (w) && gtk_widget_get_mapped (GTK_WIDGET (w)))
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
find_form_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (DAICHO_IS_FORM_DIALOG (w))
        return GTK_WIDGET (w);
    }
  return NULL;
}

static gboolean
label_says (GtkWidget *widget, gconstpointer text)
{
  return gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* Form No. 1 for a period: the dialog refuses a period that ends before it
 * starts and stays open; a good period writes the form (printed through the
 * exported print operation here). */
static void
test_ledger_period (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "131", NULL);
  GtkWidget *page, *dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoForm) form = NULL;

  daicho_context_set_office (context, office);
  gui_flush ();
  page = wait_for_page (window, DAICHO_TYPE_LEDGER_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_activate_action (page, "ledger.period", NULL));
  g_assert_true (gui_wait (is_form_dialog, NULL, 5000));
  dialog = find_form_dialog ();

  gui_type (gui_find_entry_row (dialog, "First output date"), "2026-04-01");
  gui_type (gui_find_entry_row (dialog, "Last output date"), "2025-01-01");
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  gui_flush ();
  g_assert_nonnull (gui_find (dialog, GTK_TYPE_LABEL, label_says, "ends before it starts"));
  g_assert_true (gtk_widget_get_visible (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The same form the dialog builds for a good period spans fiscal years. */
  form = daicho_form1_new (f->db, office->id, 0, "2025-01-01", "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (daicho_form_get_n_rows (form), >, 24);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The result button @label (適, 否, 該当なし) of item @no of a sheet, as its
 * tooltip names it ("Item 5: …"). */
typedef struct
{
  int         no;
  const char *label;
} ResultButton;

static gboolean
is_result_button (GtkWidget *widget, gconstpointer data)
{
  const ResultButton *want = data;
  g_autofree char *prefix = g_strdup_printf ("Item %d: ", want->no);
  const char *tip = gtk_widget_get_tooltip_text (widget);

  return tip != NULL && g_str_has_prefix (tip, prefix) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), want->label) == 0;
}

static GtkWidget *
result_button (GtkWidget *sheet, int no, const char *label)
{
  ResultButton want = { no, label };

  return gui_find (sheet, GTK_TYPE_TOGGLE_BUTTON, is_result_button, &want);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_mapped (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gboolean
has_message_dialog (gpointer unused)
{
  return find_message_dialog () != NULL;
}

static gboolean
no_form_dialog (gpointer unused)
{
  return !is_form_dialog (NULL);
}

/* The 点検シート tab as a section chief uses it: start the quarter's
 * inspection (Ctrl+N), answer the items from the sheet's buttons, one 否
 * with its finding and corrective action in the dialog, make the sheet
 * final, and find the quarter final with its 否 in the overview. */
static void
test_inspection_tab (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "131", NULL);
  g_autoptr(DaichoStaff) chief = daicho_staff_store_get_by_emp_no (f->db, "100012", NULL);
  g_autoptr(DaichoInspection) found = NULL;
  g_autoptr(GListStore) actions = NULL;
  g_autoptr(DaichoInspectionAction) action = NULL;
  g_autofree char *cell_text = NULL;
  GtkWidget *view_stack, *page, *sheet, *dialog;
  AdwMessageDialog *question;
  guint n_items;
  GDate today;
  int fy, quarter;
  gint64 id;

  daicho_date_today (&today);
  fy = daicho_fiscal_year_of (&today);
  quarter = daicho_fiscal_quarter_of (&today);
  daicho_context_set_office (context, office);
  daicho_context_set_operator (context, chief);
  view_stack = gui_find (window, ADW_TYPE_VIEW_STACK, NULL, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "inspection");
  gui_flush ();
  page = gui_find (window, DAICHO_TYPE_INSPECTION_PAGE, NULL, NULL);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (gui_find (page, GTK_TYPE_LABEL, label_says, "Not done"));

  /* The demo leaves 中原's current quarter to do: Ctrl+N starts it, with the
   * office's システム利用責任者 as the inspector. */
  g_assert_null (daicho_inspection_store_find (f->db, office->id, fy, quarter, NULL));
  g_assert_true (gtk_widget_activate_action (page, "inspection.new", NULL));
  g_assert_true (gui_wait (is_form_dialog, NULL, 5000));
  dialog = find_form_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (
                     GTK_EDITABLE (gui_find_entry_row (dialog, "Employee number"))), ==,
                   "100012");
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  g_assert_true (gui_wait (no_form_dialog, NULL, 5000));
  found = daicho_inspection_store_find (f->db, office->id, fy, quarter, NULL);
  g_assert_nonnull (found);
  id = found->id;
  n_items = (guint) found->n_items;
  g_clear_object (&found);
  g_assert_nonnull (gui_find (page, GTK_TYPE_STACK, stack_shows, "sheet"));
  sheet = gui_find (page, DAICHO_TYPE_INSPECTION_SHEET, NULL, NULL);
  g_assert_cmpint (daicho_inspection_sheet_get_id (DAICHO_INSPECTION_SHEET (sheet)), ==, id);

  /* Making it final before every item is answered is refused, saying why. */
  g_assert_true (gtk_widget_activate_action (sheet, "sheet.finalize", NULL));
  g_assert_true (gui_wait (has_message_dialog, NULL, 5000));
  question = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==,
                   "The Sheet Cannot Be Made Final");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "not answered yet"));
  gtk_window_destroy (GTK_WINDOW (question));
  gui_flush ();

  /* Item 5 否: the dialog asks for the finding and the corrective action;
   * the owner (the inspector) and due date are offered. */
  gtk_widget_activate (result_button (sheet, 5, "否"));
  g_assert_true (gui_wait (is_form_dialog, NULL, 5000));
  dialog = find_form_dialog ();
  gui_type (gui_find_entry_row (dialog, "Finding (所見)"), "終業後に電源が入ったままの端末があった");
  gui_type (gui_find_entry_row (dialog, "Corrective action"), "終業時の電源確認を当番制にする");
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  g_assert_true (gui_wait (no_form_dialog, NULL, 5000));

  /* Every other item 適, from its button. */
  for (guint no = 1; no <= n_items; no++)
    if (no != 5)
      {
        g_signal_emit_by_name (result_button (sheet, (int) no, "適"), "clicked");
        gui_flush ();
      }
  found = daicho_inspection_store_get (f->db, id, NULL);
  g_assert_cmpint (found->n_answered, ==, n_items);
  g_assert_cmpint (found->n_ng, ==, 1);
  g_clear_object (&found);
  actions = daicho_inspection_store_actions (f->db, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (actions)), ==, 1);
  action = g_list_model_get_item (G_LIST_MODEL (actions), 0);
  g_assert_cmpstr (action->what, ==, "終業時の電源確認を当番制にする");
  g_assert_cmpstr (action->owner_name, ==, chief->name);
  g_assert_nonnull (gui_find_group (sheet, "Corrective Actions"));

  /* Make final, after the question. */
  g_assert_true (gtk_widget_activate_action (sheet, "sheet.finalize", NULL));
  g_assert_true (gui_wait (has_message_dialog, NULL, 5000));
  question = find_message_dialog ();
  adw_message_dialog_response (question, "finalize");
  gtk_window_destroy (GTK_WINDOW (question));
  gui_flush ();
  found = daicho_inspection_store_get (f->db, id, NULL);
  g_assert_cmpstr (found->state, ==, "final");
  g_clear_object (&found);
  g_assert_false (gtk_widget_get_visible (gui_find_button (sheet, "Make Final…")));

  /* Back in the overview, the quarter is final with one 否 and one action open. */
  g_assert_true (gtk_widget_activate_action (sheet, "inspection.back", NULL));
  gui_flush ();
  g_assert_nonnull (gui_find (page, GTK_TYPE_STACK, stack_shows, "lists"));
  cell_text = g_strdup ("否 1 · 1 action open");
  g_assert_nonnull (gui_find (page, GTK_TYPE_LABEL, label_says, cell_text));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
row_title_says (GtkWidget *row, gconstpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0;
}

/* The セキュリティ会議 tab as the secretariat uses it: the year's meetings
 * are listed; Ctrl+N plans one through the dialog and opens it; its agenda
 * gains an item, tagged with a deliberation area, through the item dialog. */
static void
test_committee_tab (Fixture *f, gconstpointer demo)
{
  GtkWidget *window = open_window (f);
  DaichoContext *context = daicho_window_get_context (DAICHO_WINDOW (window));
  g_autoptr(DaichoStaff) clerk = daicho_staff_store_get_by_emp_no (f->db, "100012", NULL);
  g_autoptr(GListStore) before = daicho_meeting_store_list (f->db, 0, NULL);
  g_autoptr(GListStore) after = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(DaichoMeeting) newest = NULL;
  g_autoptr(DaichoMeeting) made = NULL;
  g_autoptr(DaichoAgendaItem) item = NULL;
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  GtkWidget *view_stack, *page, *dialog, *view;
  GDate day;

  daicho_context_set_operator (context, clerk);
  view_stack = gui_find (window, ADW_TYPE_VIEW_STACK, NULL, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "committee");
  gui_flush ();
  page = gui_find (window, DAICHO_TYPE_COMMITTEE_PAGE, NULL, NULL);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  /* The demo's newest meeting is listed (this fiscal year is shown first). */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (before)), >, 0);
  newest = g_list_model_get_item (G_LIST_MODEL (before), 0);
  number = daicho_meeting_number_label ((int) newest->fiscal_year, (int) newest->number);
  g_assert_nonnull (gui_find (page, ADW_TYPE_ACTION_ROW, row_title_says, number));

  /* Plan a meeting a month after the newest one. */
  daicho_date_from_iso (newest->meeting_date, &day);
  g_date_add_days (&day, 30);
  date = daicho_date_to_iso (&day);
  g_assert_true (gtk_widget_activate_action (page, "committee.new", NULL));
  g_assert_true (gui_wait (is_form_dialog, NULL, 5000));
  dialog = find_form_dialog ();
  gui_type (gui_find_entry_row (dialog, "Date"), date);
  gui_type (gui_find_entry_row (dialog, "Starts at (14:00, 午後2時)"), "午後2時");
  gui_type (gui_find_entry_row (dialog, "Ends at"), "15:30");
  gui_type (gui_find_entry_row (dialog, "Place"), "GUI試験会議室");
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  g_assert_true (gui_wait (no_form_dialog, NULL, 5000));
  after = daicho_meeting_store_list (f->db, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (before)) + 1);
  made = g_list_model_get_item (G_LIST_MODEL (after), 0);
  g_assert_cmpstr (made->place, ==, "GUI試験会議室");
  g_assert_cmpstr (made->start_time, ==, "14:00");
  g_assert_cmpstr (made->state, ==, "planned");

  /* The meeting opened; its agenda gains an item of area (5). */
  g_assert_nonnull (gui_find (page, GTK_TYPE_STACK, stack_shows, "meeting"));
  view = gui_find (page, DAICHO_TYPE_MEETING_VIEW, NULL, NULL);
  g_assert_cmpint (daicho_meeting_view_get_id (DAICHO_MEETING_VIEW (view)), ==, made->id);
  g_signal_emit_by_name (gui_find_button (view, "Add Item…"), "clicked");
  g_assert_true (gui_wait (is_form_dialog, NULL, 5000));
  dialog = find_form_dialog ();
  gui_type (gui_find_entry_row (dialog, "Title"), "サーバ室入退室記録の確認");
  adw_combo_row_set_selected (ADW_COMBO_ROW (gui_find (dialog, ADW_TYPE_COMBO_ROW, NULL, NULL)),
                              4);
  gui_type (gui_find_entry_row (dialog, "Planned minutes"), "２０");
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  g_assert_true (gui_wait (no_form_dialog, NULL, 5000));
  items = daicho_meeting_store_items (f->db, made->id, FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_cmpint (item->area, ==, 5);
  g_assert_cmpint (item->planned_minutes, ==, 20);
  g_assert_nonnull (gui_find (view, ADW_TYPE_ACTION_ROW, row_title_says,
                              "1. サーバ室入退室記録の確認"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_error_is_shown (void)
{
  g_autoptr(GSettings) settings = daicho_application_create_settings ();
  g_autoptr(GError) error = g_error_new_literal (DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO,
                                                 "not a Daicho database");
  GtkWidget *window = GTK_WIDGET (daicho_window_new (NULL, settings, NULL, error));
  GtkWidget *status;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gui_wait (is_mapped, window, 5000));
  g_assert_nonnull (gui_find (window, GTK_TYPE_STACK, stack_shows, "error"));
  status = gui_find (window, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   "not a Daicho database");
  g_assert_null (daicho_window_get_context (DAICHO_WINDOW (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/gui/window-opens", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_window_opens, fixture_teardown);
  g_test_add ("/gui/tabs-built-when-needed", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_tabs_built_when_needed, fixture_teardown);
  g_test_add ("/gui/help-overlay", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_help_overlay, fixture_teardown);
  g_test_add ("/gui/first-run", Fixture, GINT_TO_POINTER (FALSE), fixture_setup,
              test_first_run, fixture_teardown);
  g_test_add ("/gui/preferences-add-office", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_preferences_add_office, fixture_teardown);
  g_test_add ("/gui/choose-operator", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_choose_operator, fixture_teardown);
  g_test_add ("/gui/print-roster", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_print_roster, fixture_teardown);
  g_test_add ("/gui/overview-staff", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_overview_staff, fixture_teardown);
  g_test_add ("/gui/designation-tab", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_designation_tab, fixture_teardown);
  g_test_add ("/gui/ledger-first-frame", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_ledger_first_frame, fixture_teardown);
  g_test_add ("/gui/ledger-corrections", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_ledger_corrections, fixture_teardown);
  g_test_add ("/gui/ledger-period", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_ledger_period, fixture_teardown);
  g_test_add ("/gui/inspection-tab", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_inspection_tab, fixture_teardown);
  g_test_add ("/gui/committee-tab", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_committee_tab, fixture_teardown);
  g_test_add_func ("/gui/open-error", test_open_error_is_shown);
  g_test_add_func ("/gui/cell-tooltip", test_cell_tooltip);
  return g_test_run ();
}
