/* daicho-auto-backup.c — the app's daily backup, in a worker thread */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-auto-backup.h"
#include "daicho-gui-util.h"

typedef struct
{
  DaichoAutoBackupDone  callback;
  gpointer              user_data;
} Done;

static void
auto_backup_thread (GTask *task, gpointer source, gpointer path, GCancellable *cancellable)
{
  GError *error = NULL;
  g_autofree char *made = NULL;

  if (!daicho_backup_is_due (path, NULL))
    {
      g_task_return_boolean (task, FALSE);
      return;
    }
  made = daicho_backup_make (path, DAICHO_BACKUP_AUTOMATIC, NULL, NULL, NULL, NULL, &error);
  if (made == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
auto_backup_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Done *done = user_data;
  g_autoptr(GError) error = NULL;
  gboolean made = g_task_propagate_boolean (G_TASK (result), &error);

  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The daily backup failed: %s"),
                                                  error->message);
      daicho_gui_toast (GTK_WIDGET (source), message);
    }
  if (done->callback != NULL)
    done->callback (made, error, done->user_data);
  g_free (done);
}

void
daicho_auto_backup_start_full (GtkWindow            *window,
                               DaichoDb             *db,
                               DaichoAutoBackupDone  callback,
                               gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Done *done;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (DAICHO_IS_DB (db));

  /* A new database has nothing worth keeping yet: its first backup is made
   * on the first start after the office is set up. */
  if (daicho_db_is_empty (db))
    return;

  done = g_new0 (Done, 1);
  done->callback = callback;
  done->user_data = user_data;
  task = g_task_new (window, NULL, auto_backup_done_cb, done);
  g_task_set_task_data (task, g_strdup (daicho_db_get_path (db)), g_free);
  g_task_run_in_thread (task, auto_backup_thread);
}

void
daicho_auto_backup_start (GtkWindow *window, DaichoDb *db)
{
  daicho_auto_backup_start_full (window, db, NULL, NULL);
}
