/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-test-board-canvas.h"

/* The board canvas with the pointer: hit testing through the view, clicks
 * and rubber bands, drags of notes and themes as one step each, zooming,
 * panning, voting clicks and filters. Drawing only what changed is in
 * test-board-canvas-drawing.c. */

static KinApplication *app;
static char *tmpdir;

/* Tests --------------------------------------------------------------------- */

static void
test_hit_testing (Fixture       *fixture,
                  gconstpointer  data)
{
  static const double zooms[] = { 0.35, 1.0, 2.5 };
  static const double offsets[][2] = { { 0, 0 }, { 37.5, -20 }, { -150, 80 } };

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    for (guint o = 0; o < G_N_ELEMENTS (offsets); o++)
      {
        KinCanvasHit hit;
        double x, y, bx, by;

        kin_board_canvas_set_view (fixture->canvas, zooms[z], offsets[o][0], offsets[o][1]);
        g_assert_cmpfloat_with_epsilon (kin_board_canvas_get_zoom (fixture->canvas), zooms[z], 1e-9);

        for (guint i = 0; i < G_N_ELEMENTS (fixture->notes); i++)
          {
            KinNote *note = fixture->notes[i];

            note_center (fixture, note, &x, &y);
            g_assert_true (kin_board_canvas_note_at (fixture->canvas, x, y) == note);

            /* Just inside the top-left corner, and just outside the right edge. */
            kin_board_canvas_board_to_widget (fixture->canvas, kin_note_get_x (note) + 1,
                                              kin_note_get_y (note) + 1, &x, &y);
            g_assert_true (kin_board_canvas_note_at (fixture->canvas, x, y) == note);
            kin_board_canvas_board_to_widget (fixture->canvas, kin_note_get_x (note) + KIN_NOTE_WIDTH + 2,
                                              kin_note_get_y (note) + KIN_NOTE_HEIGHT / 2, &x, &y);
            g_assert_true (kin_board_canvas_note_at (fixture->canvas, x, y) != note);

            /* Widget to board and back. */
            kin_board_canvas_widget_to_board (fixture->canvas, x, y, &bx, &by);
            g_assert_cmpfloat_with_epsilon (bx, kin_note_get_x (note) + KIN_NOTE_WIDTH + 2, 1e-6);
            g_assert_cmpfloat_with_epsilon (by, kin_note_get_y (note) + KIN_NOTE_HEIGHT / 2, 1e-6);
          }

        /* The theme: its title band, its body and its corner. */
        kin_board_canvas_board_to_widget (fixture->canvas, 250, 20, &x, &y);
        hit = _kin_board_canvas_hit_test (fixture->canvas, x, y);
        g_assert_cmpint (hit.kind, ==, KIN_HIT_CLUSTER_TITLE);
        g_assert_true (hit.cluster == fixture->theme);

        kin_board_canvas_board_to_widget (fixture->canvas, 280, 250, &x, &y);
        hit = _kin_board_canvas_hit_test (fixture->canvas, x, y);
        g_assert_cmpint (hit.kind, ==, KIN_HIT_CLUSTER_BODY);

        kin_board_canvas_board_to_widget (fixture->canvas, 398, 328, &x, &y);
        hit = _kin_board_canvas_hit_test (fixture->canvas, x, y);
        g_assert_cmpint (hit.kind, ==, KIN_HIT_CLUSTER_HANDLE);

        kin_board_canvas_board_to_widget (fixture->canvas, 500, 500, &x, &y);
        hit = _kin_board_canvas_hit_test (fixture->canvas, x, y);
        g_assert_cmpint (hit.kind, ==, KIN_HIT_NONE);
      }
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  KinNote **n = fixture->notes;
  guint undo = n_undo (fixture);
  double x1, y1, x2, y2;

  click_note (fixture, n[0], 0);
  g_assert_true (is_selected_exactly (fixture, n[0], NULL));
  g_assert_true (kin_board_canvas_get_focused_note (fixture->canvas) == n[0]);

  click_note (fixture, n[1], GDK_SHIFT_MASK);
  g_assert_true (is_selected_exactly (fixture, n[0], n[1], NULL));

  click_note (fixture, n[3], GDK_CONTROL_MASK);
  g_assert_true (is_selected_exactly (fixture, n[0], n[1], n[3], NULL));

  /* Ctrl+click again takes it out. */
  click_note (fixture, n[0], GDK_CONTROL_MASK);
  g_assert_true (is_selected_exactly (fixture, n[1], n[3], NULL));

  /* A plain click on a selected note selects it alone. */
  click_note (fixture, n[3], 0);
  g_assert_true (is_selected_exactly (fixture, n[3], NULL));

  /* A click on the empty board clears the selection. */
  kin_board_canvas_board_to_widget (fixture->canvas, 500, 500, &x1, &y1);
  click_at (fixture, x1, y1, 0);
  g_assert_cmpuint (kin_board_canvas_get_n_selected (fixture->canvas), ==, 0);

  /* A rectangle drawn from empty space selects what it touches. */
  kin_board_canvas_board_to_widget (fixture->canvas, 560, 40, &x1, &y1);
  kin_board_canvas_board_to_widget (fixture->canvas, 790, 320, &x2, &y2);
  drag (fixture, x1, y1, x2 - x1, y2 - y1, 0);
  g_assert_true (is_selected_exactly (fixture, n[3], n[4], NULL));
  /* Selecting is not an edit. */
  g_assert_cmpuint (n_undo (fixture), ==, undo);

  /* With Shift, it adds to the selection; at another zoom too. */
  kin_board_canvas_set_view (fixture->canvas, 0.5, 40, 30);
  kin_board_canvas_board_to_widget (fixture->canvas, 280, 250, &x1, &y1);
  kin_board_canvas_board_to_widget (fixture->canvas, 150, 190, &x2, &y2);
  drag (fixture, x1, y1, x2 - x1, y2 - y1, GDK_SHIFT_MASK);
  g_assert_true (is_selected_exactly (fixture, n[2], n[3], n[4], NULL));

  /* Without it, a new rectangle starts a new selection. */
  drag (fixture, x1, y1, x2 - x1, y2 - y1, 0);
  g_assert_true (is_selected_exactly (fixture, n[2], NULL));

  kin_board_canvas_select_all (fixture->canvas);
  g_assert_cmpuint (kin_board_canvas_get_n_selected (fixture->canvas), ==, 5);
  press_keys (GTK_WIDGET (fixture->canvas), "Escape");
  g_assert_cmpuint (kin_board_canvas_get_n_selected (fixture->canvas), ==, 0);
}

static void
test_drag_moves (Fixture       *fixture,
                 gconstpointer  data)
{
  KinNote **n = fixture->notes;
  guint undo = n_undo (fixture);
  double x, y;

  /* While the pointer moves the note follows it, with nothing recorded;
   * the drop is one step. At zoom 2, 40 pixels are 20 board units. */
  kin_board_canvas_set_view (fixture->canvas, 2.0, -900, -20);
  note_center (fixture, n[3], &x, &y);
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, 0));
  _kin_board_canvas_drag_to (fixture->canvas, 20, 10);
  _kin_board_canvas_drag_to (fixture->canvas, 40, 30);
  g_assert_cmpfloat (kin_note_get_x (n[3]), ==, 620);
  g_assert_cmpfloat (kin_note_get_y (n[3]), ==, 85);
  g_assert_cmpuint (n_undo (fixture), ==, undo);
  _kin_board_canvas_release (fixture->canvas, 40, 30);
  g_assert_cmpfloat (kin_note_get_x (n[3]), ==, 620);
  g_assert_cmpfloat (kin_note_get_y (n[3]), ==, 85);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move Note");

  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpfloat (kin_note_get_x (n[3]), ==, 600);
  g_assert_cmpfloat (kin_note_get_y (n[3]), ==, 70);

  /* A selection moves together, as one step. */
  kin_board_canvas_set_view (fixture->canvas, 1.0, 0, 0);
  click_note (fixture, n[3], 0);
  click_note (fixture, n[4], GDK_SHIFT_MASK);
  note_center (fixture, n[4], &x, &y);
  drag (fixture, x, y, -30, 15, 0);
  g_assert_cmpfloat (kin_note_get_x (n[3]), ==, 570);
  g_assert_cmpfloat (kin_note_get_y (n[3]), ==, 85);
  g_assert_cmpfloat (kin_note_get_x (n[4]), ==, 570);
  g_assert_cmpfloat (kin_note_get_y (n[4]), ==, 315);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move 2 Notes");

  /* Dropped in the theme, a note joins it; dragged out, it leaves. */
  click_note (fixture, n[3], 0);
  note_center (fixture, n[3], &x, &y);
  drag (fixture, x, y, -370, 140, 0);
  g_assert_cmpstr (kin_note_get_cluster (n[3]), ==, kin_object_get_id (KIN_OBJECT (fixture->theme)));
  note_center (fixture, n[0], &x, &y);
  drag (fixture, x, y, 0, 400, 0);
  g_assert_null (kin_note_get_cluster (n[0]));

  /* A press and release without moving is not a move. */
  undo = n_undo (fixture);
  note_center (fixture, n[1], &x, &y);
  drag (fixture, x, y, 2, 1, 0);
  g_assert_cmpuint (n_undo (fixture), ==, undo);
  g_assert_cmpfloat (kin_note_get_x (n[1]), ==, 200);
}

/* Held at an edge of the view, a drag scrolls the board that way and
 * carries on over it; picked up near an edge it stays put until it is
 * taken there. */
static void
test_edge_scroll (Fixture       *fixture,
                  gconstpointer  data)
{
  KinNote *note = fixture->notes[3];
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  guint undo = n_undo (fixture);
  double x, y, offset_x, offset_y, after_x, after_y, rx, ry, rw, rh;

  g_assert_cmpint (gtk_widget_get_width (canvas), ==, 800);
  note_center (fixture, note, &x, &y);
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, 0));
  _kin_board_canvas_drag_to (fixture->canvas, 795 - x, 0);
  kin_test_iterate (300);
  kin_board_canvas_get_offset (fixture->canvas, &offset_x, &offset_y);
  g_assert_cmpfloat (offset_x, <, -40);
  g_assert_cmpfloat (offset_y, ==, 0);
  /* The note stays under the pointer as the board goes by. */
  note_center (fixture, note, &x, &y);
  g_assert_cmpfloat (fabs (x - 795), <, 1);
  g_assert_cmpuint (n_undo (fixture), ==, undo);

  _kin_board_canvas_release (fixture->canvas, 795 - 680, 0);
  kin_board_canvas_get_offset (fixture->canvas, &offset_x, NULL);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 600 + 115 - offset_x);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move Note");
  /* Dropped, it scrolls no more. */
  kin_test_iterate (100);
  kin_board_canvas_get_offset (fixture->canvas, &after_x, NULL);
  g_assert_cmpfloat (after_x, ==, offset_x);
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpfloat (kin_note_get_x (note), ==, 600);

  /* Picked up at the right edge and moved left: no scrolling. */
  kin_board_canvas_set_view (fixture->canvas, 1.0, 30, 0);
  g_assert_true (_kin_board_canvas_press (fixture->canvas, 785, 125, 0));
  _kin_board_canvas_drag_to (fixture->canvas, -12, 0);
  kin_test_iterate (200);
  kin_board_canvas_get_offset (fixture->canvas, &after_x, &after_y);
  g_assert_cmpfloat (after_x, ==, 30);
  g_assert_cmpfloat (after_y, ==, 0);
  _kin_board_canvas_release (fixture->canvas, -12, 0);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 588);
  g_assert_true (kin_project_undo (fixture->project));

  /* A rectangle drawn down to the bottom edge grows on down the board
   * from where it started. */
  kin_board_canvas_set_view (fixture->canvas, 1.0, 0, 0);
  g_assert_true (_kin_board_canvas_press (fixture->canvas, 500, 450, 0));
  _kin_board_canvas_drag_to (fixture->canvas, 20, 145);
  kin_test_iterate (300);
  kin_board_canvas_get_offset (fixture->canvas, NULL, &offset_y);
  g_assert_cmpfloat (offset_y, <, -40);
  _kin_board_canvas_drag_rect (fixture->canvas, &rx, &ry, &rw, &rh);
  g_assert_cmpfloat (rx, ==, 500);
  g_assert_cmpfloat (ry, ==, 450);
  g_assert_cmpfloat (rw, ==, 20);
  g_assert_cmpfloat (fabs (rh - (145 - offset_y)), <, 1e-9);
  _kin_board_canvas_release (fixture->canvas, 20, 145);
}

static void
test_theme_drags (Fixture       *fixture,
                  gconstpointer  data)
{
  KinNote **n = fixture->notes;
  const char *id = kin_object_get_id (KIN_OBJECT (fixture->theme));
  guint undo = n_undo (fixture);
  double x, y;

  /* By its title band, the theme moves with its notes. */
  kin_board_canvas_board_to_widget (fixture->canvas, 250, 20, &x, &y);
  drag (fixture, x, y, 50, 10, 0);
  g_assert_cmpfloat (kin_cluster_get_x (fixture->theme), ==, 50);
  g_assert_cmpfloat (kin_cluster_get_y (fixture->theme), ==, 10);
  g_assert_cmpfloat (kin_note_get_x (n[0]), ==, 70);
  g_assert_cmpfloat (kin_note_get_x (n[2]), ==, 70);
  g_assert_cmpfloat (kin_note_get_x (n[3]), ==, 600);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move Theme");

  /* By its corner it is resized; a note its edge leaves behind leaves it. */
  kin_board_canvas_board_to_widget (fixture->canvas, 448, 338, &x, &y);
  drag (fixture, x, y, -160, 0, 0);
  g_assert_cmpfloat (kin_cluster_get_width (fixture->theme), ==, 240);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 2);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Resize Theme");
  g_assert_null (kin_note_get_cluster (n[1]));
  g_assert_cmpstr (kin_note_get_cluster (n[0]), ==, id);

  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpfloat (kin_cluster_get_width (fixture->theme), ==, 400);
  g_assert_cmpstr (kin_note_get_cluster (n[1]), ==, id);

  /* Drawing a theme in "add theme" mode adds it and gives it the notes
   * under it. */
  kin_board_canvas_set_adding_theme (fixture->canvas, TRUE);
  kin_board_canvas_board_to_widget (fixture->canvas, 560, 40, &x, &y);
  drag (fixture, x, y, 230, 420, 0);
  g_assert_false (kin_board_canvas_get_adding_theme (fixture->canvas));
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_clusters (fixture->board)), ==, 2);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Add Theme");
  g_assert_nonnull (kin_note_get_cluster (n[3]));
  g_assert_cmpstr (kin_note_get_cluster (n[3]), ==, kin_note_get_cluster (n[4]));
  g_assert_true (kin_board_canvas_get_focused_cluster (fixture->canvas) != NULL);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  double width = gtk_widget_get_width (canvas);
  double height = gtk_widget_get_height (canvas);
  double x, y, w, h, left, top, right, bottom, bx, by, bx2, by2;

  press_keys (canvas, "<Control>plus");
  g_assert_cmpfloat_with_epsilon (kin_board_canvas_get_zoom (fixture->canvas), 1.25, 1e-9);
  press_keys (canvas, "<Control>equal");
  g_assert_cmpfloat_with_epsilon (kin_board_canvas_get_zoom (fixture->canvas), 1.5625, 1e-9);
  press_keys (canvas, "<Control>minus");
  press_keys (canvas, "<Control>minus");
  press_keys (canvas, "<Control>minus");
  g_assert_cmpfloat_with_epsilon (kin_board_canvas_get_zoom (fixture->canvas), 0.8, 1e-9);
  press_keys (canvas, "<Control>1");
  g_assert_cmpfloat_with_epsilon (kin_board_canvas_get_zoom (fixture->canvas), 1.0, 1e-9);

  /* The keys zoom around the middle of the view. */
  kin_board_canvas_widget_to_board (fixture->canvas, width / 2, height / 2, &bx, &by);
  press_keys (canvas, "<Control>minus");
  kin_board_canvas_widget_to_board (fixture->canvas, width / 2, height / 2, &bx2, &by2);
  g_assert_cmpfloat_with_epsilon (bx, bx2, 1e-6);
  g_assert_cmpfloat_with_epsilon (by, by2, 1e-6);

  /* Ctrl+0 fits everything, centred, filling the view one way. */
  press_keys (canvas, "<Control>0");
  g_assert_true (kin_board_get_extents (fixture->board, &x, &y, &w, &h));
  kin_board_canvas_board_to_widget (fixture->canvas, x, y, &left, &top);
  kin_board_canvas_board_to_widget (fixture->canvas, x + w, y + h, &right, &bottom);
  g_assert_cmpfloat (left, >=, 0);
  g_assert_cmpfloat (top, >=, 0);
  g_assert_cmpfloat (right, <=, width);
  g_assert_cmpfloat (bottom, <=, height);
  g_assert_cmpfloat_with_epsilon (left, width - right, 1e-6);
  g_assert_cmpfloat_with_epsilon (top, height - bottom, 1e-6);
  g_assert_true (fabs ((right - left) - (width - 64)) < 1 || fabs ((bottom - top) - (height - 64)) < 1 ||
                 kin_board_canvas_get_zoom (fixture->canvas) == 1.0);

  /* A far bigger board is fitted below 100%. */
  kin_board_add_note (fixture->project, fixture->board, 4000, 3000, "Far away");
  press_keys (canvas, "<Control>0");
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), <, 0.25);
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), >=, KIN_BOARD_CANVAS_MIN_ZOOM);

  /* Ctrl+wheel zooms around the point under the pointer (the middle, with
   * no pointer in the window); the wheel alone pans. */
  kin_board_canvas_set_view (fixture->canvas, 1.0, 0, 0);
  kin_board_canvas_widget_to_board (fixture->canvas, width / 2, height / 2, &bx, &by);
  g_assert_true (_kin_board_canvas_scroll (fixture->canvas, 0, -1, GDK_CONTROL_MASK, TRUE));
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), >, 1.0);
  kin_board_canvas_widget_to_board (fixture->canvas, width / 2, height / 2, &bx2, &by2);
  g_assert_cmpfloat_with_epsilon (bx, bx2, 1e-6);
  g_assert_cmpfloat_with_epsilon (by, by2, 1e-6);

  kin_board_canvas_set_view (fixture->canvas, 1.0, 0, 0);
  g_assert_true (_kin_board_canvas_scroll (fixture->canvas, 0, 2, 0, TRUE));
  kin_board_canvas_get_offset (fixture->canvas, &x, &y);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, <, 0);
  g_assert_true (_kin_board_canvas_scroll (fixture->canvas, 0, 1, GDK_SHIFT_MASK, TRUE));
  kin_board_canvas_get_offset (fixture->canvas, &x, NULL);
  g_assert_cmpfloat (x, <, 0);

  /* The zoom stays in its range. */
  for (guint i = 0; i < 40; i++)
    press_keys (canvas, "<Control>plus");
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, KIN_BOARD_CANVAS_MAX_ZOOM);
}

static void
test_panning (Fixture       *fixture,
              gconstpointer  data)
{
  KinNote **n = fixture->notes;
  guint undo = n_undo (fixture);
  double x, y, ox, oy;

  /* Space held down turns a drag on a note into panning. */
  fixture->canvas->space_held = TRUE;
  note_center (fixture, n[0], &x, &y);
  drag (fixture, x, y, 100, 50, 0);
  fixture->canvas->space_held = FALSE;
  kin_board_canvas_get_offset (fixture->canvas, &ox, &oy);
  g_assert_cmpfloat (ox, ==, 100);
  g_assert_cmpfloat (oy, ==, 50);
  g_assert_cmpfloat (kin_note_get_x (n[0]), ==, 20);
  g_assert_cmpuint (n_undo (fixture), ==, undo);
}

/* The controller of @type on the canvas, with @button for a single-button
 * gesture (0 for any). */
static GtkEventController *
canvas_controller (Fixture *fixture,
                   GType    type,
                   guint    button)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->canvas));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type) &&
          (button == 0 || gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == button))
        /* The canvas keeps it alive. */
        return controller;
    }

  return NULL;
}

/* The middle button drags the board along, and a pinch zooms, about the
 * fingers or, with no fingers to go by, the middle of the view. */
static void
test_middle_drag_and_pinch (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkEventController *middle = canvas_controller (fixture, GTK_TYPE_GESTURE_DRAG, GDK_BUTTON_MIDDLE);
  GtkEventController *pinch = canvas_controller (fixture, GTK_TYPE_GESTURE_ZOOM, 0);
  KinNote **n = fixture->notes;
  guint undo = n_undo (fixture);
  double ox, oy, before_x, before_y, after_x, after_y;

  g_assert_nonnull (middle);
  g_assert_nonnull (pinch);

  /* Dragged from on a note, the view moves and the note does not. */
  note_center (fixture, n[0], &before_x, &before_y);
  g_signal_emit_by_name (middle, "drag-begin", before_x, before_y);
  g_signal_emit_by_name (middle, "drag-update", 60.0, -30.0);
  g_signal_emit_by_name (middle, "drag-update", 120.0, -40.0);
  g_signal_emit_by_name (middle, "drag-end", 120.0, -40.0);
  kin_board_canvas_get_offset (fixture->canvas, &ox, &oy);
  g_assert_cmpfloat (ox, ==, 120);
  g_assert_cmpfloat (oy, ==, -40);
  g_assert_cmpfloat (kin_note_get_x (n[0]), ==, 20);
  g_assert_cmpuint (n_undo (fixture), ==, undo);

  /* Pinched open to twice the size, about the middle of the view: what
   * was there stays there. */
  kin_board_canvas_widget_to_board (fixture->canvas, 400, 300, &before_x, &before_y);
  g_signal_emit_by_name (pinch, "begin", NULL);
  g_signal_emit_by_name (pinch, "scale-changed", 1.5);
  g_signal_emit_by_name (pinch, "scale-changed", 2.0);
  g_assert_cmpfloat_with_epsilon (kin_board_canvas_get_zoom (fixture->canvas), 2.0, 1e-9);
  kin_board_canvas_widget_to_board (fixture->canvas, 400, 300, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, 1e-6);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, 1e-6);

  /* And closed again, from where it was. */
  g_signal_emit_by_name (pinch, "begin", NULL);
  g_signal_emit_by_name (pinch, "scale-changed", 0.25);
  g_assert_cmpfloat_with_epsilon (kin_board_canvas_get_zoom (fixture->canvas), 0.5, 1e-9);
  g_assert_cmpuint (n_undo (fixture), ==, undo);
}

static void
test_voting (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote **n = fixture->notes;
  guint undo;
  double x, y;

  kin_board_canvas_set_voting (fixture->canvas, TRUE);
  kin_board_canvas_set_voter (fixture->canvas, "Ana");

  click_note (fixture, n[0], 0);
  click_note (fixture, n[0], 0);
  g_assert_cmpint (kin_note_get_votes (n[0]), ==, 2);
  g_assert_cmpint (kin_note_get_voter_dots (n[0], "Ana"), ==, 2);
  g_assert_cmpint (kin_board_get_votes_left (fixture->board, "Ana"), ==, 0);
  g_assert_cmpuint (fixture->messages->len, ==, 0);

  /* Ana's budget is used up: a clear message and nothing changes. */
  undo = n_undo (fixture);
  click_note (fixture, n[1], 0);
  g_assert_cmpint (kin_note_get_votes (n[1]), ==, 0);
  g_assert_cmpuint (n_undo (fixture), ==, undo);
  g_assert_cmpuint (fixture->messages->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->messages, 0), ==, "Ana has used all 2 dots");

  /* A right-click takes one back; one she never gave cannot be. */
  note_center (fixture, n[0], &x, &y);
  _kin_board_canvas_secondary_click (fixture->canvas, x, y);
  g_assert_cmpint (kin_note_get_votes (n[0]), ==, 1);
  note_center (fixture, n[1], &x, &y);
  _kin_board_canvas_secondary_click (fixture->canvas, x, y);
  g_assert_cmpuint (fixture->messages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->messages, 1), ==, "Ana gave this note no dot to take back");

  /* From the keyboard: + gives the focused note a dot, - takes it back. */
  kin_board_canvas_set_voter (fixture->canvas, "Ben");
  kin_board_canvas_focus_note (fixture->canvas, n[3]);
  press_keys (canvas, "plus");
  press_keys (canvas, "Return");
  g_assert_cmpint (kin_note_get_voter_dots (n[3], "Ben"), ==, 2);
  press_keys (canvas, "minus");
  g_assert_cmpint (kin_note_get_voter_dots (n[3], "Ben"), ==, 1);

  /* The room has no limit. */
  kin_board_canvas_set_voter (fixture->canvas, KIN_VOTER_ROOM);
  for (guint i = 0; i < 5; i++)
    click_note (fixture, n[4], 0);
  g_assert_cmpint (kin_note_get_votes (n[4]), ==, 5);

  /* In voting mode a drag pans rather than moving the note. */
  note_center (fixture, n[4], &x, &y);
  drag (fixture, x, y, 60, 0, 0);
  g_assert_cmpfloat (kin_note_get_x (n[4]), ==, 600);
  g_assert_cmpint (kin_note_get_votes (n[4]), ==, 5);
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  KinNoteFilter filter = { "p-respect", -1, NULL, NULL };

  g_assert_cmpuint (kin_board_canvas_count_matching (fixture->canvas), ==, 5);

  kin_board_canvas_set_filter (fixture->canvas, &filter);
  g_assert_cmpuint (kin_board_canvas_count_matching (fixture->canvas), ==, 2);

  filter.principle = NULL;
  filter.voice = KIN_VOICE_TENANT;
  filter.text = "phone";
  kin_board_canvas_set_filter (fixture->canvas, &filter);
  g_assert_cmpuint (kin_board_canvas_count_matching (fixture->canvas), ==, 1);

  filter.voice = -1;
  filter.text = NULL;
  filter.cluster = "";
  kin_board_canvas_set_filter (fixture->canvas, &filter);
  g_assert_cmpuint (kin_board_canvas_count_matching (fixture->canvas), ==, 2);

  kin_board_canvas_set_filter (fixture->canvas, NULL);
  g_assert_cmpuint (kin_board_canvas_count_matching (fixture->canvas), ==, 5);
}

static void
test_undo_during_drag (Fixture       *fixture,
                       gconstpointer  data)
{
  KinNote *note = fixture->notes[4];
  guint undo;
  double x, y;

  kin_board_canvas_focus_note (fixture->canvas, note);
  press_keys (GTK_WIDGET (fixture->canvas), "<Alt>Right");
  g_assert_cmpfloat (kin_note_get_x (note), ==, 610);
  undo = n_undo (fixture);

  /* A step in the middle of a drag (Ctrl+Z with the button down) ends the
   * drag, keeping what the step did and recording nothing more. */
  note_center (fixture, note, &x, &y);
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, 0));
  _kin_board_canvas_drag_to (fixture->canvas, 50, 50);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 660);
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpfloat (kin_note_get_x (note), ==, 600);
  _kin_board_canvas_drag_to (fixture->canvas, 80, 80);
  _kin_board_canvas_release (fixture->canvas, 80, 80);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 600);
  g_assert_cmpfloat (kin_note_get_y (note), ==, 300);
  g_assert_cmpuint (n_undo (fixture), ==, undo - 1);

  /* A drag the pointer grab lost is put back, with nothing recorded. */
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, 0));
  _kin_board_canvas_drag_to (fixture->canvas, 50, 50);
  _kin_board_canvas_cancel_drag (fixture->canvas);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 600);
  g_assert_cmpuint (n_undo (fixture), ==, undo - 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestBoardCanvas", &tmpdir);

#define ADD(path, func) \
  g_test_add ("/board-canvas/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("hit-testing", test_hit_testing);
  ADD ("selection", test_selection);
  ADD ("drag-moves", test_drag_moves);
  ADD ("theme-drags", test_theme_drags);
  ADD ("edge-scroll", test_edge_scroll);
  ADD ("undo-during-drag", test_undo_during_drag);
  ADD ("zoom", test_zoom);
  ADD ("panning", test_panning);
  ADD ("middle-drag-and-pinch", test_middle_drag_and_pinch);
  ADD ("voting", test_voting);
  ADD ("filter", test_filter);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
