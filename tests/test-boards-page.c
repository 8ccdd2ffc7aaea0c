/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-board-canvas-private.h"
#include "kin-board-ranking.h"
#include "kin-board-settings.h"
#include "kin-boards-page.h"
#include "kin-model.h"
#include "kin-test-util.h"
#include "kin-window.h"

static KinApplication *app;
static char *tmpdir;

static KinBoardsPage *
show_page (KinProject *project,
           int         width,
           int         height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (KIN_TYPE_BOARDS_PAGE, "project", project, NULL);

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (page);

  return KIN_BOARDS_PAGE (page);
}

static void
close_page (KinBoardsPage *page)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page)));

  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  gtk_window_destroy (GTK_WINDOW (window));
  kin_test_iterate (20);
  g_assert_null (page);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GError) error = NULL;

  widget = GTK_WIDGET (gtk_widget_get_root (widget));
  kin_test_wait_for_frame (widget);
  for (guint attempt = 0; attempt < 5; attempt++)
    {
      g_clear_error (&error);
      if (kin_test_save_screenshot (widget, name, &error))
        break;
      kin_test_iterate (100);
      kin_test_wait_for_frame (widget);
    }
  g_assert_no_error (error);
}

static KinBoard *
board_at (KinProject *project,
          guint       index)
{
  g_autoptr(KinBoard) board = g_list_model_get_item (kin_project_get_boards (project), index);

  return board;
}

static guint
n_boards (KinProject *project)
{
  return g_list_model_get_n_items (kin_project_get_boards (project));
}

static guint
n_notes (KinBoard *board)
{
  return g_list_model_get_n_items (kin_board_get_notes (board));
}

static KinNote *
note_at (KinBoard *board,
         guint     index)
{
  g_autoptr(KinNote) note = g_list_model_get_item (kin_board_get_notes (board), index);

  return note;
}

static guint
n_undo (KinProject *project)
{
  return kin_history_get_n_undo (kin_project_get_history (project));
}

static const char *
visible_stack_child (KinBoardsPage *page)
{
  GtkWidget *stack = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_STACK, NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static const char *
label_text (KinBoardsPage *page,
            const char    *name)
{
  GtkWidget *label = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_starter (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 1280, 800);
  KinBoard *board = board_at (project, 0);
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);

  g_assert_cmpstr (visible_stack_child (page), ==, "board");
  g_assert_true (kin_boards_page_get_board (page) == board);
  g_assert_true (kin_board_canvas_get_board (canvas) == board);
  g_assert_cmpstr (label_text (page, "question-label"), ==, kin_board_get_question (board));

  screenshot (GTK_WIDGET (page), "boards-starter");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (GTK_WIDGET (page), "boards-starter-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  close_page (page);
}

static void
test_narrow (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 360, 640);
  GtkWidget *menu_button = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, "ranking-button");
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);

  /* Every tool stays on screen. */
  g_assert_nonnull (menu_button);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  for (const char *name = "board-button"; name != NULL; name = NULL)
    {
      GtkWidget *button = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, name);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (page), &bounds));
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
    }
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (menu_button, GTK_WIDGET (page), &bounds));
    g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
  }
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (canvas)), >, 200);

  screenshot (GTK_WIDGET (page), "boards-narrow");
  close_page (page);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestBoards", &tmpdir);

  g_test_add_func ("/boards/starter", test_starter);
  g_test_add_func ("/boards/narrow", test_narrow);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  (void) n_boards;
  (void) n_notes;
  (void) note_at;
  (void) n_undo;

  return status;
}
