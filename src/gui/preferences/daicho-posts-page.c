/* daicho-posts-page.c — settings page for 職, the posts and their holders
 *
 * Shows who holds each post today and who held it before, and records a
 * personnel change (人事異動): from a date, chosen posts pass to chosen staff,
 * all in one transaction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-context.h"
#include "daicho-gui-util.h"
#include "daicho-posts-page.h"

struct _DaichoPostsPage
{
  AdwPreferencesPage   parent_instance;

  /* template widgets */
  AdwPreferencesGroup *list_group;
  GtkWindow           *change_dialog;   /* an AdwWindow that hides on close */
  GtkEditable         *change_date_row;
  GtkLabel            *change_error_label;
  AdwPreferencesGroup *change_group;

  /* owned references */
  DaichoContext       *context;
  GPtrArray           *rows;          /* widgets of list_group, removed on reload */
  GListStore          *change_posts;  /* the posts the dialog offers, with today's holders */
  GListModel          *change_staff;  /* the staff it offers, after "No change" */
  GPtrArray           *change_rows;   /* its combo rows, parallel to change_posts */
};

G_DEFINE_FINAL_TYPE (DaichoPostsPage, daicho_posts_page, ADW_TYPE_PREFERENCES_PAGE)

static DaichoDb *
get_db (DaichoPostsPage *self)
{
  return daicho_context_get_db (self->context);
}

static GtkWidget *
new_text_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* "山田太郎 (E1001) since 令和7年4月1日", or "Vacant". */
static char *
holder_text (DaichoPostsPage *self, DaichoPost *post)
{
  g_autofree char *since = NULL;

  if (post->holder_id == 0)
    return g_strdup (_("Vacant"));
  since = daicho_context_format_date (self->context, post->holder_from);
  return g_strdup_printf (_("%s (%s) since %s"), post->holder_name, post->holder_emp_no, since);
}

static GtkWidget *
new_post_row (DaichoPostsPage *self, DaichoPost *post)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *holder = holder_text (self, post);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) history = daicho_post_store_history (get_db (self), post->id, &error);
  guint n = history ? g_list_model_get_n_items (G_LIST_MODEL (history)) : 0;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), post->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), holder);

  if (history == NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_text_row (error->message, NULL));
  else if (n == 0)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              new_text_row (_("No holders recorded"), NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoPostHolder) holding = g_list_model_get_item (G_LIST_MODEL (history), i);
      g_autofree char *from = daicho_context_format_date (self->context, holding->from_date);
      g_autofree char *to = daicho_context_format_date (self->context, holding->to_date);
      g_autofree char *text = g_strdup_printf ("%s · %s – %s", holding->staff_name, from, to);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_text_row (g_strchomp (text), NULL));
    }
  return row;
}

static void
reload (DaichoPostsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) posts = NULL;

  if (self->rows == NULL)
    return;
  posts = daicho_post_store_list (get_db (self), NULL, &error);
  daicho_gui_rows_fill (self->list_group, self->rows, G_LIST_MODEL (posts), error,
                        _("No posts yet: each office brings its own"),
                        (DaichoRowFactory) new_post_row, self);
}

static void
on_context_data_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  reload (DAICHO_POSTS_PAGE (user_data));
}

/* Personnel changes usually take effect on 1 April: the next one, or today
 * when today is 1 April. */
static char *
next_april_first (void)
{
  GDate today;
  GDate date;

  daicho_date_today (&today);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_APRIL, g_date_get_year (&today));
  if (g_date_compare (&date, &today) < 0)
    g_date_add_years (&date, 1);
  return daicho_date_to_iso (&date);
}

static void
show_change_error (DaichoPostsPage *self, const char *message)
{
  gtk_label_set_text (self->change_error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->change_error_label), message != NULL);
}

/* One "No change" entry, then every active staff member, as the combo rows
 * of the dialog show them. */
static GListModel *
new_staff_choices (GListModel *staff)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (staff);

  gtk_string_list_append (choices, _("No change"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoStaff) member = g_list_model_get_item (staff, i);
      g_autofree char *label = g_strdup_printf (_("%s (%s) · %s"), member->name, member->emp_no,
                                                member->office_name);

      gtk_string_list_append (choices, label);
    }
  return G_LIST_MODEL (choices);
}

static void
posts_change_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoPostsPage *self = DAICHO_POSTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) posts = daicho_post_store_list (get_db (self), NULL, &error);
  g_autoptr(GListModel) choices = NULL;
  g_autofree char *april = next_april_first ();
  g_autofree char *shown = daicho_context_format_date (self->context, april);
  guint n;

  if (posts == NULL)
    {
      daicho_gui_show_error (widget, _("Could not read the posts"), error);
      return;
    }

  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->change_group, g_ptr_array_index (self->change_rows, i));
  g_ptr_array_set_size (self->change_rows, 0);
  g_set_object (&self->change_posts, posts);
  g_clear_object (&self->change_staff);
  self->change_staff = daicho_gui_staff_model (get_db (self), 0);
  choices = new_staff_choices (self->change_staff);

  n = g_list_model_get_n_items (G_LIST_MODEL (posts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoPost) post = g_list_model_get_item (G_LIST_MODEL (posts), i);
      g_autofree char *holder = holder_text (self, post);
      g_autofree char *now = g_strdup_printf (_("Now: %s"), holder);
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), post->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), now);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), choices);
      adw_preferences_group_add (self->change_group, row);
      g_ptr_array_add (self->change_rows, row);
    }

  gtk_editable_set_text (self->change_date_row, shown);
  show_change_error (self, NULL);
  gtk_window_set_transient_for (self->change_dialog,
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (self->change_dialog);
}

static void
on_apply_button_clicked (GtkButton *button, gpointer user_data)
{
  DaichoPostsPage *self = DAICHO_POSTS_PAGE (user_data);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (DaichoPostAssignment));
  g_autofree char *from = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (!daicho_gui_read_date (self->change_date_row, TRUE, &from, &error))
    {
      show_change_error (self, error->message);
      return;
    }

  /* Only real changes: choosing today's holder again would split a holding. */
  for (guint i = 0; i < self->change_rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (self->change_rows, i));
      g_autoptr(DaichoPost) post = g_list_model_get_item (G_LIST_MODEL (self->change_posts), i);
      g_autoptr(DaichoStaff) staff = NULL;
      DaichoPostAssignment change;

      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
        continue;
      staff = g_list_model_get_item (self->change_staff, selected - 1);
      if (staff == NULL || staff->id == post->holder_id)
        continue;
      change.post_id = post->id;
      change.staff_id = staff->id;
      g_array_append_val (changes, change);
    }

  if (!daicho_post_store_assign (get_db (self), (DaichoPostAssignment *) changes->data,
                                 changes->len, from, &error))
    {
      show_change_error (self, error->message);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->change_dialog), FALSE);
  message = g_strdup_printf (ngettext ("%u post changed hands", "%u posts changed hands",
                                       changes->len), changes->len);
  daicho_gui_toast (GTK_WIDGET (self), message);
  daicho_context_data_changed (self->context, "post");
}

static void
daicho_posts_page_constructed (GObject *object)
{
  DaichoPostsPage *self = DAICHO_POSTS_PAGE (object);

  G_OBJECT_CLASS (daicho_posts_page_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));
  g_signal_connect (self->context, "data-changed::post", G_CALLBACK (on_context_data_changed),
                    self);
  g_signal_connect (self->context, "data-changed::staff", G_CALLBACK (on_context_data_changed),
                    self);
  g_signal_connect (self->context, "data-changed::office", G_CALLBACK (on_context_data_changed),
                    self);
  g_signal_connect (self->context, "data-changed::date-style",
                    G_CALLBACK (on_context_data_changed), self);
  reload (self);
}

static void
daicho_posts_page_dispose (GObject *object)
{
  DaichoPostsPage *self = DAICHO_POSTS_PAGE (object);

  /* The template's group is the page's own child, which the parent's
   * dispose takes down. Its dialog is a toplevel: it goes here. */
  g_clear_pointer (&self->change_dialog, gtk_window_destroy);
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->context, self);
    }
  g_clear_object (&self->context);
  g_clear_object (&self->change_posts);
  g_clear_object (&self->change_staff);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (daicho_posts_page_parent_class)->dispose (object);
}

static void
daicho_posts_page_class_init (DaichoPostsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_posts_page_constructed;
  object_class->dispose = daicho_posts_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoPostsPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-posts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoPostsPage, list_group);
  gtk_widget_class_bind_template_child (widget_class, DaichoPostsPage, change_dialog);
  gtk_widget_class_bind_template_child (widget_class, DaichoPostsPage, change_date_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoPostsPage, change_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoPostsPage, change_group);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_button_clicked);

  gtk_widget_class_install_action (widget_class, "posts.change", NULL, posts_change_action);
}

static void
daicho_posts_page_init (DaichoPostsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->change_rows = g_ptr_array_new ();
  daicho_gui_watch_date (self->change_date_row);
}
