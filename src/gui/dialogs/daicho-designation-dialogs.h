/* daicho-designation-dialogs.h — designating, ending, checking and reviewing */
#pragma once

#include <gtk/gtk.h>

#include "daicho-context.h"

G_BEGIN_DECLS

/* The dialog that designates one staff member, or (@several) many staff of
 * one office at once, e.g. every 区民課 member on 1 April. */
void daicho_designation_dialog_add     (GtkWidget *parent, DaichoContext *context,
                                        gboolean several);

/* One designation with its actions (check, end, confirm after review,
 * record the permission) and the person's whole history. */
void daicho_designation_dialog_details (GtkWidget *parent, DaichoContext *context, gint64 id);

G_END_DECLS
