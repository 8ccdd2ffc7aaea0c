/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"

/* What a drag does while it lasts and when it ends.
 *
 * While a drag moves notes or a theme, the objects themselves follow the
 * pointer, so that the canvas and anything else showing the board move with
 * it, but nothing is recorded: at the drop they are put back where they
 * started and moved there again through the board's edit functions, which
 * makes the whole drag one undoable step. A rubber band or a new theme is
 * only drawn, on top of the board, until the button is released.
 */

/* Transient positions during a drag ---------------------------------------- */

void
_kin_board_canvas_drag_remember_note (KinBoardCanvas *self,
                                      KinNote        *note)
{
  KinDragOrigin origin = { g_object_ref (note), kin_note_get_x (note), kin_note_get_y (note), 0, 0 };

  g_array_append_val (self->drag_origins, origin);
}

void
_kin_board_canvas_drag_remember_cluster (KinBoardCanvas *self,
                                         KinCluster     *cluster)
{
  KinDragOrigin origin = {
    g_object_ref (cluster),
    kin_cluster_get_x (cluster), kin_cluster_get_y (cluster),
    kin_cluster_get_width (cluster), kin_cluster_get_height (cluster),
  };

  g_array_append_val (self->drag_origins, origin);
}

/* Where the drag has put an object so far. */
static void
dragged_geometry (KinBoardCanvas      *self,
                  const KinDragOrigin *origin,
                  double              *x,
                  double              *y,
                  double              *width,
                  double              *height)
{
  double dx = self->drag_dx / self->scale;
  double dy = self->drag_dy / self->scale;

  *x = origin->x;
  *y = origin->y;
  *width = origin->width;
  *height = origin->height;

  if (self->drag_mode == KIN_DRAG_CLUSTER_RESIZE)
    {
      *width = MAX (KIN_CLUSTER_MIN_WIDTH, origin->width + dx);
      *height = MAX (KIN_CLUSTER_MIN_HEIGHT, origin->height + dy);
    }
  else
    {
      *x += dx;
      *y += dy;
    }
}

void
_kin_board_canvas_drag_apply (KinBoardCanvas *self)
{
  for (guint i = 0; i < self->drag_origins->len; i++)
    {
      KinDragOrigin *origin = &g_array_index (self->drag_origins, KinDragOrigin, i);
      double x, y, width, height;

      dragged_geometry (self, origin, &x, &y, &width, &height);

      if (KIN_IS_NOTE (origin->object))
        {
          kin_note_set_x (origin->object, x);
          kin_note_set_y (origin->object, y);
        }
      else
        {
          kin_cluster_set_x (origin->object, x);
          kin_cluster_set_y (origin->object, y);
          kin_cluster_set_width (origin->object, width);
          kin_cluster_set_height (origin->object, height);
        }
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Puts every dragged object back where it started. With @only_unchanged,
 * a coordinate that something else has set since (an undo during the drag)
 * is left as that set it. */
static void
restore_origins (KinBoardCanvas *self,
                 gboolean        only_unchanged)
{
  for (guint i = 0; i < self->drag_origins->len; i++)
    {
      KinDragOrigin *origin = &g_array_index (self->drag_origins, KinDragOrigin, i);
      double x, y, width, height;

      dragged_geometry (self, origin, &x, &y, &width, &height);

      if (KIN_IS_NOTE (origin->object))
        {
          if (!only_unchanged || kin_note_get_x (origin->object) == x)
            kin_note_set_x (origin->object, origin->x);
          if (!only_unchanged || kin_note_get_y (origin->object) == y)
            kin_note_set_y (origin->object, origin->y);
        }
      else
        {
          if (!only_unchanged || kin_cluster_get_x (origin->object) == x)
            kin_cluster_set_x (origin->object, origin->x);
          if (!only_unchanged || kin_cluster_get_y (origin->object) == y)
            kin_cluster_set_y (origin->object, origin->y);
          if (!only_unchanged || kin_cluster_get_width (origin->object) == width)
            kin_cluster_set_width (origin->object, origin->width);
          if (!only_unchanged || kin_cluster_get_height (origin->object) == height)
            kin_cluster_set_height (origin->object, origin->height);
        }
    }
}

void
_kin_board_canvas_drag_clear (KinBoardCanvas *self)
{
  for (guint i = 0; i < self->drag_origins->len; i++)
    g_object_unref (g_array_index (self->drag_origins, KinDragOrigin, i).object);

  g_array_set_size (self->drag_origins, 0);
}

static GPtrArray *
origin_notes (KinBoardCanvas *self)
{
  GPtrArray *notes = g_ptr_array_new ();

  for (guint i = 0; i < self->drag_origins->len; i++)
    {
      gpointer object = g_array_index (self->drag_origins, KinDragOrigin, i).object;

      if (KIN_IS_NOTE (object))
        g_ptr_array_add (notes, object);
    }

  return notes;
}

/**
 * _kin_board_canvas_cancel_drag:
 *
 * Ends a drag without recording anything, as when the pointer grab is
 * lost or a step happens in the middle of it.
 */
void
_kin_board_canvas_cancel_drag (KinBoardCanvas *self)
{
  if (self->drag_mode == KIN_DRAG_NONE)
    return;

  _kin_board_canvas_stop_edge_scroll (self);
  restore_origins (self, TRUE);
  _kin_board_canvas_drag_clear (self);
  self->drag_mode = KIN_DRAG_NONE;
  g_clear_object (&self->press_hit.note);
  g_clear_object (&self->press_hit.cluster);

  if (self->drag_gesture != NULL)
    gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->drag_gesture));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kin_board_canvas_cancel_gesture:
 *
 * Gives up what the pointer is in the middle of: a drag, which puts back
 * what it moved and records nothing, or drawing a new theme. For Esc,
 * which must end these before it means anything else.
 *
 * Returns: whether there was anything to give up
 */
gboolean
kin_board_canvas_cancel_gesture (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), FALSE);

  if (self->drag_mode != KIN_DRAG_NONE)
    {
      _kin_board_canvas_cancel_drag (self);
      return TRUE;
    }

  if (self->adding_theme)
    {
      kin_board_canvas_set_adding_theme (self, FALSE);
      return TRUE;
    }

  return FALSE;
}

GPtrArray *
_kin_board_canvas_drag_notes_of_cluster (KinBoardCanvas *self,
                                         KinCluster     *cluster)
{
  GListModel *notes = kin_board_get_notes (self->board);
  const char *id = kin_object_get_id (KIN_OBJECT (cluster));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      KinNote *note = g_list_model_get_item (notes, i);

      if (g_strcmp0 (kin_note_get_cluster (note), id) == 0)
        g_ptr_array_add (result, note);
      else
        g_object_unref (note);
    }

  return result;
}

void
_kin_board_canvas_drag_commit_notes (KinBoardCanvas *self)
{
  g_autoptr(GPtrArray) notes = origin_notes (self);
  double dx = self->drag_dx / self->scale;
  double dy = self->drag_dy / self->scale;

  /* The drag ends before the step: the step's "changed" signal would
   * otherwise cancel it. */
  restore_origins (self, FALSE);
  self->drag_mode = KIN_DRAG_NONE;
  if ((dx != 0 || dy != 0) && notes->len > 0)
    kin_board_move_notes (self->project, self->board, notes, dx, dy);
}

void
_kin_board_canvas_drag_commit_cluster (KinBoardCanvas *self)
{
  KinDragOrigin *origin = &g_array_index (self->drag_origins, KinDragOrigin, 0);
  KinCluster *cluster = origin->object;
  KinDragMode mode = self->drag_mode;
  double x, y, width, height;

  dragged_geometry (self, origin, &x, &y, &width, &height);
  restore_origins (self, FALSE);
  self->drag_mode = KIN_DRAG_NONE;

  if (x == origin->x && y == origin->y && width == origin->width && height == origin->height)
    return;

  if (mode == KIN_DRAG_CLUSTER_MOVE)
    {
      /* The theme's notes go with it, and loose notes it now covers join
       * it. */
      kin_board_move_cluster (self->project, self->board, cluster, x - origin->x, y - origin->y);
      return;
    }

  kin_project_begin_action (self->project, _("Resize Theme"));
  kin_project_set (self->project, cluster, "width", width, "height", height, NULL);
  /* Notes the edge left behind leave the theme; notes it now covers join
   * it. */
  kin_board_assign_notes_in_rect (self->project, self->board,
                                  origin->x, origin->y, origin->width, origin->height);
  kin_board_assign_notes_in_rect (self->project, self->board, x, y, width, height);
  kin_project_end_action (self->project);
}

void
_kin_board_canvas_drag_rect (KinBoardCanvas *self,
                             double         *x,
                             double         *y,
                             double         *width,
                             double         *height)
{
  /* Where the press was on the board, however the view has scrolled
   * since. */
  double x1 = self->press_board_x;
  double y1 = self->press_board_y;
  double x2 = x1 + self->drag_dx / self->scale;
  double y2 = y1 + self->drag_dy / self->scale;

  *x = MIN (x1, x2);
  *y = MIN (y1, y2);
  *width = fabs (x2 - x1);
  *height = fabs (y2 - y1);
}


/* Drops a drag that never ended (the button released outside the window,
 * with the grab lost) without a step. */
void
_kin_board_canvas_drag_forget (KinBoardCanvas *self)
{
  _kin_board_canvas_stop_edge_scroll (self);
  restore_origins (self, TRUE);
  _kin_board_canvas_drag_clear (self);
}

/* What a drag shows on top of the board. */
void
_kin_board_canvas_snapshot_drag (KinBoardCanvas *self,
                                 GtkSnapshot    *snapshot)
{
  GdkRGBA accent, fill;
  GskRoundedRect outline;
  double x, y, width, height, wx, wy;

  if (self->drag_mode != KIN_DRAG_RUBBER_BAND && self->drag_mode != KIN_DRAG_NEW_CLUSTER)
    return;

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       "accent_bg_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  fill = accent;
  fill.alpha = 0.15;

  _kin_board_canvas_drag_rect (self, &x, &y, &width, &height);
  kin_board_canvas_board_to_widget (self, x, y, &wx, &wy);
  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (wx, wy, width * self->scale, height * self->scale),
                                   self->drag_mode == KIN_DRAG_NEW_CLUSTER ? 8 : 0);

  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &fill, &outline.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { accent, accent, accent, accent });
}

