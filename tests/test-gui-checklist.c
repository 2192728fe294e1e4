/* test-gui-checklist.c — the settings window's Checklist page, under Xvfb
 *
 * Each test opens the settings window on a demo database, works the page as
 * a user would (its buttons, its dialogs, its entry rows) and checks the
 * database: a new checklist version, the item changed in it, older
 * inspections untouched, and the page showing the new list.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "daicho/daicho.h"
#include "daicho-application.h"
#include "daicho-context.h"
#include "gui-test-util.h"
#include "preferences/daicho-checklist-page.h"
#include "preferences/daicho-preferences-window.h"
#include "widgets/daicho-form-dialog.h"

typedef struct
{
  char          *dir;
  char          *path;
  DaichoDb      *db;
  GSettings     *settings;
  DaichoContext *context;
  GtkWidget     *prefs;
  GtkWidget     *page;
  guint          n_changed;   /* data-changed::inspection-template emissions */
} Fixture;

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
on_template_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  ((Fixture *) user_data)->n_changed++;
}

static void
fixture_setup (Fixture *f, gconstpointer unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) asset_manager = NULL;

  f->dir = g_dir_make_tmp ("daicho-gui-checklist-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sqlite3", NULL);
  f->db = daicho_db_open (f->path, &error);
  g_assert_no_error (error);
  daicho_demo_fill (f->db, DAICHO_DEMO_SMALL, &error);
  g_assert_no_error (error);
  daicho_db_set_operator (f->db, 0);
  f->settings = daicho_application_create_settings ();
  g_assert_nonnull (f->settings);
  g_settings_reset (f->settings, "operator");
  g_settings_reset (f->settings, "office");

  f->context = daicho_context_new (f->db, f->settings);
  asset_manager = daicho_staff_store_get_by_emp_no (f->db, "100001", &error);
  g_assert_no_error (error);
  daicho_context_set_operator (f->context, asset_manager);
  g_signal_connect (f->context, "data-changed::inspection-template",
                    G_CALLBACK (on_template_changed), f);

  f->prefs = daicho_preferences_window_new (NULL, f->context);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (f->prefs), "checklist");
  gtk_window_present (GTK_WINDOW (f->prefs));
  g_assert_true (gui_wait (is_mapped, f->prefs, 5000));
  f->page = gui_find (f->prefs, DAICHO_TYPE_CHECKLIST_PAGE, NULL, NULL);
  g_assert_nonnull (f->page);
  g_assert_true (gtk_widget_get_mapped (f->page));
}

/* Closes every window the test left open (dialogs included). */
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
fixture_teardown (Fixture *f, gconstpointer unused)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  close_toplevels ();
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->db);
  g_remove (f->path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* The database */

static gint64
current_version (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = daicho_inspection_template_items (f->db, 0, &error);
  g_autoptr(DaichoInspectionItem) first = NULL;

  g_assert_no_error (error);
  first = g_list_model_get_item (G_LIST_MODEL (items), 0);
  return first->version;
}

/* Item @key of the current version, or NULL when it is not (or no longer) on it. */
static DaichoInspectionItem *
current_item (Fixture *f, const char *key)
{
  g_autoptr(GListStore) items = daicho_inspection_template_items (f->db, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      DaichoInspectionItem *item = g_list_model_get_item (G_LIST_MODEL (items), i);

      if (g_str_equal (item->item_key, key))
        return item;
      g_object_unref (item);
    }
  return NULL;
}

/* The page */

static gboolean
row_titled (GtkWidget *row, gconstpointer title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0;
}

static gboolean
has_action (GtkWidget *widget, gconstpointer action)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
label_is (GtkWidget *widget, gconstpointer text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Whether the page says the checklist is at version @version. */
static gboolean
shows_version (Fixture *f, const char *version)
{
  GtkWidget *row = gui_find (f->page, ADW_TYPE_ACTION_ROW, row_titled, "Current version");

  return row != NULL && gui_find (row, GTK_TYPE_LABEL, label_is, version) != NULL;
}

static gboolean
is_error_label (GtkWidget *widget, gconstpointer unused)
{
  return gtk_widget_has_css_class (widget, "error");
}

/* The row on the page that shows an item reading @text. */
static GtkWidget *
item_row (Fixture *f, const char *text)
{
  return gui_find (f->page, ADW_TYPE_ACTION_ROW, row_titled, text);
}

/* How many rows of items the group of @article shows. */
static guint
n_item_rows (Fixture *f, const char *article)
{
  GtkWidget *group = gui_find_group (f->page, article);
  GtkWidget *list = gui_find (group, GTK_TYPE_LIST_BOX, NULL, NULL);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && g_object_get_data (G_OBJECT (row), "item") != NULL)
      n++;
  return n;
}

/* Clicks the button of item row @row that does @action. */
static void
click_item_button (GtkWidget *row, const char *action)
{
  GtkWidget *button;

  g_assert_nonnull (row);
  button = gui_find (row, GTK_TYPE_BUTTON, has_action, action);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  gui_flush ();
}

/* Dialogs, found among the toplevels */

typedef struct
{
  GType       type;
  const char *heading;   /* of a message dialog; NULL: any */
} DialogQuery;

static GtkWidget *
find_dialog (const DialogQuery *query)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, query->type) && gtk_widget_get_mapped (w) &&
          (query->heading == NULL ||
           g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (w)),
                      query->heading) == 0))
        return w;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer query)
{
  return find_dialog (query) != NULL;
}

static GtkWidget *
wait_dialog (GType type, const char *heading)
{
  DialogQuery query = { type, heading };

  g_assert_true (gui_wait (dialog_shown, &query, 5000));
  return find_dialog (&query);
}

/* Answers a message dialog as a click on its button labelled @label does. */
static void
answer (GtkWidget *dialog, const char *label)
{
  GtkWidget *button = gui_find_button (dialog, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gui_flush ();
}

static gboolean
dialog_gone (gpointer query)
{
  return find_dialog (query) == NULL;
}

/* The page lists the current version's items by article, numbered, with
 * the version and how many items it has. */
static void
test_shows_checklist (Fixture *f, gconstpointer unused)
{
  const char * const *articles = daicho_inspection_template_articles ();
  g_autoptr(DaichoInspectionItem) lockable = current_item (f, "lockable");
  GtkWidget *row;
  guint total = 0;

  g_assert_true (shows_version (f, "1"));
  for (guint a = 0; articles[a] != NULL; a++)
    {
      g_assert_nonnull (gui_find_group (f->page, articles[a]));
      total += n_item_rows (f, articles[a]);
    }
  g_assert_cmpuint (total, ==, 20);
  g_assert_cmpuint (n_item_rows (f, "第9条"), ==, 4);

  row = item_row (f, lockable->text);
  g_assert_nonnull (row);
  g_assert_nonnull (gui_find (row, GTK_TYPE_LABEL, label_is, "16"));

  /* The first item of an article cannot go up, the last cannot go down. */
  row = item_row (f, "取扱者を指定し、指定者の一覧を最新の状態に保っているか");
  g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (row),
                                                               "checklist.move-up")));
  g_assert_true (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (row),
                                                              "checklist.move-down")));
}

/* Rewording through the dialog: empty and unchanged text are refused with
 * the dialog left open; new text makes version 2, which the page shows,
 * while an inspection made on version 1 keeps the old wording. */
static void
test_reword (Fixture *f, gconstpointer unused)
{
  g_autoptr(DaichoInspectionItem) before = current_item (f, "lockable");
  g_autoptr(DaichoInspectionItem) after = NULL;
  g_autoptr(DaichoInspection) old = NULL;
  g_autoptr(GListStore) sheet = NULL;
  g_autoptr(DaichoInspectionAnswer) old_answer = NULL;
  g_autoptr(GListStore) inspections = daicho_inspection_store_list (f->db, 0, 0, NULL);
  const char *wording = "保管する帳票等を施錠できる書庫等に保管し、鍵を管理しているか";
  DialogQuery query = { DAICHO_TYPE_FORM_DIALOG, NULL };
  GtkWidget *dialog, *text_row, *error_label;

  click_item_button (item_row (f, before->text), "checklist.reword");
  dialog = wait_dialog (DAICHO_TYPE_FORM_DIALOG, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Reword Item");
  text_row = gui_find_entry_row (dialog, "Text");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_row)), ==, before->text);

  gui_type (text_row, "  ");
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  gui_flush ();
  error_label = gui_find (dialog, GTK_TYPE_LABEL, is_error_label, NULL);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "required"));
  g_assert_true (gtk_widget_get_mapped (dialog));

  gui_type (text_row, before->text);
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  gui_flush ();
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "already reads so"));
  g_assert_cmpint (current_version (f), ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 0);

  gui_type (text_row, wording);
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  g_assert_true (gui_wait (dialog_gone, &query, 5000));

  g_assert_cmpint (current_version (f), ==, 2);
  g_assert_cmpuint (f->n_changed, ==, 1);
  after = current_item (f, "lockable");
  g_assert_cmpstr (after->text, ==, wording);
  g_assert_cmpint (after->no, ==, before->no);
  g_assert_nonnull (item_row (f, wording));
  g_assert_null (item_row (f, before->text));
  g_assert_true (shows_version (f, "2"));

  /* The demo's inspections were made on version 1 and keep its wording. */
  old = g_list_model_get_item (G_LIST_MODEL (inspections), 0);
  g_assert_cmpint (old->template_version, ==, 1);
  sheet = daicho_inspection_store_sheet (f->db, old->id, NULL);
  old_answer = g_list_model_get_item (G_LIST_MODEL (sheet), (guint) before->no - 1);
  g_assert_cmpstr (old_answer->item_key, ==, "lockable");
  g_assert_cmpstr (old_answer->text, ==, before->text);
}

/* Adding under 第9条: an empty text is refused beside the Add button; a
 * text makes version 2 with the item after the article's last one. */
static void
test_add (Fixture *f, gconstpointer unused)
{
  const char * const *articles = daicho_inspection_template_articles ();
  GtkWidget *group = gui_find_group (f->page, "Add an item");
  GtkWidget *article_row = gui_find (group, ADW_TYPE_COMBO_ROW, NULL, NULL);
  GtkWidget *text_row = gui_find_entry_row (group, "Item text");
  GtkWidget *error_label = gui_find (group, GTK_TYPE_LABEL, is_error_label, NULL);
  g_autoptr(DaichoInspectionItem) added = NULL;
  g_autoptr(DaichoInspectionItem) retention = NULL;
  const char *text = "鍵の管理簿を備え、貸出しを記録しているか";
  guint ninth = 0;

  while (g_strcmp0 (articles[ninth], "第9条") != 0)
    ninth++;
  adw_combo_row_set_selected (ADW_COMBO_ROW (article_row), ninth);

  gui_type (text_row, "");
  g_signal_emit_by_name (gui_find_button (group, "Add"), "clicked");
  gui_flush ();
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "required"));
  g_assert_cmpint (current_version (f), ==, 1);

  gui_type (text_row, text);
  g_signal_emit_by_name (gui_find_button (group, "Add"), "clicked");
  gui_flush ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_row)), ==, "");

  g_assert_cmpint (current_version (f), ==, 2);
  g_assert_cmpuint (f->n_changed, ==, 1);
  added = current_item (f, "custom_1");
  g_assert_nonnull (added);
  g_assert_cmpstr (added->article, ==, "第9条");
  g_assert_cmpstr (added->text, ==, text);
  retention = current_item (f, "retention");
  g_assert_cmpint (added->no, ==, retention->no + 1);
  g_assert_cmpuint (n_item_rows (f, "第9条"), ==, 5);
  g_assert_nonnull (item_row (f, text));
}

/* Moving with the buttons and the keyboard's action: within the article,
 * each a new version, the focus staying with the item. */
static void
test_move (Fixture *f, gconstpointer unused)
{
  g_autoptr(DaichoInspectionItem) retention = current_item (f, "retention");
  g_autoptr(DaichoInspectionItem) disposal = current_item (f, "disposal_method");
  g_autoptr(DaichoInspectionItem) moved = NULL;
  g_autoptr(DaichoInspectionItem) back = NULL;
  GtkWidget *row, *focus;
  gint64 from = retention->no;

  /* 帳票等の保存期間 is the last of 第9条: it goes up, before the disposal item. */
  row = item_row (f, retention->text);
  g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (row),
                                                               "checklist.move-down")));
  click_item_button (row, "checklist.move-up");
  g_assert_cmpint (current_version (f), ==, 2);
  moved = current_item (f, "retention");
  g_assert_cmpint (moved->no, ==, from - 1);
  g_clear_object (&disposal);
  disposal = current_item (f, "disposal_method");
  g_assert_cmpint (disposal->no, ==, from);

  /* The rows were rebuilt: the focus is on the moved item's button again. */
  row = item_row (f, retention->text);
  focus = gtk_root_get_focus (GTK_ROOT (f->prefs));
  g_assert_true (focus == g_object_get_data (G_OBJECT (row), "checklist.move-up"));
  g_assert_nonnull (gui_find (row, GTK_TYPE_LABEL, label_is, "17"));

  /* Alt+↓ activates the same action on the row. */
  g_assert_true (gtk_widget_activate_action (row, "checklist.move-down", "s", "retention"));
  gui_flush ();
  g_assert_cmpint (current_version (f), ==, 3);
  back = current_item (f, "retention");
  g_assert_cmpint (back->no, ==, from);

  /* The last item of its article goes no further: nothing changes. */
  g_assert_true (gtk_widget_activate_action (item_row (f, retention->text),
                                             "checklist.move-down", "s", "retention"));
  gui_flush ();
  g_assert_cmpint (current_version (f), ==, 3);
  g_assert_cmpuint (f->n_changed, ==, 2);
}

/* Retiring asks first, naming the item; Cancel changes nothing. */
static void
test_retire (Fixture *f, gconstpointer unused)
{
  g_autoptr(DaichoInspectionItem) item = current_item (f, "failure_report");
  g_autoptr(DaichoInspectionItem) gone = NULL;
  g_autofree char *heading = g_strdup_printf ("Retire item %lld?", (long long) item->no);
  DialogQuery query = { ADW_TYPE_MESSAGE_DIALOG, heading };
  GtkWidget *dialog;

  click_item_button (item_row (f, item->text), "checklist.retire");
  dialog = wait_dialog (ADW_TYPE_MESSAGE_DIALOG, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            item->text));
  answer (dialog, "Cancel");
  g_assert_true (gui_wait (dialog_gone, &query, 5000));
  g_assert_cmpint (current_version (f), ==, 1);
  g_assert_nonnull (item_row (f, item->text));

  click_item_button (item_row (f, item->text), "checklist.retire");
  dialog = wait_dialog (ADW_TYPE_MESSAGE_DIALOG, heading);
  answer (dialog, "Retire");
  g_assert_true (gui_wait (dialog_gone, &query, 5000));

  g_assert_cmpint (current_version (f), ==, 2);
  gone = current_item (f, "failure_report");
  g_assert_null (gone);
  g_assert_null (item_row (f, item->text));
  g_assert_cmpuint (n_item_rows (f, "第10条"), ==, 1);
}

/* The checklist keeps one item: retiring the last shows the core's refusal. */
static void
test_retire_last (Fixture *f, gconstpointer unused)
{
  g_autoptr(GListStore) items = daicho_inspection_template_items (f->db, 0, NULL);
  g_autoptr(DaichoInspectionItem) last = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (items));
  GtkWidget *dialog;

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(DaichoInspectionItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_assert_cmpint (daicho_inspection_template_retire (f->db, item->item_key, &error), >, 0);
      g_assert_no_error (error);
    }
  /* A change made elsewhere (daicho-cli, another view) is announced like this. */
  daicho_context_data_changed (f->context, "inspection-template");
  gui_flush ();
  last = g_list_model_get_item (G_LIST_MODEL (items), n - 1);
  g_assert_true (shows_version (f, "20"));
  g_assert_nonnull (gui_find (f->page, ADW_TYPE_ACTION_ROW, row_titled,
                              "No items under this article"));

  click_item_button (item_row (f, last->text), "checklist.retire");
  dialog = wait_dialog (ADW_TYPE_MESSAGE_DIALOG, "Retire item 1?");
  answer (dialog, "Retire");
  dialog = wait_dialog (ADW_TYPE_MESSAGE_DIALOG, "Could not retire the item");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The checklist keeps at least one item.");
  g_assert_cmpint (current_version (f), ==, 20);
  g_assert_nonnull (item_row (f, last->text));
}

/* With nobody chosen as the operator the database refuses, and the page
 * says why. */
static void
test_needs_operator (Fixture *f, gconstpointer unused)
{
  GtkWidget *group = gui_find_group (f->page, "Add an item");
  GtkWidget *error_label = gui_find (group, GTK_TYPE_LABEL, is_error_label, NULL);
  g_autoptr(DaichoInspectionItem) item = current_item (f, "terminal_off");
  GtkWidget *dialog;

  daicho_context_set_operator (f->context, NULL);
  gui_type (gui_find_entry_row (group, "Item text"), "テスト項目");
  g_signal_emit_by_name (gui_find_button (group, "Add"), "clicked");
  gui_flush ();
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "No operator"));

  click_item_button (item_row (f, item->text), "checklist.move-down");
  dialog = wait_dialog (ADW_TYPE_MESSAGE_DIALOG, "Could not move the item");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "No operator"));
  g_assert_cmpint (current_version (f), ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/checklist/shows-checklist", test_shows_checklist);
  ADD ("/checklist/reword", test_reword);
  ADD ("/checklist/add", test_add);
  ADD ("/checklist/move", test_move);
  ADD ("/checklist/retire", test_retire);
  ADD ("/checklist/retire-last", test_retire_last);
  ADD ("/checklist/needs-operator", test_needs_operator);
#undef ADD
  return g_test_run ();
}
