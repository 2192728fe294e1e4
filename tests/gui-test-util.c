/* gui-test-util.c — finding widgets the way a user sees them */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "daicho-application.h"
#include "gui-test-util.h"

void
gui_fixture_setup (GuiFixture *f, gboolean demo)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("daicho-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sqlite3", NULL);
  f->db = daicho_db_open (f->path, &error);
  g_assert_no_error (error);
  if (demo)
    {
      g_assert_true (daicho_demo_fill (f->db, DAICHO_DEMO_SMALL, &error));
      g_assert_no_error (error);
      daicho_db_set_operator (f->db, 0);
    }
  f->settings = daicho_application_create_settings ();
  g_assert_nonnull (f->settings);
  g_settings_reset (f->settings, "operator");
  g_settings_reset (f->settings, "office");
  g_settings_reset (f->settings, "page");
}

void
gui_fixture_teardown (GuiFixture *f)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_object (&f->settings);
  g_clear_object (&f->db);
  g_remove (f->path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

GtkWidget *
gui_find (GtkWidget *root, GType type, gboolean (*match) (GtkWidget *, gconstpointer),
          gconstpointer data)
{
  if (root == NULL)
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_find (child, type, match, data);
      if (found)
        return found;
    }
  return NULL;
}

static gboolean
same_label (const char *shown, const char *wanted)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  if (shown == NULL)
    return FALSE;
  for (const char *p = shown; *p; p++)
    if (*p != '_')
      g_string_append_c (plain, *p);
  return g_str_equal (plain->str, wanted);
}

static gboolean
row_titled (GtkWidget *widget, gconstpointer title)
{
  return same_label (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title);
}

static gboolean
button_labelled (GtkWidget *widget, gconstpointer label)
{
  return same_label (gtk_button_get_label (GTK_BUTTON (widget)), label);
}

static gboolean
group_titled (GtkWidget *widget, gconstpointer title)
{
  return same_label (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title);
}

GtkWidget *
gui_find_entry_row (GtkWidget *root, const char *title)
{
  return gui_find (root, ADW_TYPE_ENTRY_ROW, row_titled, title);
}

GtkWidget *
gui_find_button (GtkWidget *root, const char *label)
{
  return gui_find (root, GTK_TYPE_BUTTON, button_labelled, label);
}

GtkWidget *
gui_find_group (GtkWidget *root, const char *title)
{
  return gui_find (root, ADW_TYPE_PREFERENCES_GROUP, group_titled, title);
}

void
gui_type (GtkWidget *row, const char *text)
{
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

void
gui_flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
gui_wait (gboolean (*condition) (gpointer), gpointer data, guint timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);
  gboolean ok;

  while (!(ok = condition (data)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return ok;
}
