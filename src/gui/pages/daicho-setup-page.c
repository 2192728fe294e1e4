/* daicho-setup-page.c — the first run: your office, yourself, your staff
 *
 * Shown on an empty database. One button creates the office, its
 * システム利用責任者 post and the user as first operator (one transaction),
 * then imports the optional staff CSV (a second, all-or-nothing step whose
 * failure leaves the office in place and says what to fix).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-gui-util.h"
#include "daicho-setup-page.h"

struct _DaichoSetupPage
{
  AdwBin         parent_instance;

  /* template widgets */
  AdwEntryRow   *office_code_row;
  AdwEntryRow   *office_name_row;
  AdwComboRow   *office_kind_row;
  AdwEntryRow   *emp_no_row;
  AdwEntryRow   *name_row;
  AdwEntryRow   *kana_row;
  AdwEntryRow   *title_row;
  AdwEntryRow   *login_row;
  GtkSwitch     *manager_switch;
  AdwActionRow  *csv_row;
  GtkLabel      *error_label;

  /* owned */
  DaichoContext *context;
  GFile         *csv_file;
  GtkNativeDialog *chooser;
};

G_DEFINE_FINAL_TYPE (DaichoSetupPage, daicho_setup_page, ADW_TYPE_BIN)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const office_kinds[] = { "kuminka", "shisho", "shutchojo", "other" };

static void
show_error (DaichoSetupPage *self, const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
start_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoSetupPage *self = DAICHO_SETUP_PAGE (widget);
  DaichoDb *db = daicho_context_get_db (self->context);
  guint kind = adw_combo_row_get_selected (self->office_kind_row);
  g_autoptr(GError) error = NULL;
  DaichoSetupInput input = {
    .office_code = gtk_editable_get_text (GTK_EDITABLE (self->office_code_row)),
    .office_name = gtk_editable_get_text (GTK_EDITABLE (self->office_name_row)),
    .office_kind = office_kinds[MIN (kind, G_N_ELEMENTS (office_kinds) - 1)],
    .operator = {
      .emp_no = gtk_editable_get_text (GTK_EDITABLE (self->emp_no_row)),
      .name = gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
      .kana = gtk_editable_get_text (GTK_EDITABLE (self->kana_row)),
      .title = gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
      .login = gtk_editable_get_text (GTK_EDITABLE (self->login_row)),
    },
    .is_usage_manager = gtk_switch_get_active (self->manager_switch),
  };

  if (daicho_setup_first_run (db, &input, &error) == 0)
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);

  if (self->csv_file != NULL)
    {
      g_autofree char *path = g_file_get_path (self->csv_file);
      DaichoImportResult result = { 0 };

      if (!daicho_staff_import_file (db, path, &result, &error))
        {
          g_autoptr(GError) wrapped =
            g_error_new (DAICHO_ERROR, DAICHO_ERROR_INVALID,
                         _("Your office is set up, but the staff list was not imported. Fix the "
                           "file and import it again in Settings → Staff.\n\n%s"),
                         error->message);
          daicho_gui_show_error (widget, _("Staff Not Imported"), wrapped);
        }
      daicho_import_result_clear (&result);
    }

  daicho_context_data_changed (self->context, "office");
  daicho_context_data_changed (self->context, "staff");
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
on_chooser_response (DaichoSetupPage *self, int response, GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (file);

      g_set_object (&self->csv_file, file);
      adw_action_row_set_subtitle (self->csv_row, name);
    }
  g_clear_object (&self->chooser);
}

static void
choose_csv_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoSetupPage *self = DAICHO_SETUP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");

  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Staff List"),
                                                                  GTK_WINDOW (root),
                                                                  GTK_FILE_CHOOSER_ACTION_OPEN,
                                                                  _("_Choose"), _("_Cancel")));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
daicho_setup_page_constructed (GObject *object)
{
  DaichoSetupPage *self = DAICHO_SETUP_PAGE (object);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (daicho_setup_page_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (office_kinds); i++)
    gtk_string_list_append (kinds, daicho_office_kind_label (office_kinds[i]));
  adw_combo_row_set_model (self->office_kind_row, G_LIST_MODEL (kinds));

  gtk_editable_set_text (GTK_EDITABLE (self->login_row), g_get_user_name ());
}

static void
daicho_setup_page_dispose (GObject *object)
{
  DaichoSetupPage *self = DAICHO_SETUP_PAGE (object);

  if (self->chooser)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_SETUP_PAGE);
  g_clear_object (&self->csv_file);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_setup_page_parent_class)->dispose (object);
}

static void
daicho_setup_page_class_init (DaichoSetupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_setup_page_constructed;
  object_class->dispose = daicho_setup_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoSetupPage, context));

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/daicho-setup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, office_code_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, office_name_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, office_kind_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, emp_no_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, kana_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, login_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, manager_switch);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, csv_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoSetupPage, error_label);

  gtk_widget_class_install_action (widget_class, "setup.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "setup.choose-csv", NULL, choose_csv_activated);
}

static void
daicho_setup_page_init (DaichoSetupPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
daicho_setup_page_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_SETUP_PAGE, "context", context, NULL);
}
