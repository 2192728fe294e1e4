/* daicho-designation-page.c — the 取扱者指定 tab
 *
 * Who may handle the information, office by office: a sortable column view
 * of designations filtered by search, state, office and an "as of" date
 * (who was designated on any past day), the review list, and the roster to
 * print, save as PDF or export to Excel. Adding, ending, checking and
 * reviewing happen in dialogs (daicho-designation-dialogs.c); every change
 * comes back here through the context's data-changed signal.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-designation-page.h"
#include "daicho-gui-util.h"
#include "daicho-print.h"
#include "dialogs/daicho-designation-dialogs.h"

struct _DaichoDesignationPage
{
  AdwBin            parent_instance;

  /* template widgets */
  GtkSearchEntry   *search_entry;
  GtkDropDown      *state_dropdown;
  GtkCheckButton   *all_offices_check;
  GtkEntry         *as_of_entry;
  GtkButton        *review_button;
  GtkStack         *content_stack;
  GtkColumnView    *column_view;
  AdwStatusPage    *empty_page;
  GtkLabel         *status_label;

  /* owned */
  DaichoContext    *context;
  GtkSortListModel *sort_model;
  gboolean          dirty;    /* changed while hidden: load when shown */
};

G_DEFINE_FINAL_TYPE (DaichoDesignationPage, daicho_designation_page, ADW_TYPE_BIN)

/* The state drop-down's entries, in order; NULL: all. "review" lists the
 * review list (needs review or waiting for permission). */
static const char * const state_filters[] = { NULL, "current", "review", "pending", "ended",
                                              "future" };

typedef char *(*CellText) (DaichoDesignationPage *self, DaichoDesignation *d);

typedef struct
{
  DaichoDesignationPage *self;
  CellText               text;
} Column;

static char *
cell_name (DaichoDesignationPage *self, DaichoDesignation *d)
{
  return g_strdup (d->staff_name);
}

static char *
cell_emp_no (DaichoDesignationPage *self, DaichoDesignation *d)
{
  return g_strdup (d->emp_no);
}

static char *
cell_office (DaichoDesignationPage *self, DaichoDesignation *d)
{
  return g_strdup (d->office_name);
}

static char *
cell_scope (DaichoDesignationPage *self, DaichoDesignation *d)
{
  return g_strdup (daicho_designation_scope_form_label (d->scope));
}

static char *
cell_start (DaichoDesignationPage *self, DaichoDesignation *d)
{
  return daicho_context_format_date (self->context, d->start_date);
}

static char *
cell_manager (DaichoDesignationPage *self, DaichoDesignation *d)
{
  return g_strdup (d->manager_name);
}

static char *
cell_permission (DaichoDesignationPage *self, DaichoDesignation *d)
{
  g_autofree char *date = NULL;

  if (d->permission_date == NULL)
    return g_strdup (d->supervised ? "—" : _("none"));
  date = daicho_context_format_date_short (self->context, d->permission_date);
  return g_strdup_printf ("%s %s", date, d->permission_ref);
}

static char *
cell_end (DaichoDesignationPage *self, DaichoDesignation *d)
{
  return daicho_context_format_date (self->context, d->end_date);
}

static char *
cell_state (DaichoDesignationPage *self, DaichoDesignation *d)
{
  g_autofree char *flags = daicho_designation_flags_text (d->review_flags);

  if (*flags == '\0' || g_str_equal (d->state, "ended"))
    return g_strdup (daicho_designation_state_label (d->state));
  return g_strdup_printf (C_("state and reasons", "%s (%s)"), daicho_designation_state_label (d->state), flags);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  daicho_gui_cell_tooltip (label);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Column *column)
{
  DaichoDesignation *d = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = column->text (column->self, d);

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  /* Only the state says "look here"; ended rows are dimmed throughout. */
  if (column->text == cell_state &&
      (g_str_equal (d->state, "review") || g_str_equal (d->state, "pending")))
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
  if (g_str_equal (d->state, "ended"))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/* Adds a column showing @text, sorted by the record property @sort_key. */
static void
add_column (DaichoDesignationPage *self, const char *title, CellText text, const char *sort_key,
            gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Column *column = g_new0 (Column, 1);
  GtkColumnViewColumn *view_column;
  GtkSorter *sorter;

  column->self = self;
  column->text = text;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell_cb), column,
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  view_column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (DAICHO_TYPE_DESIGNATION,
                                                                           NULL, sort_key)));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (sorter);
  g_object_unref (view_column);
}

/* The office the list is limited to (0: all) and the "as of" date. */
static gint64
filter_office (DaichoDesignationPage *self)
{
  DaichoOffice *office = daicho_context_get_office (self->context);

  if (gtk_check_button_get_active (self->all_offices_check) || office == NULL)
    return 0;
  return office->id;
}

static void
update_review_button (DaichoDesignationPage *self)
{
  g_autoptr(GListStore) review =
    daicho_designation_store_review (daicho_context_get_db (self->context),
                                     filter_office (self), NULL);
  guint n = review ? g_list_model_get_n_items (G_LIST_MODEL (review)) : 0;
  g_autofree char *label = g_strdup_printf (_("Review (%u)"), n);

  gtk_button_set_label (self->review_button, label);
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->review_button), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->review_button), "warning");
}

/* Lists the designations the filters ask for. While the tab is hidden, only
 * remembers to: the window starts without waiting for a tab not shown. */
static void
reload (DaichoDesignationPage *self)
{
  DaichoDb *db = daicho_context_get_db (self->context);
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  g_autofree char *on = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  DaichoDesignationFilter filter = { 0 };
  guint n;

  self->dirty = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->dirty)
    return;
  if (!daicho_gui_read_date (GTK_EDITABLE (self->as_of_entry), FALSE, &on, NULL))
    return;  /* the entry shows why in its tooltip */

  filter.office_id = filter_office (self);
  filter.on = on;
  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter.state = state < G_N_ELEMENTS (state_filters) ? state_filters[state] : NULL;

  if (g_strcmp0 (filter.state, "review") == 0)
    list = daicho_designation_store_review (db, filter.office_id, &error);
  else
    list = daicho_designation_store_list (db, &filter, &error);

  if (list == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("The Designations Cannot Be Read"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (list));
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n == 0)
    {
      gboolean filtered = *filter.search != '\0' || filter.state != NULL;

      adw_status_page_set_title (self->empty_page,
                                 filtered ? _("No Matching Designations")
                                          : _("No Designations Yet"));
      adw_status_page_set_description (self->empty_page,
                                       filtered ? _("Change the search or the filters.")
                                                : _("Designate the staff who may handle "
                                                    "resident-register information (第5条第1項) "
                                                    "with “Designate…” (Ctrl+N)."));
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, "list");

  {
    g_autofree char *status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u designation",
                                                            "%u designations", n), n);
    gtk_label_set_text (self->status_label, status);
  }
  update_review_button (self);
}

static void
on_filter_changed (DaichoDesignationPage *self)
{
  reload (self);
}

static void
on_context_changed (DaichoDesignationPage *self)
{
  reload (self);
}

static void
on_map (DaichoDesignationPage *self)
{
  if (self->dirty)
    reload (self);
}

static void
on_column_view_activate (DaichoDesignationPage *self, guint position)
{
  g_autoptr(DaichoDesignation) d = g_list_model_get_item (G_LIST_MODEL (self->sort_model),
                                                          position);

  if (d != NULL)
    daicho_designation_dialog_details (GTK_WIDGET (self), self->context, d->id);
}

static void
add_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoDesignationPage *self = DAICHO_DESIGNATION_PAGE (widget);

  daicho_designation_dialog_add (widget, self->context, g_str_equal (action_name,
                                                                     "designation.add-many"));
}

static void
today_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoDesignationPage *self = DAICHO_DESIGNATION_PAGE (widget);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *shown = daicho_context_format_date (self->context, today);

  gtk_editable_set_text (GTK_EDITABLE (self->as_of_entry), shown);
  reload (self);
}

static void
review_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoDesignationPage *self = DAICHO_DESIGNATION_PAGE (widget);

  gtk_drop_down_set_selected (self->state_dropdown, 2);
}

/* The roster of the office shown, as of the "as of" date. */
static DaichoForm *
roster_form (DaichoDesignationPage *self, GError **error)
{
  DaichoOffice *office = daicho_context_get_office (self->context);
  g_autofree char *on = NULL;

  if (office == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Choose the office in the header bar first."));
      return NULL;
    }
  if (!daicho_gui_read_date (GTK_EDITABLE (self->as_of_entry), FALSE, &on, error))
    return NULL;
  return daicho_roster_form_new (daicho_context_get_db (self->context), office->id, on, error);
}

static void
print_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoDesignationPage *self = DAICHO_DESIGNATION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoForm) form = roster_form (self, &error);

  if (form == NULL)
    daicho_gui_show_error (widget, _("The Roster Cannot Be Printed"), error);
  else
    daicho_print_form (widget, g_steal_pointer (&form));
}

static void
export_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoDesignationPage *self = DAICHO_DESIGNATION_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  DaichoOffice *office = daicho_context_get_office (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoForm) form = roster_form (self, &error);
  g_autofree char *on = NULL;
  g_autofree char *name = NULL;

  if (form == NULL)
    {
      daicho_gui_show_error (widget, _("The Roster Cannot Be Saved"), error);
      return;
    }
  daicho_gui_read_date (GTK_EDITABLE (self->as_of_entry), FALSE, &on, NULL);
  if (on == NULL)
    on = daicho_date_today_iso ();
  name = g_strdup_printf ("指定一覧_%s_%s.%s", office->name, on, format);
  daicho_save_form (widget, g_steal_pointer (&form), name);
}

static void
search_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (DAICHO_DESIGNATION_PAGE (widget)->search_entry));
}

static void
daicho_designation_page_constructed (GObject *object)
{
  DaichoDesignationPage *self = DAICHO_DESIGNATION_PAGE (object);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *shown = NULL;
  GtkSelectionModel *selection;

  G_OBJECT_CLASS (daicho_designation_page_parent_class)->constructed (object);

  add_column (self, C_("staff", "Name"), cell_name, "staff-kana", TRUE);
  add_column (self, _("Emp. No."), cell_emp_no, "emp-no", FALSE);
  add_column (self, _("Office"), cell_office, "office-code", TRUE);
  add_column (self, _("Scope"), cell_scope, "scope", TRUE);
  add_column (self, _("Designated on"), cell_start, "start-date", FALSE);
  add_column (self, _("Designated by"), cell_manager, "manager-name", FALSE);
  add_column (self, _("Permission"), cell_permission, "permission-date", FALSE);
  add_column (self, _("Ended on"), cell_end, "end-date", FALSE);
  add_column (self, _("State"), cell_state, "state", TRUE);

  self->sort_model = gtk_sort_list_model_new (NULL, NULL);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (
    G_LIST_MODEL (g_object_ref (self->sort_model))));
  gtk_column_view_set_model (self->column_view, selection);
  g_object_unref (selection);

  shown = daicho_context_format_date (self->context, today);
  gtk_editable_set_text (GTK_EDITABLE (self->as_of_entry), shown);
  daicho_gui_watch_date (GTK_EDITABLE (self->as_of_entry));

  g_signal_connect_object (self->context, "notify::office", G_CALLBACK (on_context_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "data-changed", G_CALLBACK (on_context_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  reload (self);
}

static void
daicho_designation_page_dispose (GObject *object)
{
  DaichoDesignationPage *self = DAICHO_DESIGNATION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_DESIGNATION_PAGE);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_designation_page_parent_class)->dispose (object);
}

static void
daicho_designation_page_class_init (DaichoDesignationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_designation_page_constructed;
  object_class->dispose = daicho_designation_page_dispose;
  daicho_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaichoDesignationPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/"
                                               "daicho-designation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, all_offices_check);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, as_of_entry);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DaichoDesignationPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  gtk_widget_class_install_action (widget_class, "designation.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "designation.add-many", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "designation.today", NULL, today_activated);
  gtk_widget_class_install_action (widget_class, "designation.review", NULL, review_activated);
  gtk_widget_class_install_action (widget_class, "designation.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "designation.export", "s", export_activated);
  gtk_widget_class_install_action (widget_class, "designation.search", NULL, search_activated);

}

/* The tab's shortcuts (see daicho_gui_add_shortcuts()). */
static const DaichoGuiShortcut shortcuts[] = {
  { GDK_KEY_n, GDK_CONTROL_MASK, "designation.add" },
  { GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "designation.add-many" },
  { GDK_KEY_p, GDK_CONTROL_MASK, "designation.print" },
  { GDK_KEY_f, GDK_CONTROL_MASK, "designation.search" },
};

static void
daicho_designation_page_init (DaichoDesignationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  daicho_gui_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
}

GtkWidget *
daicho_designation_page_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_DESIGNATION_PAGE, "context", context, NULL);
}
