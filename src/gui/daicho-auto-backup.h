/* daicho-auto-backup.h — the app's daily backup
 *
 * When a window opens on a database that holds records, and no backup of
 * it was made today, one is made in a worker thread (daicho_backup_make(),
 * kind "auto", rotated) on a connection of its own: the first frame and the
 * window never wait for it. Nothing is shown unless it fails; then a toast
 * in the window says why.
 */
#pragma once

#include <gtk/gtk.h>

#include "daicho/daicho.h"

G_BEGIN_DECLS

/* Starts the daily backup of @db for @window, if it is due. */
void daicho_auto_backup_start (GtkWindow *window, DaichoDb *db);

/* Called in the main thread when the daily backup is over: @made says
 * whether one was made (FALSE: none was due, or @error says why not). */
typedef void (*DaichoAutoBackupDone) (gboolean made, const GError *error, gpointer user_data);

/* daicho_auto_backup_start(), then @done (may be NULL), for tests. */
void daicho_auto_backup_start_full (GtkWindow            *window,
                                    DaichoDb             *db,
                                    DaichoAutoBackupDone  done,
                                    gpointer              user_data);

G_END_DECLS
