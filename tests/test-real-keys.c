/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "kin-application.h"
#include "kin-board-canvas.h"
#include "kin-boards-page.h"
#include "kin-model.h"
#include "kin-test-util.h"
#include "kin-window.h"

/*
 * Keys pressed as a keyboard presses them: through the X server, so that
 * GTK decides who hears each key the way it does for a person. The other
 * tests activate actions or call key handlers directly, which cannot show
 * that a page's key is not taken by the application first. These run on
 * their own, as another program's window could take the keyboard.
 */

static KinApplication *app;
static char *tmpdir;

static Display *
x_display (GtkWidget *widget)
{
  return gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
}

/* Gives @window the X keyboard focus, as clicking on it would. */
static void
focus_window (GtkWidget *window)
{
  Display *display = x_display (window);
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));

  XSetInputFocus (display, xid, RevertToParent, CurrentTime);
  XSync (display, False);
  for (guint i = 0; i < 40 && !gtk_window_is_active (GTK_WINDOW (window)); i++)
    kin_test_iterate (25);
  g_assert_true (gtk_window_is_active (GTK_WINDOW (window)));
}

static void
fake_key (Display *display,
          KeySym   keysym,
          gboolean press)
{
  KeyCode code = XKeysymToKeycode (display, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (display, code, press, CurrentTime);
}

/* Presses and releases @keysym, with Ctrl and Shift held when asked. */
static void
press (GtkWidget *window,
       KeySym     keysym,
       gboolean   control,
       gboolean   shift)
{
  Display *display = x_display (window);

  if (control)
    fake_key (display, XK_Control_L, TRUE);
  if (shift)
    fake_key (display, XK_Shift_L, TRUE);
  fake_key (display, keysym, TRUE);
  fake_key (display, keysym, FALSE);
  if (shift)
    fake_key (display, XK_Shift_L, FALSE);
  if (control)
    fake_key (display, XK_Control_L, FALSE);
  XSync (display, False);
  kin_test_iterate (150);
}

static guint
n_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (KIN_IS_WINDOW (item) && gtk_widget_get_visible (GTK_WIDGET (item)))
        n++;
    }

  return n;
}

static guint
n_cards (KinProject *project)
{
  KinDeck *deck = kin_project_lookup (project, KIN_TYPE_DECK, "deck-principles");

  return g_list_model_get_n_items (kin_deck_get_cards (deck));
}

/* Ctrl+N on the Conversation Cards page adds a card, as the page says it
 * does; anywhere else it starts a new project, in a new window. */
static void
test_ctrl_n (void)
{
  KinWindow *window = kin_test_open_starter_window (app, "cards", 1100, 760);
  KinProject *project = kin_window_get_project (window);
  GtkWidget *list = kin_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "cards-list");
  guint cards = n_cards (project);

  g_assert_nonnull (list);
  focus_window (GTK_WIDGET (window));
  gtk_widget_grab_focus (list);

  press (GTK_WIDGET (window), XK_n, TRUE, FALSE);
  g_assert_cmpuint (n_cards (project), ==, cards + 1);
  g_assert_true (kin_window_get_project (window) == project);
  g_assert_cmpuint (n_windows (), ==, 1);

  kin_window_show_section (window, "overview");
  kin_test_wait_for_frame (GTK_WIDGET (window));
  focus_window (GTK_WIDGET (window));
  press (GTK_WIDGET (window), XK_n, TRUE, FALSE);
  g_assert_cmpuint (n_cards (project), ==, cards + 1);
  g_assert_cmpuint (n_windows (), ==, 2);

  for (GtkWindow *other = kin_test_find_toplevel (KIN_TYPE_WINDOW); other != NULL;
       other = kin_test_find_toplevel (KIN_TYPE_WINDOW))
    {
      if (kin_window_get_project (KIN_WINDOW (other)) != NULL)
        kin_project_mark_saved (kin_window_get_project (KIN_WINDOW (other)));
      kin_test_destroy_window (other);
    }
}

/* Ctrl+Z while writing a note takes back the typing, not the project's
 * last step. */
static void
test_ctrl_z_in_note (void)
{
  KinWindow *window = kin_test_open_starter_window (app, "boards", 1280, 800);
  KinProject *project = kin_window_get_project (window);
  KinBoardsPage *page = KIN_BOARDS_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_BOARDS_PAGE, NULL));
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);
  KinBoard *board = kin_boards_page_get_board (page);
  g_autoptr(KinNote) note = g_list_model_get_item (kin_board_get_notes (board), 0);
  g_autofree char *text = g_strdup (kin_note_get_text (note));
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;
  double x = kin_note_get_x (note);
  guint undo;

  /* A step the typing's undo must leave alone. */
  kin_board_canvas_focus_note (canvas, note);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.nudge", "(dd)", 10.0, 0.0));
  undo = kin_test_n_undo (project);

  focus_window (GTK_WIDGET (window));
  kin_board_canvas_edit_note (canvas, note);
  g_assert_true (gtk_widget_has_focus (kin_board_canvas_get_editor (canvas)));
  press (GTK_WIDGET (window), XK_x, FALSE, FALSE);
  press (GTK_WIDGET (window), XK_y, FALSE, FALSE);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kin_board_canvas_get_editor (canvas)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_suffix (shown, "xy"));

  press (GTK_WIDGET (window), XK_z, TRUE, FALSE);
  g_clear_pointer (&shown, g_free);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, text);
  g_assert_true (kin_board_canvas_is_editing (canvas));
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo);
  g_assert_cmpfloat (kin_note_get_x (note), ==, x + 10);

  /* Esc keeps the text as it is, which is the note's own: no step. Then
   * Ctrl+Z undoes the project's last step. */
  press (GTK_WIDGET (window), XK_Escape, FALSE, FALSE);
  g_assert_false (kin_board_canvas_is_editing (canvas));
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo);
  press (GTK_WIDGET (window), XK_z, TRUE, FALSE);
  g_assert_cmpfloat (kin_note_get_x (note), ==, x);

  kin_project_mark_saved (project);
  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestRealKeys", &tmpdir);

  g_test_add_func ("/real-keys/ctrl-n", test_ctrl_n);
  g_test_add_func ("/real-keys/ctrl-z-in-note", test_ctrl_z_in_note);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
