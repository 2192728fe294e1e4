/* daicho-form-private.h — the DaichoForm model, shared by its renderer and writers
 *
 * The form's fields are read by the layout code (daicho-form-layout.c) and by
 * the xlsx writer (src/export/daicho-form-xlsx.c); only daicho-form.c changes
 * them. Cell text is kept as given: ISO dates and decimal numbers, turned
 * into 和暦 or numbers by each outlet.
 */
#pragma once

#include <pango/pangocairo.h>

#include "daicho/daicho-form.h"

G_BEGIN_DECLS

/* Families in order: what Debian ships, then what office PCs have. */
#define DAICHO_FORM_GOTHIC_FAMILIES \
  "IPAexGothic,Noto Sans CJK JP,Yu Gothic,Meiryo,MS Gothic,sans-serif"
#define DAICHO_FORM_MINCHO_FAMILIES \
  "IPAexMincho,Noto Serif CJK JP,Yu Mincho,MS Mincho,serif"

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

/* A document's blocks (daicho-form-flow.c): after the headings, in order. */
typedef enum {
  DAICHO_FORM_BLOCK_SECTION,     /* a bold caption; @level 1 or 2 */
  DAICHO_FORM_BLOCK_FIELD,       /* @label and its value @text, wrapped */
  DAICHO_FORM_BLOCK_PARAGRAPH,   /* @text, wrapped */
  DAICHO_FORM_BLOCK_TABLE,       /* @table's columns and rows under the caption @label */
} DaichoFormBlockKind;

typedef struct
{
  DaichoFormBlockKind kind;
  int                 level;     /* of the section it follows (0: none yet) */
  char               *label;
  char               *text;
  DaichoForm         *table;     /* owned; its parent is the document */
} DaichoFormBlock;

/* Where a document's blocks go on its pages (daicho-form-flow.c). */
typedef struct _DaichoFormFlow DaichoFormFlow;

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

  /* Documents only (daicho-form-flow.c): NULL for a form of one table. */
  GPtrArray            *blocks;        /* DaichoFormBlock */
  DaichoFormFlow       *flow;          /* NULL until paginated, cleared by any change */
  DaichoForm           *parent;        /* a table block's document, or NULL */
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

/* A PangoContext for @cr measuring in points, the same on any surface
 * (daicho-form-layout.c): every outlet lays text out with it. */
PangoContext *daicho_form_context_new (cairo_t *cr);

/* The n_columns + 1 edges of @form's columns sharing @width from @left in
 * proportion to their width_mm (daicho-form-layout.c). g_free() them. */
double *daicho_form_column_edges (DaichoForm *form, double left, double width);

/* The size of @layout's text in points (daicho-form-layout.c). */
double daicho_form_text_height (PangoLayout *layout);
double daicho_form_text_width  (PangoLayout *layout);

/* Documents (daicho-form-flow.c): paginating and drawing a form that has
 * blocks, dropping its flow, freeing its blocks. */
guint daicho_form_flow_paginate  (DaichoForm *form);
void  daicho_form_flow_draw_page (DaichoForm *form, cairo_t *cr, guint page);
void  daicho_form_flow_free      (DaichoFormFlow *flow);

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
