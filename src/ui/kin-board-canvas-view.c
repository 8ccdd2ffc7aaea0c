/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include "kin-board-canvas-private.h"

/* The view of the canvas: how board units map to the widget (widget = board
 * * scale + offset), zooming, fitting, following the focus, hit testing
 * through the view, and the ways of moving the view with the pointer: the
 * wheel pans (with Shift, sideways), Ctrl+wheel zooms around the pointer,
 * pinching zooms, and the middle button drags the board along.
 */

#define FIT_MARGIN    32.0
#define FOLLOW_MARGIN 24.0
#define ZOOM_STEP     1.25
#define WHEEL_STEP    48.0

/* The view ---------------------------------------------------------------- */

/**
 * kin_board_canvas_set_view:
 * @zoom: board units to pixels, clamped to the allowed range
 * @offset_x: where board x 0 is in the widget
 * @offset_y: where board y 0 is in the widget
 */
void
kin_board_canvas_set_view (KinBoardCanvas *self,
                           double          zoom,
                           double          offset_x,
                           double          offset_y)
{
  double old_scale;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  old_scale = self->scale;
  self->scale = CLAMP (zoom, KIN_BOARD_CANVAS_MIN_ZOOM, KIN_BOARD_CANVAS_MAX_ZOOM);
  self->offset_x = offset_x;
  self->offset_y = offset_y;
  self->needs_fit = FALSE;
  _kin_board_canvas_notify_view (self, old_scale);
}

void
kin_board_canvas_get_offset (KinBoardCanvas *self,
                             double         *offset_x,
                             double         *offset_y)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (offset_x != NULL)
    *offset_x = self->offset_x;
  if (offset_y != NULL)
    *offset_y = self->offset_y;
}

double
kin_board_canvas_get_zoom (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), 1.0);

  return self->scale;
}

/**
 * kin_board_canvas_zoom_at:
 * @zoom: the new zoom
 * @widget_x: a point of the widget that stays where it is
 * @widget_y: its y
 *
 * Zooms around a point, such as the pointer for Ctrl+scroll.
 */
void
kin_board_canvas_zoom_at (KinBoardCanvas *self,
                          double          zoom,
                          double          widget_x,
                          double          widget_y)
{
  double board_x, board_y, scale;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  scale = CLAMP (zoom, KIN_BOARD_CANVAS_MIN_ZOOM, KIN_BOARD_CANVAS_MAX_ZOOM);
  kin_board_canvas_widget_to_board (self, widget_x, widget_y, &board_x, &board_y);
  kin_board_canvas_set_view (self, scale,
                             widget_x - board_x * scale,
                             widget_y - board_y * scale);
}

/* Zooms around the centre of the view, as the zoom buttons and keys do. */
void
kin_board_canvas_set_zoom (KinBoardCanvas *self,
                           double          zoom)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  kin_board_canvas_zoom_at (self, zoom,
                            gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                            gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
kin_board_canvas_zoom_in (KinBoardCanvas *self)
{
  kin_board_canvas_set_zoom (self, self->scale * ZOOM_STEP);
}

void
kin_board_canvas_zoom_out (KinBoardCanvas *self)
{
  kin_board_canvas_set_zoom (self, self->scale / ZOOM_STEP);
}

/**
 * kin_board_canvas_zoom_to_fit:
 *
 * Shows every note and theme, centred, never larger than 100%. An empty
 * board is shown at 100% from its top-left corner.
 */
void
kin_board_canvas_zoom_to_fit (KinBoardCanvas *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double x, y, w, h, scale;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (width <= 0 || height <= 0)
    {
      /* Not allocated yet: fit when it is. */
      self->needs_fit = TRUE;
      return;
    }

  if (self->board == NULL || !kin_board_get_extents (self->board, &x, &y, &w, &h) ||
      w <= 0 || h <= 0)
    {
      kin_board_canvas_set_view (self, 1.0, FIT_MARGIN, FIT_MARGIN);
      return;
    }

  scale = MIN ((width - 2 * FIT_MARGIN) / w, (height - 2 * FIT_MARGIN) / h);
  scale = CLAMP (scale, KIN_BOARD_CANVAS_MIN_ZOOM, 1.0);
  kin_board_canvas_set_view (self, scale,
                             (width - w * scale) / 2.0 - x * scale,
                             (height - h * scale) / 2.0 - y * scale);
}

void
kin_board_canvas_widget_to_board (KinBoardCanvas *self,
                                  double          widget_x,
                                  double          widget_y,
                                  double         *board_x,
                                  double         *board_y)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (board_x != NULL)
    *board_x = (widget_x - self->offset_x) / self->scale;
  if (board_y != NULL)
    *board_y = (widget_y - self->offset_y) / self->scale;
}

void
kin_board_canvas_board_to_widget (KinBoardCanvas *self,
                                  double          board_x,
                                  double          board_y,
                                  double         *widget_x,
                                  double         *widget_y)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (widget_x != NULL)
    *widget_x = board_x * self->scale + self->offset_x;
  if (widget_y != NULL)
    *widget_y = board_y * self->scale + self->offset_y;
}

void
_kin_board_canvas_get_view_center (KinBoardCanvas *self,
                                   double         *board_x,
                                   double         *board_y)
{
  kin_board_canvas_widget_to_board (self,
                                    gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                                    gtk_widget_get_height (GTK_WIDGET (self)) / 2.0,
                                    board_x, board_y);
}

/* Pans as little as needed to show the board rectangle with a margin; one
 * larger than the view is shown from its top-left corner. */
void
_kin_board_canvas_scroll_to_rect (KinBoardCanvas *self,
                                  double          x,
                                  double          y,
                                  double          width,
                                  double          height)
{
  double view_width = gtk_widget_get_width (GTK_WIDGET (self));
  double view_height = gtk_widget_get_height (GTK_WIDGET (self));
  double left, top, right, bottom;
  double offset_x = self->offset_x;
  double offset_y = self->offset_y;

  if (view_width <= 0 || view_height <= 0)
    return;

  kin_board_canvas_board_to_widget (self, x, y, &left, &top);
  kin_board_canvas_board_to_widget (self, x + width, y + height, &right, &bottom);

  if (right > view_width - FOLLOW_MARGIN)
    offset_x -= right - (view_width - FOLLOW_MARGIN);
  if (left + (offset_x - self->offset_x) < FOLLOW_MARGIN)
    offset_x += FOLLOW_MARGIN - (left + (offset_x - self->offset_x));
  if (bottom > view_height - FOLLOW_MARGIN)
    offset_y -= bottom - (view_height - FOLLOW_MARGIN);
  if (top + (offset_y - self->offset_y) < FOLLOW_MARGIN)
    offset_y += FOLLOW_MARGIN - (top + (offset_y - self->offset_y));

  if (offset_x != self->offset_x || offset_y != self->offset_y)
    kin_board_canvas_set_view (self, self->scale, offset_x, offset_y);
}

/**
 * kin_board_canvas_scroll_to_note:
 *
 * Pans the view so that @note is visible.
 */
void
kin_board_canvas_scroll_to_note (KinBoardCanvas *self,
                                 KinNote        *note)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));
  g_return_if_fail (KIN_IS_NOTE (note));

  _kin_board_canvas_scroll_to_rect (self, kin_note_get_x (note), kin_note_get_y (note),
                                    KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT);
}

/* Hit testing ------------------------------------------------------------- */

/* A target at least this many pixels across, however far out the view is. */
static double
at_least_pixels (KinBoardCanvas *self,
                 double          board_units,
                 double          pixels)
{
  return MAX (board_units, pixels / self->scale);
}

/**
 * kin_board_canvas_note_at:
 *
 * Returns: (nullable) (transfer none): the topmost note at a point of the
 *   widget
 */
KinNote *
kin_board_canvas_note_at (KinBoardCanvas *self,
                          double          widget_x,
                          double          widget_y)
{
  double x, y;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  if (self->board == NULL)
    return NULL;

  kin_board_canvas_widget_to_board (self, widget_x, widget_y, &x, &y);
  return kin_board_note_at (self->board, x, y);
}

/* Notes lie on top of themes, so a note wins; on a theme, its title bar
 * moves it and its bottom-right corner resizes it. */
KinCanvasHit
_kin_board_canvas_hit_test (KinBoardCanvas *self,
                            double          widget_x,
                            double          widget_y)
{
  KinCanvasHit hit = { KIN_HIT_NONE, NULL, NULL };
  double x, y, cx, cy, cw, ch, handle, title;

  if (self->board == NULL)
    return hit;

  kin_board_canvas_widget_to_board (self, widget_x, widget_y, &x, &y);

  hit.note = kin_board_note_at (self->board, x, y);
  if (hit.note != NULL)
    {
      hit.kind = KIN_HIT_NOTE;
      return hit;
    }

  hit.cluster = kin_board_cluster_at (self->board, x, y);
  if (hit.cluster == NULL)
    return hit;

  cx = kin_cluster_get_x (hit.cluster);
  cy = kin_cluster_get_y (hit.cluster);
  cw = kin_cluster_get_width (hit.cluster);
  ch = kin_cluster_get_height (hit.cluster);
  handle = MIN (at_least_pixels (self, KIN_CLUSTER_HANDLE_SIZE, 16), MIN (cw, ch) / 2);
  title = MIN (at_least_pixels (self, KIN_CLUSTER_TITLE_HEIGHT, 20), ch / 2);

  if (x >= cx + cw - handle && y >= cy + ch - handle)
    hit.kind = KIN_HIT_CLUSTER_HANDLE;
  else if (y < cy + title)
    hit.kind = KIN_HIT_CLUSTER_TITLE;
  else
    hit.kind = KIN_HIT_CLUSTER_BODY;

  return hit;
}

/* Moving the view with the pointer ------------------------------------------ */

/* The middle button pans. */
static void
pan_begin_cb (KinBoardCanvas *self,
              double          x,
              double          y,
              GtkGestureDrag *gesture)
{
  self->pan_origin_x = self->offset_x;
  self->pan_origin_y = self->offset_y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
pan_update_cb (KinBoardCanvas *self,
               double          dx,
               double          dy,
               GtkGestureDrag *gesture)
{
  kin_board_canvas_set_view (self, self->scale, self->pan_origin_x + dx, self->pan_origin_y + dy);
}

static void
pan_end_cb (KinBoardCanvas *self,
            double          dx,
            double          dy,
            GtkGestureDrag *gesture)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->adding_theme ? "crosshair" : NULL);
}

/* Scrolling and pinching -------------------------------------------------- */

/**
 * _kin_board_canvas_scroll:
 * @dx: the scroll sideways
 * @dy: the scroll down
 * @state: the modifiers held
 * @wheel: whether the deltas are wheel clicks rather than pixels
 *
 * The wheel or the touchpad: panning, or with Ctrl zooming around the
 * pointer.
 */
gboolean
_kin_board_canvas_scroll (KinBoardCanvas  *self,
                          double           dx,
                          double           dy,
                          GdkModifierType  state,
                          gboolean         wheel)
{
  double x = self->pointer_inside ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double y = self->pointer_inside ? self->pointer_y : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (self->board == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      /* Around the pointer, so that what is under it stays there. */
      kin_board_canvas_zoom_at (self, self->scale * pow (wheel ? 1.2 : 1.01, -dy), x, y);
      return TRUE;
    }

  if (wheel)
    {
      dx *= WHEEL_STEP;
      dy *= WHEEL_STEP;
    }

  /* A mouse has one wheel: Shift turns it sideways. */
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }

  kin_board_canvas_set_view (self, self->scale, self->offset_x - dx, self->offset_y - dy);
  return TRUE;
}

static gboolean
scroll_cb (KinBoardCanvas           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller)) &
                          gtk_accelerator_get_default_mod_mask ();

  return _kin_board_canvas_scroll (self, dx, dy, state,
                                   gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL);
}

static void
pinch_begin_cb (KinBoardCanvas   *self,
                GdkEventSequence *sequence,
                GtkGesture       *gesture)
{
  self->pinch_scale = self->scale;
}

static void
pinch_scale_changed_cb (KinBoardCanvas *self,
                        double          scale,
                        GtkGestureZoom *gesture)
{
  double x, y;

  /* About the fingers; GTK can only say where they are while the
   * gesture is under way. */
  if (!gtk_gesture_is_active (GTK_GESTURE (gesture)) ||
      !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }

  kin_board_canvas_zoom_at (self, self->pinch_scale * scale, x, y);
}

void
_kin_board_canvas_init_view (KinBoardCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *gesture;
  GtkEventController *controller;

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_MIDDLE);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (pan_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (pan_update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (pan_end_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_object (gesture, "begin", G_CALLBACK (pinch_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, controller);

}
