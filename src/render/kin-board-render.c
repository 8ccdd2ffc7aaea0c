/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kin-board-render-private.h"
#include "kin-model.h"

/*
 * One drawing of a vision board for the canvas, the projector and every
 * export: paper, then the themes as soft rounded areas with their titles,
 * then the notes in list order, so that later notes lie on top.
 *
 * Speed comes from drawing only what the clip shows and from three levels
 * of detail chosen by how big a note is on the device:
 *
 *   full    the sticky note as it is: rounded, with a shadow, its text
 *           (laid out once, see kin-board-text.c), principle tag, voice
 *           and dots;
 *   sketch  when the text would be too small to read: a flat block in the
 *           note's colour with two strokes where the text is, drawn on
 *           whole device pixels, which Cairo fills fastest;
 *   speck   a few pixels: the block alone.
 *
 * Vector output (PDF, SVG) always gets full detail, since it is zoomed in
 * the viewer. Colours are chosen for a light or a dark style; notes keep
 * their own colour in both, like paper on a dark wall.
 */

typedef struct
{
  double red;
  double green;
  double blue;
} Rgb;

typedef struct
{
  Rgb    paper;
  Rgb    ink;           /* theme titles, the question */
  Rgb    neutral;       /* themes without a colour */
  double neutral_alpha;
  double tint_alpha;    /* themes with a colour */
  double shadow_alpha;
  Rgb    back;          /* a face-down note */
  Rgb    back_fold;
  Rgb    accent;        /* selection and focus */
  Rgb    dot;
} Palette;

typedef enum
{
  DETAIL_FULL,
  DETAIL_SKETCH,
  DETAIL_SPECK,
} Detail;

/* A note this big on the device, in pixels across, or more gets its text. */
#define FULL_DETAIL_WIDTH  64.0
#define SKETCH_DETAIL_WIDTH 7.0

#define NOTE_RADIUS     4.0
#define CLUSTER_RADIUS 14.0
#define LABEL_SIZE      9.5
#define DOT_RADIUS      5.5
#define DOT_PITCH      13.0
#define MAX_DRAWN_DOTS 10
/* How far a note's drawing reaches beyond its rectangle (shadow, dots on
 * the top edge), in board units; rings add a few device pixels. */
#define NOTE_MARGIN     8.0

typedef struct
{
  cairo_t                     *cr;
  KinProject                  *project;
  KinBoard                    *board;
  const KinBoardRenderOptions *options;
  const KinBoardScope         *scope;
  const char                  *family;
  Palette                      palette;
  double                       device_scale;  /* device pixels per board unit */
  Detail                       detail;
  gboolean                     filtering;
  GHashTable                  *principles;    /* id -> KinPrinciple */
  GHashTable                  *totals;        /* theme id -> votes, when shown */
  /* The clip, in board units. */
  double                       clip_x0, clip_y0, clip_x1, clip_y1;
} Painter;

static const KinBoardScope default_scope = { NULL, NULL, FALSE, FALSE };

/* Colours */

static Rgb
parse_color (const char *text,
             Rgb         fallback)
{
  guint value;

  if (text == NULL || !kin_is_valid_color (text))
    return fallback;

  value = (guint) g_ascii_strtoull (text + 1, NULL, 16);
  return (Rgb) { ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0, (value & 0xff) / 255.0 };
}

static Rgb
mix (Rgb    a,
     Rgb    b,
     double t)
{
  return (Rgb) { a.red + (b.red - a.red) * t, a.green + (b.green - a.green) * t, a.blue + (b.blue - a.blue) * t };
}

static double
luminance (Rgb c)
{
  return 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue;
}

/* Dark text on light paper, light text on dark. */
static Rgb
text_on (Rgb background)
{
  return luminance (background) > 0.5 ? (Rgb) { 0.13, 0.13, 0.14 } : (Rgb) { 1, 1, 1 };
}

static void
set_rgb (cairo_t *cr,
         Rgb      c)
{
  cairo_set_source_rgb (cr, c.red, c.green, c.blue);
}

static void
set_rgba (cairo_t *cr,
          Rgb      c,
          double   alpha)
{
  cairo_set_source_rgba (cr, c.red, c.green, c.blue, alpha);
}

static void
init_palette (Palette  *palette,
              gboolean  dark)
{
  if (dark)
    *palette = (Palette) {
      .paper = { 0.118, 0.118, 0.125 },
      .ink = { 0.93, 0.93, 0.92 },
      .neutral = { 1, 1, 1 },
      .neutral_alpha = 0.06,
      .tint_alpha = 0.26,
      .shadow_alpha = 0.45,
      .back = { 0.36, 0.35, 0.33 },
      .back_fold = { 0.27, 0.26, 0.25 },
      .accent = { 0.47, 0.68, 0.93 },
      .dot = { 0.75, 0.11, 0.16 },
    };
  else
    *palette = (Palette) {
      .paper = { 0.969, 0.957, 0.933 },
      .ink = { 0.16, 0.16, 0.17 },
      .neutral = { 0.36, 0.33, 0.28 },
      .neutral_alpha = 0.07,
      .tint_alpha = 0.22,
      .shadow_alpha = 0.16,
      .back = { 0.80, 0.77, 0.71 },
      .back_fold = { 0.70, 0.67, 0.61 },
      .accent = { 0.21, 0.52, 0.89 },
      .dot = { 0.75, 0.11, 0.16 },
    };
}

/* Shapes */

static void
rounded_rectangle (cairo_t *cr,
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
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
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
painter_init (Painter                     *p,
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

  *p = (Painter) {
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

  /* The scale on the device, with whatever transformation the caller had
   * already set (a HiDPI window, a PNG at 150 dpi). */
  cairo_user_to_device_distance (cr, &ux, &uy);
  p->device_scale = hypot (ux, uy);

  device_width = KIN_NOTE_WIDTH * p->device_scale;
  if (p->scope->full_detail || is_vector_surface (cr) || device_width >= FULL_DETAIL_WIDTH)
    p->detail = DETAIL_FULL;
  else if (device_width >= SKETCH_DETAIL_WIDTH)
    p->detail = DETAIL_SKETCH;
  else
    p->detail = DETAIL_SPECK;

  p->principles = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      g_hash_table_insert (p->principles, (gpointer) kin_object_get_id (KIN_OBJECT (principle)), principle);
    }
}

static void
painter_clear (Painter *p)
{
  g_clear_pointer (&p->principles, g_hash_table_unref);
  g_clear_pointer (&p->totals, g_hash_table_unref);
}

static gboolean
is_visible (Painter *p,
            double   x,
            double   y,
            double   width,
            double   height,
            double   margin)
{
  return x - margin < p->clip_x1 && x + width + margin > p->clip_x0 &&
         y - margin < p->clip_y1 && y + height + margin > p->clip_y0;
}

/* A width in device pixels, in board units. */
static double
device_pixels (Painter *p,
               double   pixels)
{
  return pixels / MAX (p->device_scale, 1e-6);
}

/* The question */

static gboolean
question_extents (KinBoard                    *board,
                  const KinBoardRenderOptions *options,
                  double                      *x,
                  double                      *y,
                  double                      *width,
                  double                      *height,
                  PangoLayout                **layout_out)
{
  const char *family = options->font_family != NULL ? options->font_family : KIN_BOARD_DEFAULT_FONT;
  double bx = 0, by = 0, bw = 0, text_height;
  PangoLayout *layout;

  if (*kin_board_get_question (board) == '\0')
    return FALSE;

  kin_board_get_extents (board, &bx, &by, &bw, NULL);
  bw = MAX (bw, 960.0);
  layout = _kin_board_question_layout (board, family, bw);
  layout_size (layout, NULL, &text_height);

  *x = bx;
  *y = by - KIN_BOARD_QUESTION_GAP - text_height;
  *width = bw;
  *height = text_height;
  if (layout_out != NULL)
    *layout_out = layout;

  return TRUE;
}

static void
draw_question (Painter *p)
{
  PangoLayout *layout = NULL;
  double x, y, width, height;

  if (!question_extents (p->board, p->options, &x, &y, &width, &height, &layout) ||
      !is_visible (p, x, y, width, height, 0))
    return;

  set_rgb (p->cr, p->palette.ink);
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

static void
compute_totals (Painter *p)
{
  GListModel *notes = kin_board_get_notes (p->board);
  guint n = g_list_model_get_n_items (notes);

  p->totals = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);
      const char *cluster = kin_note_get_cluster (note);
      gsize total;

      if (cluster == NULL || (p->scope->only_notes != NULL && !g_hash_table_contains (p->scope->only_notes, note)))
        continue;

      total = GPOINTER_TO_SIZE (g_hash_table_lookup (p->totals, cluster));
      g_hash_table_insert (p->totals, (gpointer) cluster,
                           GSIZE_TO_POINTER (total + (gsize) kin_note_get_votes (note)));
    }
}

/* A count of dots as a pill: the number, then a dot, in the dots'
 * colour, with its right edge at @right and its middle at @middle. */
static void
draw_dot_count (Painter *p,
                int      count,
                Rgb      color,
                double   ring_alpha,
                double   size,
                double   right,
                double   middle)
{
  cairo_t *cr = p->cr;
  g_autofree char *text = g_strdup_printf ("%d •", count);
  PangoLayout *layout = _kin_board_label (p->family, size, TRUE, 0, text);
  double width, height;

  layout_size (layout, &width, &height);
  rounded_rectangle (cr, right - width - 12, middle - height / 2 - 2, width + 12, height + 4,
                     height / 2 + 2);
  set_rgb (cr, color);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, ring_alpha);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, MIN (1.0, ring_alpha + 0.15));
  cairo_move_to (cr, right - width - 6, middle - height / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_cluster (Painter    *p,
              KinCluster *cluster)
{
  cairo_t *cr = p->cr;
  double x = kin_cluster_get_x (cluster);
  double y = kin_cluster_get_y (cluster);
  double width = kin_cluster_get_width (cluster);
  double height = kin_cluster_get_height (cluster);
  const char *color = kin_cluster_get_color (cluster);
  Rgb tint = parse_color (color, p->palette.neutral);
  double fill_alpha = color != NULL ? p->palette.tint_alpha : p->palette.neutral_alpha;
  double title_size, title_width, title_height;
  int total = 0;
  PangoLayout *layout;

  if (!is_visible (p, x, y, width, height, 2))
    return;

  rounded_rectangle (cr, x, y, width, height, CLUSTER_RADIUS);
  set_rgba (cr, tint, fill_alpha);
  cairo_fill_preserve (cr);
  set_rgba (cr, tint, MIN (1.0, fill_alpha * 2.6));
  cairo_set_line_width (cr, MAX (1.5, device_pixels (p, 1)));
  cairo_stroke (cr);

  /* Zoomed out, the title grows so that the themes stay legible from
   * afar, up to the height of the title band. */
  title_size = KIN_CLUSTER_TITLE_SIZE;
  if (p->detail != DETAIL_FULL)
    title_size = floor (MIN (MAX (KIN_CLUSTER_TITLE_SIZE, device_pixels (p, 11)), KIN_CLUSTER_TITLE_HEIGHT * 0.75));
  if (title_size * p->device_scale < 4 || width < 60)
    return;

  title_width = width - 36;
  if (p->totals != NULL)
    total = (int) MIN (GPOINTER_TO_SIZE (g_hash_table_lookup (p->totals, kin_object_get_id (KIN_OBJECT (cluster)))),
                       (gsize) G_MAXINT);
  if (total > 0 && p->detail == DETAIL_FULL && title_width > 120)
    {
      draw_dot_count (p, total, p->palette.dot, 0.85, 12, x + width - 14, y + KIN_CLUSTER_TITLE_HEIGHT / 2);
      title_width -= 56;
    }

  if (*kin_cluster_get_title (cluster) == '\0')
    return;

  /* Two lines fit the title band only at full size. */
  if (p->detail == DETAIL_FULL)
    layout = _kin_board_title_layout (p->family, title_size, title_width, kin_cluster_get_title (cluster));
  else
    layout = _kin_board_label (p->family, title_size, TRUE, title_width, kin_cluster_get_title (cluster));
  layout_size (layout, NULL, &title_height);
  set_rgb (cr, p->palette.ink);
  cairo_move_to (cr, x + 18, y + MAX (2, (KIN_CLUSTER_TITLE_HEIGHT - title_height) / 2));
  pango_cairo_show_layout (cr, layout);
}

/* Notes, full detail */

static void
draw_dots (Painter *p,
           int      votes,
           Rgb      color,
           double   ring_alpha)
{
  cairo_t *cr = p->cr;

  if (votes <= MAX_DRAWN_DOTS)
    {
      for (int i = 0; i < votes; i++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, KIN_NOTE_WIDTH - 12 - i * DOT_PITCH, 0, DOT_RADIUS, 0, 2 * G_PI);
        }
      set_rgb (cr, color);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, ring_alpha);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }
  else
    {
      /* Too many to count by eye: the number, then a dot. */
      draw_dot_count (p, votes, color, ring_alpha, 11, KIN_NOTE_WIDTH - 6, 0);
    }
}

/* The principle as a small coloured tag and the voice as a label, along
 * the bottom of the note. */
static void
draw_footer (Painter *p,
             KinNote *note,
             Rgb      body,
             gboolean dimmed)
{
  cairo_t *cr = p->cr;
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
      Rgb color = parse_color (kin_principle_get_color (principle), p->palette.neutral);

      if (dimmed)
        color = mix (color, body, 0.6);
      layout = _kin_board_label (p->family, LABEL_SIZE, TRUE, 92, kin_principle_get_name (principle));
      layout_size (layout, &width, &height);
      rounded_rectangle (cr, x, top, width + 10, tag_height, tag_height / 2);
      set_rgb (cr, color);
      cairo_fill (cr);
      set_rgb (cr, text_on (color));
      cairo_move_to (cr, x + 5, top + (tag_height - height) / 2);
      pango_cairo_show_layout (cr, layout);
      x += width + 10 + 6;
    }

  if (KIN_NOTE_WIDTH - KIN_NOTE_TEXT_X - x > 24)
    {
      layout = _kin_board_label (p->family, LABEL_SIZE, FALSE, KIN_NOTE_WIDTH - KIN_NOTE_TEXT_X - x,
                                 kin_voice_get_label (kin_note_get_voice (note)));
      layout_size (layout, NULL, &height);
      set_rgba (cr, text_on (body), dimmed ? 0.3 : 0.62);
      cairo_move_to (cr, x, top + (tag_height - height) / 2);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
draw_ring (Painter *p,
           double   x,
           double   y,
           double   gap_pixels,
           double   width_pixels,
           double   alpha)
{
  double gap = device_pixels (p, gap_pixels);
  double line = device_pixels (p, width_pixels);

  rounded_rectangle (p->cr, x - gap - line / 2, y - gap - line / 2,
                     KIN_NOTE_WIDTH + 2 * gap + line, KIN_NOTE_HEIGHT + 2 * gap + line,
                     NOTE_RADIUS + gap + line / 2);
  set_rgba (p->cr, p->palette.accent, alpha);
  cairo_set_line_width (p->cr, line);
  cairo_stroke (p->cr);
}

static void
draw_note_full (Painter  *p,
                KinNote  *note,
                gboolean  dimmed,
                gboolean  selected,
                gboolean  focused)
{
  cairo_t *cr = p->cr;
  double x = kin_note_get_x (note);
  double y = kin_note_get_y (note);
  gboolean hidden = kin_note_get_hidden (note);
  gboolean editing = note == p->options->editing;
  Rgb body = hidden ? p->palette.back : parse_color (kin_note_get_color (note), (Rgb) { 1, 0.95, 0.63 });

  if (dimmed)
    body = mix (body, p->palette.paper, 0.6);

  cairo_save (cr);
  cairo_translate (cr, x, y);

  if (!dimmed)
    {
      rounded_rectangle (cr, 1.2, 2.4, KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT, NOTE_RADIUS);
      cairo_set_source_rgba (cr, 0, 0, 0, p->palette.shadow_alpha);
      cairo_fill (cr);
    }

  rounded_rectangle (cr, 0, 0, KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT, NOTE_RADIUS);
  set_rgb (cr, body);
  cairo_fill (cr);

  if (hidden)
    {
      /* Face down: a plain back with a turned-up corner, and nothing that
       * gives away what it says. */
      Rgb fold = dimmed ? mix (p->palette.back_fold, p->palette.paper, 0.6) : p->palette.back_fold;

      cairo_move_to (cr, KIN_NOTE_WIDTH - 26, KIN_NOTE_HEIGHT);
      cairo_line_to (cr, KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT - 26);
      cairo_line_to (cr, KIN_NOTE_WIDTH - 26, KIN_NOTE_HEIGHT - 26);
      cairo_close_path (cr);
      set_rgb (cr, fold);
      cairo_fill (cr);
    }
  else if (!editing)
    {
      PangoLayout *layout = _kin_board_note_layout (note, p->family, NULL);
      Rgb ink = text_on (body);

      set_rgba (cr, ink, dimmed ? 0.35 : 1.0);
      cairo_move_to (cr, KIN_NOTE_TEXT_X, KIN_NOTE_TEXT_Y);
      pango_cairo_show_layout (cr, layout);

      draw_footer (p, note, body, dimmed);

      if (p->options->show_votes && kin_note_get_votes (note) > 0)
        draw_dots (p, kin_note_get_votes (note), dimmed ? mix (p->palette.dot, body, 0.6) : p->palette.dot,
                   dimmed ? 0.25 : 0.85);
    }

  cairo_restore (cr);

  if (selected)
    draw_ring (p, x, y, 2, 3, 1.0);
  if (focused)
    draw_ring (p, x, y, selected ? 7 : 3, 2, 0.6);
}

/* Notes, sketch and speck: drawn on whole device pixels with no
 * antialiasing, between begin_blocks() and end_blocks(). */

static void
begin_blocks (Painter        *p,
              cairo_matrix_t *to_device)
{
  cairo_get_matrix (p->cr, to_device);
  cairo_save (p->cr);
  cairo_identity_matrix (p->cr);
  cairo_set_antialias (p->cr, CAIRO_ANTIALIAS_NONE);
}

static void
end_blocks (Painter *p)
{
  cairo_restore (p->cr);
}

static void
fill_block (cairo_t *cr,
            double   x0,
            double   y0,
            double   x1,
            double   y1)
{
  double left = round (x0), top = round (y0);
  double right = MAX (round (x1), left + 1), bottom = MAX (round (y1), top + 1);

  cairo_rectangle (cr, left, top, right - left, bottom - top);
  cairo_fill (cr);
}

static void
draw_note_block (Painter              *p,
                 const cairo_matrix_t *to_device,
                 KinNote              *note,
                 gboolean              dimmed,
                 gboolean              selected,
                 gboolean              focused)
{
  cairo_t *cr = p->cr;
  double x0 = kin_note_get_x (note), y0 = kin_note_get_y (note);
  double x1 = x0 + KIN_NOTE_WIDTH, y1 = y0 + KIN_NOTE_HEIGHT;
  gboolean hidden = kin_note_get_hidden (note);
  Rgb body = hidden ? p->palette.back : parse_color (kin_note_get_color (note), (Rgb) { 1, 0.95, 0.63 });
  double width, height;

  cairo_matrix_transform_point (to_device, &x0, &y0);
  cairo_matrix_transform_point (to_device, &x1, &y1);
  width = x1 - x0;
  height = y1 - y0;

  if (dimmed)
    body = mix (body, p->palette.paper, 0.6);

  if (selected || focused)
    {
      set_rgba (cr, p->palette.accent, selected ? 1.0 : 0.6);
      fill_block (cr, x0 - 2, y0 - 2, x1 + 2, y1 + 2);
    }

  set_rgb (cr, body);
  fill_block (cr, x0, y0, x1, y1);

  if (p->detail != DETAIL_SKETCH)
    return;

  if (!hidden && p->options->editing != note && *kin_note_get_text (note) != '\0')
    {
      double stroke = MAX (1, round (height * 0.07));

      set_rgb (cr, mix (body, text_on (body), dimmed ? 0.15 : 0.35));
      fill_block (cr, x0 + width * 0.07, y0 + height * 0.17, x0 + width * 0.82, y0 + height * 0.17 + stroke);
      fill_block (cr, x0 + width * 0.07, y0 + height * 0.34, x0 + width * 0.55, y0 + height * 0.34 + stroke);
    }

  if (!hidden && p->options->show_votes && kin_note_get_votes (note) > 0)
    {
      double size = MAX (2, round (width * 0.09));

      set_rgb (cr, dimmed ? mix (p->palette.dot, body, 0.6) : p->palette.dot);
      fill_block (cr, x1 - size * 1.6, y0 + 1, x1 - size * 0.6, y0 + 1 + size);
    }
}

static void
draw_note (Painter              *p,
           const cairo_matrix_t *to_device,
           KinNote              *note)
{
  const KinBoardRenderOptions *options = p->options;
  gboolean dimmed = p->filtering && !kin_note_matches (note, options->filter);
  gboolean selected = options->selected != NULL && g_hash_table_contains (options->selected, note);
  gboolean focused = note == options->focused;

  if (p->detail == DETAIL_FULL)
    draw_note_full (p, note, dimmed, selected, focused);
  else
    draw_note_block (p, to_device, note, dimmed, selected, focused);
}

static gboolean
note_is_visible (Painter *p,
                 KinNote *note)
{
  return is_visible (p, kin_note_get_x (note), kin_note_get_y (note), KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT,
                     NOTE_MARGIN + device_pixels (p, 12));
}

/* Drawing */

void
_kin_board_render_scoped (cairo_t                     *cr,
                          KinProject                  *project,
                          KinBoard                    *board,
                          const KinBoardRenderOptions *options,
                          const KinBoardScope         *scope)
{
  GListModel *clusters = kin_board_get_clusters (board);
  GListModel *notes = kin_board_get_notes (board);
  cairo_matrix_t to_device;
  Painter p;
  guint n;

  cairo_matrix_init_identity (&to_device);
  cairo_save (cr);
  painter_init (&p, cr, project, board, options, scope);

  if (!p.scope->no_paper)
    {
      set_rgb (cr, p.palette.paper);
      cairo_paint (cr);
    }

  if (options->show_question)
    draw_question (&p);

  if (options->show_votes)
    compute_totals (&p);

  n = g_list_model_get_n_items (clusters);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);

      if (p.scope->only_clusters == NULL || g_hash_table_contains (p.scope->only_clusters, cluster))
        draw_cluster (&p, cluster);
    }

  if (p.detail != DETAIL_FULL)
    begin_blocks (&p, &to_device);

  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (p.scope->only_notes != NULL && !g_hash_table_contains (p.scope->only_notes, note))
        continue;
      if (note_is_visible (&p, note))
        draw_note (&p, &to_device, note);
    }

  if (p.detail != DETAIL_FULL)
    end_blocks (&p);

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
  cairo_matrix_t to_device;
  Painter p;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));
  g_return_if_fail (KIN_IS_NOTE (note));
  g_return_if_fail (options != NULL);
  g_return_if_fail (options->scale > 0);

  cairo_matrix_init_identity (&to_device);
  cairo_save (cr);
  painter_init (&p, cr, project, board, options, NULL);

  if (p.detail != DETAIL_FULL)
    begin_blocks (&p, &to_device);

  draw_note (&p, &to_device, note);

  if (p.detail != DETAIL_FULL)
    end_blocks (&p);

  painter_clear (&p);
  cairo_restore (cr);
}
