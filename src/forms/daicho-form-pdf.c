/* daicho-form-pdf.c — a DaichoForm as a PDF file, and the writer chosen by extension
 *
 * The PDF is drawn page by page with daicho_form_draw_page(), the function
 * the print dialog and the tests call too. PangoCairo puts the text in as
 * text (selectable, searchable) and cairo embeds subsets of the fonts.
 *
 * Never half-written: the PDF goes to "<path>.partial" beside the target
 * (same folder, so same file system) and is renamed over @path only when
 * every byte is on disk; on any failure the partial file is removed.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "daicho/daicho-error.h"
#include "daicho-form-private.h"

void
daicho_form_set_write_error (GError **error, const char *path, const char *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_IO, _("Cannot write %s: %s"), display, reason);
}

char *
daicho_form_partial_path (const char *path)
{
  return g_strconcat (path, ".partial", NULL);
}

gboolean
daicho_form_commit_partial (const char *partial, const char *path, GError **error)
{
  if (g_rename (partial, path) != 0)
    {
      int saved = errno;

      daicho_form_set_write_error (error, path, g_strerror (saved));
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  FILE *file;
  int   error;   /* the first errno of a failed write, 0 while all is well */
} PdfStream;

static cairo_status_t
write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  PdfStream *stream = closure;

  if (stream->error == 0 && fwrite (data, 1, length, stream->file) != length)
    stream->error = errno != 0 ? errno : EIO;
  return stream->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Draws every page on a PDF surface writing to @stream; returns cairo's
 * verdict after finishing the surface. */
static cairo_status_t
render_pdf (DaichoForm *form, PdfStream *stream)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width;
  double height;
  guint n_pages = daicho_form_paginate (form);

  daicho_form_get_page_size (form, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, stream, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, form->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Daicho");
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; page++)
    {
      daicho_form_draw_page (form, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
daicho_form_write_pdf (DaichoForm *form, const char *path, GError **error)
{
  g_autofree char *partial = NULL;
  PdfStream stream = { NULL, 0 };
  cairo_status_t status;
  int saved;

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  partial = daicho_form_partial_path (path);
  stream.file = g_fopen (partial, "wb");
  if (stream.file == NULL)
    {
      saved = errno;
      daicho_form_set_write_error (error, path, g_strerror (saved));
      return FALSE;
    }

  status = render_pdf (form, &stream);
  if (fclose (stream.file) != 0 && stream.error == 0)
    stream.error = errno != 0 ? errno : EIO;

  if (stream.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      daicho_form_set_write_error (error, path, stream.error != 0
                                                ? g_strerror (stream.error)
                                                : cairo_status_to_string (status));
      g_unlink (partial);
      return FALSE;
    }
  return daicho_form_commit_partial (partial, path, error);
}

gboolean
daicho_form_write (DaichoForm *form, const char *path, GError **error)
{
  g_autofree char *lower = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    return daicho_form_write_pdf (form, path, error);
  if (g_str_has_suffix (lower, ".xlsx"))
    return daicho_form_write_xlsx (form, path, error);

  display = g_filename_display_name (path);
  g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
               _("Cannot save %s: the file name must end in .pdf or .xlsx."), display);
  return FALSE;
}
