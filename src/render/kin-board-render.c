/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kin-board-index.h"
#include "kin-board-paint-private.h"
#include "kin-model.h"

/*
 * One drawing of a vision board for the canvas, the projector and every
 * export: paper, then the themes as soft rounded areas with their titles,
 * then the notes in list order, so that later notes lie on top.
 *
 * Speed comes from drawing only what the clip shows, found through the
 * board's index (kin-board-index.h) without going through the board, and
 * from three levels of detail chosen by how big a note is on the device:
 *
 *   full    the sticky note as it is: rounded, with a shadow, its text
 *           (laid out once, see kin-board-text.c), principle tag, voice
 *           and dots; on screen, a note drawn twice at one scale is then
 *           copied from a picture of it (kin-board-sprites.c);
 *   sketch  when the text would be too small to read: a flat block in the
 *           note's colour with two strokes where the text is, drawn on
 *           whole device pixels, many at once (kin-board-blocks.c);
 *   speck   a few pixels: the block alone.
 *
 * The notes themselves are drawn by kin-board-notes.c. Vector output
 * (PDF, SVG) always gets full detail, since it is zoomed in the viewer.
 * Colours are chosen for a light or a dark style; notes keep their own
 * colour in both, like paper on a dark wall.
 */

/* A note this big on the device, in pixels across, or more gets its text;
 * smaller, it is sketched, and below a few pixels only a speck. */
#define FULL_DETAIL_WIDTH   64.0
#define SKETCH_DETAIL_WIDTH  7.0

#define CLUSTER_RADIUS 14.0

static const KinBoardScope default_scope = { NULL, NULL, FALSE, FALSE };

/* Colours and shapes */

/*
 * _kin_board_parse_color:
 * @text: (nullable): a colour as "#rrggbb"
 * @fallback: the colour to use when @text is not one
 *
 * Returns: the colour
 */
KinRgb
_kin_board_parse_color (const char *text,
                        KinRgb      fallback)
{
  guint value;

  if (text == NULL || !kin_is_valid_color (text))
    return fallback;

  value = (guint) g_ascii_strtoull (text + 1, NULL, 16);
  return (KinRgb) { ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0, (value & 0xff) / 255.0 };
}

/*
 * _kin_board_rounded_rectangle:
 * @cr: where to add the path
 * @x: the left edge
 * @y: the top edge
 * @width: the width
 * @height: the height
 * @radius: the radius of the corners, at most half the shorter side
 *
 * Adds a rounded rectangle to the path of @cr.
 */
void
_kin_board_rounded_rectangle (cairo_t *cr,
                              double   x,
                              double   y,
                              double   width,
                              double   height,
                              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}


static void
init_palette (KinBoardPalette *palette,
              gboolean         dark)
{
  if (dark)
    *palette = (KinBoardPalette) {
      .paper = { 0.118, 0.118, 0.125 },
      .ink = { 0.93, 0.93, 0.92 },
      .neutral = { 1, 1, 1 },
      .neutral_alpha = 0.075,
      .tint_alpha = 0.26,
      .shadow_alpha = 0.45,
      .back = { 0.36, 0.35, 0.33 },
      .back_fold = { 0.27, 0.26, 0.25 },
      .accent = { 0.47, 0.68, 0.93 },
      .dot = { 0.75, 0.11, 0.16 },
    };
  else
    *palette = (KinBoardPalette) {
      .paper = { 0.969, 0.957, 0.933 },
      .ink = { 0.16, 0.16, 0.17 },
      .neutral = { 0.36, 0.33, 0.28 },
      .neutral_alpha = 0.09,
      .tint_alpha = 0.22,
      .shadow_alpha = 0.16,
      .back = { 0.80, 0.77, 0.71 },
      .back_fold = { 0.70, 0.67, 0.61 },
      .accent = { 0.21, 0.52, 0.89 },
      .dot = { 0.75, 0.11, 0.16 },
    };
}

static gboolean
is_vector_surface (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Setting up */

/**
 * kin_board_render_options_init:
 * @options: the options to fill in
 *
 * Sets the defaults: a 1:1 view with no offset, the light style, votes
 * shown, no question, no selection, focus, editor or filter, and the
 * default font.
 */
void
kin_board_render_options_init (KinBoardRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (KinBoardRenderOptions) {
    .scale = 1.0,
    .show_votes = TRUE,
  };
}

/* Applies the view to the cairo context and fills in everything the
 * drawing functions need. */
static void
painter_init (KinBoardPainter             *p,
              cairo_t                     *cr,
              KinProject                  *project,
              KinBoard                    *board,
              const KinBoardRenderOptions *options,
              const KinBoardScope         *scope)
{
  GListModel *principles = kin_project_get_principles (project);
  guint n = g_list_model_get_n_items (principles);
  double ux = 1, uy = 0;
  double device_width;

  *p = (KinBoardPainter) {
    .cr = cr,
    .project = project,
    .board = board,
    .options = options,
    .scope = scope != NULL ? scope : &default_scope,
    .family = options->font_family != NULL ? options->font_family : KIN_BOARD_DEFAULT_FONT,
    .filtering = !kin_note_filter_is_empty (options->filter),
  };
  init_palette (&p->palette, options->dark);

  cairo_translate (cr, options->offset_x, options->offset_y);
  cairo_scale (cr, options->scale, options->scale);

  cairo_clip_extents (cr, &p->clip_x0, &p->clip_y0, &p->clip_x1, &p->clip_y1);
  cairo_get_matrix (cr, &p->to_device);
  p->base = p->scope->no_paper ? (KinRgb) { 1, 1, 1 } : p->palette.paper;

  /* The scale on the device, with whatever transformation the caller had
   * already set (a HiDPI window, a PNG at 150 dpi). */
  cairo_user_to_device_distance (cr, &ux, &uy);
  p->device_scale = hypot (ux, uy);

  device_width = KIN_NOTE_WIDTH * p->device_scale;
  if (p->scope->full_detail || is_vector_surface (cr) || device_width >= FULL_DETAIL_WIDTH)
    p->detail = KIN_BOARD_DETAIL_FULL;
  else if (device_width >= SKETCH_DETAIL_WIDTH)
    p->detail = KIN_BOARD_DETAIL_SKETCH;
  else
    p->detail = KIN_BOARD_DETAIL_SPECK;

  /* Pictures of notes are copied on whole pixels, so they need a raster
   * target, a view that neither rotates nor stretches, and full detail. */
  p->axis_aligned_raster = !is_vector_surface (cr) && p->to_device.xy == 0 && p->to_device.yx == 0 &&
                           p->to_device.xx > 0 && p->to_device.xx == p->to_device.yy;
  p->use_sprites = p->detail == KIN_BOARD_DETAIL_FULL && !p->scope->full_detail && p->axis_aligned_raster;

  p->principles = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      g_hash_table_insert (p->principles, (gpointer) kin_object_get_id (KIN_OBJECT (principle)), principle);
    }
}

static void
painter_clear (KinBoardPainter *p)
{
  g_clear_pointer (&p->principles, g_hash_table_unref);
}

/* The question */

static gboolean
question_extents (KinBoard                     *board,
                  const KinBoardRenderOptions  *options,
                  double                       *x,
                  double                       *y,
                  double                       *width,
                  double                       *height,
                  PangoLayout                 **layout_out)
{
  const char *family = options->font_family != NULL ? options->font_family : KIN_BOARD_DEFAULT_FONT;
  double bx = 0, by = 0, bw = 0, text_height;
  PangoLayout *layout;

  if (*kin_board_get_question (board) == '\0')
    return FALSE;

  kin_board_get_extents (board, &bx, &by, &bw, NULL);
  bw = MAX (bw, 960.0);
  layout = _kin_board_question_layout (board, family, bw);
  kin_board_layout_size (layout, NULL, &text_height);

  *x = bx;
  *y = by - KIN_BOARD_QUESTION_GAP - text_height;
  *width = bw;
  *height = text_height;
  if (layout_out != NULL)
    *layout_out = layout;

  return TRUE;
}

static void
draw_question (KinBoardPainter *p)
{
  PangoLayout *layout = NULL;
  double x, y, width, height;

  if (!question_extents (p->board, p->options, &x, &y, &width, &height, &layout) ||
      !kin_board_is_visible (p, x, y, width, height, 0))
    return;

  kin_board_set_rgb (p->cr, p->palette.ink);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, layout);
}

/**
 * kin_board_render_get_extents:
 * @board: a board
 * @options: the options it is drawn with
 * @x: (out) (optional): the left edge of what is drawn, in board units
 * @y: (out) (optional): the top edge
 * @width: (out) (optional): the width
 * @height: (out) (optional): the height
 *
 * Like kin_board_get_extents(), and includes the framing question above
 * the board when @options show it, so that a view fitting everything
 * keeps the question in sight.
 *
 * Returns: %FALSE when there is nothing to draw
 */
gboolean
kin_board_render_get_extents (KinBoard                    *board,
                              const KinBoardRenderOptions *options,
                              double                      *x,
                              double                      *y,
                              double                      *width,
                              double                      *height)
{
  double x0 = 0, y0 = 0, w = 0, h = 0;
  double qx, qy, qw, qh;
  gboolean any;

  g_return_val_if_fail (KIN_IS_BOARD (board), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  any = kin_board_get_extents (board, &x0, &y0, &w, &h);
  if (options->show_question && question_extents (board, options, &qx, &qy, &qw, &qh, NULL))
    {
      double x1 = any ? MAX (x0 + w, qx + qw) : qx + qw;
      double y1 = any ? y0 + h : qy + qh;

      x0 = any ? MIN (x0, qx) : qx;
      y0 = qy;
      w = x1 - x0;
      h = y1 - y0;
      any = TRUE;
    }

  if (x != NULL)
    *x = x0;
  if (y != NULL)
    *y = y0;
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;

  return any;
}

/* Themes */

/* Adds up the votes of the themes in view from the notes of an export
 * that draws only some of them. */
static void
add_scoped_totals (KinBoardPainter *p,
                   GPtrArray       *clusters,
                   gint64          *totals)
{
  GHashTableIter iter;
  gpointer note;

  g_hash_table_iter_init (&iter, p->scope->only_notes);
  while (g_hash_table_iter_next (&iter, &note, NULL))
    {
      const char *cluster = kin_note_get_cluster (note);
      int votes = kin_note_get_votes (note);

      if (cluster == NULL || votes == 0)
        continue;

      for (guint c = 0; c < clusters->len; c++)
        {
          if (strcmp (cluster, kin_object_get_id (clusters->pdata[c])) == 0)
            {
              totals[c] += votes;
              break;
            }
        }
    }
}

/* The themes whose area falls in the clip, bottom first. */
static GPtrArray *
clusters_in_view (KinBoardPainter *p,
                  KinBoardIndex   *index)
{
  /* A unit more than the margin, so that rounding in the question never
   * leaves out what the exact test below keeps. */
  double margin = 3;
  GPtrArray *clusters = kin_board_index_clusters_in_rect (index, p->clip_x0 - margin, p->clip_y0 - margin,
                                                          p->clip_x1 - p->clip_x0 + 2 * margin,
                                                          p->clip_y1 - p->clip_y0 + 2 * margin);
  guint kept = 0;

  for (guint i = 0; i < clusters->len; i++)
    {
      KinCluster *cluster = clusters->pdata[i];

      if ((p->scope->only_clusters == NULL || g_hash_table_contains (p->scope->only_clusters, cluster)) &&
          kin_board_is_visible (p, kin_cluster_get_x (cluster), kin_cluster_get_y (cluster),
                                kin_cluster_get_width (cluster), kin_cluster_get_height (cluster), 2))
        clusters->pdata[kept++] = cluster;
    }
  g_ptr_array_set_size (clusters, kept);

  return clusters;
}

/* Fills a theme's rounded area with the current source. On a raster
 * target the area is moved to whole device pixels, and its middle,
 * between the rounded ends, is filled without antialiasing, which is much
 * quicker for such a large area. */
static void
fill_cluster_area (KinBoardPainter *p,
                   double           x,
                   double           y,
                   double           width,
                   double           height)
{
  cairo_t *cr = p->cr;
  const cairo_matrix_t *m = &p->to_device;
  double radius = MIN (CLUSTER_RADIUS, MIN (width, height) / 2);
  double column0, column1, row0, row1, band0, band1;

  if (!p->axis_aligned_raster || (height - 2 * radius) * m->yy < 4)
    {
      _kin_board_rounded_rectangle (cr, x, y, width, height, radius);
      cairo_fill (cr);
      return;
    }

  /* The sides lie on pixel columns and the rounded ends end on pixel
   * rows, so that the middle meets them without a seam. */
  column0 = kin_board_snap (m->xx * x + m->x0);
  column1 = kin_board_snap (m->xx * (x + width) + m->x0);
  x = (column0 - m->x0) / m->xx;
  width = (column1 - column0) / m->xx;
  row0 = ceil (m->yy * (y + radius) + m->y0);
  row1 = floor (m->yy * (y + height - radius) + m->y0);
  band0 = (row0 - m->y0) / m->yy;
  band1 = (row1 - m->y0) / m->yy;

  cairo_new_sub_path (cr);
  cairo_move_to (cr, x, band0);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_line_to (cr, x + width, band0);
  cairo_close_path (cr);
  cairo_new_sub_path (cr);
  cairo_move_to (cr, x + width, band1);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_line_to (cr, x, band1);
  cairo_close_path (cr);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_rectangle (cr, column0, row0, column1 - column0, row1 - row0);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_cluster (KinBoardPainter *p,
              KinCluster      *cluster,
              gint64           votes)
{
  cairo_t *cr = p->cr;
  double x = kin_cluster_get_x (cluster);
  double y = kin_cluster_get_y (cluster);
  double width = kin_cluster_get_width (cluster);
  double height = kin_cluster_get_height (cluster);
  const char *color = kin_cluster_get_color (cluster);
  KinRgb tint = _kin_board_parse_color (color, p->palette.neutral);
  double fill_alpha = color != NULL ? p->palette.tint_alpha : p->palette.neutral_alpha;
  double title_size, title_width, title_height;
  PangoLayout *layout;

  /* The tint is mixed with the paper here rather than blended by Cairo:
   * filling a large area with an opaque colour is many times faster.
   * Overlapping themes then hide each other instead of mixing, which
   * reads as clearly. */
  kin_board_set_rgb (cr, kin_rgb_mix (p->base, tint, fill_alpha));
  fill_cluster_area (p, x, y, width, height);

  /* Zoomed out, the title grows so that the themes stay legible from
   * afar, up to the height of the title band. */
  title_size = KIN_CLUSTER_TITLE_SIZE;
  if (p->detail != KIN_BOARD_DETAIL_FULL)
    title_size = floor (MIN (MAX (KIN_CLUSTER_TITLE_SIZE, kin_board_device_pixels (p, 11)), KIN_CLUSTER_TITLE_HEIGHT * 0.75));
  if (title_size * p->device_scale < 4 || width < 60)
    return;

  title_width = width - 36;
  if (votes > 0 && p->detail == KIN_BOARD_DETAIL_FULL && title_width > 120)
    {
      _kin_board_draw_dot_count (p, cr, (int) MIN (votes, G_MAXINT), p->palette.dot, 0.85, 12, x + width - 14, y + KIN_CLUSTER_TITLE_HEIGHT / 2);
      title_width -= 56;
    }

  if (*kin_cluster_get_title (cluster) == '\0')
    return;

  /* Two lines fit the title band only at full size. */
  if (p->detail == KIN_BOARD_DETAIL_FULL)
    layout = _kin_board_title_layout (p->family, title_size, title_width, kin_cluster_get_title (cluster));
  else
    layout = _kin_board_label (p->family, title_size, TRUE, title_width, kin_cluster_get_title (cluster));
  kin_board_layout_size (layout, NULL, &title_height);
  kin_board_set_rgb (cr, p->palette.ink);
  cairo_move_to (cr, x + 18, y + MAX (2, (KIN_CLUSTER_TITLE_HEIGHT - title_height) / 2));
  pango_cairo_show_layout (cr, layout);
}

/* Drawing */

void
_kin_board_render_scoped (cairo_t                     *cr,
                          KinProject                  *project,
                          KinBoard                    *board,
                          const KinBoardRenderOptions *options,
                          const KinBoardScope         *scope)
{
  KinBoardIndex *index = kin_board_index_get (board);
  g_autoptr(GPtrArray) visible = NULL;
  g_autoptr(GPtrArray) in_view = NULL;
  g_autofree gint64 *totals = NULL;
  KinBoardPainter p;

  cairo_save (cr);
  painter_init (&p, cr, project, board, options, scope);

  if (!p.scope->no_paper)
    {
      kin_board_set_rgb (cr, p.palette.paper);
      cairo_paint (cr);
    }

  if (options->show_question)
    draw_question (&p);

  /* The index finds what is in view without going through the board, and
   * keeps the themes' totals of votes, shown beside their titles at full
   * detail. */
  visible = clusters_in_view (&p, index);
  if (options->show_votes && p.detail == KIN_BOARD_DETAIL_FULL && visible->len > 0)
    {
      totals = g_new0 (gint64, visible->len);
      if (p.scope->only_notes != NULL)
        add_scoped_totals (&p, visible, totals);
      else
        for (guint i = 0; i < visible->len; i++)
          totals[i] = kin_board_index_get_cluster_votes (index, visible->pdata[i]);
    }
  in_view = _kin_board_notes_in_view (&p, index);

  for (guint i = 0; i < visible->len; i++)
    draw_cluster (&p, visible->pdata[i], totals != NULL ? totals[i] : 0);

  _kin_board_paint_notes (&p, in_view);

  painter_clear (&p);
  cairo_restore (cr);
}

/**
 * kin_board_render:
 * @cr: where to draw
 * @project: the project that holds @board, for principle names and colours
 * @board: the board to draw
 * @options: the view and what to show
 *
 * Paints the board: the paper over the whole clip, the question above
 * the board if asked for, the themes and then the notes. Only what lies
 * in the clip is drawn, so set a clip to redraw part of a view. The state
 * of @cr is left as it was.
 */
void
kin_board_render (cairo_t                     *cr,
                  KinProject                  *project,
                  KinBoard                    *board,
                  const KinBoardRenderOptions *options)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));
  g_return_if_fail (options != NULL);
  g_return_if_fail (options->scale > 0);

  _kin_board_render_scoped (cr, project, board, options, NULL);
}

/**
 * kin_board_render_note:
 * @cr: where to draw
 * @project: the project that holds @board
 * @board: the board @note is on
 * @note: the note to draw
 * @options: the view and what to show
 *
 * Paints one note as kin_board_render() would, with no background, for
 * instance above the board while it is dragged. The state of @cr is left
 * as it was.
 */
void
kin_board_render_note (cairo_t                     *cr,
                       KinProject                  *project,
                       KinBoard                    *board,
                       KinNote                     *note,
                       const KinBoardRenderOptions *options)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  KinBoardPainter p;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));
  g_return_if_fail (KIN_IS_NOTE (note));
  g_return_if_fail (options != NULL);
  g_return_if_fail (options->scale > 0);

  cairo_save (cr);
  painter_init (&p, cr, project, board, options, NULL);

  g_ptr_array_add (one, note);
  _kin_board_paint_notes (&p, one);

  painter_clear (&p);
  cairo_restore (cr);
}
