/* daicho-form-dialog.c — a small modal form that stays open until its save works */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-form-dialog.h"

struct _DaichoFormDialog
{
  AdwWindow               parent_instance;

  GtkWidget              *accept_button;
  GtkWidget              *description;
  GtkWidget              *content;
  GtkWidget              *error_label;
  GtkScrolledWindow      *scrolled;

  DaichoFormDialogSubmit  submit;
  gpointer                user_data;
  GDestroyNotify          destroy;
};

G_DEFINE_FINAL_TYPE (DaichoFormDialog, daicho_form_dialog, ADW_TYPE_WINDOW)

static void
accept_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  DaichoFormDialog *self = DAICHO_FORM_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->submit == NULL || self->submit (self->user_data, &error))
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->error_label), error ? error->message : "");
  gtk_widget_set_visible (self->error_label, error != NULL);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static void
daicho_form_dialog_dispose (GObject *object)
{
  DaichoFormDialog *self = DAICHO_FORM_DIALOG (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  self->submit = NULL;

  G_OBJECT_CLASS (daicho_form_dialog_parent_class)->dispose (object);
}

static void
daicho_form_dialog_class_init (DaichoFormDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = daicho_form_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "form.accept", NULL, accept_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
daicho_form_dialog_init (DaichoFormDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->accept_button = gtk_button_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->accept_button), "form.accept");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->accept_button);

  self->description = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->description), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->description), 0);
  gtk_widget_set_visible (self->description, FALSE);
  gtk_widget_add_css_class (self->description, "dim-label");

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);

  /* The refusal goes at the top, where it is seen without scrolling. */
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (inner), self->description);
  gtk_box_append (GTK_BOX (inner), self->error_label);
  gtk_box_append (GTK_BOX (inner), self->content);
  gtk_widget_set_margin_top (inner, 18);
  gtk_widget_set_margin_bottom (inner, 18);
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  self->scrolled = GTK_SCROLLED_WINDOW (scrolled);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->accept_button);
}

DaichoFormDialog *
daicho_form_dialog_new (GtkWidget  *parent,
                        const char *title,
                        const char *accept_label,
                        gboolean    destructive)
{
  DaichoFormDialog *self = g_object_new (DAICHO_TYPE_FORM_DIALOG, "title", title, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_button_set_use_underline (GTK_BUTTON (self->accept_button), TRUE);
  gtk_button_set_label (GTK_BUTTON (self->accept_button), accept_label);
  gtk_widget_add_css_class (self->accept_button,
                            destructive ? "destructive-action" : "suggested-action");
  return self;
}

void
daicho_form_dialog_set_description (DaichoFormDialog *self, const char *description)
{
  gtk_label_set_text (GTK_LABEL (self->description), description);
  gtk_widget_set_visible (self->description, description != NULL && *description != '\0');
}

void
daicho_form_dialog_add (DaichoFormDialog *self, GtkWidget *child)
{
  gtk_box_append (GTK_BOX (self->content), child);
}

void
daicho_form_dialog_set_submit (DaichoFormDialog       *self,
                               DaichoFormDialogSubmit  submit,
                               gpointer                user_data,
                               GDestroyNotify          destroy)
{
  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  self->submit = submit;
  self->user_data = user_data;
  self->destroy = destroy;
}
