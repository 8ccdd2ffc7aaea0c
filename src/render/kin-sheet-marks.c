/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-sheet"

#include "config.h"

#include <math.h>

#include "kin-sheet-private.h"

/*
 * Crop-mark geometry, kept apart from drawing so it can be tested as data.
 *
 * Each trim box gets two marks per corner, continuing its edges outwards.
 * A mark starts at least the bleed (and never less than 2 mm) beyond the
 * trim, so trimming a little off never shows it; and every piece of a mark
 * that would come within the bleed of any card, its own or a neighbour's,
 * is cut away, so a mark can never be printed on a card.
 */

/* Pieces shorter than this are dropped rather than printed as dots. */
#define MIN_PIECE_MM 1.5

/* How much further than the bleed a mark must stay from every card. */
#define CLEARANCE_MM 0.5

/**
 * _kin_crop_mark_offset:
 * @bleed_mm: the bleed
 *
 * Returns: how far outside its trim box a crop mark starts
 */
double
_kin_crop_mark_offset (double bleed_mm)
{
  return MAX (bleed_mm + 1.0, KIN_CROP_MARK_MIN_OFFSET_MM);
}

typedef struct
{
  double from;
  double to;
} Span;

/* Removes [cut_from, cut_to] from every span in @spans. */
static void
cut_spans (GArray *spans,
           double  cut_from,
           double  cut_to)
{
  for (guint i = spans->len; i-- > 0;)
    {
      Span span = g_array_index (spans, Span, i);

      if (cut_to < span.from || cut_from > span.to)
        continue;

      g_array_remove_index (spans, i);
      if (span.from < cut_from)
        g_array_append_val (spans, ((Span) { span.from, cut_from }));
      if (cut_to < span.to)
        g_array_append_val (spans, ((Span) { cut_to, span.to }));
    }
}

/*
 * Adds what is left of the mark on the line @fixed (y for a horizontal mark,
 * x for a vertical one) from @near to @far once every card's keep-out box is
 * cut away.
 */
static void
add_mark (GArray           *marks,
          gboolean          horizontal,
          double            fixed,
          double            near,
          double            far,
          const KinTrimBox *trims,
          guint             n_trims,
          double            keep_out,
          double            paper_width,
          double            paper_height)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  double limit = horizontal ? paper_width : paper_height;
  double across = horizontal ? paper_height : paper_width;

  if (fixed < 0 || fixed > across)
    return;

  g_array_append_val (spans, ((Span) { MAX (MIN (near, far), 0), MIN (MAX (near, far), limit) }));

  for (guint i = 0; i < n_trims; i++)
    {
      const KinTrimBox *t = &trims[i];
      double lo_across = (horizontal ? t->y : t->x) - keep_out;
      double hi_across = (horizontal ? t->y + t->height : t->x + t->width) + keep_out;
      double lo_along = (horizontal ? t->x : t->y) - keep_out;
      double hi_along = (horizontal ? t->x + t->width : t->y + t->height) + keep_out;

      if (fixed >= lo_across && fixed <= hi_across)
        cut_spans (spans, lo_along, hi_along);
    }

  for (guint i = 0; i < spans->len; i++)
    {
      Span span = g_array_index (spans, Span, i);
      KinCropMark mark;
      /* The start is the end nearer the card the mark belongs to. */
      double start = near < far ? span.from : span.to;
      double end = near < far ? span.to : span.from;

      if (span.to - span.from < MIN_PIECE_MM)
        continue;

      if (horizontal)
        mark = (KinCropMark) { start, fixed, end, fixed };
      else
        mark = (KinCropMark) { fixed, start, fixed, end };
      g_array_append_val (marks, mark);
    }
}

/**
 * _kin_crop_marks_compute:
 * @trims: (array length=n_trims): the trim boxes on the page, in mm
 * @n_trims: how many
 * @bleed_mm: the bleed
 * @paper_width_mm: the paper width; marks stay on the paper
 * @paper_height_mm: the paper height
 *
 * Returns: (transfer full) (element-type KinCropMark): the mark segments
 */
GArray *
_kin_crop_marks_compute (const KinTrimBox *trims,
                         guint             n_trims,
                         double            bleed_mm,
                         double            paper_width_mm,
                         double            paper_height_mm)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (KinCropMark));
  double offset = _kin_crop_mark_offset (bleed_mm);
  double length = KIN_CROP_MARK_LENGTH_MM;
  double keep_out = MAX (bleed_mm, 0) + CLEARANCE_MM;

  for (guint i = 0; i < n_trims; i++)
    {
      const KinTrimBox *t = &trims[i];
      double left = t->x, right = t->x + t->width;
      double top = t->y, bottom = t->y + t->height;

#define MARK(horizontal, fixed, near, far) \
      add_mark (marks, horizontal, fixed, near, far, trims, n_trims, keep_out, paper_width_mm, paper_height_mm)

      /* Horizontal marks continue the top and bottom edges sideways. */
      MARK (TRUE, top, left - offset, left - offset - length);
      MARK (TRUE, top, right + offset, right + offset + length);
      MARK (TRUE, bottom, left - offset, left - offset - length);
      MARK (TRUE, bottom, right + offset, right + offset + length);
      /* Vertical marks continue the left and right edges up and down. */
      MARK (FALSE, left, top - offset, top - offset - length);
      MARK (FALSE, right, top - offset, top - offset - length);
      MARK (FALSE, left, bottom + offset, bottom + offset + length);
      MARK (FALSE, right, bottom + offset, bottom + offset + length);

#undef MARK
    }

  /* Neighbours in a row share their marks; print each only once. */
  for (guint i = marks->len; i-- > 0;)
    for (guint j = 0; j < i; j++)
      {
        const KinCropMark *a = &g_array_index (marks, KinCropMark, i);
        const KinCropMark *b = &g_array_index (marks, KinCropMark, j);

        if (fabs (MIN (a->x1, a->x2) - MIN (b->x1, b->x2)) < 1e-6 &&
            fabs (MAX (a->x1, a->x2) - MAX (b->x1, b->x2)) < 1e-6 &&
            fabs (MIN (a->y1, a->y2) - MIN (b->y1, b->y2)) < 1e-6 &&
            fabs (MAX (a->y1, a->y2) - MAX (b->y1, b->y2)) < 1e-6)
          {
            g_array_remove_index (marks, i);
            break;
          }
      }

  return marks;
}
