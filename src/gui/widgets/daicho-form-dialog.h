/* daicho-form-dialog.h — a small modal form that stays open until its save works
 *
 * libadwaita 1.2's AdwMessageDialog closes on any answer, which loses what
 * the user typed when a save is refused. This dialog calls its submit
 * function on the primary button (or Enter): on success it closes; on
 * failure it shows the error under the form and keeps everything typed.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_FORM_DIALOG (daicho_form_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DaichoFormDialog, daicho_form_dialog, DAICHO, FORM_DIALOG, AdwWindow)

/* Returns TRUE when the change was saved; else sets @error (shown). */
typedef gboolean (*DaichoFormDialogSubmit) (gpointer user_data, GError **error);

/* A dialog over @parent's window, titled @title, whose primary button reads
 * @accept_label (destructive style when @destructive). */
DaichoFormDialog *daicho_form_dialog_new (GtkWidget  *parent,
                                          const char *title,
                                          const char *accept_label,
                                          gboolean    destructive);

/* Text above the form (what the action does, which rule applies). */
void daicho_form_dialog_set_description (DaichoFormDialog *self, const char *description);

/* Appends @child (typically an AdwPreferencesGroup) to the form. */
void daicho_form_dialog_add (DaichoFormDialog *self, GtkWidget *child);

void daicho_form_dialog_set_submit (DaichoFormDialog       *self,
                                    DaichoFormDialogSubmit  submit,
                                    gpointer                user_data,
                                    GDestroyNotify          destroy);

G_END_DECLS
