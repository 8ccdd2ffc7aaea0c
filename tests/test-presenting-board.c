/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "kin-application.h"
#include "kin-board-canvas-private.h"
#include "kin-board-edit.h"
#include "kin-console-board.h"
#include "kin-model.h"
#include "kin-presenter-console.h"
#include "kin-projector-window.h"
#include "kin-test-presenting.h"
#include "kin-test-util.h"
#include "kin-window.h"

/* A vision board item while presenting: the board drawn live on the
 * projector, the board canvas in the presenter console, and the keys
 * while the canvas has the keyboard. */

static KinApplication *app;
static char *tmpdir;

/* The back of a face-down note in the light style, as the board renderer
 * paints it. */
static const GdkRGBA note_back = { 0.80, 0.77, 0.71, 1 };
/* The yellow of six of the starter board's notes. */
static const GdkRGBA note_yellow = { 1.0, 0xf3 / 255.0, 0xa0 / 255.0, 1 };

/* Helpers -------------------------------------------------------------------- */

static KinBoard *
starter_board (KinProject *project)
{
  KinBoard *board = kin_project_lookup (project, KIN_TYPE_BOARD, "board-vision");

  g_assert_nonnull (board);
  return board;
}

static guint
n_notes (KinBoard *board)
{
  return g_list_model_get_n_items (kin_board_get_notes (board));
}

static KinNote *
note_at (KinBoard *board,
         guint     position)
{
  g_autoptr(KinNote) note = g_list_model_get_item (kin_board_get_notes (board), position);

  /* The board keeps it alive. */
  return note;
}

/* How many of the pixels are of @color, give or take a little. */
static guint
count_color (const KinTestPixels *pixels,
             const GdkRGBA       *color)
{
  guint n = 0;

  for (guint y = 0; y < pixels->height; y++)
    for (guint x = 0; x < pixels->width; x++)
      {
        GdkRGBA rgba;

        kin_test_pixel_at (pixels, x, y, &rgba);
        n += fabs (rgba.red - color->red) < 0.012 && fabs (rgba.green - color->green) < 0.012 &&
             fabs (rgba.blue - color->blue) < 0.012;
      }

  return n;
}

/* The projector's pixels once it has drawn what changed. */
static void
download_projector (KinWindow     *window,
                    KinTestPixels *pixels)
{
  GtkWidget *view = GTK_WIDGET (kin_projector_window_get_view (kin_window_get_projector (window)));

  kin_test_wait_for_frame (view);
  kin_test_download (view, pixels);
}

/* Types a note into the canvas's editor and keeps it. */
static void
write_note (KinBoardCanvas *canvas,
            const char     *text)
{
  GtkTextBuffer *buffer;

  g_assert_true (kin_board_canvas_is_editing (canvas));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kin_board_canvas_get_editor (canvas)));
  gtk_text_buffer_set_text (buffer, text, -1);
  kin_board_canvas_commit_edit (canvas);
  g_assert_false (kin_board_canvas_is_editing (canvas));
}

/* A window presenting the starter session, at its board item. */
static KinWindow *
present_board_item (int width,
                    int height)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, width, height);
  KinPresenter *presenter;

  kin_test_start_presenting (window);
  presenter = kin_window_get_presenter (window);
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_BOARD));
  kin_test_wait_for_frame (GTK_WIDGET (kin_window_get_console (window)));

  return window;
}

static void
stop_presenting (KinWindow *window)
{
  if (kin_window_get_presenter (window) != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL));
  kin_project_mark_saved (kin_window_get_project (window));
  kin_test_destroy_window (window);
}

/* The model --------------------------------------------------------------- */

static void
test_presenter_board (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPresenter) presenter = kin_presenter_new (project, kin_test_first_session (project));
  KinAgendaItem *item;

  g_assert_null (kin_presenter_get_board (presenter));
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_BOARD));
  g_assert_true (kin_presenter_get_board (presenter) == starter_board (project));

  /* An item whose board is gone has none, and has it again on undo. */
  kin_project_remove (project, kin_project_get_boards (project), 0);
  g_assert_null (kin_presenter_get_board (presenter));
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_presenter_get_board (presenter) == starter_board (project));

  item = kin_presenter_get_current_item (presenter);
  kin_project_set (project, item, "ref", NULL, NULL);
  g_assert_null (kin_presenter_get_board (presenter));
  g_assert_true (kin_project_undo (project));

  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_ASSESSMENT));
  g_assert_null (kin_presenter_get_board (presenter));

  /* Once the session has ended, nothing is presented. */
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_BOARD));
  kin_presenter_end (presenter);
  g_assert_null (kin_presenter_get_board (presenter));
}

/* Where, across, the pixels of @color are on average; -1 for none. */
static double
color_center_x (const KinTestPixels *pixels,
                const GdkRGBA       *color)
{
  double sum = 0;
  guint n = 0;

  for (guint y = 0; y < pixels->height; y++)
    for (guint x = 0; x < pixels->width; x++)
      {
        GdkRGBA rgba;

        kin_test_pixel_at (pixels, x, y, &rgba);
        if (fabs (rgba.red - color->red) < 0.012 && fabs (rgba.green - color->green) < 0.012 &&
            fabs (rgba.blue - color->blue) < 0.012)
          {
            sum += x;
            n++;
          }
      }

  return n > 0 ? sum / n : -1;
}

/* The projector ------------------------------------------------------------ */

static void
check_projector (int      width,
                 int      height,
                 gboolean dark)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPresenter) presenter = kin_presenter_new (project, kin_test_first_session (project));
  KinProjectorWindow *window = kin_projector_window_new (presenter);
  KinProjectorView *view = kin_projector_window_get_view (window);
  KinBoard *board = starter_board (project);
  g_autofree char *name = g_strdup_printf ("projector-board-%dx%d-%s", width, height, dark ? "dark" : "light");
  g_autofree char *blank_name = g_strconcat (name, "-blank", NULL);
  g_autofree char *empty_name = g_strconcat (name, "-empty", NULL);
  KinTestPixels pixels = { 0 };
  KinProjectorColors colors;
  GdkRGBA corner, rgba;
  guint yellow;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  kin_projector_window_show (window, NULL);
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_BOARD));
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), ==, height);

  /* The question is big enough for the back of the room. */
  kin_test_screenshot_widget (GTK_WIDGET (view), name);
  g_test_message ("%s: question %.1f px, height %d", name, kin_projector_view_get_prompt_pixel_size (view), height);
  g_assert_cmpfloat (kin_projector_view_get_prompt_pixel_size (view), >=, height / 20.0);

  /* The board is drawn: its yellow notes cover a good part of the slide,
   * on the style's background. */
  kin_test_download (GTK_WIDGET (view), &pixels);
  yellow = count_color (&pixels, &note_yellow);
  g_test_message ("%s: %u yellow pixels, board at %.2f px per unit", name, yellow,
                  kin_projector_view_get_board_scale (view));
  /* Notes are only as readable as the board is big: nothing but the
   * question takes room from it, and this wide board spans the slide. */
  {
    double bx, by, bwidth, bheight;

    g_assert_true (kin_board_get_extents (board, &bx, &by, &bwidth, &bheight));
    g_assert_cmpfloat (bwidth * kin_projector_view_get_board_scale (view), >=, 0.8 * width);
  }
  g_assert_cmpuint (yellow, >, pixels.width * pixels.height / 100);
  kin_projector_view_get_colors (view, &colors);
  kin_test_pixel_at (&pixels, 2, pixels.height - 3, &corner);
  g_assert_true (kin_test_same_color (&corner, &colors.background));
  g_clear_pointer (&pixels.data, g_free);

  /* Blank still wins. */
  kin_presenter_set_blanked (presenter, TRUE);
  kin_test_screenshot_widget (GTK_WIDGET (view), blank_name);
  kin_test_download (GTK_WIDGET (view), &pixels);
  for (guint y = 0; y < pixels.height; y += 4)
    for (guint x = 0; x < pixels.width; x += 4)
      {
        kin_test_pixel_at (&pixels, x, y, &rgba);
        if (rgba.red != 0 || rgba.green != 0 || rgba.blue != 0)
          g_error ("The blanked board slide is not black at %u,%u", x, y);
      }
  g_clear_pointer (&pixels.data, g_free);
  kin_presenter_set_blanked (presenter, FALSE);

  /* A board with nothing on it yet shows its title and question. */
  g_list_store_remove_all (G_LIST_STORE (kin_board_get_notes (board)));
  g_list_store_remove_all (G_LIST_STORE (kin_board_get_clusters (board)));
  kin_test_screenshot_widget (GTK_WIDGET (view), empty_name);
  g_assert_cmpfloat (kin_projector_view_get_prompt_pixel_size (view), >=, height / 20.0);
  kin_test_download (GTK_WIDGET (view), &pixels);
  g_assert_cmpuint (count_color (&pixels, &note_yellow), ==, 0);
  g_clear_pointer (&pixels.data, g_free);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  kin_test_destroy_window (window);
}

static void
test_projector_720_light (void)
{
  check_projector (1280, 720, FALSE);
}

static void
test_projector_720_dark (void)
{
  check_projector (1280, 720, TRUE);
}

static void
test_projector_1080_light (void)
{
  check_projector (1920, 1080, FALSE);
}

static void
test_projector_1080_dark (void)
{
  check_projector (1920, 1080, TRUE);
}

/* The console --------------------------------------------------------------- */

static void
test_console_board (void)
{
  KinWindow *window = present_board_item (1280, 800);
  KinProject *project = kin_window_get_project (window);
  KinPresenter *presenter = kin_window_get_presenter (window);
  KinPresenterConsole *console = kin_window_get_console (window);
  KinConsoleBoard *pane = kin_presenter_console_get_board (console);
  KinBoardCanvas *canvas = kin_console_board_get_canvas (pane);
  KinBoard *board = starter_board (project);
  GtkWidget *voting = kin_test_find_widget (GTK_WIDGET (pane), GTK_TYPE_TOGGLE_BUTTON, "voting-button");
  GtkWidget *dots = kin_test_find_widget (GTK_WIDGET (pane), GTK_TYPE_LABEL, "dots-label");
  KinTestPixels before = { 0 }, after = { 0 }, undone = { 0 };
  guint notes = n_notes (board);
  KinNote *note;

  /* The board item shows the board, big, beside the rest of the console. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_true (kin_console_board_get_board (pane) == board);
  g_assert_true (kin_board_canvas_get_project (canvas) == project);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (canvas)), >=, gtk_widget_get_width (GTK_WIDGET (console)) / 2);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (canvas)), >=, 400);
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-board");

  /* A note added in the console is on the projector, and undo takes it
   * back off. The board renderer copies a note it has drawn before from a
   * picture of it, placed on whole pixels, so the first drawing of a board
   * differs a little from the later ones: a step and its undo first make
   * the projector draw the board again, so that the drawings compared are
   * all made the same way. */
  kin_project_set (project, board, "title", "Warming up", NULL);
  g_assert_true (kin_project_undo (project));
  download_projector (window, &before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "console-board.add-note", NULL));
  write_note (canvas, "A named person for every complaint");
  g_assert_cmpuint (n_notes (board), ==, notes + 1);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Note");
  download_projector (window, &after);
  g_assert_cmpuint (kin_test_count_changed (&before, &after), >, 100);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_notes (board), ==, notes);
  download_projector (window, &undone);
  g_assert_cmpuint (kin_test_count_changed (&before, &undone), ==, 0);
  g_clear_pointer (&after.data, g_free);
  g_clear_pointer (&undone.data, g_free);

  /* A dot given in voting mode too; the bar counts the room's dots. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (voting), TRUE);
  g_assert_true (kin_board_canvas_get_voting (canvas));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (dots)), "The room: no limit"));
  note = note_at (board, n_notes (board) - 1);
  g_assert_true (kin_board_canvas_add_vote (canvas, note));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Vote");
  download_projector (window, &after);
  g_assert_cmpuint (kin_test_count_changed (&before, &after), >, 10);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  download_projector (window, &undone);
  g_assert_cmpuint (kin_test_count_changed (&before, &undone), ==, 0);
  g_clear_pointer (&after.data, g_free);
  g_clear_pointer (&undone.data, g_free);

  /* A named voter's budget: "N of M dots left". */
  kin_project_set (project, board, "voters", (const char *[]) { "Ana", "Ben", NULL }, NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kin_test_find_widget (GTK_WIDGET (pane), GTK_TYPE_DROP_DOWN,
                                                                   "voter-dropdown")), 1);
  g_assert_cmpstr (kin_board_canvas_get_voter (canvas), ==, "Ana");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (dots)), ==, "Ana: 3 of 3 dots left");
  g_assert_true (kin_board_canvas_add_vote (canvas, note));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (dots)), ==, "Ana: 2 of 3 dots left");
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-board-voting");
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_project_undo (project));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (voting), FALSE);
  g_clear_pointer (&before.data, g_free);

  /* Fit shows the whole board again after zooming in. */
  kin_board_canvas_set_zoom (canvas, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "console-board.fit", NULL));
  g_assert_cmpfloat (kin_board_canvas_get_zoom (canvas), <, 2.0);

  /* Other items have no board: the console is as it was. */
  g_assert_true (kin_presenter_next (presenter));
  kin_test_wait_for_frame (GTK_WIDGET (console));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_null (kin_console_board_get_board (pane));
  g_assert_true (kin_presenter_previous (presenter));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_false (kin_board_canvas_get_voting (canvas));

  /* Dark style, and a narrow window, where the board goes above the rest. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-board-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  kin_test_iterate (300);
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-board-narrow");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (canvas)), >=, 200);

  stop_presenting (window);
}

/* Silent writing: notes written during it lie face down on the projector
 * until they are revealed. */
static void
test_console_silent_writing (void)
{
  KinWindow *window;
  KinProject *project;
  KinConsoleBoard *pane;
  KinBoardCanvas *canvas;
  KinBoard *board;
  GtkWidget *silent, *reveal;
  KinTestPixels pixels = { 0 };
  guint notes, backs;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = present_board_item (1280, 800);
  project = kin_window_get_project (window);
  pane = kin_presenter_console_get_board (kin_window_get_console (window));
  canvas = kin_console_board_get_canvas (pane);
  board = starter_board (project);
  silent = kin_test_find_widget (GTK_WIDGET (pane), GTK_TYPE_TOGGLE_BUTTON, "silent-button");
  reveal = kin_test_find_widget (GTK_WIDGET (pane), GTK_TYPE_BUTTON, "reveal-button");
  notes = n_notes (board);

  download_projector (window, &pixels);
  g_assert_cmpuint (count_color (&pixels, &note_back), <, 50);
  g_clear_pointer (&pixels.data, g_free);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (silent), TRUE);
  g_assert_true (kin_board_get_silent (board));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Start Silent Writing");

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "console-board.add-note", NULL));
      write_note (canvas, i == 0 ? "Letters in plain English" : "One number to call");
    }
  g_assert_cmpuint (n_notes (board), ==, notes + 2);
  g_assert_true (kin_note_get_hidden (note_at (board, notes)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reveal)), ==, "_Reveal All (2 Hidden)");
  g_assert_true (gtk_widget_is_sensitive (reveal));

  /* On the projector the two notes show their backs. */
  download_projector (window, &pixels);
  backs = count_color (&pixels, &note_back);
  g_test_message ("%u pixels of note backs", backs);
  g_assert_cmpuint (backs, >, 1000);
  g_clear_pointer (&pixels.data, g_free);
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-board-silent");
  kin_test_screenshot_widget (GTK_WIDGET (kin_window_get_projector (window)), "presenting-projector-board-silent");

  /* Reveal All turns them over, there and on the projector. */
  g_signal_emit_by_name (reveal, "clicked");
  kin_test_iterate (20);
  g_assert_cmpuint (kin_board_count_hidden (board), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (reveal));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (window), "2 notes revealed"));
  download_projector (window, &pixels);
  g_assert_cmpuint (count_color (&pixels, &note_back), <, 50);
  g_clear_pointer (&pixels.data, g_free);

  /* Undo puts them face down again. */
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (kin_board_count_hidden (board), ==, 2);
  download_projector (window, &pixels);
  g_assert_cmpuint (count_color (&pixels, &note_back), >, backs * 9 / 10);
  g_clear_pointer (&pixels.data, g_free);

  /* Ending silent writing is a step of its own, and undo turns it back on. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (silent), FALSE);
  g_assert_false (kin_board_get_silent (board));
  g_assert_true (kin_project_undo (project));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (silent)));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  stop_presenting (window);
}

/* Keys ---------------------------------------------------------------------- */

static void
test_canvas_keys (void)
{
  KinWindow *window = present_board_item (1280, 800);
  KinPresenter *presenter = kin_window_get_presenter (window);
  KinConsoleBoard *pane = kin_presenter_console_get_board (kin_window_get_console (window));
  KinBoardCanvas *canvas = kin_console_board_get_canvas (pane);
  KinBoard *board = starter_board (kin_window_get_project (window));
  guint notes = n_notes (board);
  GtkWidget *editor;

  /* Without the canvas focused, Space and the arrows run the session. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Right));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_ASSESSMENT);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Left));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_BOARD);

  /* With the canvas focused, its own keys are the canvas's. */
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (canvas)));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Right));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Left));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Up));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_n));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Delete));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Return));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_BOARD);

  /* The clicker's keys still move on, and back. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Page_Down));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_ASSESSMENT);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Page_Up));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_BOARD);
  kin_test_wait_for_frame (GTK_WIDGET (canvas));

  /* Esc in the middle of drawing a theme or dragging a note gives that up
   * and keeps presenting; the next Esc would stop. */
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (canvas)));
  kin_board_canvas_set_adding_theme (canvas, TRUE);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_false (kin_board_canvas_get_adding_theme (canvas));
  g_assert_nonnull (kin_window_get_presenter (window));
  {
    g_autoptr(KinNote) held = g_list_model_get_item (kin_board_get_notes (board), 0);
    GtkWidget *projector = GTK_WIDGET (kin_window_get_projector (window));
    KinTestPixels still = { 0 }, moving = { 0 }, dropped = { 0 };
    double x, y, before = kin_note_get_x (held);
    double still_x, moving_x, dropped_x;
    GdkRGBA color;

    g_assert_true (gdk_rgba_parse (&color, kin_note_get_color (held)));
    kin_test_wait_for_frame (projector);
    kin_test_download (projector, &still);
    kin_board_canvas_board_to_widget (canvas, kin_note_get_x (held) + 20, kin_note_get_y (held) + 20, &x, &y);
    g_assert_true (_kin_board_canvas_press (canvas, x, y, 0));
    _kin_board_canvas_drag_to (canvas, 40, 0);
    g_assert_cmpfloat (kin_note_get_x (held), !=, before);

    /* The room sees the note move while it is dragged, before the drop:
     * the notes of its colour are further right on the projector. */
    kin_test_wait_for_frame (projector);
    kin_test_download (projector, &moving);
    still_x = color_center_x (&still, &color);
    moving_x = color_center_x (&moving, &color);
    g_test_message ("notes of the dragged note's colour on the projector: x %.1f, while dragged %.1f",
                    still_x, moving_x);
    g_assert_cmpfloat (still_x, >, 0);
    g_assert_cmpfloat (moving_x, >, still_x + 3);

    /* Esc puts it back, there too. */
    g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
    kin_test_wait_for_frame (projector);
    kin_test_download (projector, &dropped);
    dropped_x = color_center_x (&dropped, &color);
    g_assert_cmpfloat (fabs (dropped_x - still_x), <, 3);
    g_free (still.data);
    g_free (moving.data);
    g_free (dropped.data);
    g_assert_cmpfloat (kin_note_get_x (held), ==, before);
    g_assert_nonnull (kin_window_get_presenter (window));
    _kin_board_canvas_release (canvas, 40, 0);
    g_assert_cmpfloat (kin_note_get_x (held), ==, before);
  }
  gtk_widget_grab_focus (GTK_WIDGET (canvas));

  /* Keys the board has no use for still run the session: B blanks. */
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_b));
  g_assert_true (kin_presenter_get_blanked (presenter));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_b));
  g_assert_false (kin_presenter_get_blanked (presenter));

  /* While a note is written, letters and Space type. Esc first ends the
   * edit, keeping the text, and leaves the keyboard on the board. */
  kin_board_canvas_add_note_at_center (canvas);
  editor = kin_board_canvas_get_editor (canvas);
  g_assert_true (gtk_widget_has_focus (editor));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_b));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));
  g_assert_false (kin_presenter_get_blanked (presenter));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "Same-day call backs", -1);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_nonnull (kin_window_get_presenter (window));
  g_assert_false (kin_board_canvas_is_editing (canvas));
  g_assert_cmpuint (n_notes (board), ==, notes + 1);
  g_assert_cmpstr (kin_note_get_text (note_at (board, notes)), ==, "Same-day call backs");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (canvas)));

  /* The clicker moving on in the middle of a note keeps the note. */
  kin_board_canvas_add_note_at_center (canvas);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "Ask how we did", -1);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Page_Down));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_ASSESSMENT);
  g_assert_false (kin_board_canvas_is_editing (canvas));
  g_assert_cmpuint (n_notes (board), ==, notes + 2);
  g_assert_cmpstr (kin_note_get_text (note_at (board, notes + 1)), ==, "Ask how we did");

  /* Back on the board, with no note being written. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Page_Up));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_BOARD);
  kin_test_wait_for_frame (GTK_WIDGET (canvas));
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (canvas)));

  /* F5 still brings the projector back. (It is presented, so this comes
   * last: the window may lose the keyboard to it.) */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_F5));
  g_assert_nonnull (kin_window_get_projector (window));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (canvas));

  /* On the board, with no note being written, Esc stops presenting. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_null (kin_window_get_presenter (window));

  stop_presenting (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestPresentingBoard", &tmpdir);

  g_test_add_func ("/presenting-board/presenter-board", test_presenter_board);
  g_test_add_func ("/presenting-board/projector-1280x720-light", test_projector_720_light);
  g_test_add_func ("/presenting-board/projector-1280x720-dark", test_projector_720_dark);
  g_test_add_func ("/presenting-board/projector-1920x1080-light", test_projector_1080_light);
  g_test_add_func ("/presenting-board/projector-1920x1080-dark", test_projector_1080_dark);
  g_test_add_func ("/presenting-board/console", test_console_board);
  g_test_add_func ("/presenting-board/silent-writing", test_console_silent_writing);
  g_test_add_func ("/presenting-board/canvas-keys", test_canvas_keys);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
