/* daicho-form-private.h — the DaichoForm model, shared by its renderer and writers
 *
 * The form's fields are read by the layout code (daicho-form-layout.c) and by
 * the xlsx writer (src/export/daicho-form-xlsx.c); only daicho-form.c changes
 * them. Cell text is kept as given: ISO dates and decimal numbers, turned
 * into 和暦 or numbers by each outlet.
 */
#pragma once

#include "daicho/daicho-form.h"

G_BEGIN_DECLS

typedef struct
{
  char              *title;
  double             width_mm;
  DaichoFormAlign    align;
  DaichoFormCellType type;
} DaichoFormColumn;

typedef struct
{
  char *label;
  char *value;
} DaichoFormHeading;

/* Where things go on a page, in points; computed by daicho_form_paginate(). */
typedef struct _DaichoFormLayout DaichoFormLayout;

struct _DaichoForm
{
  char                 *form_number;   /* NULL: none printed */
  char                 *title;
  DaichoFormOrientation orientation;
  GArray               *headings;      /* DaichoFormHeading */
  GPtrArray            *seals;         /* captions */
  GArray               *columns;       /* DaichoFormColumn */
  GStringChunk         *text;          /* every cell's text */
  GPtrArray            *cells;         /* row-major, n_columns per row; NULL for empty */
  guint                 n_rows;
  char                 *note;
  char                 *empty_text;

  DaichoFormLayout     *layout;        /* NULL until paginated, cleared by any change */
};

static inline guint
daicho_form_n_columns (DaichoForm *form)
{
  return form->columns->len;
}

static inline const DaichoFormColumn *
daicho_form_column (DaichoForm *form, guint col)
{
  return &g_array_index (form->columns, DaichoFormColumn, col);
}

/* The text of a cell as added (NULL for empty). */
static inline const char *
daicho_form_cell (DaichoForm *form, guint row, guint col)
{
  return g_ptr_array_index (form->cells, (gsize) row * form->columns->len + col);
}

/* Drops the layout after a change (daicho-form-layout.c). */
void daicho_form_layout_free (DaichoFormLayout *layout);

/* The text a cell shows in print: short 和暦 for dates, the text otherwise.
 * Returns @text itself or a string stored in *@scratch (freed by the caller). */
const char *daicho_form_cell_display (const DaichoFormColumn *column, const char *text,
                                      char **scratch);

/* Shared by the PDF and xlsx writers (daicho-form-pdf.c): the error every
 * failed write reports (DAICHO_ERROR_IO, "Cannot write <path>: <reason>"),
 * the temporary file beside the target, and its rename over the target
 * (removing it when the rename fails). */
void     daicho_form_set_write_error (GError **error, const char *path, const char *reason);
char    *daicho_form_partial_path    (const char *path);
gboolean daicho_form_commit_partial  (const char *partial, const char *path, GError **error);

G_END_DECLS
