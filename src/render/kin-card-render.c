/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-card"

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "kin-card-face-private.h"

/*
 * Drawing one card face. Everything is laid out in millimetres of card and
 * scaled by units_per_mm, so the same face looks the same on a 600 dpi page,
 * in a 200 px preview and on a projector.
 *
 * Text never comes closer than the safe margin to the trim: each face has
 * text rectangles inside the safe area, and the blocks in a rectangle shrink
 * together until they fit; at the minimum size the last lines that do not fit
 * are replaced by an ellipsis. User text is set with pango_layout_set_text(),
 * never as markup, and every paragraph picks its own direction, so Arabic or
 * Hebrew reads right to left.
 */

#define DEFAULT_FONT_FAMILY "Cantarell, DejaVu Sans"
#define MM_PER_PT (25.4 / 72.0)
#define ID1_WIDTH_MM 85.60
#define ID1_HEIGHT_MM 53.98
#define MAX_BLOCKS 3
#define INK_ALLOWANCE_MM 0.3
#define BULLET "• "
#define DASH "– "

typedef struct
{
  double r;
  double g;
  double b;
} Rgb;

typedef struct
{
  cairo_t                    *cr;
  PangoContext               *context;
  const KinCardRenderOptions *options;
  GArray                     *boxes;
  double                      u;       /* user units per mm */
  double                      width;   /* trim size in mm */
  double                      height;
  double                      bleed;   /* in mm */
  double                      safe;    /* in mm */
} Painter;

typedef struct
{
  const char *role;
  const char *text;
  double      size_pt;
  gboolean    bold;
  Rgb         color;
  const char *hanging;  /* a bullet: wrapped lines are indented by its width */
} Block;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} Rect;

static const Rgb ink_dark = { 0.12, 0.12, 0.13 };
static const Rgb ink_light = { 1.0, 1.0, 1.0 };
static const Rgb paper_white = { 1.0, 1.0, 1.0 };

/**
 * kin_card_render_options_init:
 * @options: options to fill in
 *
 * Sets @options to drawing in points with no bleed, a 5 mm safe margin and
 * a 6 pt minimum font size.
 */
void
kin_card_render_options_init (KinCardRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (KinCardRenderOptions) {
    .units_per_mm = 72.0 / 25.4,
    .bleed_mm = 0.0,
    .safe_margin_mm = 5.0,
    .min_font_pt = 6.0,
    .corner_radius_mm = 0.0,
    .clip_corners = FALSE,
    .font_family = NULL,
  };
}

static Rgb
parse_color (const char *text)
{
  /* A missing or malformed colour falls back to a neutral slate grey. */
  Rgb rgb = { 0.37, 0.36, 0.39 };
  int digits[6];

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return rgb;

  for (int i = 0; i < 6; i++)
    if ((digits[i] = g_ascii_xdigit_value (text[i + 1])) < 0)
      return rgb;

  rgb.r = (digits[0] * 16 + digits[1]) / 255.0;
  rgb.g = (digits[2] * 16 + digits[3]) / 255.0;
  rgb.b = (digits[4] * 16 + digits[5]) / 255.0;
  return rgb;
}

/* Picks white or near-black text, whichever reads better on @background
 * (relative luminance as in WCAG). */
static Rgb
ink_on (Rgb background)
{
  double c[3] = { background.r, background.g, background.b };
  double luminance;

  for (int i = 0; i < 3; i++)
    c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];

  return luminance > 0.23 ? ink_dark : ink_light;
}

static void
set_source (cairo_t *cr,
            Rgb      rgb)
{
  cairo_set_source_rgb (cr, rgb.r, rgb.g, rgb.b);
}

/* Fills a rectangle given in mm. */
static void
fill_rect (Painter *p,
           Rect     rect,
           Rgb      rgb)
{
  set_source (p->cr, rgb);
  cairo_rectangle (p->cr, rect.x * p->u, rect.y * p->u, rect.width * p->u, rect.height * p->u);
  cairo_fill (p->cr);
}

static Rect
bleed_box (Painter *p)
{
  return (Rect) { -p->bleed, -p->bleed, p->width + 2 * p->bleed, p->height + 2 * p->bleed };
}

static gboolean
is_vector_target (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_RECORDING:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Scales artwork to cover @rect entirely, cropping what overflows, centred. */
static void
paint_art (Painter    *p,
           KinCardArt *art,
           Rect        rect)
{
  double scale;
  double w = rect.width * p->u;
  double h = rect.height * p->u;

  if (art == NULL || art->width <= 0 || art->height <= 0)
    return;

  scale = MAX (w / art->width, h / art->height);

  cairo_save (p->cr);
  cairo_rectangle (p->cr, rect.x * p->u, rect.y * p->u, w, h);
  cairo_clip (p->cr);
  cairo_translate (p->cr,
                   rect.x * p->u + (w - art->width * scale) / 2,
                   rect.y * p->u + (h - art->height * scale) / 2);
  cairo_scale (p->cr, scale, scale);
  /* Without padding, smoothing would fade the picture's outermost pixels
   * into transparency along the crop. Vector output does no smoothing of
   * its own, and cairo's PDF output would re-encode a padded picture
   * card by card instead of embedding the original once. */
  _kin_card_art_paint (art, p->cr, !is_vector_target (p->cr));
  cairo_restore (p->cr);
}

static PangoLayout *
make_layout (Painter        *p,
             const Block    *block,
             double          size_pt,
             double          width_mm,
             PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (p->context);
  g_autoptr(PangoFontDescription) font = NULL;
  const char *family = p->options->font_family != NULL ? p->options->font_family : DEFAULT_FONT_FAMILY;

  font = pango_font_description_from_string (family);
  pango_font_description_set_absolute_size (font, size_pt * MM_PER_PT * p->u * PANGO_SCALE);
  pango_font_description_set_weight (font, block->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_width (layout, (int) floor (width_mm * p->u * PANGO_SCALE));
  pango_layout_set_text (layout, block->text, -1);

  if (block->hanging != NULL)
    {
      g_autoptr(PangoLayout) bullet = pango_layout_new (p->context);
      int bullet_width;

      pango_layout_set_font_description (bullet, font);
      pango_layout_set_text (bullet, block->hanging, -1);
      pango_layout_get_size (bullet, &bullet_width, NULL);
      pango_layout_set_indent (layout, -bullet_width);
    }

  return layout;
}

static double
layout_height_mm (Painter     *p,
                  PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE / p->u;
}

/* Headings stop shrinking at 60 % of their size, so that a long summary
 * does not make the name as small as itself; the legibility minimum still
 * applies to everything. */
static double
min_size_of (Painter     *p,
             const Block *block)
{
  double floor_pt = p->options->min_font_pt;

  if (g_str_equal (block->role, "title"))
    floor_pt = MAX (floor_pt, block->size_pt * 0.6);

  return MIN (block->size_pt, floor_pt);
}

/*
 * Lays out @n blocks one under the other in @rect (mm), @gap mm apart. All
 * blocks shrink by the same factor until they fit; below the minimum size,
 * earlier blocks keep their lines and later ones are cut with an ellipsis, or
 * left out when not even one line fits.
 */
static void
draw_blocks (Painter        *p,
             const Block    *blocks,
             guint           n,
             Rect            rect,
             double          gap,
             double          valign,
             PangoAlignment  alignment)
{
  PangoLayout *layouts[MAX_BLOCKS] = { NULL };
  double heights[MAX_BLOCKS] = { 0 };
  double sizes[MAX_BLOCKS] = { 0 };
  double factor = 1.0;
  double total = 0;
  double y;
  gboolean fits = FALSE;

  g_assert (n <= MAX_BLOCKS);

  /* Some glyphs reach a little beyond their advance (an italic overhang, a
   * "T" with negative bearing); keep a sliver free so even their ink stays
   * inside the safe area. */
  rect.x += INK_ALLOWANCE_MM;
  rect.width -= 2 * INK_ALLOWANCE_MM;

  if (rect.width <= 0 || rect.height <= 0)
    return;

  for (;;)
    {
      gboolean at_minimum = TRUE;
      guint n_drawn = 0;

      total = 0;
      for (guint i = 0; i < n; i++)
        {
          g_clear_object (&layouts[i]);
          if (blocks[i].text == NULL || blocks[i].text[0] == '\0')
            continue;

          sizes[i] = MAX (blocks[i].size_pt * factor, min_size_of (p, &blocks[i]));
          if (sizes[i] > min_size_of (p, &blocks[i]))
            at_minimum = FALSE;
          layouts[i] = make_layout (p, &blocks[i], sizes[i], rect.width, alignment);
          heights[i] = layout_height_mm (p, layouts[i]);
          total += heights[i] + (n_drawn++ > 0 ? gap : 0);
        }

      if (total <= rect.height)
        {
          fits = TRUE;
          break;
        }
      if (at_minimum)
        break;
      factor *= 0.94;
    }

  if (!fits)
    {
      /* Share the height out in order: each block takes what it needs of
       * what is left, ellipsised to whole lines. */
      double left = rect.height;

      total = 0;
      for (guint i = 0; i < n; i++)
        {
          PangoLayoutIter *iter;
          PangoRectangle first_line;
          double first_line_mm;

          if (layouts[i] == NULL)
            continue;

          if (total > 0)
            left -= gap;

          iter = pango_layout_get_iter (layouts[i]);
          pango_layout_iter_get_line_extents (iter, NULL, &first_line);
          pango_layout_iter_free (iter);
          first_line_mm = (double) first_line.height / PANGO_SCALE / p->u;

          if (left < first_line_mm)
            {
              g_clear_object (&layouts[i]);
              continue;
            }

          if (heights[i] > left)
            {
              pango_layout_set_ellipsize (layouts[i], PANGO_ELLIPSIZE_END);
              pango_layout_set_height (layouts[i], (int) floor (left * p->u * PANGO_SCALE));
              heights[i] = layout_height_mm (p, layouts[i]);

              /* Pango always keeps one line; make sure that did not overflow. */
              if (heights[i] > left + 1e-6)
                {
                  g_clear_object (&layouts[i]);
                  continue;
                }
            }

          left -= heights[i];
          total += heights[i] + (total > 0 ? gap : 0);
        }
    }

  y = rect.y + (rect.height - total) * valign;
  for (guint i = 0; i < n; i++)
    {
      PangoRectangle ink, logical;
      KinCardTextBox box;
      double left_mm, top_mm, right_mm, bottom_mm;

      if (layouts[i] == NULL)
        continue;

      cairo_move_to (p->cr, rect.x * p->u, y * p->u);
      set_source (p->cr, blocks[i].color);
      pango_cairo_show_layout (p->cr, layouts[i]);

      if (p->boxes != NULL)
        {
          /* Report the union of ink and logical extents, so glyphs that
           * overhang their advance are caught too. */
          pango_layout_get_extents (layouts[i], &ink, &logical);
          left_mm = MIN (ink.x, logical.x) / (double) PANGO_SCALE / p->u;
          top_mm = MIN (ink.y, logical.y) / (double) PANGO_SCALE / p->u;
          right_mm = MAX (ink.x + ink.width, logical.x + logical.width) / (double) PANGO_SCALE / p->u;
          bottom_mm = MAX (ink.y + ink.height, logical.y + logical.height) / (double) PANGO_SCALE / p->u;
          if (ink.width == 0 || ink.height == 0)
            {
              left_mm = logical.x / (double) PANGO_SCALE / p->u;
              top_mm = logical.y / (double) PANGO_SCALE / p->u;
              right_mm = (logical.x + logical.width) / (double) PANGO_SCALE / p->u;
              bottom_mm = (logical.y + logical.height) / (double) PANGO_SCALE / p->u;
            }

          box.role = blocks[i].role;
          box.x = (rect.x + left_mm) * p->u;
          box.y = (y + top_mm) * p->u;
          box.width = (right_mm - left_mm) * p->u;
          box.height = (bottom_mm - top_mm) * p->u;
          box.font_pt = sizes[i];
          box.ellipsized = pango_layout_is_ellipsized (layouts[i]);
          g_array_append_val (p->boxes, box);
        }

      y += heights[i] + gap;
    }

  for (guint i = 0; i < n; i++)
    g_clear_object (&layouts[i]);
}

/* Joins list items into one paragraph per item, each with a bullet. The
 * bullet comes first in logical order, so right-to-left items get it on the
 * right. */
static char *
bulleted (char ** const items,
          const char   *bullet)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (items[i][0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, bullet);
      g_string_append (text, items[i]);
    }

  return g_string_free (text, FALSE);
}

static Rect
safe_area (Painter *p)
{
  return (Rect) { p->safe, p->safe, p->width - 2 * p->safe, p->height - 2 * p->safe };
}

/* Returns @area limited to the safe area vertically from @top down. */
static Rect
safe_below (Painter *p,
            double   top)
{
  Rect area = safe_area (p);
  double bottom = area.y + area.height;

  area.y = MAX (area.y, top);
  area.height = bottom - area.y;
  return area;
}

static void
draw_principle_front (Painter           *p,
                      const KinCardFace *face)
{
  Rgb color = parse_color (face->color);
  Rgb ink = ink_on (color);
  Block blocks[2] = {
    { "title", face->title, 13.0, TRUE, ink },
    { "body", face->body, 7.5, FALSE, ink },
  };

  fill_rect (p, bleed_box (p), color);

  if (face->art != NULL)
    {
      /* The artwork takes the top of the card, out into the bleed; the name
       * and summary sit on the colour underneath. */
      double art_bottom = p->height * 0.56;

      paint_art (p, face->art, (Rect) { -p->bleed, -p->bleed, p->width + 2 * p->bleed, art_bottom + p->bleed });
      draw_blocks (p, blocks, 2, safe_below (p, art_bottom + 2.0), 1.0, 0.0, PANGO_ALIGN_LEFT);
    }
  else
    {
      blocks[0].size_pt = 17.0;
      blocks[1].size_pt = 9.0;
      draw_blocks (p, blocks, 2, safe_area (p), 2.0, 0.5, PANGO_ALIGN_LEFT);
    }
}

static void
draw_principle_back (Painter           *p,
                     const KinCardFace *face)
{
  Rgb color = parse_color (face->color);
  g_autofree char *list = bulleted (face->items, BULLET);
  double band = 13.5;
  Block title = { "title", face->title, 11.0, TRUE, ink_on (color) };
  Block body[2] = {
    { "items", list, 8.5, FALSE, ink_dark, BULLET },
    { "body", face->body, 8.5, FALSE, ink_dark },
  };

  fill_rect (p, bleed_box (p), paper_white);
  fill_rect (p, (Rect) { -p->bleed, -p->bleed, p->width + 2 * p->bleed, band + p->bleed }, color);

  draw_blocks (p, &title, 1, (Rect) { p->safe, p->safe, p->width - 2 * p->safe, band - 1.5 - p->safe },
               0.0, 0.5, PANGO_ALIGN_LEFT);
  draw_blocks (p, body, 2, safe_below (p, band + 2.0), 1.0, 0.0, PANGO_ALIGN_LEFT);
}

static void
draw_conversation (Painter           *p,
                   const KinCardFace *face)
{
  Rgb color = parse_color (face->color);
  g_autofree char *list = bulleted (face->items, DASH);
  Block blocks[3] = {
    { "title", face->title, 11.0, TRUE, ink_dark },
    { "body", face->body, 10.0, FALSE, ink_dark },
    { "items", list, 7.5, FALSE, ink_dark, DASH },
  };

  fill_rect (p, bleed_box (p), paper_white);
  /* A stripe in the principle's colour along the start edge; it stays out
   * of the safe area so it never touches text. */
  fill_rect (p, (Rect) { -p->bleed, -p->bleed, MIN (3.0, p->safe) + p->bleed, p->height + 2 * p->bleed }, color);
  draw_blocks (p, blocks, 3, safe_area (p), 1.5, 0.0, PANGO_ALIGN_LEFT);
}

static void
draw_conversation_back (Painter           *p,
                        const KinCardFace *face)
{
  Rgb color = parse_color (face->color);
  Rgb ink = ink_on (color);
  Block blocks[2] = {
    { "title", face->title, 15.0, TRUE, ink },
    { "body", face->body, 9.0, FALSE, ink },
  };

  fill_rect (p, bleed_box (p), color);
  draw_blocks (p, blocks, 2, safe_area (p), 2.0, 0.5, PANGO_ALIGN_CENTER);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, width - radius, height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/*
 * _kin_card_create_pango_context:
 * @cr: the context text will be drawn on
 *
 * Returns: (transfer full): a Pango context for @cr with unhinted metrics
 */
PangoContext *
_kin_card_create_pango_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* Unhinted metrics: line breaks must not change with the output
   * resolution, or the preview would wrap differently from the print. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (font_options);

  return context;
}

/**
 * kin_card_face_render_report:
 * @face: the face to draw
 * @cr: where to draw
 * @width: trim width in user units
 * @height: trim height in user units
 * @options: (nullable): drawing options; %NULL for the defaults
 * @text_boxes: (nullable) (element-type KinCardTextBox): receives one
 *   #KinCardTextBox, in user units, per block of text drawn
 *
 * Like kin_card_face_render(), and reports where text went.
 */
void
kin_card_face_render_report (const KinCardFace          *face,
                             cairo_t                    *cr,
                             double                      width,
                             double                      height,
                             const KinCardRenderOptions *options,
                             GArray                     *text_boxes)
{
  KinCardRenderOptions defaults;
  Painter p = { 0 };

  g_return_if_fail (face != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (text_boxes == NULL || g_array_get_element_size (text_boxes) == sizeof (KinCardTextBox));

  if (options == NULL)
    {
      kin_card_render_options_init (&defaults);
      options = &defaults;
    }

  if (width <= 0 || height <= 0)
    return;

  p.cr = cr;
  p.options = options;
  p.boxes = text_boxes;
  p.u = options->units_per_mm > 0 ? options->units_per_mm
                                  : MIN (width / ID1_WIDTH_MM, height / ID1_HEIGHT_MM);
  p.width = width / p.u;
  p.height = height / p.u;
  p.bleed = MAX (options->bleed_mm, 0.0);
  p.safe = CLAMP (options->safe_margin_mm, 0.0, MIN (p.width, p.height) / 2);

  cairo_save (cr);

  if (options->clip_corners && options->corner_radius_mm > 0)
    {
      rounded_rectangle (cr, width, height, options->corner_radius_mm * p.u);
      cairo_clip (cr);
    }

  p.context = _kin_card_create_pango_context (cr);

  switch (face->kind)
    {
    case KIN_CARD_FACE_PRINCIPLE_FRONT:
      draw_principle_front (&p, face);
      break;
    case KIN_CARD_FACE_PRINCIPLE_BACK:
      draw_principle_back (&p, face);
      break;
    case KIN_CARD_FACE_CONVERSATION:
      draw_conversation (&p, face);
      break;
    case KIN_CARD_FACE_CONVERSATION_BACK:
      draw_conversation_back (&p, face);
      break;
    default:
      g_assert_not_reached ();
    }

  g_object_unref (p.context);
  cairo_restore (cr);
}

/**
 * kin_card_face_render:
 * @face: the face to draw
 * @cr: where to draw
 * @width: trim width in user units
 * @height: trim height in user units
 * @options: (nullable): drawing options; %NULL for the defaults
 *
 * Draws @face with its trim box at (0, 0)-(@width, @height) in @cr's user
 * space. Background colour and artwork extend @options->bleed_mm outside
 * the trim box; clip first if that must not show. The state of @cr is
 * restored afterwards.
 */
void
kin_card_face_render (const KinCardFace          *face,
                      cairo_t                    *cr,
                      double                      width,
                      double                      height,
                      const KinCardRenderOptions *options)
{
  kin_card_face_render_report (face, cr, width, height, options, NULL);
}
