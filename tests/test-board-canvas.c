/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "kin-application.h"
#include "kin-board-canvas-private.h"
#include "kin-model.h"
#include "kin-test-render.h"
#include "kin-test-util.h"

/* The board canvas, driven as a user would: presses, drags and releases go
 * through the same functions the gestures call, with widget coordinates,
 * so that every test also goes through the view transform; keys go through
 * the canvas's own shortcuts. */

static KinApplication *app;
static char *tmpdir;

typedef struct
{
  KinProject     *project;
  KinBoard       *board;
  KinCluster     *theme;
  KinNote        *notes[5];
  KinBoardCanvas *canvas;
  GtkWidget      *window;
  GPtrArray      *messages;
} Fixture;

/* A board with one theme holding three notes, and two notes outside it:
 *
 *   +-- Theme A ------------+
 *   | n0        n1          |     n3
 *   | n2                    |
 *   +-----------------------+     n4
 */
static const struct {
  double      x;
  double      y;
  const char *text;
  const char *principle;
  KinVoice    voice;
} note_specs[] = {
  { 20, 70, "Ring once and it is sorted", "p-respect", KIN_VOICE_TENANT },
  { 200, 70, "Live chat in the evenings", NULL, KIN_VOICE_STAFF },
  { 20, 200, "No more phone menus", "p-respect", KIN_VOICE_TENANT },
  { 600, 70, "Repairs booked on the first call", "p-effortless", KIN_VOICE_LEADER },
  { 600, 300, "Letters in plain English", NULL, KIN_VOICE_BOARD },
};

static void
message_cb (KinBoardCanvas *canvas,
            const char     *message,
            Fixture        *fixture)
{
  g_ptr_array_add (fixture->messages, g_strdup (message));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KinPrinciple) respect = kin_principle_new ();
  g_autoptr(KinPrinciple) effortless = kin_principle_new ();
  g_autoptr(KinBoard) board = kin_board_new ();
  const char *voters[] = { "Ana", "Ben", NULL };

  fixture->project = kin_project_new ();
  kin_object_set_id (KIN_OBJECT (respect), "p-respect");
  kin_principle_set_name (respect, "Respect");
  kin_object_set_id (KIN_OBJECT (effortless), "p-effortless");
  kin_principle_set_name (effortless, "Make it effortless");
  kin_project_append (fixture->project, kin_project_get_principles (fixture->project), respect);
  kin_project_append (fixture->project, kin_project_get_principles (fixture->project), effortless);

  kin_board_set_title (board, "Our future");
  kin_board_set_question (board, "What do customers notice?");
  kin_board_set_votes_per_person (board, 2);
  kin_board_set_voters (board, voters);
  kin_project_append (fixture->project, kin_project_get_boards (fixture->project), board);
  fixture->board = board;

  fixture->theme = kin_board_add_cluster (fixture->project, board, 0, 0, 400, 330, "Theme A");
  for (guint i = 0; i < G_N_ELEMENTS (note_specs); i++)
    {
      KinNote *note = kin_board_add_note (fixture->project, board, note_specs[i].x, note_specs[i].y,
                                          note_specs[i].text);

      kin_note_set_principle (note, note_specs[i].principle);
      kin_note_set_voice (note, note_specs[i].voice);
      fixture->notes[i] = note;
    }

  fixture->messages = g_ptr_array_new_with_free_func (g_free);
  fixture->window = gtk_window_new ();
  fixture->canvas = KIN_BOARD_CANVAS (kin_board_canvas_new ());
  g_signal_connect (fixture->canvas, "message", G_CALLBACK (message_cb), fixture);
  kin_board_canvas_set_project (fixture->canvas, fixture->project);
  kin_board_canvas_set_board (fixture->canvas, board);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->canvas));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kin_test_wait_for_frame (GTK_WIDGET (fixture->canvas));

  /* A known view, 1:1 with the board's origin at the widget's, and no
   * focus yet (the window gave the canvas the first theme on showing). */
  kin_board_canvas_set_view (fixture->canvas, 1.0, 0, 0);
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  _kin_board_canvas_set_focus_target (fixture->canvas, NULL, NULL);
  fixture->canvas->pointer_inside = FALSE;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->canvas, fixture);
  kin_test_destroy_window (fixture->window);
  g_clear_pointer (&fixture->messages, g_ptr_array_unref);
  g_assert_finalize_object (fixture->project);
}

static guint
n_notes (Fixture *fixture)
{
  return g_list_model_get_n_items (kin_board_get_notes (fixture->board));
}

static guint
n_undo (Fixture *fixture)
{
  return kin_history_get_n_undo (kin_project_get_history (fixture->project));
}

/* The widget point at the middle of a note. */
static void
note_center (Fixture *fixture,
             KinNote *note,
             double  *x,
             double  *y)
{
  kin_board_canvas_board_to_widget (fixture->canvas,
                                    kin_note_get_x (note) + KIN_NOTE_WIDTH / 2,
                                    kin_note_get_y (note) + KIN_NOTE_HEIGHT / 2,
                                    x, y);
}

static void
click_at (Fixture         *fixture,
          double           x,
          double           y,
          GdkModifierType  state)
{
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, state));
  _kin_board_canvas_release (fixture->canvas, 0, 0);
}

static void
click_note (Fixture         *fixture,
            KinNote         *note,
            GdkModifierType  state)
{
  double x, y;

  note_center (fixture, note, &x, &y);
  click_at (fixture, x, y, state);
}

/* A drag in a few steps, as a pointer moves. */
static void
drag (Fixture         *fixture,
      double           x,
      double           y,
      double           dx,
      double           dy,
      GdkModifierType  state)
{
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, state));
  for (guint step = 1; step <= 4; step++)
    _kin_board_canvas_drag_to (fixture->canvas, dx * step / 4, dy * step / 4);
  _kin_board_canvas_release (fixture->canvas, dx, dy);
}

static gboolean
is_selected_exactly (Fixture *fixture,
                     ...)
{
  g_autoptr(GPtrArray) selection = kin_board_canvas_get_selection (fixture->canvas);
  va_list args;
  guint n = 0;
  KinNote *note;
  gboolean all = TRUE;

  va_start (args, fixture);
  while ((note = va_arg (args, KinNote *)) != NULL)
    {
      all = all && kin_board_canvas_is_selected (fixture->canvas, note);
      n++;
    }
  va_end (args);

  return all && n == selection->len;
}

/* Finds the canvas's shortcut for @accelerator (as "<Alt>Right") and
 * activates it, as pressing the keys does. */
static void
press_keys (GtkWidget  *widget,
            const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  g_assert_nonnull (wanted);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_error ("No shortcut for %s", accelerator);
}

/* A key pressed in the in-place editor, through its key controller. */
static gboolean
editor_key (Fixture         *fixture,
            guint            keyval,
            GdkModifierType  state)
{
  GtkWidget *editor = kin_board_canvas_get_editor (fixture->canvas);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (editor);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;

      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      return handled;
    }

  g_error ("The editor has no key controller");
}

static void
type_in_editor (Fixture    *fixture,
                const char *text)
{
  GtkWidget *editor = kin_board_canvas_get_editor (fixture->canvas);

  g_assert_true (gtk_widget_get_visible (editor));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), text, -1);
}

static KinNote *
note_at_text (Fixture    *fixture,
              const char *text)
{
  GListModel *notes = kin_board_get_notes (fixture->board);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (g_strcmp0 (kin_note_get_text (note), text) == 0)
        return note;
    }

  g_error ("No note reads “%s”", text);
}

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

static gpointer
focus_target (Fixture *fixture)
{
  KinNote *note = kin_board_canvas_get_focused_note (fixture->canvas);

  return note != NULL ? (gpointer) note : (gpointer) kin_board_canvas_get_focused_cluster (fixture->canvas);
}

static void
test_keyboard_focus (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote **n = fixture->notes;
  gpointer expected[] = { fixture->theme, n[0], n[1], n[2], n[3], n[4] };

  g_assert_null (focus_target (fixture));
  /* Tab enters on the theme, goes through its notes in reading order,
   * then the notes in no theme, and leaves after the last. */
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (i > 0)
        g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));
      g_assert_true (focus_target (fixture) == expected[i]);
    }
  g_assert_false (gtk_widget_child_focus (canvas, GTK_DIR_TAB_FORWARD));

  /* Shift+Tab comes back in from the end. */
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_target (fixture) == n[4]);
  g_assert_true (gtk_widget_child_focus (canvas, GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_target (fixture) == n[3]);

  /* The arrows go to the nearest note that way. */
  kin_board_canvas_focus_note (fixture->canvas, n[0]);
  press_keys (canvas, "Right");
  g_assert_true (focus_target (fixture) == n[1]);
  press_keys (canvas, "Right");
  g_assert_true (focus_target (fixture) == n[3]);
  press_keys (canvas, "Down");
  g_assert_true (focus_target (fixture) == n[4]);
  press_keys (canvas, "Left");
  g_assert_true (focus_target (fixture) == n[2]);
  press_keys (canvas, "Up");
  g_assert_true (focus_target (fixture) == n[0]);
  /* Nothing further up: the focus stays. */
  press_keys (canvas, "Up");
  g_assert_true (focus_target (fixture) == n[0]);
  press_keys (canvas, "End");
  g_assert_true (focus_target (fixture) == n[4]);
  press_keys (canvas, "Home");
  g_assert_true (focus_target (fixture) == fixture->theme);

  /* The view follows the focus. */
  kin_board_canvas_set_view (fixture->canvas, 1.0, -2000, -2000);
  kin_board_canvas_focus_note (fixture->canvas, n[3]);
  {
    double x, y;

    note_center (fixture, n[3], &x, &y);
    g_assert_cmpfloat (x, >, 0);
    g_assert_cmpfloat (x, <, gtk_widget_get_width (canvas));
    g_assert_cmpfloat (y, >, 0);
    g_assert_cmpfloat (y, <, gtk_widget_get_height (canvas));
  }

  /* Space selects the focused note; Ctrl+Space adds the next one. */
  press_keys (canvas, "space");
  g_assert_true (is_selected_exactly (fixture, n[3], NULL));
  press_keys (canvas, "Down");
  press_keys (canvas, "<Control>space");
  g_assert_true (is_selected_exactly (fixture, n[3], n[4], NULL));
}

static void
test_alt_arrows (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote *note = fixture->notes[3];
  guint undo = n_undo (fixture);

  kin_board_canvas_focus_note (fixture->canvas, note);

  press_keys (canvas, "<Alt>Right");
  g_assert_cmpfloat (kin_note_get_x (note), ==, 610);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move Note");

  press_keys (canvas, "<Alt>Up");
  g_assert_cmpfloat (kin_note_get_y (note), ==, 60);
  press_keys (canvas, "<Shift><Alt>Down");
  g_assert_cmpfloat (kin_note_get_y (note), ==, 61);
  press_keys (canvas, "<Shift><Alt>Left");
  g_assert_cmpfloat (kin_note_get_x (note), ==, 609);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 4);

  /* The focused theme moves with its notes. */
  kin_board_canvas_focus_cluster (fixture->canvas, fixture->theme);
  press_keys (canvas, "<Alt>Down");
  g_assert_cmpfloat (kin_cluster_get_y (fixture->theme), ==, 10);
  g_assert_cmpfloat (kin_note_get_y (fixture->notes[0]), ==, 80);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 5);
}

static void
test_edit_in_place (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  GtkWidget *editor = kin_board_canvas_get_editor (fixture->canvas);
  KinNote *note = fixture->notes[1];
  guint undo = n_undo (fixture);
  guint before = n_notes (fixture);
  KinNote *added;
  double x, y;

  /* Enter edits the focused note; Enter again keeps the text, as one step. */
  kin_board_canvas_focus_note (fixture->canvas, note);
  press_keys (canvas, "Return");
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_true (gtk_widget_get_visible (editor));
  kin_test_wait_for_frame (canvas);
  /* The editor lies over the note. */
  kin_board_canvas_board_to_widget (fixture->canvas, kin_note_get_x (note), kin_note_get_y (note), &x, &y);
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (editor, canvas, &bounds));
    g_assert_cmpfloat (fabs (bounds.origin.x - x), <=, 1);
    g_assert_cmpfloat (fabs (bounds.origin.y - y), <=, 1);
    g_assert_cmpfloat (fabs (bounds.size.width - KIN_NOTE_WIDTH * kin_board_canvas_get_zoom (fixture->canvas)), <=, 1);
  }

  type_in_editor (fixture, "Live chat every evening");
  /* Shift+Enter is a new line, left to the text view. */
  g_assert_false (editor_key (fixture, GDK_KEY_Return, GDK_SHIFT_MASK));
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_true (editor_key (fixture, GDK_KEY_Return, 0));
  g_assert_false (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_false (gtk_widget_get_visible (editor));
  g_assert_cmpstr (kin_note_get_text (note), ==, "Live chat every evening");
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Edit Note");
  g_assert_true (kin_board_canvas_get_focused_note (fixture->canvas) == note);

  /* Unchanged text records nothing. */
  press_keys (canvas, "Return");
  g_assert_true (editor_key (fixture, GDK_KEY_Escape, 0));
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);

  /* N starts a new note in the middle of the view; its text and the note
   * are one step. */
  press_keys (canvas, "n");
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_cmpuint (n_notes (fixture), ==, before);
  type_in_editor (fixture, "Text when the operative is on the way");
  g_assert_true (editor_key (fixture, GDK_KEY_Escape, 0));
  g_assert_cmpuint (n_notes (fixture), ==, before + 1);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 2);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Add Note");
  added = kin_board_canvas_get_focused_note (fixture->canvas);
  g_assert_cmpstr (kin_note_get_text (added), ==, "Text when the operative is on the way");
  note_center (fixture, added, &x, &y);
  g_assert_cmpfloat (fabs (x - gtk_widget_get_width (canvas) / 2.0), <=, 1);
  g_assert_cmpfloat (fabs (y - gtk_widget_get_height (canvas) / 2.0), <=, 1);

  /* A new note left empty adds nothing. */
  press_keys (canvas, "n");
  g_assert_true (editor_key (fixture, GDK_KEY_Return, 0));
  g_assert_cmpuint (n_notes (fixture), ==, before + 1);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 2);

  /* A double-click on empty board adds a note centred there; a click
   * elsewhere commits it. */
  kin_board_canvas_board_to_widget (fixture->canvas, 500, 500, &x, &y);
  _kin_board_canvas_double_click (fixture->canvas, x, y);
  type_in_editor (fixture, "Surgeries every month");
  kin_board_canvas_board_to_widget (fixture->canvas, 300, 560, &x, &y);
  click_at (fixture, x, y, 0);
  g_assert_false (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_cmpuint (n_notes (fixture), ==, before + 2);
  added = note_at_text (fixture, "Surgeries every month");
  g_assert_cmpfloat (kin_note_get_x (added), ==, 500 - KIN_NOTE_WIDTH / 2);
  g_assert_cmpfloat (kin_note_get_y (added), ==, 500 - KIN_NOTE_HEIGHT / 2);

  /* A double-click on a note edits it. */
  note_center (fixture, fixture->notes[0], &x, &y);
  _kin_board_canvas_double_click (fixture->canvas, x, y);
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  kin_board_canvas_commit_edit (fixture->canvas);
}

static void
deleted_cb (KinBoardCanvas  *canvas,
            const char      *message,
            char           **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote **n = fixture->notes;
  g_autofree char *message = NULL;
  guint undo = n_undo (fixture);

  g_signal_connect (canvas, "deleted", G_CALLBACK (deleted_cb), &message);

  click_note (fixture, n[3], 0);
  click_note (fixture, n[4], GDK_SHIFT_MASK);
  press_keys (canvas, "Delete");
  g_assert_cmpuint (n_notes (fixture), ==, 3);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (message, ==, "2 notes deleted");
  g_assert_cmpuint (kin_board_canvas_get_n_selected (fixture->canvas), ==, 0);

  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (n_notes (fixture), ==, 5);

  /* With nothing selected, Delete removes the focused note, and the focus
   * moves on to the next one. */
  kin_board_canvas_unselect_all (fixture->canvas);
  kin_board_canvas_focus_note (fixture->canvas, n[1]);
  press_keys (canvas, "Delete");
  g_assert_cmpuint (n_notes (fixture), ==, 4);
  g_assert_cmpstr (message, ==, "Note deleted");
  g_assert_true (kin_board_canvas_get_focused_note (fixture->canvas) == n[2]);

  /* A focused theme is deleted; its notes stay, with no theme. */
  kin_board_canvas_focus_cluster (fixture->canvas, fixture->theme);
  press_keys (canvas, "Delete");
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_clusters (fixture->board)), ==, 0);
  g_assert_cmpuint (n_notes (fixture), ==, 4);
  g_assert_null (kin_note_get_cluster (n[0]));
  g_assert_cmpstr (message, ==, "Theme “Theme A” deleted");

  g_signal_handlers_disconnect_by_data (canvas, &message);
}

static void
wait_for_notes (Fixture *fixture,
                guint    n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (n_notes (fixture) != n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_cmpuint (n_notes (fixture), ==, n);
}

static void
text_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
}

static void
test_copy_paste (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (canvas);
  KinNote **n = fixture->notes;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  guint undo;
  gint64 deadline;

  click_note (fixture, n[3], 0);
  click_note (fixture, n[4], GDK_SHIFT_MASK);
  press_keys (canvas, "<Control>c");

  /* Other programs get the text of the notes. */
  gdk_clipboard_read_text_async (clipboard, NULL, text_read_cb, &text);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (text == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
  g_assert_cmpstr (text, ==, "Repairs booked on the first call\n\nLetters in plain English");

  /* Pasting makes copies, a step down and right, selected, as one step. */
  undo = n_undo (fixture);
  press_keys (canvas, "<Control>v");
  wait_for_notes (fixture, 7);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Paste 2 Notes");
  pasted = kin_board_canvas_get_selection (fixture->canvas);
  g_assert_cmpuint (pasted->len, ==, 2);
  g_assert_cmpstr (kin_note_get_text (g_ptr_array_index (pasted, 0)), ==, kin_note_get_text (n[3]));
  g_assert_cmpfloat (kin_note_get_x (g_ptr_array_index (pasted, 0)), ==, 624);
  g_assert_cmpfloat (kin_note_get_y (g_ptr_array_index (pasted, 0)), ==, 94);
  g_assert_cmpfloat (kin_note_get_x (g_ptr_array_index (pasted, 1)), ==, 624);
  g_assert_cmpfloat (kin_note_get_y (g_ptr_array_index (pasted, 1)), ==, 324);
  g_assert_cmpstr (kin_note_get_principle (g_ptr_array_index (pasted, 0)), ==, "p-effortless");

  /* The next paste lands a step further. */
  press_keys (canvas, "<Control>v");
  wait_for_notes (fixture, 9);
  g_clear_pointer (&pasted, g_ptr_array_unref);
  pasted = kin_board_canvas_get_selection (fixture->canvas);
  g_assert_cmpfloat (kin_note_get_x (g_ptr_array_index (pasted, 0)), ==, 648);

  /* Cut copies and deletes as one step. */
  undo = n_undo (fixture);
  press_keys (canvas, "<Control>x");
  g_assert_cmpuint (n_notes (fixture), ==, 7);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);

  /* Text from another program becomes a note a paragraph. */
  gdk_clipboard_set_text (clipboard, "Named contact for every case\n\n  Weekly updates\r\n\r\n");
  press_keys (canvas, "<Control>v");
  wait_for_notes (fixture, 9);
  g_clear_pointer (&pasted, g_ptr_array_unref);
  pasted = kin_board_canvas_get_selection (fixture->canvas);
  g_assert_cmpuint (pasted->len, ==, 2);
  g_assert_cmpstr (kin_note_get_text (g_ptr_array_index (pasted, 0)), ==, "Named contact for every case");
  g_assert_cmpstr (kin_note_get_text (g_ptr_array_index (pasted, 1)), ==, "Weekly updates");
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Paste Notes");
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
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkAccessible *canvas = GTK_ACCESSIBLE (fixture->canvas);
  const char *expected;

  gtk_test_accessible_assert_role (canvas, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL, "Vision board Our future, 5 notes");

  kin_board_canvas_focus_note (fixture->canvas, fixture->notes[0]);
  expected = "Note: Ring once and it is sorted. Theme: Theme A. Principle: Respect. Tenant. 0 votes.";
  g_assert_cmpstr (kin_board_canvas_get_accessible_text (fixture->canvas), ==, expected);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);

  /* Moving the focus changes what is announced. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->canvas));
  press_keys (GTK_WIDGET (fixture->canvas), "Right");
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Note: Live chat in the evenings. Theme: Theme A. Staff. 0 votes.");

  /* Votes, the voter's own dots and the selection are said too. */
  kin_board_canvas_set_voting (fixture->canvas, TRUE);
  kin_board_canvas_set_voter (fixture->canvas, "Ana");
  kin_board_canvas_add_vote (fixture->canvas, fixture->notes[3]);
  kin_board_canvas_focus_note (fixture->canvas, fixture->notes[3]);
  press_keys (GTK_WIDGET (fixture->canvas), "space");
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Note: Repairs booked on the first call. Principle: Make it effortless. "
                                       "Leader. 1 vote. 1 from Ana. Selected.");

  /* A face-down note keeps its text to itself. */
  kin_note_set_hidden (fixture->notes[3], TRUE);
  kin_board_canvas_focus_note (fixture->canvas, fixture->notes[4]);
  kin_board_canvas_focus_note (fixture->canvas, fixture->notes[3]);
  g_assert_null (strstr (kin_board_canvas_get_accessible_text (fixture->canvas), "Repairs"));
  g_assert_true (g_str_has_prefix (kin_board_canvas_get_accessible_text (fixture->canvas), "Face-down note."));

  kin_board_canvas_focus_cluster (fixture->canvas, fixture->theme);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL, "Theme: Theme A, 3 notes, 0 votes.");
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

static void
test_note_menu (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote **n = fixture->notes;
  guint undo = n_undo (fixture);

  /* The menu's actions apply to the note it opened on, or the selection
   * it is part of, as one step. */
  click_note (fixture, n[3], 0);
  click_note (fixture, n[4], GDK_SHIFT_MASK);
  kin_board_canvas_focus_note (fixture->canvas, n[3]);
  press_keys (canvas, "<Shift>F10");

  g_assert_true (gtk_widget_activate_action (canvas, "note.color", "s", "#d9f5cf"));
  g_assert_cmpstr (kin_note_get_color (n[3]), ==, "#d9f5cf");
  g_assert_cmpstr (kin_note_get_color (n[4]), ==, "#d9f5cf");
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);

  g_assert_true (gtk_widget_activate_action (canvas, "note.voice", "s", "partner"));
  g_assert_cmpint (kin_note_get_voice (n[4]), ==, KIN_VOICE_PARTNER);
  g_assert_true (gtk_widget_activate_action (canvas, "note.principle", "s", "p-respect"));
  g_assert_cmpstr (kin_note_get_principle (n[3]), ==, "p-respect");
  g_assert_cmpuint (n_undo (fixture), ==, undo + 3);

  /* Into a theme: both go to free places in its grid, as one step. */
  g_assert_true (gtk_widget_activate_action (canvas, "note.theme", "s",
                                             kin_object_get_id (KIN_OBJECT (fixture->theme))));
  g_assert_cmpstr (kin_note_get_cluster (n[3]), ==, kin_object_get_id (KIN_OBJECT (fixture->theme)));
  g_assert_cmpstr (kin_note_get_cluster (n[4]), ==, kin_object_get_id (KIN_OBJECT (fixture->theme)));
  g_assert_cmpuint (n_undo (fixture), ==, undo + 4);
  g_assert_true (fabs (kin_note_get_x (n[3]) - kin_note_get_x (n[4])) >= KIN_NOTE_WIDTH ||
                 fabs (kin_note_get_y (n[3]) - kin_note_get_y (n[4])) >= KIN_NOTE_HEIGHT);

  /* Out of it again. */
  g_assert_true (gtk_widget_activate_action (canvas, "note.theme", "s", ""));
  g_assert_null (kin_note_get_cluster (n[3]));
  g_assert_null (kin_note_get_cluster (n[4]));
  g_assert_cmpuint (n_undo (fixture), ==, undo + 5);

  gtk_popover_popdown (GTK_POPOVER (fixture->canvas->context_menu));
}

/* What the canvas shows, as pixels. */
static cairo_surface_t *
canvas_frame (Fixture *fixture)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (canvas);
  int height = gtk_widget_get_height (canvas);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  gtk_widget_snapshot_child (fixture->window, canvas, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_surface_flush (surface);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  return surface;
}

/* The same view drawn at once by the renderer, with nothing kept. */
static cairo_surface_t *
reference_frame (Fixture *fixture)
{
  KinBoardCanvas *canvas = fixture->canvas;
  int width = gtk_widget_get_width (GTK_WIDGET (canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (canvas));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  KinBoardRenderOptions options;

  kin_board_render_options_init (&options);
  options.scale = canvas->scale;
  options.offset_x = canvas->offset_x;
  options.offset_y = canvas->offset_y;
  options.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  options.show_votes = TRUE;
  options.selected = canvas->selected;
  options.filter = canvas->has_filter ? &canvas->filter : NULL;
  kin_board_render (cr, fixture->project, fixture->board, &options);
  cairo_destroy (cr);

  return surface;
}

static void
assert_frame_is_fresh (Fixture    *fixture,
                       const char *what)
{
  cairo_surface_t *shown, *fresh;
  guint different = 0;
  int width, height;

  /* The renderer keeps pictures of notes at each zoom, drawn a little
   * differently from the first drawing at a new zoom: both drawings are
   * made with the pictures there. */
  cairo_surface_destroy (reference_frame (fixture));
  shown = canvas_frame (fixture);
  fresh = reference_frame (fixture);
  width = cairo_image_surface_get_width (shown);
  height = cairo_image_surface_get_height (shown);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = kin_test_golden_pixel (shown, x, y);
        guint32 b = kin_test_golden_pixel (fresh, x, y);

        for (int shift = 0; shift < 24; shift += 8)
          if (abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 2)
            {
              different++;
              break;
            }
      }

  if (different > 0)
    {
      g_autofree char *shown_path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "cache-shown.png", NULL);
      g_autofree char *fresh_path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "cache-fresh.png", NULL);

      cairo_surface_write_to_png (shown, shown_path);
      cairo_surface_write_to_png (fresh, fresh_path);
      g_error ("After %s, %u pixels differ from a fresh drawing (see %s)", what, different, shown_path);
    }

  cairo_surface_destroy (shown);
  cairo_surface_destroy (fresh);
}

static void
test_drawing_only_changes (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote **n = fixture->notes;
  double x, y;

  /* The canvas redraws only what changed from frame to frame; whatever
   * happens, what it shows is what a fresh drawing shows. */
  assert_frame_is_fresh (fixture, "the first frame");

  click_note (fixture, n[1], 0);
  assert_frame_is_fresh (fixture, "a selection");

  note_center (fixture, n[1], &x, &y);
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, 0));
  _kin_board_canvas_drag_to (fixture->canvas, 90, 40);
  assert_frame_is_fresh (fixture, "a note dragged");
  _kin_board_canvas_drag_to (fixture->canvas, 300, 200);
  assert_frame_is_fresh (fixture, "a note dragged further");
  _kin_board_canvas_release (fixture->canvas, 300, 200);
  assert_frame_is_fresh (fixture, "a note dropped out of its theme");

  g_assert_true (_kin_board_canvas_scroll (fixture->canvas, 0, 1, 0, TRUE));
  assert_frame_is_fresh (fixture, "a wheel pan");
  press_keys (canvas, "<Alt>Left");
  assert_frame_is_fresh (fixture, "a nudge after a pan");
  g_assert_true (_kin_board_canvas_scroll (fixture->canvas, 0.35, -0.5, 0, FALSE));
  assert_frame_is_fresh (fixture, "a touchpad pan by part of a pixel");

  kin_board_canvas_set_voting (fixture->canvas, TRUE);
  kin_board_canvas_add_vote (fixture->canvas, n[0]);
  assert_frame_is_fresh (fixture, "a vote, which the theme's total shows");

  kin_project_set (fixture->project, fixture->theme, "title", "Reaching us", NULL);
  assert_frame_is_fresh (fixture, "a theme renamed");
  {
    g_autoptr(KinPrinciple) principle = g_list_model_get_item (kin_project_get_principles (fixture->project), 0);

    kin_project_set (fixture->project, principle, "color", "#336699", NULL);
    assert_frame_is_fresh (fixture, "a principle's colour");
  }

  press_keys (canvas, "<Control>minus");
  assert_frame_is_fresh (fixture, "a zoom");

  {
    g_autoptr(GPtrArray) gone = g_ptr_array_new ();

    g_ptr_array_add (gone, n[3]);
    kin_board_delete_notes (fixture->project, fixture->board, gone);
    assert_frame_is_fresh (fixture, "a note deleted");
  }
  g_assert_true (kin_project_undo (fixture->project));
  assert_frame_is_fresh (fixture, "the deletion undone");

  {
    KinNoteFilter filter = { "p-respect", -1, NULL, NULL };

    kin_board_canvas_set_filter (fixture->canvas, &filter);
    assert_frame_is_fresh (fixture, "a filter");
  }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  assert_frame_is_fresh (fixture, "the dark style");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The test accessibility backend keeps every accessible property, so
   * that the test can read what a screen reader would be told. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = kin_test_init_app (&argc, &argv, "TestBoardCanvas", &tmpdir);

#define ADD(path, func) \
  g_test_add ("/board-canvas/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("hit-testing", test_hit_testing);
  ADD ("selection", test_selection);
  ADD ("drag-moves", test_drag_moves);
  ADD ("theme-drags", test_theme_drags);
  ADD ("keyboard-focus", test_keyboard_focus);
  ADD ("alt-arrows", test_alt_arrows);
  ADD ("edit-in-place", test_edit_in_place);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("copy-paste", test_copy_paste);
  ADD ("zoom", test_zoom);
  ADD ("panning", test_panning);
  ADD ("voting", test_voting);
  ADD ("filter", test_filter);
  ADD ("accessible", test_accessible);
  ADD ("undo-during-drag", test_undo_during_drag);
  ADD ("note-menu", test_note_menu);
  ADD ("drawing-only-changes", test_drawing_only_changes);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
