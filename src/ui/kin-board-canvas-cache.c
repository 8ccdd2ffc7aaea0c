/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include "kin-board-canvas-private.h"

/* The board as the canvas last drew it, so that a frame draws only what
 * changed.
 *
 * The canvas keeps a picture of its view and redraws in it, with
 * kin_board_render() clipped to them, only the places where something
 * changed since the last frame. It learns them from two sources, neither
 * of which walks the board:
 *
 *   - the board's index (kin-board-index.h) logs the place before and
 *     after of every note and theme that moved or changed, and of every
 *     theme whose vote total changed;
 *   - what only the canvas knows, the selection, the focus and the note
 *     being edited, is compared with how it was last drawn.
 *
 * The picture is a ring: panning by whole pixels moves where the view
 * starts in it, and only the strips that came into view are drawn, with
 * nothing copied. A new zoom, size, style, filter or board, or a change to
 * the principles (their names and colours are on the notes), draws it all
 * again.
 *
 * A frame is recorded by Cairo and played back by GTK's renderer. An image
 * painted into a recording the usual way gets a snapshot that it keeps
 * until it next changes, and that change then makes Cairo copy all of it
 * first, whether or not the recording still exists: for the whole view,
 * more than drawing a note costs. So the picture is lent to the frame as a
 * raster source instead, which Cairo reads only when the frame is played
 * back. That is right because the picture changes only here, while the
 * next frame is made, and a frame is played back as soon as it is made;
 * one played back later shows the board as it is now, never part of a
 * picture that has gone, since every frame holds the picture it shows.
 */

/* How far beyond a note or theme its drawing may reach: its shadow and
 * dots in board units, and its selection and focus rings in pixels. */
#define DAMAGE_MARGIN        12.0
#define DAMAGE_MARGIN_PIXELS 12.0

/* Where changes go while a frame collects them. */
typedef struct
{
  KinBoardCanvas *canvas;
  cairo_region_t *region;
} Damage;

static void
damage_board_rect (Damage *damage,
                   double  x,
                   double  y,
                   double  width,
                   double  height)
{
  KinBoardCanvas *self = damage->canvas;
  cairo_rectangle_int_t rect;
  double left, top, right, bottom;

  kin_board_canvas_board_to_widget (self, x - DAMAGE_MARGIN, y - DAMAGE_MARGIN, &left, &top);
  kin_board_canvas_board_to_widget (self, x + width + DAMAGE_MARGIN, y + height + DAMAGE_MARGIN, &right, &bottom);
  left = MAX (floor (left - DAMAGE_MARGIN_PIXELS), -1.0);
  top = MAX (floor (top - DAMAGE_MARGIN_PIXELS), -1.0);
  right = MIN (ceil (right + DAMAGE_MARGIN_PIXELS) + 1, G_MAXINT / 2);
  bottom = MIN (ceil (bottom + DAMAGE_MARGIN_PIXELS) + 1, G_MAXINT / 2);
  if (right <= 0 || bottom <= 0 || left >= right || top >= bottom)
    return;

  rect.x = (int) left;
  rect.y = (int) top;
  rect.width = (int) (right - left);
  rect.height = (int) (bottom - top);
  cairo_region_union_rectangle (damage->region, &rect);
}

static void
board_area_changed_cb (double   x,
                       double   y,
                       double   width,
                       double   height,
                       gpointer user_data)
{
  damage_board_rect (user_data, x, y, width, height);
}

static void
damage_note (Damage  *damage,
             KinNote *note)
{
  damage_board_rect (damage, kin_note_get_x (note), kin_note_get_y (note), KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT);
}

/* The selection, the focus and the note being edited as drawn now, and
 * where that differs from the last frame. A note that changed its place
 * as well is in the index's log. */
static void
update_drawn_state (KinBoardCanvas              *self,
                    const KinBoardRenderOptions *options,
                    Damage                      *damage)
{
  GHashTable *selected = options->selected;
  guint n_selected = selected != NULL ? g_hash_table_size (selected) : 0;
  gboolean same = n_selected == g_hash_table_size (self->drawn_selected);
  GHashTableIter iter;
  gpointer note;

  if (options->focused != self->drawn_focused)
    {
      if (self->drawn_focused != NULL)
        damage_note (damage, self->drawn_focused);
      if (options->focused != NULL)
        damage_note (damage, options->focused);
      g_set_object (&self->drawn_focused, options->focused);
    }

  if (options->editing != self->drawn_editing)
    {
      if (self->drawn_editing != NULL)
        damage_note (damage, self->drawn_editing);
      if (options->editing != NULL)
        damage_note (damage, options->editing);
      g_set_object (&self->drawn_editing, options->editing);
    }

  if (n_selected > 0)
    {
      g_hash_table_iter_init (&iter, selected);
      while (g_hash_table_iter_next (&iter, &note, NULL))
        if (!g_hash_table_contains (self->drawn_selected, note))
          {
            damage_note (damage, note);
            same = FALSE;
          }
    }

  if (same)
    return;

  g_hash_table_iter_init (&iter, self->drawn_selected);
  while (g_hash_table_iter_next (&iter, &note, NULL))
    if (selected == NULL || !g_hash_table_contains (selected, note))
      damage_note (damage, note);

  g_hash_table_remove_all (self->drawn_selected);
  if (n_selected > 0)
    {
      g_hash_table_iter_init (&iter, selected);
      while (g_hash_table_iter_next (&iter, &note, NULL))
        g_hash_table_add (self->drawn_selected, g_object_ref (note));
    }
}

static guint
mix_hash (guint       hash,
          const char *text)
{
  return hash * 31 + (text != NULL ? g_str_hash (text) : 7);
}

/* Principle names and colours are drawn on the notes. */
static guint
principles_look (KinProject *project)
{
  GListModel *principles = kin_project_get_principles (project);
  guint hash = 29;

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      hash = mix_hash (hash, kin_object_get_id (KIN_OBJECT (principle)));
      hash = mix_hash (hash, kin_principle_get_name (principle));
      hash = mix_hash (hash, kin_principle_get_color (principle));
    }

  return hash;
}

/* Whether the picture shows the board as the view is now, but for what
 * changed since and a pan. */
static gboolean
image_matches (const KinCanvasImage *image,
               const KinCanvasImage *now)
{
  return image->surface != NULL && image->board != NULL &&
         image->width == now->width && image->height == now->height &&
         image->scale_factor == now->scale_factor && image->zoom == now->zoom &&
         image->dark == now->dark && image->board == now->board &&
         image->principles == now->principles;
}

/* How far the view moved from what the picture shows, when that is by
 * whole pixels and leaves some of it in view. */
static gboolean
image_shift (const KinCanvasImage *image,
             const KinCanvasImage *now,
             int                  *dx,
             int                  *dy)
{
  double x = now->offset_x - image->offset_x;
  double y = now->offset_y - image->offset_y;

  if (fabs (x - round (x)) > 1e-6 || fabs (y - round (y)) > 1e-6 ||
      fabs (x) >= now->width || fabs (y) >= now->height)
    return FALSE;

  *dx = (int) round (x);
  *dy = (int) round (y);
  return TRUE;
}

static int
wrap (int value,
      int size)
{
  value %= size;
  return value < 0 ? value + size : value;
}

/* The ring cuts the view into up to four quadrants, each a plain
 * translation of the picture: view pixel (x, y) of quadrant @q is picture
 * pixel (x + tx, y + ty), in widget pixels. FALSE for an empty quadrant. */
static gboolean
quadrant (const KinCanvasImage  *image,
          guint                  q,
          cairo_rectangle_int_t *rect,
          int                   *tx,
          int                   *ty)
{
  int split_x = image->width - image->ring_x;
  int split_y = image->height - image->ring_y;
  gboolean right = (q & 1) != 0, bottom = (q & 2) != 0;

  rect->x = right ? split_x : 0;
  rect->width = right ? image->ring_x : split_x;
  rect->y = bottom ? split_y : 0;
  rect->height = bottom ? image->ring_y : split_y;
  *tx = right ? image->ring_x - image->width : image->ring_x;
  *ty = bottom ? image->ring_y - image->height : image->ring_y;

  return rect->width > 0 && rect->height > 0;
}

/* Draws the board into the picture over one rectangle of the view. */
static void
render_rect (KinBoardCanvas              *self,
             const KinBoardRenderOptions *options,
             const cairo_rectangle_int_t *area)
{
  KinCanvasImage *image = &self->image;

  for (guint q = 0; q < 4; q++)
    {
      cairo_rectangle_int_t rect;
      int tx, ty;
      cairo_t *cr;

      if (!quadrant (image, q, &rect, &tx, &ty) || !gdk_rectangle_intersect (&rect, area, &rect))
        continue;

      cr = cairo_create (image->surface);
      cairo_scale (cr, image->scale_factor, image->scale_factor);
      cairo_translate (cr, tx, ty);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      cairo_clip (cr);
      kin_board_render (cr, self->project, self->board, options);
      cairo_destroy (cr);
    }
}

/* The picture lent to a frame: each copy of the pattern that a recording
 * makes holds a reference to it, so that a frame played back after the
 * canvas has gone, or has a new picture, still has the one it was made
 * with. */
static cairo_surface_t *
acquire_picture_cb (cairo_pattern_t             *pattern,
                    void                        *callback_data,
                    cairo_surface_t             *target,
                    const cairo_rectangle_int_t *extents)
{
  return cairo_surface_reference (callback_data);
}

static void
release_picture_cb (cairo_pattern_t *pattern,
                    void            *callback_data,
                    cairo_surface_t *surface)
{
  cairo_surface_destroy (surface);
}

static cairo_status_t
copy_picture_cb (cairo_pattern_t       *pattern,
                 void                  *callback_data,
                 const cairo_pattern_t *other)
{
  cairo_surface_reference (callback_data);
  return CAIRO_STATUS_SUCCESS;
}

static void
finish_picture_cb (cairo_pattern_t *pattern,
                   void            *callback_data)
{
  cairo_surface_destroy (callback_data);
}

/* Paints the picture into the frame, quadrant by quadrant. */
static void
paint_image (const KinCanvasImage *image,
             cairo_t              *cr)
{
  cairo_pattern_t *pattern;

  pattern = cairo_pattern_create_raster_source (cairo_surface_reference (image->surface), CAIRO_CONTENT_COLOR,
                                                image->width * image->scale_factor,
                                                image->height * image->scale_factor);
  cairo_raster_source_pattern_set_acquire (pattern, acquire_picture_cb, release_picture_cb);
  cairo_raster_source_pattern_set_copy (pattern, copy_picture_cb);
  cairo_raster_source_pattern_set_finish (pattern, finish_picture_cb);

  for (guint q = 0; q < 4; q++)
    {
      cairo_rectangle_int_t rect;
      cairo_matrix_t matrix;
      int tx, ty;

      if (!quadrant (image, q, &rect, &tx, &ty))
        continue;

      cairo_matrix_init_scale (&matrix, image->scale_factor, image->scale_factor);
      cairo_matrix_translate (&matrix, tx, ty);
      cairo_pattern_set_matrix (pattern, &matrix);
      cairo_set_source (cr, pattern);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      cairo_fill (cr);
    }

  cairo_pattern_destroy (pattern);
}

/**
 * _kin_board_canvas_invalidate_cache:
 *
 * The next frame draws the whole view.
 */
void
_kin_board_canvas_invalidate_cache (KinBoardCanvas *self)
{
  self->image.board = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Follows the index of the board shown; FALSE when it is a new one, whose
 * log says nothing about what was drawn. */
static gboolean
follow_index (KinBoardCanvas *self)
{
  KinBoardIndex *index = kin_board_index_get (self->board);

  if (index == self->drawn_index)
    return TRUE;

  if (self->drawn_index != NULL)
    g_signal_handlers_disconnect_by_func (self->drawn_index, gtk_widget_queue_draw, self);
  g_set_object (&self->drawn_index, index);
  /* Changes made without a step of the project, such as a drag in
   * progress or another view's, still need a frame. */
  g_signal_connect_object (index, "changed", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  self->drawn_serial = kin_board_index_get_serial (index);

  return FALSE;
}

/* Brings the picture up to date with the board and the view. */
static void
update_cache (KinBoardCanvas              *self,
              const KinBoardRenderOptions *options,
              int                          width,
              int                          height)
{
  KinCanvasImage *image = &self->image;
  KinCanvasImage now = {
    .width = width,
    .height = height,
    .scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self)),
    .zoom = self->scale,
    .offset_x = self->offset_x,
    .offset_y = self->offset_y,
    .dark = options->dark,
    .board = self->board,
    .principles = principles_look (self->project),
  };
  Damage damage = { self, cairo_region_create () };
  cairo_rectangle_int_t view = { 0, 0, width, height };
  gboolean known;
  int dx, dy, n;

  /* What changed since the last frame, in the view as it is now. */
  known = follow_index (self) &&
          kin_board_index_foreach_change (self->drawn_index, self->drawn_serial, board_area_changed_cb, &damage);
  self->drawn_serial = kin_board_index_get_serial (self->drawn_index);
  update_drawn_state (self, options, &damage);

  if (known && image_matches (image, &now) && image_shift (image, &now, &dx, &dy))
    {
      /* And what came into view. */
      if (dx != 0 || dy != 0)
        {
          cairo_region_t *exposed = cairo_region_create_rectangle (&view);

          cairo_region_subtract_rectangle (exposed, &(cairo_rectangle_int_t) { dx, dy, width, height });
          cairo_region_union (damage.region, exposed);
          cairo_region_destroy (exposed);
        }
      now.ring_x = wrap (image->ring_x - dx, width);
      now.ring_y = wrap (image->ring_y - dy, height);
      now.surface = g_steal_pointer (&image->surface);
    }
  else
    {
      if (image->surface != NULL && image->width == width && image->height == height &&
          image->scale_factor == now.scale_factor)
        now.surface = g_steal_pointer (&image->surface);
      else
        {
          g_clear_pointer (&image->surface, cairo_surface_destroy);
          /* The paper is opaque, so no alpha is needed, which makes
           * painting the picture quicker. */
          now.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * now.scale_factor,
                                                    height * now.scale_factor);
        }
      cairo_region_union_rectangle (damage.region, &view);
    }
  *image = now;

  cairo_region_intersect_rectangle (damage.region, &view);
  n = cairo_region_num_rectangles (damage.region);
  for (int i = 0; i < n; i++)
    {
      cairo_rectangle_int_t rect;

      cairo_region_get_rectangle (damage.region, i, &rect);
      render_rect (self, options, &rect);
    }
  cairo_region_destroy (damage.region);
}

/* Paints the board into the frame, from the picture. */
void
_kin_board_canvas_draw_board (KinBoardCanvas              *self,
                              cairo_t                     *cr,
                              const KinBoardRenderOptions *options,
                              int                          width,
                              int                          height)
{
  update_cache (self, options, width, height);

  cairo_save (cr);
  paint_image (&self->image, cr);
  cairo_restore (cr);
}

void
_kin_board_canvas_init_cache (KinBoardCanvas *self)
{
  self->drawn_selected = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

void
_kin_board_canvas_clear_cache (KinBoardCanvas *self)
{
  g_clear_pointer (&self->image.surface, cairo_surface_destroy);
  if (self->drawn_index != NULL)
    g_signal_handlers_disconnect_by_func (self->drawn_index, gtk_widget_queue_draw, self);
  g_clear_object (&self->drawn_index);
  g_clear_pointer (&self->drawn_selected, g_hash_table_unref);
  g_clear_object (&self->drawn_focused);
  g_clear_object (&self->drawn_editing);
}
