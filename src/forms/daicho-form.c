/* daicho-form.c — the DaichoForm model: title, headings, seals, columns, rows
 *
 * Laying the form out on pages and drawing it live in daicho-form-layout.c,
 * the PDF writer in daicho-form-pdf.c and the xlsx writer in
 * src/export/daicho-form-xlsx.c. Every change here drops the page layout, so
 * the next draw or paginate lays the form out again.
 */
#include "config.h"

#include "daicho/daicho-date.h"
#include "daicho-form-private.h"

static void
clear_column (gpointer data)
{
  DaichoFormColumn *column = data;

  g_free (column->title);
}

static void
clear_heading (gpointer data)
{
  DaichoFormHeading *heading = data;

  g_free (heading->label);
  g_free (heading->value);
}

static void
invalidate (DaichoForm *form)
{
  g_clear_pointer (&form->layout, daicho_form_layout_free);
  g_clear_pointer (&form->flow, daicho_form_flow_free);
  /* A table block changes the document it stands in. */
  if (form->parent != NULL)
    invalidate (form->parent);
}

DaichoForm *
daicho_form_new (const char *form_number, const char *title, DaichoFormOrientation orientation)
{
  DaichoForm *form = g_new0 (DaichoForm, 1);

  form->form_number = g_strdup (form_number);
  form->title = g_strdup (title != NULL ? title : "");
  form->orientation = orientation;
  form->headings = g_array_new (FALSE, TRUE, sizeof (DaichoFormHeading));
  g_array_set_clear_func (form->headings, clear_heading);
  form->seals = g_ptr_array_new_with_free_func (g_free);
  form->columns = g_array_new (FALSE, TRUE, sizeof (DaichoFormColumn));
  g_array_set_clear_func (form->columns, clear_column);
  form->text = g_string_chunk_new (64 * 1024);
  form->cells = g_ptr_array_new ();
  return form;
}

void
daicho_form_free (DaichoForm *form)
{
  if (form == NULL)
    return;
  invalidate (form);
  g_free (form->form_number);
  g_free (form->title);
  g_array_unref (form->headings);
  g_ptr_array_unref (form->seals);
  g_array_unref (form->columns);
  g_string_chunk_free (form->text);
  g_ptr_array_unref (form->cells);
  g_free (form->note);
  g_free (form->empty_text);
  if (form->blocks != NULL)
    g_ptr_array_unref (form->blocks);
  g_free (form);
}

void
daicho_form_add_heading (DaichoForm *form, const char *label, const char *value)
{
  DaichoFormHeading heading;

  g_return_if_fail (form != NULL);

  heading.label = g_strdup (label != NULL ? label : "");
  heading.value = g_strdup (value != NULL ? value : "");
  g_array_append_val (form->headings, heading);
  invalidate (form);
}

void
daicho_form_add_seal (DaichoForm *form, const char *caption)
{
  g_return_if_fail (form != NULL);

  g_ptr_array_add (form->seals, g_strdup (caption != NULL ? caption : ""));
  invalidate (form);
}

/* Columns come before rows: a row holds one cell per column added so far. */
void
daicho_form_add_column (DaichoForm        *form,
                        const char        *title,
                        double             width_mm,
                        DaichoFormAlign    align,
                        DaichoFormCellType type)
{
  DaichoFormColumn column;

  g_return_if_fail (form != NULL);
  g_return_if_fail (form->n_rows == 0);

  column.title = g_strdup (title != NULL ? title : "");
  column.width_mm = width_mm > 0 ? width_mm : 10.0;
  column.align = align;
  column.type = type;
  g_array_append_val (form->columns, column);
  invalidate (form);
}

void
daicho_form_add_row (DaichoForm *form, const char * const *cells)
{
  guint n_columns;

  g_return_if_fail (form != NULL);
  g_return_if_fail (cells != NULL);

  n_columns = daicho_form_n_columns (form);
  for (guint col = 0; col < n_columns; col++)
    {
      const char *text = cells[col];

      g_ptr_array_add (form->cells, text != NULL && *text != '\0'
                                    ? g_string_chunk_insert (form->text, text)
                                    : NULL);
    }
  form->n_rows++;
  invalidate (form);
}

void
daicho_form_set_note (DaichoForm *form, const char *note)
{
  g_return_if_fail (form != NULL);

  g_free (form->note);
  form->note = note != NULL && *note != '\0' ? g_strdup (note) : NULL;
  invalidate (form);
}

void
daicho_form_set_empty_text (DaichoForm *form, const char *text)
{
  g_return_if_fail (form != NULL);

  g_free (form->empty_text);
  form->empty_text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  invalidate (form);
}

const char *
daicho_form_get_title (DaichoForm *form)
{
  g_return_val_if_fail (form != NULL, NULL);

  return form->title;
}

DaichoFormOrientation
daicho_form_get_orientation (DaichoForm *form)
{
  g_return_val_if_fail (form != NULL, DAICHO_FORM_PORTRAIT);

  return form->orientation;
}

guint
daicho_form_get_n_rows (DaichoForm *form)
{
  g_return_val_if_fail (form != NULL, 0);

  return form->n_rows;
}

/* A4 is 210 × 297 mm. */
void
daicho_form_get_page_size (DaichoForm *form, double *width, double *height)
{
  const double short_side = 210.0 * 72.0 / 25.4;
  const double long_side = 297.0 * 72.0 / 25.4;
  gboolean landscape;

  g_return_if_fail (form != NULL);

  landscape = form->orientation == DAICHO_FORM_LANDSCAPE;
  if (width != NULL)
    *width = landscape ? long_side : short_side;
  if (height != NULL)
    *height = landscape ? short_side : long_side;
}

const char *
daicho_form_cell_display (const DaichoFormColumn *column, const char *text, char **scratch)
{
  *scratch = NULL;
  if (text == NULL)
    return "";
  if (column->type == DAICHO_FORM_CELL_DATE)
    {
      *scratch = daicho_date_format_iso (text, DAICHO_DATE_WAREKI_SHORT);
      return *scratch;
    }
  return text;
}
