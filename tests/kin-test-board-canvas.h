/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The board canvas test fixture, header-only so that both canvas test
 * programs share it: a board with one theme and five notes in a window,
 * and helpers that drive the canvas as a user would. Presses, drags and
 * releases go through the same functions the gestures call, with widget
 * coordinates, so that every test also goes through the view transform;
 * keys go through the canvas's own shortcuts.
 */

#include <adwaita.h>
#include <math.h>

#include "kin-board-canvas-private.h"
#include "kin-model.h"
#include "kin-test-util.h"

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

static inline void
message_cb (KinBoardCanvas *canvas,
            const char     *message,
            Fixture        *fixture)
{
  g_ptr_array_add (fixture->messages, g_strdup (message));
}

static inline void
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

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->canvas, fixture);
  kin_test_destroy_window (fixture->window);
  g_clear_pointer (&fixture->messages, g_ptr_array_unref);
  g_assert_finalize_object (fixture->project);
}

static inline guint
n_notes (Fixture *fixture)
{
  return g_list_model_get_n_items (kin_board_get_notes (fixture->board));
}

static inline guint
n_undo (Fixture *fixture)
{
  return kin_history_get_n_undo (kin_project_get_history (fixture->project));
}

/* The widget point at the middle of a note. */
static inline void
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

static inline void
click_at (Fixture         *fixture,
          double           x,
          double           y,
          GdkModifierType  state)
{
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, state));
  _kin_board_canvas_release (fixture->canvas, 0, 0);
}

static inline void
click_note (Fixture         *fixture,
            KinNote         *note,
            GdkModifierType  state)
{
  double x, y;

  note_center (fixture, note, &x, &y);
  click_at (fixture, x, y, state);
}

/* A drag in a few steps, as a pointer moves. */
static inline void
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

static inline gboolean
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

static inline gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 GtkShortcutTrigger *wanted)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), wanted) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), wanted);

  return gtk_shortcut_trigger_equal (trigger, wanted);
}

/* Runs one widget's controllers of one phase on a key, as GTK does with
 * a key event: key controllers get the signal, and shortcut controllers
 * activate the shortcut for the key, if they have one. */
static inline gboolean
run_key_controllers (GtkWidget           *widget,
                     GtkPropagationPhase  phase,
                     guint                keyval,
                     GdkModifierType      state,
                     gboolean             press)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, state);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          gboolean handled = FALSE;

          if (press)
            g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          else
            g_signal_emit_by_name (controller, "key-released", keyval, 0, state);
          if (handled)
            return TRUE;
        }
      else if (GTK_IS_SHORTCUT_CONTROLLER (controller) && press)
        {
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (trigger_matches (gtk_shortcut_get_trigger (shortcut), wanted) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* A key pressed (or, with @press FALSE, released) while @focus has the
 * keyboard focus, sent down to it and back up as far as @top, as GTK
 * sends a key event: the capture phase from @top down to @focus, then the
 * bubble phase from @focus back up. Nothing above @top sees it.
 *
 * Returns: whether a controller took the key */
static inline gboolean
send_key (GtkWidget       *top,
          GtkWidget       *focus,
          guint            keyval,
          GdkModifierType  state,
          gboolean         press)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_ptr_array_insert (path, 0, widget);
      if (widget == top)
        break;
    }
  g_assert_true (g_ptr_array_index (path, 0) == top);

  for (guint i = 0; i < path->len; i++)
    if (run_key_controllers (g_ptr_array_index (path, i), GTK_PHASE_CAPTURE, keyval, state, press))
      return TRUE;

  if (run_key_controllers (focus, GTK_PHASE_TARGET, keyval, state, press))
    return TRUE;

  for (guint i = path->len; i > 0; i--)
    if (run_key_controllers (g_ptr_array_index (path, i - 1), GTK_PHASE_BUBBLE, keyval, state, press))
      return TRUE;

  return FALSE;
}

/* Presses and lets go of @accelerator (as "<Alt>Right") on @widget, which
 * has the keyboard focus, and checks that it did something. */
static inline void
press_keys (GtkWidget  *widget,
            const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);
  guint keyval;
  GdkModifierType state;

  g_assert_true (GTK_IS_KEYVAL_TRIGGER (wanted));
  keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (wanted));
  state = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (wanted));

  if (!send_key (widget, widget, keyval, state, TRUE))
    g_error ("Nothing took %s", accelerator);
  send_key (widget, widget, keyval, state, FALSE);
}

/* A key pressed in the in-place editor, through its key controller. */
static inline gboolean
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

static inline void
type_in_editor (Fixture    *fixture,
                const char *text)
{
  GtkWidget *editor = kin_board_canvas_get_editor (fixture->canvas);

  g_assert_true (gtk_widget_get_visible (editor));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), text, -1);
}

static inline KinNote *
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

