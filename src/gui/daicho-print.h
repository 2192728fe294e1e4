/* daicho-print.h — printing and saving the printable documents
 *
 * One place for every form (the roster, Form No. 1, Form No. 2, minutes):
 * the print dialog with its preview draws pages with daicho_form_draw_page,
 * and "Save as" writes PDF or xlsx by the file's extension.
 */
#pragma once

#include <gtk/gtk.h>

#include "daicho/daicho-form.h"

G_BEGIN_DECLS

/* Opens the print dialog (with preview) for @form, over @parent's window.
 * Takes ownership of @form. */
void daicho_print_form (GtkWidget *parent, DaichoForm *form);

/* Runs the same print operation without a dialog, exporting to @pdf_path:
 * what the printer would receive. Takes ownership of @form. */
gboolean daicho_print_form_export (DaichoForm *form, const char *pdf_path, GError **error);

/* The same, or when @form is NULL (it could not be made) shows @error
 * headed @heading ("Form No. 2 Cannot Be Printed"). */
void daicho_print_form_or_error (GtkWidget *parent, DaichoForm *form, const GError *error,
                                 const char *heading);

/* Asks where to save @form (suggesting @suggested_name, whose extension —
 * .pdf or .xlsx — chooses the format) and writes it, then shows a toast.
 * Takes ownership of @form. */
void daicho_save_form  (GtkWidget *parent, DaichoForm *form, const char *suggested_name);

/* daicho_save_form, or when @form is NULL shows @error headed @heading. */
void daicho_save_form_or_error (GtkWidget *parent, DaichoForm *form, const char *suggested_name,
                                const GError *error, const char *heading);

G_END_DECLS
