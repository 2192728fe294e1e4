/* daicho-inspection-sheet.c — one 点検シート (K5-3)
 *
 * The sheet as a person fills it in: the items of the inspection's own
 * checklist version, grouped by article, each with 適 / 否 / 該当なし and,
 * beside it, what Daicho's own records say (designations without
 * permission, entries past retention …) with the 否 they propose. It is
 * made for the keyboard: ↑/↓ move between items, 1, 2 and 3 answer 適, 否 and
 * 該当なし and go on to the next item; a 否 opens the dialog for its finding
 * and corrective action. Below: the corrective actions of this sheet and
 * those carried from earlier quarters until done, and the amendments made
 * after the sheet was final. The header makes it final (Ctrl+Enter), lets
 * the 情報資産管理責任者 confirm it, and prints or exports Form No. 2.
 *
 * Everything is re-read after each change (data-changed::inspection): a
 * sheet is some twenty rows, and the store is the only judge of a rule.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-form2.h"
#include "daicho-gui-util.h"
#include "daicho-inspection-sheet.h"
#include "daicho-print.h"
#include "dialogs/daicho-inspection-dialogs.h"

struct _DaichoInspectionSheet
{
  AdwBin            parent_instance;

  /* template widgets */
  GtkLabel         *title_label;
  GtkLabel         *subtitle_label;
  GtkWidget        *confirm_button;
  GtkWidget        *finalize_button;
  GtkScrolledWindow *scroller;
  GtkBox           *content_box;

  /* owned */
  DaichoContext    *context;
  DaichoInspection *inspection;
  GListStore       *evidence;
  GPtrArray        *item_rows;     /* the rows of the items, in order (borrowed) */
  gint64            id;
  gboolean          stale;         /* records changed while the sheet was hidden */
  guint             focus_no;      /* item to focus after the next reload (0: none) */
};

G_DEFINE_FINAL_TYPE (DaichoInspectionSheet, daicho_inspection_sheet, ADW_TYPE_BIN)

static const char * const results[] = { "ok", "ng", "na" };

static void reload (DaichoInspectionSheet *self);

static gboolean
is_final (DaichoInspectionSheet *self)
{
  return self->inspection && g_strcmp0 (self->inspection->state, "final") == 0;
}

static GtkWidget *
group_new (DaichoInspectionSheet *self, const char *title, const char *description)
{
  GtkWidget *group = daicho_gui_group_new (title, description);

  gtk_box_append (self->content_box, group);
  return group;
}

/* Answering */

static void
focus_item (DaichoInspectionSheet *self, guint no)
{
  if (self->item_rows->len == 0)
    return;
  no = CLAMP (no, 1, self->item_rows->len);
  gtk_widget_grab_focus (g_ptr_array_index (self->item_rows, no - 1));
}

/* Shows the stored answer on @row's buttons again: a click that opens a
 * dialog has pressed its button before anything is saved, and the dialog
 * may be cancelled. */
static void
sync_buttons (GtkWidget *row)
{
  DaichoInspectionAnswer *answer = g_object_get_data (G_OBJECT (row), "daicho-answer");
  GtkWidget *box = g_object_get_data (G_OBJECT (row), "daicho-buttons");

  for (GtkWidget *b = gtk_widget_get_first_child (box); b; b = gtk_widget_get_next_sibling (b))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b),
                                  g_strcmp0 (answer->result,
                                             g_object_get_data (G_OBJECT (b), "daicho-result"))
                                  == 0);
}

/* Answers the item of @row with @result: 適 and 該当なし at once, 否 (and
 * any change to a final sheet) through the dialog. */
static void
answer_row (DaichoInspectionSheet *self, GtkWidget *row, const char *result)
{
  DaichoInspectionAnswer *answer = g_object_get_data (G_OBJECT (row), "daicho-answer");
  const char *proposal = g_object_get_data (G_OBJECT (row), "daicho-proposal");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (answer->result, result) == 0 && g_strcmp0 (result, "ng") != 0)
    {
      self->focus_no = (guint) answer->no + 1;
      focus_item (self, self->focus_no);
      return;
    }
  self->focus_no = (guint) answer->no + 1;
  if (is_final (self) || g_str_equal (result, "ng"))
    {
      if (is_final (self))
        self->focus_no = (guint) answer->no;
      daicho_inspection_dialog_answer (GTK_WIDGET (self), self->context, self->inspection, answer,
                                       result, proposal);
      sync_buttons (row);
      return;
    }
  if (!daicho_inspection_store_answer (daicho_context_get_db (self->context), self->id,
                                       answer->item_id, result, NULL, NULL, &error))
    {
      daicho_gui_show_error (GTK_WIDGET (self), _("Not Answered"), error);
      reload (self);
      return;
    }
  daicho_context_data_changed (self->context, "inspection");
}

static void
on_result_clicked (GtkWidget *button, DaichoInspectionSheet *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "daicho-row");
  const char *result = g_object_get_data (G_OBJECT (button), "daicho-result");

  answer_row (self, row, result);
}

static gboolean
on_row_key_pressed (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    DaichoInspectionSheet *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  DaichoInspectionAnswer *answer = g_object_get_data (G_OBJECT (row), "daicho-answer");
  int index = -1;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_1: case GDK_KEY_KP_1: index = 0; break;
    case GDK_KEY_2: case GDK_KEY_KP_2: index = 1; break;
    case GDK_KEY_3: case GDK_KEY_KP_3: index = 2; break;
    /* From item to item, across the articles' groups, wherever the focus
     * is in the row (the list boxes would stop at their last row). */
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      if (answer->no >= (gint64) self->item_rows->len)
        return GDK_EVENT_PROPAGATE;
      focus_item (self, (guint) answer->no + 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      if (answer->no <= 1)
        return GDK_EVENT_PROPAGATE;
      focus_item (self, (guint) answer->no - 1);
      return GDK_EVENT_STOP;
    default: return GDK_EVENT_PROPAGATE;
    }
  answer_row (self, row, results[index]);
  return GDK_EVENT_STOP;
}

static void
on_item_activated (GtkWidget *row, DaichoInspectionSheet *self)
{
  DaichoInspectionAnswer *answer = g_object_get_data (G_OBJECT (row), "daicho-answer");

  /* Enter on a 否 item edits its finding; elsewhere it answers nothing. */
  if (g_strcmp0 (answer->result, "ng") == 0)
    answer_row (self, row, "ng");
}

static void
on_add_action_clicked (GtkWidget *button, DaichoInspectionSheet *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "daicho-row");

  daicho_inspection_dialog_add_action (GTK_WIDGET (self), self->context, self->inspection,
                                       g_object_get_data (G_OBJECT (row), "daicho-answer"));
}

/* The linked 適 | 否 | 該当なし buttons of an item's row. */
static GtkWidget *
result_buttons (DaichoInspectionSheet *self, GtkWidget *row, DaichoInspectionAnswer *answer)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *first = NULL;
  g_autofree char *label = g_strdup_printf (_("Result of item %lld"), (long long) answer->no);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (
        daicho_inspection_result_form_label (results[i]));
      g_autofree char *tip = g_strdup_printf (_("Item %lld: %s (key %u)"), (long long) answer->no,
                                              daicho_inspection_result_label (results[i]), i + 1);

      gtk_widget_set_tooltip_text (button, tip);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                    g_strcmp0 (answer->result, results[i]) == 0);
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      if (i == 1 && g_strcmp0 (answer->result, "ng") == 0)
        gtk_widget_add_css_class (button, "destructive-action");
      g_object_set_data (G_OBJECT (button), "daicho-row", row);
      g_object_set_data (G_OBJECT (button), "daicho-result", (gpointer) results[i]);
      g_signal_connect (button, "clicked", G_CALLBACK (on_result_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

/* The finding, the actions of the item and what the records propose. */
static char *
item_subtitle (DaichoInspectionSheet *self, DaichoInspectionAnswer *answer, GListModel *actions,
               const char *proposed, const char *reason)
{
  GString *text = g_string_new (NULL);

  if (answer->finding != NULL && *answer->finding != '\0')
    g_string_append_printf (text, _("Finding: %s"), answer->finding);
  for (guint i = 0; actions && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(DaichoInspectionAction) a = g_list_model_get_item (actions, i);
      g_autofree char *line = NULL;

      if (a->item_id != answer->item_id || a->voided_at != NULL)
        continue;
      line = daicho_inspection_action_text (self->context, a);
      g_string_append_printf (text, "%s%s %s", text->len ? "\n" : "", _("Action:"), line);
    }
  if (proposed != NULL && g_strcmp0 (answer->result, proposed) != 0)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", reason);
  return g_string_free (text, FALSE);
}

static GtkWidget *
item_row (DaichoInspectionSheet *self, DaichoInspectionAnswer *answer, GListModel *actions)
{
  g_autofree char *title = g_strdup_printf ("%lld. %s", (long long) answer->no, answer->text);
  g_autofree char *reason = NULL;
  const char *proposed = daicho_inspection_evidence_proposal (G_LIST_MODEL (self->evidence),
                                                              answer->item_key, &reason);
  g_autofree char *proposal_text = proposed
    ? g_strdup_printf (_("The records suggest 否: %s"), reason) : NULL;
  g_autofree char *subtitle = item_subtitle (self, answer, actions, proposed, proposal_text);
  GtkWidget *row = daicho_gui_text_row (title, subtitle);
  GtkEventController *keys;
  GtkWidget *buttons;

  g_object_set_data_full (G_OBJECT (row), "daicho-answer", g_object_ref (answer), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "daicho-proposal", g_steal_pointer (&reason), g_free);
  gtk_widget_set_focusable (row, TRUE);
  buttons = result_buttons (self, row, answer);
  g_object_set_data (G_OBJECT (row), "daicho-buttons", buttons);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons);
  if (g_strcmp0 (answer->result, "ng") == 0)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (on_item_activated), self);
      if (!is_final (self))
        {
          GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

          gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (add, "flat");
          gtk_widget_set_tooltip_text (add, _("Add another corrective action"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Add another corrective action"), -1);
          g_object_set_data (G_OBJECT (add), "daicho-row", row);
          g_signal_connect (add, "clicked", G_CALLBACK (on_add_action_clicked), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
        }
    }
  if (proposed != NULL && g_strcmp0 (answer->result, proposed) != 0)
    gtk_widget_add_css_class (row, "warning");
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_row_key_pressed), self);
  gtk_widget_add_controller (row, keys);
  return row;
}

/* Groups */

static void
add_header_group (DaichoInspectionSheet *self)
{
  DaichoInspection *s = self->inspection;
  GtkWidget *group = group_new (self, NULL, NULL);
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  g_autofree char *date = daicho_context_format_date (self->context, s->inspection_date);
  g_autofree char *version = g_strdup_printf (_("Version %lld"), (long long) s->template_version);
  g_autofree char *finalized = daicho_gui_person_and_time (self->context, s->finalized_by_name,
                                                           s->finalized_at, NULL);
  g_autofree char *confirmed = daicho_gui_person_and_time (self->context, s->confirmed_by_name,
                                                           s->confirmed_at, NULL);
  g_autofree char *answered = g_strdup_printf (_("%lld of %lld answered · 否 %lld · open "
                                                 "corrective actions %lld"),
                                               (long long) s->n_answered, (long long) s->n_items,
                                               (long long) s->n_ng,
                                               (long long) s->n_open_actions);

  daicho_gui_property_row (g, _("Inspection date"), date);
  daicho_gui_property_row (g, _("Inspector"), s->inspector_name);
  daicho_gui_property_row (g, _("Checklist"), version);
  daicho_gui_property_row (g, _("Progress"), answered);
  if (finalized != NULL)
    daicho_gui_property_row (g, _("Made final by"), finalized);
  if (confirmed != NULL)
    daicho_gui_property_row (g, _("Confirmed by"), confirmed);
}

static void
add_evidence_group (DaichoInspectionSheet *self)
{
  GtkWidget *group = group_new (self, _("What Daicho’s Records Show"),
                                _("Judged from the designations and the form ledger of the "
                                  "office for the quarter. Where they show a breach, the item "
                                  "is marked with the 否 they suggest; the inspector decides."));
  GListModel *evidence = G_LIST_MODEL (self->evidence);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(DaichoInspectionEvidence) e = g_list_model_get_item (evidence, i);
      GtkWidget *row = daicho_gui_text_row (e->text, NULL);
      g_autofree char *count = g_strdup_printf ("%lld", (long long) e->count);
      GtkWidget *label = gtk_label_new (count);

      gtk_widget_add_css_class (label, e->proposed_result ? "error" : "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (e->proposed_result
                                                               ? "dialog-warning-symbolic"
                                                               : "emblem-ok-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
on_done_clicked (GtkWidget *button, DaichoInspectionSheet *self)
{
  daicho_inspection_dialog_action_done (GTK_WIDGET (self), self->context,
                                        g_object_get_data (G_OBJECT (button), "daicho-action"));
}

static GtkWidget *
action_row (DaichoInspectionSheet *self, DaichoInspectionAction *a, gboolean carried)
{
  g_autofree char *text = daicho_inspection_action_text (self->context, a);
  g_autofree char *fy = daicho_context_format_fiscal_year (self->context, (int) a->fiscal_year);
  g_autofree char *quarter = daicho_fiscal_quarter_label ((int) a->quarter);
  g_autofree char *item = carried
    ? g_strdup_printf (_("%s %s, item %lld: %s"), fy, quarter, (long long) a->item_no, a->item_text)
    : g_strdup_printf (_("Item %lld: %s"), (long long) a->item_no, a->item_text);
  GtkWidget *row = daicho_gui_text_row (text, item);

  if (a->done_date == NULL && a->voided_at == NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Done…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "daicho-action", g_object_ref (a),
                              g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_done_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      if (a->overdue)
        {
          GtkWidget *label = gtk_label_new (_("Overdue"));

          gtk_widget_add_css_class (label, "error");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
    }
  else
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
add_actions_group (DaichoInspectionSheet *self, GListModel *actions, gboolean carried)
{
  GtkWidget *group;
  guint n = actions ? g_list_model_get_n_items (actions) : 0;

  if (n == 0)
    return;
  group = group_new (self,
                     carried ? _("Carried from Earlier Quarters") : _("Corrective Actions"),
                     carried ? _("Open corrective actions of earlier inspections stay here until "
                                 "they are done.")
                             : NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspectionAction) a = g_list_model_get_item (actions, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), action_row (self, a, carried));
    }
}

static void
add_amendments_group (DaichoInspectionSheet *self, GListModel *amendments)
{
  GtkWidget *group;
  guint n = amendments ? g_list_model_get_n_items (amendments) : 0;

  if (n == 0)
    return;
  group = group_new (self, _("Amendments"),
                     _("Changes made after the sheet was final, each with its reason."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspectionAmendment) m = g_list_model_get_item (amendments, i);
      g_autofree char *who = daicho_gui_person_and_time (self->context, m->amended_by_name,
                                                         m->amended_at, "");
      g_autofree char *title = m->item_no
        ? g_strdup_printf (_("Item %lld, %s: %s → %s"), (long long) m->item_no, m->field,
                           m->old_value ? m->old_value : "—", m->new_value ? m->new_value : "—")
        : g_strdup_printf ("%s: %s → %s", m->field, m->old_value ? m->old_value : "—",
                           m->new_value ? m->new_value : "—");
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", m->reason, who);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), daicho_gui_text_row (title, subtitle));
    }
}

static void
add_items (DaichoInspectionSheet *self, GListModel *sheet, GListModel *actions)
{
  GtkWidget *group = NULL;
  g_autofree char *article = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sheet); i++)
    {
      g_autoptr(DaichoInspectionAnswer) answer = g_list_model_get_item (sheet, i);
      GtkWidget *row;

      if (group == NULL || g_strcmp0 (article, answer->article) != 0)
        {
          const char *hint = NULL;

          if (group == NULL)
            hint = is_final (self)
                   ? _("The sheet is final: a change is an amendment, with a reason.")
                   : _("Answer with 1 (適), 2 (否) or 3 (該当なし); the focus moves on to the next "
                       "item. A 否 asks for its finding and corrective action.");
          group = group_new (self, answer->article, hint);
          g_free (article);
          article = g_strdup (answer->article);
        }
      row = item_row (self, answer, actions);
      g_ptr_array_add (self->item_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* Whether the operator holds the 情報資産管理責任者 post today: only they
 * confirm a sheet (the store checks it again). */
static gboolean
operator_confirms (DaichoInspectionSheet *self)
{
  DaichoStaff *operator = daicho_context_get_operator (self->context);
  g_autofree char *today = daicho_date_today_iso ();
  gint64 holder = 0;

  return operator != NULL &&
         daicho_post_store_holder_id_on (daicho_context_get_db (self->context), "asset_manager", 0,
                                         today, &holder, NULL) &&
         holder == operator->id;
}

static void
reload (DaichoInspectionSheet *self)
{
  DaichoDb *db = daicho_context_get_db (self->context);
  g_autoptr(GListStore) sheet = NULL;
  g_autoptr(GListStore) actions = NULL;
  g_autoptr(GListStore) carried = NULL;
  g_autoptr(GListStore) amendments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  DaichoInspection *s;

  if (self->id == 0)
    return;
  self->stale = FALSE;
  g_ptr_array_set_size (self->item_rows, 0);
  daicho_gui_clear (GTK_WIDGET (self->content_box));
  g_clear_object (&self->inspection);
  g_clear_object (&self->evidence);

  if ((self->inspection = daicho_inspection_store_get (db, self->id, &error)) == NULL ||
      (sheet = daicho_inspection_store_sheet (db, self->id, &error)) == NULL ||
      (actions = daicho_inspection_store_actions (db, self->id, &error)) == NULL ||
      (amendments = daicho_inspection_store_amendments (db, self->id, &error)) == NULL ||
      (self->evidence = daicho_inspection_store_evidence (db, self->inspection->office_id,
                                                          (int) self->inspection->fiscal_year,
                                                          (int) self->inspection->quarter, NULL,
                                                          &error)) == NULL ||
      (carried = daicho_inspection_store_carried (db, self->inspection->office_id,
                                                  (int) self->inspection->fiscal_year,
                                                  (int) self->inspection->quarter, NULL,
                                                  &error)) == NULL)
    {
      gtk_label_set_text (self->title_label, _("Inspection"));
      gtk_label_set_text (self->subtitle_label, "");
      gtk_widget_set_visible (self->finalize_button, FALSE);
      gtk_widget_set_visible (self->confirm_button, FALSE);
      gtk_box_append (self->content_box,
                      daicho_gui_status_page ("dialog-error-symbolic",
                                              _("The Sheet Cannot Be Read"), error->message));
      return;
    }
  s = self->inspection;

  period = daicho_fiscal_quarter_label_long ((int) s->fiscal_year, (int) s->quarter,
                                             daicho_context_uses_seireki (self->context));
  title = g_strdup_printf (_("点検シート — %s, %s"), s->office_name, period);
  subtitle = g_strdup_printf ("%s%s", daicho_inspection_state_label (s->state),
                              s->confirmed_at ? _(" · confirmed") : "");
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (self->finalize_button, !is_final (self));
  gtk_widget_set_visible (self->confirm_button,
                          is_final (self) && s->confirmed_at == NULL && operator_confirms (self));

  add_header_group (self);
  add_items (self, G_LIST_MODEL (sheet), G_LIST_MODEL (actions));
  add_actions_group (self, G_LIST_MODEL (actions), FALSE);
  add_actions_group (self, G_LIST_MODEL (carried), TRUE);
  add_evidence_group (self);
  add_amendments_group (self, G_LIST_MODEL (amendments));

  if (self->focus_no != 0)
    {
      focus_item (self, self->focus_no);
      self->focus_no = 0;
    }
}

static void
on_data_changed (DaichoInspectionSheet *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
on_map (DaichoInspectionSheet *self)
{
  if (self->stale)
    reload (self);
}

/* Actions */

static void
finalize_response (AdwMessageDialog *dialog, const char *response, DaichoInspectionSheet *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "finalize"))
    return;
  if (!daicho_inspection_store_finalize (daicho_context_get_db (self->context), self->id, &error))
    {
      daicho_gui_show_error (GTK_WIDGET (self), _("The Sheet Cannot Be Made Final"), error);
      return;
    }
  daicho_context_data_changed (self->context, "inspection");
  daicho_gui_toast (GTK_WIDGET (self), _("Sheet made final"));
}

static void
finalize_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionSheet *self = DAICHO_INSPECTION_SHEET (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  if (self->inspection == NULL || is_final (self))
    return;
  if (self->inspection->n_answered < self->inspection->n_items)
    {
      g_set_error (&error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("%lld of the %lld items are not answered yet: answer every item before "
                     "making the sheet final."),
                   (long long) (self->inspection->n_items - self->inspection->n_answered),
                   (long long) self->inspection->n_items);
      daicho_gui_show_error (widget, _("The Sheet Cannot Be Made Final"), error);
      daicho_inspection_sheet_focus_first_open (self);
      return;
    }
  body = g_strdup_printf (_("A final sheet is locked: a later change is an amendment with a "
                            "reason, kept in its history. 否 %lld, corrective actions open "
                            "%lld."),
                          (long long) self->inspection->n_ng,
                          (long long) self->inspection->n_open_actions);
  daicho_gui_ask (widget, _("Make the Sheet Final?"), body, "finalize", _("_Make Final"),
                  G_CALLBACK (finalize_response), self);
}

static void
confirm_response (AdwMessageDialog *dialog, const char *response, DaichoInspectionSheet *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "confirm"))
    return;
  if (!daicho_inspection_store_confirm (daicho_context_get_db (self->context), self->id, &error))
    {
      daicho_gui_show_error (GTK_WIDGET (self), _("Not Confirmed"), error);
      return;
    }
  daicho_context_data_changed (self->context, "inspection");
  daicho_gui_toast (GTK_WIDGET (self), _("Inspection confirmed"));
}

static void
confirm_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionSheet *self = DAICHO_INSPECTION_SHEET (widget);

  if (!is_final (self))
    return;
  daicho_gui_ask (widget, _("Confirm the Inspection?"),
                  _("As 情報資産管理責任者 you confirm that you have seen this sheet. The "
                    "confirmation is recorded with your name and the time, once."),
                  "confirm", _("C_onfirm"), G_CALLBACK (confirm_response), self);
}

static void
print_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionSheet *self = DAICHO_INSPECTION_SHEET (widget);
  g_autoptr(GError) error = NULL;
  DaichoForm *form = daicho_form2_new (daicho_context_get_db (self->context), self->id, &error);

  daicho_print_form_or_error (widget, form, error, _("Form No. 2 Cannot Be Printed"));
}

static void
export_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionSheet *self = DAICHO_INSPECTION_SHEET (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  DaichoForm *form;

  if (self->inspection == NULL)
    return;
  name = g_strdup_printf ("点検シート_%s_%lld_Q%lld.%s", self->inspection->office_name,
                          (long long) self->inspection->fiscal_year,
                          (long long) self->inspection->quarter,
                          g_variant_get_string (param, NULL));
  form = daicho_form2_new (daicho_context_get_db (self->context), self->id, &error);
  daicho_save_form_or_error (widget, form, name, error, _("Form No. 2 Cannot Be Saved"));
}

/* Public */

void
daicho_inspection_sheet_show (DaichoInspectionSheet *self, gint64 id)
{
  g_return_if_fail (DAICHO_IS_INSPECTION_SHEET (self));

  self->id = id;
  self->focus_no = 0;
  reload (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

gint64
daicho_inspection_sheet_get_id (DaichoInspectionSheet *self)
{
  g_return_val_if_fail (DAICHO_IS_INSPECTION_SHEET (self), 0);
  return self->id;
}

void
daicho_inspection_sheet_focus_first_open (DaichoInspectionSheet *self)
{
  g_return_if_fail (DAICHO_IS_INSPECTION_SHEET (self));

  for (guint i = 0; i < self->item_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->item_rows, i);
      DaichoInspectionAnswer *answer = g_object_get_data (G_OBJECT (row), "daicho-answer");

      if (answer->result == NULL)
        {
          gtk_widget_grab_focus (row);
          return;
        }
    }
  focus_item (self, 1);
}

static void
daicho_inspection_sheet_constructed (GObject *object)
{
  DaichoInspectionSheet *self = DAICHO_INSPECTION_SHEET (object);

  G_OBJECT_CLASS (daicho_inspection_sheet_parent_class)->constructed (object);

  g_signal_connect_object (self->context, "data-changed", G_CALLBACK (on_data_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::operator", G_CALLBACK (on_data_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

static void
daicho_inspection_sheet_dispose (GObject *object)
{
  DaichoInspectionSheet *self = DAICHO_INSPECTION_SHEET (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_INSPECTION_SHEET);
  g_clear_object (&self->inspection);
  g_clear_object (&self->evidence);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_inspection_sheet_parent_class)->dispose (object);
}

static void
daicho_inspection_sheet_finalize (GObject *object)
{
  DaichoInspectionSheet *self = DAICHO_INSPECTION_SHEET (object);

  g_ptr_array_unref (self->item_rows);

  G_OBJECT_CLASS (daicho_inspection_sheet_parent_class)->finalize (object);
}

static void
daicho_inspection_sheet_class_init (DaichoInspectionSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_inspection_sheet_constructed;
  object_class->dispose = daicho_inspection_sheet_dispose;
  object_class->finalize = daicho_inspection_sheet_finalize;
  daicho_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaichoInspectionSheet, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/"
                                               "daicho-inspection-sheet.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionSheet, title_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionSheet, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionSheet, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionSheet, finalize_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionSheet, scroller);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionSheet, content_box);

  gtk_widget_class_install_action (widget_class, "sheet.finalize", NULL, finalize_activated);
  gtk_widget_class_install_action (widget_class, "sheet.confirm", NULL, confirm_activated);
  gtk_widget_class_install_action (widget_class, "sheet.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "sheet.export", "s", export_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "inspection.back", NULL);
}

/* The tab's shortcuts (see daicho_gui_add_shortcuts()). */
static const DaichoGuiShortcut shortcuts[] = {
  { GDK_KEY_Return, GDK_CONTROL_MASK, "sheet.finalize" },
  { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "sheet.finalize" },
  { GDK_KEY_p, GDK_CONTROL_MASK, "sheet.print" },
  { GDK_KEY_Left, GDK_ALT_MASK, "inspection.back" },
};

static void
daicho_inspection_sheet_init (DaichoInspectionSheet *self)
{
  self->item_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  daicho_gui_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
}

GtkWidget *
daicho_inspection_sheet_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_INSPECTION_SHEET, "context", context, NULL);
}
