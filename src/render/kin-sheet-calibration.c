/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kin-card-private.h"
#include "kin-print-job-private.h"

/*
 * The duplex calibration sheet. The front has a cross through the middle of
 * the page; the back has two scales, drawn with the job's current back
 * offset, centred where that cross should show through. Held up to the
 * light, the number on each scale that the front's line crosses is what to
 * add to the back offset. (The back is printed mirrored about the sheet's
 * middle, which leaves the middle where it is, so the cross sits at the same
 * place on both sides whichever edge the printer turns the sheet on.)
 */

#define SCALE_HALF_MM 10
#define CROSS_HALF_MM 60.0

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      width,
           double      size_mm,
           gboolean    bold,
           gboolean    centred)
{
  g_autoptr(GObject) context = G_OBJECT (_kin_card_create_pango_context (cr));
  g_autoptr(PangoLayout) layout = pango_layout_new (PANGO_CONTEXT (context));
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, DejaVu Sans");

  pango_font_description_set_absolute_size (font, size_mm * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_front (KinPrintJob *self,
            cairo_t     *cr,
            double       width,
            double       height)
{
  double cx = width / 2, cy = height / 2;

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, _("Duplex calibration: front"), 20, 20, width - 40, 6, TRUE, FALSE);
  draw_text (cr, _("Print this page and the next one on the two sides of one sheet, "
                   "with the same duplex setting you print cards with. Then turn the "
                   "sheet over and follow the instructions on the back."),
             20, 30, width - 40, 3.5, FALSE, FALSE);

  cairo_set_line_width (cr, 0.2);
  cairo_move_to (cr, cx, cy - CROSS_HALF_MM);
  cairo_line_to (cr, cx, cy + CROSS_HALF_MM);
  cairo_move_to (cr, cx - CROSS_HALF_MM, cy);
  cairo_line_to (cr, cx + CROSS_HALF_MM, cy);
  cairo_stroke (cr);

  cairo_arc (cr, cx, cy, 3, 0, 2 * G_PI);
  cairo_stroke (cr);
}

/* One scale along x (@horizontal) or y, zero at (@x0, @y0): a tick each
 * half millimetre, longer ones each millimetre, and a number each 5 mm. */
static void
draw_scale (cairo_t  *cr,
            double    x0,
            double    y0,
            gboolean  horizontal)
{
  cairo_set_line_width (cr, 0.12);

  for (int i = -2 * SCALE_HALF_MM; i <= 2 * SCALE_HALF_MM; i++)
    {
      double at = i / 2.0;
      double tick = i == 0 ? 7 : (i % 10 == 0 ? 5.5 : (i % 2 == 0 ? 4 : 2.5));

      if (horizontal)
        {
          cairo_move_to (cr, x0 + at, y0 - tick);
          cairo_line_to (cr, x0 + at, y0);
        }
      else
        {
          cairo_move_to (cr, x0 - tick, y0 + at);
          cairo_line_to (cr, x0, y0 + at);
        }
    }
  cairo_stroke (cr);

  for (int mm = -SCALE_HALF_MM; mm <= SCALE_HALF_MM; mm += 5)
    {
      g_autofree char *label = mm > 0 ? g_strdup_printf ("+%d", mm) : g_strdup_printf ("%d", mm);

      if (horizontal)
        draw_text (cr, label, x0 + mm - 3, y0 + 1, 6, 1.8, mm == 0, TRUE);
      else
        draw_text (cr, label, x0 + 1, y0 + mm - 1.1, 6, 1.8, mm == 0, FALSE);
    }
}

static void
draw_back (KinPrintJob *self,
           cairo_t     *cr,
           double       width,
           double       height)
{
  double cx = width / 2 + self->offset_x;
  double cy = height / 2 + self->offset_y;
  g_autofree char *current = NULL;

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, _("Duplex calibration: back"), 20, 20, width - 40, 6, TRUE, FALSE);
  draw_text (cr, _("Hold the sheet up to the light with this side facing you. The "
                   "front’s lines show through. Read the number on the upper scale "
                   "where the front’s upright line crosses it, and add it to Back "
                   "Offset Across; read the number on the right-hand scale where "
                   "the front’s level line crosses it, and add it to Back Offset "
                   "Down. "
                   "When both lines cross at 0, the backs are aligned."),
             20, 30, width - 40, 3.5, FALSE, FALSE);

  current = g_strdup_printf (_("This page was printed with a back offset of %+.1f mm across and %+.1f mm down."),
                             self->offset_x, self->offset_y);
  draw_text (cr, current, 20, height - 30, width - 40, 3.5, FALSE, FALSE);

  /* The scales sit away from the centre and from each other, where the
   * front's long lines cross them and nothing else is near. */
  draw_scale (cr, cx, cy - 35, TRUE);
  draw_scale (cr, cx + 35, cy, FALSE);
}

/**
 * kin_print_job_get_n_calibration_pages:
 * @self: a print job
 *
 * Returns: the number of calibration pages: a front and a back
 */
guint
kin_print_job_get_n_calibration_pages (KinPrintJob *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), 0);
  return 2;
}

/**
 * kin_print_job_render_calibration_page:
 * @self: a print job, for its paper size and back offset
 * @cr: where to draw, in points
 * @page_index: 0 for the front, 1 for the back
 *
 * Draws one side of the duplex calibration sheet.
 */
void
kin_print_job_render_calibration_page (KinPrintJob *self,
                                       cairo_t     *cr,
                                       guint        page_index)
{
  double width, height;

  g_return_if_fail (KIN_IS_PRINT_JOB (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_index < 2);

  kin_print_job_get_page_size (self, &width, &height);

  cairo_save (cr);
  cairo_scale (cr, PT_PER_MM, PT_PER_MM);
  if (page_index == 0)
    draw_front (self, cr, width, height);
  else
    draw_back (self, cr, width, height);
  cairo_restore (cr);
}

/**
 * kin_print_job_render_calibration:
 * @self: a print job
 * @cr: a context on a multi-page surface (PDF), in points
 *
 * Draws both calibration pages, the front, then cairo_show_page(), then the
 * back. Does not show the last page.
 */
void
kin_print_job_render_calibration (KinPrintJob *self,
                                  cairo_t     *cr)
{
  kin_print_job_render_calibration_page (self, cr, 0);
  cairo_show_page (cr);
  kin_print_job_render_calibration_page (self, cr, 1);
}
