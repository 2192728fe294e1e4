/* daicho-checklist-page.c — settings page for 点検項目, the checklist of the 点検シート
 *
 * Shows the current version of the checklist, its items grouped by article
 * (区分), and changes it: reword, add, move within an article, retire. Each
 * change is a new version made by the core; inspections already made keep
 * the version they were answered against, so nothing here alters them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-context.h"
#include "daicho-gui-util.h"
#include "daicho-checklist-page.h"
#include "widgets/daicho-form-dialog.h"

struct _DaichoChecklistPage
{
  AdwPreferencesPage   parent_instance;

  /* template widgets */
  AdwActionRow        *version_row;
  GtkLabel            *version_label;
  AdwPreferencesGroup *add_group;
  AdwComboRow         *article_row;
  AdwEntryRow         *text_row;
  GtkLabel            *add_error_label;

  /* owned references */
  DaichoContext       *context;
  GPtrArray           *groups;      /* an AdwPreferencesGroup per article, in order */
  GPtrArray           *group_rows;  /* per group, the rows it holds (removed on reload) */
  GHashTable          *item_rows;   /* item key → its row, while shown */

  gint64               version;     /* of the items shown; 0 when they could not be read */
};

G_DEFINE_FINAL_TYPE (DaichoChecklistPage, daicho_checklist_page, ADW_TYPE_PREFERENCES_PAGE)

#define DATA_KIND "inspection-template"

static DaichoDb *
get_db (DaichoChecklistPage *self)
{
  return daicho_context_get_db (self->context);
}

static void
unref_closure_data (gpointer data, GClosure *closure)
{
  g_object_unref (data);
}

/* The index of @article among the checklist's articles, or -1. */
static int
article_index (const char *article)
{
  const char * const *articles = daicho_inspection_template_articles ();

  for (int i = 0; articles[i] != NULL; i++)
    if (g_strcmp0 (articles[i], article) == 0)
      return i;
  return -1;
}

/* An icon button in @row's suffix that activates @action for @key; when not
 * @enabled (the first item cannot go up) it is shown but insensitive. The
 * row keeps it under the action's name, to give it the focus back. */
static void
add_item_button (GtkWidget *row, const char *icon, const char *action, const char *key,
                 gboolean enabled, const char *tooltip, const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (enabled)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", key);
    }
  else
    gtk_widget_set_sensitive (button, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), action, button);
}

static void
add_item_shortcut (GtkEventController *controller, guint keyval, GdkModifierType modifiers,
                   const char *action, const char *key)
{
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (keyval, modifiers),
                                     gtk_named_action_new (action), "s", key));
}

/* The row of one item: its number, its text, and what can be done to it.
 * @first and @last say where it stands within its article. */
static GtkWidget *
new_item_row (DaichoInspectionItem *item, gboolean first, gboolean last)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number = gtk_label_new (NULL);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autofree char *no = g_strdup_printf ("%" G_GINT64_FORMAT, item->no);
  g_autofree char *up = g_strdup_printf (_("Move item %lld up"), (long long) item->no);
  g_autofree char *down = g_strdup_printf (_("Move item %lld down"), (long long) item->no);
  g_autofree char *reword = g_strdup_printf (_("Reword item %lld"), (long long) item->no);
  g_autofree char *retire = g_strdup_printf (_("Retire item %lld"), (long long) item->no);

  /* Item texts are what people typed: plain text, wrapped in full. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  gtk_label_set_text (GTK_LABEL (number), no);
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

  /* Activating the row (click, Enter) rewords the item. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "checklist.reword");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->item_key);

  add_item_button (row, "go-up-symbolic", "checklist.move-up", item->item_key, !first,
                   _("Move up (Alt+↑)"), up);
  add_item_button (row, "go-down-symbolic", "checklist.move-down", item->item_key, !last,
                   _("Move down (Alt+↓)"), down);
  add_item_button (row, "document-edit-symbolic", "checklist.reword", item->item_key, TRUE,
                   _("Reword (F2)"), reword);
  add_item_button (row, "list-remove-symbolic", "checklist.retire", item->item_key, TRUE,
                   _("Retire (Delete)"), retire);

  add_item_shortcut (shortcuts, GDK_KEY_Up, GDK_ALT_MASK, "checklist.move-up", item->item_key);
  add_item_shortcut (shortcuts, GDK_KEY_Down, GDK_ALT_MASK, "checklist.move-down",
                     item->item_key);
  add_item_shortcut (shortcuts, GDK_KEY_F2, 0, "checklist.reword", item->item_key);
  add_item_shortcut (shortcuts, GDK_KEY_Delete, 0, "checklist.retire", item->item_key);
  gtk_widget_add_controller (row, shortcuts);

  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  return row;
}

static void
clear_rows (DaichoChecklistPage *self)
{
  g_hash_table_remove_all (self->item_rows);
  for (guint a = 0; a < self->groups->len; a++)
    daicho_gui_rows_clear (self->groups->pdata[a], self->group_rows->pdata[a]);
}

static void
show_version (DaichoChecklistPage *self, GListModel *items, const GError *error)
{
  g_autofree char *version = NULL, *count = NULL;
  guint n = items ? g_list_model_get_n_items (items) : 0;

  if (items == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->version_row),
                                     _("Could not read the checklist"));
      adw_action_row_set_subtitle (self->version_row, error ? error->message : NULL);
      gtk_label_set_text (self->version_label, "");
      return;
    }
  version = g_strdup_printf ("%" G_GINT64_FORMAT, self->version);
  count = g_strdup_printf (ngettext ("%u item", "%u items", n), n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->version_row), _("Current version"));
  adw_action_row_set_subtitle (self->version_row, count);
  gtk_label_set_text (self->version_label, version);
}

static void
reload (DaichoChecklistPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GPtrArray) by_article = g_ptr_array_new_with_free_func (
    (GDestroyNotify) g_ptr_array_unref);
  guint n;

  if (self->groups == NULL)
    return;
  clear_rows (self);
  items = daicho_inspection_template_items (get_db (self), 0, &error);
  n = items ? g_list_model_get_n_items (G_LIST_MODEL (items)) : 0;
  self->version = 0;

  /* Sort the items into their articles, keeping their order. */
  for (guint a = 0; a < self->groups->len; a++)
    g_ptr_array_add (by_article, g_ptr_array_new_with_free_func (g_object_unref));
  for (guint i = 0; i < n; i++)
    {
      DaichoInspectionItem *item = g_list_model_get_item (G_LIST_MODEL (items), i);
      int a = article_index (item->article);

      self->version = item->version;
      if (a < 0)
        g_object_unref (item);
      else
        g_ptr_array_add (by_article->pdata[a], item);
    }

  show_version (self, G_LIST_MODEL (items), error);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_group), items != NULL);
  for (guint a = 0; a < self->groups->len; a++)
    {
      AdwPreferencesGroup *group = self->groups->pdata[a];
      GPtrArray *rows = self->group_rows->pdata[a];
      GPtrArray *group_items = by_article->pdata[a];

      gtk_widget_set_visible (GTK_WIDGET (group), items != NULL);
      if (group_items->len == 0)
        daicho_gui_rows_add (group, rows, daicho_gui_message_row (_("No items under this "
                                                                    "article")));
      for (guint i = 0; i < group_items->len; i++)
        {
          DaichoInspectionItem *item = group_items->pdata[i];
          GtkWidget *row = new_item_row (item, i == 0, i + 1 == group_items->len);

          daicho_gui_rows_add (group, rows, row);
          g_hash_table_insert (self->item_rows, g_strdup (item->item_key), row);
        }
    }
}

static void
on_context_data_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  reload (DAICHO_CHECKLIST_PAGE (user_data));
}

/* After a change: every view reloads (this page too), then a toast says
 * @what happened and which version the checklist now is. */
static void
announce (DaichoChecklistPage *self, const char *what)
{
  g_autofree char *message = NULL;

  daicho_context_data_changed (self->context, DATA_KIND);
  message = g_strdup_printf (_("%s: the checklist is now version %lld"), what,
                             (long long) self->version);
  daicho_gui_toast (GTK_WIDGET (self), message);
}

/* Gives the focus back to item @key after the rows were rebuilt: to its
 * button for @action when that can still be used, else to its row. */
static void
focus_item (DaichoChecklistPage *self, const char *key, const char *action)
{
  GtkWidget *row = g_hash_table_lookup (self->item_rows, key);
  GtkWidget *button = row ? g_object_get_data (G_OBJECT (row), action) : NULL;

  if (button != NULL && gtk_widget_get_sensitive (button))
    gtk_widget_grab_focus (button);
  else if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* The item shown for @key, or NULL. */
static DaichoInspectionItem *
shown_item (DaichoChecklistPage *self, GVariant *param)
{
  GtkWidget *row = g_hash_table_lookup (self->item_rows, g_variant_get_string (param, NULL));

  return row ? g_object_get_data (G_OBJECT (row), "item") : NULL;
}

/* Adding */

static void
on_text_row_entry_activated (AdwEntryRow *row, gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "checklist.add", NULL);
}

static void
checklist_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoChecklistPage *self = DAICHO_CHECKLIST_PAGE (widget);
  const char * const *articles = daicho_inspection_template_articles ();
  guint selected = adw_combo_row_get_selected (self->article_row);
  const char *article = selected < g_strv_length ((char **) articles) ? articles[selected] : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  if (daicho_inspection_template_add (get_db (self), article,
                                      gtk_editable_get_text (GTK_EDITABLE (self->text_row)),
                                      &key, &error) == 0)
    {
      gtk_label_set_text (self->add_error_label, error->message);
      return;
    }
  gtk_label_set_text (self->add_error_label, "");
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
  announce (self, _("Item added"));
}

/* Rewording */

typedef struct
{
  DaichoChecklistPage *page;
  char                *key;
  GtkWidget           *text_row;   /* borrowed: the dialog's */
} RewordForm;

static void
reword_form_free (RewordForm *f)
{
  g_object_unref (f->page);
  g_free (f->key);
  g_free (f);
}

static gboolean
submit_reword (gpointer user_data, GError **error)
{
  RewordForm *f = user_data;

  if (f->page->context == NULL)
    return TRUE;
  if (daicho_inspection_template_reword (get_db (f->page), f->key,
                                         gtk_editable_get_text (GTK_EDITABLE (f->text_row)),
                                         error) == 0)
    return FALSE;
  announce (f->page, _("Item reworded"));
  focus_item (f->page, f->key, "checklist.reword");
  return TRUE;
}

static void
checklist_reword_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoChecklistPage *self = DAICHO_CHECKLIST_PAGE (widget);
  DaichoInspectionItem *item = shown_item (self, param);
  DaichoFormDialog *dialog;
  GtkWidget *group;
  RewordForm *f;
  g_autofree char *description = NULL;

  if (item == NULL)
    return;
  dialog = daicho_form_dialog_new (widget, _("Reword Item"), _("_Reword"), FALSE);
  group = adw_preferences_group_new ();
  description = g_strdup_printf (_("Item %lld, %s. The new wording makes a new version of the "
                                   "checklist; inspections already made keep the wording they "
                                   "were answered against."),
                                 (long long) item->no, item->article);
  f = g_new0 (RewordForm, 1);
  f->page = g_object_ref (self);
  f->key = g_strdup (item->item_key);
  f->text_row = daicho_gui_entry_row (_("Text"), item->text);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->text_row);
  daicho_form_dialog_set_description (dialog, description);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit_reword, f, (GDestroyNotify) reword_form_free);
  /* Room for a refusal under the description: the window does not grow. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 260);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (f->text_row);
}

/* Moving */

/* Moves the item named by @param before the previous (@step -1) or after
 * the next (+1) item of its article. */
static void
move_item (DaichoChecklistPage *self, GVariant *param, int step, const char *action)
{
  DaichoInspectionItem *item = shown_item (self, param);
  int a = item ? article_index (item->article) : -1;
  GPtrArray *rows = a >= 0 ? self->group_rows->pdata[a] : NULL;
  GtkWidget *row = item ? g_hash_table_lookup (self->item_rows, item->item_key) : NULL;
  g_autofree char *key = item ? g_strdup (item->item_key) : NULL;
  g_autoptr(GError) error = NULL;
  DaichoInspectionItem *other;
  guint at = 0;

  if (rows == NULL || !g_ptr_array_find (rows, row, &at) || (step < 0 && at == 0) ||
      (step > 0 && at + 1 >= rows->len))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  other = g_object_get_data (G_OBJECT (rows->pdata[(int) at + step]), "item");
  if (daicho_inspection_template_move (get_db (self), key, (guint) other->no, &error) == 0)
    {
      daicho_gui_show_error (GTK_WIDGET (self), _("Could not move the item"), error);
      return;
    }
  announce (self, _("Item moved"));
  focus_item (self, key, action);
}

static void
checklist_move_up_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  move_item (DAICHO_CHECKLIST_PAGE (widget), param, -1, action_name);
}

static void
checklist_move_down_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  move_item (DAICHO_CHECKLIST_PAGE (widget), param, +1, action_name);
}

/* Retiring */

static void
on_retire_dialog_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  DaichoChecklistPage *self = DAICHO_CHECKLIST_PAGE (user_data);
  const char *key = g_object_get_data (G_OBJECT (dialog), "item-key");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "retire") != 0 || self->context == NULL)
    return;
  if (daicho_inspection_template_retire (get_db (self), key, &error) == 0)
    {
      daicho_gui_show_error (GTK_WIDGET (self), _("Could not retire the item"), error);
      return;
    }
  announce (self, _("Item retired"));
}

static void
checklist_retire_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoChecklistPage *self = DAICHO_CHECKLIST_PAGE (widget);
  DaichoInspectionItem *item = shown_item (self, param);
  GtkWidget *dialog;

  if (item == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Retire item %lld?"),
                                     (long long) item->no);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” is left out of the checklist from its next version "
                                    "on. Inspections already made keep it on their sheets."),
                                  item->text);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "retire", _("_Retire"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retire",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "item-key", g_strdup (item->item_key), g_free);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_retire_dialog_response),
                         g_object_ref (self), unref_closure_data, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Life cycle */

static void
daicho_checklist_page_constructed (GObject *object)
{
  DaichoChecklistPage *self = DAICHO_CHECKLIST_PAGE (object);
  const char * const *articles = daicho_inspection_template_articles ();
  g_autoptr(GtkStringList) article_model = gtk_string_list_new (articles);

  G_OBJECT_CLASS (daicho_checklist_page_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));
  adw_combo_row_set_model (self->article_row, G_LIST_MODEL (article_model));

  /* One group per article, below the template's groups. */
  for (guint a = 0; articles[a] != NULL; a++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), articles[a]);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->groups, group);
      g_ptr_array_add (self->group_rows, g_ptr_array_new ());
    }

  g_signal_connect (self->context, "data-changed::" DATA_KIND,
                    G_CALLBACK (on_context_data_changed), self);
  reload (self);
}

static void
daicho_checklist_page_dispose (GObject *object)
{
  DaichoChecklistPage *self = DAICHO_CHECKLIST_PAGE (object);

  /* The groups are the page's own children, which the parent's dispose
   * takes down; only what this page owns is released here. */
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);
  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (daicho_checklist_page_parent_class)->dispose (object);
}

static void
daicho_checklist_page_class_init (DaichoChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_checklist_page_constructed;
  object_class->dispose = daicho_checklist_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoChecklistPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoChecklistPage, version_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoChecklistPage, version_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoChecklistPage, add_group);
  gtk_widget_class_bind_template_child (widget_class, DaichoChecklistPage, article_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoChecklistPage, text_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoChecklistPage, add_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_text_row_entry_activated);

  gtk_widget_class_install_action (widget_class, "checklist.add", NULL, checklist_add_action);
  gtk_widget_class_install_action (widget_class, "checklist.reword", "s",
                                   checklist_reword_action);
  gtk_widget_class_install_action (widget_class, "checklist.move-up", "s",
                                   checklist_move_up_action);
  gtk_widget_class_install_action (widget_class, "checklist.move-down", "s",
                                   checklist_move_down_action);
  gtk_widget_class_install_action (widget_class, "checklist.retire", "s",
                                   checklist_retire_action);
}

static void
daicho_checklist_page_init (DaichoChecklistPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
  self->group_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->item_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
