/* daicho-check-bar.c — the warning shown when the check at start fails
 *
 * The check (integrity, the audit log's hash chain, records against the
 * log) reads the whole database: on a city's file about two seconds. It runs
 * in a GTask thread on a connection of its own, started once the window
 * has drawn its first frame, so the window opens as fast as without it.
 * Nothing shows while all is well.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho.h"
#include "daicho-check-bar.h"
#include "daicho-gui-util.h"

struct _DaichoCheckBar
{
  AdwBin        parent_instance;

  /* template widgets */
  GtkRevealer  *revealer;
  GtkLabel     *summary;

  /* owned */
  char         *db_path;
  GPtrArray    *problems;      /* NULL until the check has found some */
  GCancellable *cancellable;
  guint         idle_id;
  gboolean      done;
};

G_DEFINE_FINAL_TYPE (DaichoCheckBar, daicho_check_bar, ADW_TYPE_BIN)

/* In the thread: the connection is opened, used and closed here. */
static void
check_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = daicho_db_open (task_data, &error);
  GPtrArray *problems = NULL;

  if (db == NULL || !daicho_db_check (db, &problems, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, problems, (GDestroyNotify) g_ptr_array_unref);
}

static void
check_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(DaichoCheckBar) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *summary = NULL;

  self->done = TRUE;
  /* A check that cannot run says nothing about tampering. But a damaged
   * page shows only when something reads it, and the check read them all:
   * say so now, not in the middle of someone's work. */
  if (problems == NULL)
    {
      if (g_error_matches (error, DAICHO_ERROR, DAICHO_ERROR_NOT_DAICHO) &&
          gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        daicho_gui_show_error (GTK_WIDGET (self), _("The Database File Is Damaged"), error);
      else
        g_debug ("The check at start did not run: %s", error->message);
      return;
    }
  if (problems->len == 0)
    return;

  self->problems = g_steal_pointer (&problems);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The check at start found %u problem in the database "
                                          "and its audit log. Tell the person in charge of the "
                                          "records, and keep the file as it is.",
                                          "The check at start found %u problems in the database "
                                          "and its audit log. Tell the person in charge of the "
                                          "records, and keep the file as it is.",
                                          self->problems->len),
                             self->problems->len);
  gtk_label_set_text (self->summary, summary);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

static gboolean
start_check_cb (gpointer user_data)
{
  DaichoCheckBar *self = user_data;
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, check_done_cb,
                                      g_object_ref (self));

  self->idle_id = 0;
  g_task_set_source_tag (task, start_check_cb);
  g_task_set_task_data (task, g_strdup (self->db_path), g_free);
  g_task_run_in_thread (task, check_thread);
  return G_SOURCE_REMOVE;
}

void
daicho_check_bar_start (DaichoCheckBar *self, const char *db_path)
{
  g_return_if_fail (DAICHO_IS_CHECK_BAR (self));
  g_return_if_fail (self->db_path == NULL);

  self->db_path = g_strdup (db_path);
  /* Low priority: after the frame clock has drawn what is pending. */
  self->idle_id = g_idle_add_full (G_PRIORITY_LOW, start_check_cb, self, NULL);
}

gboolean
daicho_check_bar_is_done (DaichoCheckBar *self)
{
  g_return_val_if_fail (DAICHO_IS_CHECK_BAR (self), FALSE);
  return self->done;
}

guint
daicho_check_bar_get_n_problems (DaichoCheckBar *self)
{
  g_return_val_if_fail (DAICHO_IS_CHECK_BAR (self), 0);
  return self->problems ? self->problems->len : 0;
}

void
daicho_check_bar_show_details (DaichoCheckBar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;

  g_return_if_fail (DAICHO_IS_CHECK_BAR (self));
  if (self->problems == NULL)
    return;

  for (guint i = 0; i < self->problems->len; i++)
    g_string_append_printf (text, "%s• %s", i ? "\n" : "",
                            (const char *) self->problems->pdata[i]);
  label = gtk_label_new (text->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  /* Its natural width near the dialog's, so the height asked for fits the
   * wrapped lines and the list scrolls only when it is long. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 56);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("What the Check Found"),
                                   _("The first audit entry listed is where the changes made "
                                     "outside Daicho begin. The same list is printed by "
                                     "daicho-cli check."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
details_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  daicho_check_bar_show_details (DAICHO_CHECK_BAR (widget));
}

static void
daicho_check_bar_dispose (GObject *object)
{
  DaichoCheckBar *self = DAICHO_CHECK_BAR (object);

  /* The revealer is AdwBin's child: AdwBin's dispose takes it down, so the
   * template is not disposed here as well. */
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (daicho_check_bar_parent_class)->dispose (object);
}

static void
daicho_check_bar_finalize (GObject *object)
{
  DaichoCheckBar *self = DAICHO_CHECK_BAR (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (daicho_check_bar_parent_class)->finalize (object);
}

static void
daicho_check_bar_class_init (DaichoCheckBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = daicho_check_bar_dispose;
  object_class->finalize = daicho_check_bar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/daicho/Daicho/ui/widgets/daicho-check-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DaichoCheckBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, DaichoCheckBar, summary);

  gtk_widget_class_install_action (widget_class, "check-bar.details", NULL, details_activated);
}

static void
daicho_check_bar_init (DaichoCheckBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
