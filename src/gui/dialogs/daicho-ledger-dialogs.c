/* daicho-ledger-dialogs.c — entering and correcting forms in the 帳票等管理台帳
 *
 * Every dialog is a DaichoFormDialog: it stays open with the core's message
 * when a rule refuses the change (第5条・第6条, 第9条 …), so nothing typed is
 * lost. The entry dialog shows what the rules will say before it is saved —
 * who the employee number is and whether they are designated, which places
 * do not lock, the day the form may be destroyed — but the store decides.
 * After a change the context's data-changed::ledger reloads every view.
 * What happens to an entry afterwards — details, check, hand over, void,
 * disposal — is in daicho-ledger-details.c.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-retention.h"
#include "daicho-gui-util.h"
#include "daicho-ledger-dialogs.h"
#include "widgets/daicho-form-dialog.h"

/* Earlier form names offered under the name row. */
#define N_SUGGESTIONS 5

static const char * const basis_codes[] = { "request", "application", "notification",
                                            "ex_officio", "other" };

/* Shared rows */

typedef struct
{
  DaichoContext *context;
  GtkWidget     *person_row;
  DaichoStaff   *staff;
  char          *status;
  gboolean       warning;
} PersonField;

static void
person_field_free (PersonField *p)
{
  g_clear_object (&p->context);
  g_clear_object (&p->staff);
  g_free (p->status);
  g_free (p);
}

static void
person_field_show (GtkWidget *field, PersonField *p)
{
  g_autofree char *clean = daicho_text_strip (gtk_editable_get_text (GTK_EDITABLE (field)));
  g_autofree char *who = NULL;
  g_autofree char *subtitle = NULL;

  if (p->staff != NULL)
    who = g_strdup_printf ("%s · %s · %s", p->staff->name, p->staff->title,
                           p->staff->office_name);
  else
    who = g_strdup (clean && *clean ? _("No current staff member has this number")
                                    : _("Type the employee number"));
  subtitle = p->status ? g_strdup_printf ("%s\n%s", who, p->status) : g_strdup (who);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (p->person_row), subtitle);
  if (p->staff == NULL || p->warning)
    gtk_widget_add_css_class (p->person_row, "warning");
  else
    gtk_widget_remove_css_class (p->person_row, "warning");
}

/* Finds the current staff member whose employee number is typed. */
static void
on_person_changed (GtkWidget *field, PersonField *p)
{
  g_autofree char *emp_no =
    daicho_text_normalize_width (gtk_editable_get_text (GTK_EDITABLE (field)));
  g_autofree char *clean = daicho_text_strip (emp_no);
  DaichoStaff *staff = NULL;

  if (clean != NULL && *clean != '\0')
    staff = daicho_staff_store_get_by_emp_no (daicho_context_get_db (p->context), clean, NULL);
  if (staff != NULL && !staff->active)
    g_clear_object (&staff);
  g_clear_object (&p->staff);
  p->staff = staff;
  g_clear_pointer (&p->status, g_free);
  p->warning = FALSE;
  person_field_show (field, p);
}

GtkWidget *
daicho_ledger_person_field_new (DaichoContext       *context,
                                AdwPreferencesGroup *group,
                                const char          *title,
                                const char          *emp_no)
{
  PersonField *p = g_new0 (PersonField, 1);
  GtkWidget *field = daicho_gui_entry_row (title, NULL);

  p->context = g_object_ref (context);
  p->person_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (p->person_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (p->person_row), _("Staff member"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (p->person_row), 4);
  g_object_set_data_full (G_OBJECT (field), "daicho-person", p,
                          (GDestroyNotify) person_field_free);
  adw_preferences_group_add (group, field);
  adw_preferences_group_add (group, p->person_row);

  /* Connected first: whoever connects later finds the person already known. */
  g_signal_connect (field, "changed", G_CALLBACK (on_person_changed), p);
  if (emp_no != NULL)
    gtk_editable_set_text (GTK_EDITABLE (field), emp_no);
  on_person_changed (field, p);
  return field;
}

DaichoStaff *
daicho_ledger_person_field_get (GtkWidget *field)
{
  PersonField *p = g_object_get_data (G_OBJECT (field), "daicho-person");

  return p ? p->staff : NULL;
}

void
daicho_ledger_person_field_set_status (GtkWidget *field, const char *status, gboolean warning)
{
  PersonField *p = g_object_get_data (G_OBJECT (field), "daicho-person");

  g_free (p->status);
  p->status = g_strdup (status);
  p->warning = warning;
  person_field_show (field, p);
}

char *
daicho_ledger_state_text (DaichoLedgerEntry *e)
{
  GString *text = g_string_new (e->voided_at ? _("Voided") : daicho_ledger_state_label (e->state));

  if (e->voided_at == NULL && e->checked_by_name == NULL)
    g_string_append_printf (text, " · %s", _("Not checked"));
  if (e->due)
    g_string_append_printf (text, " · %s", _("Retention passed"));
  if (e->unlocked)
    g_string_append_printf (text, " · %s", _("Not locked"));
  return g_string_free (text, FALSE);
}

static GtkWidget *
combo_row (const char *title, GListModel *labels, guint selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), labels);
  if (selected < g_list_model_get_n_items (labels))
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return row;
}

const char *
daicho_person_emp_no (DaichoContext *context, gint64 staff_id, DaichoStaff **staff)
{
  *staff = staff_id ? daicho_staff_store_get (daicho_context_get_db (context), staff_id, NULL)
                    : NULL;
  return *staff ? (*staff)->emp_no : NULL;
}

/* The entry dialog */

typedef struct
{
  DaichoContext     *context;
  GtkWidget         *parent;       /* the page: toasts, ledger.reveal */
  GtkWidget         *dialog;
  DaichoLedgerEntry *entry;        /* being edited; NULL when adding */
  gint64             office_id;
  char              *office_name;
  GListStore        *places;       /* DaichoPlace, as the place row lists them */
  GListStore        *classes;      /* DaichoRetentionClass, as the class row lists them */
  GPtrArray         *suggestion_rows;
  GtkWidget         *form_group;
  GtkWidget         *name_row;
  GtkWidget         *date_row;
  GtkWidget         *printer_row;
  GtkWidget         *copies_spin;
  GtkWidget         *basis_row;
  GtkWidget         *basis_ref_row;
  GtkWidget         *place_row;
  GtkWidget         *class_row;
  GtkWidget         *until_row;
  GtkWidget         *note_row;
  GtkWidget         *reason_row;     /* only for a correction */
} EntryForm;

/* Called while the dialog's widgets still exist: they stop calling back. */
static void
entry_form_free (EntryForm *f)
{
  GtkWidget *rows[] = { f->name_row, f->date_row, f->printer_row, f->class_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_handlers_disconnect_by_data (rows[i], f);
  for (guint i = 0; i < f->suggestion_rows->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (f->suggestion_rows, i), f);
  g_clear_object (&f->context);
  g_clear_object (&f->parent);
  g_clear_object (&f->entry);
  g_clear_object (&f->places);
  g_clear_object (&f->classes);
  g_clear_pointer (&f->suggestion_rows, g_ptr_array_unref);
  g_free (f->office_name);
  g_free (f);
}

static void
on_suggestion_activated (AdwActionRow *row, EntryForm *f)
{
  gtk_editable_set_text (GTK_EDITABLE (f->name_row),
                         adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  gtk_editable_set_position (GTK_EDITABLE (f->name_row), -1);
  gtk_widget_grab_focus (f->date_row);
}

/* Earlier form names of the office that begin with what is typed, most
 * used first, as rows under the name; a click puts one in. */
static void
update_suggestions (EntryForm *f)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (f->name_row));
  g_auto(GStrv) names = NULL;

  daicho_gui_rows_clear (ADW_PREFERENCES_GROUP (f->form_group), f->suggestion_rows);
  if (daicho_text_is_blank (typed))
    return;
  names = daicho_ledger_store_form_names (daicho_context_get_db (f->context), f->office_id, typed,
                                          N_SUGGESTIONS + 1, NULL);
  for (guint i = 0, shown = 0; names && names[i] && shown < N_SUGGESTIONS; i++)
    {
      GtkWidget *row;

      if (g_str_equal (names[i], typed))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), names[i]);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "document-open-recent-symbolic");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("A form name used before: click to use it"));
      g_signal_connect (row, "activated", G_CALLBACK (on_suggestion_activated), f);
      daicho_gui_rows_add (ADW_PREFERENCES_GROUP (f->form_group), f->suggestion_rows, row);
      shown++;
    }
}

static gint64
years_of_class (EntryForm *f)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (f->class_row));
  g_autoptr(DaichoRetentionClass) class = NULL;

  if (i >= g_list_model_get_n_items (G_LIST_MODEL (f->classes)))
    return -1;
  class = g_list_model_get_item (G_LIST_MODEL (f->classes), i);
  return class->years;
}

/* The day from which the form may be destroyed, as the store will compute
 * it (第9条第4項). */
static void
update_until (EntryForm *f)
{
  g_autofree char *date = NULL;
  g_autofree char *until = NULL;
  g_autofree char *shown = NULL;
  gint64 years = years_of_class (f);

  if (!daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, &date, NULL) || years < 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (f->until_row),
                                   _("Give the output date and the document class"));
      return;
    }
  if (years == 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (f->until_row),
                                   _("Never: kept permanently (永年)"));
      return;
    }
  until = daicho_retention_until (date, (int) years);
  shown = daicho_context_format_date (f->context, until);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (f->until_row), shown);
}

/* Says whether the person typed is designated for the office on the
 * output date (第5条・第6条) by the rule the store applies when saving. */
static void
update_printer_status (EntryForm *f)
{
  DaichoStaff *staff = daicho_ledger_person_field_get (f->printer_row);
  g_autofree char *date = NULL;
  g_autofree char *status = NULL;
  g_autoptr(GError) error = NULL;
  gboolean designated = FALSE;

  if (staff == NULL || !daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, &date, NULL))
    return;

  if (!daicho_designation_is_in_effect (daicho_context_get_db (f->context), staff->id,
                                        f->office_id, date, &designated, &error))
    {
      daicho_ledger_person_field_set_status (f->printer_row, error->message, TRUE);
      return;
    }
  status = designated
    ? g_strdup_printf (_("Designated for %s on that day"), f->office_name)
    : g_strdup_printf (_("Not designated for %s on that day: forms printed by them are refused "
                         "(第5条・第6条)"), f->office_name);
  daicho_ledger_person_field_set_status (f->printer_row, status, !designated);
}

static void
on_date_changed (EntryForm *f)
{
  update_until (f);
  update_printer_status (f);
}

static gboolean
read_input (EntryForm *f, DaichoLedgerInput *input, char **date, GError **error)
{
  DaichoStaff *printer = daicho_ledger_person_field_get (f->printer_row);
  guint basis = adw_combo_row_get_selected (ADW_COMBO_ROW (f->basis_row));
  guint place = adw_combo_row_get_selected (ADW_COMBO_ROW (f->place_row));
  guint class = adw_combo_row_get_selected (ADW_COMBO_ROW (f->class_row));

  if (!daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, date, error))
    return FALSE;
  if (printer == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Type the employee number of the person who printed the form."));
      return FALSE;
    }

  input->office_id = f->office_id;
  input->form_name = gtk_editable_get_text (GTK_EDITABLE (f->name_row));
  input->output_date = *date;
  input->printed_by = printer->id;
  input->copies = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f->copies_spin));
  input->basis = basis < G_N_ELEMENTS (basis_codes) ? basis_codes[basis] : NULL;
  input->basis_ref = gtk_editable_get_text (GTK_EDITABLE (f->basis_ref_row));
  if (place < g_list_model_get_n_items (G_LIST_MODEL (f->places)))
    {
      g_autoptr(DaichoPlace) p = g_list_model_get_item (G_LIST_MODEL (f->places), place);
      input->place_id = p->id;
    }
  if (class < g_list_model_get_n_items (G_LIST_MODEL (f->classes)))
    {
      g_autoptr(DaichoRetentionClass) c = g_list_model_get_item (G_LIST_MODEL (f->classes), class);
      input->retention_class_id = c->id;
    }
  input->note = gtk_editable_get_text (GTK_EDITABLE (f->note_row));
  return TRUE;
}

static gboolean
submit_entry (gpointer user_data, GError **error)
{
  EntryForm *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  DaichoLedgerInput input = { 0 };
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  g_autoptr(DaichoLedgerEntry) saved = NULL;
  gint64 id;

  if (!read_input (f, &input, &date, error))
    return FALSE;
  if (f->entry == NULL)
    {
      if ((id = daicho_ledger_store_add (db, &input, error)) == 0)
        return FALSE;
    }
  else
    {
      const char *reason = f->reason_row ? gtk_editable_get_text (GTK_EDITABLE (f->reason_row))
                                         : NULL;

      id = f->entry->id;
      if (!daicho_ledger_store_update (db, id, &input, reason, error))
        return FALSE;
    }

  saved = daicho_ledger_store_get (db, id, NULL);
  daicho_context_data_changed (f->context, "ledger");
  if (f->entry == NULL)
    message = g_strdup_printf (_("Entry %s added"), saved ? saved->number : "");
  else
    message = g_strdup_printf (f->entry->checked_by_name ? _("Entry %s corrected")
                                                         : _("Entry %s saved"),
                               f->entry->number);
  daicho_gui_toast (f->parent, message);
  gtk_widget_activate_action (f->parent, "ledger.reveal", "x", id);
  return TRUE;
}

/* The office's active places that the row offers, those that do not lock
 * marked (第9条第2項); the first one that locks is chosen. */
static GtkWidget *
place_row_new (EntryForm *f, gint64 current_id)
{
  DaichoDb *db = daicho_context_get_db (f->context);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;
  gboolean found = FALSE;
  guint n;

  f->places = daicho_place_store_list (db, f->office_id, FALSE, NULL);
  if (f->places == NULL)
    f->places = g_list_store_new (DAICHO_TYPE_PLACE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->places)); i++)
    {
      g_autoptr(DaichoPlace) p = g_list_model_get_item (G_LIST_MODEL (f->places), i);
      found |= p->id == current_id;
    }
  /* An entry keeps its place even if the place is no longer in use. */
  if (current_id != 0 && !found)
    {
      g_autoptr(DaichoPlace) p = daicho_place_store_get (db, current_id, NULL);
      if (p != NULL)
        g_list_store_append (f->places, p);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (f->places));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoPlace) p = g_list_model_get_item (G_LIST_MODEL (f->places), i);
      g_autofree char *label = p->locks ? g_strdup (p->name)
                                        : g_strdup_printf ("%s%s", p->name, _(" (does not lock)"));

      gtk_string_list_append (labels, label);
      if (p->id == current_id)
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION)
    {
      selected = 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DaichoPlace) p = g_list_model_get_item (G_LIST_MODEL (f->places), i);
          if (p->locks)
            {
              selected = i;
              break;
            }
        }
    }
  return combo_row (_("Storage place"), G_LIST_MODEL (labels), selected);
}

static GtkWidget *
class_row_new (EntryForm *f, gint64 current_id)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  f->classes = daicho_retention_store_list (daicho_context_get_db (f->context), FALSE, NULL);
  if (f->classes == NULL)
    f->classes = g_list_store_new (DAICHO_TYPE_RETENTION_CLASS);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->classes)); i++)
    {
      g_autoptr(DaichoRetentionClass) c = g_list_model_get_item (G_LIST_MODEL (f->classes), i);
      g_autofree char *label = daicho_retention_class_text (c->name, c->years);

      gtk_string_list_append (labels, label);
      if (c->id == current_id)
        selected = i;
    }
  return combo_row (_("Document class (文書分類)"), G_LIST_MODEL (labels), selected);
}

static void
entry_dialog (GtkWidget *parent, DaichoContext *context, DaichoLedgerEntry *entry)
{
  EntryForm *f = g_new0 (EntryForm, 1);
  DaichoOffice *office = daicho_context_get_office (context);
  DaichoStaff *operator = daicho_context_get_operator (context);
  g_autoptr(DaichoStaff) printer = NULL;
  g_autoptr(GtkStringList) bases = gtk_string_list_new (NULL);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *title = NULL;
  DaichoFormDialog *dialog;
  GtkWidget *output, *basis, *keeping, *notes, *copies_row;
  gboolean correction = entry != NULL && entry->checked_by_name != NULL;
  guint basis_index = 0;

  if (entry == NULL && office == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (DAICHO_ERROR, DAICHO_ERROR_INVALID,
                                                     _("Choose the office in the header bar "
                                                       "first."));
      daicho_gui_show_error (parent, _("No Office"), error);
      g_free (f);
      return;
    }

  f->context = g_object_ref (context);
  f->parent = g_object_ref (parent);
  f->entry = entry ? g_object_ref (entry) : NULL;
  f->office_id = entry ? entry->office_id : office->id;
  f->office_name = g_strdup (entry ? entry->office_name : office->name);
  f->suggestion_rows = g_ptr_array_new ();

  if (entry == NULL)
    title = g_strdup (_("Add to the Form Ledger"));
  else
    title = g_strdup_printf (correction ? _("Correct Entry %s") : _("Edit Entry %s"),
                             entry->number);
  dialog = daicho_form_dialog_new (parent, title,
                                   entry == NULL ? _("_Add") : correction ? _("_Correct")
                                                                         : _("_Save"),
                                   FALSE);
  f->dialog = GTK_WIDGET (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 820);
  if (correction)
    {
      g_autofree char *description =
        g_strdup_printf (_("%s was checked (照合) by %s. A change now is a correction: each "
                           "changed field is recorded with your reason."), entry->number,
                         entry->checked_by_name);
      daicho_form_dialog_set_description (dialog, description);
    }
  else
    {
      g_autofree char *description =
        g_strdup_printf (_("Every form printed with resident-register information is entered in "
                           "the ledger of %s (第5条第2項): who printed it and on what basis "
                           "(第9条第1項), where it is kept (第9条第2項) and for how long "
                           "(第9条第4項)."), f->office_name);
      daicho_form_dialog_set_description (dialog, description);
    }

  /* The form and its earlier names */
  f->form_group = daicho_gui_group_new (_("Form"), NULL);
  f->name_row = daicho_gui_entry_row (_("Form name"), entry ? entry->form_name : NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (f->form_group), f->name_row);

  /* Output: when, by whom, how many */
  output = daicho_gui_group_new (_("Output"), NULL);
  f->date_row = daicho_gui_date_row (context, _("Output date"),
                                            entry ? entry->output_date : today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (output), f->date_row);
  f->printer_row = daicho_ledger_person_field_new (
    context, ADW_PREFERENCES_GROUP (output), _("Printed by (employee number)"),
    entry ? daicho_person_emp_no (context, entry->printed_by, &printer) : operator ? operator->emp_no : NULL);
  copies_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (copies_row), _("Copies"));
  f->copies_spin = gtk_spin_button_new_with_range (1, 999, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (f->copies_spin), entry ? entry->copies : 1);
  gtk_widget_set_valign (f->copies_spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->copies_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copies"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (copies_row), f->copies_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (copies_row), f->copies_spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (output), copies_row);

  /* Basis (第9条第1項) */
  basis = daicho_gui_group_new (_("Basis (第9条第1項)"),
                     _("The request, application, notification or ex-officio record the form "
                       "was printed for."));
  for (guint i = 0; i < G_N_ELEMENTS (basis_codes); i++)
    {
      gtk_string_list_append (bases, daicho_ledger_basis_label (basis_codes[i]));
      if (entry && g_strcmp0 (entry->basis, basis_codes[i]) == 0)
        basis_index = i;
    }
  f->basis_row = combo_row (_("Basis"), G_LIST_MODEL (bases), basis_index);
  f->basis_ref_row = daicho_gui_entry_row (_("Basis reference"),
                                                  entry ? entry->basis_ref : NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (basis), f->basis_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (basis), f->basis_ref_row);

  /* Keeping (第9条第2項・第4項) */
  keeping = daicho_gui_group_new (_("Keeping (第9条第2項・第4項)"),
                       _("Kept in a place that locks, for the period of its document class."));
  f->place_row = place_row_new (f, entry ? entry->place_id : 0);
  f->class_row = class_row_new (f, entry ? entry->retention_class_id : 0);
  f->until_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->until_row), _("May be destroyed after"));
  gtk_widget_add_css_class (f->until_row, "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (keeping), f->place_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (keeping), f->class_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (keeping), f->until_row);

  notes = daicho_gui_group_new (NULL, NULL);
  f->note_row = daicho_gui_entry_row (_("Note"), entry ? entry->note : NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes), f->note_row);

  /* A correction asks its reason first (the store refuses one without). */
  if (correction)
    {
      GtkWidget *why = daicho_gui_group_new (NULL, NULL);

      f->reason_row = daicho_gui_entry_row (_("Reason for the correction (required)"),
                                                   NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (why), f->reason_row);
      daicho_form_dialog_add (dialog, why);
    }

  daicho_form_dialog_add (dialog, f->form_group);
  daicho_form_dialog_add (dialog, output);
  daicho_form_dialog_add (dialog, basis);
  daicho_form_dialog_add (dialog, keeping);
  daicho_form_dialog_add (dialog, notes);

  g_signal_connect_swapped (f->name_row, "changed", G_CALLBACK (update_suggestions), f);
  g_signal_connect_swapped (f->date_row, "changed", G_CALLBACK (on_date_changed), f);
  g_signal_connect_swapped (f->printer_row, "changed", G_CALLBACK (update_printer_status), f);
  g_signal_connect_swapped (f->class_row, "notify::selected", G_CALLBACK (update_until), f);
  update_suggestions (f);
  on_date_changed (f);

  daicho_form_dialog_set_submit (dialog, submit_entry, f, (GDestroyNotify) entry_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (correction ? f->reason_row : f->name_row);
}

void
daicho_ledger_dialog_add (GtkWidget *parent, DaichoContext *context)
{
  entry_dialog (parent, context, NULL);
}

void
daicho_ledger_dialog_edit (GtkWidget *parent, DaichoContext *context, DaichoLedgerEntry *entry)
{
  entry_dialog (parent, context, entry);
}
