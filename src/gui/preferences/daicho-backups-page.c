/* daicho-backups-page.c — settings page: the database's backups
 *
 * The list, a backup and a restore each run in a GTask thread on
 * connections of their own (the core's backup functions open them from the
 * path), so the window never waits on a file copy. While a backup or a
 * restore runs, a progress bar shows how far it got and the buttons are
 * off. A restore is asked for first, saying what will happen; afterwards
 * the operator and office are chosen again and every view reloads.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-backups-page.h"
#include "daicho-context.h"
#include "daicho-gui-util.h"

/* Every kind of record a restore may have changed (see daicho_context_data_changed()). */
static const char * const restored_kinds[] = {
  "office", "staff", "place", "retention", "post", "designation", "ledger", "inspection",
  "inspection-template", "meeting",
};

/* A backup or a restore, as handed to the worker thread. */
typedef struct
{
  char  *db_path;
  char  *backup_path;      /* the backup to restore; NULL: make a backup */
  char  *backup_time;      /* when it was made, as the user reads it */
  char  *operator_emp_no;  /* may be NULL */
  gint   permille;         /* progress, written by the worker (atomic) */
  char  *result_path;      /* the backup made, or the copy kept before restoring */
} Job;

struct _DaichoBackupsPage
{
  AdwPreferencesPage   parent_instance;

  /* template widgets */
  GtkWidget           *back_up_button;
  AdwActionRow        *folder_row;
  GtkWidget           *progress_row;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  AdwPreferencesGroup *list_group;

  /* borrowed: the running job, owned by its task */
  Job                 *job;

  /* owned references */
  DaichoContext       *context;
  GPtrArray           *rows;       /* widgets of list_group, removed on reload */
  DaichoBackup        *pending;    /* the backup a question asks to restore */
  GCancellable        *loading;    /* the list being read */
  guint                progress_source;
};

G_DEFINE_FINAL_TYPE (DaichoBackupsPage, daicho_backups_page, ADW_TYPE_PREFERENCES_PAGE)

static void
job_free (Job *job)
{
  g_free (job->db_path);
  g_free (job->backup_path);
  g_free (job->backup_time);
  g_free (job->operator_emp_no);
  g_free (job->result_path);
  g_free (job);
}

static const char *
db_path (DaichoBackupsPage *self)
{
  return daicho_db_get_path (daicho_context_get_db (self->context));
}

gboolean
daicho_backups_page_is_busy (DaichoBackupsPage *self)
{
  g_return_val_if_fail (DAICHO_IS_BACKUPS_PAGE (self), FALSE);
  return self->job != NULL || self->loading != NULL;
}

/* The list */

static void restore_clicked_cb (GtkButton *button, DaichoBackupsPage *self);

static GtkWidget *
new_backup_row (DaichoBackupsPage *self, DaichoBackup *backup)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = daicho_context_format_timestamp (self->context, backup->made_at);
  g_autofree char *size = g_format_size (backup->size);
  g_autofree char *contents = backup->problem ? g_strdup (backup->problem)
                                              : daicho_backup_describe (backup);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  g_string_printf (subtitle, "%s · %s\n%s", daicho_backup_kind_label (backup->kind), size,
                   contents);
  if (backup->last_change != NULL && backup->problem == NULL)
    {
      g_autofree char *last = daicho_context_format_timestamp (self->context,
                                                               backup->last_change);
      g_string_append_c (subtitle, '\n');
      g_string_append_printf (subtitle, _("Last change recorded: %s"), last);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  g_object_set_data_full (G_OBJECT (row), "backup", g_object_ref (backup), g_object_unref);

  if (backup->problem == NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));
      g_autofree char *label = g_strdup_printf (_("Restore the backup of %s"), when);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_object_set_data_full (G_OBJECT (button), "backup", g_object_ref (backup),
                              g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
    }
  else
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("This backup cannot be restored"), -1);
      gtk_widget_set_tooltip_text (icon, _("This backup cannot be restored"));
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }
  return row;
}

static void
list_thread (GTask *task, gpointer source, gpointer path, GCancellable *cancellable)
{
  GError *error = NULL;
  GListStore *backups = daicho_backup_list (path, &error);

  if (backups == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, backups, g_object_unref);
}

static void
list_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(DaichoBackupsPage) self = DAICHO_BACKUPS_PAGE (g_object_ref (source));
  g_autoptr(GListStore) backups = NULL;
  g_autoptr(GError) error = NULL;

  backups = g_task_propagate_pointer (G_TASK (result), &error);
  /* A newer reload, or the page went away. */
  if (g_task_get_cancellable (G_TASK (result)) != self->loading || self->context == NULL)
    return;
  g_clear_object (&self->loading);
  daicho_gui_rows_fill (self->list_group, self->rows, G_LIST_MODEL (backups), error,
                        _("No backups yet"), (DaichoRowFactory) new_backup_row, self);
}

/* Reads the folder again in a worker thread. */
static void
reload (DaichoBackupsPage *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *folder = daicho_backup_folder (db_path (self));

  adw_action_row_set_subtitle (self->folder_row, folder);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  task = g_task_new (self, self->loading, list_done_cb, NULL);
  g_task_set_task_data (task, g_strdup (db_path (self)), g_free);
  g_task_run_in_thread (task, (GTaskThreadFunc) list_thread);
}

static void
on_context_data_changed (DaichoContext *context, const char *kind, gpointer user_data)
{
  DaichoBackupsPage *self = DAICHO_BACKUPS_PAGE (user_data);

  /* Dates as the user reads them; the backups themselves did not change. */
  if (self->job == NULL)
    reload (self);
}

/* Backing up and restoring */

static void
job_progress_cb (double fraction, gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (&job->permille, (gint) (fraction * 1000));
}

static void
job_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  gboolean ok;

  if (job->backup_path != NULL)
    ok = daicho_backup_restore (job->db_path, job->backup_path, job->operator_emp_no,
                                &job->result_path, job_progress_cb, job, &error);
  else
    {
      job->result_path = daicho_backup_make (job->db_path, DAICHO_BACKUP_MANUAL, NULL, NULL,
                                             job_progress_cb, job, &error);
      ok = job->result_path != NULL;
    }
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  DaichoBackupsPage *self = DAICHO_BACKUPS_PAGE (user_data);

  if (self->job != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   g_atomic_int_get (&self->job->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (DaichoBackupsPage *self, Job *job, const char *message)
{
  self->job = job;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up", job == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->list_group), job == NULL);
  gtk_widget_set_visible (self->progress_row, job != NULL);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (job != NULL)
    {
      gtk_label_set_text (self->progress_label, message);
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      self->progress_source = g_timeout_add (100, show_progress_cb, self);
    }
}

/* After a restore every view shows the restored records: the operator and
 * office are chosen again (they may not exist in the backup). */
static void
announce_restore (DaichoBackupsPage *self)
{
  daicho_context_restore (self->context);
  for (guint i = 0; i < G_N_ELEMENTS (restored_kinds); i++)
    daicho_context_data_changed (self->context, restored_kinds[i]);
}

static void
job_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(DaichoBackupsPage) self = DAICHO_BACKUPS_PAGE (g_object_ref (source));
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean restoring = job->backup_path != NULL;
  g_autofree char *message = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  if (self->context == NULL)
    return;
  set_busy (self, NULL, NULL);

  if (error != NULL)
    {
      daicho_gui_show_error (GTK_WIDGET (self),
                             restoring ? _("Could not restore the backup")
                                       : _("Could not back up"),
                             error);
      if (restoring)
        announce_restore (self);
      reload (self);
      return;
    }

  if (restoring)
    {
      message = g_strdup_printf (_("The backup of %s was restored. The data it replaced was "
                                   "kept as a backup."), job->backup_time);
      announce_restore (self);
    }
  else
    message = g_strdup (_("Backup made"));
  daicho_gui_toast (GTK_WIDGET (self), message);
  reload (self);
}

static void
start_job (DaichoBackupsPage *self, const char *backup_path, const char *backup_time)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, job_done_cb, NULL);
  DaichoStaff *operator = daicho_context_get_operator (self->context);
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (db_path (self));
  job->backup_path = g_strdup (backup_path);
  job->backup_time = g_strdup (backup_time);
  job->operator_emp_no = operator ? g_strdup (operator->emp_no) : NULL;
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  set_busy (self, job, backup_path ? _("Restoring the backup…") : _("Backing up…"));
  g_task_run_in_thread (task, job_thread);
}

static void
back_up_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  start_job (DAICHO_BACKUPS_PAGE (widget), NULL, NULL);
}

static void
restore_response_cb (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  DaichoBackupsPage *self = DAICHO_BACKUPS_PAGE (user_data);
  g_autoptr(DaichoBackup) backup = g_steal_pointer (&self->pending);
  g_autofree char *when = NULL;

  if (backup == NULL || g_strcmp0 (response, "restore") != 0 || self->job != NULL)
    return;
  when = daicho_context_format_timestamp (self->context, backup->made_at);
  start_job (self, backup->path, when);
}

static void
restore_clicked_cb (GtkButton *button, DaichoBackupsPage *self)
{
  DaichoBackup *backup = g_object_get_data (G_OBJECT (button), "backup");
  g_autofree char *when = daicho_context_format_timestamp (self->context, backup->made_at);
  g_autofree char *contents = daicho_backup_describe (backup);
  g_autofree char *body = NULL;

  g_set_object (&self->pending, backup);
  body = g_strdup_printf (_("The records will be replaced by those of the backup made on %s "
                            "(%s). Changes made after it will no longer be shown, in this "
                            "window and in any other Daicho window on this database.\n\n"
                            "The current data is first kept as a backup, so the restore can "
                            "be undone by restoring that copy."), when, contents);
  daicho_gui_ask (GTK_WIDGET (self), _("Restore This Backup?"), body, "restore",
                  _("_Restore"), G_CALLBACK (restore_response_cb), self);
}

/* The page */

static void
daicho_backups_page_constructed (GObject *object)
{
  DaichoBackupsPage *self = DAICHO_BACKUPS_PAGE (object);

  G_OBJECT_CLASS (daicho_backups_page_parent_class)->constructed (object);

  g_return_if_fail (DAICHO_IS_CONTEXT (self->context));
  g_signal_connect (self->context, "data-changed::date-style",
                    G_CALLBACK (on_context_data_changed), self);
  reload (self);
}

static void
daicho_backups_page_dispose (GObject *object)
{
  DaichoBackupsPage *self = DAICHO_BACKUPS_PAGE (object);

  /* A running task keeps the page alive; its callback sees the context gone. */
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->context);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (daicho_backups_page_parent_class)->dispose (object);
}

static void
daicho_backups_page_class_init (DaichoBackupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daicho_backups_page_constructed;
  object_class->dispose = daicho_backups_page_dispose;

  daicho_context_install_property (object_class, G_STRUCT_OFFSET (DaichoBackupsPage, context));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/preferences/"
                                               "daicho-backups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoBackupsPage, back_up_button);
  gtk_widget_class_bind_template_child (widget_class, DaichoBackupsPage, folder_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoBackupsPage, progress_row);
  gtk_widget_class_bind_template_child (widget_class, DaichoBackupsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DaichoBackupsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DaichoBackupsPage, list_group);

  gtk_widget_class_install_action (widget_class, "backups.back-up", NULL, back_up_action);
}

static void
daicho_backups_page_init (DaichoBackupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}
