/* daicho-form-flow.c — documents: blocks of running text and tables flowing over pages
 *
 * A form given blocks (sections, fields, paragraphs, tables) is a document:
 * the minutes of a meeting, a notice. Its title and headings open the
 * first page; the blocks follow, indented under their section, and flow
 * from page to page. Paginating cuts everything into units that never
 * split — a line of a field or paragraph, a caption, a table's header row,
 * a table row — measures them with Pango on a scratch surface, and places
 * them on pages: a caption stays with what follows it, a table's header
 * row repeats at the top of each page the table continues on. Drawing
 * draws each placed unit with the same fonts and widths, line by line
 * (pango_cairo_show_layout_line), so no text is drawn twice or clipped
 * away: what pdftotext reads is what is printed.
 *
 * The one-table forms are laid out by daicho-form-layout.c, which hands
 * documents over here.
 */
#include "config.h"

#include "daicho-form-private.h"

#define MM             (72.0 / 25.4)
#define MARGIN         (15.0 * MM)   /* as on one-table forms */
#define PADDING        (1.5 * MM)    /* inside table cells */
#define INDENT         (4.0 * MM)    /* per section level */
#define TITLE_GAP      (6.0 * MM)
#define SECTION1_GAP   (4.0 * MM)    /* above a level-1 caption */
#define SECTION2_GAP   (2.5 * MM)
#define CAPTION_GAP    (1.2 * MM)    /* below a caption */
#define TEXT_GAP       (1.2 * MM)    /* below a field or a paragraph */
#define TABLE_GAP      (3.0 * MM)    /* below a table's last row or its note */
#define RULE_WIDTH     0.5
#define HEADER_GRAY    0.85

#define SIZE_NUMBER    9.0
#define SIZE_TITLE     16.0
#define SIZE_SECTION1  12.0
#define SIZE_TEXT      10.5
#define SIZE_TABLE     9.0
#define SIZE_FOOTER    9.0

/* What is laid out: a run of text (a caption, a field, a paragraph, a
 * table's empty text or note) or a table. The headings come first, as
 * fields. Strings are borrowed from the form. */
typedef struct
{
  DaichoForm *table;          /* NULL: text */
  const char *label;          /* a field's label */
  const char *text;
  double      indent;
  double      size;
  gboolean    bold;
  double      before;         /* space above, dropped at the top of a page */
  double      after;          /* space below */
  gboolean    keep;           /* a caption: stays with what follows */

  /* Measured: lines of text (top, height, baseline from the layout's top,
   * x offset), or a table's column edges and row heights. */
  GArray     *lines;
  double     *column_x;
  double      header_height;
  double     *row_height;
  guint       header_unit;
} View;

typedef struct
{
  double top;
  double height;
  double baseline;
  double x;
} Line;

typedef enum {
  UNIT_LINE,
  UNIT_HEADER,
  UNIT_ROW,
} UnitKind;

typedef struct
{
  guint    view;
  guint    index;             /* the line or the row */
  UnitKind kind;
  gboolean keep;              /* stays on the page of the next unit */
  double   before;
  double   height;
} Unit;

typedef struct
{
  guint  unit;
  double y;                   /* the unit's top */
} Placement;

struct _DaichoFormFlow
{
  double  page_width;
  double  page_height;
  double  content_width;
  double  label_width;        /* a field's value starts this far right of its indent */
  double  title_y;
  double  first_top;          /* where the blocks begin on page 1 */
  GArray *views;              /* View */
  GArray *units;              /* Unit */
  GArray *placements;         /* Placement, page by page */
  GArray *page_starts;        /* guint: first placement of each page, then the end */
};

/* Fonts bound to one PangoContext made for one cairo_t. */
typedef struct
{
  PangoContext         *context;
  PangoFontDescription *gothic;
  PangoFontDescription *title;
  PangoLayout          *scratch;
} Painter;

/* Blocks */

static void
block_free (gpointer data)
{
  DaichoFormBlock *block = data;

  g_free (block->label);
  g_free (block->text);
  if (block->table != NULL)
    {
      block->table->parent = NULL;
      daicho_form_free (block->table);
    }
  g_free (block);
}

static DaichoFormBlock *
add_block (DaichoForm *form, DaichoFormBlockKind kind, const char *label, const char *text)
{
  DaichoFormBlock *block = g_new0 (DaichoFormBlock, 1);
  int level = 0;

  if (form->blocks == NULL)
    form->blocks = g_ptr_array_new_with_free_func (block_free);
  for (guint i = form->blocks->len; i > 0; i--)
    {
      DaichoFormBlock *before = g_ptr_array_index (form->blocks, i - 1);

      /* A table ends its section: what follows it stands at the margin. */
      if (before->kind == DAICHO_FORM_BLOCK_TABLE)
        break;
      if (before->kind == DAICHO_FORM_BLOCK_SECTION)
        {
          level = before->level;
          break;
        }
    }
  block->kind = kind;
  block->level = level;
  block->label = g_strdup (label);
  block->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (form->blocks, block);
  g_clear_pointer (&form->flow, daicho_form_flow_free);
  g_clear_pointer (&form->layout, daicho_form_layout_free);
  return block;
}

void
daicho_form_add_section (DaichoForm *form, int level, const char *caption)
{
  g_return_if_fail (form != NULL);

  add_block (form, DAICHO_FORM_BLOCK_SECTION, NULL, caption)->level = CLAMP (level, 1, 2);
}

void
daicho_form_add_field (DaichoForm *form, const char *label, const char *value)
{
  g_return_if_fail (form != NULL);

  add_block (form, DAICHO_FORM_BLOCK_FIELD, label != NULL ? label : "", value);
}

void
daicho_form_add_paragraph (DaichoForm *form, const char *text)
{
  g_return_if_fail (form != NULL);

  add_block (form, DAICHO_FORM_BLOCK_PARAGRAPH, NULL, text);
}

DaichoForm *
daicho_form_add_table (DaichoForm *form, const char *caption)
{
  DaichoFormBlock *block;

  g_return_val_if_fail (form != NULL, NULL);

  block = add_block (form, DAICHO_FORM_BLOCK_TABLE, caption, NULL);
  block->table = daicho_form_new (NULL, caption, form->orientation);
  block->table->parent = form;
  return block->table;
}

/* Views */

static void
view_clear (gpointer data)
{
  View *view = data;

  if (view->lines != NULL)
    g_array_unref (view->lines);
  g_free (view->column_x);
  g_free (view->row_height);
}

void
daicho_form_flow_free (DaichoFormFlow *flow)
{
  g_array_unref (flow->views);
  g_array_unref (flow->units);
  g_array_unref (flow->placements);
  g_array_unref (flow->page_starts);
  g_free (flow);
}

static View *
add_text_view (GArray *views, const char *label, const char *text, double indent, double size,
               gboolean bold, double before, double after, gboolean keep)
{
  View view = {
    .label = label, .text = text, .indent = indent, .size = size, .bold = bold,
    .before = before, .after = after, .keep = keep,
  };

  g_array_append_val (views, view);
  return &g_array_index (views, View, views->len - 1);
}

/* The headings, then each block, as views. */
static GArray *
make_views (DaichoForm *form)
{
  GArray *views = g_array_new (FALSE, TRUE, sizeof (View));

  g_array_set_clear_func (views, view_clear);
  for (guint i = 0; i < form->headings->len; i++)
    {
      const DaichoFormHeading *h = &g_array_index (form->headings, DaichoFormHeading, i);

      add_text_view (views, h->label, h->value, 0, SIZE_TEXT, FALSE, 0, TEXT_GAP, FALSE);
    }
  for (guint i = 0; i < form->blocks->len; i++)
    {
      DaichoFormBlock *b = g_ptr_array_index (form->blocks, i);
      double indent = INDENT * b->level;
      DaichoForm *t = b->table;

      switch (b->kind)
        {
        case DAICHO_FORM_BLOCK_SECTION:
          add_text_view (views, NULL, b->text, INDENT * (b->level - 1),
                         b->level == 1 ? SIZE_SECTION1 : SIZE_TEXT, TRUE,
                         b->level == 1 ? SECTION1_GAP : SECTION2_GAP, CAPTION_GAP, TRUE);
          break;
        case DAICHO_FORM_BLOCK_FIELD:
          add_text_view (views, b->label, b->text, indent, SIZE_TEXT, FALSE, 0, TEXT_GAP, FALSE);
          break;
        case DAICHO_FORM_BLOCK_PARAGRAPH:
          add_text_view (views, NULL, b->text, indent, SIZE_TEXT, FALSE, 0, TEXT_GAP, FALSE);
          break;
        case DAICHO_FORM_BLOCK_TABLE:
        default:
          /* The caption reads as a main section's. */
          if (b->label != NULL && *b->label != '\0')
            add_text_view (views, NULL, b->label, 0, SIZE_SECTION1, TRUE, SECTION1_GAP,
                           CAPTION_GAP, TRUE);
          if (t->n_rows > 0 && daicho_form_n_columns (t) > 0)
            {
              View view = { .table = t, .after = TABLE_GAP };

              g_array_append_val (views, view);
            }
          else if (t->empty_text != NULL)
            add_text_view (views, NULL, t->empty_text, 0, SIZE_TEXT, FALSE, 0, TEXT_GAP, FALSE);
          if (t->note != NULL)
            add_text_view (views, NULL, t->note, 0, SIZE_TEXT, FALSE, 0, TABLE_GAP, FALSE);
          break;
        }
    }
  return views;
}

/* Painting */

static void
painter_init (Painter *painter, cairo_t *cr)
{
  painter->context = daicho_form_context_new (cr);
  painter->gothic = pango_font_description_new ();
  painter->title = pango_font_description_new ();
  pango_font_description_set_family (painter->gothic, DAICHO_FORM_GOTHIC_FAMILIES);
  pango_font_description_set_family (painter->title, DAICHO_FORM_MINCHO_FAMILIES);
  pango_font_description_set_weight (painter->title, PANGO_WEIGHT_BOLD);
  pango_font_description_set_size (painter->title, (int) (SIZE_TITLE * PANGO_SCALE));
  painter->scratch = pango_layout_new (painter->context);
}

static void
painter_clear (Painter *painter)
{
  g_object_unref (painter->scratch);
  pango_font_description_free (painter->gothic);
  pango_font_description_free (painter->title);
  g_object_unref (painter->context);
}

static double
points (int pango_units)
{
  return (double) pango_units / PANGO_SCALE;
}

/* A new layout of @text in the gothic family, wrapped at @width (<= 0: not wrapped). */
static PangoLayout *
text_layout (Painter *painter, const char *text, double size, gboolean bold, double width,
             PangoAlignment align)
{
  PangoLayout *layout = pango_layout_new (painter->context);
  PangoFontDescription *font = pango_font_description_copy_static (painter->gothic);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* A little air between wrapped lines of Japanese. */
  pango_layout_set_spacing (layout, (int) (size * 0.25 * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}


static double
value_x (const DaichoFormFlow *flow, const View *view)
{
  return MARGIN + view->indent + (view->label != NULL ? flow->label_width : 0);
}

static PangoLayout *
view_layout (Painter *painter, const DaichoFormFlow *flow, const View *view)
{
  double width = flow->content_width - (value_x (flow, view) - MARGIN);

  return text_layout (painter, view->text, view->size, view->bold, MAX (width, 10.0),
                      PANGO_ALIGN_LEFT);
}

static PangoLayout *
title_layout (Painter *painter, DaichoForm *form, const DaichoFormFlow *flow)
{
  PangoLayout *layout = pango_layout_new (painter->context);

  pango_layout_set_font_description (layout, painter->title);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_width (layout, (int) (flow->content_width * PANGO_SCALE));
  pango_layout_set_text (layout, form->title, -1);
  return layout;
}

/* Tables */

static double
cell_width (const View *view, guint col)
{
  return MAX (1.0, view->column_x[col + 1] - view->column_x[col] - 2 * PADDING);
}

/* One layout per column (cell text reuses it), and one for the header cells. */
static PangoLayout **
column_layouts (Painter *painter, const View *view)
{
  guint n = daicho_form_n_columns (view->table);
  PangoLayout **layouts = g_new0 (PangoLayout *, n + 1);

  for (guint col = 0; col < n; col++)
    {
      const DaichoFormColumn *column = daicho_form_column (view->table, col);
      PangoAlignment align = column->align == DAICHO_FORM_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                             : column->align == DAICHO_FORM_ALIGN_END  ? PANGO_ALIGN_RIGHT
                                                                       : PANGO_ALIGN_LEFT;

      layouts[col] = text_layout (painter, "", SIZE_TABLE, FALSE, cell_width (view, col), align);
      pango_layout_set_spacing (layouts[col], (int) (SIZE_TABLE * 0.15 * PANGO_SCALE));
    }
  layouts[n] = text_layout (painter, "", SIZE_TABLE, TRUE, -1, PANGO_ALIGN_CENTER);
  return layouts;
}

static void
column_layouts_free (PangoLayout **layouts, guint n)
{
  for (guint col = 0; col <= n; col++)
    g_object_unref (layouts[col]);
  g_free (layouts);
}

/* The layout of cell (@row, @col), or of the header cell when @row is G_MAXUINT. */
static PangoLayout *
cell_layout (PangoLayout **layouts, const View *view, guint row, guint col)
{
  DaichoForm *t = view->table;
  const DaichoFormColumn *column = daicho_form_column (t, col);
  g_autofree char *scratch = NULL;
  PangoLayout *layout;

  if (row == G_MAXUINT)
    {
      layout = layouts[daicho_form_n_columns (t)];
      pango_layout_set_width (layout, (int) (cell_width (view, col) * PANGO_SCALE));
      pango_layout_set_text (layout, column->title, -1);
      return layout;
    }
  layout = layouts[col];
  pango_layout_set_text (layout, daicho_form_cell_display (column, daicho_form_cell (t, row, col),
                                                           &scratch), -1);
  return layout;
}

static void
measure_table (Painter *painter, DaichoFormFlow *flow, View *view)
{
  DaichoForm *t = view->table;
  guint n = daicho_form_n_columns (t);
  PangoLayout **layouts;

  view->column_x = daicho_form_column_edges (t, MARGIN, flow->content_width);

  layouts = column_layouts (painter, view);
  view->header_height = 0;
  for (guint col = 0; col < n; col++)
    {
      PangoLayout *header = cell_layout (layouts, view, G_MAXUINT, col);
      view->header_height = MAX (view->header_height, daicho_form_text_height (header));
    }
  view->header_height += 2 * PADDING;
  view->row_height = g_new0 (double, t->n_rows);
  for (guint row = 0; row < t->n_rows; row++)
    {
      double height = daicho_form_text_height (cell_layout (layouts, view, row, 0));

      for (guint col = 1; col < n; col++)
        {
          PangoLayout *cell = cell_layout (layouts, view, row, col);
          height = MAX (height, daicho_form_text_height (cell));
        }
      view->row_height[row] = height + 2 * PADDING;
    }
  column_layouts_free (layouts, n);
}

/* Draws the header row (@row G_MAXUINT) or row @row of @view's table with its rules. */
static void
draw_row (cairo_t *cr, PangoLayout **layouts, const View *view, guint row, double y,
          double bottom)
{
  guint n = daicho_form_n_columns (view->table);
  gboolean header = row == G_MAXUINT;
  double height = header ? view->header_height : view->row_height[row];
  double left = view->column_x[0], right = view->column_x[n];

  cairo_save (cr);
  cairo_rectangle (cr, 0, y, right + MARGIN, MIN (height, bottom - y));
  cairo_clip (cr);
  if (header)
    {
      cairo_set_source_rgb (cr, HEADER_GRAY, HEADER_GRAY, HEADER_GRAY);
      cairo_rectangle (cr, left, y, right - left, height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  for (guint col = 0; col < n; col++)
    {
      PangoLayout *cell = cell_layout (layouts, view, row, col);
      double offset = MAX (PADDING, (height - daicho_form_text_height (cell)) / 2);

      if (pango_layout_get_character_count (cell) == 0)
        continue;
      cairo_move_to (cr, view->column_x[col] + PADDING, y + offset);
      pango_cairo_show_layout (cr, cell);
    }
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_rectangle (cr, left, y, right - left, height);
  for (guint col = 1; col < n; col++)
    {
      cairo_move_to (cr, view->column_x[col], y);
      cairo_line_to (cr, view->column_x[col], y + height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Pagination */

static void
add_unit (DaichoFormFlow *flow, guint view, guint index, UnitKind kind, gboolean keep,
          double before, double height)
{
  Unit unit = { view, index, kind, keep, before, height };

  g_array_append_val (flow->units, unit);
}

/* Measures @view's lines (or rows) and adds its units. */
static void
measure_view (Painter *painter, DaichoFormFlow *flow, guint v)
{
  View *view = &g_array_index (flow->views, View, v);

  if (view->table != NULL)
    {
      guint n_rows = view->table->n_rows;

      measure_table (painter, flow, view);
      view->header_unit = flow->units->len;
      add_unit (flow, v, G_MAXUINT, UNIT_HEADER, TRUE, 0, view->header_height);
      for (guint row = 0; row < n_rows; row++)
        add_unit (flow, v, row, UNIT_ROW, FALSE, 0,
                  view->row_height[row] + (row + 1 == n_rows ? view->after : 0));
      return;
    }
  {
    g_autoptr(PangoLayout) layout = view_layout (painter, flow, view);
    PangoLayoutIter *iter = pango_layout_get_iter (layout);
    guint n_lines = pango_layout_get_line_count (layout);
    guint i = 0;

    view->lines = g_array_new (FALSE, TRUE, sizeof (Line));
    do
      {
        PangoRectangle logical;
        int y0, y1;
        Line line;

        pango_layout_iter_get_line_yrange (iter, &y0, &y1);
        pango_layout_iter_get_line_extents (iter, NULL, &logical);
        line.top = points (y0);
        line.height = points (y1 - y0);
        line.baseline = points (pango_layout_iter_get_baseline (iter));
        line.x = points (logical.x);
        g_array_append_val (view->lines, line);
        add_unit (flow, v, i, UNIT_LINE, view->keep && i + 1 == n_lines,
                  i == 0 ? view->before : 0, line.height + (i + 1 == n_lines ? view->after : 0));
        i++;
      }
    while (pango_layout_iter_next_line (iter));
    pango_layout_iter_free (iter);
  }
}

static void
place (DaichoFormFlow *flow, guint unit, double y)
{
  Placement placement = { unit, y };

  g_array_append_val (flow->placements, placement);
}

/* Units on pages, top to bottom: a unit that does not fit starts the next
 * page, and so does a chain of kept units (a caption, a header row) that
 * would end a page without what follows it; a table continuing on a new
 * page repeats its header row there. */
static void
break_pages (DaichoFormFlow *flow)
{
  double bottom = flow->page_height - MARGIN;
  double top = flow->first_top;
  double y = top;
  guint zero = 0;

  g_array_append_val (flow->page_starts, zero);
  for (guint u = 0; u < flow->units->len; u++)
    {
      const Unit *unit = &g_array_index (flow->units, Unit, u);
      double need = (y > top ? unit->before : 0) + unit->height;

      for (guint k = u; k + 1 < flow->units->len && g_array_index (flow->units, Unit, k).keep; k++)
        {
          const Unit *next = &g_array_index (flow->units, Unit, k + 1);
          need += next->before + next->height;
        }
      if (y > top && y + need > bottom)
        {
          guint start = flow->placements->len;

          g_array_append_val (flow->page_starts, start);
          y = top = MARGIN;
          if (unit->kind == UNIT_ROW)
            {
              const View *view = &g_array_index (flow->views, View, unit->view);

              place (flow, view->header_unit, y);
              y += view->header_height;
            }
        }
      if (y > top)
        y += unit->before;
      place (flow, u, y);
      y += unit->height;
    }
  g_array_append_val (flow->page_starts, flow->placements->len);
}

guint
daicho_form_flow_paginate (DaichoForm *form)
{
  DaichoFormFlow *flow;
  cairo_surface_t *surface;
  cairo_t *cr;
  Painter painter;

  if (form->flow != NULL)
    return form->flow->page_starts->len - 1;

  flow = g_new0 (DaichoFormFlow, 1);
  daicho_form_get_page_size (form, &flow->page_width, &flow->page_height);
  flow->content_width = flow->page_width - 2 * MARGIN;
  flow->views = make_views (form);
  flow->units = g_array_new (FALSE, FALSE, sizeof (Unit));
  flow->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  flow->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  painter_init (&painter, cr);

  /* Labels share one column: the widest and a full-width space. */
  for (guint v = 0; v < flow->views->len; v++)
    {
      const View *view = &g_array_index (flow->views, View, v);

      if (view->label != NULL)
        {
          g_autoptr(PangoLayout) label = text_layout (&painter, view->label, view->size, FALSE,
                                                      -1, PANGO_ALIGN_LEFT);
          flow->label_width = MAX (flow->label_width,
                                   daicho_form_text_width (label) + view->size);
        }
    }
  flow->title_y = MARGIN;
  if (form->form_number != NULL)
    {
      g_autoptr(PangoLayout) number = text_layout (&painter, form->form_number, SIZE_NUMBER,
                                                   FALSE, -1, PANGO_ALIGN_LEFT);
      flow->title_y += daicho_form_text_height (number) + 2.0;
    }
  {
    g_autoptr(PangoLayout) title = title_layout (&painter, form, flow);
    flow->first_top = flow->title_y + daicho_form_text_height (title) + TITLE_GAP;
  }
  for (guint v = 0; v < flow->views->len; v++)
    measure_view (&painter, flow, v);
  break_pages (flow);

  painter_clear (&painter);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  form->flow = flow;
  return flow->page_starts->len - 1;
}

/* Drawing */

static void
draw_line (cairo_t *cr, PangoLayout *layout, const DaichoFormFlow *flow, const View *view,
           guint index, double y, Painter *painter)
{
  const Line *line = &g_array_index (view->lines, Line, index);
  double baseline = y + line->baseline - line->top;

  /* The label first, so the text reads "label value" when extracted. */
  if (index == 0 && view->label != NULL)
    {
      g_autoptr(PangoLayout) label = text_layout (painter, view->label, view->size, FALSE, -1,
                                                  PANGO_ALIGN_LEFT);

      cairo_move_to (cr, MARGIN + view->indent, baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (label, 0));
    }
  cairo_move_to (cr, value_x (flow, view) + line->x, baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, index));
}

void
daicho_form_flow_draw_page (DaichoForm *form, cairo_t *cr, guint page)
{
  const DaichoFormFlow *flow;
  PangoLayout *text = NULL;
  PangoLayout **columns = NULL;
  guint text_view = G_MAXUINT, table_view = G_MAXUINT;
  guint first, end;
  Painter painter;

  daicho_form_flow_paginate (form);
  flow = form->flow;
  first = g_array_index (flow->page_starts, guint, page);
  end = g_array_index (flow->page_starts, guint, page + 1);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  painter_init (&painter, cr);

  if (page == 0)
    {
      g_autoptr(PangoLayout) title = title_layout (&painter, form, flow);

      if (form->form_number != NULL)
        {
          g_autoptr(PangoLayout) number = text_layout (&painter, form->form_number, SIZE_NUMBER,
                                                       FALSE, -1, PANGO_ALIGN_LEFT);
          cairo_move_to (cr, MARGIN, MARGIN);
          pango_cairo_show_layout (cr, number);
        }
      cairo_move_to (cr, MARGIN, flow->title_y);
      pango_cairo_show_layout (cr, title);
    }

  /* Placements come view by view: one layout for the view being drawn. */
  for (guint p = first; p < end; p++)
    {
      const Placement *placement = &g_array_index (flow->placements, Placement, p);
      const Unit *unit = &g_array_index (flow->units, Unit, placement->unit);
      const View *view = &g_array_index (flow->views, View, unit->view);

      if (unit->kind == UNIT_LINE)
        {
          if (text_view != unit->view)
            {
              g_clear_object (&text);
              text = view_layout (&painter, flow, view);
              text_view = unit->view;
            }
          draw_line (cr, text, flow, view, unit->index, placement->y, &painter);
          continue;
        }
      if (table_view != unit->view)
        {
          if (columns != NULL)
            column_layouts_free (columns, daicho_form_n_columns (
                                   g_array_index (flow->views, View, table_view).table));
          columns = column_layouts (&painter, view);
          table_view = unit->view;
        }
      draw_row (cr, columns, view, unit->index, placement->y, flow->page_height - MARGIN);
    }
  g_clear_object (&text);
  if (columns != NULL)
    column_layouts_free (columns, daicho_form_n_columns (
                           g_array_index (flow->views, View, table_view).table));

  {
    g_autofree char *footer = g_strdup_printf ("%u / %u", page + 1,
                                               flow->page_starts->len - 1);
    g_autoptr(PangoLayout) layout = text_layout (&painter, footer, SIZE_FOOTER, FALSE,
                                                 flow->content_width, PANGO_ALIGN_CENTER);

    cairo_move_to (cr, MARGIN, flow->page_height - MARGIN + 4.0);
    pango_cairo_show_layout (cr, layout);
  }
  painter_clear (&painter);
  cairo_restore (cr);
}
