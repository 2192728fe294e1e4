/* daicho-operator-button.c — who is making changes, chosen in the header bar
 *
 * Every write records its operator, so choosing one must be quick and plain:
 * a button with the person's name that opens a searchable list of current
 * staff. Without an operator the button says so.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-operator-button.h"

struct _DaichoOperatorButton
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkMenuButton      *menu_button;
  GtkLabel           *label;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;

  /* owned */
  DaichoContext      *context;
  GListStore         *staff;
  GtkFilterListModel *filtered;
  GtkStringFilter    *filter;
};

G_DEFINE_FINAL_TYPE (DaichoOperatorButton, daicho_operator_button, ADW_TYPE_BIN)

/* What the search matches: name, kana and employee number together. */
static char *
search_text (DaichoStaff *staff, gpointer user_data)
{
  return staff ? g_strdup_printf ("%s %s %s", staff->name, staff->kana, staff->emp_no)
               : g_strdup ("");
}

static void
update_label (DaichoOperatorButton *self)
{
  DaichoStaff *operator = daicho_context_get_operator (self->context);

  if (operator != NULL)
    {
      gtk_label_set_text (self->label, operator->name);
      gtk_widget_remove_css_class (GTK_WIDGET (self->menu_button), "warning");
    }
  else
    {
      gtk_label_set_text (self->label, _("Choose Operator"));
      gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "warning");
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  DaichoStaff *staff = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  g_autofree char *detail = g_strdup_printf ("%s · %s", staff->emp_no, staff->office_name);

  gtk_label_set_text (GTK_LABEL (name), staff->name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (name)), detail);
}

static void
choose (DaichoOperatorButton *self, DaichoStaff *staff)
{
  g_autofree char *message = NULL;

  if (staff == NULL)
    return;
  daicho_context_set_operator (self->context, staff);
  gtk_menu_button_popdown (self->menu_button);

  message = g_strdup_printf (_("Changes are now recorded as made by %s."), staff->name);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static void
on_list_view_activate (DaichoOperatorButton *self, guint position)
{
  g_autoptr(DaichoStaff) staff =
    g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  choose (self, staff);
}

static void
on_search_entry_search_changed (DaichoOperatorButton *self)
{
  gtk_string_filter_set_search (self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_entry_activate (DaichoOperatorButton *self)
{
  g_autoptr(DaichoStaff) first = NULL;

  /* search-changed comes after a pause; Enter typed quickly must not pick
   * from the list as it was before the last keystrokes. */
  on_search_entry_search_changed (self);
  first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
  choose (self, first);
}

static void
on_popover_show (DaichoOperatorButton *self)
{
  if (gtk_list_view_get_model (self->list_view) == NULL)
    gtk_list_view_set_model (self->list_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (
                               G_LIST_MODEL (g_object_ref (self->filtered)))));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
daicho_operator_button_reload (DaichoOperatorButton *self)
{
  g_autoptr(GListStore) staff =
    daicho_staff_store_list (daicho_context_get_db (self->context), 0, FALSE, NULL);

  if (staff == NULL)
    staff = g_list_store_new (DAICHO_TYPE_STAFF);
  g_set_object (&self->staff, staff);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->staff));
  update_label (self);
}

guint
daicho_operator_button_get_n_choices (DaichoOperatorButton *self)
{
  return self->staff ? g_list_model_get_n_items (G_LIST_MODEL (self->staff)) : 0;
}

static void
daicho_operator_button_constructed (GObject *object)
{
  DaichoOperatorButton *self = DAICHO_OPERATOR_BUTTON (object);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression;

  G_OBJECT_CLASS (daicho_operator_button_parent_class)->constructed (object);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (search_text), NULL, NULL);
  self->filter = gtk_string_filter_new (expression);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  /* The list gets its model when the popover first shows (on_popover_show):
   * a list view makes up to 200 rows at once, which a city's 2,000 staff
   * would otherwise cost the window's start. */

  g_signal_connect_object (self->context, "notify::operator", G_CALLBACK (update_label), self,
                           G_CONNECT_SWAPPED);
  daicho_operator_button_reload (self);
}

static void
daicho_operator_button_dispose (GObject *object)
{
  DaichoOperatorButton *self = DAICHO_OPERATOR_BUTTON (object);

  /* The menu button is AdwBin's child: AdwBin's dispose takes it down, so
   * the template is not disposed here as well. */
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->staff);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_operator_button_parent_class)->dispose (object);
}

static void
daicho_operator_button_class_init (DaichoOperatorButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_operator_button_constructed;
  object_class->dispose = daicho_operator_button_dispose;
  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoOperatorButton, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/widgets/"
                                               "daicho-operator-button.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoOperatorButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoOperatorButton, label);
  gtk_widget_class_bind_template_child (widget_class, DaichoOperatorButton, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DaichoOperatorButton, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
}

static void
daicho_operator_button_init (DaichoOperatorButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
daicho_operator_button_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_OPERATOR_BUTTON, "context", context, NULL);
}
