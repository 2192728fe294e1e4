/* daicho-print.c — printing and saving the printable documents */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho-gui-util.h"
#include "daicho-print.h"

static void
begin_print_cb (GtkPrintOperation *operation, GtkPrintContext *context, DaichoForm *form)
{
  gtk_print_operation_set_n_pages (operation, (int) daicho_form_paginate (form));
}

static void
draw_page_cb (GtkPrintOperation *operation, GtkPrintContext *context, int page, DaichoForm *form)
{
  /* Full page, in points: the form draws its own margins. */
  daicho_form_draw_page (form, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* A print operation that draws @form (owned by the operation from now on)
 * on A4 in the form's orientation, full page, in points. */
static GtkPrintOperation *
form_operation_new (DaichoForm *form)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup,
                                  daicho_form_get_orientation (form) == DAICHO_FORM_LANDSCAPE
                                    ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                    : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, daicho_form_get_title (form));

  /* The operation holds the form for as long as it draws. */
  g_object_set_data_full (G_OBJECT (operation), "daicho-form", form,
                          (GDestroyNotify) daicho_form_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), form);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), form);
  return operation;
}

gboolean
daicho_print_form_export (DaichoForm *form, const char *pdf_path, GError **error)
{
  g_autoptr(GtkPrintOperation) operation = form_operation_new (form);

  gtk_print_operation_set_export_filename (operation, pdf_path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
daicho_print_form (GtkWidget *parent, DaichoForm *form)
{
  g_autoptr(GtkPrintOperation) operation = form_operation_new (form);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkPrintOperationResult result;

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    daicho_gui_show_error (parent, _("Printing Failed"), error);
}

typedef struct
{
  GtkWidget  *parent;
  DaichoForm *form;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->parent);
  g_clear_pointer (&job->form, daicho_form_free);
  g_free (job);
}

static void
save_response_cb (GtkNativeDialog *chooser, int response, SaveJob *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GError) error = NULL;

      if (daicho_form_write (job->form, path, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Saved %s"), name);
          daicho_gui_toast (job->parent, message);
        }
      else
        daicho_gui_show_error (job->parent, _("The File Was Not Saved"), error);
    }
  save_job_free (job);
  g_object_unref (chooser);
}

void
daicho_save_form (GtkWidget *parent, DaichoForm *form, const char *suggested_name)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean xlsx = g_str_has_suffix (suggested_name, ".xlsx");
  GtkFileChooserNative *chooser;
  SaveJob *job = g_new0 (SaveJob, 1);

  job->parent = g_object_ref (parent);
  job->form = form;

  gtk_file_filter_set_name (filter, xlsx ? _("Excel workbooks") : _("PDF documents"));
  gtk_file_filter_add_pattern (filter, xlsx ? "*.xlsx" : "*.pdf");

  chooser = gtk_file_chooser_native_new (xlsx ? _("Export to Excel") : _("Save as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
daicho_print_form_or_error (GtkWidget *parent, DaichoForm *form, const GError *error,
                            const char *heading)
{
  if (form == NULL)
    daicho_gui_show_error (parent, heading, error);
  else
    daicho_print_form (parent, form);
}

void
daicho_save_form_or_error (GtkWidget *parent, DaichoForm *form, const char *suggested_name,
                           const GError *error, const char *heading)
{
  if (form == NULL)
    daicho_gui_show_error (parent, heading, error);
  else
    daicho_save_form (parent, form, suggested_name);
}
