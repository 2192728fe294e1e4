/* daicho-ledger-page.c — the 帳票等管理台帳 tab
 *
 * Every printed form holding resident-register information, office by
 * office and fiscal year by fiscal year (K5-2, K8, K9): a sortable column
 * view of the Form No. 1 columns with a state column that flags what needs
 * doing, filtered by search, fiscal year, state, storage place and the
 * "due for disposal" view; Form No. 1 to print, save as PDF or export to
 * Excel. The rows and columns, how cells show an entry and how columns
 * sort, are in daicho-ledger-columns.c. Entering, correcting, checking,
 * handing over, voiding and destroying happen in dialogs
 * (daicho-ledger-dialogs.c); every change comes back here through the
 * context's data-changed signal.
 *
 * A busy office prints about a thousand forms a year, a city a hundred
 * thousand over ten years. The list loads only while the tab is shown,
 * once per turn of the main loop, after a frame that says it is loading;
 * its rows are reused from load to load (DaichoLedgerRow) so the column
 * view keeps its widgets; columns sort by code point with plain C
 * comparisons; the entries of the last load are freed in a thread.
 * Measured on the city demo (100,080 entries): one office's year lists in
 * 10 ms and shows in 20–50 ms, and a search of it answers in 35 ms; every
 * office and year lists in about 530 ms (the query) and shows in 50 ms; a
 * column of 100,000 sorts in 40–140 ms.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-form1.h"
#include "daicho/daicho-ledger-store.h"
#include "daicho-gui-util.h"
#include "daicho-ledger-columns.h"
#include "daicho-ledger-page.h"
#include "daicho-print.h"
#include "dialogs/daicho-ledger-dialogs.h"
#include "widgets/daicho-form-dialog.h"

/* Fiscal years offered besides the current one. */
#define PAST_YEARS 10

struct _DaichoLedgerPage
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *year_dropdown;
  GtkDropDown         *state_dropdown;
  GtkDropDown         *place_dropdown;
  GtkToggleButton     *due_toggle;
  GtkCheckButton      *all_offices_check;
  GtkMenuButton       *print_button;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkProgressBar      *progress_bar;
  AdwStatusPage       *empty_page;
  GtkLabel            *status_label;

  /* borrowed: held by the column view */
  GtkColumnViewColumn *office_column;

  /* owned */
  DaichoContext       *context;
  GListStore          *rows;        /* DaichoLedgerRow: what the column view lists */
  GPtrArray           *pool;        /* the rows, reused from load to load; as many as
                                     * the longest list shown, the rest empty */
  GtkSortListModel    *sort_model;
  GtkMultiSelection   *selection;
  GListStore          *places;      /* the place drop-down's places, after "All places" */
  guint                load_tick;   /* a load waits for the next frame … */
  guint                load_source; /* … then for the main loop to be idle */
  gint64               reveal_id;   /* the entry to show once loaded (just added) */
  gboolean             dirty;       /* changed while hidden: load when shown */
  gboolean             filling;     /* refilling drop-downs: don't load for each step */
};

G_DEFINE_FINAL_TYPE (DaichoLedgerPage, daicho_ledger_page, ADW_TYPE_BIN)

/* The state drop-down's entries, in order; NULL: all. */
static const char * const state_filters[] = { NULL, "kept", "delivered", "disposed", "voided",
                                              "unchecked" };

/* Filters */

/* The office the list is limited to (0: all). */
static gint64
filter_office (DaichoLedgerPage *self)
{
  DaichoOffice *office = daicho_context_get_office (self->context);

  if (gtk_check_button_get_active (self->all_offices_check) || office == NULL)
    return 0;
  return office->id;
}

static int
filter_year (DaichoLedgerPage *self)
{
  return daicho_gui_year_dropdown_get (self->year_dropdown);
}

static gint64
filter_place (DaichoLedgerPage *self)
{
  guint i = gtk_drop_down_get_selected (self->place_dropdown);
  g_autoptr(DaichoPlace) place = NULL;

  if (i == 0 || i == GTK_INVALID_LIST_POSITION)
    return 0;
  place = g_list_model_get_item (G_LIST_MODEL (self->places), i - 1);
  return place ? place->id : 0;
}

/* "All years", then this fiscal year and the ten before it; keeps the
 * year chosen. */
static void
fill_years (DaichoLedgerPage *self)
{
  self->filling = TRUE;
  daicho_gui_year_dropdown_fill (self->year_dropdown, self->context, TRUE, PAST_YEARS);
  self->filling = FALSE;
}

/* "All places" and the places of the office shown (of every office, with
 * the office's name, when all are shown); keeps the place chosen. */
static void
fill_places (DaichoLedgerPage *self)
{
  gint64 office_id = filter_office (self);
  gint64 chosen = self->places ? filter_place (self) : 0;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListStore) places =
    daicho_place_store_list (daicho_context_get_db (self->context), office_id, TRUE, NULL);
  guint selected = 0;

  if (places == NULL)
    places = g_list_store_new (DAICHO_TYPE_PLACE);
  gtk_string_list_append (labels, _("All places"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      g_autoptr(DaichoPlace) place = g_list_model_get_item (G_LIST_MODEL (places), i);
      g_autofree char *label = g_strdup_printf ("%s%s%s%s", office_id ? "" : place->office_name,
                                                office_id ? "" : " · ", place->name,
                                                place->locks ? "" : _(" (does not lock)"));

      gtk_string_list_append (labels, label);
      if (place->id == chosen)
        selected = i + 1;
    }

  self->filling = TRUE;
  g_set_object (&self->places, places);
  gtk_drop_down_set_model (self->place_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->place_dropdown, selected);
  self->filling = FALSE;
}

/* Form No. 1 is one office's ledger for one fiscal year. */
static void
update_print_actions (DaichoLedgerPage *self)
{
  gboolean can_print = filter_year (self) != 0 && filter_office (self) != 0;

  /* Any period of one office's ledger: the dialog asks for the dates. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.period", filter_office (self) != 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.print", can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.export", can_print);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), filter_office (self) != 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->print_button),
                               can_print ? _("Print or export Form No. 1")
                                         : _("Form No. 1 is printed for one office and one "
                                             "fiscal year: choose a fiscal year and untick "
                                             "“All offices”."));
}

static void
update_selection_actions (DaichoLedgerPage *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n = gtk_bitset_get_size (selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.dispose", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.void", n == 1);
}

/* Loading */

static void
show_empty (DaichoLedgerPage *self, const char *title, const char *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

/* The entry listed at @position (a new reference), or NULL. */
static DaichoLedgerEntry *
entry_at (DaichoLedgerPage *self, guint position)
{
  g_autoptr(DaichoLedgerRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  DaichoLedgerEntry *e = row ? daicho_ledger_row_get_entry (row) : NULL;

  return e ? g_object_ref (e) : NULL;
}

/* Selects the item at @position and scrolls it into view. GTK 4.8 has no
 * gtk_column_view_scroll_to (4.12): the column view's list does it. */
static void
reveal_position (DaichoLedgerPage *self, guint position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        break;
      }
}

/* Shows the entry to reveal, if it is listed. */
static void
reveal_pending (DaichoLedgerPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  gint64 id = self->reveal_id;

  self->reveal_id = 0;
  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(DaichoLedgerEntry) e = entry_at (self, i);

      if (e != NULL && e->id == id)
        {
          reveal_position (self, i);
          return;
        }
    }
}

static void
release_entries_thread (GTask *task, gpointer source, gpointer entries, GCancellable *cancellable)
{
  g_ptr_array_unref (entries);
}

/* Drops the entries of the last load in a thread: freeing 100,000 of them
 * takes 50–90 ms, which a search should not wait for. Entries are plain
 * snapshots; anything else holding one (a dialog) keeps its reference. */
static void
release_entries (GPtrArray *entries)
{
  g_autoptr(GTask) task = NULL;

  if (entries->len < 1000)
    {
      g_ptr_array_unref (entries);
      return;
    }
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, entries, NULL);
  g_task_run_in_thread (task, release_entries_thread);
}

/* Lists the entries of @list in the rows, reusing the rows of the last
 * load (see DaichoLedgerRow), in one change of the model. The selection
 * follows the entries, not the rows: GtkMultiSelection would keep a
 * reused row selected whatever entry it now shows. */
static void
show_entries (DaichoLedgerPage *self, GListModel *list)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  g_autoptr(GHashTable) selected_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                              NULL);
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(DaichoLedgerEntry) e = entry_at (self, position);

      if (e != NULL)
        g_hash_table_add (selected_ids, g_memdup2 (&e->id, sizeof e->id));
    }
  gtk_selection_model_unselect_all (selection);

  for (guint i = self->pool->len; i < n; i++)
    g_ptr_array_add (self->pool, daicho_ledger_row_new ());
  for (guint i = 0; i < self->pool->len; i++)
    {
      DaichoLedgerEntry *e = daicho_ledger_row_set_entry (g_ptr_array_index (self->pool, i),
                                                          i < n ? g_list_model_get_item (list, i)
                                                                : NULL);
      if (e != NULL)
        g_ptr_array_add (old, e);
    }
  g_list_store_splice (self->rows, 0, shown, self->pool->pdata, n);
  release_entries (g_steal_pointer (&old));

  if (g_hash_table_size (selected_ids) > 0)
    {
      g_autoptr(GtkBitset) again = gtk_bitset_new_empty ();

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DaichoLedgerEntry) e = entry_at (self, i);

          if (g_hash_table_contains (selected_ids, &e->id))
            gtk_bitset_add (again, i);
        }
      gtk_selection_model_set_selection (selection, again, again);
    }
}

/* Reads the entries the filters ask for. */
static void
load (DaichoLedgerPage *self)
{
  DaichoDb *db = daicho_context_get_db (self->context);
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *entries = NULL;
  DaichoLedgerFilter filter = { 0 };
  gint64 started, listed;
  guint n, n_due = 0;
  gboolean filtered;

  filter.office_id = filter_office (self);
  filter.fiscal_year = filter_year (self);
  filter.state = state < G_N_ELEMENTS (state_filters) ? state_filters[state] : NULL;
  filter.due_only = gtk_toggle_button_get_active (self->due_toggle);
  filter.place_id = filter_place (self);
  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  started = g_get_monotonic_time ();
  list = daicho_ledger_store_list (db, &filter, &error);
  listed = g_get_monotonic_time ();
  gtk_column_view_column_set_visible (self->office_column, filter.office_id == 0);
  if (list == NULL)
    {
      g_list_store_remove_all (self->rows);
      g_ptr_array_set_size (self->pool, 0);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
      gtk_label_set_text (self->status_label, "");
      show_empty (self, _("The Ledger Cannot Be Read"), error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  show_entries (self, G_LIST_MODEL (list));
  g_debug ("ledger: %u entries listed in %.1f ms, shown in %.1f ms", n,
           (listed - started) / 1000.0, (g_get_monotonic_time () - listed) / 1000.0);

  filtered = *filter.search != '\0' || filter.state != NULL || filter.due_only ||
             filter.place_id != 0;
  if (n == 0 && filtered)
    show_empty (self, _("No Matching Entries"), _("Change the search or the filters."));
  else if (n == 0 && filter.fiscal_year != 0)
    {
      g_autofree char *year = daicho_context_format_fiscal_year (self->context, filter.fiscal_year);
      g_autofree char *title = g_strdup_printf (_("No Entries in %s"), year);

      show_empty (self, title,
                  _("Enter every form printed with resident-register information (第5条第2項) "
                    "with “Add…” (Ctrl+N), or choose “All years”."));
    }
  else if (n == 0)
    show_empty (self, _("No Entries Yet"),
                _("Enter every form printed with resident-register information (第5条第2項) "
                  "with “Add…” (Ctrl+N)."));
  else
    gtk_stack_set_visible_child_name (self->content_stack, "list");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoLedgerEntry) e = g_list_model_get_item (G_LIST_MODEL (list), i);
      n_due += e->due || e->unlocked;
    }
  entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
  if (n_due > 0)
    {
      g_autofree char *status = g_strdup_printf (_("%s · %u due for disposal"), entries, n_due);
      gtk_label_set_text (self->status_label, status);
    }
  else
    gtk_label_set_text (self->status_label, entries);
  update_selection_actions (self);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  reveal_pending (self);
}

static gboolean
load_cb (gpointer user_data)
{
  DaichoLedgerPage *self = user_data;

  self->load_source = 0;
  load (self);
  return G_SOURCE_REMOVE;
}

static gboolean
load_after_frame_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);

  /* This frame is drawn in the same turn of the main loop as this tick:
   * an idle source runs after it. */
  self->load_tick = 0;
  self->load_source = g_idle_add_full (G_PRIORITY_LOW, load_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

/* Loads the entries soon: once for all the changes of this turn of the
 * main loop (a drop-down refilled and a filter changed). A long load (every
 * office or every year: about half a second for 100,000 entries) waits for
 * the next frame, which shows that it is under way; one office's fiscal
 * year (a few milliseconds) comes before that frame, so the tab's first
 * frame shows its list rather than an empty one. While the tab is hidden,
 * only remembers to. */
static void
reload (DaichoLedgerPage *self)
{
  update_print_actions (self);
  if (self->filling)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  if (self->load_tick != 0 || self->load_source != 0)
    return;

  if (filter_office (self) != 0 && filter_year (self) != 0)
    {
      /* Before the frame clock's redraw (GDK_PRIORITY_REDRAW). */
      self->load_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, load_cb, self, NULL);
      return;
    }
  gtk_label_set_text (self->status_label, _("Loading…"));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_progress_bar_pulse (self->progress_bar);
  self->load_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), load_after_frame_cb, NULL,
                                                  NULL);
}

static void
on_filter_changed (DaichoLedgerPage *self)
{
  reload (self);
}

static void
on_all_offices_toggled (DaichoLedgerPage *self)
{
  fill_places (self);
  reload (self);
}

static void
on_office_changed (DaichoLedgerPage *self)
{
  fill_places (self);
  reload (self);
}

static void
on_data_changed (DaichoLedgerPage *self, const char *kind)
{
  if (g_str_equal (kind, "date-style"))
    fill_years (self);
  if (g_str_equal (kind, "place") || g_str_equal (kind, "office"))
    fill_places (self);
  reload (self);
}

static void
on_map (DaichoLedgerPage *self)
{
  if (self->dirty)
    reload (self);
}

static DaichoLedgerEntry *
selected_entry (DaichoLedgerPage *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_get_size (selected) != 1)
    return NULL;
  return entry_at (self, gtk_bitset_get_nth (selected, 0));
}

static void
on_column_view_activate (DaichoLedgerPage *self, guint position)
{
  g_autoptr(DaichoLedgerEntry) e = entry_at (self, position);

  if (e != NULL)
    daicho_ledger_dialog_details (GTK_WIDGET (self), self->context, e->id);
}

/* Actions */

static void
add_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);

  daicho_ledger_dialog_add (widget, self->context);
}

static void
void_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);
  g_autoptr(DaichoLedgerEntry) e = selected_entry (self);

  if (e != NULL)
    daicho_ledger_dialog_void (widget, self->context, e);
}

static void
dispose_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      DaichoLedgerEntry *e = entry_at (self, position);

      if (e != NULL)
        g_ptr_array_add (entries, e);
    }
  if (entries->len > 0)
    daicho_ledger_dialog_dispose (widget, self->context, entries);
}

/* Shows the entry @param (its id) once it is listed: after adding one. */
static void
reveal_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);

  self->reveal_id = g_variant_get_int64 (param);
  if (self->load_tick == 0 && self->load_source == 0)
    reveal_pending (self);
}

/* Form No. 1 of the office shown for the fiscal year chosen. */
static DaichoForm *
form1 (DaichoLedgerPage *self, GError **error)
{
  gint64 office_id = filter_office (self);
  int fiscal_year = filter_year (self);

  if (office_id == 0 || fiscal_year == 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("Form No. 1 is printed for one office and one fiscal year: choose a fiscal "
                     "year and untick “All offices”."));
      return NULL;
    }
  return daicho_form1_new (daicho_context_get_db (self->context), office_id, fiscal_year, NULL,
                           NULL, error);
}

static void
print_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoForm) form = form1 (self, &error);

  if (form == NULL)
    daicho_gui_show_error (widget, _("Form No. 1 Cannot Be Printed"), error);
  else
    daicho_print_form (widget, g_steal_pointer (&form));
}

static void
export_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  DaichoOffice *office = daicho_context_get_office (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoForm) form = form1 (self, &error);
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;

  if (form == NULL)
    {
      daicho_gui_show_error (widget, _("Form No. 1 Cannot Be Saved"), error);
      return;
    }
  /* 帳票等管理台帳_中原区役所区民課_R7.pdf: the year as the entry numbers write it. */
  number = daicho_ledger_number (filter_year (self), 1);
  *strchr (number, '-') = '\0';
  name = g_strdup_printf ("帳票等管理台帳_%s_%s.%s", office->name, number, format);
  daicho_save_form (widget, g_steal_pointer (&form), name);
}

/* Form No. 1 for a period: the dates, and whether to print, save as PDF or
 * export to Excel. */
typedef struct
{
  DaichoLedgerPage *self;
  GtkWidget        *from_row;
  GtkWidget        *to_row;
  GtkWidget        *outlet_row;
} PeriodForm;

static void
period_form_free (PeriodForm *f)
{
  g_clear_object (&f->self);
  g_free (f);
}

static gboolean
submit_period (gpointer user_data, GError **error)
{
  PeriodForm *f = user_data;
  GtkWidget *widget = GTK_WIDGET (f->self);
  DaichoOffice *office = daicho_context_get_office (f->self->context);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *name = NULL;
  DaichoForm *form;
  guint outlet = adw_combo_row_get_selected (ADW_COMBO_ROW (f->outlet_row));

  if (!daicho_gui_read_date (GTK_EDITABLE (f->from_row), TRUE, &from, error) ||
      !daicho_gui_read_date (GTK_EDITABLE (f->to_row), TRUE, &to, error))
    return FALSE;
  if (g_strcmp0 (from, to) > 0)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The period ends before it starts."));
      return FALSE;
    }
  form = daicho_form1_new (daicho_context_get_db (f->self->context), filter_office (f->self), 0,
                           from, to, error);
  if (form == NULL)
    return FALSE;

  if (outlet == 0)
    daicho_print_form (widget, form);
  else
    {
      name = g_strdup_printf ("帳票等管理台帳_%s_%s_%s.%s", office->name, from, to,
                              outlet == 1 ? "pdf" : "xlsx");
      daicho_save_form (widget, form, name);
    }
  return TRUE;
}

static void
period_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (widget);
  PeriodForm *f = g_new0 (PeriodForm, 1);
  DaichoFormDialog *dialog = daicho_form_dialog_new (widget, _("Form No. 1 for a Period"),
                                                     _("_Continue"), FALSE);
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) outlets = gtk_string_list_new (NULL);
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *today_shown = daicho_context_format_date (self->context, today);
  g_autofree char *first_shown = NULL;
  GDate first, now;

  daicho_date_today (&now);
  daicho_fiscal_year_range (daicho_fiscal_year_of (&now), &first, NULL);
  {
    g_autofree char *first_iso = daicho_date_to_iso (&first);
    first_shown = daicho_context_format_date (self->context, first_iso);
  }

  f->self = g_object_ref (self);
  f->from_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->from_row), _("First output date"));
  gtk_editable_set_text (GTK_EDITABLE (f->from_row), first_shown);
  daicho_gui_watch_date (GTK_EDITABLE (f->from_row));
  f->to_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->to_row), _("Last output date"));
  gtk_editable_set_text (GTK_EDITABLE (f->to_row), today_shown);
  daicho_gui_watch_date (GTK_EDITABLE (f->to_row));
  gtk_string_list_append (outlets, _("Print"));
  gtk_string_list_append (outlets, _("Save as PDF"));
  gtk_string_list_append (outlets, _("Export to Excel"));
  f->outlet_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->outlet_row), _("Output"));
  adw_combo_row_set_model (ADW_COMBO_ROW (f->outlet_row), G_LIST_MODEL (outlets));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->from_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->to_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->outlet_row);
  daicho_form_dialog_set_description (dialog,
                                      _("Form No. 1 of the office for the forms printed in a "
                                        "period of your choice, rather than a fiscal year."));
  daicho_form_dialog_add (dialog, group);
  daicho_form_dialog_set_submit (dialog, submit_period, f, (GDestroyNotify) period_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (DAICHO_LEDGER_PAGE (widget)->search_entry));
}

/* Construction */

static void
daicho_ledger_page_constructed (GObject *object)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (object);

  G_OBJECT_CLASS (daicho_ledger_page_parent_class)->constructed (object);

  self->office_column = daicho_ledger_columns_add (self->column_view, self->context);

  /* The store lists in number order; the column view's sorter only sorts
   * once a column header is clicked. */
  self->rows = g_list_store_new (DAICHO_TYPE_LEDGER_ROW);
  self->pool = g_ptr_array_new_with_free_func (g_object_unref);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), NULL);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (update_selection_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (update_selection_actions), self, G_CONNECT_SWAPPED);

  fill_years (self);
  fill_places (self);
  update_selection_actions (self);

  g_signal_connect_object (self->context, "notify::office", G_CALLBACK (on_office_changed), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < 6; i++)
    {
      static const char * const kinds[] = { "ledger", "place", "retention", "staff", "office",
                                            "date-style" };
      g_autofree char *signal = g_strconcat ("data-changed::", kinds[i], NULL);

      g_signal_connect_object (self->context, signal, G_CALLBACK (on_data_changed), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  reload (self);
}

static void
daicho_ledger_page_dispose (GObject *object)
{
  DaichoLedgerPage *self = DAICHO_LEDGER_PAGE (object);

  if (self->load_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->load_tick);
  self->load_tick = 0;
  g_clear_handle_id (&self->load_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DAICHO_TYPE_LEDGER_PAGE);
  self->office_column = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->pool, g_ptr_array_unref);
  g_clear_object (&self->places);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daicho_ledger_page_parent_class)->dispose (object);
}

static void
daicho_ledger_page_class_init (DaichoLedgerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_ledger_page_constructed;
  object_class->dispose = daicho_ledger_page_dispose;
  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoLedgerPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/pages/"
                                               "daicho-ledger-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, place_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, due_toggle);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, all_offices_check);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, print_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DaichoLedgerPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_all_offices_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  gtk_widget_class_install_action (widget_class, "ledger.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "ledger.void", NULL, void_activated);
  gtk_widget_class_install_action (widget_class, "ledger.dispose", NULL, dispose_activated);
  gtk_widget_class_install_action (widget_class, "ledger.reveal", "x", reveal_activated);
  gtk_widget_class_install_action (widget_class, "ledger.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "ledger.export", "s", export_activated);
  gtk_widget_class_install_action (widget_class, "ledger.period", NULL, period_activated);
  gtk_widget_class_install_action (widget_class, "ledger.search", NULL, search_activated);

  /* Delete only where it deletes nothing else: from the list. The others
   * work from anywhere in the window while the tab is shown (below). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "ledger.void", NULL);
}

/* The tab's shortcuts (see daicho_gui_add_shortcuts()). */
static const DaichoGuiShortcut shortcuts[] = {
  { GDK_KEY_n, GDK_CONTROL_MASK, "ledger.add" },
  { GDK_KEY_d, GDK_CONTROL_MASK, "ledger.dispose" },
  { GDK_KEY_p, GDK_CONTROL_MASK, "ledger.print" },
  { GDK_KEY_f, GDK_CONTROL_MASK, "ledger.search" },
};

static void
daicho_ledger_page_init (DaichoLedgerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  daicho_gui_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
}

GtkWidget *
daicho_ledger_page_new (DaichoContext *context)
{
  return g_object_new (DAICHO_TYPE_LEDGER_PAGE, "context", context, NULL);
}
