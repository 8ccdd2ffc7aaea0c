/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-test-board-canvas.h"

/* The board canvas from the keyboard: Tab order and arrows to the nearest
 * note, Alt+arrows, editing in place, Delete and undo, the clipboard, what
 * a screen reader is told, and the note menu. */

static KinApplication *app;
static char *tmpdir;

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

/* Space held while the pointer drags pans the board, and keeps the
 * selection as it was; Space pressed and let go alone selects the focused
 * note. */
static void
test_space_pan (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote **n = fixture->notes;
  guint undo = n_undo (fixture);
  double x, y, start_x, start_y, offset_x, offset_y;

  click_note (fixture, n[0], 0);
  click_note (fixture, n[1], GDK_SHIFT_MASK);
  click_note (fixture, n[3], GDK_SHIFT_MASK);
  g_assert_true (is_selected_exactly (fixture, n[0], n[1], n[3], NULL));
  g_assert_true (kin_board_canvas_get_focused_note (fixture->canvas) == n[3]);
  g_assert_true (gtk_widget_is_focus (canvas));
  kin_board_canvas_get_offset (fixture->canvas, &start_x, &start_y);

  /* Held long enough for the key to repeat, with the drag starting on a
   * note that is not selected. */
  g_assert_true (send_key (canvas, canvas, GDK_KEY_space, 0, TRUE));
  g_assert_true (send_key (canvas, canvas, GDK_KEY_space, 0, TRUE));
  note_center (fixture, n[4], &x, &y);
  drag (fixture, x, y, -120, -80, 0);
  g_assert_true (send_key (canvas, canvas, GDK_KEY_space, 0, TRUE));
  send_key (canvas, canvas, GDK_KEY_space, 0, FALSE);

  kin_board_canvas_get_offset (fixture->canvas, &offset_x, &offset_y);
  g_assert_cmpfloat (offset_x, ==, start_x - 120);
  g_assert_cmpfloat (offset_y, ==, start_y - 80);
  g_assert_true (is_selected_exactly (fixture, n[0], n[1], n[3], NULL));
  g_assert_cmpfloat (kin_note_get_x (n[4]), ==, note_specs[4].x);
  g_assert_cmpuint (n_undo (fixture), ==, undo);

  /* Pressed and let go with no drag, it selects the focused note alone. */
  g_assert_true (send_key (canvas, canvas, GDK_KEY_space, 0, TRUE));
  g_assert_true (is_selected_exactly (fixture, n[0], n[1], n[3], NULL));
  send_key (canvas, canvas, GDK_KEY_space, 0, FALSE);
  g_assert_true (is_selected_exactly (fixture, n[3], NULL));

  /* The next drag with Space up moves notes again. */
  note_center (fixture, n[3], &x, &y);
  drag (fixture, x, y, 30, 0, 0);
  g_assert_cmpfloat (kin_note_get_x (n[3]), ==, note_specs[3].x + 30);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);

  /* Ctrl+Space still adds to the selection at once. */
  kin_board_canvas_focus_note (fixture->canvas, n[4]);
  g_assert_true (send_key (canvas, canvas, GDK_KEY_space, GDK_CONTROL_MASK, TRUE));
  g_assert_true (is_selected_exactly (fixture, n[3], n[4], NULL));
  send_key (canvas, canvas, GDK_KEY_space, GDK_CONTROL_MASK, FALSE);
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

/* A theme moved from the keyboard takes in the notes it comes to cover, as
 * a theme dragged there does, in the same one step for each key. */
static void
test_alt_arrows_theme (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  const char *theme = kin_object_get_id (KIN_OBJECT (fixture->theme));
  KinNote *note;
  guint undo;

  /* Loose, its centre 12 units right of the theme's edge at 400. */
  note = kin_board_add_note (fixture->project, fixture->board, 332, 200, "Texts when the van is near");
  g_assert_null (kin_note_get_cluster (note));
  undo = n_undo (fixture);

  kin_board_canvas_focus_cluster (fixture->canvas, fixture->theme);
  press_keys (canvas, "<Alt>Right");
  g_assert_cmpfloat (kin_cluster_get_x (fixture->theme), ==, 10);
  g_assert_null (kin_note_get_cluster (note));
  press_keys (canvas, "<Shift><Alt>Right");
  press_keys (canvas, "<Shift><Alt>Right");
  g_assert_null (kin_note_get_cluster (note));
  press_keys (canvas, "<Shift><Alt>Right");
  g_assert_cmpfloat (kin_cluster_get_x (fixture->theme), ==, 13);
  g_assert_cmpstr (kin_note_get_cluster (note), ==, theme);
  /* It joins where it lies; the theme's own notes went along. */
  g_assert_cmpfloat (kin_note_get_x (note), ==, 332);
  g_assert_cmpfloat (kin_note_get_x (fixture->notes[0]), ==, 33);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 4);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move Theme");

  /* One undo takes back the last step and the note with it. */
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpfloat (kin_cluster_get_x (fixture->theme), ==, 12);
  g_assert_null (kin_note_get_cluster (note));
  g_assert_cmpuint (n_undo (fixture), ==, undo + 3);
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
  g_autoptr(GPtrArray) covered = NULL;
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
  /* The text is laid out as large as the note will show it, ... */
  g_assert_cmpfloat (fixture->canvas->editor_text_size, ==,
                     kin_board_render_note_text_size ("Live chat every evening", NULL));
  g_assert_cmpfloat (fixture->canvas->editor_text_size, >, KIN_NOTE_TEXT_MIN);
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
  /* ... and smaller when there is more of it. */
  type_in_editor (fixture, "Text when the operative is on the way, with their name, a photo and the "
                           "time they will arrive, and again when they are five minutes away");
  g_assert_cmpfloat (fixture->canvas->editor_text_size, <,
                     kin_board_render_note_text_size ("Text when the operative is on the way", NULL));
  type_in_editor (fixture, "Text when the operative is on the way");
  g_assert_cmpfloat (fixture->canvas->editor_text_size, ==,
                     kin_board_render_note_text_size ("Text when the operative is on the way", NULL));
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

  /* With a note in the middle of the view, N puts the next one in the
   * nearest clear place, covering nothing, and in view. */
  kin_board_canvas_set_view (fixture->canvas, 1.0,
                             gtk_widget_get_width (canvas) / 2.0 - (kin_note_get_x (added) + KIN_NOTE_WIDTH / 2),
                             gtk_widget_get_height (canvas) / 2.0 - (kin_note_get_y (added) + KIN_NOTE_HEIGHT / 2));
  kin_board_canvas_focus_note (fixture->canvas, added);
  press_keys (canvas, "n");
  type_in_editor (fixture, "Photos of the finished job");
  g_assert_true (editor_key (fixture, GDK_KEY_Return, 0));
  g_assert_cmpuint (n_notes (fixture), ==, before + 3);
  added = kin_board_canvas_get_focused_note (fixture->canvas);
  g_assert_cmpstr (kin_note_get_text (added), ==, "Photos of the finished job");
  covered = kin_board_notes_in_rect (fixture->board, kin_note_get_x (added), kin_note_get_y (added),
                                     KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT);
  g_assert_cmpuint (covered->len, ==, 1);
  g_assert_true (covered->pdata[0] == added);
  note_center (fixture, added, &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (canvas));
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (y, <, gtk_widget_get_height (canvas));
}

/* Writing on a board seen from far out zooms in on the note, and closing
 * the editor goes back to the view from before, unless the view was
 * moved while writing. */
static void
test_edit_zoom (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  double x, y, zoom;

  kin_board_canvas_set_view (fixture->canvas, 0.3, 40, 30);
  kin_board_canvas_focus_note (fixture->canvas, fixture->notes[1]);
  kin_board_canvas_get_offset (fixture->canvas, &x, &y);
  zoom = kin_board_canvas_get_zoom (fixture->canvas);
  g_assert_cmpfloat (zoom, <, 0.5);

  press_keys (canvas, "Return");
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, 1.0);
  g_assert_true (editor_key (fixture, GDK_KEY_Return, 0));
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, zoom);
  {
    double after_x, after_y;

    kin_board_canvas_get_offset (fixture->canvas, &after_x, &after_y);
    g_assert_cmpfloat (after_x, ==, x);
    g_assert_cmpfloat (after_y, ==, y);
  }

  /* A new note too. */
  press_keys (canvas, "n");
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, 1.0);
  type_in_editor (fixture, "Fewer letters, more calls");
  g_assert_true (editor_key (fixture, GDK_KEY_Return, 0));
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, zoom);

  /* A click on the board ends the writing where it was aimed: the view
   * the click landed on stays. */
  kin_board_canvas_focus_note (fixture->canvas, fixture->notes[1]);
  press_keys (canvas, "Return");
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, 1.0);
  note_center (fixture, fixture->notes[1], &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (canvas));
  click_at (fixture, x, y, 0);
  g_assert_false (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, 1.0);
  g_assert_true (kin_board_canvas_is_selected (fixture->canvas, fixture->notes[1]));
  kin_board_canvas_set_view (fixture->canvas, zoom, 0, 0);

  /* Zoomed by hand while writing: that view stays. */
  press_keys (canvas, "Return");
  kin_board_canvas_set_view (fixture->canvas, 0.8, 0, 0);
  kin_board_canvas_commit_edit (fixture->canvas);
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, 0.8);

  /* Close enough to read already: no zoom, and nothing to give back. */
  press_keys (canvas, "Return");
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, 0.8);
  kin_board_canvas_commit_edit (fixture->canvas);
  g_assert_cmpfloat (kin_board_canvas_get_zoom (fixture->canvas), ==, 0.8);
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

/* The keypad's Delete and BackSpace delete as Delete does, but BackSpace
 * in the editor takes back the letter before the cursor. */
static void
test_delete_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  GtkWidget *editor = kin_board_canvas_get_editor (fixture->canvas);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  KinNote **n = fixture->notes;
  guint undo = n_undo (fixture);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  click_note (fixture, n[3], 0);
  click_note (fixture, n[4], GDK_SHIFT_MASK);
  press_keys (canvas, "KP_Delete");
  g_assert_cmpuint (n_notes (fixture), ==, 3);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 1);

  kin_board_canvas_focus_note (fixture->canvas, n[1]);
  press_keys (canvas, "BackSpace");
  g_assert_cmpuint (n_notes (fixture), ==, 2);
  g_assert_cmpuint (n_undo (fixture), ==, undo + 2);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Delete Note");
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (n_notes (fixture), ==, 3);

  /* Sent to the editor as GTK sends it, down through the canvas and back
   * up, BackSpace is the editor's. */
  kin_board_canvas_focus_note (fixture->canvas, n[0]);
  press_keys (canvas, "Return");
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_true (gtk_widget_is_focus (editor));
  g_assert_true (send_key (canvas, editor, GDK_KEY_BackSpace, 0, TRUE));
  send_key (canvas, editor, GDK_KEY_BackSpace, 0, FALSE);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "Ring once and it is sorte");
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_cmpuint (n_notes (fixture), ==, 3);

  /* Nor does one that reaches the board from the editor take away the
   * note being written. */
  g_assert_false (send_key (canvas, canvas, GDK_KEY_BackSpace, 0, TRUE));
  g_assert_false (send_key (canvas, canvas, GDK_KEY_Delete, 0, TRUE));
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  g_assert_cmpuint (n_notes (fixture), ==, 3);

  g_assert_true (editor_key (fixture, GDK_KEY_Return, 0));
  g_assert_cmpstr (kin_note_get_text (n[0]), ==, "Ring once and it is sorte");
  g_assert_cmpuint (n_notes (fixture), ==, 3);
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
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkAccessible *canvas = GTK_ACCESSIBLE (fixture->canvas);
  const char *expected;

  gtk_test_accessible_assert_role (canvas, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL, "Vision board Our future, 5 notes");
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, "vision board");

  /* A focused note is announced as a note, by its text. */
  kin_board_canvas_focus_note (fixture->canvas, fixture->notes[0]);
  expected = "Note: Ring once and it is sorted. Theme: Theme A. Principle: Respect. Tenant. 0 votes.";
  g_assert_cmpstr (kin_board_canvas_get_accessible_text (fixture->canvas), ==, expected);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, "sticky note");

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
  gtk_test_accessible_assert_property (canvas, GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, "theme");
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

  /* Delete or BackSpace that the open menu has no use for deletes
   * nothing behind it. */
  {
    GtkWidget *inside = gtk_widget_get_first_child (fixture->canvas->context_menu);
    guint notes = n_notes (fixture);

    g_assert_nonnull (inside);
    g_assert_false (send_key (canvas, inside, GDK_KEY_Delete, 0, TRUE));
    g_assert_false (send_key (canvas, inside, GDK_KEY_BackSpace, 0, TRUE));
    g_assert_cmpuint (n_notes (fixture), ==, notes);
  }

  gtk_popover_popdown (GTK_POPOVER (fixture->canvas->context_menu));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The test accessibility backend keeps every accessible property, so
   * that the test can read what a screen reader would be told. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  app = kin_test_init_app (&argc, &argv, "TestBoardKeys", &tmpdir);

#define ADD(path, func) \
  g_test_add ("/board-keys/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("focus", test_keyboard_focus);
  ADD ("space-pan", test_space_pan);
  ADD ("alt-arrows", test_alt_arrows);
  ADD ("alt-arrows-theme", test_alt_arrows_theme);
  ADD ("edit-in-place", test_edit_in_place);
  ADD ("edit-zoom", test_edit_zoom);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("delete-keys", test_delete_keys);
  ADD ("copy-paste", test_copy_paste);
  ADD ("accessible", test_accessible);
  ADD ("note-menu", test_note_menu);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
