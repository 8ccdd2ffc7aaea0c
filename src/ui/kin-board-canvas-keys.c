/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"

/* The board from the keyboard. Tab and Shift+Tab go through the themes and
 * notes in reading order (each theme, then its notes, then the notes in no
 * theme), leaving the canvas after the last one; the arrow keys go to the
 * nearest note in their direction. Enter edits what has the focus, Alt with
 * an arrow moves it, Delete or BackSpace removes it, Space selects it, N
 * adds a note in the middle of the view. In voting mode Enter or + gives
 * the focused note a dot and - takes one back. The zoom keys are Ctrl with
 * +, -, 0 (fit) and 1 (100%).
 */

/* Notes this close vertically are read as one row, left to right. */
#define ROW_BAND (KIN_NOTE_HEIGHT / 2)

/* Tab order ----------------------------------------------------------------- */

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b)
{
  KinNote *first = *(KinNote **) a;
  KinNote *second = *(KinNote **) b;
  double row_a = floor (kin_note_get_y (first) / ROW_BAND);
  double row_b = floor (kin_note_get_y (second) / ROW_BAND);

  if (row_a != row_b)
    return row_a < row_b ? -1 : 1;
  if (kin_note_get_x (first) != kin_note_get_x (second))
    return kin_note_get_x (first) < kin_note_get_x (second) ? -1 : 1;
  if (kin_note_get_y (first) != kin_note_get_y (second))
    return kin_note_get_y (first) < kin_note_get_y (second) ? -1 : 1;
  return 0;
}

/**
 * _kin_board_canvas_tab_order:
 *
 * Returns: (transfer container): the themes and notes in the order Tab
 *   visits them
 */
GPtrArray *
_kin_board_canvas_tab_order (KinBoardCanvas *self)
{
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GPtrArray) loose = NULL;
  GListModel *clusters, *notes;

  if (self->board == NULL)
    return order;

  clusters = kin_board_get_clusters (self->board);
  notes = kin_board_get_notes (self->board);
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  loose = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);

      g_hash_table_insert (groups, (gpointer) kin_object_get_id (KIN_OBJECT (cluster)),
                           g_ptr_array_new_with_free_func (g_object_unref));
    }

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      KinNote *note = g_list_model_get_item (notes, i);
      const char *cluster = kin_note_get_cluster (note);
      GPtrArray *group = cluster != NULL ? g_hash_table_lookup (groups, cluster) : NULL;

      g_ptr_array_add (group != NULL ? group : loose, note);
    }

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      KinCluster *cluster = g_list_model_get_item (clusters, i);
      GPtrArray *group = g_hash_table_lookup (groups, kin_object_get_id (KIN_OBJECT (cluster)));

      g_ptr_array_add (order, cluster);
      g_ptr_array_sort (group, compare_reading_order);
      for (guint j = 0; j < group->len; j++)
        g_ptr_array_add (order, g_object_ref (g_ptr_array_index (group, j)));
    }

  g_ptr_array_sort (loose, compare_reading_order);
  for (guint j = 0; j < loose->len; j++)
    g_ptr_array_add (order, g_object_ref (g_ptr_array_index (loose, j)));

  return order;
}

static gpointer
focus_target (KinBoardCanvas *self)
{
  return self->focused != NULL ? (gpointer) self->focused : (gpointer) self->focused_cluster;
}

static void
focus_object (KinBoardCanvas *self,
              gpointer        object)
{
  if (KIN_IS_NOTE (object))
    _kin_board_canvas_set_focus_target (self, object, NULL);
  else
    _kin_board_canvas_set_focus_target (self, NULL, object);
}

/* Moves along the tab order; FALSE at either end, so the focus can leave
 * the canvas. */
static gboolean
focus_step (KinBoardCanvas *self,
            int             step)
{
  g_autoptr(GPtrArray) order = _kin_board_canvas_tab_order (self);
  gpointer current = focus_target (self);
  guint index;
  int next;

  if (order->len == 0)
    return FALSE;

  if (current == NULL || !g_ptr_array_find (order, current, &index))
    next = step > 0 ? 0 : (int) order->len - 1;
  else
    next = (int) index + step;

  if (next < 0 || next >= (int) order->len)
    return FALSE;

  focus_object (self, g_ptr_array_index (order, next));
  return TRUE;
}

static void
target_center (KinBoardCanvas *self,
               double         *x,
               double         *y)
{
  if (self->focused != NULL)
    {
      *x = kin_note_get_x (self->focused) + KIN_NOTE_WIDTH / 2;
      *y = kin_note_get_y (self->focused) + KIN_NOTE_HEIGHT / 2;
    }
  else if (self->focused_cluster != NULL)
    {
      *x = kin_cluster_get_x (self->focused_cluster) + kin_cluster_get_width (self->focused_cluster) / 2;
      *y = kin_cluster_get_y (self->focused_cluster) + KIN_CLUSTER_TITLE_HEIGHT / 2;
    }
  else
    _kin_board_canvas_get_view_center (self, x, y);
}

/* The nearest note in a direction: the distance along it counts once and
 * the distance across it twice, so that a note straight ahead wins over a
 * nearer one off to the side. */
static KinNote *
nearest_note (KinBoardCanvas   *self,
              GtkDirectionType  direction)
{
  GListModel *notes = kin_board_get_notes (self->board);
  KinNote *best = NULL;
  double best_score = G_MAXDOUBLE;
  double x, y;
  gboolean any = focus_target (self) == NULL;

  target_center (self, &x, &y);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);
      double dx = kin_note_get_x (note) + KIN_NOTE_WIDTH / 2 - x;
      double dy = kin_note_get_y (note) + KIN_NOTE_HEIGHT / 2 - y;
      double along, across, score;

      if (note == self->focused)
        continue;

      switch (direction)
        {
        case GTK_DIR_LEFT:
          along = -dx;
          across = dy;
          break;
        case GTK_DIR_RIGHT:
          along = dx;
          across = dy;
          break;
        case GTK_DIR_UP:
          along = -dy;
          across = dx;
          break;
        case GTK_DIR_DOWN:
          along = dy;
          across = dx;
          break;
        case GTK_DIR_TAB_FORWARD:
        case GTK_DIR_TAB_BACKWARD:
        default:
          along = 1;
          across = 0;
          break;
        }

      /* With nothing focused yet, the note nearest the middle of the view
       * comes first, whichever the direction. */
      if (any)
        score = hypot (dx, dy);
      else if (along < 1)
        continue;
      else
        score = along + 2 * fabs (across);

      if (score < best_score)
        {
          best_score = score;
          best = note;
        }
    }

  return best;
}

static gboolean
focus_direction (KinBoardCanvas   *self,
                 GtkDirectionType  direction)
{
  KinNote *note;

  if (self->board == NULL)
    return FALSE;

  note = nearest_note (self, direction);
  if (note == NULL)
    return FALSE;

  _kin_board_canvas_set_focus_target (self, note, NULL);
  return TRUE;
}

/* The focus vfunc: Tab into the canvas lands on the first (or, backwards,
 * the last) theme or note, and Tab past the end leaves it. */
gboolean
_kin_board_canvas_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  gboolean forward = direction != GTK_DIR_TAB_BACKWARD;

  if (kin_board_canvas_is_editing (self))
    {
      /* Tab in the editor commits the text and goes on to the next note. */
      kin_board_canvas_commit_edit (self);
      gtk_widget_grab_focus (widget);
      if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
        focus_step (self, forward ? 1 : -1);
      return TRUE;
    }

  /* Whether the canvas is the window's focus widget, whether or not the
   * window is the active one. */
  if (!gtk_widget_is_focus (widget))
    {
      if (!gtk_widget_is_sensitive (widget) || self->board == NULL)
        return FALSE;

      gtk_widget_grab_focus (widget);
      if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
        {
          _kin_board_canvas_set_focus_target (self, NULL, NULL);
          focus_step (self, forward ? 1 : -1);
        }
      return TRUE;
    }

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
      if (focus_step (self, forward ? 1 : -1))
        return TRUE;
      /* Leaving: the next Tab into the canvas starts at an end again. */
      _kin_board_canvas_set_focus_target (self, NULL, NULL);
      return FALSE;

    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      return focus_direction (self, direction);
    }
}

/* Actions ------------------------------------------------------------------- */

static void
focus_direction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  focus_direction (KIN_BOARD_CANVAS (widget), g_variant_get_int32 (parameter));
}

static void
focus_end_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  g_autoptr(GPtrArray) order = _kin_board_canvas_tab_order (self);

  if (order->len == 0)
    return;

  focus_object (self, g_ptr_array_index (order, g_variant_get_boolean (parameter) ? order->len - 1 : 0));
}

/* Alt+arrow: one step for each press. */
static void
nudge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  double dx, dy;

  if (self->project == NULL || self->board == NULL || self->voting)
    return;

  g_variant_get (parameter, "(dd)", &dx, &dy);

  if (self->focused != NULL)
    {
      g_autoptr(GPtrArray) targets = _kin_board_canvas_get_targets (self, self->focused);

      kin_board_move_notes (self->project, self->board, targets, dx, dy);
      kin_board_canvas_scroll_to_note (self, self->focused);
    }
  else if (self->focused_cluster != NULL)
    {
      kin_board_move_cluster (self->project, self->board, self->focused_cluster, dx, dy);
    }
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  if (self->voting)
    {
      if (self->focused != NULL)
        kin_board_canvas_add_vote (self, self->focused);
    }
  else if (self->focused != NULL)
    kin_board_canvas_edit_note (self, self->focused);
  else if (self->focused_cluster != NULL)
    kin_board_canvas_edit_cluster (self, self->focused_cluster);
}

static void
vote_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  if (!self->voting || self->focused == NULL)
    return;

  if (g_variant_get_boolean (parameter))
    kin_board_canvas_add_vote (self, self->focused);
  else
    kin_board_canvas_remove_vote (self, self->focused);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  kin_board_canvas_add_note_at_center (KIN_BOARD_CANVAS (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  /* While a note is written, Delete and BackSpace are the editor's: one
   * that it leaves alone must not take away the note being written. */
  if (kin_board_canvas_is_editing (self))
    return;

  kin_board_canvas_delete_selection (self);
}

/* The keys that delete, only when the board itself has the keyboard: a
 * key that the note menu or the theme editor, which sit on the canvas,
 * leave unused comes this way too, and must not delete what is behind
 * them. Their own Delete items use the action. */
static gboolean
delete_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  if (!gtk_widget_has_focus (widget))
    return FALSE;

  delete_action (widget, "canvas.delete", NULL);
  return TRUE;
}

static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  if (!kin_board_canvas_cancel_gesture (self))
    kin_board_canvas_unselect_all (self);
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  kin_board_canvas_select_all (KIN_BOARD_CANVAS (widget));
}

/* Space selects the focused note; Ctrl+Space adds it to the selection or
 * takes it out, as in lists. */
static void
select_focused (KinBoardCanvas *self,
                gboolean        toggle)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  if (self->focused == NULL)
    return;

  if (toggle)
    {
      _kin_board_canvas_toggle_selected (self, self->focused);
      return;
    }

  g_ptr_array_add (one, self->focused);
  _kin_board_canvas_set_selection (self, one, FALSE);
}

static void
select_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  select_focused (KIN_BOARD_CANVAS (widget), g_variant_get_boolean (parameter));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  const char *what = g_variant_get_string (parameter, NULL);

  if (g_str_equal (what, "in"))
    kin_board_canvas_zoom_in (self);
  else if (g_str_equal (what, "out"))
    kin_board_canvas_zoom_out (self);
  else if (g_str_equal (what, "fit"))
    kin_board_canvas_zoom_to_fit (self);
  else
    kin_board_canvas_set_zoom (self, 1.0);
}

static void
clipboard_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  if (g_str_equal (action_name, "canvas.copy"))
    kin_board_canvas_copy (self);
  else if (g_str_equal (action_name, "canvas.cut"))
    kin_board_canvas_cut (self);
  else
    kin_board_canvas_paste (self);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  double x, y;

  if (self->focused != NULL)
    kin_board_canvas_board_to_widget (self, kin_note_get_x (self->focused) + KIN_NOTE_WIDTH / 2,
                                      kin_note_get_y (self->focused) + KIN_NOTE_HEIGHT / 2, &x, &y);
  else if (self->focused_cluster != NULL)
    kin_board_canvas_board_to_widget (self, kin_cluster_get_x (self->focused_cluster) + 24,
                                      kin_cluster_get_y (self->focused_cluster) + 24, &x, &y);
  else
    {
      x = gtk_widget_get_width (widget) / 2.0;
      y = gtk_widget_get_height (widget) / 2.0;
    }

  _kin_board_canvas_popup_menu (self, self->focused, self->focused_cluster, x, y);
}

/* Space does two things: held down, it turns a drag into panning, and
 * pressed and let go on its own, it selects the focused note. Which one it
 * was is only known at the release, so the press selects nothing (nor do
 * the presses the key repeats while held), and the release selects unless
 * the pointer panned in between. A selection of several notes thus
 * survives panning across the board to see where they go. */
static gboolean
key_pressed_cb (KinBoardCanvas        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  /* Only a key for the board itself: Space typed in a theme's name, in
   * a popover on the canvas, comes this way first too. */
  if (keyval != GDK_KEY_space || (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      !gtk_widget_is_focus (GTK_WIDGET (self)) || kin_board_canvas_is_editing (self))
    return FALSE;

  if (!self->space_held)
    {
      self->space_held = TRUE;
      self->space_panned = FALSE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
    }

  return TRUE;
}

static void
key_released_cb (KinBoardCanvas        *self,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 GtkEventControllerKey *controller)
{
  gboolean held = self->space_held;

  if (keyval != GDK_KEY_space)
    return;

  self->space_held = FALSE;
  if (self->drag_mode != KIN_DRAG_PAN)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->adding_theme ? "crosshair" : NULL);

  if (held && !self->space_panned && !kin_board_canvas_is_editing (self))
    select_focused (self, FALSE);
}

static void
focus_leave_cb (KinBoardCanvas *self)
{
  self->space_held = FALSE;
}

static void
add_direction_bindings (GtkWidgetClass *widget_class,
                        guint           keyval,
                        guint           keypad_keyval,
                        GtkDirectionType direction,
                        double           dx,
                        double           dy)
{
  guint keys[] = { keyval, keypad_keyval };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, keys[i], 0,
                                           "canvas.focus-direction", "i", direction);
      gtk_widget_class_add_binding_action (widget_class, keys[i], GDK_ALT_MASK,
                                           "canvas.nudge", "(dd)",
                                           dx * KIN_BOARD_CANVAS_NUDGE, dy * KIN_BOARD_CANVAS_NUDGE);
      gtk_widget_class_add_binding_action (widget_class, keys[i], GDK_ALT_MASK | GDK_SHIFT_MASK,
                                           "canvas.nudge", "(dd)",
                                           dx * KIN_BOARD_CANVAS_FINE_NUDGE,
                                           dy * KIN_BOARD_CANVAS_FINE_NUDGE);
    }
}

void
_kin_board_canvas_class_init_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.focus-direction", "i", focus_direction_action);
  gtk_widget_class_install_action (widget_class, "canvas.focus-end", "b", focus_end_action);
  gtk_widget_class_install_action (widget_class, "canvas.nudge", "(dd)", nudge_action);
  gtk_widget_class_install_action (widget_class, "canvas.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "canvas.vote", "b", vote_action);
  gtk_widget_class_install_action (widget_class, "canvas.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "canvas.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "canvas.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "canvas.select-focused", "b", select_focused_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom", "s", zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.copy", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "canvas.cut", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "canvas.paste", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "canvas.menu", NULL, menu_action);

  add_direction_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GTK_DIR_LEFT, -1, 0);
  add_direction_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GTK_DIR_RIGHT, 1, 0);
  add_direction_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GTK_DIR_UP, 0, -1);
  add_direction_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GTK_DIR_DOWN, 0, 1);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "canvas.focus-end", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "canvas.focus-end", "b", TRUE);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "canvas.vote", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "canvas.vote", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "canvas.vote", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "canvas.vote", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "canvas.vote", "b", FALSE);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "canvas.add-note", NULL);
  /* BackSpace too, as on keyboards with no Delete key; the editor, which
   * comes first, keeps it for the text while a note is written. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_BackSpace, 0, delete_key_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "canvas.escape", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  /* Space on its own is the key controller's: see key_pressed_cb(). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK,
                                       "canvas.select-focused", "b", TRUE);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom", "s", "in");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "canvas.zoom", "s", "in");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom", "s", "in");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom", "s", "in");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom", "s", "out");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "canvas.zoom", "s", "out");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom", "s", "fit");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "canvas.zoom", "s", "fit");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "canvas.zoom", "s", "reset");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1, GDK_CONTROL_MASK, "canvas.zoom", "s", "reset");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "canvas.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "canvas.menu", NULL);
}

void
_kin_board_canvas_init_keys (KinBoardCanvas *self)
{
  GtkEventController *controller;

  /* Before the key bindings, and so in the capture phase, so that a press
   * of Space the controller keeps goes no further. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "key-released", G_CALLBACK (key_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
