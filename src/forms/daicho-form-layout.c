/* daicho-form-layout.c — laying a DaichoForm out on A4 pages and drawing them
 *
 * One renderer for every outlet: daicho_form_paginate() measures the page
 * header and every row with Pango on a scratch image surface, and
 * daicho_form_draw_page() draws with the same code, fonts and layout
 * settings on the caller's cairo_t (a PDF page, a print context, a test
 * surface). Both set the Pango resolution to 72 dpi, so a point of text is a
 * point on paper, and turn off metric hinting and glyph-position rounding,
 * so text measures the same on every surface.
 *
 * The page, top to bottom: the form number (small, left), the title
 * (centred, bold), the heading lines on the left with the seal boxes on the
 * right (drawn on the first page only; the space is kept on every page so
 * the table starts at the same height), the table with its header row, and
 * "1 / N" in the bottom margin. The note follows the table on the last page.
 *
 * Speed: one PangoLayout per column is reused for every cell of that column
 * (creating layouts costs more than setting their text), and row heights are
 * measured once per paginate and kept for drawing.
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "daicho-form-private.h"

#define MM                (72.0 / 25.4)
#define MARGIN            (15.0 * MM)
#define CELL_PADDING      (1.5 * MM)
#define SEAL_SIZE         (20.0 * MM)
#define RULE_WIDTH        0.5
#define HEADER_GRAY       0.85
#define BLOCK_GAP         (5.0 * MM)   /* title → headings → table */
#define NOTE_GAP          (3.0 * MM)
#define HEADING_LEADING   3.0          /* between heading lines */
#define MANY_COLUMNS      10           /* more than this: 8 pt table text */

#define SIZE_FORM_NUMBER  9.0
#define SIZE_TITLE        16.0
#define SIZE_HEADING      10.5
#define SIZE_SEAL         7.0
#define SIZE_NOTE         10.0
#define SIZE_FOOTER       9.0

#define GOTHIC_FAMILIES   DAICHO_FORM_GOTHIC_FAMILIES
#define MINCHO_FAMILIES   DAICHO_FORM_MINCHO_FAMILIES

struct _DaichoFormLayout
{
  double  page_width;
  double  page_height;
  double  content_width;
  double  table_font_size;
  double *column_x;         /* n_columns + 1 edges */

  double  title_y;
  double  block_y;          /* headings and seals */
  double  heading_value_x;  /* labels from MARGIN, values from here */
  double  heading_width;    /* labels and values together */
  double  seal_width;
  double  seal_caption_height;
  double  table_top;
  double  table_bottom;
  double  header_height;

  double *row_height;       /* n_rows */
  guint  *page_first_row;   /* n_pages + 1: page p has rows [p], …, [p + 1] - 1 */
  guint   n_pages;
  double  note_y;           /* on the last page */
};

/* Fonts and layouts bound to one PangoContext made for one cairo_t. */
typedef struct
{
  PangoContext         *context;
  PangoFontDescription *gothic;
  PangoFontDescription *gothic_bold;
  PangoFontDescription *title;
  PangoLayout         **cells;   /* one per column, width and alignment set */
  PangoLayout          *header;  /* header cells: bold, centred; width set per cell */
  PangoLayout          *text;    /* everything else */
} Painter;

void
daicho_form_layout_free (DaichoFormLayout *layout)
{
  g_free (layout->column_x);
  g_free (layout->row_height);
  g_free (layout->page_first_row);
  g_free (layout);
}

static PangoFontDescription *
font_new (const char *families, PangoWeight weight, double size)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, families);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  return font;
}

static double
to_points (int pango_units)
{
  return (double) pango_units / PANGO_SCALE;
}

/* A PangoContext for @cr that measures in points and the same on any surface. */
static PangoContext *
context_new (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("ja-jp"));
  return context;
}

PangoContext *
daicho_form_context_new (cairo_t *cr)
{
  return context_new (cr);
}

static PangoLayout *
layout_new (Painter *painter, const PangoFontDescription *font, double width, PangoAlignment align)
{
  PangoLayout *layout = pango_layout_new (painter->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  return layout;
}

static PangoAlignment
pango_alignment (DaichoFormAlign align)
{
  switch (align)
    {
    case DAICHO_FORM_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case DAICHO_FORM_ALIGN_END:
      return PANGO_ALIGN_RIGHT;
    case DAICHO_FORM_ALIGN_START:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

static double
inner_width (const DaichoFormLayout *layout, guint col)
{
  return MAX (1.0, layout->column_x[col + 1] - layout->column_x[col] - 2 * CELL_PADDING);
}

static void
painter_init (Painter *painter, DaichoForm *form, const DaichoFormLayout *layout, cairo_t *cr)
{
  guint n_columns = daicho_form_n_columns (form);
  double size = layout->table_font_size;

  painter->context = context_new (cr);
  painter->gothic = font_new (GOTHIC_FAMILIES, PANGO_WEIGHT_NORMAL, size);
  painter->gothic_bold = font_new (GOTHIC_FAMILIES, PANGO_WEIGHT_BOLD, size);
  painter->title = font_new (MINCHO_FAMILIES, PANGO_WEIGHT_BOLD, SIZE_TITLE);
  painter->cells = g_new0 (PangoLayout *, n_columns);
  for (guint col = 0; col < n_columns; col++)
    {
      painter->cells[col] = layout_new (painter, painter->gothic, inner_width (layout, col),
                                        pango_alignment (daicho_form_column (form, col)->align));
      /* A little air between wrapped lines of Japanese. */
      pango_layout_set_spacing (painter->cells[col], (int) (size * 0.15 * PANGO_SCALE));
    }
  painter->header = layout_new (painter, painter->gothic_bold, -1, PANGO_ALIGN_CENTER);
  pango_layout_set_spacing (painter->header, (int) (size * 0.15 * PANGO_SCALE));
  painter->text = layout_new (painter, painter->gothic, -1, PANGO_ALIGN_LEFT);
}

static void
painter_clear (Painter *painter, DaichoForm *form)
{
  for (guint col = 0; col < daicho_form_n_columns (form); col++)
    g_object_unref (painter->cells[col]);
  g_free (painter->cells);
  g_object_unref (painter->header);
  g_object_unref (painter->text);
  pango_font_description_free (painter->gothic);
  pango_font_description_free (painter->gothic_bold);
  pango_font_description_free (painter->title);
  g_object_unref (painter->context);
}

/* Sets the general-purpose layout up for one piece of text. @width <= 0:
 * no wrapping. */
static PangoLayout *
painter_text (Painter        *painter,
              const char     *text,
              double          size,
              gboolean        bold,
              double          width,
              PangoAlignment  align)
{
  PangoLayout *layout = painter->text;
  PangoFontDescription *font = pango_font_description_copy_static (bold ? painter->gothic_bold
                                                                        : painter->gothic);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static PangoLayout *
painter_title (Painter *painter, DaichoForm *form, const DaichoFormLayout *layout)
{
  pango_layout_set_font_description (painter->text, painter->title);
  pango_layout_set_width (painter->text, (int) (layout->content_width * PANGO_SCALE));
  pango_layout_set_alignment (painter->text, PANGO_ALIGN_CENTER);
  pango_layout_set_text (painter->text, form->title, -1);
  return painter->text;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return to_points (height);
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return to_points (width);
}

double
daicho_form_text_height (PangoLayout *layout)
{
  return layout_height (layout);
}

double
daicho_form_text_width (PangoLayout *layout)
{
  return layout_width (layout);
}

static PangoLayout *
painter_header_cell (Painter *painter, DaichoForm *form, const DaichoFormLayout *layout, guint col)
{
  pango_layout_set_width (painter->header, (int) (inner_width (layout, col) * PANGO_SCALE));
  pango_layout_set_text (painter->header, daicho_form_column (form, col)->title, -1);
  return painter->header;
}

/* The layout of column @col holding cell (@row, @col); NULL for an empty cell. */
static PangoLayout *
painter_cell (Painter *painter, DaichoForm *form, guint row, guint col)
{
  const DaichoFormColumn *column = daicho_form_column (form, col);
  const char *text = daicho_form_cell (form, row, col);
  g_autofree char *scratch = NULL;
  const char *shown;

  if (text == NULL)
    return NULL;
  shown = daicho_form_cell_display (column, text, &scratch);
  if (*shown == '\0')
    return NULL;
  pango_layout_set_text (painter->cells[col], shown, -1);
  return painter->cells[col];
}

/* Heading lines and seal boxes */

static double
heading_label_width (DaichoForm *form, Painter *painter)
{
  double width = 0;

  for (guint i = 0; i < form->headings->len; i++)
    {
      const DaichoFormHeading *heading = &g_array_index (form->headings, DaichoFormHeading, i);
      PangoLayout *text = painter_text (painter, heading->label, SIZE_HEADING, FALSE, -1,
                                        PANGO_ALIGN_LEFT);

      width = MAX (width, layout_width (text));
    }
  return width;
}

/* Draws (@cr non-NULL) or measures the heading lines; returns their height. */
static double
headings_render (DaichoForm *form, const DaichoFormLayout *layout, Painter *painter, cairo_t *cr)
{
  double value_width = layout->heading_width - (layout->heading_value_x - MARGIN);
  double y = layout->block_y;

  for (guint i = 0; i < form->headings->len; i++)
    {
      const DaichoFormHeading *heading = &g_array_index (form->headings, DaichoFormHeading, i);
      PangoLayout *text = painter_text (painter, heading->label, SIZE_HEADING, FALSE, -1,
                                        PANGO_ALIGN_LEFT);
      double line_height = layout_height (text);

      if (cr != NULL)
        {
          cairo_move_to (cr, MARGIN, y);
          pango_cairo_show_layout (cr, text);
        }
      text = painter_text (painter, heading->value, SIZE_HEADING, FALSE, value_width,
                           PANGO_ALIGN_LEFT);
      line_height = MAX (line_height, layout_height (text));
      if (cr != NULL)
        {
          cairo_move_to (cr, layout->heading_value_x, y);
          pango_cairo_show_layout (cr, text);
        }
      y += line_height + HEADING_LEADING;
    }
  return y > layout->block_y ? y - HEADING_LEADING - layout->block_y : 0;
}

static double
seals_total_width (DaichoForm *form, const DaichoFormLayout *layout)
{
  return form->seals->len * layout->seal_width;
}

/* The seal boxes side by side at the top right: a caption cell over a
 * SEAL_SIZE-high box, all as wide as the widest caption needs (at least
 * SEAL_SIZE, so the boxes are square when the captions are short). */
static void
seals_measure (DaichoForm *form, DaichoFormLayout *layout, Painter *painter)
{
  double caption_width = 0;
  double caption_height = 0;

  for (guint i = 0; i < form->seals->len; i++)
    {
      PangoLayout *text = painter_text (painter, g_ptr_array_index (form->seals, i), SIZE_SEAL,
                                        FALSE, -1, PANGO_ALIGN_CENTER);

      caption_width = MAX (caption_width, layout_width (text));
      caption_height = MAX (caption_height, layout_height (text));
    }
  layout->seal_width = MAX (SEAL_SIZE, caption_width + 2 * 2.5);
  layout->seal_caption_height = caption_height + 2 * 2.0;
}

static void
seals_draw (DaichoForm *form, const DaichoFormLayout *layout, Painter *painter, cairo_t *cr)
{
  double x = MARGIN + layout->content_width - seals_total_width (form, layout);
  double y = layout->block_y;

  cairo_set_line_width (cr, RULE_WIDTH);
  for (guint i = 0; i < form->seals->len; i++, x += layout->seal_width)
    {
      PangoLayout *text = painter_text (painter, g_ptr_array_index (form->seals, i), SIZE_SEAL,
                                        FALSE, layout->seal_width, PANGO_ALIGN_CENTER);

      cairo_move_to (cr, x, y + (layout->seal_caption_height - layout_height (text)) / 2);
      pango_cairo_show_layout (cr, text);
      cairo_rectangle (cr, x, y, layout->seal_width, layout->seal_caption_height);
      cairo_rectangle (cr, x, y + layout->seal_caption_height, layout->seal_width, SEAL_SIZE);
    }
  cairo_stroke (cr);
}

/* Pagination */

static double
form_number_height (DaichoForm *form, Painter *painter)
{
  if (form->form_number == NULL)
    return 0;
  return layout_height (painter_text (painter, form->form_number, SIZE_FORM_NUMBER, FALSE, -1,
                                      PANGO_ALIGN_LEFT)) + 2.0;
}

double *
daicho_form_column_edges (DaichoForm *form, double left, double width)
{
  guint n_columns = daicho_form_n_columns (form);
  double *edges = g_new0 (double, n_columns + 1);
  double total = 0;
  double x = left;

  for (guint col = 0; col < n_columns; col++)
    total += daicho_form_column (form, col)->width_mm;
  for (guint col = 0; col < n_columns; col++)
    {
      edges[col] = x;
      x += width * daicho_form_column (form, col)->width_mm / total;
    }
  edges[n_columns] = left + width;
  return edges;
}

/* Columns share the content width in proportion to their width_mm. */
static void
place_columns (DaichoForm *form, DaichoFormLayout *layout)
{
  layout->column_x = daicho_form_column_edges (form, MARGIN, layout->content_width);
}

static void
measure_page_header (DaichoForm *form, DaichoFormLayout *layout, Painter *painter)
{
  double seals_height = 0;
  double headings_height;

  layout->title_y = MARGIN + form_number_height (form, painter);
  layout->block_y = layout->title_y + layout_height (painter_title (painter, form, layout))
                    + BLOCK_GAP;

  if (form->seals->len > 0)
    {
      seals_measure (form, layout, painter);
      seals_height = layout->seal_caption_height + SEAL_SIZE;
    }
  layout->heading_width = layout->content_width;
  if (form->seals->len > 0)
    layout->heading_width -= seals_total_width (form, layout) + BLOCK_GAP;
  layout->heading_value_x = MARGIN + heading_label_width (form, painter) + SIZE_HEADING;
  headings_height = headings_render (form, layout, painter, NULL);

  layout->table_top = layout->block_y + MAX (headings_height, seals_height);
  if (headings_height > 0 || seals_height > 0)
    layout->table_top += BLOCK_GAP;
  layout->table_bottom = layout->page_height - MARGIN;
}

static void
measure_table (DaichoForm *form, DaichoFormLayout *layout, Painter *painter)
{
  guint n_columns = daicho_form_n_columns (form);
  GHashTable **heights;
  double line_height;
  double height = 0;

  for (guint col = 0; col < n_columns; col++)
    height = MAX (height, layout_height (painter_header_cell (painter, form, layout, col)));
  layout->header_height = height + 2 * CELL_PADDING;

  /* An empty cell is one line high. */
  line_height = layout_height (painter_text (painter, "", layout->table_font_size, FALSE, -1,
                                             PANGO_ALIGN_LEFT));
  /* Columns repeat their values (dates, offices, scopes): each distinct
   * text of a column is shaped once. Heights are kept in Pango units. */
  heights = g_new0 (GHashTable *, MAX (n_columns, 1));
  for (guint col = 0; col < n_columns; col++)
    heights[col] = g_hash_table_new (g_str_hash, g_str_equal);

  layout->row_height = g_new (double, MAX (form->n_rows, 1));
  for (guint row = 0; row < form->n_rows; row++)
    {
      height = line_height;
      for (guint col = 0; col < n_columns; col++)
        {
          const char *text = daicho_form_cell (form, row, col);
          gpointer known;
          int units;

          if (text == NULL)
            continue;
          known = g_hash_table_lookup (heights[col], text);
          if (known != NULL)
            units = GPOINTER_TO_INT (known) - 1;
          else
            {
              PangoLayout *cell = painter_cell (painter, form, row, col);

              units = 0;
              if (cell != NULL)
                pango_layout_get_size (cell, NULL, &units);
              g_hash_table_insert (heights[col], (gpointer) text, GINT_TO_POINTER (units + 1));
            }
          height = MAX (height, to_points (units));
        }
      layout->row_height[row] = height + 2 * CELL_PADDING;
    }

  for (guint col = 0; col < n_columns; col++)
    g_hash_table_unref (heights[col]);
  g_free (heights);
}

static double
note_height (DaichoForm *form, const DaichoFormLayout *layout, Painter *painter)
{
  if (form->note == NULL)
    return 0;
  return layout_height (painter_text (painter, form->note, SIZE_NOTE, FALSE,
                                      layout->content_width, PANGO_ALIGN_LEFT));
}

/* Rows fill pages top to bottom; a row that does not fit starts the next
 * page (a row taller than a whole page gets a page of its own and is cut at
 * its foot). The note follows the last row; when there is no room for it,
 * the last row moves to a new page with it, so a page never holds the note
 * alone unless that row filled a page by itself. */
static void
break_pages (DaichoForm *form, DaichoFormLayout *layout, Painter *painter)
{
  double body = layout->table_bottom - layout->table_top - layout->header_height;
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  double used = 0;
  double end_y;
  double note = note_height (form, layout, painter);
  guint zero = 0;

  g_array_append_val (starts, zero);
  for (guint row = 0; row < form->n_rows; row++)
    {
      if (used > 0 && used + layout->row_height[row] > body)
        {
          g_array_append_val (starts, row);
          used = 0;
        }
      used += layout->row_height[row];
    }

  if (form->n_rows == 0)
    {
      end_y = layout->table_top;
      if (form->empty_text != NULL)
        end_y += layout_height (painter_text (painter, form->empty_text, SIZE_NOTE, FALSE,
                                              layout->content_width, PANGO_ALIGN_LEFT));
    }
  else
    end_y = layout->table_top + layout->header_height + used;

  layout->note_y = end_y + NOTE_GAP;
  if (note > 0 && layout->note_y + note > layout->table_bottom && form->n_rows > 0)
    {
      guint last = form->n_rows - 1;
      double last_height = layout->row_height[last];

      /* The note does not stand alone: the last row goes over with it,
       * unless it is alone on its page already. */
      if (g_array_index (starts, guint, starts->len - 1) < last)
        {
          g_array_append_val (starts, last);
          layout->note_y = layout->table_top + layout->header_height + last_height + NOTE_GAP;
        }
      if (layout->note_y + note > layout->table_bottom)
        {
          g_array_append_val (starts, form->n_rows);
          layout->note_y = layout->table_top;
        }
    }

  layout->n_pages = starts->len;
  g_array_append_val (starts, form->n_rows);
  layout->page_first_row = (guint *) g_array_free (starts, FALSE);
}

guint
daicho_form_paginate (DaichoForm *form)
{
  DaichoFormLayout *layout;
  cairo_surface_t *surface;
  cairo_t *cr;
  Painter painter;

  g_return_val_if_fail (form != NULL, 1);

  if (form->blocks != NULL)
    return daicho_form_flow_paginate (form);
  if (form->layout != NULL)
    return form->layout->n_pages;

  layout = g_new0 (DaichoFormLayout, 1);
  daicho_form_get_page_size (form, &layout->page_width, &layout->page_height);
  layout->content_width = layout->page_width - 2 * MARGIN;
  layout->table_font_size = daicho_form_n_columns (form) > MANY_COLUMNS ? 8.0 : 9.0;
  place_columns (form, layout);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  painter_init (&painter, form, layout, cr);
  measure_page_header (form, layout, &painter);
  measure_table (form, layout, &painter);
  break_pages (form, layout, &painter);
  painter_clear (&painter, form);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  form->layout = layout;
  return layout->n_pages;
}

guint
daicho_form_get_n_pages (DaichoForm *form)
{
  g_return_val_if_fail (form != NULL, 1);

  return daicho_form_paginate (form);
}

/* Drawing */

static void
draw_page_header (DaichoForm *form, const DaichoFormLayout *layout, Painter *painter,
                  cairo_t *cr, guint page)
{
  if (form->form_number != NULL)
    {
      cairo_move_to (cr, MARGIN, MARGIN);
      pango_cairo_show_layout (cr, painter_text (painter, form->form_number, SIZE_FORM_NUMBER,
                                                 FALSE, -1, PANGO_ALIGN_LEFT));
    }
  cairo_move_to (cr, MARGIN, layout->title_y);
  pango_cairo_show_layout (cr, painter_title (painter, form, layout));
  headings_render (form, layout, painter, cr);
  if (page == 0 && form->seals->len > 0)
    seals_draw (form, layout, painter, cr);
}

/* Text centred vertically in a cell of @height starting at @y. */
static void
show_in_cell (cairo_t *cr, PangoLayout *text, double x, double y, double height)
{
  double offset = MAX (CELL_PADDING, (height - layout_height (text)) / 2);

  cairo_move_to (cr, x + CELL_PADDING, y + offset);
  pango_cairo_show_layout (cr, text);
}

static void
draw_table (DaichoForm *form, const DaichoFormLayout *layout, Painter *painter, cairo_t *cr,
            guint first, guint end)
{
  guint n_columns = daicho_form_n_columns (form);
  double left = layout->column_x[0];
  double right = layout->column_x[n_columns];
  double top = layout->table_top;
  double y = top + layout->header_height;
  double row_top = y;
  gboolean overrun;

  cairo_save (cr);
  cairo_set_source_rgb (cr, HEADER_GRAY, HEADER_GRAY, HEADER_GRAY);
  cairo_rectangle (cr, left, top, right - left, layout->header_height);
  cairo_fill (cr);
  cairo_restore (cr);
  for (guint col = 0; col < n_columns; col++)
    show_in_cell (cr, painter_header_cell (painter, form, layout, col), layout->column_x[col],
                  top, layout->header_height);

  /* Only a row taller than a page overruns: it is cut at the table's foot,
   * above the page number. */
  for (guint row = first; row < end; row++)
    row_top += layout->row_height[row];
  overrun = row_top > layout->table_bottom;
  row_top = y;
  if (overrun)
    {
      cairo_save (cr);
      cairo_rectangle (cr, 0, 0, layout->page_width, layout->table_bottom);
      cairo_clip (cr);
    }
  for (guint row = first; row < end; row++)
    {
      for (guint col = 0; col < n_columns; col++)
        {
          PangoLayout *cell = painter_cell (painter, form, row, col);

          if (cell != NULL)
            show_in_cell (cr, cell, layout->column_x[col], y,
                          MIN (layout->row_height[row], layout->table_bottom - y));
        }
      y += layout->row_height[row];
    }
  if (overrun)
    cairo_restore (cr);
  y = MIN (y, layout->table_bottom);

  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_move_to (cr, left, top);
  cairo_line_to (cr, right, top);
  cairo_move_to (cr, left, top + layout->header_height);
  cairo_line_to (cr, right, top + layout->header_height);
  for (guint row = first; row < end; row++)
    {
      row_top = MIN (row_top + layout->row_height[row], layout->table_bottom);
      cairo_move_to (cr, left, row_top);
      cairo_line_to (cr, right, row_top);
    }
  for (guint col = 0; col <= n_columns; col++)
    {
      cairo_move_to (cr, layout->column_x[col], top);
      cairo_line_to (cr, layout->column_x[col], y);
    }
  cairo_stroke (cr);
}

static void
draw_footer (const DaichoFormLayout *layout, Painter *painter, cairo_t *cr, guint page)
{
  g_autofree char *text = g_strdup_printf ("%u / %u", page + 1, layout->n_pages);

  cairo_move_to (cr, MARGIN, layout->page_height - MARGIN + 4.0);
  pango_cairo_show_layout (cr, painter_text (painter, text, SIZE_FOOTER, FALSE,
                                             layout->content_width, PANGO_ALIGN_CENTER));
}

void
daicho_form_draw_page (DaichoForm *form, cairo_t *cr, guint page)
{
  const DaichoFormLayout *layout;
  Painter painter;
  guint first;
  guint end;

  g_return_if_fail (form != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < daicho_form_paginate (form));

  if (form->blocks != NULL)
    {
      daicho_form_flow_draw_page (form, cr, page);
      return;
    }
  layout = form->layout;
  first = layout->page_first_row[page];
  end = layout->page_first_row[page + 1];

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  painter_init (&painter, form, layout, cr);

  draw_page_header (form, layout, &painter, cr, page);
  if (form->n_rows == 0)
    {
      if (form->empty_text != NULL)
        {
          cairo_move_to (cr, MARGIN, layout->table_top);
          pango_cairo_show_layout (cr, painter_text (&painter, form->empty_text, SIZE_NOTE,
                                                     FALSE, layout->content_width,
                                                     PANGO_ALIGN_LEFT));
        }
    }
  else if (first < end)
    draw_table (form, layout, &painter, cr, first, end);

  if (page + 1 == layout->n_pages && form->note != NULL)
    {
      cairo_move_to (cr, MARGIN, layout->note_y);
      pango_cairo_show_layout (cr, painter_text (&painter, form->note, SIZE_NOTE, FALSE,
                                                 layout->content_width, PANGO_ALIGN_LEFT));
    }
  draw_footer (layout, &painter, cr, page);

  painter_clear (&painter, form);
  cairo_restore (cr);
}
