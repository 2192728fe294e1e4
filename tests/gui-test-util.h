/* gui-test-util.h — finding widgets the way a user sees them */
#pragma once

#include <adwaita.h>

#include "daicho/daicho.h"

G_BEGIN_DECLS

/* What a window test opens: a database in a temporary folder and the
 * application's settings (memory backend), operator, office and page reset. */
typedef struct
{
  char      *dir;
  char      *path;
  DaichoDb  *db;
  GSettings *settings;
} GuiFixture;

/* Fills @f; with @demo the database holds the small demo, no operator chosen. */
void gui_fixture_setup    (GuiFixture *f, gboolean demo);
/* Closes and removes what gui_fixture_setup() made. */
void gui_fixture_teardown (GuiFixture *f);

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
