/* daicho-gui-util.h — small things every view needs the same way */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

/* Shows @message as a toast in the window (or preferences window) that
 * holds @widget. */
void daicho_gui_toast (GtkWidget *widget, const char *message);

/* Shows @error in a dialog over @widget's window, headed @heading
 * (e.g. "Could not save"). The message is the one the core wrote for users. */
void daicho_gui_show_error (GtkWidget *widget, const char *heading, const GError *error);

/* Reads a date typed into @editable (和暦, 西暦, full-width…) as ISO text.
 * Empty text gives NULL and TRUE unless @required. */
gboolean daicho_gui_read_date (GtkEditable *editable, gboolean required, char **iso,
                               GError **error);

/* Marks @editable with the "error" style while its text is not a date, and
 * shows how the date reads (令和7年4月1日) in its tooltip. */
void daicho_gui_watch_date (GtkEditable *editable);

/* The active staff of @office_id (0: every office) as a list of
 * DaichoStaff, empty rather than NULL when the query fails. */
GListModel *daicho_gui_staff_model (gpointer db, gint64 office_id);

/* Views list records as rows of an AdwPreferencesGroup, which has no way
 * to empty itself: the view keeps the rows it added in @rows. */
typedef GtkWidget *(*DaichoRowFactory) (gpointer view, gpointer item);

/* An AdwPreferencesGroup headed @title (NULL: none) over @description (NULL: none). */
GtkWidget *daicho_gui_group_new (const char *title, const char *description);

/* An AdwActionRow showing @title and @subtitle (may be NULL) as plain text,
 * wrapped over as many lines as they need. */
GtkWidget *daicho_gui_text_row (const char *title, const char *subtitle);

/* An AdwStatusPage: @icon, @title and @description (may be NULL). */
GtkWidget *daicho_gui_status_page (const char *icon, const char *title, const char *description);

/* Removes every child of @container (a GtkBox, GtkGrid …). */
void daicho_gui_clear (GtkWidget *container);

/* Asks @heading / @body over @widget's window with Cancel and a suggested
 * @response button labelled @label (the default); @callback is the
 * AdwMessageDialog "response" handler, connected to @data (a GObject,
 * disconnected when it goes). */
void daicho_gui_ask (GtkWidget *widget, const char *heading, const char *body,
                     const char *response, const char *label, GCallback callback,
                     gpointer data);

/* Fiscal-year drop-downs: "All years" when @with_all, then this fiscal year
 * and the @n_past before it, as the user reads years. Refilling keeps the
 * year chosen (at first: this fiscal year). The years are kept on the
 * drop-down. */
void daicho_gui_year_dropdown_fill (GtkDropDown *dropdown, DaichoContext *context,
                                    gboolean with_all, int n_past);
/* The fiscal year chosen (0: all years). */
int  daicho_gui_year_dropdown_get  (GtkDropDown *dropdown);

/* A dim, non-interactive row saying @message ("No offices yet"). */
GtkWidget *daicho_gui_message_row (const char *message);

void daicho_gui_rows_clear (AdwPreferencesGroup *group, GPtrArray *rows);
void daicho_gui_rows_add   (AdwPreferencesGroup *group, GPtrArray *rows, GtkWidget *row);

/* Replaces the rows by one per item of @model, made by @factory for @view;
 * when @model is NULL a row with @error's message, when it is empty a row
 * with @empty_message. */
void daicho_gui_rows_fill (AdwPreferencesGroup *group,
                           GPtrArray           *rows,
                           GListModel          *model,
                           const GError        *error,
                           const char          *empty_message,
                           DaichoRowFactory     factory,
                           gpointer             view);

/* Details windows (of a designation, of a ledger entry) */

/* A modal AdwWindow titled @title over @parent's window: a header bar above
 * an AdwPreferencesPage, given in @page (borrowed) for the caller's groups.
 * The caller sets its default size and presents it. */
GtkWidget *daicho_gui_details_window_new (GtkWidget *parent, const char *title, GtkWidget **page);

/* Adds to @group a row that shows @value (plain text, up to four lines;
 * "—" when empty) under its @title, in the "property" style. Returns the
 * row (borrowed), e.g. to mark it "warning". */
GtkWidget *daicho_gui_property_row (AdwPreferencesGroup *group, const char *title,
                                    const char *value);

/* A button labelled @label (with a mnemonic), of CSS class @style (NULL:
 * none), that calls @callback with @data as its only argument when clicked. */
GtkWidget *daicho_gui_action_button (const char *label, const char *style, GCallback callback,
                                     gpointer data);

/* "name (令和7年4月1日 9:52)": who did something and when (@utc, UTC ISO
 * 8601), or @none when @name is NULL. New string. */
char *daicho_gui_person_and_time (DaichoContext *context, const char *name, const char *utc,
                                  const char *none);

/* An entry row titled @title holding @text (may be NULL) that activates the
 * dialog's default button on Enter. */
GtkWidget *daicho_gui_entry_row (const char *title, const char *text);

/* The same for a date: shows @iso (may be NULL) as the user reads dates and
 * marks the row while what is typed is not a date. @context is a
 * DaichoContext. */
GtkWidget *daicho_gui_date_row  (gpointer context, const char *title, const char *iso);

/* A tab's keyboard shortcut: @key with @mods activates @action. */
typedef struct
{
  guint           key;
  GdkModifierType mods;
  const char     *action;
} DaichoGuiShortcut;

/* Adds @shortcuts to @page so that they work from anywhere in the window
 * while @page is shown, also when the focus is in the header bar (as after
 * clicking the tab): a window-wide controller, which GTK consults only while
 * @page is mapped. */
void daicho_gui_add_shortcuts (GtkWidget *page, const DaichoGuiShortcut *shortcuts,
                               gsize n_shortcuts);

/* Makes @label, a list cell (a GtkLabel or a GtkInscription), show its
 * whole text as a tooltip when it is cut short. Cheaper than setting a
 * tooltip on every bind, which asks the display server where the pointer
 * is each time. */
void daicho_gui_cell_tooltip (GtkWidget *label);

/* Calls @callback (@widget) once, from a G_PRIORITY_LOW idle, after the
 * frame that first paints @widget: for work a widget's first frame does
 * without. Nothing is called if @widget is finalized first. */
void daicho_gui_after_first_frame (GtkWidget *widget, void (*callback) (GtkWidget *widget));

G_END_DECLS
