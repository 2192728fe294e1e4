/* daicho-designation-dialogs.c — designating, ending, checking and reviewing
 *
 * Every dialog is a DaichoFormDialog: it stays open with the core's message
 * when a rule refuses the change (第6条, overlaps, 第8条 …), so nothing typed
 * is lost. After a change the context's data-changed::designation reloads
 * every view.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho-designation-dialogs.h"
#include "daicho-gui-util.h"
#include "widgets/daicho-form-dialog.h"

static const char * const scope_codes[] = { "both", "juki", "inkan" };
static const char * const end_codes[] = { "transfer", "retirement", "duty_change", "other" };

static GtkWidget *
switch_row (const char *title, const char *subtitle, gboolean active, GtkWidget **out_switch)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  *out_switch = sw;
  return row;
}

static GtkWidget *
combo_row (const char *title, const char * const *codes, guint n,
           const char *(*label) (const char *code))
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, label (codes[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  return row;
}

/* The add dialog */

typedef struct
{
  DaichoContext *context;
  gboolean       several;
  GtkWidget     *dialog;
  GListStore    *offices;
  GtkWidget     *emp_no_row;     /* single: the employee number typed */
  GtkWidget     *person_row;     /* single: who that number is */
  DaichoStaff   *person;         /* single: the current staff member it names */
  GtkWidget     *staff_group;    /* several: one check row per person */
  GPtrArray     *staff_checks;   /* several: GtkCheckButton, "staff" data */
  GPtrArray     *staff_rows;
  GtkWidget     *office_row;
  GtkWidget     *scope_row;
  GtkWidget     *start_row;
  GtkWidget     *supervision_row;
  GtkWidget     *supervised_switch;
  GtkWidget     *reason_row;
  GtkWidget     *permission_group;
  GtkWidget     *permission_date_row;
  GtkWidget     *permission_ref_row;
  GtkWidget     *pending_switch;
} AddForm;

static void
add_form_free (AddForm *f)
{
  g_clear_object (&f->context);
  g_clear_object (&f->offices);
  g_clear_object (&f->person);
  g_clear_pointer (&f->staff_checks, g_ptr_array_unref);
  g_clear_pointer (&f->staff_rows, g_ptr_array_unref);
  g_free (f);
}

static DaichoOffice *
chosen_office (AddForm *f)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (f->office_row));

  return i < g_list_model_get_n_items (G_LIST_MODEL (f->offices))
           ? g_list_model_get_item (G_LIST_MODEL (f->offices), i) : NULL;
}

/* Says whether the chosen person works under the office's manager, and
 * shows the permission fields (第6条) when they do not. */
static void
update_supervision (AddForm *f)
{
  g_autoptr(DaichoOffice) office = chosen_office (f);
  DaichoStaff *staff = f->several ? NULL : f->person;
  gboolean derived = TRUE;
  gboolean supervised;
  g_autofree char *subtitle = NULL;

  if (f->several)
    {
      /* Several staff come from the designating office itself. */
      subtitle = g_strdup (_("Staff of the designating office work under its システム利用責任者."));
    }
  else if (staff != NULL && office != NULL)
    {
      derived = staff->office_id == office->id;
      subtitle = derived
        ? g_strdup_printf (_("%s works in %s, under its システム利用責任者."), staff->name,
                           office->name)
        : g_strdup_printf (_("%s works in %s, outside the line of %s: the 情報資産管理責任者's "
                             "prior permission is needed (第6条)."),
                           staff->name, staff->office_name, office->name);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (f->supervision_row), subtitle ? subtitle : "");
  supervised = gtk_switch_get_active (GTK_SWITCH (f->supervised_switch));
  gtk_widget_set_visible (f->reason_row, supervised != derived);
  gtk_widget_set_visible (f->permission_group, !supervised);
}

static void
on_staff_selected (AddForm *f)
{
  DaichoStaff *staff = f->person;
  g_autoptr(DaichoOffice) office = chosen_office (f);

  /* Start from the derived answer; the user may override it. */
  if (staff != NULL && office != NULL)
    gtk_switch_set_active (GTK_SWITCH (f->supervised_switch), staff->office_id == office->id);
  update_supervision (f);
}

/* Finds the current staff member whose employee number is typed. */
static void
on_emp_no_changed (AddForm *f)
{
  g_autofree char *emp_no =
    daicho_text_normalize_width (gtk_editable_get_text (GTK_EDITABLE (f->emp_no_row)));
  g_autofree char *clean = daicho_text_strip (emp_no);
  DaichoStaff *staff = NULL;

  g_clear_object (&f->person);
  if (clean != NULL && *clean != '\0')
    staff = daicho_staff_store_get_by_emp_no (daicho_context_get_db (f->context), clean, NULL);
  if (staff != NULL && !staff->active)
    g_clear_object (&staff);
  f->person = staff;

  if (staff != NULL)
    {
      g_autofree char *who = g_strdup_printf ("%s · %s · %s", staff->name, staff->title,
                                              staff->office_name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (f->person_row), who);
      gtk_widget_remove_css_class (f->person_row, "warning");
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (f->person_row),
                                   clean && *clean ? _("No current staff member has this number")
                                                   : _("Type the employee number"));
      gtk_widget_add_css_class (f->person_row, "warning");
    }
  on_staff_selected (f);
}

/* Several: one check row per current staff member of the office. */
static void
fill_staff_checks (AddForm *f)
{
  g_autoptr(DaichoOffice) office = chosen_office (f);
  g_autoptr(GListStore) staff = NULL;

  for (guint i = 0; i < f->staff_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (f->staff_group),
                                  g_ptr_array_index (f->staff_rows, i));
  g_ptr_array_set_size (f->staff_rows, 0);
  g_ptr_array_set_size (f->staff_checks, 0);
  if (office == NULL)
    return;

  staff = daicho_staff_store_list (daicho_context_get_db (f->context), office->id, FALSE, NULL);
  for (guint i = 0; staff && i < g_list_model_get_n_items (G_LIST_MODEL (staff)); i++)
    {
      g_autoptr(DaichoStaff) s = g_list_model_get_item (G_LIST_MODEL (staff), i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", s->emp_no, s->title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), "staff", g_object_ref (s), g_object_unref);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (f->staff_group), row);
      g_ptr_array_add (f->staff_rows, row);
      g_ptr_array_add (f->staff_checks, check);
    }
}

static void
on_office_selected (AddForm *f)
{
  if (f->several)
    fill_staff_checks (f);
  else
    on_staff_selected (f);
}

static gboolean
submit_add (gpointer user_data, GError **error)
{
  AddForm *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  g_autoptr(DaichoOffice) office = chosen_office (f);
  g_autofree char *start = NULL;
  g_autofree char *permission_date = NULL;
  guint scope = adw_combo_row_get_selected (ADW_COMBO_ROW (f->scope_row));
  DaichoDesignationInput input = { .supervised = -1 };
  g_autofree char *message = NULL;
  guint count = 1;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->start_row), TRUE, &start, error) ||
      !daicho_gui_read_date (GTK_EDITABLE (f->permission_date_row), FALSE, &permission_date,
                             error))
    return FALSE;

  input.office_id = office ? office->id : 0;
  input.scope = scope_codes[MIN (scope, G_N_ELEMENTS (scope_codes) - 1)];
  input.start_date = start;
  input.supervised = gtk_switch_get_active (GTK_SWITCH (f->supervised_switch));
  input.supervision_reason = gtk_editable_get_text (GTK_EDITABLE (f->reason_row));
  input.permission_date = permission_date;
  input.permission_ref = gtk_editable_get_text (GTK_EDITABLE (f->permission_ref_row));
  input.pending = gtk_switch_get_active (GTK_SWITCH (f->pending_switch));

  if (f->several)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < f->staff_checks->len; i++)
        {
          GtkWidget *check = g_ptr_array_index (f->staff_checks, i);
          DaichoStaff *s = g_object_get_data (G_OBJECT (check), "staff");

          if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
            g_array_append_val (ids, s->id);
        }
      input.supervised = -1;
      if (!daicho_designation_store_add_many (db, (gint64 *) (gpointer) ids->data, ids->len,
                                              &input, error))
        return FALSE;
      count = ids->len;
    }
  else
    {
      DaichoStaff *staff = f->person;
      gboolean derived;

      if (staff == NULL)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("Choose the staff member to designate."));
          return FALSE;
        }
      input.staff_id = staff->id;
      derived = office != NULL && staff->office_id == office->id;
      if (input.supervised == derived)
        input.supervised = -1;
      if (daicho_designation_store_add (db, &input, error) == 0)
        return FALSE;
    }

  daicho_context_data_changed (f->context, "designation");
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member designated",
                                          "%u staff members designated", count), count);
  daicho_gui_toast (gtk_window_get_transient_for (GTK_WINDOW (f->dialog))
                      ? GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (f->dialog)))
                      : f->dialog,
                    message);
  return TRUE;
}

void
daicho_designation_dialog_add (GtkWidget *parent, DaichoContext *context, gboolean several)
{
  AddForm *f = g_new0 (AddForm, 1);
  DaichoDb *db = daicho_context_get_db (context);
  DaichoOffice *current = daicho_context_get_office (context);
  DaichoFormDialog *dialog;
  GtkWidget *who = adw_preferences_group_new ();
  GtkWidget *what = adw_preferences_group_new ();
  g_autoptr(GtkStringList) office_names = gtk_string_list_new (NULL);
  g_autofree char *today = daicho_date_today_iso ();
  guint current_index = 0;

  f->context = g_object_ref (context);
  f->several = several;
  f->offices = daicho_office_store_list (db, FALSE, NULL);
  if (f->offices == NULL)
    f->offices = g_list_store_new (DAICHO_TYPE_OFFICE);
  f->staff_checks = g_ptr_array_new ();
  f->staff_rows = g_ptr_array_new ();

  dialog = daicho_form_dialog_new (parent, several ? _("Designate Several Staff")
                                                   : _("Designate a Staff Member"),
                                   _("_Designate"), FALSE);
  f->dialog = GTK_WIDGET (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 760);
  daicho_form_dialog_set_description (
    dialog, several ? _("Designate the staff of an office at once, e.g. every member on 1 April. "
                        "All of them are designated, or — if one is refused — none.")
                    : _("Only designated staff may handle resident-register information "
                        "(第5条第1項). The システム利用責任者 on the start date designates."));

  /* What: office, scope, date */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (what), _("Designation"));
  f->office_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->office_row), _("Designating office"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->offices)); i++)
    {
      g_autoptr(DaichoOffice) o = g_list_model_get_item (G_LIST_MODEL (f->offices), i);
      gtk_string_list_append (office_names, o->name);
      if (current != NULL && o->id == current->id)
        current_index = i;
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (f->office_row), G_LIST_MODEL (office_names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (f->office_row), current_index);
  f->scope_row = combo_row (_("Scope"), scope_codes, G_N_ELEMENTS (scope_codes),
                            daicho_designation_scope_label);
  f->start_row = daicho_gui_date_row (context, _("Start date"), today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), f->office_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), f->scope_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), f->start_row);

  /* Who */
  if (several)
    {
      f->staff_group = who;
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (who), _("Staff"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (who),
                                             _("Untick anyone who is not to be designated."));
    }
  else
    {
      f->emp_no_row = daicho_gui_entry_row (_("Employee number"), NULL);
      f->person_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->person_row), _("Staff member"));
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (who), _("Who"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (who), f->emp_no_row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (who), f->person_row);
    }

  /* Supervision and permission (第6条) */
  f->supervision_row = switch_row (_("Under this manager's supervision"), NULL, TRUE,
                                   &f->supervised_switch);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (f->supervision_row), 4);
  f->reason_row = daicho_gui_entry_row (_("Reason for the supervision"), NULL);
  if (!several)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (who), f->supervision_row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (who), f->reason_row);
    }

  f->permission_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (f->permission_group),
                                   _("Prior Permission (第6条)"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (f->permission_group),
                                         _("Given by the 情報資産管理責任者 on or before the start "
                                           "date."));
  f->permission_date_row = daicho_gui_date_row (context, _("Permission date"), NULL);
  f->permission_ref_row = daicho_gui_entry_row (_("Permission reference"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (f->permission_group), f->permission_date_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (f->permission_group), f->permission_ref_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (f->permission_group),
                             switch_row (_("Keep as waiting for permission"),
                                         _("Recorded but not in effect until the permission is "
                                           "recorded"), FALSE, &f->pending_switch));

  daicho_form_dialog_add (dialog, several ? what : who);
  daicho_form_dialog_add (dialog, several ? who : what);
  daicho_form_dialog_add (dialog, f->permission_group);

  g_signal_connect_swapped (f->office_row, "notify::selected", G_CALLBACK (on_office_selected), f);
  g_signal_connect_swapped (f->supervised_switch, "notify::active",
                            G_CALLBACK (update_supervision), f);
  if (!several)
    {
      g_signal_connect_swapped (f->emp_no_row, "changed", G_CALLBACK (on_emp_no_changed), f);
      on_emp_no_changed (f);
    }
  on_office_selected (f);

  daicho_form_dialog_set_submit (dialog, submit_add, f, (GDestroyNotify) add_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ending, confirming after review, recording the permission */

typedef struct
{
  DaichoContext *context;
  GtkWidget     *parent;
  gint64         id;
  gboolean       review;     /* the designation was flagged: record a review */
  GtkWidget     *date_row;
  GtkWidget     *reason_row;
  GtkWidget     *note_row;
} ActionForm;

static void
action_form_free (ActionForm *f)
{
  g_clear_object (&f->context);
  g_clear_object (&f->parent);
  g_free (f);
}

static ActionForm *
action_form_new (GtkWidget *parent, DaichoContext *context, DaichoDesignation *d)
{
  ActionForm *f = g_new0 (ActionForm, 1);

  f->context = g_object_ref (context);
  f->parent = g_object_ref (parent);
  f->id = d->id;
  f->review = *d->review_flags != '\0';
  return f;
}

static gboolean
done (ActionForm *f, const char *message)
{
  daicho_context_data_changed (f->context, "designation");
  daicho_gui_toast (f->parent, message);
  return TRUE;
}

static gboolean
submit_end (gpointer user_data, GError **error)
{
  ActionForm *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  guint reason = adw_combo_row_get_selected (ADW_COMBO_ROW (f->reason_row));
  const char *code = end_codes[MIN (reason, G_N_ELEMENTS (end_codes) - 1)];
  const char *note = gtk_editable_get_text (GTK_EDITABLE (f->note_row));
  g_autofree char *end = NULL;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, &end, error))
    return FALSE;
  if (f->review ? !daicho_designation_store_review_end (db, f->id, end, code, note, error)
                : !daicho_designation_store_end (db, f->id, end, code, note, error))
    return FALSE;
  return done (f, _("Designation ended"));
}

static void
end_dialog (GtkWidget *parent, DaichoContext *context, DaichoDesignation *d)
{
  ActionForm *f = action_form_new (parent, context, d);
  DaichoFormDialog *dialog = daicho_form_dialog_new (parent, _("End Designation"),
                                                     _("_End Designation"), TRUE);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *description =
    g_strdup_printf (_("%s will no longer be designated after the last day. The designation "
                       "stays in the history."), d->staff_name);

  f->date_row = daicho_gui_date_row (context, _("Last day"), today);
  f->reason_row = combo_row (_("Reason"), end_codes, G_N_ELEMENTS (end_codes),
                             daicho_designation_end_reason_label);
  f->note_row = daicho_gui_entry_row (f->review ? _("Review note (required)") : _("Note"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->date_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->reason_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->note_row);
  daicho_form_dialog_set_description (dialog, description);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit_end, f, (GDestroyNotify) action_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
submit_confirm (gpointer user_data, GError **error)
{
  ActionForm *f = user_data;

  if (!daicho_designation_store_confirm (daicho_context_get_db (f->context), f->id,
                                         gtk_editable_get_text (GTK_EDITABLE (f->note_row)),
                                         error))
    return FALSE;
  return done (f, _("Designation confirmed"));
}

static void
confirm_dialog (GtkWidget *parent, DaichoContext *context, DaichoDesignation *d)
{
  ActionForm *f = action_form_new (parent, context, d);
  DaichoFormDialog *dialog = daicho_form_dialog_new (parent, _("Confirm Designation"),
                                                     _("_Confirm"), FALSE);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *flags = daicho_designation_flags_text (d->review_flags);
  g_autofree char *description =
    g_strdup_printf (_("The designation of %s was flagged: %s. Confirming keeps it as it is; "
                       "say why."), d->staff_name, flags);

  f->note_row = daicho_gui_entry_row (_("Reason"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->note_row);
  daicho_form_dialog_set_description (dialog, description);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit_confirm, f, (GDestroyNotify) action_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
submit_permit (gpointer user_data, GError **error)
{
  ActionForm *f = user_data;
  g_autofree char *date = NULL;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, &date, error) ||
      !daicho_designation_store_permit (daicho_context_get_db (f->context), f->id, date,
                                        gtk_editable_get_text (GTK_EDITABLE (f->note_row)),
                                        error))
    return FALSE;
  return done (f, _("Permission recorded"));
}

static void
permit_dialog (GtkWidget *parent, DaichoContext *context, DaichoDesignation *d)
{
  ActionForm *f = action_form_new (parent, context, d);
  DaichoFormDialog *dialog = daicho_form_dialog_new (parent, _("Record Permission"),
                                                     _("_Record"), FALSE);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *start = daicho_context_format_date (context, d->start_date);
  g_autofree char *description =
    g_strdup_printf (_("The 情報資産管理責任者's permission must be dated on or before the "
                       "designation's start, %s (第6条)."), start);

  f->date_row = daicho_gui_date_row (context, _("Permission date"), NULL);
  f->note_row = daicho_gui_entry_row (_("Permission reference"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->date_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->note_row);
  daicho_form_dialog_set_description (dialog, description);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit_permit, f, (GDestroyNotify) action_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The details window */

typedef struct
{
  DaichoContext     *context;
  DaichoDesignation *designation;
  GtkWidget         *window;
} Details;

static void
details_free (Details *d)
{
  g_clear_object (&d->context);
  g_clear_object (&d->designation);
  g_free (d);
}

static void
on_check_clicked (Details *d)
{
  g_autoptr(GError) error = NULL;

  if (!daicho_designation_store_check (daicho_context_get_db (d->context), d->designation->id,
                                       &error))
    {
      daicho_gui_show_error (d->window, _("Not Checked"), error);
      return;
    }
  daicho_context_data_changed (d->context, "designation");
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_end_clicked (Details *d)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (d->window));

  end_dialog (parent ? GTK_WIDGET (parent) : d->window, d->context, d->designation);
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_confirm_clicked (Details *d)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (d->window));

  confirm_dialog (parent ? GTK_WIDGET (parent) : d->window, d->context, d->designation);
  gtk_window_close (GTK_WINDOW (d->window));
}

static void
on_permit_clicked (Details *d)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (d->window));

  permit_dialog (parent ? GTK_WIDGET (parent) : d->window, d->context, d->designation);
  gtk_window_close (GTK_WINDOW (d->window));
}

static GtkWidget *
history_group (Details *d)
{
  DaichoDesignation *des = d->designation;
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GListStore) history =
    daicho_designation_store_history (daicho_context_get_db (d->context), des->staff_id, NULL);
  g_autofree char *title = g_strdup_printf (_("History of %s"), des->staff_name);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; history && i < g_list_model_get_n_items (G_LIST_MODEL (history)); i++)
    {
      g_autoptr(DaichoDesignation) h = g_list_model_get_item (G_LIST_MODEL (history), i);
      g_autofree char *from = daicho_context_format_date (d->context, h->start_date);
      g_autofree char *to = daicho_context_format_date (d->context, h->end_date);
      g_autofree char *title_text = g_strdup_printf ("%s · %s", h->office_name,
                                                     daicho_designation_scope_form_label (h->scope));
      g_autofree char *subtitle = g_strdup_printf ("%s – %s · %s", from, to,
                                                   daicho_designation_state_label (h->state));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title_text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

void
daicho_designation_dialog_details (GtkWidget *parent, DaichoContext *context, gint64 id)
{
  g_autoptr(GError) error = NULL;
  DaichoDesignation *des = daicho_designation_store_get (daicho_context_get_db (context), id,
                                                         &error);
  Details *d;
  GtkWidget *window, *page, *actions, *buttons;
  AdwPreferencesGroup *info;
  g_autofree char *title = NULL, *description = NULL, *start = NULL, *permission = NULL;
  g_autofree char *entered = NULL, *checked = NULL, *state = NULL, *ended = NULL, *flags = NULL;

  if (des == NULL)
    {
      daicho_gui_show_error (parent, _("The Designation Cannot Be Shown"), error);
      return;
    }

  d = g_new0 (Details, 1);
  d->context = g_object_ref (context);
  d->designation = des;

  title = g_strdup_printf (_("Designation of %s"), des->staff_name);
  window = daicho_gui_details_window_new (parent, title, &page);
  d->window = window;
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 720);
  g_object_set_data_full (G_OBJECT (window), "details", d, (GDestroyNotify) details_free);

  info = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (info, des->staff_name);
  description = g_strdup_printf ("%s · %s", des->emp_no, des->staff_office_name);
  adw_preferences_group_set_description (info, description);

  start = daicho_context_format_date (context, des->start_date);
  flags = daicho_designation_flags_text (des->review_flags);
  state = *flags ? g_strdup_printf (C_("state and reasons", "%s (%s)"),
                                   daicho_designation_state_label (des->state), flags)
                 : g_strdup (daicho_designation_state_label (des->state));
  if (des->permission_date != NULL)
    {
      g_autofree char *date = daicho_context_format_date (context, des->permission_date);
      permission = g_strdup_printf (_("%s, %s, given by %s"), date, des->permission_ref,
                                    des->permission_granter);
    }
  else
    permission = g_strdup (des->supervised ? _("Not needed: under the manager's supervision")
                                           : _("None yet (第6条)"));
  entered = daicho_gui_person_and_time (context, des->entered_by_name, des->entered_at, "");
  checked = daicho_gui_person_and_time (context, des->checked_by_name, des->checked_at,
                                        _("Not checked yet"));
  if (des->end_date != NULL)
    {
      g_autofree char *end = daicho_context_format_date (context, des->end_date);
      ended = g_strdup_printf ("%s · %s%s%s", end,
                               daicho_designation_end_reason_label (des->end_reason),
                               des->end_note ? " · " : "", des->end_note ? des->end_note : "");
    }

  daicho_gui_property_row (info, _("State"), state);
  daicho_gui_property_row (info, _("Designating office"), des->office_name);
  daicho_gui_property_row (info, _("Scope"), daicho_designation_scope_label (des->scope));
  daicho_gui_property_row (info, _("Designated on"), start);
  daicho_gui_property_row (info, _("Designated by"), des->manager_name);
  daicho_gui_property_row (info, _("Supervision"),
                           des->supervised ? (des->supervision_reason
                                                ? des->supervision_reason
                                                : _("Under the manager's supervision"))
                                           : _("Outside the manager's line"));
  daicho_gui_property_row (info, _("Permission"), permission);
  daicho_gui_property_row (info, _("Entered by"), entered);
  daicho_gui_property_row (info, _("Checked by (照合)"), checked);
  if (ended != NULL)
    daicho_gui_property_row (info, _("Ended"), ended);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), info);

  actions = adw_preferences_group_new ();
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  if (des->checked_by_name == NULL)
    gtk_box_append (GTK_BOX (buttons),
                    daicho_gui_action_button (_("_Check (照合)"), NULL,
                                              G_CALLBACK (on_check_clicked), d));
  if (g_str_equal (des->state, "pending") || strstr (des->review_flags, "permission"))
    gtk_box_append (GTK_BOX (buttons),
                    daicho_gui_action_button (_("Record _Permission…"), NULL,
                                              G_CALLBACK (on_permit_clicked), d));
  if ((strstr (des->review_flags, "moved") || strstr (des->review_flags, "manager")) &&
      !strstr (des->review_flags, "left") && !strstr (des->review_flags, "permission"))
    gtk_box_append (GTK_BOX (buttons),
                    daicho_gui_action_button (_("C_onfirm…"), "suggested-action",
                                              G_CALLBACK (on_confirm_clicked), d));
  if (des->end_date == NULL)
    gtk_box_append (GTK_BOX (buttons),
                    daicho_gui_action_button (_("_End…"), "destructive-action",
                                              G_CALLBACK (on_end_clicked), d));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (actions), buttons);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (actions));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (history_group (d)));

  gtk_window_present (GTK_WINDOW (window));
}
