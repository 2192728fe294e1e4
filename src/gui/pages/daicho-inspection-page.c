/* daicho-inspection-page.c — the 点検シート tab (K5-3)
 *
 * Four times a fiscal year each office inspects itself. The tab has three
 * views. The city overview is the information asset manager's and the
 * secretariat's: offices × quarters of the chosen fiscal year, each cell
 * saying not done / draft / final with its 否 and its open and overdue
 * corrective actions, a quarter that ended without a final sheet marked.
 * "This office" lists the header office's quarters, every inspection it
 * ever made and its open corrective actions. Either opens the sheet itself
 * (daicho-inspection-sheet.c), or starts the inspection of a quarter.
 * The menu prints a blank Form No. 2 for paper use and exports the year's
 * overview to Excel or PDF.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-form2.h"
#include "daicho-gui-util.h"
#include "daicho-inspection-page.h"
#include "daicho-inspection-sheet.h"
#include "daicho-print.h"
#include "dialogs/daicho-inspection-dialogs.h"

/* Fiscal years offered before the current one. */
#define N_PAST_YEARS 10

struct _DaichoInspectionPage
{
  AdwBin         parent_instance;

  /* template widgets */
  GtkStack      *main_stack;
  GtkDropDown   *year_dropdown;
  GtkStack      *view_stack;
  GtkLabel      *overview_title;
  GtkLabel      *overview_summary;
  GtkGrid       *overview_grid;
  GtkBox        *office_box;

  /* owned */
  DaichoContext *context;
  GtkWidget     *sheet;
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (DaichoInspectionPage, daicho_inspection_page, ADW_TYPE_BIN)

static void reload (DaichoInspectionPage *self);

static int
chosen_year (DaichoInspectionPage *self)
{
  return daicho_gui_year_dropdown_get (self->year_dropdown);
}

/* This fiscal year and the ten before it; keeps the year chosen. */
static void
fill_years (DaichoInspectionPage *self)
{
  self->filling = TRUE;
  daicho_gui_year_dropdown_fill (self->year_dropdown, self->context, FALSE, N_PAST_YEARS);
  self->filling = FALSE;
}

/* Whether quarter @q of @fy has begun. */
static gboolean
quarter_begun (int fy, int q)
{
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *first_iso = NULL;
  GDate first, last;

  daicho_fiscal_quarter_range (fy, q, &first, &last);
  first_iso = daicho_date_to_iso (&first);
  return g_strcmp0 (first_iso, today) <= 0;
}

static char *
quarter_title (int q)
{
  static const char * const months[] = { N_("April–June"), N_("July–September"),
                                         N_("October–December"), N_("January–March") };

  g_autofree char *label = daicho_fiscal_quarter_label (q);

  return g_strdup_printf ("%s (%s)", label, _(months[q - 1]));
}

/* "否 2 · 1 action open · 1 overdue", or NULL when there is nothing to say. */
static char *
counts_text (gint64 n_ng, gint64 n_open, gint64 n_overdue)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (n_ng > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("否 %lld"), (long long) n_ng));
  if (n_open > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld action open",
                                                          "%lld actions open", (gulong) n_open),
                                             (long long) n_open));
  if (n_overdue > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("%lld overdue"), (long long) n_overdue));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* Opening and starting */

static void
open_sheet (DaichoInspectionPage *self, gint64 id)
{
  daicho_inspection_sheet_show (DAICHO_INSPECTION_SHEET (self->sheet), id);
  gtk_stack_set_visible_child_name (self->main_stack, "sheet");
  daicho_inspection_sheet_focus_first_open (DAICHO_INSPECTION_SHEET (self->sheet));
}

static void
open_or_start (DaichoInspectionPage *self, gint64 office_id, gint64 inspection_id, int quarter)
{
  if (inspection_id != 0)
    open_sheet (self, inspection_id);
  else
    daicho_inspection_dialog_new (GTK_WIDGET (self), self->context, office_id, chosen_year (self),
                                  quarter);
}

static void
on_cell_clicked (GtkWidget *button, DaichoInspectionPage *self)
{
  DaichoInspectionCell *cell = g_object_get_data (G_OBJECT (button), "daicho-cell");

  open_or_start (self, cell->office_id, cell->inspection_id, (int) cell->quarter);
}

/* The overview */

static GtkWidget *
heading_label (const char *text, float xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
cell_button (DaichoInspectionPage *self, DaichoInspectionCell *cell, int fy)
{
  gboolean begun = quarter_begun (fy, (int) cell->quarter);
  const char *state = cell->state;
  g_autofree char *counts = counts_text (cell->n_ng, cell->n_open_actions, cell->n_overdue_actions);
  g_autofree char *line = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *quarter = daicho_fiscal_quarter_label ((int) cell->quarter);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *state_label;
  GtkWidget *counts_label;

  if (g_str_equal (state, "none") && !begun)
    line = g_strdup (_("Not yet begun"));
  else if (cell->missing && g_str_equal (state, "none"))
    line = g_strdup (_("Not done · quarter over"));
  else if (cell->missing)
    line = g_strdup_printf (_("%s · quarter over"), daicho_inspection_state_label (state));
  else
    line = g_strdup (daicho_inspection_state_label (state));

  state_label = gtk_label_new (line);
  gtk_label_set_xalign (GTK_LABEL (state_label), 0);
  gtk_widget_add_css_class (state_label, "heading");
  counts_label = gtk_label_new (counts ? counts : " ");
  gtk_label_set_xalign (GTK_LABEL (counts_label), 0);
  gtk_widget_add_css_class (counts_label, "caption");
  if (cell->n_overdue_actions > 0)
    gtk_widget_add_css_class (counts_label, "error");
  gtk_box_append (GTK_BOX (box), state_label);
  gtk_box_append (GTK_BOX (box), counts_label);
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_widget_add_css_class (button, "inspection-cell");
  if (cell->missing)
    gtk_widget_add_css_class (button, "missing");
  else if (!g_str_equal (state, "none"))
    gtk_widget_add_css_class (button, state);
  else
    gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, begun || cell->inspection_id != 0);
  gtk_widget_set_hexpand (button, TRUE);

  accessible = g_strdup_printf ("%s %s: %s%s%s", cell->office_name, quarter, line,
                                counts ? ", " : "", counts ? counts : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_set_tooltip_text (button, cell->inspection_id ? _("Open the sheet")
                                       : begun ? _("Start this inspection")
                                               : _("The quarter has not begun"));
  g_object_set_data_full (G_OBJECT (button), "daicho-cell", g_object_ref (cell), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_cell_clicked), self);
  return button;
}

static void
reload_overview (DaichoInspectionPage *self, int fy, GListStore *cells, const GError *error)
{
  g_autofree char *year = daicho_context_format_fiscal_year (self->context, fy);
  g_autofree char *title = g_strdup_printf (_("Inspections in %s"), year);
  g_autofree char *summary = NULL;
  guint n, n_final = 0, n_due = 0, n_missing = 0;
  gint64 n_ng = 0, n_open = 0, n_overdue = 0;
  int row = 0;

  gtk_label_set_text (self->overview_title, title);
  daicho_gui_clear (GTK_WIDGET (self->overview_grid));
  if (cells == NULL)
    {
      gtk_label_set_text (self->overview_summary, error->message);
      return;
    }

  gtk_grid_attach (self->overview_grid, heading_label (_("Office"), 0), 0, 0, 1, 1);
  for (int q = 1; q <= 4; q++)
    {
      g_autofree char *heading = quarter_title (q);

      gtk_grid_attach (self->overview_grid, heading_label (heading, 0), q, 0, 1, 1);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (cells));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspectionCell) cell = g_list_model_get_item (G_LIST_MODEL (cells), i);

      if (cell->quarter == 1)
        {
          GtkWidget *name = gtk_label_new (cell->office_name);

          row++;
          gtk_label_set_xalign (GTK_LABEL (name), 0);
          gtk_grid_attach (self->overview_grid, name, 0, row, 1, 1);
        }
      gtk_grid_attach (self->overview_grid, cell_button (self, cell, fy), (int) cell->quarter, row,
                       1, 1);
      if (quarter_begun (fy, (int) cell->quarter))
        n_due++;
      n_final += g_str_equal (cell->state, "final");
      n_missing += cell->missing;
      n_ng += cell->n_ng;
      n_open += cell->n_open_actions;
      n_overdue += cell->n_overdue_actions;
    }

  if (n == 0)
    summary = g_strdup (_("No offices yet: add them in the settings."));
  else
    summary = g_strdup_printf (_("%u of %u inspections due so far are final · 否 %lld · "
                                 "corrective actions open %lld, overdue %lld · quarters over "
                                 "without a final sheet: %u"),
                               n_final, n_due, (long long) n_ng, (long long) n_open,
                               (long long) n_overdue, n_missing);
  gtk_label_set_text (self->overview_summary, summary);
}

/* This office */

static GtkWidget *
office_group (DaichoInspectionPage *self, const char *title, const char *description)
{
  GtkWidget *group = daicho_gui_group_new (title, description);

  gtk_box_append (self->office_box, group);
  return group;
}

static void
on_quarter_row_activated (GtkWidget *row, DaichoInspectionPage *self)
{
  DaichoInspectionCell *cell = g_object_get_data (G_OBJECT (row), "daicho-cell");

  open_or_start (self, cell->office_id, cell->inspection_id, (int) cell->quarter);
}

static void
on_inspection_row_activated (GtkWidget *row, DaichoInspectionPage *self)
{
  open_sheet (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "daicho-id")));
}

static GtkWidget *
inspection_row (DaichoInspectionPage *self, DaichoInspection *s, const char *title)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = daicho_context_format_date (self->context, s->inspection_date);
  g_autofree char *counts = counts_text (s->n_ng, s->n_open_actions, 0);
  g_autofree char *subtitle =
    g_strdup_printf ("%s · %s · %s%s%s%s", daicho_inspection_state_label (s->state), date,
                     s->inspector_name, counts ? " · " : "", counts ? counts : "",
                     s->confirmed_at ? _(" · confirmed") : "");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "daicho-id", GSIZE_TO_POINTER ((gsize) s->id));
  g_signal_connect (row, "activated", G_CALLBACK (on_inspection_row_activated), self);
  return row;
}

static void
add_quarters (DaichoInspectionPage *self, DaichoOffice *office, int fy, GListStore *cells)
{
  DaichoDb *db = daicho_context_get_db (self->context);
  g_autofree char *year = daicho_context_format_fiscal_year (self->context, fy);
  g_autofree char *title = g_strdup_printf ("%s — %s", office->name, year);
  GtkWidget *group = office_group (self, title, NULL);

  for (guint i = 0; cells && i < g_list_model_get_n_items (G_LIST_MODEL (cells)); i++)
    {
      g_autoptr(DaichoInspectionCell) cell = g_list_model_get_item (G_LIST_MODEL (cells), i);
      g_autofree char *quarter = NULL;
      GtkWidget *row;

      if (cell->office_id != office->id)
        continue;
      quarter = quarter_title ((int) cell->quarter);
      if (cell->inspection_id != 0)
        {
          g_autoptr(DaichoInspection) s = daicho_inspection_store_get (db, cell->inspection_id,
                                                                       NULL);

          if (s == NULL)
            continue;
          row = inspection_row (self, s, quarter);
        }
      else
        {
          gboolean begun = quarter_begun (fy, (int) cell->quarter);
          GtkWidget *button;

          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), quarter);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       !begun ? _("Not yet begun")
                                       : cell->missing ? _("Not done, and the quarter is over")
                                                       : _("Not done yet"));
          if (cell->missing)
            gtk_widget_add_css_class (row, "warning");
          if (begun)
            {
              button = gtk_button_new_with_mnemonic (_("_Start…"));
              gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
              gtk_widget_set_can_focus (button, FALSE);
              gtk_widget_set_can_target (button, FALSE);
              adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
              gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
              g_object_set_data_full (G_OBJECT (row), "daicho-cell", g_object_ref (cell),
                                      g_object_unref);
              g_signal_connect (row, "activated", G_CALLBACK (on_quarter_row_activated), self);
            }
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
on_done_clicked (GtkWidget *button, DaichoInspectionPage *self)
{
  daicho_inspection_dialog_action_done (GTK_WIDGET (self), self->context,
                                        g_object_get_data (G_OBJECT (button), "daicho-action"));
}

static void
add_open_actions (DaichoInspectionPage *self, DaichoOffice *office)
{
  /* Every open action of the office: those of quarters before any quarter. */
  g_autoptr(GListStore) actions =
    daicho_inspection_store_carried (daicho_context_get_db (self->context), office->id, 9999, 4,
                                     NULL, NULL);
  guint n = actions ? g_list_model_get_n_items (G_LIST_MODEL (actions)) : 0;
  GtkWidget *group;

  if (n == 0)
    return;
  group = office_group (self, _("Open Corrective Actions"),
                        _("Carried from sheet to sheet until they are done."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspectionAction) a = g_list_model_get_item (G_LIST_MODEL (actions), i);
      g_autofree char *text = daicho_inspection_action_text (self->context, a);
      g_autofree char *fy = daicho_context_format_fiscal_year (self->context, (int) a->fiscal_year);
      g_autofree char *quarter = daicho_fiscal_quarter_label ((int) a->quarter);
      g_autofree char *origin = g_strdup_printf (_("%s %s, item %lld: %s"), fy, quarter,
                                                 (long long) a->item_no, a->item_text);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Done…"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), origin);
      if (a->overdue)
        gtk_widget_add_css_class (row, "warning");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "daicho-action", g_object_ref (a),
                              g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_done_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
add_history (DaichoInspectionPage *self, DaichoOffice *office, int fy)
{
  g_autoptr(GListStore) list =
    daicho_inspection_store_list (daicho_context_get_db (self->context), office->id, 0, NULL);
  guint n = list ? g_list_model_get_n_items (G_LIST_MODEL (list)) : 0;
  GtkWidget *group;
  guint shown = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspection) s = g_list_model_get_item (G_LIST_MODEL (list), i);

      shown += s->fiscal_year != fy;
    }
  if (shown == 0)
    return;
  group = office_group (self, _("Earlier and Later Years"), NULL);
  /* Newest first. */
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(DaichoInspection) s = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *title = NULL;

      if (s->fiscal_year == fy)
        continue;
      title = daicho_fiscal_quarter_label_long ((int) s->fiscal_year, (int) s->quarter,
                                                daicho_context_uses_seireki (self->context));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), inspection_row (self, s, title));
    }
}

static void
reload_office (DaichoInspectionPage *self, int fy, GListStore *cells)
{
  DaichoOffice *office = daicho_context_get_office (self->context);

  daicho_gui_clear (GTK_WIDGET (self->office_box));
  if (office == NULL)
    {
      gtk_box_append (self->office_box,
                      daicho_gui_status_page ("user-home-symbolic", _("No Office Chosen"),
                                              _("Choose the office in the header bar.")));
      return;
    }
  add_quarters (self, office, fy, cells);
  add_open_actions (self, office);
  add_history (self, office, fy);
}

static void
reload (DaichoInspectionPage *self)
{
  int fy = chosen_year (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) cells = NULL;

  if (fy == 0)
    return;
  /* One overview of the year serves both views. */
  cells = daicho_inspection_store_overview (daicho_context_get_db (self->context), fy, NULL,
                                            &error);
  reload_overview (self, fy, cells, error);
  reload_office (self, fy, cells);
}

static void
on_year_changed (DaichoInspectionPage *self)
{
  if (!self->filling)
    reload (self);
}

static void
on_data_changed (DaichoInspectionPage *self, const char *kind)
{
  if (g_strcmp0 (kind, "date-style") == 0)
    fill_years (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
on_office_changed (DaichoInspectionPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

/* Actions */

static void
open_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  open_sheet (DAICHO_INSPECTION_PAGE (widget), g_variant_get_int64 (param));
}

static void
back_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionPage *self = DAICHO_INSPECTION_PAGE (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "lists");
  reload (self);
}

/* Ctrl+N: the earliest quarter of the chosen year that has begun and has
 * no inspection yet, for the header's office. */
static void
new_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionPage *self = DAICHO_INSPECTION_PAGE (widget);
  DaichoOffice *office = daicho_context_get_office (self->context);
  int fy = chosen_year (self);
  g_autoptr(GError) error = NULL;

  if (office == NULL)
    {
      g_set_error (&error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Choose the office in the header bar first."));
      daicho_gui_show_error (widget, _("No Inspection Started"), error);
      return;
    }
  for (int q = 1; q <= 4 && quarter_begun (fy, q); q++)
    {
      g_autoptr(DaichoInspection) found =
        daicho_inspection_store_find (daicho_context_get_db (self->context), office->id, fy, q,
                                      NULL);

      if (found == NULL)
        {
          daicho_inspection_dialog_new (widget, self->context, office->id, fy, q);
          return;
        }
    }
  {
    g_autofree char *year = daicho_context_format_fiscal_year (self->context, fy);

    g_set_error (&error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                 _("%s has an inspection for every quarter of %s that has begun: open one to "
                   "continue it."), office->name, year);
    daicho_gui_show_error (widget, _("No Inspection Started"), error);
  }
}

static DaichoForm *
blank_form (DaichoInspectionPage *self, GError **error)
{
  DaichoOffice *office = daicho_context_get_office (self->context);

  return daicho_form2_blank_new (daicho_context_get_db (self->context), office ? office->id : 0,
                                 chosen_year (self), 0, error);
}

static void
blank_print_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr(GError) error = NULL;
  DaichoForm *form = blank_form (DAICHO_INSPECTION_PAGE (widget), &error);

  daicho_print_form_or_error (widget, form, error, _("Form No. 2 Cannot Be Printed"));
}

static void
blank_export_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr(GError) error = NULL;
  DaichoForm *form = blank_form (DAICHO_INSPECTION_PAGE (widget), &error);
  g_autofree char *name = g_strdup_printf ("点検シート_白紙.%s", g_variant_get_string (param, NULL));

  daicho_save_form_or_error (widget, form, name, error, _("Form No. 2 Cannot Be Saved"));
}

static void
overview_print_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionPage *self = DAICHO_INSPECTION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  DaichoForm *form = daicho_inspection_overview_form_new (daicho_context_get_db (self->context),
                                                          chosen_year (self), &error);

  daicho_print_form_or_error (widget, form, error, _("The Overview Cannot Be Printed"));
}

static void
overview_export_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoInspectionPage *self = DAICHO_INSPECTION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  DaichoForm *form = daicho_inspection_overview_form_new (daicho_context_get_db (self->context),
                                                          chosen_year (self), &error);
  g_autofree char *name = g_strdup_printf ("点検実施状況_%d.%s", chosen_year (self),
                                           g_variant_get_string (param, NULL));

  daicho_save_form_or_error (widget, form, name, error, _("The Overview Cannot Be Saved"));
}

static void
daicho_inspection_page_constructed (GObject *object)
{
  DaichoInspectionPage *self = DAICHO_INSPECTION_PAGE (object);

  G_OBJECT_CLASS (daicho_inspection_page_parent_class)->constructed (object);

  self->sheet = daicho_inspection_sheet_new (self->context);
  gtk_stack_add_named (self->main_stack, self->sheet, "sheet");
  fill_years (self);

  g_signal_connect_object (self->context, "notify::office", G_CALLBACK (on_office_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "data-changed", G_CALLBACK (on_data_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (reload), NULL);
}

static void
daicho_inspection_page_dispose (GObject *object)
{
  DaichoInspectionPage *self = DAICHO_INSPECTION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_INSPECTION_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_inspection_page_parent_class)->dispose (object);
}

static void
daicho_inspection_page_class_init (DaichoInspectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_inspection_page_constructed;
  object_class->dispose = daicho_inspection_page_dispose;
  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoInspectionPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/"
                                               "daicho-inspection-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionPage, overview_title);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionPage, overview_summary);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionPage, overview_grid);
  gtk_widget_class_bind_template_child (widget_class, DaichoInspectionPage, office_box);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed);

  gtk_widget_class_install_action (widget_class, "inspection.open", "x", open_activated);
  gtk_widget_class_install_action (widget_class, "inspection.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "inspection.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "inspection.blank-print", NULL,
                                   blank_print_activated);
  gtk_widget_class_install_action (widget_class, "inspection.blank-export", "s",
                                   blank_export_activated);
  gtk_widget_class_install_action (widget_class, "inspection.overview-print", NULL,
                                   overview_print_activated);
  gtk_widget_class_install_action (widget_class, "inspection.overview-export", "s",
                                   overview_export_activated);

}

/* The tab's shortcuts (see daicho_gui_add_shortcuts()). */
static const DaichoGuiShortcut shortcuts[] = {
  { GDK_KEY_n, GDK_CONTROL_MASK, "inspection.new" },
};

static void
daicho_inspection_page_init (DaichoInspectionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  daicho_gui_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
}

GtkWidget *
daicho_inspection_page_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_INSPECTION_PAGE, "context", context, NULL);
}
