/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"

/* The pointer on the canvas: clicks select, drags move notes and themes or
 * draw a selection rectangle, a double-click adds or edits a note, the
 * scroll wheel pans, Ctrl+scroll and pinching zoom, and the middle button or
 * Space with the primary button pans.
 *
 * What a drag does to the notes and themes it moves is in
 * kin-board-canvas-drag.c.
 *
 * Panning with the middle button, the wheel and pinching are in
 * kin-board-canvas-view.c.
 */


static double
drag_threshold (KinBoardCanvas *self)
{
  int threshold = 8;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-dnd-drag-threshold", &threshold,
                NULL);

  return MAX (threshold, 1);
}

static GdkModifierType
current_state (GtkEventController *controller)
{
  return gtk_event_controller_get_current_event_state (controller) &
         gtk_accelerator_get_default_mod_mask ();
}

static gboolean
extends_selection (GdkModifierType state)
{
  return (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0;
}

/* The primary button ------------------------------------------------------- */

/**
 * _kin_board_canvas_press:
 * @x: where the primary button went down, in widget coordinates
 * @y: its y
 * @state: the modifiers held
 *
 * The primary button pressed. The gesture calls this, and so do tests.
 *
 * Returns: %FALSE when there is no board to press on
 */
gboolean
_kin_board_canvas_press (KinBoardCanvas  *self,
                         double           x,
                         double           y,
                         GdkModifierType  state)
{
  KinCanvasHit hit;

  if (self->board == NULL || self->project == NULL)
    return FALSE;

  /* A click away from the note being edited commits it, and keeps the
   * view the click was aimed at rather than going back to the one from
   * before the writing. */
  self->edit_zoomed = FALSE;
  kin_board_canvas_commit_edit (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  /* A drag that never ended (the button released outside the window
   * with the grab lost) is dropped without a step. */
  _kin_board_canvas_drag_forget (self);
  self->press_x = x;
  self->press_y = y;
  self->press_state = state;
  self->drag_dx = self->drag_dy = 0;
  self->pointer_dx = self->pointer_dy = 0;
  self->press_toggled = FALSE;
  self->pan_origin_x = self->offset_x;
  self->pan_origin_y = self->offset_y;

  hit = _kin_board_canvas_hit_test (self, x, y);
  g_set_object (&self->press_hit.note, hit.note);
  g_set_object (&self->press_hit.cluster, hit.cluster);
  self->press_hit.kind = hit.kind;

  if (self->space_held)
    {
      /* The release of Space then ends the pan, and selects nothing. */
      self->space_panned = TRUE;
      self->drag_mode = KIN_DRAG_PAN;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      return TRUE;
    }

  self->drag_mode = KIN_DRAG_PENDING;

  if (self->voting || self->adding_theme)
    return TRUE;

  if (hit.kind == KIN_HIT_NOTE)
    {
      if (extends_selection (state))
        {
          _kin_board_canvas_toggle_selected (self, hit.note);
          self->press_toggled = TRUE;
        }
      else if (!kin_board_canvas_is_selected (self, hit.note))
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, hit.note);
          _kin_board_canvas_set_selection (self, one, FALSE);
        }

      _kin_board_canvas_set_focus_target (self, hit.note, NULL);
    }
  else if (hit.kind == KIN_HIT_CLUSTER_TITLE || hit.kind == KIN_HIT_CLUSTER_HANDLE)
    _kin_board_canvas_set_focus_target (self, NULL, hit.cluster);

  return TRUE;
}

static void
start_drag (KinBoardCanvas *self)
{
  KinCanvasHit *hit = &self->press_hit;

  /* From here on the drag is measured on the board, so that the view may
   * scroll under it. */
  self->scroll_origin_x = self->offset_x;
  self->scroll_origin_y = self->offset_y;
  kin_board_canvas_widget_to_board (self, self->press_x, self->press_y,
                                    &self->press_board_x, &self->press_board_y);

  if (self->voting)
    self->drag_mode = KIN_DRAG_PAN;
  else if (self->adding_theme)
    self->drag_mode = KIN_DRAG_NEW_CLUSTER;
  else if (hit->kind == KIN_HIT_NOTE)
    {
      g_autoptr(GPtrArray) targets = _kin_board_canvas_get_targets (self, hit->note);

      /* A Shift+click that just unselected the note drags it alone. */
      if (targets->len == 0)
        g_ptr_array_add (targets, g_object_ref (hit->note));

      self->drag_mode = KIN_DRAG_NOTES;
      for (guint i = 0; i < targets->len; i++)
        _kin_board_canvas_drag_remember_note (self, g_ptr_array_index (targets, i));
    }
  else if (hit->kind == KIN_HIT_CLUSTER_TITLE || hit->kind == KIN_HIT_CLUSTER_HANDLE)
    {
      self->drag_mode = hit->kind == KIN_HIT_CLUSTER_TITLE ? KIN_DRAG_CLUSTER_MOVE
                                                           : KIN_DRAG_CLUSTER_RESIZE;
      _kin_board_canvas_drag_remember_cluster (self, hit->cluster);
      if (self->drag_mode == KIN_DRAG_CLUSTER_MOVE)
        {
          g_autoptr(GPtrArray) notes = _kin_board_canvas_drag_notes_of_cluster (self, hit->cluster);

          for (guint i = 0; i < notes->len; i++)
            _kin_board_canvas_drag_remember_note (self, g_ptr_array_index (notes, i));
        }
    }
  else
    {
      self->drag_mode = KIN_DRAG_RUBBER_BAND;
      if (!extends_selection (self->press_state))
        _kin_board_canvas_set_selection (self, NULL, FALSE);
    }

  if (self->drag_mode == KIN_DRAG_PAN || self->drag_mode == KIN_DRAG_NOTES ||
      self->drag_mode == KIN_DRAG_CLUSTER_MOVE)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

/* Scrolling at the edges -------------------------------------------------- */

/* Holding a dragged note, theme or rectangle near an edge of the view
 * scrolls the board that way, faster the nearer the edge, as on any long
 * list: a board is bigger than the screen. */
#define EDGE_SIZE  40.0    /* pixels */
#define EDGE_SPEED 700.0   /* pixels a second, at the edge and beyond */

static gboolean
drag_scrolls (KinDragMode mode)
{
  return mode == KIN_DRAG_NOTES || mode == KIN_DRAG_CLUSTER_MOVE || mode == KIN_DRAG_CLUSTER_RESIZE ||
         mode == KIN_DRAG_RUBBER_BAND || mode == KIN_DRAG_NEW_CLUSTER;
}

/* Along one side: how fast the view moves for a pointer at @position, in
 * pixels a second; positive to bring in what is before the start. */
static double
edge_speed (double position,
            double size)
{
  /* A view too small to have edges to spare does not scroll. */
  if (size < 4 * EDGE_SIZE)
    return 0;
  /* Slow on entering the band along the edge, for fine moves, and
   * quickly faster towards the edge itself. */
  if (position < EDGE_SIZE)
    return EDGE_SPEED * pow (MIN (1.0, (EDGE_SIZE - position) / EDGE_SIZE), 2);
  if (position > size - EDGE_SIZE)
    return -EDGE_SPEED * pow (MIN (1.0, (position - (size - EDGE_SIZE)) / EDGE_SIZE), 2);
  return 0;
}

static gboolean
edge_velocity (KinBoardCanvas *self,
               double         *vx,
               double         *vy)
{
  double x = edge_speed (self->press_x + self->pointer_dx, gtk_widget_get_width (GTK_WIDGET (self)));
  double y = edge_speed (self->press_y + self->pointer_dy, gtk_widget_get_height (GTK_WIDGET (self)));

  /* Only towards an edge the pointer has moved to: something picked up
   * near an edge stays put until it is taken there. */
  if ((x > 0 && self->pointer_dx >= 0) || (x < 0 && self->pointer_dx <= 0))
    x = 0;
  if ((y > 0 && self->pointer_dy >= 0) || (y < 0 && self->pointer_dy <= 0))
    y = 0;

  if (vx != NULL)
    *vx = x;
  if (vy != NULL)
    *vy = y;

  return x != 0 || y != 0;
}

/* The drag follows the pointer over the board, counting what the view has
 * scrolled since the press. */
static void
follow_pointer (KinBoardCanvas *self)
{
  self->drag_dx = self->pointer_dx - (self->offset_x - self->scroll_origin_x);
  self->drag_dy = self->pointer_dy - (self->offset_y - self->scroll_origin_y);

  if (self->drag_mode == KIN_DRAG_NOTES || self->drag_mode == KIN_DRAG_CLUSTER_MOVE ||
      self->drag_mode == KIN_DRAG_CLUSTER_RESIZE)
    _kin_board_canvas_drag_apply (self);
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
edge_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double vx, vy, seconds;

  if (!drag_scrolls (self->drag_mode) || !edge_velocity (self, &vx, &vy))
    {
      self->edge_tick = 0;
      return G_SOURCE_REMOVE;
    }

  /* The first frame, and one after a long stall, move a frame's worth. */
  seconds = self->edge_time > 0 ? (now - self->edge_time) / (double) G_USEC_PER_SEC : 1.0 / 60;
  seconds = CLAMP (seconds, 0, 0.1);
  self->edge_time = now;

  kin_board_canvas_set_view (self, self->scale, self->offset_x + vx * seconds, self->offset_y + vy * seconds);
  follow_pointer (self);

  return G_SOURCE_CONTINUE;
}

void
_kin_board_canvas_stop_edge_scroll (KinBoardCanvas *self)
{
  if (self->edge_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->edge_tick);
  self->edge_tick = 0;
}

/**
 * _kin_board_canvas_drag_to:
 * @dx: how far the pointer is from where it was pressed
 * @dy: the same, down
 *
 * The pointer moved with the primary button down. Past the drag threshold
 * this starts what the press began: moving notes, a theme, panning or a
 * rectangle.
 *
 * Returns: whether a drag is under way, so that the gesture can claim
 *   the pointer
 */
gboolean
_kin_board_canvas_drag_to (KinBoardCanvas *self,
                           double          dx,
                           double          dy)
{
  if (self->drag_mode == KIN_DRAG_NONE)
    return FALSE;

  if (self->drag_mode == KIN_DRAG_PENDING)
    {
      if (hypot (dx, dy) < drag_threshold (self))
        return FALSE;
      start_drag (self);
    }

  self->pointer_dx = dx;
  self->pointer_dy = dy;

  if (self->drag_mode == KIN_DRAG_PAN)
    {
      self->drag_dx = dx;
      self->drag_dy = dy;
      kin_board_canvas_set_view (self, self->scale, self->pan_origin_x + dx, self->pan_origin_y + dy);
      return TRUE;
    }

  follow_pointer (self);
  if (self->edge_tick == 0 && drag_scrolls (self->drag_mode) && edge_velocity (self, NULL, NULL))
    {
      self->edge_time = 0;
      self->edge_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), edge_tick_cb, NULL, NULL);
    }

  return TRUE;
}

/* A press and release without a drag. */
static void
click (KinBoardCanvas *self)
{
  KinCanvasHit *hit = &self->press_hit;

  if (self->voting)
    {
      if (hit->kind == KIN_HIT_NOTE)
        {
          _kin_board_canvas_set_focus_target (self, hit->note, NULL);
          kin_board_canvas_add_vote (self, hit->note);
        }
      return;
    }

  if (self->adding_theme)
    {
      double x, y;

      kin_board_canvas_widget_to_board (self, self->press_x, self->press_y, &x, &y);
      _kin_board_canvas_add_theme (self, x, y, KIN_CLUSTER_DEFAULT_WIDTH, KIN_CLUSTER_DEFAULT_HEIGHT);
      return;
    }

  switch (hit->kind)
    {
    case KIN_HIT_NOTE:
      /* A plain click on one of several selected notes selects it alone;
       * the press kept the selection in case it became a drag. */
      if (!extends_selection (self->press_state) &&
          kin_board_canvas_get_n_selected (self) > 1)
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, hit->note);
          _kin_board_canvas_set_selection (self, one, FALSE);
        }
      break;

    case KIN_HIT_CLUSTER_BODY:
    case KIN_HIT_NONE:
      if (!extends_selection (self->press_state))
        _kin_board_canvas_set_selection (self, NULL, FALSE);
      _kin_board_canvas_set_focus_target (self, NULL,
                                          hit->kind == KIN_HIT_CLUSTER_BODY ? hit->cluster : NULL);
      break;

    case KIN_HIT_CLUSTER_TITLE:
    case KIN_HIT_CLUSTER_HANDLE:
    default:
      if (!extends_selection (self->press_state))
        _kin_board_canvas_set_selection (self, NULL, FALSE);
      break;
    }
}

/**
 * _kin_board_canvas_release:
 * @dx: how far the pointer is from where it was pressed
 * @dy: the same, down
 *
 * The primary button released: a click, or the end of a drag, which makes
 * its one step.
 */
void
_kin_board_canvas_release (KinBoardCanvas *self,
                           double          dx,
                           double          dy)
{
  KinDragMode mode = self->drag_mode;
  double x, y, width, height;

  if (mode == KIN_DRAG_NONE)
    return;

  _kin_board_canvas_stop_edge_scroll (self);
  if (mode != KIN_DRAG_PENDING)
    {
      self->pointer_dx = dx;
      self->pointer_dy = dy;
      self->drag_dx = dx - (mode == KIN_DRAG_PAN ? 0 : self->offset_x - self->scroll_origin_x);
      self->drag_dy = dy - (mode == KIN_DRAG_PAN ? 0 : self->offset_y - self->scroll_origin_y);
    }

  if (mode == KIN_DRAG_PENDING || mode == KIN_DRAG_RUBBER_BAND ||
      mode == KIN_DRAG_NEW_CLUSTER || mode == KIN_DRAG_PAN)
    self->drag_mode = KIN_DRAG_NONE;

  switch (mode)
    {
    case KIN_DRAG_PENDING:
      click (self);
      break;

    case KIN_DRAG_NOTES:
      _kin_board_canvas_drag_commit_notes (self);
      break;

    case KIN_DRAG_CLUSTER_MOVE:
    case KIN_DRAG_CLUSTER_RESIZE:
      _kin_board_canvas_drag_commit_cluster (self);
      break;

    case KIN_DRAG_RUBBER_BAND:
      {
        g_autoptr(GPtrArray) notes = NULL;

        _kin_board_canvas_drag_rect (self, &x, &y, &width, &height);
        notes = kin_board_notes_in_rect (self->board, x, y, width, height);
        _kin_board_canvas_set_selection (self, notes, TRUE);
        if (notes->len > 0)
          _kin_board_canvas_set_focus_target (self, g_ptr_array_index (notes, notes->len - 1), NULL);
      }
      break;

    case KIN_DRAG_NEW_CLUSTER:
      _kin_board_canvas_drag_rect (self, &x, &y, &width, &height);
      _kin_board_canvas_add_theme (self, x, y, width, height);
      break;

    case KIN_DRAG_PAN:
    case KIN_DRAG_NONE:
    default:
      break;
    }

  _kin_board_canvas_drag_clear (self);
  g_clear_object (&self->press_hit.note);
  g_clear_object (&self->press_hit.cluster);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->adding_theme ? "crosshair" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_cancel_cb (KinBoardCanvas   *self,
                GdkEventSequence *sequence,
                GtkGesture       *gesture)
{
  _kin_board_canvas_cancel_drag (self);
}

/* A double-click edits a note or a theme, and adds a note anywhere else. */
void
_kin_board_canvas_double_click (KinBoardCanvas *self,
                                double          x,
                                double          y)
{
  KinCanvasHit hit;

  if (self->board == NULL || self->voting || self->adding_theme)
    return;

  hit = _kin_board_canvas_hit_test (self, x, y);
  switch (hit.kind)
    {
    case KIN_HIT_NOTE:
      kin_board_canvas_edit_note (self, hit.note);
      break;

    case KIN_HIT_CLUSTER_TITLE:
      kin_board_canvas_edit_cluster (self, hit.cluster);
      break;

    case KIN_HIT_NONE:
    case KIN_HIT_CLUSTER_BODY:
    case KIN_HIT_CLUSTER_HANDLE:
    default:
      {
        double bx, by;

        kin_board_canvas_widget_to_board (self, x, y, &bx, &by);
        kin_board_canvas_add_note (self, bx - KIN_NOTE_WIDTH / 2, by - KIN_NOTE_HEIGHT / 2);
      }
      break;
    }
}

/* The secondary button: a dot back in voting mode, the menu otherwise. */
void
_kin_board_canvas_secondary_click (KinBoardCanvas *self,
                                   double          x,
                                   double          y)
{
  KinCanvasHit hit;

  if (self->board == NULL)
    return;

  kin_board_canvas_commit_edit (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  hit = _kin_board_canvas_hit_test (self, x, y);

  if (self->voting)
    {
      if (hit.kind == KIN_HIT_NOTE)
        {
          _kin_board_canvas_set_focus_target (self, hit.note, NULL);
          kin_board_canvas_remove_vote (self, hit.note);
        }
      return;
    }

  if (hit.kind == KIN_HIT_NOTE)
    {
      if (!kin_board_canvas_is_selected (self, hit.note))
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, hit.note);
          _kin_board_canvas_set_selection (self, one, FALSE);
        }
      _kin_board_canvas_set_focus_target (self, hit.note, NULL);
    }

  _kin_board_canvas_popup_menu (self, hit.note, hit.kind == KIN_HIT_NOTE ? NULL : hit.cluster, x, y);
}

/* The gestures ---------------------------------------------------------- */

static void
drag_begin_cb (KinBoardCanvas *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  if (!_kin_board_canvas_press (self, x, y, current_state (GTK_EVENT_CONTROLLER (gesture))))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
  else if (self->drag_mode == KIN_DRAG_PAN)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
drag_update_cb (KinBoardCanvas *self,
                double          dx,
                double          dy,
                GtkGestureDrag *gesture)
{
  if (_kin_board_canvas_drag_to (self, dx, dy))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
drag_end_cb (KinBoardCanvas *self,
             double          dx,
             double          dy,
             GtkGestureDrag *gesture)
{
  _kin_board_canvas_release (self, dx, dy);
}

static void
double_click_cb (KinBoardCanvas  *self,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkGestureClick *gesture)
{
  if (n_press == 2)
    _kin_board_canvas_double_click (self, x, y);
}

static void
secondary_click_cb (KinBoardCanvas  *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  _kin_board_canvas_secondary_click (self, x, y);
}

/* The cursor says what a press will do. */
static void
motion_cb (KinBoardCanvas           *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  const char *cursor = NULL;
  KinCanvasHit hit;

  self->pointer_inside = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;

  if (self->drag_mode != KIN_DRAG_NONE && self->drag_mode != KIN_DRAG_PENDING)
    return;

  if (self->space_held)
    cursor = "grab";
  else if (self->adding_theme)
    cursor = "crosshair";
  else
    {
      hit = _kin_board_canvas_hit_test (self, x, y);
      if (hit.kind == KIN_HIT_NOTE)
        cursor = self->voting ? "pointer" : NULL;
      else if (hit.kind == KIN_HIT_CLUSTER_TITLE && !self->voting)
        cursor = "move";
      else if (hit.kind == KIN_HIT_CLUSTER_HANDLE && !self->voting)
        cursor = "nwse-resize";
    }

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static void
leave_cb (KinBoardCanvas *self)
{
  self->pointer_inside = FALSE;
}

void
_kin_board_canvas_init_input (KinBoardCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *gesture;
  GtkEventController *controller;

  /* The drag gesture comes first, so that a double-click's second press
   * has been handled as a press before the editor opens. */
  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (drag_update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (drag_end_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "cancel", G_CALLBACK (drag_cancel_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));
  self->drag_gesture = gesture;

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (double_click_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (secondary_click_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, controller);
}
