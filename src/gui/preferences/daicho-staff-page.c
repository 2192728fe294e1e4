/* daicho-staff-page.c — settings page for 職員, the staff
 *
 * Lists the staff of one office, adds them one by one or from a CSV file,
 * edits them (a transfer is a change of office) and records that they left.
 * Staff are never deleted: ledgers and past posts still name them.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho-context.h"
#include "daicho-gui-util.h"
#include "daicho-staff-page.h"

/* More rows than this make the page slow to build and no one reads them. */
#define MAX_ROWS 300

enum { FIELD_EMP_NO, FIELD_NAME, FIELD_KANA, FIELD_TITLE, FIELD_LOGIN, N_FIELDS };

/* The template's rows of the add group and of the edit dialog, by field. */
static const char *const add_row_ids[N_FIELDS] = {
  "emp_no_row", "name_row", "kana_row", "title_row", "login_row",
};
static const char *const edit_row_ids[N_FIELDS] = {
  "edit_emp_no_row", "edit_name_row", "edit_kana_row", "edit_title_row", "edit_login_row",
};

struct _DaichoStaffPage
{
  AdwPreferencesPage    parent_instance;

  /* template widgets */
  AdwComboRow          *office_row;
  GtkSwitch            *show_left_switch;
  GtkSearchEntry       *search_entry;
  GtkEditable          *add_fields[N_FIELDS];   /* the entry rows of the add group */
  GtkLabel             *add_error_label;
  AdwPreferencesGroup  *list_group;
  GtkWindow            *edit_dialog;            /* AdwMessageDialogs that hide on close */
  GtkEditable          *edit_fields[N_FIELDS];
  AdwComboRow          *edit_office_row;
  GtkLabel             *edit_error_label;
  GtkWindow            *left_dialog;
  GtkEditable          *left_date_row;
  GtkEditable          *left_reason_row;
  GtkLabel             *left_error_label;
  GtkWindow            *import_error_dialog;
  GtkWidget            *import_error_scroller;
  GtkLabel             *import_error_label;
  GtkNativeDialog      *chooser;
  GtkFileFilter        *csv_filter;

  /* owned references */
  DaichoContext        *context;
  GListStore           *offices;   /* active offices: the filter's model */
  GListStore           *staff;     /* the chosen office's staff, those who left too */
  GPtrArray            *rows;      /* widgets of list_group, removed on rebuild */

  gint64                dialog_staff_id;   /* whom the open dialog is about */
  gboolean              filling_offices;
};

G_DEFINE_FINAL_TYPE (DaichoStaffPage, daicho_staff_page, ADW_TYPE_PREFERENCES_PAGE)

static DaichoDb *
get_db (DaichoStaffPage *self)
{
  return daicho_context_get_db (self->context);
}

static gint64
selected_office_id (AdwComboRow *row)
{
  DaichoOffice *office = adw_combo_row_get_selected_item (row);

  return office ? office->id : 0;
}

/* A combo row offering @offices by name, with @office_id chosen. */
static void
setup_office_row (AdwComboRow *row, GListModel *offices, gint64 office_id)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (DAICHO_TYPE_OFFICE, NULL, "name");
  guint n = g_list_model_get_n_items (offices);

  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, offices);
  adw_combo_row_set_selected (row, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoOffice) office = g_list_model_get_item (offices, i);

      if (office->id == office_id)
        adw_combo_row_set_selected (row, i);
    }
}

/* Lower case, narrow and without blanks, so 山田 太郎 finds 山田太郎. */
static char *
search_key (const char *text)
{
  g_autofree char *narrow = daicho_text_normalize_width (text ? text : "");
  g_autofree char *folded = g_utf8_casefold (narrow, -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (key, *p);
  return g_string_free (key, FALSE);
}

static gboolean
staff_matches (DaichoStaff *staff, const char *needle)
{
  g_autofree char *name = NULL;
  g_autofree char *kana = NULL;
  g_autofree char *emp_no = NULL;

  if (*needle == '\0')
    return TRUE;
  name = search_key (staff->name);
  kana = search_key (staff->kana);
  emp_no = search_key (staff->emp_no);
  return strstr (name, needle) || strstr (kana, needle) || strstr (emp_no, needle);
}

/* Rows are many: each builds its menu only when it is first opened. */
static void
create_staff_menu (GtkMenuButton *button, gpointer user_data)
{
  DaichoStaff *staff = g_object_get_data (G_OBJECT (button), "staff");
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("Edit…"), NULL);

  g_menu_item_set_action_and_target_value (edit, "staff.edit", g_variant_new_int64 (staff->id));
  g_menu_append_item (menu, edit);
  if (staff->left_on == NULL)
    {
      g_autoptr(GMenuItem) left = g_menu_item_new (_("Mark as Left…"), NULL);

      g_menu_item_set_action_and_target_value (left, "staff.mark-left",
                                               g_variant_new_int64 (staff->id));
      g_menu_append_item (menu, left);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
new_staff_row (DaichoStaffPage *self, DaichoStaff *staff)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *button_label = g_strdup_printf (_("Actions for %s"), staff->name);
  g_autoptr(GString) subtitle = g_string_new (staff->emp_no);

  if (staff->left_on != NULL)
    {
      g_autofree char *date = daicho_context_format_date (self->context, staff->left_on);

      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, staff->active ? _("Leaves on %s") : _("Left on %s"),
                              date);
    }
  else
    {
      if (staff->title != NULL && *staff->title != '\0')
        g_string_append_printf (subtitle, " · %s", staff->title);
      if (staff->login != NULL)
        g_string_append_printf (subtitle, " · %s", staff->login);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), staff->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  if (!staff->active)
    gtk_widget_add_css_class (row, "dim-label");

  g_object_set_data_full (G_OBJECT (button), "staff", g_object_ref (staff), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_staff_menu, NULL, NULL);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Edit or mark as left"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  button_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* Shows the loaded staff that pass the search and the "who have left"
 * switch, at most MAX_ROWS of them. */
static void
rebuild_rows (DaichoStaffPage *self)
{
  g_autofree char *needle = search_key (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gboolean show_left = gtk_switch_get_active (self->show_left_switch);
  guint n = self->staff ? g_list_model_get_n_items (G_LIST_MODEL (self->staff)) : 0;
  guint matched = 0;

  if (self->rows == NULL)
    return;
  daicho_gui_rows_clear (self->list_group, self->rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoStaff) staff = g_list_model_get_item (G_LIST_MODEL (self->staff), i);

      if ((!staff->active && !show_left) || !staff_matches (staff, needle))
        continue;
      if (++matched <= MAX_ROWS)
        daicho_gui_rows_add (self->list_group, self->rows, new_staff_row (self, staff));
    }

  if (matched > MAX_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("%u more — refine the search"),
                                               matched - MAX_ROWS);
      daicho_gui_rows_add (self->list_group, self->rows, daicho_gui_message_row (more));
    }
  else if (matched == 0)
    daicho_gui_rows_add (self->list_group, self->rows,
                         daicho_gui_message_row (*needle ? _("No staff match the search")
                                                         : _("No staff in this office yet")));
}

static void
reload_staff (DaichoStaffPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 office_id = selected_office_id (self->office_row);

  g_clear_object (&self->staff);
  if (office_id != 0)
    self->staff = daicho_staff_store_list (get_db (self), office_id, TRUE, &error);
  rebuild_rows (self);
  if (error != NULL)
    daicho_gui_rows_add (self->list_group, self->rows, daicho_gui_message_row (error->message));
}

/* Refills the office filter, keeping the chosen office (at first: the
 * window's office). */
static void
reload_offices (DaichoStaffPage *self)
{
  g_autoptr(GListStore) offices = daicho_office_store_list (get_db (self), FALSE, NULL);
  DaichoOffice *current = daicho_context_get_office (self->context);
  gint64 keep = selected_office_id (self->office_row);
  guint n = offices ? g_list_model_get_n_items (G_LIST_MODEL (offices)) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (keep == 0 && current != NULL)
    keep = current->id;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (offices), i));

  self->filling_offices = TRUE;
  g_list_store_splice (self->offices, 0, g_list_model_get_n_items (G_LIST_MODEL (self->offices)),
                       items->pdata, items->len);
  setup_office_row (self->office_row, G_LIST_MODEL (self->offices), keep);
  if (selected_office_id (self->office_row) == 0 && n > 0)
    adw_combo_row_set_selected (self->office_row, 0);
  self->filling_offices = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.add", n > 0);
  reload_staff (self);
}

static void
on_office_row_notify_selected (AdwComboRow *row, GParamSpec *pspec, gpointer user_data)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (user_data);

  if (!self->filling_offices && self->context != NULL)
    reload_staff (self);
}

static void
on_show_left_switch_notify_active (GtkSwitch *sw, GParamSpec *pspec, gpointer user_data)
{
  rebuild_rows (DAICHO_STAFF_PAGE (user_data));
}

static void
on_search_entry_search_changed (GtkSearchEntry *entry, gpointer user_data)
{
  rebuild_rows (DAICHO_STAFF_PAGE (user_data));
}

static void
on_context_data_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (user_data);

  if (g_strcmp0 (kind, "office") == 0)
    reload_offices (self);
  else if (g_strcmp0 (kind, "date-style") == 0)
    rebuild_rows (self);
  else
    reload_staff (self);
}

static void
on_entry_row_entry_activated (AdwEntryRow *row, gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "staff.add", NULL);
}

/* Fills @input with the texts of @fields (borrowed). */
static void
read_input (GtkEditable *const *fields, gint64 office_id, DaichoStaffInput *input)
{
  input->emp_no = gtk_editable_get_text (fields[FIELD_EMP_NO]);
  input->name = gtk_editable_get_text (fields[FIELD_NAME]);
  input->kana = gtk_editable_get_text (fields[FIELD_KANA]);
  input->title = gtk_editable_get_text (fields[FIELD_TITLE]);
  input->login = gtk_editable_get_text (fields[FIELD_LOGIN]);
  input->office_id = office_id;
}

static void
staff_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (widget);
  DaichoStaffInput input;
  g_autoptr(GError) error = NULL;

  read_input (self->add_fields, selected_office_id (self->office_row), &input);
  if (daicho_staff_store_add (get_db (self), &input, &error) == 0)
    {
      gtk_label_set_text (self->add_error_label, error->message);
      return;
    }

  gtk_label_set_text (self->add_error_label, "");
  for (guint i = 0; i < N_FIELDS; i++)
    gtk_editable_set_text (self->add_fields[i], "");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_fields[FIELD_EMP_NO]));
  daicho_gui_toast (widget, _("Staff member added"));
  daicho_context_data_changed (self->context, "staff");
}

static void
show_dialog (DaichoStaffPage *self, GtkWindow *dialog, GtkLabel *error_label,
             const GError *error)
{
  gtk_label_set_text (error_label, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), error != NULL);
  gtk_window_set_transient_for (dialog,
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (dialog);
}

static void
on_edit_dialog_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (user_data);
  DaichoStaffInput input;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || self->context == NULL)
    return;

  read_input (self->edit_fields, selected_office_id (self->edit_office_row), &input);
  if (!daicho_staff_store_update (get_db (self), self->dialog_staff_id, &input, &error))
    {
      /* The dialog hid itself on the answer: show it again, saying why. */
      show_dialog (self, self->edit_dialog, self->edit_error_label, error);
      return;
    }
  daicho_gui_toast (GTK_WIDGET (self), _("Staff member saved"));
  daicho_context_data_changed (self->context, "staff");
}

static void
staff_edit_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) staff =
    daicho_staff_store_get (get_db (self), g_variant_get_int64 (param), &error);

  if (staff == NULL)
    {
      daicho_gui_show_error (widget, _("Could not open the staff member"), error);
      return;
    }
  gtk_editable_set_text (self->edit_fields[FIELD_EMP_NO], staff->emp_no);
  gtk_editable_set_text (self->edit_fields[FIELD_NAME], staff->name);
  gtk_editable_set_text (self->edit_fields[FIELD_KANA], staff->kana ? staff->kana : "");
  gtk_editable_set_text (self->edit_fields[FIELD_TITLE], staff->title ? staff->title : "");
  gtk_editable_set_text (self->edit_fields[FIELD_LOGIN], staff->login ? staff->login : "");
  setup_office_row (self->edit_office_row, G_LIST_MODEL (self->offices), staff->office_id);

  self->dialog_staff_id = staff->id;
  show_dialog (self, self->edit_dialog, self->edit_error_label, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->edit_fields[FIELD_NAME]));
}

static void
on_left_dialog_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (user_data);
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "mark-left") != 0 || self->context == NULL)
    return;

  if (!daicho_gui_read_date (self->left_date_row, TRUE, &iso, &error) ||
      !daicho_staff_store_mark_left (get_db (self), self->dialog_staff_id, iso,
                                     gtk_editable_get_text (self->left_reason_row), &error))
    {
      show_dialog (self, self->left_dialog, self->left_error_label, error);
      return;
    }
  daicho_gui_toast (GTK_WIDGET (self), _("Staff member marked as left"));
  daicho_context_data_changed (self->context, "staff");
}

static void
staff_mark_left_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) staff =
    daicho_staff_store_get (get_db (self), g_variant_get_int64 (param), &error);
  g_autofree char *today_iso = daicho_date_today_iso ();
  g_autofree char *today = daicho_context_format_date (self->context, today_iso);

  if (staff == NULL)
    {
      daicho_gui_show_error (widget, _("Could not open the staff member"), error);
      return;
    }
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (self->left_dialog),
                                     _("Mark %s as Left?"), staff->name);
  gtk_editable_set_text (self->left_date_row, today);
  gtk_editable_set_text (self->left_reason_row, "");

  self->dialog_staff_id = staff->id;
  show_dialog (self, self->left_dialog, self->left_error_label, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->left_reason_row));
}

/* A refused import: the core's message lists every bad line, which can be
 * many, so a long one scrolls. */
static void
show_import_error (DaichoStaffPage *self, const GError *error)
{
  gboolean is_long = strlen (error->message) > 300 || strchr (error->message, '\n') != NULL;

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self->import_error_dialog),
                               is_long ? _("Correct these lines in the file and import it again:")
                                       : error->message);
  gtk_label_set_text (self->import_error_label, error->message);
  gtk_widget_set_visible (self->import_error_scroller, is_long);
  gtk_window_set_transient_for (self->import_error_dialog,
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (self->import_error_dialog);
}

static void
on_chooser_response (GtkNativeDialog *chooser, int response, gpointer user_data)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (user_data);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;
  DaichoImportResult result = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || self->context == NULL)
    return;

  /* A file a portal hands over may have no local path: read it whole. */
  path = g_file_get_path (file);
  if (path != NULL)
    ok = daicho_staff_import_file (get_db (self), path, &result, &error);
  else
    ok = g_file_load_contents (file, NULL, &data, &len, NULL, &error) &&
         daicho_staff_import_data (get_db (self), data, len, &result, &error);

  if (ok)
    {
      g_autofree char *message = g_strdup_printf (_("Imported: %u added, %u updated"),
                                                  result.added, result.updated);

      daicho_gui_toast (GTK_WIDGET (self), message);
      daicho_context_data_changed (self->context, "staff");
    }
  else
    show_import_error (self, error);
  daicho_import_result_clear (&result);
}

static void
staff_import_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (widget);

  gtk_native_dialog_set_transient_for (self->chooser, GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_native_dialog_show (self->chooser);
}

static void
daicho_staff_page_constructed (GObject *object)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (object);

  G_OBJECT_CLASS (daicho_staff_page_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));
  g_signal_connect (self->context, "data-changed::staff", G_CALLBACK (on_context_data_changed),
                    self);
  g_signal_connect (self->context, "data-changed::office", G_CALLBACK (on_context_data_changed),
                    self);
  g_signal_connect (self->context, "data-changed::date-style",
                    G_CALLBACK (on_context_data_changed), self);
  reload_offices (self);
}

static void
daicho_staff_page_dispose (GObject *object)
{
  DaichoStaffPage *self = DAICHO_STAFF_PAGE (object);

  /* The template's groups are the page's own children, which the parent's
   * dispose takes down. Its dialogs are toplevels: they go here. */
  g_clear_pointer (&self->edit_dialog, gtk_window_destroy);
  g_clear_pointer (&self->left_dialog, gtk_window_destroy);
  g_clear_pointer (&self->import_error_dialog, gtk_window_destroy);
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->context, self);
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  self->chooser = NULL;
  g_clear_object (&self->context);
  g_clear_object (&self->offices);
  g_clear_object (&self->staff);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (daicho_staff_page_parent_class)->dispose (object);
}

static void
daicho_staff_page_class_init (DaichoStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_staff_page_constructed;
  object_class->dispose = daicho_staff_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoStaffPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, office_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, show_left_switch);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, search_entry);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, add_row_ids[i], FALSE,
                                                 G_STRUCT_OFFSET (DaichoStaffPage, add_fields)
                                                 + i * sizeof (GtkEditable *));
      gtk_widget_class_bind_template_child_full (widget_class, edit_row_ids[i], FALSE,
                                                 G_STRUCT_OFFSET (DaichoStaffPage, edit_fields)
                                                 + i * sizeof (GtkEditable *));
    }
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, edit_dialog);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, edit_office_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, edit_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, left_dialog);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, left_date_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, left_reason_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, left_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, import_error_dialog);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, import_error_scroller);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, import_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, chooser);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, csv_filter);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, add_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoStaffPage, list_group);
  gtk_widget_class_bind_template_callback (widget_class, on_office_row_notify_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_show_left_switch_notify_active);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_dialog_response);
  gtk_widget_class_bind_template_callback (widget_class, on_left_dialog_response);
  gtk_widget_class_bind_template_callback (widget_class, on_chooser_response);

  gtk_widget_class_install_action (widget_class, "staff.add", NULL, staff_add_action);
  gtk_widget_class_install_action (widget_class, "staff.import", NULL, staff_import_action);
  gtk_widget_class_install_action (widget_class, "staff.edit", "x", staff_edit_action);
  gtk_widget_class_install_action (widget_class, "staff.mark-left", "x", staff_mark_left_action);
}

static void
daicho_staff_page_init (DaichoStaffPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->offices = g_list_store_new (DAICHO_TYPE_OFFICE);
  daicho_gui_watch_date (self->left_date_row);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), self->csv_filter);
}
