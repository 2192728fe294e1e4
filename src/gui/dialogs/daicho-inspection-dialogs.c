/* daicho-inspection-dialogs.c — the dialogs of the 点検シート tab
 *
 * Starting an inspection, answering an item 否 (a finding and a corrective
 * action are part of the answer, 第5条第3項: what is wrong is promptly
 * corrected), amending a final sheet (always with a reason, kept in its
 * history), adding a further action and recording that one was done.
 * Each is a DaichoFormDialog: the core checks every rule inside its write,
 * and a refusal stays on screen with everything typed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-gui-util.h"
#include "daicho-inspection-dialogs.h"
#include "daicho-ledger-dialogs.h"
#include "widgets/daicho-form-dialog.h"

/* Days from the inspection to the due date a new action is offered. */
#define DEFAULT_DUE_DAYS 30

typedef struct
{
  DaichoContext          *context;
  GtkWidget              *parent;
  DaichoInspection       *inspection;
  DaichoInspectionAnswer *answer;
  DaichoInspectionAction *action;
  char                   *result;
  gint64                  office_id;
  int                     fiscal_year;
  int                     quarter;
  gboolean                has_action;   /* the item has an action on this sheet already */
  GtkWidget              *date_row;
  GtkWidget              *person_field;
  GtkWidget              *finding_row;
  GtkWidget              *what_row;
  GtkWidget              *owner_field;
  GtkWidget              *due_row;
  GtkWidget              *reason_row;
} Form;

static void
form_free (Form *f)
{
  g_clear_object (&f->context);
  g_clear_object (&f->parent);
  g_clear_object (&f->inspection);
  g_clear_object (&f->answer);
  g_clear_object (&f->action);
  g_free (f->result);
  g_free (f);
}

static Form *
form_new (GtkWidget *parent, DaichoContext *context, DaichoInspection *inspection)
{
  Form *f = g_new0 (Form, 1);

  f->context = g_object_ref (context);
  f->parent = g_object_ref (parent);
  f->inspection = inspection ? g_object_ref (inspection) : NULL;
  return f;
}

static void
present (Form *f, DaichoFormDialog *dialog, GtkWidget *focus)
{
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (focus);
}

/* Takes @message. */
static gboolean
changed (Form *f, char *message)
{
  daicho_context_data_changed (f->context, "inspection");
  daicho_gui_toast (f->parent, message);
  g_free (message);
  return TRUE;
}

static char *
period_text (DaichoContext *context, int fiscal_year, int quarter)
{
  return daicho_fiscal_quarter_label_long (fiscal_year, quarter,
                                           daicho_context_uses_seireki (context));
}

/* Starting an inspection */

static gboolean
submit_new (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (f->person_field));
  DaichoStaff *inspector = daicho_ledger_person_field_get (f->person_field);
  g_autofree char *date = NULL;
  g_autofree char *period = NULL;
  gint64 id;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, &date, error))
    return FALSE;
  if (*typed != '\0' && inspector == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("No current staff member has the employee number %s: correct it, or "
                     "leave it empty for the office's システム利用責任者."), typed);
      return FALSE;
    }
  id = daicho_inspection_store_new (db, f->office_id, f->fiscal_year, f->quarter, date,
                                    inspector ? inspector->id : 0, error);
  if (id == 0)
    return FALSE;
  period = period_text (f->context, f->fiscal_year, f->quarter);
  changed (f, g_strdup_printf (_("Inspection of %s started"), period));
  gtk_widget_activate_action (f->parent, "inspection.open", "x", id);
  return TRUE;
}

/* The day offered for the inspection: today, or the quarter's last day
 * when the quarter is over. */
static char *
default_date (int fiscal_year, int quarter)
{
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *last_iso = NULL;
  GDate first, last;

  daicho_fiscal_quarter_range (fiscal_year, quarter, &first, &last);
  last_iso = daicho_date_to_iso (&last);
  return g_strdup (g_strcmp0 (last_iso, today) < 0 ? last_iso : today);
}

void
daicho_inspection_dialog_new (GtkWidget     *parent,
                              DaichoContext *context,
                              gint64         office_id,
                              int            fiscal_year,
                              int            quarter)
{
  Form *f = form_new (parent, context, NULL);
  g_autoptr(DaichoOffice) office =
    daicho_office_store_get (daicho_context_get_db (context), office_id, NULL);
  g_autofree char *period = period_text (context, fiscal_year, quarter);
  g_autofree char *title = g_strdup_printf (_("Inspection of %s"), period);
  g_autofree char *date = default_date (fiscal_year, quarter);
  g_autofree char *description =
    g_strdup_printf (_("%s checks itself against 第5条 to 第10条 with the current checklist "
                       "and promptly corrects what is wrong (第5条第3項). The sheet starts as a "
                       "draft: answer its items, then make it final."),
                     office ? office->name : "");
  DaichoFormDialog *dialog = daicho_form_dialog_new (parent, title, _("_Start"), FALSE);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);
  GtkWidget *person_group =
    daicho_gui_group_new (_("Inspector"),
               _("By default the office’s システム利用責任者; leave the employee number empty "
                 "for whoever holds that post on the inspection date."));
  g_autoptr(DaichoStaff) manager = NULL;
  gint64 manager_id = 0;

  f->office_id = office_id;
  f->fiscal_year = fiscal_year;
  f->quarter = quarter;
  f->date_row = daicho_gui_date_row (context, _("Inspection date"), date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->date_row);
  /* The office's システム利用責任者 on the day offered: the inspector unless
   * someone else is named. */
  daicho_post_store_holder_id_on (daicho_context_get_db (context), "usage_manager", office_id,
                                  date, &manager_id, NULL);
  f->person_field = daicho_ledger_person_field_new (context, ADW_PREFERENCES_GROUP (person_group),
                                                    _("Employee number"),
                                                    daicho_person_emp_no (context, manager_id, &manager));

  daicho_form_dialog_set_description (dialog, description);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_add (dialog, person_group);
  daicho_form_dialog_set_submit (dialog, submit_new, f, (GDestroyNotify) form_free);
  present (f, dialog, f->date_row);
}

/* Corrective actions */

static gboolean
action_typed (Form *f)
{
  g_autofree char *what = daicho_text_strip (gtk_editable_get_text (GTK_EDITABLE (f->what_row)));
  g_autofree char *due = daicho_text_strip (gtk_editable_get_text (GTK_EDITABLE (f->due_row)));

  return (what && *what) || (due && *due) ||
         *gtk_editable_get_text (GTK_EDITABLE (f->owner_field)) != '\0';
}

/* Reads the action rows into @input (strings owned by @due). */
static gboolean
read_action (Form *f, DaichoInspectionActionInput *input, char **due, GError **error)
{
  DaichoStaff *owner = daicho_ledger_person_field_get (f->owner_field);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (f->owner_field));

  if (!daicho_gui_read_date (GTK_EDITABLE (f->due_row), FALSE, due, error))
    return FALSE;
  if (*typed != '\0' && owner == NULL)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("No current staff member has the employee number %s: give the employee "
                     "number of who carries out the corrective action."), typed);
      return FALSE;
    }
  input->what = gtk_editable_get_text (GTK_EDITABLE (f->what_row));
  input->owner_id = owner ? owner->id : 0;
  input->due_date = *due;
  input->done_date = NULL;
  return TRUE;
}

/* Adds the rows of a corrective action to @group: what, who (by employee
 * number, the inspector by default) and the due date. */
static void
add_action_rows (Form *f, GtkWidget *group)
{
  g_autoptr(DaichoStaff) inspector = NULL;
  const char *emp_no = daicho_person_emp_no (f->context, f->inspection->inspector_id, &inspector);
  GDate due, today;

  f->what_row = daicho_gui_entry_row (_("Corrective action"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->what_row);
  f->owner_field = daicho_ledger_person_field_new (f->context, ADW_PREFERENCES_GROUP (group),
                                                   _("Carried out by (employee number)"),
                                                   emp_no);
  /* A month from the inspection, or from today on an older sheet. */
  daicho_date_from_iso (f->inspection->inspection_date, &due);
  daicho_date_today (&today);
  if (g_date_compare (&due, &today) < 0)
    due = today;
  g_date_add_days (&due, DEFAULT_DUE_DAYS);
  {
    g_autofree char *due_iso = daicho_date_to_iso (&due);

    f->due_row = daicho_gui_date_row (f->context, _("Due date"), due_iso);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->due_row);
}

/* Answering 否, and amending */

static gboolean
submit_answer (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoDb *db = daicho_context_get_db (f->context);
  gboolean final = g_strcmp0 (f->inspection->state, "final") == 0;
  DaichoInspectionActionInput input = { 0 };
  g_autofree char *due = NULL;
  const char *finding = NULL;
  const DaichoInspectionActionInput *action = NULL;
  gboolean ok;

  if (f->finding_row != NULL)
    finding = gtk_editable_get_text (GTK_EDITABLE (f->finding_row));
  if (f->what_row != NULL && (!f->has_action || action_typed (f)))
    {
      if (!read_action (f, &input, &due, error))
        return FALSE;
      action = &input;
    }
  if (final)
    ok = daicho_inspection_store_amend (db, f->inspection->id, f->answer->item_id, f->result,
                                        finding, action,
                                        gtk_editable_get_text (GTK_EDITABLE (f->reason_row)),
                                        error);
  else
    ok = daicho_inspection_store_answer (db, f->inspection->id, f->answer->item_id, f->result,
                                         finding, action, error);
  if (!ok)
    return FALSE;
  return changed (f, final ? g_strdup_printf (_("Item %lld amended"), (long long) f->answer->no)
                           : g_strdup_printf (_("Item %lld answered %s"), (long long) f->answer->no,
                                              daicho_inspection_result_form_label (f->result)));
}

/* Whether the item of @answer has a corrective action on the sheet. */
static gboolean
item_has_action (DaichoContext *context, DaichoInspection *inspection, gint64 item_id)
{
  g_autoptr(GListStore) actions =
    daicho_inspection_store_actions (daicho_context_get_db (context), inspection->id, NULL);

  for (guint i = 0; actions && i < g_list_model_get_n_items (G_LIST_MODEL (actions)); i++)
    {
      g_autoptr(DaichoInspectionAction) a = g_list_model_get_item (G_LIST_MODEL (actions), i);

      if (a->item_id == item_id && a->voided_at == NULL)
        return TRUE;
    }
  return FALSE;
}

void
daicho_inspection_dialog_answer (GtkWidget              *parent,
                                 DaichoContext          *context,
                                 DaichoInspection       *inspection,
                                 DaichoInspectionAnswer *answer,
                                 const char             *result,
                                 const char             *proposal)
{
  Form *f = form_new (parent, context, inspection);
  gboolean final = g_strcmp0 (inspection->state, "final") == 0;
  gboolean ng = g_strcmp0 (result, "ng") == 0;
  const char *label = daicho_inspection_result_form_label (result);
  g_autofree char *title = final ? g_strdup_printf (_("Amend Item %lld"), (long long) answer->no)
                                 : g_strdup_printf (_("Item %lld: %s"), (long long) answer->no,
                                                    label);
  g_autofree char *description = NULL;
  DaichoFormDialog *dialog = daicho_form_dialog_new (parent, title,
                                                     final ? _("_Amend") : _("_Save"), FALSE);
  GtkWidget *item_group = daicho_gui_group_new (NULL, NULL);
  GtkWidget *focus = NULL;

  f->answer = g_object_ref (answer);
  f->result = g_strdup (result);
  f->has_action = item_has_action (context, inspection, answer->item_id);

  if (final)
    description = g_strdup_printf (_("The sheet is final: the answer changes to %s with your "
                                     "reason, and the change is kept in the sheet's history."),
                                   label);
  else
    description = g_strdup (_("An item answered 否 needs a finding — what is wrong — and a "
                              "corrective action: what is done about it, by whom, by when."));
  daicho_form_dialog_set_description (dialog, description);

  {
    g_autofree char *item = g_strdup_printf ("%lld. %s", (long long) answer->no, answer->text);
    GtkWidget *row = daicho_gui_property_row (ADW_PREFERENCES_GROUP (item_group),
                                              answer->article, item);
    (void) row;
  }
  daicho_form_dialog_add (dialog, item_group);

  if (ng)
    {
      GtkWidget *finding_group = daicho_gui_group_new (_("Finding"), NULL);
      GtkWidget *action_group =
        daicho_gui_group_new (_("Corrective Action"),
                   f->has_action ? _("The item has a corrective action already: fill these in "
                                     "only to add another.")
                                 : NULL);

      f->finding_row = daicho_gui_entry_row (_("Finding (所見)"),
                                             answer->finding ? answer->finding : proposal);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (finding_group), f->finding_row);
      daicho_form_dialog_add (dialog, finding_group);
      add_action_rows (f, action_group);
      if (f->has_action)
        gtk_editable_set_text (GTK_EDITABLE (f->owner_field), "");
      daicho_form_dialog_add (dialog, action_group);
      focus = f->finding_row;
    }
  if (final)
    {
      GtkWidget *reason_group = daicho_gui_group_new (_("Amendment"), NULL);

      f->reason_row = daicho_gui_entry_row (_("Reason"), NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (reason_group), f->reason_row);
      daicho_form_dialog_add (dialog, reason_group);
      if (focus == NULL)
        focus = f->reason_row;
    }
  daicho_form_dialog_set_submit (dialog, submit_answer, f, (GDestroyNotify) form_free);
  present (f, dialog, focus ? focus : GTK_WIDGET (dialog));
}

static gboolean
submit_add_action (gpointer user_data, GError **error)
{
  Form *f = user_data;
  DaichoInspectionActionInput input = { 0 };
  g_autofree char *due = NULL;

  if (!read_action (f, &input, &due, error) ||
      daicho_inspection_store_add_action (daicho_context_get_db (f->context), f->inspection->id,
                                          f->answer->item_id, &input, error) == 0)
    return FALSE;
  return changed (f, g_strdup_printf (_("Corrective action added to item %lld"),
                                      (long long) f->answer->no));
}

void
daicho_inspection_dialog_add_action (GtkWidget              *parent,
                                     DaichoContext          *context,
                                     DaichoInspection       *inspection,
                                     DaichoInspectionAnswer *answer)
{
  Form *f = form_new (parent, context, inspection);
  g_autofree char *title = g_strdup_printf (_("Corrective Action for Item %lld"),
                                            (long long) answer->no);
  DaichoFormDialog *dialog = daicho_form_dialog_new (parent, title, _("_Add"), FALSE);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);

  f->answer = g_object_ref (answer);
  daicho_form_dialog_set_description (dialog, answer->text);
  add_action_rows (f, group);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit_add_action, f, (GDestroyNotify) form_free);
  present (f, dialog, f->what_row);
}

/* Done */

static gboolean
submit_done (gpointer user_data, GError **error)
{
  Form *f = user_data;
  g_autofree char *date = NULL;

  if (!daicho_gui_read_date (GTK_EDITABLE (f->date_row), TRUE, &date, error) ||
      !daicho_inspection_store_action_done (daicho_context_get_db (f->context), f->action->id,
                                            date, error))
    return FALSE;
  return changed (f, g_strdup (_("Corrective action done")));
}

void
daicho_inspection_dialog_action_done (GtkWidget              *parent,
                                      DaichoContext          *context,
                                      DaichoInspectionAction *action)
{
  Form *f = form_new (parent, context, NULL);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *text = daicho_inspection_action_text (context, action);
  DaichoFormDialog *dialog = daicho_form_dialog_new (parent, _("Corrective Action Done"),
                                                     _("_Record"), FALSE);
  GtkWidget *group = daicho_gui_group_new (NULL, NULL);

  f->action = g_object_ref (action);
  daicho_form_dialog_set_description (dialog, text);
  f->date_row = daicho_gui_date_row (context, _("Done on"), today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->date_row);
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit_done, f, (GDestroyNotify) form_free);
  present (f, dialog, f->date_row);
}

char *
daicho_inspection_action_text (DaichoContext *context, DaichoInspectionAction *action)
{
  g_autofree char *due = daicho_context_format_date (context, action->due_date);
  g_autofree char *done = daicho_context_format_date (context, action->done_date);

  if (action->voided_at != NULL)
    return g_strdup_printf (_("%s — withdrawn (the item is no longer 否)"), action->what);
  if (action->done_date != NULL)
    return g_strdup_printf (_("%s — %s · done on %s"), action->what, action->owner_name, done);
  return g_strdup_printf (_("%s — %s · due %s"), action->what, action->owner_name, due);
}
