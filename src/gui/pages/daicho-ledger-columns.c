/* daicho-ledger-columns.c — the rows and columns of the 帳票等管理台帳 list
 *
 * The Form No. 1 columns and a state column that flags what needs doing.
 * Cells are GtkInscriptions (sized by the column, not by their text: GTK
 * 4.8 makes up to 200 rows of 16 cells whatever the list's height, and
 * labels measure every one) made once per row and given new text as their
 * row is handed another entry (DaichoLedgerRow); a text cut short shows
 * whole in its tooltip. Columns sort by code point with plain C
 * comparisons: a column of 100,000 entries sorts in 40–140 ms.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho-gui-util.h"
#include "daicho-ledger-columns.h"
#include "dialogs/daicho-ledger-dialogs.h"

/* Rows */

struct _DaichoLedgerRow
{
  GObject            parent_instance;
  DaichoLedgerEntry *entry;
  guint              n_bound;   /* cells showing it: only those need telling */
};

G_DEFINE_FINAL_TYPE (DaichoLedgerRow, daicho_ledger_row, G_TYPE_OBJECT)

static GParamSpec *row_entry_pspec;

static void
daicho_ledger_row_get_property (GObject *object, guint prop_id, GValue *value,
                                GParamSpec *pspec)
{
  if (prop_id == 1)
    g_value_set_object (value, DAICHO_LEDGER_ROW (object)->entry);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
daicho_ledger_row_finalize (GObject *object)
{
  g_clear_object (&DAICHO_LEDGER_ROW (object)->entry);
  G_OBJECT_CLASS (daicho_ledger_row_parent_class)->finalize (object);
}

static void
daicho_ledger_row_class_init (DaichoLedgerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = daicho_ledger_row_get_property;
  object_class->finalize = daicho_ledger_row_finalize;
  /* Bound cells follow it (notify::entry). */
  row_entry_pspec = g_param_spec_object ("entry", NULL, NULL, DAICHO_TYPE_LEDGER_ENTRY,
                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, 1, row_entry_pspec);
}

static void
daicho_ledger_row_init (DaichoLedgerRow *self)
{
}

DaichoLedgerRow *
daicho_ledger_row_new (void)
{
  return g_object_new (DAICHO_TYPE_LEDGER_ROW, NULL);
}

DaichoLedgerEntry *
daicho_ledger_row_get_entry (DaichoLedgerRow *row)
{
  return row->entry;
}

DaichoLedgerEntry *
daicho_ledger_row_set_entry (DaichoLedgerRow *row, DaichoLedgerEntry *entry)
{
  DaichoLedgerEntry *old = g_steal_pointer (&row->entry);

  row->entry = entry;
  if (row->n_bound > 0)
    g_object_notify_by_pspec (G_OBJECT (row), row_entry_pspec);
  return old;
}

static DaichoLedgerEntry *
row_entry (gconstpointer row)
{
  return ((DaichoLedgerRow *) row)->entry;
}

/* Cells */

typedef char *(*CellText) (DaichoContext *context, DaichoLedgerEntry *e);

/* A column shows a text field of the entry (at @field), or what @text
 * makes of the entry. */
typedef struct
{
  DaichoContext *context;
  gssize         field;
  CellText       text;
} Column;

static void
column_free (Column *column)
{
  g_object_unref (column->context);
  g_free (column);
}

#define FIELD(name) G_STRUCT_OFFSET (DaichoLedgerEntry, name)

static char *
cell_output_date (DaichoContext *context, DaichoLedgerEntry *e)
{
  return daicho_context_format_date_short (context, e->output_date);
}

static char *
cell_basis (DaichoContext *context, DaichoLedgerEntry *e)
{
  const char *label = daicho_ledger_basis_form_label (e->basis);

  if (e->basis_ref == NULL || *e->basis_ref == '\0')
    return g_strdup (label);
  return g_strdup_printf ("%s %s", label, e->basis_ref);
}

static char *
cell_copies (DaichoContext *context, DaichoLedgerEntry *e)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, e->copies);
}

static char *
cell_retention (DaichoContext *context, DaichoLedgerEntry *e)
{
  return daicho_retention_class_text (e->retention_name, e->retention_years);
}

static char *
cell_until (DaichoContext *context, DaichoLedgerEntry *e)
{
  if (e->retention_until == NULL)
    return g_strdup ("永年");
  return daicho_context_format_date_short (context, e->retention_until);
}

/* What happened to the form, and when: 交付 or 廃棄. */
static const char *
handled_on (DaichoLedgerEntry *e)
{
  return e->disposal_date ? e->disposal_date : e->delivered_on;
}

static const char *
handled_by (DaichoLedgerEntry *e)
{
  return e->disposal_date ? e->disposal_operator_name : e->delivered_by_name;
}

static char *
cell_handled_on (DaichoContext *context, DaichoLedgerEntry *e)
{
  return daicho_context_format_date_short (context, handled_on (e));
}

/* 廃棄方法, or 交付 for a form handed over, as Form No. 1 prints it. */
static char *
cell_method (DaichoContext *context, DaichoLedgerEntry *e)
{
  if (e->disposal_method != NULL)
    return g_strdup (daicho_ledger_method_form_label (e->disposal_method));
  return g_strdup (e->delivered_on ? daicho_ledger_state_form_label ("delivered") : NULL);
}

static char *
cell_handled_by (DaichoContext *context, DaichoLedgerEntry *e)
{
  return g_strdup (handled_by (e));
}

static char *
cell_state (DaichoContext *context, DaichoLedgerEntry *e)
{
  return daicho_ledger_state_text (e);
}

static void
set_class (GtkWidget *widget, const char *css_class, gboolean on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
show_cell (GtkWidget *label, Column *column, DaichoLedgerEntry *e)
{
  g_autofree char *made = e && column->text ? column->text (column->context, e) : NULL;
  const char *text = e && column->field >= 0 ? G_STRUCT_MEMBER (char *, e, column->field) : made;

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  /* The state says "look here"; so does a place that does not lock (第9条第2項). */
  set_class (label, "warning",
             e != NULL && ((column->text == cell_state && (e->due || e->unlocked)) ||
                           (column->field == FIELD (place_name) && e->unlocked)));
  set_class (label, "dim-label", e != NULL && e->voided_at != NULL);
}

static void
on_row_entry_changed (DaichoLedgerRow *row, GParamSpec *pspec, GtkListItem *item)
{
  show_cell (gtk_list_item_get_child (item), g_object_get_data (G_OBJECT (item), "column"),
             row->entry);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Column *column)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), column->text == cell_copies ? 1.0f : 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  daicho_gui_cell_tooltip (label);
  if (column->field == FIELD (number) || column->text == cell_copies)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (item), "column", column);
  gtk_list_item_set_child (item, label);
}

/* A bound cell follows its row: a load that hands the row another entry
 * changes the text, not the widgets. */
static void
bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Column *column)
{
  DaichoLedgerRow *row = gtk_list_item_get_item (item);

  row->n_bound++;
  g_signal_connect (row, "notify::entry", G_CALLBACK (on_row_entry_changed), item);
  show_cell (gtk_list_item_get_child (item), column, row->entry);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Column *column)
{
  DaichoLedgerRow *row = gtk_list_item_get_item (item);

  row->n_bound--;
  g_signal_handlers_disconnect_by_func (row, on_row_entry_changed, item);
}

/* Sorting */

static int
compare_number (const DaichoLedgerEntry *x, const DaichoLedgerEntry *y)
{
  if (x->fiscal_year != y->fiscal_year)
    return x->fiscal_year < y->fiscal_year ? -1 : 1;
  if (x->seq != y->seq)
    return x->seq < y->seq ? -1 : 1;
  return (x->office_id > y->office_id) - (x->office_id < y->office_id);
}

/* Text (ISO dates too) by code point, none (永年, not yet handled) last. */
static int
compare_strings (const char *x, const char *y)
{
  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);
  return strcmp (x, y);
}

static int
compare_handled_on (const DaichoLedgerEntry *x, const DaichoLedgerEntry *y)
{
  return compare_strings (handled_on ((DaichoLedgerEntry *) x),
                          handled_on ((DaichoLedgerEntry *) y));
}

static int
compare_handled_by (const DaichoLedgerEntry *x, const DaichoLedgerEntry *y)
{
  return compare_strings (handled_by ((DaichoLedgerEntry *) x),
                          handled_by ((DaichoLedgerEntry *) y));
}

/* What needs doing first: due or unlocked, unchecked, kept, handed over,
 * destroyed, void. */
static int
state_rank (const DaichoLedgerEntry *e)
{
  if (e->voided_at != NULL)
    return 5;
  if (e->due || e->unlocked)
    return 0;
  if (e->checked_by_name == NULL)
    return 1;
  if (g_str_equal (e->state, "kept"))
    return 2;
  return g_str_equal (e->state, "delivered") ? 3 : 4;
}

static int
compare_state (const DaichoLedgerEntry *x, const DaichoLedgerEntry *y)
{
  int a = state_rank (x), b = state_rank (y);

  return a != b ? (a < b ? -1 : 1) : compare_number (x, y);
}

typedef int (*EntryCompare) (const DaichoLedgerEntry *x, const DaichoLedgerEntry *y);

static int
compare_rows (gconstpointer a, gconstpointer b, gpointer compare)
{
  return ((EntryCompare) compare) (row_entry (a), row_entry (b));
}

static GtkSorter *
custom_sorter (EntryCompare compare)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_rows, (gpointer) compare, NULL));
}

/* Text and number fields compare by the field's offset in the entry.
 * Text compares by code point, not by the locale's collation: for 100,000
 * Japanese names collation keys alone take a second, code points 50 ms. */
static int
compare_text (gconstpointer a, gconstpointer b, gpointer offset)
{
  return compare_strings (G_STRUCT_MEMBER (const char *, row_entry (a), GPOINTER_TO_SIZE (offset)),
                          G_STRUCT_MEMBER (const char *, row_entry (b), GPOINTER_TO_SIZE (offset)));
}

static int
compare_int (gconstpointer a, gconstpointer b, gpointer offset)
{
  gint64 x = G_STRUCT_MEMBER (gint64, row_entry (a), GPOINTER_TO_SIZE (offset));
  gint64 y = G_STRUCT_MEMBER (gint64, row_entry (b), GPOINTER_TO_SIZE (offset));

  return (x > y) - (x < y);
}

#define TEXT_SORTER(name) \
  GTK_SORTER (gtk_custom_sorter_new (compare_text, GSIZE_TO_POINTER (FIELD (name)), NULL))
#define INT_SORTER(name) \
  GTK_SORTER (gtk_custom_sorter_new (compare_int, GSIZE_TO_POINTER (FIELD (name)), NULL))
/* Adds a column showing the text @field of the entries (-1: what @text
 * makes of them), sorted by @sorter (taken; NULL: by @field). */
static GtkColumnViewColumn *
add_column (GtkColumnView *view, DaichoContext *context, const char *title, gssize field,
            CellText text, GtkSorter *sorter, int width, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Column *column = g_new0 (Column, 1);
  GtkColumnViewColumn *view_column;

  column->context = g_object_ref (context);
  column->field = field;
  column->text = text;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), column);
  g_signal_connect_data (factory, "unbind", G_CALLBACK (unbind_cell_cb), column,
                         (GClosureNotify) (void (*) (void)) column_free, 0);

  if (sorter == NULL)
    sorter = GTK_SORTER (gtk_custom_sorter_new (compare_text, GSIZE_TO_POINTER (field), NULL));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (sorter);
  g_object_unref (view_column);
  return view_column;
}

GtkColumnViewColumn *
daicho_ledger_columns_add (GtkColumnView *view, DaichoContext *context)
{
  GtkColumnViewColumn *office_column;

  add_column (view, context, _("No."), FIELD (number), NULL, custom_sorter (compare_number), 84,
              FALSE);
  office_column = add_column (view, context, _("Office"), FIELD (office_name), NULL, NULL, 130,
                              FALSE);
  add_column (view, context, _("State"), -1, cell_state, custom_sorter (compare_state), 150,
              FALSE);
  add_column (view, context, _("Output date"), -1, cell_output_date, TEXT_SORTER (output_date),
              96, FALSE);
  add_column (view, context, _("Form name"), FIELD (form_name), NULL, NULL, 150, TRUE);
  add_column (view, context, _("Basis"), -1, cell_basis, TEXT_SORTER (basis_ref), 140, TRUE);
  add_column (view, context, _("Copies"), -1, cell_copies, INT_SORTER (copies), 56, FALSE);
  add_column (view, context, _("Printed by"), FIELD (printed_by_name), NULL, NULL, 90, FALSE);
  add_column (view, context, _("Storage place"), FIELD (place_name), NULL, NULL, 120, FALSE);
  add_column (view, context, _("Retention class"), -1, cell_retention,
              TEXT_SORTER (retention_name), 140, FALSE);
  add_column (view, context, _("Keep until"), -1, cell_until, TEXT_SORTER (retention_until), 84,
              FALSE);
  add_column (view, context, _("Handled on"), -1, cell_handled_on,
              custom_sorter (compare_handled_on), 90, FALSE);
  add_column (view, context, _("Method"), -1, cell_method, TEXT_SORTER (disposal_method), 72,
              FALSE);
  add_column (view, context, _("Handled by"), -1, cell_handled_by,
              custom_sorter (compare_handled_by), 90, FALSE);
  add_column (view, context, _("Confirmed by"), FIELD (disposal_witness_name), NULL, NULL, 90,
              FALSE);
  add_column (view, context, _("Note"), FIELD (note), NULL, NULL, 120, TRUE);
  return office_column;
}
