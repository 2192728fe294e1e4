/* gui-test-util.h — finding widgets the way a user sees them */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* First widget under @root (depth first) of @type for which @match returns
 * TRUE (NULL @match: any). */
GtkWidget *gui_find (GtkWidget *root, GType type,
                     gboolean (*match) (GtkWidget *, gconstpointer), gconstpointer data);

/* The AdwEntryRow titled @title (as shown, mnemonics ignored). */
GtkWidget *gui_find_entry_row (GtkWidget *root, const char *title);

/* The button labelled @label (mnemonic underscores ignored). */
GtkWidget *gui_find_button (GtkWidget *root, const char *label);

/* The AdwPreferencesGroup titled @title. */
GtkWidget *gui_find_group (GtkWidget *root, const char *title);

/* Types @text into @row, replacing what was there. */
void gui_type (GtkWidget *row, const char *text);

/* Runs the main loop until @condition holds or @timeout_ms passes. */
gboolean gui_wait (gboolean (*condition) (gpointer), gpointer data, guint timeout_ms);

/* Runs pending main-loop work. */
void gui_flush (void);

G_END_DECLS
