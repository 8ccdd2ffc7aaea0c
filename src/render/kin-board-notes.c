/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-board-edit.h"
#include "kin-board-paint-private.h"
#include "kin-model.h"

/*
 * The notes of a board, at the level of detail the painter chose (see
 * kin-board-paint-private.h). At full detail a note drawn twice at one
 * scale is copied from a picture of it (kin-board-sprites.c); sketches and
 * specks are blocks, drawn by kin-board-blocks.c.
 */

#define KIN_NOTE_RADIUS  4.0
#define LABEL_SIZE       9.5
#define DOT_RADIUS       5.5
#define DOT_PITCH       13.0
#define MAX_DRAWN_DOTS  10
/* How far a note's drawing reaches beyond its rectangle (shadow, dots on
 * the top edge), in board units; rings add a few device pixels. */
#define NOTE_MARGIN     12.0

/*
 * _kin_board_draw_dot_count:
 *
 * Draws a count of dots as a pill: the number, then a dot, in the dots'
 * colour, with its right edge at @right and its middle at @middle.
 */
void
_kin_board_draw_dot_count (KinBoardPainter *p,
                           cairo_t         *cr,
                           int              count,
                           KinRgb           color,
                           double           ring_alpha,
                           double           size,
                           double           right,
                           double           middle)
{
  g_autofree char *text = g_strdup_printf ("%d •", count);
  PangoLayout *layout = _kin_board_label (p->family, size, TRUE, 0, text);
  double width, height;

  kin_board_layout_size (layout, &width, &height);
  _kin_board_rounded_rectangle (cr, right - width - 12, middle - height / 2 - 2, width + 12, height + 4,
                     height / 2 + 2);
  kin_board_set_rgb (cr, color);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, ring_alpha);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, MIN (1.0, ring_alpha + 0.15));
  cairo_move_to (cr, right - width - 6, middle - height / 2);
  pango_cairo_show_layout (cr, layout);
}

/* Notes, full detail */

static void
draw_dots (KinBoardPainter *p,
           cairo_t         *cr,
           int              votes,
           KinRgb           color,
           double           ring_alpha)
{
  if (votes > MAX_DRAWN_DOTS)
    {
      /* Too many to count by eye: the number, then a dot. */
      _kin_board_draw_dot_count (p, cr, votes, color, ring_alpha, 11, KIN_NOTE_WIDTH - 6, 0);
      return;
    }

  for (int i = 0; i < votes; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, KIN_NOTE_WIDTH - 12 - i * DOT_PITCH, 0, DOT_RADIUS, 0, 2 * G_PI);
    }
  kin_board_set_rgb (cr, color);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, ring_alpha);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

/* The principle as a small coloured tag and the voice as a label, along
 * the bottom of the note. */
static void
draw_footer (KinBoardPainter *p,
             cairo_t         *cr,
             KinNote         *note,
             KinRgb           body,
             gboolean         dimmed)
{
  KinPrinciple *principle = NULL;
  double x = KIN_NOTE_TEXT_X - 2;
  double top = KIN_NOTE_HEIGHT - KIN_NOTE_FOOTER + 3;
  double tag_height = KIN_NOTE_FOOTER - 8;
  double width, height;
  PangoLayout *layout;

  if (kin_note_get_principle (note) != NULL)
    principle = g_hash_table_lookup (p->principles, kin_note_get_principle (note));

  if (principle != NULL && *kin_principle_get_name (principle) != '\0')
    {
      KinRgb color = _kin_board_parse_color (kin_principle_get_color (principle), p->palette.neutral);

      if (dimmed)
        color = kin_rgb_mix (color, body, 0.6);
      layout = _kin_board_label (p->family, LABEL_SIZE, TRUE, 92, kin_principle_get_name (principle));
      kin_board_layout_size (layout, &width, &height);
      _kin_board_rounded_rectangle (cr, x, top, width + 10, tag_height, tag_height / 2);
      kin_board_set_rgb (cr, color);
      cairo_fill (cr);
      kin_board_set_rgb (cr, kin_rgb_text_on (color));
      cairo_move_to (cr, x + 5, top + (tag_height - height) / 2);
      pango_cairo_show_layout (cr, layout);
      x += width + 10 + 6;
    }

  if (KIN_NOTE_WIDTH - KIN_NOTE_TEXT_X - x > 24)
    {
      layout = _kin_board_label (p->family, LABEL_SIZE, FALSE, KIN_NOTE_WIDTH - KIN_NOTE_TEXT_X - x,
                                 kin_voice_get_label (kin_note_get_voice (note)));
      kin_board_layout_size (layout, NULL, &height);
      kin_board_set_rgba (cr, kin_rgb_text_on (body), dimmed ? 0.3 : 0.62);
      cairo_move_to (cr, x, top + (tag_height - height) / 2);
      pango_cairo_show_layout (cr, layout);
    }
}

/*
 * _kin_board_note_body:
 * @p: the painter
 * @note: a note
 * @dimmed: whether the filter leaves it out
 *
 * Returns: the colour of the note's paper, or of its back when face down
 */
KinRgb
_kin_board_note_body (KinBoardPainter *p,
                      KinNote         *note,
                      gboolean         dimmed)
{
  KinRgb body = kin_note_get_hidden (note) ? p->palette.back
                                         : _kin_board_parse_color (kin_note_get_color (note), (KinRgb) { 1, 0.95, 0.63 });

  return dimmed ? kin_rgb_mix (body, p->palette.paper, 0.6) : body;
}

/* The note itself, its top-left corner at the origin of @cr. */
static void
draw_note_paper (KinBoardPainter *p,
                 cairo_t         *cr,
                 KinNote         *note,
                 gboolean         dimmed)
{
  KinRgb body = _kin_board_note_body (p, note, dimmed);

  if (!dimmed)
    {
      _kin_board_rounded_rectangle (cr, 1.2, 2.4, KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT, KIN_NOTE_RADIUS);
      cairo_set_source_rgba (cr, 0, 0, 0, p->palette.shadow_alpha);
      cairo_fill (cr);
    }

  _kin_board_rounded_rectangle (cr, 0, 0, KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT, KIN_NOTE_RADIUS);
  kin_board_set_rgb (cr, body);
  cairo_fill (cr);

  if (kin_note_get_hidden (note))
    {
      /* Face down: a plain back with a turned-up corner, and nothing that
       * gives away what it says. */
      cairo_move_to (cr, KIN_NOTE_WIDTH - 26, KIN_NOTE_HEIGHT);
      cairo_line_to (cr, KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT - 26);
      cairo_line_to (cr, KIN_NOTE_WIDTH - 26, KIN_NOTE_HEIGHT - 26);
      cairo_close_path (cr);
      kin_board_set_rgb (cr, dimmed ? kin_rgb_mix (p->palette.back_fold, p->palette.paper, 0.6) : p->palette.back_fold);
      cairo_fill (cr);
    }
  else if (note != p->options->editing)
    {
      kin_board_set_rgba (cr, kin_rgb_text_on (body), dimmed ? 0.35 : 1.0);
      cairo_move_to (cr, KIN_NOTE_TEXT_X, KIN_NOTE_TEXT_Y);
      pango_cairo_show_layout (cr, _kin_board_note_layout (note, p->family, NULL));

      draw_footer (p, cr, note, body, dimmed);

      if (p->options->show_votes && kin_note_get_votes (note) > 0)
        draw_dots (p, cr, kin_note_get_votes (note),
                   dimmed ? kin_rgb_mix (p->palette.dot, body, 0.6) : p->palette.dot,
                   dimmed ? 0.25 : 0.85);
    }
}

typedef struct
{
  KinBoardPainter  *painter;
  KinNote  *note;
  gboolean  dimmed;
} NoteToDraw;

static void
draw_note_paper_cb (cairo_t  *cr,
                    gpointer  user_data)
{
  NoteToDraw *what = user_data;

  draw_note_paper (what->painter, cr, what->note, what->dimmed);
}

/* Everything the look of a note depends on, for its picture. */
static char *
note_key (KinBoardPainter *p,
          KinNote         *note,
          gboolean         dimmed)
{
  GString *key = g_string_sized_new (160);
  KinPrinciple *principle = NULL;

  if (kin_note_get_principle (note) != NULL)
    principle = g_hash_table_lookup (p->principles, kin_note_get_principle (note));

  g_string_append_printf (key, "%s\x1f%d%d%d%d\x1f%d\x1f%d\x1f%s\x1f%s\x1f%s\x1f%s",
                          p->family, p->options->dark, p->options->show_votes,
                          kin_note_get_hidden (note), dimmed,
                          p->options->show_votes ? kin_note_get_votes (note) : 0,
                          kin_note_get_voice (note),
                          kin_note_get_color (note),
                          principle != NULL ? kin_principle_get_name (principle) : "",
                          principle != NULL ? kin_principle_get_color (principle) : "",
                          kin_note_get_text (note));

  return g_string_free (key, FALSE);
}

/* Paints a note's picture, its corner at @x, @y on the device, with the
 * note's own corner at @origin_x, @origin_y in it. Between its rounded
 * corners the paper is opaque, whatever is written on it, so that part is
 * copied over what lies below rather than blended with it, which is
 * several times quicker; only the frame around it, with the shadow, the
 * rounded corners and the dots over the top edge, is blended. */
static void
paint_opaque_middle (KinBoardPainter *p,
                     cairo_surface_t *sprite,
                     double           x,
                     double           y,
                     int              origin_x,
                     int              origin_y,
                     double           scale)
{
  cairo_t *cr = p->cr;
  double width = cairo_image_surface_get_width (sprite);
  double height = cairo_image_surface_get_height (sprite);
  double left = x + origin_x;
  double right = left + floor (KIN_NOTE_WIDTH * scale);
  double top = y + origin_y + ceil (KIN_NOTE_RADIUS * scale);
  double bottom = y + origin_y + floor ((KIN_NOTE_HEIGHT - KIN_NOTE_RADIUS) * scale);

  if (right - left < 8 || bottom - top < 8)
    {
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
      return;
    }

  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_rectangle (cr, left, top, right - left, bottom - top);
  cairo_fill (cr);

  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_rectangle (cr, x, y, width, height);
  cairo_rectangle (cr, left, top, right - left, bottom - top);
  cairo_fill (cr);
}

/* Copies the note's picture onto whole device pixels; moves @x and @y to
 * where the note ended up. FALSE when it has no picture yet. */
static gboolean
paint_sprite (KinBoardPainter *p,
              KinNote         *note,
              gboolean         dimmed,
              double          *x,
              double          *y)
{
  NoteToDraw what = { p, note, dimmed };
  g_autofree char *key = note_key (p, note, dimmed);
  const cairo_matrix_t *m = &p->to_device;
  cairo_surface_t *sprite;
  double left = kin_board_snap (m->xx * *x + m->x0);
  double top = kin_board_snap (m->yy * *y + m->y0);
  int origin_x, origin_y;

  sprite = _kin_board_note_sprite (note, m->xx, key, draw_note_paper_cb, &what, &origin_x, &origin_y);
  if (sprite == NULL)
    return FALSE;

  cairo_save (p->cr);
  cairo_identity_matrix (p->cr);
  cairo_set_source_surface (p->cr, sprite, left - origin_x, top - origin_y);
  paint_opaque_middle (p, sprite, left - origin_x, top - origin_y, origin_x, origin_y, m->xx);
  cairo_restore (p->cr);

  *x = (left - m->x0) / m->xx;
  *y = (top - m->y0) / m->yy;
  return TRUE;
}

static void
draw_ring (KinBoardPainter *p,
           double           x,
           double           y,
           double           gap_pixels,
           double           width_pixels,
           double           alpha)
{
  double gap = kin_board_device_pixels (p, gap_pixels);
  double line = kin_board_device_pixels (p, width_pixels);

  _kin_board_rounded_rectangle (p->cr, x - gap - line / 2, y - gap - line / 2,
                     KIN_NOTE_WIDTH + 2 * gap + line, KIN_NOTE_HEIGHT + 2 * gap + line,
                     KIN_NOTE_RADIUS + gap + line / 2);
  kin_board_set_rgba (p->cr, p->palette.accent, alpha);
  cairo_set_line_width (p->cr, line);
  cairo_stroke (p->cr);
}

static void
draw_note_full (KinBoardPainter *p,
                KinNote         *note,
                gboolean         dimmed,
                gboolean         selected,
                gboolean         focused)
{
  double x = kin_note_get_x (note);
  double y = kin_note_get_y (note);

  /* The note being edited changes with every key: no picture. */
  if (!p->use_sprites || note == p->options->editing || !paint_sprite (p, note, dimmed, &x, &y))
    {
      cairo_save (p->cr);
      cairo_translate (p->cr, x, y);
      draw_note_paper (p, p->cr, note, dimmed);
      cairo_restore (p->cr);
    }

  if (selected)
    draw_ring (p, x, y, 2, 3, 1.0);
  if (focused)
    draw_ring (p, x, y, selected ? 7 : 3, 2, 0.6);
}

/*
 * _kin_board_note_is_visible:
 * @p: the painter
 * @note: a note
 *
 * Returns: whether any of the note's drawing falls in the clip
 */
gboolean
_kin_board_note_is_visible (KinBoardPainter *p,
                            KinNote         *note)
{
  return kin_board_is_visible (p, kin_note_get_x (note), kin_note_get_y (note),
                               KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT,
                               NOTE_MARGIN + kin_board_device_pixels (p, 12));
}

/*
 * _kin_board_notes_in_view:
 * @p: the painter
 * @index: the index of the painter's board
 *
 * Finds the notes to draw: those in the painter's scope whose drawing
 * falls in the clip.
 *
 * Returns: (transfer container) (element-type KinNote): the notes, bottom
 *   first
 */
GPtrArray *
_kin_board_notes_in_view (KinBoardPainter *p,
                          KinBoardIndex   *index)
{
  /* A unit more than the margin of the exact test, against rounding. */
  double margin = NOTE_MARGIN + kin_board_device_pixels (p, 12) + 1;
  GPtrArray *notes = kin_board_index_notes_in_rect (index, p->clip_x0 - margin, p->clip_y0 - margin,
                                                    p->clip_x1 - p->clip_x0 + 2 * margin,
                                                    p->clip_y1 - p->clip_y0 + 2 * margin);
  guint kept = 0;

  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = notes->pdata[i];

      if ((p->scope->only_notes == NULL || g_hash_table_contains (p->scope->only_notes, note)) &&
          _kin_board_note_is_visible (p, note))
        notes->pdata[kept++] = note;
    }
  g_ptr_array_set_size (notes, kept);

  return notes;
}

/*
 * _kin_board_paint_notes:
 * @p: the painter, with the view applied to its cairo context
 * @notes: (element-type KinNote): the notes to draw, bottom first
 *
 * Draws the notes with their selection, focus and filter.
 */
void
_kin_board_paint_notes (KinBoardPainter *p,
                        GPtrArray       *notes)
{
  const KinBoardRenderOptions *options = p->options;

  if (p->detail != KIN_BOARD_DETAIL_FULL)
    {
      _kin_board_paint_blocks (p, notes);
      return;
    }

  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = notes->pdata[i];
      gboolean dimmed = p->filtering && !kin_note_matches (note, options->filter);
      gboolean selected = options->selected != NULL && g_hash_table_contains (options->selected, note);

      draw_note_full (p, note, dimmed, selected, note == options->focused);
    }
}
