/* daicho-ledger-columns.h — the rows and columns of the 帳票等管理台帳 list
 *
 * The ledger page lists DaichoLedgerRow items in a GtkColumnView whose
 * columns (the Form No. 1 columns and a state column) come from here: how
 * each cell shows an entry and how each column sorts.
 */
#pragma once

#include <gtk/gtk.h>

#include "daicho/daicho-ledger-store.h"
#include "daicho-context.h"

G_BEGIN_DECLS

/* A row of the list: a slot that shows one entry. The page keeps its rows
 * and hands them the entries of each load, so the column view keeps the
 * widgets of the rows it shows and only their text changes: making a
 * screenful of rows anew costs about 100 ms, changing their text a few.
 * Its readable "entry" property notifies bound cells of a new entry. */
#define DAICHO_TYPE_LEDGER_ROW (daicho_ledger_row_get_type ())
G_DECLARE_FINAL_TYPE (DaichoLedgerRow, daicho_ledger_row, DAICHO, LEDGER_ROW, GObject)

/* An empty row. */
DaichoLedgerRow   *daicho_ledger_row_new       (void);

/* The entry the row shows, or NULL (borrowed). */
DaichoLedgerEntry *daicho_ledger_row_get_entry (DaichoLedgerRow *row);

/* Makes the row show @entry (taken; may be NULL) and returns the entry it
 * showed before (the caller's to unref; may be NULL). Cells showing the row
 * change their text. */
DaichoLedgerEntry *daicho_ledger_row_set_entry (DaichoLedgerRow *row, DaichoLedgerEntry *entry);

/* Appends the ledger's columns to @view, whose model lists DaichoLedgerRow
 * items; dates show as @context says (its reference is kept by the
 * columns). Each column sorts with its own GtkSorter: bind the view's
 * sorter to the sort model. Returns the office column (borrowed, held by
 * @view), to hide while one office is shown. */
GtkColumnViewColumn *daicho_ledger_columns_add (GtkColumnView *view, DaichoContext *context);

G_END_DECLS
