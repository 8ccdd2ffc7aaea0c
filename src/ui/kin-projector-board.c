/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-projector"

#include "config.h"

#include <adwaita.h>

#include "kin-board-index.h"
#include "kin-board-render.h"
#include "kin-model.h"
#include "kin-projector-view-private.h"

/* A vision board on the projector, as the room would see it on a wall:
 * drawn by kin_board_render(), the function that draws it on the canvas
 * and into exported files, with its notes face up or face down and their
 * dots, and nothing of the facilitator's selection or keyboard focus. The
 * question above it is part of the slide (kin-projector-slides.c).
 *
 * The drawing is kept in a render node until the project, the style or
 * the area changes: the countdown redraws the slide every second, and a
 * board of thousands of notes need not be drawn again for it. An edit
 * clears it (kin-projector-view.c), so the room sees the edit at the next
 * frame.
 */

/* Board units around what the board draws, so that shadows and dots at
 * its edges are not cut off. */
#define BOARD_PADDING 24.0
/* A board of one or two notes is not blown up past this many pixels for
 * each board unit at a height of 1080 pixels. */
#define BOARD_MAX_SCALE_1080 2.0

/**
 * _kin_projector_view_get_board_extent:
 * @board: a board
 * @extent: (out): what the board draws, in board units, with room around
 *
 * Returns: %FALSE for an empty board
 */
gboolean
_kin_projector_view_get_board_extent (KinBoard        *board,
                                      graphene_rect_t *extent)
{
  KinBoardRenderOptions options;
  double x, y, width, height;

  kin_board_render_options_init (&options);
  if (!kin_board_render_get_extents (board, &options, &x, &y, &width, &height))
    return FALSE;

  graphene_rect_init (extent, x - BOARD_PADDING, y - BOARD_PADDING,
                      width + 2 * BOARD_PADDING, height + 2 * BOARD_PADDING);
  return TRUE;
}

void
_kin_projector_view_clear_board (KinProjectorView *self)
{
  g_clear_pointer (&self->board_node, gsk_render_node_unref);
  self->board_node_board = NULL;
}

static void
ignore_area (double   x,
             double   y,
             double   width,
             double   height,
             gpointer user_data)
{
}

/* A note dragged on the console's board moves before the drop makes it a
 * step, and the room sees it move: the board is drawn again at the next
 * frame. Reading the changes asks the index to say so again next time. */
static void
index_changed_cb (KinProjectorView *self,
                  KinBoardIndex    *index)
{
  kin_board_index_foreach_change (index, kin_board_index_get_serial (index), ignore_area, NULL);
  _kin_projector_view_clear_board (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_kin_projector_view_unwatch_board (KinProjectorView *self)
{
  if (self->watched_index != NULL)
    g_clear_signal_handler (&self->watched_handler, self->watched_index);
  g_clear_object (&self->watched_index);
}

static void
watch_board (KinProjectorView *self,
             KinBoard         *board)
{
  KinBoardIndex *index = kin_board_index_get (board);

  if (index == self->watched_index)
    return;

  _kin_projector_view_unwatch_board (self);
  self->watched_index = g_object_ref (index);
  self->watched_handler = g_signal_connect_object (index, "changed", G_CALLBACK (index_changed_cb),
                                                   self, G_CONNECT_SWAPPED);
}

/* The scale at which the board's extent fits in a rectangle. */
static double
fit_scale (const graphene_rect_t *extent,
           double                 width,
           double                 height)
{
  return MIN (width / extent->size.width, height / extent->size.height);
}

static void
add_rounded_rectangle (cairo_t               *cr,
                       const graphene_rect_t *area,
                       double                 radius)
{
  double x = area->origin.x, y = area->origin.y;
  double width = area->size.width, height = area->size.height;

  cairo_new_path (cr);
  cairo_move_to (cr, x + radius, y);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static double
board_scale (const graphene_rect_t *extent,
             const graphene_rect_t *area,
             double                 max_scale)
{
  double padding = MIN (area->size.width, area->size.height) * 0.03;

  return MIN (fit_scale (extent, area->size.width - 2 * padding, area->size.height - 2 * padding), max_scale);
}

/* The board drawn at @scale, centred in @area. */
static GskRenderNode *
render_board (KinProjectorView      *self,
              KinBoard              *board,
              const graphene_rect_t *extent,
              const graphene_rect_t *area,
              double                 scale,
              gboolean               dark)
{
  KinBoardRenderOptions options;
  GskRenderNode *node;
  cairo_t *cr;

  kin_board_render_options_init (&options);
  options.scale = scale;
  options.offset_x = area->origin.x + (area->size.width - extent->size.width * scale) / 2 -
                     extent->origin.x * scale;
  options.offset_y = area->origin.y + (area->size.height - extent->size.height * scale) / 2 -
                     extent->origin.y * scale;
  options.dark = dark;
  options.show_votes = TRUE;
  options.show_question = FALSE;

  node = gsk_cairo_node_new (area);
  cr = gsk_cairo_node_get_draw_context (node);
  /* The board's paper fills the area, with rounded corners. */
  add_rounded_rectangle (cr, area, area->size.height / 60);
  cairo_clip (cr);
  kin_board_render (cr, self->project, board, &options);
  cairo_destroy (cr);

  return node;
}

/**
 * _kin_projector_view_draw_board:
 * @board: the board
 * @extent: what it draws, from _kin_projector_view_get_board_extent()
 * @areas: (array length=n_areas): where it may go on the slide
 * @n_areas: how many areas there are to choose from
 * @slide_height: the height of the slide
 *
 * Draws @board filling whichever of @areas lets it be drawn biggest, on
 * its paper, fitted and centred.
 */
void
_kin_projector_view_draw_board (KinProjectorView      *self,
                                GtkSnapshot           *snapshot,
                                KinBoard              *board,
                                const graphene_rect_t *extent,
                                const graphene_rect_t *areas,
                                guint                  n_areas,
                                double                 slide_height)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const graphene_rect_t *area = &areas[0];

  g_return_if_fail (n_areas > 0);

  watch_board (self, board);

  for (guint i = 1; i < n_areas; i++)
    if (fit_scale (extent, areas[i].size.width, areas[i].size.height) >
        fit_scale (extent, area->size.width, area->size.height))
      area = &areas[i];

  if (self->board_node == NULL || self->board_node_board != board || self->board_node_dark != dark ||
      !graphene_rect_equal (&self->board_node_area, area))
    {
      _kin_projector_view_clear_board (self);
      self->board_node_scale = board_scale (extent, area, slide_height / 1080.0 * BOARD_MAX_SCALE_1080);
      self->board_node = render_board (self, board, extent, area, self->board_node_scale, dark);
      self->board_node_board = board;
      self->board_node_area = *area;
      self->board_node_dark = dark;
    }

  gtk_snapshot_append_node (snapshot, self->board_node);
  self->board_scale = self->board_node_scale;
}
