/* daicho-ledger-details.c — what becomes of an entry of the 帳票等管理台帳
 *
 * The details window shows everything recorded about one entry, with the
 * corrections made after its check, and offers what may still be done:
 * check it (照合, by someone other than who entered it), edit or correct
 * it, hand it over (交付), void it (取消), destroy it (廃棄) and print its
 * 廃棄記録. Each action is a DaichoFormDialog that stays open with the
 * core's refusal.
 *
 * One disposal closes several entries of one office at once: the day, the
 * method (only 焼却, 溶解 or 裁断, so nothing can be read), who destroyed the
 * forms and who confirmed it — two different people. The dialog lists what
 * is about to be destroyed and says beforehand which entries the store will
 * refuse (still in their retention period, handed over, void); the store
 * decides, all or nothing. Afterwards the 廃棄記録 is offered for printing,
 * to be signed and filed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-form1.h"
#include "daicho-gui-util.h"
#include "daicho-ledger-dialogs.h"
#include "daicho-print.h"
#include "widgets/daicho-form-dialog.h"

/* Entries listed by name in the dialog; the rest are counted. */
#define N_LISTED 12

static const char * const method_codes[] = { "incineration", "dissolution", "shredding" };

/* Handing over and voiding */

typedef struct
{
  DaichoContext     *context;
  GtkWidget         *parent;
  DaichoLedgerEntry *entry;
  GtkWidget         *row;
} ActionForm;

static void
action_form_free (ActionForm *f)
{
  g_clear_object (&f->context);
  g_clear_object (&f->parent);
  g_clear_object (&f->entry);
  g_free (f);
}

static ActionForm *
action_form_new (GtkWidget *parent, DaichoContext *context, DaichoLedgerEntry *entry)
{
  ActionForm *f = g_new0 (ActionForm, 1);

  f->context = g_object_ref (context);
  f->parent = g_object_ref (parent);
  f->entry = g_object_ref (entry);
  return f;
}

/* Takes @message. */
static gboolean
done (ActionForm *f, char *message)
{
  daicho_context_data_changed (f->context, "ledger");
  daicho_gui_toast (f->parent, message);
  g_free (message);
  return TRUE;
}

static void
action_dialog (ActionForm *f, const char *title, const char *accept, gboolean destructive,
               const char *description, DaichoFormDialogSubmit submit)
{
  DaichoFormDialog *dialog = daicho_form_dialog_new (f->parent, title, accept, destructive);
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->row);
  daicho_form_dialog_set_description (dialog, description);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit, f, (GDestroyNotify) action_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (f->row);
}

static gboolean
submit_deliver (gpointer user_data, GError **error)
{
  ActionForm *f = user_data;
  g_autofree char *date = NULL;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->row), TRUE, &date, error) ||
      !daicho_ledger_store_deliver (daicho_context_get_db (f->context), f->entry->id, date, error))
    return FALSE;
  return done (f, g_strdup_printf (_("Entry %s handed over"), f->entry->number));
}

static void
deliver_dialog (GtkWidget *parent, DaichoContext *context, DaichoLedgerEntry *entry)
{
  ActionForm *f = action_form_new (parent, context, entry);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *description =
    g_strdup_printf (_("%s (%s) is handed to the person who asked for it. The ledger records "
                       "the day and you as the person who handed it over."), entry->number,
                     entry->form_name);

  f->row = daicho_gui_date_row (context, _("Handed over on"), today);
  action_dialog (f, _("Hand Over"), _("_Hand Over"), FALSE, description, submit_deliver);
}

static gboolean
submit_void (gpointer user_data, GError **error)
{
  ActionForm *f = user_data;

  if (!daicho_ledger_store_void (daicho_context_get_db (f->context), f->entry->id,
                                 gtk_editable_get_text (GTK_EDITABLE (f->row)), error))
    return FALSE;
  return done (f, g_strdup_printf (_("Entry %s voided"), f->entry->number));
}

void
daicho_ledger_dialog_void (GtkWidget *parent, DaichoContext *context, DaichoLedgerEntry *entry)
{
  ActionForm *f = action_form_new (parent, context, entry);
  g_autofree char *title = g_strdup_printf (_("Void Entry %s"), entry->number);
  g_autofree char *description =
    g_strdup_printf (_("%s (%s) stays in the ledger, marked void (取消), with your reason: "
                       "printed by mistake, entered twice …"), entry->number, entry->form_name);

  f->row = daicho_gui_entry_row (_("Reason"), NULL);
  action_dialog (f, title, _("_Void Entry"), TRUE, description, submit_void);
}

/* The details window */

typedef struct
{
  DaichoContext     *context;
  GtkWidget         *parent;    /* the page */
  DaichoLedgerEntry *entry;
  GtkWidget         *window;
} Details;

static void
details_free (Details *d)
{
  g_clear_object (&d->context);
  g_clear_object (&d->parent);
  g_clear_object (&d->entry);
  g_free (d);
}

static void
info_row (GtkWidget *group, const char *title, const char *value, gboolean warning)
{
  GtkWidget *row = daicho_gui_property_row (ADW_PREFERENCES_GROUP (group), title, value);

  if (warning)
    gtk_widget_add_css_class (row, "warning");
}

static void
on_check_clicked (Details *d)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!daicho_ledger_store_check (daicho_context_get_db (d->context), d->entry->id, &error))
    {
      daicho_gui_show_error (d->window, _("Not Checked"), error);
      return;
    }
  message = g_strdup_printf (_("Entry %s checked"), d->entry->number);
  daicho_context_data_changed (d->context, "ledger");
  daicho_gui_toast (d->parent, message);
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_edit_clicked (Details *d)
{
  daicho_ledger_dialog_edit (d->parent, d->context, d->entry);
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_deliver_clicked (Details *d)
{
  deliver_dialog (d->parent, d->context, d->entry);
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_void_clicked (Details *d)
{
  daicho_ledger_dialog_void (d->parent, d->context, d->entry);
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_dispose_clicked (Details *d)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (entries, g_object_ref (d->entry));
  daicho_ledger_dialog_dispose (d->parent, d->context, entries);
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_record_clicked (Details *d)
{
  daicho_ledger_disposal_record (d->parent, d->context, d->entry->disposal_id,
                                 d->entry->office_name, d->entry->disposal_date, FALSE);
}

static void
add_button (GtkWidget *box, const char *label, const char *style, GCallback callback, Details *d)
{
  gtk_box_append (GTK_BOX (box), daicho_gui_action_button (label, style, callback, d));
}

static GtkWidget *
details_info (Details *d)
{
  DaichoLedgerEntry *e = d->entry;
  DaichoContext *context = d->context;
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *description = g_strdup_printf ("%s · %s", e->number, e->office_name);
  g_autofree char *output = daicho_context_format_date (context, e->output_date);
  g_autofree char *copies = g_strdup_printf ("%" G_GINT64_FORMAT, e->copies);
  g_autofree char *basis = g_strdup_printf ("%s · %s", daicho_ledger_basis_label (e->basis),
                                            e->basis_ref);
  /* Only a form still kept there needs moving. */
  g_autofree char *place = !e->unlocked
                             ? g_strdup_printf ("%s%s", e->place_name,
                                                e->place_locks ? "" : _(" (does not lock)"))
                             : g_strdup_printf (_("%s — does not lock: move the form to a place "
                                                  "that locks, or destroy it (第9条第2項)"),
                                                e->place_name);
  g_autofree char *class = daicho_retention_class_text (e->retention_name, e->retention_years);
  g_autofree char *until = NULL;
  g_autofree char *state = NULL;
  g_autofree char *entered = daicho_gui_person_and_time (context, e->entered_by_name,
                                                         e->entered_at, "");
  g_autofree char *checked = daicho_gui_person_and_time (context, e->checked_by_name,
                                                         e->checked_at, _("Not checked yet"));

  if (e->retention_until == NULL)
    until = g_strdup (_("Kept permanently (永年)"));
  else
    {
      g_autofree char *date = daicho_context_format_date (context, e->retention_until);
      until = e->due ? g_strdup_printf (_("%s — passed: due for disposal"), date)
                     : g_strdup (date);
    }

  if (e->voided_at != NULL)
    {
      g_autofree char *by = daicho_gui_person_and_time (context, e->voided_by_name, e->voided_at,
                                                        "");
      state = g_strdup_printf (_("Voided by %s: %s"), by, e->void_reason);
    }
  else if (e->disposal_date != NULL)
    {
      g_autofree char *date = daicho_context_format_date (context, e->disposal_date);
      state = g_strdup_printf (_("Destroyed on %s by %s (%s), confirmed by %s"), date,
                               daicho_ledger_method_label (e->disposal_method),
                               e->disposal_operator_name, e->disposal_witness_name);
    }
  else if (e->delivered_on != NULL)
    {
      g_autofree char *date = daicho_context_format_date (context, e->delivered_on);
      state = g_strdup_printf (_("Handed over on %s by %s"), date, e->delivered_by_name);
    }
  else
    state = daicho_ledger_state_text (e);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), e->form_name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  info_row (group, _("State"), state, e->due || e->unlocked);
  info_row (group, _("Output date"), output, FALSE);
  info_row (group, _("Printed by"), e->printed_by_name, FALSE);
  info_row (group, _("Copies"), copies, FALSE);
  info_row (group, _("Basis"), basis, FALSE);
  info_row (group, _("Storage place"), place, e->unlocked);
  info_row (group, _("Document class (文書分類)"), class, FALSE);
  info_row (group, _("May be destroyed after"), until, e->due);
  info_row (group, _("Note"), e->note, FALSE);
  info_row (group, _("Entered by"), entered, FALSE);
  info_row (group, _("Checked by (照合)"), checked, FALSE);
  return group;
}

/* A corrected field (the store's code) by the label the entry dialog gives
 * it; the printer as "Printed by", since a correction names the person, not
 * the employee number the dialog asks for. */
static const char *
field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "form_name", N_("Form name") },
    { "output_date", N_("Output date") },
    { "printed_by", N_("Printed by") },
    { "copies", N_("Copies") },
    { "basis", N_("Basis") },
    { "basis_ref", N_("Basis reference") },
    { "place_id", N_("Storage place") },
    { "retention_class_id", N_("Document class (文書分類)") },
    { "note", N_("Note") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (field, labels[i].field) == 0)
      return _(labels[i].label);
  return field;
}

/* A value before or after a correction as the user reads it: a date as
 * they see dates, the basis by its label, "—" for nothing. The store
 * already gives people, places and classes by name. */
static char *
correction_value (DaichoContext *context, const char *field, const char *value)
{
  if (value == NULL || *value == '\0')
    return g_strdup ("—");
  if (g_strcmp0 (field, "output_date") == 0)
    return daicho_context_format_date (context, value);
  if (g_strcmp0 (field, "basis") == 0 && *daicho_ledger_basis_label (value) != '\0')
    return g_strdup (daicho_ledger_basis_label (value));
  return g_strdup (value);
}

/* The corrections made after the check, one row a changed field, oldest
 * first; NULL when there are none. */
static GtkWidget *
corrections_group (Details *d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) corrections =
    daicho_ledger_store_corrections (daicho_context_get_db (d->context), d->entry->id, &error);
  guint n = corrections ? g_list_model_get_n_items (G_LIST_MODEL (corrections)) : 0;
  GtkWidget *group;

  if (corrections != NULL && n == 0)
    return NULL;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Corrections"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Changes made after the check (照合), each with its "
                                           "reason, oldest first."));
  if (corrections == NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               daicho_gui_message_row (error->message));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoLedgerCorrection) c = g_list_model_get_item (G_LIST_MODEL (corrections), i);
      g_autofree char *before = correction_value (d->context, c->field, c->old_value);
      g_autofree char *after = correction_value (d->context, c->field, c->new_value);
      g_autofree char *by = daicho_gui_person_and_time (d->context, c->corrected_by_name,
                                                        c->corrected_at, "—");
      /* The value before → after, then why, and who corrected it when. */
      g_autofree char *text = g_strdup_printf (_("%s → %s\nReason: %s\nCorrected by %s"),
                                               before, after, c->reason ? c->reason : "—", by);

      daicho_gui_property_row (ADW_PREFERENCES_GROUP (group), field_label (c->field), text);
    }
  return group;
}

void
daicho_ledger_dialog_details (GtkWidget *parent, DaichoContext *context, gint64 id)
{
  g_autoptr(GError) error = NULL;
  DaichoLedgerEntry *e = daicho_ledger_store_get (daicho_context_get_db (context), id, &error);
  GtkWidget *window, *page, *actions, *buttons, *corrections;
  GtkEventController *shortcuts;
  g_autofree char *title = NULL;
  gboolean open, kept;
  Details *d;

  if (e == NULL)
    {
      daicho_gui_show_error (parent, _("The Entry Cannot Be Shown"), error);
      return;
    }

  d = g_new0 (Details, 1);
  d->context = g_object_ref (context);
  d->parent = g_object_ref (parent);
  d->entry = e;

  title = g_strdup_printf (_("Entry %s"), e->number);
  window = daicho_gui_details_window_new (parent, title, &page);
  d->window = window;
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 760);
  g_object_set_data_full (G_OBJECT (window), "details", d, (GDestroyNotify) details_free);
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  /* What may still be done, first, where it is seen without scrolling; a
   * void or destroyed entry is closed. */
  open = e->voided_at == NULL && !g_str_equal (e->state, "disposed");
  kept = open && g_str_equal (e->state, "kept");
  actions = adw_preferences_group_new ();
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  if (e->disposal_id != 0)
    add_button (buttons, _("_Print Disposal Record…"), NULL, G_CALLBACK (on_record_clicked), d);
  if (open && e->checked_by_name == NULL)
    add_button (buttons, _("_Check (照合)"), NULL, G_CALLBACK (on_check_clicked), d);
  if (open)
    add_button (buttons, e->checked_by_name ? _("C_orrect…") : _("_Edit…"), NULL,
                G_CALLBACK (on_edit_clicked), d);
  if (kept)
    add_button (buttons, _("_Hand Over…"), NULL, G_CALLBACK (on_deliver_clicked), d);
  if (kept && (e->due || e->unlocked))
    add_button (buttons, _("_Dispose…"), NULL, G_CALLBACK (on_dispose_clicked), d);
  if (open)
    add_button (buttons, _("_Void…"), "destructive-action", G_CALLBACK (on_void_clicked), d);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), buttons);
  if (gtk_widget_get_first_child (buttons) != NULL)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (actions));
  else
    g_object_unref (g_object_ref_sink (actions));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (details_info (d)));
  corrections = corrections_group (d);
  if (corrections != NULL)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (corrections));

  gtk_window_present (GTK_WINDOW (window));
}

/* Disposal (K9-3) */

typedef struct
{
  DaichoContext *context;
  GtkWidget     *parent;
  GArray        *ids;           /* gint64 */
  char          *office_name;
  GtkWidget     *date_row;
  GtkWidget     *method_row;
  GtkWidget     *operator_field;
  GtkWidget     *witness_field;
} DisposeForm;

static void
dispose_form_free (DisposeForm *f)
{
  g_clear_object (&f->context);
  g_clear_object (&f->parent);
  g_clear_pointer (&f->ids, g_array_unref);
  g_free (f->office_name);
  g_free (f);
}

void
daicho_ledger_disposal_record (GtkWidget     *parent,
                               DaichoContext *context,
                               gint64         disposal_id,
                               const char    *office_name,
                               const char    *date,
                               gboolean       save)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoForm) form = daicho_disposal_record_new (daicho_context_get_db (context),
                                                           disposal_id, &error);
  g_autofree char *name = NULL;

  if (form == NULL)
    {
      daicho_gui_show_error (parent, _("The Disposal Record Cannot Be Printed"), error);
      return;
    }
  if (!save)
    {
      daicho_print_form (parent, g_steal_pointer (&form));
      return;
    }
  name = g_strdup_printf ("廃棄記録_%s_%s.pdf", office_name, date);
  daicho_save_form (parent, g_steal_pointer (&form), name);
}

typedef struct
{
  DaichoContext *context;
  GtkWidget     *parent;
  gint64         disposal_id;
  char          *office_name;
  char          *date;
} Record;

static void
record_free (Record *r)
{
  g_clear_object (&r->context);
  g_clear_object (&r->parent);
  g_free (r->office_name);
  g_free (r->date);
  g_free (r);
}

static void
on_record_response (AdwMessageDialog *dialog, const char *response, Record *r)
{
  if (g_str_equal (response, "print") || g_str_equal (response, "save"))
    daicho_ledger_disposal_record (r->parent, r->context, r->disposal_id, r->office_name,
                                   r->date, g_str_equal (response, "save"));
}

/* After the disposal: the record is what gets signed and filed. */
static void
offer_record (DisposeForm *f, gint64 disposal_id, const char *date, const char *method)
{
  GtkRoot *root = gtk_widget_get_root (f->parent);
  g_autofree char *shown = daicho_context_format_date (f->context, date);
  GtkWidget *dialog;
  Record *r = g_new0 (Record, 1);

  r->context = g_object_ref (f->context);
  r->parent = g_object_ref (f->parent);
  r->disposal_id = disposal_id;
  r->office_name = g_strdup (f->office_name);
  r->date = g_strdup (date);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Disposal Recorded"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u form was destroyed by %s on %s. Print the "
                                               "disposal record (廃棄記録) to sign and file it.",
                                               "%u forms were destroyed by %s on %s. Print the "
                                               "disposal record (廃棄記録) to sign and file it.",
                                               f->ids->len),
                                  f->ids->len, method, shown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "save", _("Save as _PDF…"),
                                    "print", _("_Print Record…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "print",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "print");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_record_response), r,
                         (GClosureNotify) (void (*) (void)) record_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
submit_dispose (gpointer user_data, GError **error)
{
  DisposeForm *f = user_data;
  DaichoStaff *operator = daicho_ledger_person_field_get (f->operator_field);
  DaichoStaff *witness = daicho_ledger_person_field_get (f->witness_field);
  guint method = adw_combo_row_get_selected (ADW_COMBO_ROW (f->method_row));
  const char *code = method < G_N_ELEMENTS (method_codes) ? method_codes[method] : NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  gint64 disposal_id;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, &date, error))
    return FALSE;
  if (operator == NULL || witness == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   operator == NULL ? _("Type the employee number of the person who destroyed "
                                        "the forms.")
                                    : _("Type the employee number of the person who confirmed "
                                        "the disposal."));
      return FALSE;
    }

  disposal_id = daicho_ledger_store_dispose (daicho_context_get_db (f->context),
                                             (const gint64 *) (gpointer) f->ids->data,
                                             f->ids->len, date, code, operator->id, witness->id,
                                             error);
  if (disposal_id == 0)
    return FALSE;

  daicho_context_data_changed (f->context, "ledger");
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u form destroyed",
                                          "%u forms destroyed", f->ids->len), f->ids->len);
  daicho_gui_toast (f->parent, message);
  offer_record (f, disposal_id, date, daicho_ledger_method_label (code));
  return TRUE;
}

/* Why the store will refuse @e, or NULL when it may be destroyed today. */
static char *
refusal (DaichoContext *context, DaichoLedgerEntry *e)
{
  g_autofree char *until = NULL;

  if (e->voided_at != NULL)
    return g_strdup (_("Void: there is nothing to destroy"));
  if (!g_str_equal (e->state, "kept"))
    return g_strdup (_("Not kept here any more"));
  if (e->due || e->unlocked)
    return NULL;
  if (e->retention_until == NULL)
    return g_strdup (_("Kept permanently (永年)"));
  until = daicho_context_format_date (context, e->retention_until);
  return g_strdup_printf (_("Kept until %s (第9条第4項)"), until);
}

/* The entries about to be destroyed, those the store will refuse marked. */
static GtkWidget *
entries_group (DisposeForm *f, GPtrArray *entries, guint *n_refused)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Form to Destroy",
                                                         "%u Forms to Destroy", entries->len),
                                            entries->len);
  guint listed = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  *n_refused = 0;
  for (guint i = 0; i < entries->len; i++)
    {
      DaichoLedgerEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *why = refusal (f->context, e);
      g_autofree char *row_title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      *n_refused += why != NULL;
      if (listed >= N_LISTED && why == NULL)
        continue;
      row = adw_action_row_new ();
      row_title = g_strdup_printf ("%s · %s", e->number, e->form_name);
      if (why != NULL)
        subtitle = g_strdup (why);
      else if (e->unlocked)
        subtitle = g_strdup_printf (_("%s — does not lock"), e->place_name);
      else
        {
          g_autofree char *until = daicho_context_format_date (f->context, e->retention_until);
          subtitle = g_strdup_printf (_("%s · retention ended %s"), e->place_name, until);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (why != NULL)
        gtk_widget_add_css_class (row, "warning");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      listed++;
    }
  if (entries->len > listed)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", entries->len - listed),
                                               entries->len - listed);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), daicho_gui_message_row (more));
    }
  return group;
}

void
daicho_ledger_dialog_dispose (GtkWidget *parent, DaichoContext *context, GPtrArray *entries)
{
  DisposeForm *f = g_new0 (DisposeForm, 1);
  DaichoStaff *operator = daicho_context_get_operator (context);
  DaichoLedgerEntry *first = g_ptr_array_index (entries, 0);
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *description = NULL;
  g_autofree char *refused = NULL;
  DaichoFormDialog *dialog;
  GtkWidget *how, *who, *list;
  guint n_refused = 0;

  f->context = g_object_ref (context);
  f->parent = g_object_ref (parent);
  f->office_name = g_strdup (first->office_name);
  f->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_array_append_val (f->ids, ((DaichoLedgerEntry *) g_ptr_array_index (entries, i))->id);

  dialog = daicho_form_dialog_new (parent, _("Dispose of Forms"), _("_Dispose"), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 760);
  list = entries_group (f, entries, &n_refused);
  if (n_refused > 0)
    refused = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            " %u of them cannot be destroyed yet (marked): "
                                            "remove it from the selection.",
                                            " %u of them cannot be destroyed yet (marked): "
                                            "remove them from the selection.", n_refused),
                               n_refused);
  description = g_strdup_printf (_("Forms are destroyed by incineration, dissolution or "
                                   "shredding so that nothing can be read, by one person and "
                                   "confirmed by another (第9条第3項). One disposal closes every "
                                   "selected entry of %s, or none.%s"),
                                 f->office_name, refused ? refused : "");
  daicho_form_dialog_set_description (dialog, description);

  how = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (how), _("Disposal"));
  f->date_row = daicho_gui_date_row (context, _("Destroyed on"), today);
  for (guint i = 0; i < G_N_ELEMENTS (method_codes); i++)
    gtk_string_list_append (methods, daicho_ledger_method_label (method_codes[i]));
  f->method_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->method_row), _("Method"));
  adw_combo_row_set_model (ADW_COMBO_ROW (f->method_row), G_LIST_MODEL (methods));
  adw_combo_row_set_selected (ADW_COMBO_ROW (f->method_row), G_N_ELEMENTS (method_codes) - 1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (how), f->date_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (how), f->method_row);

  who = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (who), _("Destroyed and Confirmed By"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (who),
                                         _("Two different people: one destroys the forms, the "
                                           "other watches and confirms."));
  f->operator_field = daicho_ledger_person_field_new (context, ADW_PREFERENCES_GROUP (who),
                                                      _("Destroyed by (employee number)"),
                                                      operator ? operator->emp_no : NULL);
  f->witness_field = daicho_ledger_person_field_new (context, ADW_PREFERENCES_GROUP (who),
                                                     _("Confirmed by (employee number)"), NULL);

  daicho_form_dialog_add (dialog, how);
  daicho_form_dialog_add (dialog, who);
  daicho_form_dialog_add (dialog, list);
  daicho_form_dialog_set_submit (dialog, submit_dispose, f, (GDestroyNotify) dispose_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (f->witness_field);
}
