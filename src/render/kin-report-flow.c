/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kin-report-flow-private.h"

/* The same families as the printed cards, so that reports look like they
 * belong with them. */
#define FONT_FAMILY "Cantarell, DejaVu Sans"
#define FOOTER_HEIGHT 24.0
#define INK 0.1
#define MUTED_INK 0.42

struct _KinReportFlow
{
  cairo_t *cr;
  double page_width;
  double page_height;
  double margin;
  double top;
  double bottom;
  double y;
  guint page;
  guint n_pages;
  char *footer;
  PangoFontDescription *fonts[KIN_REPORT_N_FONTS];
  KinReportHeaderFunc header;
  gpointer header_data;
  gboolean in_header;
};

/* One line of a laid-out cell, in points from the top of its layout. */
typedef struct
{
  PangoLayoutLine *line;
  double top;
  double height;
  double baseline;
  double x;
} Line;

typedef struct
{
  PangoLayout *layout;
  GArray *lines;
  double x;
  gboolean muted;
  guint next;
} Cell;

static const struct
{
  double size;
  PangoWeight weight;
} font_styles[KIN_REPORT_N_FONTS] = {
  [KIN_REPORT_FONT_TITLE] = { 20, PANGO_WEIGHT_BOLD },
  [KIN_REPORT_FONT_HEADING] = { 14, PANGO_WEIGHT_BOLD },
  [KIN_REPORT_FONT_SUBHEADING] = { 11, PANGO_WEIGHT_BOLD },
  [KIN_REPORT_FONT_BODY] = { 10, PANGO_WEIGHT_NORMAL },
  [KIN_REPORT_FONT_BODY_BOLD] = { 10, PANGO_WEIGHT_BOLD },
  [KIN_REPORT_FONT_SMALL] = { 8, PANGO_WEIGHT_NORMAL },
};

KinReportFlow *
kin_report_flow_new (cairo_t    *cr,
                     double      page_width,
                     double      page_height,
                     double      margin,
                     const char *footer,
                     guint       n_pages)
{
  KinReportFlow *flow = g_new0 (KinReportFlow, 1);

  flow->cr = cairo_reference (cr);
  flow->page_width = page_width;
  flow->page_height = page_height;
  flow->margin = margin;
  flow->top = margin;
  flow->bottom = page_height - margin - FOOTER_HEIGHT;
  flow->y = flow->top;
  flow->page = 1;
  flow->n_pages = n_pages;
  flow->footer = g_strdup (footer);

  for (guint i = 0; i < KIN_REPORT_N_FONTS; i++)
    {
      flow->fonts[i] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (flow->fonts[i], (int) (font_styles[i].size * PANGO_SCALE));
      pango_font_description_set_weight (flow->fonts[i], font_styles[i].weight);
    }

  return flow;
}

void
kin_report_flow_free (KinReportFlow *flow)
{
  if (flow == NULL)
    return;

  for (guint i = 0; i < KIN_REPORT_N_FONTS; i++)
    pango_font_description_free (flow->fonts[i]);
  g_free (flow->footer);
  cairo_destroy (flow->cr);
  g_free (flow);
}

double
kin_report_flow_get_width (KinReportFlow *flow)
{
  return flow->page_width - 2 * flow->margin;
}

static PangoLayout *
make_layout (KinReportFlow  *flow,
             const char     *text,
             KinReportFont   font,
             double          width,
             PangoAlignment  align)
{
  PangoLayout *layout = pango_cairo_create_layout (flow->cr);

  pango_layout_set_font_description (layout, flow->fonts[font]);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  /* Plain text: "<b>" and "&" are printed as typed. */
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static void
set_ink (KinReportFlow *flow,
         gboolean       muted)
{
  double grey = muted ? MUTED_INK : INK;

  cairo_set_source_rgb (flow->cr, grey, grey, grey);
}

static void
draw_footer (KinReportFlow *flow)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double width = kin_report_flow_get_width (flow);
  double y = flow->page_height - flow->margin - font_styles[KIN_REPORT_FONT_SMALL].size * 1.4;

  if (flow->n_pages > 0)
    /* Translators: the page number at the foot of a printed report */
    number = g_strdup_printf (_("Page %u of %u"), flow->page, flow->n_pages);
  else
    number = g_strdup_printf (_("Page %u"), flow->page);

  set_ink (flow, TRUE);
  left = make_layout (flow, flow->footer, KIN_REPORT_FONT_SMALL, width * 0.7, PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  cairo_move_to (flow->cr, flow->margin, y);
  pango_cairo_show_layout (flow->cr, left);

  right = make_layout (flow, number, KIN_REPORT_FONT_SMALL, width * 0.3, PANGO_ALIGN_RIGHT);
  cairo_move_to (flow->cr, flow->margin + width * 0.7, y);
  pango_cairo_show_layout (flow->cr, right);
}

static void
new_page (KinReportFlow *flow)
{
  draw_footer (flow);
  cairo_show_page (flow->cr);
  flow->page++;
  flow->y = flow->top;

  if (flow->header != NULL && !flow->in_header)
    {
      flow->in_header = TRUE;
      flow->header (flow, flow->header_data);
      flow->in_header = FALSE;
    }
}

void
kin_report_flow_gap (KinReportFlow *flow,
                     double         points)
{
  if (flow->y > flow->top)
    flow->y += points;
}

void
kin_report_flow_keep (KinReportFlow *flow,
                      double         points)
{
  if (flow->y > flow->top && flow->y + points > flow->bottom)
    new_page (flow);
}

static void
layout_cells (KinReportFlow       *flow,
              const KinReportCell *cells,
              guint                n_cells,
              Cell                *out)
{
  for (guint i = 0; i < n_cells; i++)
    {
      PangoLayoutIter *iter;

      out[i].layout = make_layout (flow, cells[i].text, cells[i].font, cells[i].width, cells[i].align);
      out[i].lines = g_array_new (FALSE, FALSE, sizeof (Line));
      out[i].x = flow->margin + cells[i].x;
      out[i].muted = cells[i].muted;
      out[i].next = 0;

      iter = pango_layout_get_iter (out[i].layout);
      do
        {
          PangoRectangle logical;
          Line line;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line.line = pango_layout_iter_get_line_readonly (iter);
          line.top = (double) logical.y / PANGO_SCALE;
          line.height = (double) logical.height / PANGO_SCALE;
          line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          line.x = (double) logical.x / PANGO_SCALE;
          g_array_append_val (out[i].lines, line);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

static void
free_cells (Cell  *cells,
            guint  n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      g_clear_object (&cells[i].layout);
      g_clear_pointer (&cells[i].lines, g_array_unref);
    }
}

/* Lays out a row; returns the height of its tallest cell, and in
 * @first_line that of its tallest first line. */
static double
lay_out_row (KinReportFlow       *flow,
             const KinReportCell *cells,
             guint                n_cells,
             Cell                *laid,
             double              *first_line)
{
  double height = 0;

  layout_cells (flow, cells, n_cells, laid);
  *first_line = 0;
  for (guint i = 0; i < n_cells; i++)
    {
      const Line *first = &g_array_index (laid[i].lines, Line, 0);
      const Line *last = &g_array_index (laid[i].lines, Line, laid[i].lines->len - 1);

      height = MAX (height, last->top + last->height);
      *first_line = MAX (*first_line, first->height);
    }

  return height;
}

double
kin_report_flow_measure (KinReportFlow       *flow,
                         const KinReportCell *cells,
                         guint                n_cells,
                         double               padding)
{
  g_autofree Cell *laid = g_new0 (Cell, n_cells);
  double first_line;
  double height = lay_out_row (flow, cells, n_cells, laid, &first_line);

  free_cells (laid, n_cells);

  return height + 2 * padding;
}

/* Draws the lines of every cell that fit above the bottom of the page,
 * placing layout offset @offset at @y. Returns the lowest point drawn. */
static double
draw_fitting_lines (KinReportFlow *flow,
                    Cell          *cells,
                    guint          n_cells,
                    double         y,
                    double         offset,
                    gboolean       force)
{
  double lowest = y;

  for (guint i = 0; i < n_cells; i++)
    {
      Cell *cell = &cells[i];

      set_ink (flow, cell->muted);
      while (cell->next < cell->lines->len)
        {
          const Line *line = &g_array_index (cell->lines, Line, cell->next);
          double line_y = y + line->top - offset;

          /* A line taller than a whole page is drawn all the same rather
           * than never. */
          if (line_y + line->height > flow->bottom && !(force && line->top <= offset))
            break;

          cairo_move_to (flow->cr, cell->x + line->x, line_y + line->baseline - line->top);
          pango_cairo_show_layout_line (flow->cr, line->line);
          lowest = MAX (lowest, line_y + line->height);
          cell->next++;
        }
    }

  return lowest;
}

static gboolean
cells_done (const Cell *cells,
            guint       n_cells,
            double     *next_top)
{
  gboolean done = TRUE;

  *next_top = G_MAXDOUBLE;
  for (guint i = 0; i < n_cells; i++)
    {
      if (cells[i].next < cells[i].lines->len)
        {
          done = FALSE;
          *next_top = MIN (*next_top, g_array_index (cells[i].lines, Line, cells[i].next).top);
        }
    }

  return done;
}

void
kin_report_flow_row (KinReportFlow       *flow,
                     const KinReportCell *cells,
                     guint                n_cells,
                     double               padding)
{
  g_autofree Cell *laid = g_new0 (Cell, n_cells);
  double first_line;
  double height = lay_out_row (flow, cells, n_cells, laid, &first_line);
  double offset = 0;
  double y;
  gboolean fresh;

  /* A row that fits on a page is kept in one piece; a taller one starts
   * where at least its first line fits and goes on overleaf. */
  if (flow->y > flow->top &&
      (flow->y + height + 2 * padding > flow->bottom || flow->y + padding + first_line > flow->bottom) &&
      (height + 2 * padding <= flow->bottom - flow->top || flow->y + padding + first_line > flow->bottom))
    new_page (flow);

  y = flow->y + padding;
  fresh = flow->y <= flow->top;
  for (;;)
    {
      double lowest = draw_fitting_lines (flow, laid, n_cells, y, offset, fresh);
      double next_top;

      if (cells_done (laid, n_cells, &next_top))
        {
          flow->y = lowest + padding;
          break;
        }

      new_page (flow);
      y = flow->y + padding;
      offset = next_top;
      fresh = TRUE;
    }

  free_cells (laid, n_cells);
}

void
kin_report_flow_text (KinReportFlow *flow,
                      const char    *text,
                      KinReportFont  font,
                      gboolean       muted)
{
  KinReportCell cell = {
    .text = text,
    .font = font,
    .x = 0,
    .width = kin_report_flow_get_width (flow),
    .align = PANGO_ALIGN_LEFT,
    .muted = muted,
  };

  kin_report_flow_row (flow, &cell, 1, 0);
}

void
kin_report_flow_rule (KinReportFlow *flow,
                      double         line_width,
                      double         grey)
{
  cairo_save (flow->cr);
  cairo_set_source_rgb (flow->cr, grey, grey, grey);
  cairo_set_line_width (flow->cr, line_width);
  cairo_move_to (flow->cr, flow->margin, flow->y + line_width / 2);
  cairo_line_to (flow->cr, flow->page_width - flow->margin, flow->y + line_width / 2);
  cairo_stroke (flow->cr);
  cairo_restore (flow->cr);

  flow->y += line_width;
}

void
kin_report_flow_set_header (KinReportFlow       *flow,
                            KinReportHeaderFunc  func,
                            gpointer             user_data)
{
  flow->header = func;
  flow->header_data = user_data;
}

guint
kin_report_flow_finish (KinReportFlow *flow)
{
  draw_footer (flow);
  cairo_show_page (flow->cr);

  return flow->page;
}
