/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "kin-application.h"
#include "kin-board-canvas-private.h"
#include "kin-board-ranking.h"
#include "kin-board-settings.h"
#include "kin-boards-page.h"
#include "kin-model.h"
#include "kin-test-render.h"
#include "kin-test-util.h"
#include "kin-window.h"

static KinApplication *app;
static char *tmpdir;

static KinBoardsPage *
show_page (KinProject *project,
           int         width,
           int         height)
{
  return KIN_BOARDS_PAGE (kin_test_show_page (KIN_TYPE_BOARDS_PAGE, project, width, height));
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

static void
test_starter (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 1280, 800);
  KinBoard *board = board_at (project, 0);
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);

  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "board");
  g_assert_true (kin_boards_page_get_board (page) == board);
  g_assert_true (kin_board_canvas_get_board (canvas) == board);
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "question-label"), ==, kin_board_get_question (board));

  kin_test_screenshot (GTK_WIDGET (page), "boards-starter");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot (GTK_WIDGET (page), "boards-starter-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Writing on a note in place, at 100%. */
  kin_board_canvas_set_zoom (canvas, 1.0);
  kin_board_canvas_edit_note (canvas, note_at (board, 2));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (kin_board_canvas_get_editor (canvas))),
                                    " at all", -1);
  kin_test_screenshot (GTK_WIDGET (page), "boards-editing");
  kin_board_canvas_commit_edit (canvas);
  g_assert_cmpstr (kin_note_get_text (note_at (board, 2)), ==, "No more “press 1 for…” menus at all");

  /* A rubber band being drawn over two notes. */
  {
    double x, y;

    kin_board_canvas_board_to_widget (canvas, 30, 320, &x, &y);
    g_assert_true (_kin_board_canvas_press (canvas, x, y, 0));
    _kin_board_canvas_drag_to (canvas, 300, 150);
    kin_test_screenshot (GTK_WIDGET (page), "boards-rubber-band");
    _kin_board_canvas_release (canvas, 300, 150);
    g_assert_cmpuint (kin_board_canvas_get_n_selected (canvas), >=, 2);
  }

  /* A theme's editor, and a note's menu. */
  {
    g_autoptr(KinCluster) theme = g_list_model_get_item (kin_board_get_clusters (board), 1);
    g_autofree char *before = g_strdup (kin_cluster_get_color (theme));
    GtkWidget *color, *reset, *title;

    kin_board_canvas_edit_cluster (canvas, theme);
    kin_test_screenshot (canvas->theme_editor, "boards-theme-editor");
    color = kin_test_find_widget (canvas->theme_editor, GTK_TYPE_COLOR_BUTTON, "theme-color");
    reset = kin_test_find_widget (canvas->theme_editor, GTK_TYPE_BUTTON, "reset-theme-color");
    title = kin_test_find_widget (canvas->theme_editor, GTK_TYPE_ENTRY, NULL);
    g_assert_nonnull (color);
    g_assert_nonnull (reset);
    g_assert_nonnull (title);

    /* Renamed and coloured, each as a step. */
    gtk_editable_set_text (GTK_EDITABLE (title), "Promises we keep");
    g_assert_cmpstr (kin_cluster_get_title (theme), ==, "Promises we keep");
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &(GdkRGBA) { 1.0, 0.0, 0.5, 1.0 });
    g_signal_emit_by_name (color, "color-set");
    g_assert_cmpstr (kin_cluster_get_color (theme), ==, "#ff0080");
    g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Theme Colour");
    g_assert_true (gtk_widget_get_sensitive (reset));

    /* Back to the default colour, undoably; with none, nothing to reset. */
    g_signal_emit_by_name (reset, "clicked");
    g_assert_null (kin_cluster_get_color (theme));
    g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Reset Theme Colour");
    g_assert_false (gtk_widget_get_sensitive (reset));
    g_assert_true (kin_project_undo (project));
    g_assert_cmpstr (kin_cluster_get_color (theme), ==, "#ff0080");
    g_assert_true (gtk_widget_get_sensitive (reset));
    g_assert_true (kin_project_undo (project));
    g_assert_cmpstr (kin_cluster_get_color (theme), ==, before);
    gtk_popover_popdown (GTK_POPOVER (canvas->theme_editor));
  }
  kin_board_canvas_focus_note (canvas, note_at (board, 4));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.menu", NULL));
  kin_test_screenshot (canvas->context_menu, "boards-note-menu");
  gtk_popover_popdown (GTK_POPOVER (canvas->context_menu));

  kin_test_close_page (page);
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

  kin_test_screenshot (GTK_WIDGET (page), "boards-narrow");

  /* With the voting bar and the search bar open too, the board keeps
   * room to work in. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON,
                                                                         "voting-button")), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.find", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (canvas)), >, 150);
  kin_test_screenshot (GTK_WIDGET (page), "boards-narrow-bars");
  kin_test_close_page (page);
}


static GtkWidget *
find_named (KinBoardsPage *page,
            GType          type,
            const char    *name)
{
  GtkWidget *widget = kin_test_find_widget (GTK_WIDGET (page), type, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
test_empty_and_boards (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  KinBoardsPage *page = show_page (project, 900, 700);
  KinBoard *first, *copy;

  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");
  g_assert_nonnull (kin_test_find_actionable (GTK_WIDGET (page), "boards.new"));
  kin_test_screenshot (GTK_WIDGET (page), "boards-empty");

  /* A new board is one step, shown at once, with a question to start from. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.new", NULL));
  g_assert_cmpuint (n_boards (project), ==, 1);
  first = board_at (project, 0);
  g_assert_true (kin_boards_page_get_board (page) == first);
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "board");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Board");
  g_assert_cmpstr (kin_board_get_title (first), ==, "Our Future Vision");
  g_assert_cmpint (kin_board_get_votes_per_person (first), ==, 3);
  g_assert_true (gtk_widget_get_visible (kin_test_find_widget (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE, NULL)));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_screenshot (GTK_WIDGET (page), "boards-new-board");

  /* Duplicating shows the copy; deleting shows the board that takes its
   * place, and the toast's Undo brings it back. */
  kin_board_add_note (project, first, 10, 10, "A note to copy");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.duplicate", NULL));
  g_assert_cmpuint (n_boards (project), ==, 2);
  copy = board_at (project, 1);
  g_assert_true (kin_boards_page_get_board (page) == copy);
  g_assert_cmpuint (n_notes (copy), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.delete", NULL));
  g_assert_cmpuint (n_boards (project), ==, 1);
  g_assert_true (kin_boards_page_get_board (page) == first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.undo-delete", NULL));
  g_assert_cmpuint (n_boards (project), ==, 2);

  /* The toast's Undo undoes only the deletion, not a later step. */
  kin_boards_page_select_board (page, board_at (project, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.delete", NULL));
  kin_board_add_note (project, first, 200, 10, "Later");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.undo-delete", NULL));
  g_assert_cmpuint (n_boards (project), ==, 1);
  g_assert_cmpuint (n_notes (first), ==, 2);

  /* The last board deleted: the empty page again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.delete", NULL));
  g_assert_cmpuint (n_boards (project), ==, 0);
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");
  g_assert_null (kin_boards_page_get_board (page));

  kin_test_close_page (page);
}

static void
test_settings (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 1000, 700);
  KinBoard *board = board_at (project, 0);
  KinBoardSettings *settings = KIN_BOARD_SETTINGS (kin_test_find_widget (GTK_WIDGET (page),
                                                                         KIN_TYPE_BOARD_SETTINGS, NULL));
  GtkWidget *title = kin_test_find_widget (GTK_WIDGET (settings), GTK_TYPE_ENTRY, "board-title");
  GtkWidget *question = kin_test_find_widget (GTK_WIDGET (settings), GTK_TYPE_TEXT_VIEW, "board-question");
  GtkWidget *votes = kin_test_find_widget (GTK_WIDGET (settings), GTK_TYPE_SPIN_BUTTON, "votes-per-person");
  const char * const *voters;

  g_assert_true (kin_board_settings_get_board (settings) == board);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, kin_board_get_title (board));

  /* The title and question follow the fields, and the page shows them. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Culture in 2027 & beyond");
  g_assert_cmpstr (kin_board_get_title (board), ==, "Culture in 2027 & beyond");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (page, GTK_TYPE_LABEL, "question-label"))), ==,
                   kin_board_get_question (board));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (question)), "What will tenants notice?", -1);
  g_assert_cmpstr (kin_board_get_question (board), ==, "What will tenants notice?");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "question-label"), ==, "What will tenants notice?");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (votes), 5);
  g_assert_cmpint (kin_board_get_votes_per_person (board), ==, 5);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Dots per Person");

  /* Voters: a name is added once; an empty one is refused. */
  g_assert_true (kin_board_settings_add_voter (settings, "  Ana  "));
  g_assert_true (kin_board_settings_add_voter (settings, "Ben"));
  g_assert_false (kin_board_settings_add_voter (settings, "Ana"));
  g_assert_false (kin_board_settings_add_voter (settings, "   "));
  voters = kin_board_get_voters (board);
  g_assert_cmpuint (g_strv_length ((char **) voters), ==, 2);
  g_assert_cmpstr (voters[0], ==, "Ana");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Voter");

  /* Undo puts the fields back. */
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (g_strv_length ((char **) kin_board_get_voters (board)), ==, 1);

  gtk_menu_button_popup (GTK_MENU_BUTTON (find_named (page, GTK_TYPE_MENU_BUTTON, "settings-button")));
  kin_test_wait_for_frame (GTK_WIDGET (settings));
  kin_test_screenshot (GTK_WIDGET (settings), "boards-settings");
  gtk_popover_popdown (GTK_POPOVER (settings));

  kin_test_close_page (page);
}

static void
test_voting_bar (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 1000, 700);
  KinBoard *board = board_at (project, 0);
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);
  GtkWidget *voting = find_named (page, GTK_TYPE_TOGGLE_BUTTON, "voting-button");
  GtkDropDown *voters = GTK_DROP_DOWN (find_named (page, GTK_TYPE_DROP_DOWN, "voter-dropdown"));
  GListModel *names;
  KinNote *note = note_at (board, 1);
  const char *list[] = { "Ana", "Ben", NULL };

  kin_project_set (project, board, "voters", list, NULL);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (voting), TRUE);
  g_assert_true (kin_board_canvas_get_voting (canvas));
  names = gtk_drop_down_get_model (voters);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "The room");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 2), ==, "Ben");
  g_assert_null (kin_board_canvas_get_voter (canvas));
  g_assert_true (g_str_has_prefix (kin_test_label_text (GTK_WIDGET (page), "dots-label"), "The room: no limit"));

  /* The chosen voter's budget: "N of M dots left". */
  gtk_drop_down_set_selected (voters, 1);
  g_assert_cmpstr (kin_board_canvas_get_voter (canvas), ==, "Ana");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "dots-label"), ==, "Ana: 3 of 3 dots left");
  g_assert_true (kin_board_canvas_add_vote (canvas, note));
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "dots-label"), ==, "Ana: 2 of 3 dots left");

  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_screenshot (GTK_WIDGET (page), "boards-voting");

  /* The ranking lists the themes and notes with votes, most first. */
  {
    KinBoardRanking *ranking = KIN_BOARD_RANKING (kin_test_find_widget (GTK_WIDGET (page),
                                                                         KIN_TYPE_BOARD_RANKING, NULL));
    g_autoptr(GPtrArray) ranked = kin_board_rank_notes (board);
    guint with_votes = 0;

    for (guint i = 0; i < ranked->len; i++)
      with_votes += kin_note_get_votes (g_ptr_array_index (ranked, i)) > 0;

    gtk_menu_button_popup (GTK_MENU_BUTTON (find_named (page, GTK_TYPE_MENU_BUTTON, "ranking-button")));
    kin_test_wait_for_frame (GTK_WIDGET (ranking));
    g_assert_cmpuint (kin_board_ranking_get_n_notes (ranking), ==, MIN (with_votes, 20));
    g_assert_cmpuint (kin_board_ranking_get_n_themes (ranking), ==, 4);
    kin_test_screenshot (GTK_WIDGET (ranking), "boards-ranking");
    gtk_popover_popdown (GTK_POPOVER (ranking));
  }

  /* A voter taken off the list gives way to the room. */
  kin_project_set (project, board, "voters", (const char *[]) { "Ben", NULL }, NULL);
  g_assert_null (kin_board_canvas_get_voter (canvas));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (voting), FALSE);
  g_assert_false (kin_board_canvas_get_voting (canvas));

  kin_test_close_page (page);
}

static void
test_silent_writing (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 1000, 700);
  KinBoard *board = board_at (project, 0);
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);
  GtkWidget *silent = find_named (page, GTK_TYPE_TOGGLE_BUTTON, "silent-button");
  GtkWidget *reveal = find_named (page, GTK_TYPE_BUTTON, "reveal-button");
  GtkTextBuffer *buffer;
  guint before = n_notes (board);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (silent), TRUE);
  g_assert_true (kin_board_get_silent (board));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Start Silent Writing");

  /* New notes lie face down. */
  for (guint i = 0; i < 2; i++)
    {
      kin_board_canvas_add_note_at_center (canvas);
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kin_board_canvas_get_editor (canvas)));
      gtk_text_buffer_set_text (buffer, i == 0 ? "Every letter in plain English" : "One number to call", -1);
      kin_board_canvas_commit_edit (canvas);
    }
  g_assert_cmpuint (n_notes (board), ==, before + 2);
  g_assert_true (kin_note_get_hidden (note_at (board, before)));
  g_assert_cmpuint (kin_board_count_hidden (board), ==, 2);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reveal)), ==, "_Reveal All (2 Hidden)");

  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_screenshot (GTK_WIDGET (page), "boards-silent");

  /* Reveal All turns them over, as one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.reveal-all", NULL));
  g_assert_cmpuint (kin_board_count_hidden (board), ==, 0);
  g_assert_false (kin_note_get_hidden (note_at (board, before)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reveal)), ==, "_Reveal All (0 Hidden)");
  g_assert_false (gtk_widget_is_sensitive (reveal));

  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (kin_board_count_hidden (board), ==, 2);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (silent), FALSE);
  g_assert_false (kin_board_get_silent (board));
  /* Undo turns the toggle back on. */
  g_assert_true (kin_project_undo (project));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (silent)));

  kin_test_close_page (page);
}

static guint
count_notes (KinBoard   *board,
             const char *principle,
             int         voice)
{
  GListModel *notes = kin_board_get_notes (board);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if ((principle == NULL || g_strcmp0 (kin_note_get_principle (note), principle) == 0) &&
          (voice < 0 || (int) kin_note_get_voice (note) == voice))
        n++;
    }

  return n;
}

static void
test_filters (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 1000, 700);
  KinBoard *board = board_at (project, 0);
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);
  GtkWidget *search_bar = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_BAR, NULL);
  GtkDropDown *principles = GTK_DROP_DOWN (find_named (page, GTK_TYPE_DROP_DOWN, "principle-filter"));
  GtkDropDown *voices = GTK_DROP_DOWN (find_named (page, GTK_TYPE_DROP_DOWN, "voice-filter"));
  GtkDropDown *themes = GTK_DROP_DOWN (find_named (page, GTK_TYPE_DROP_DOWN, "theme-filter"));
  GtkWidget *entry = find_named (page, GTK_TYPE_SEARCH_ENTRY, "search-entry");
  guint n = n_notes (board);
  g_autofree char *expected = NULL;
  guint commitment;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "boards.find", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));

  /* "Commitment" is the third principle of the starter project. */
  gtk_drop_down_set_selected (principles, 3);
  commitment = count_notes (board, "p-commitment", -1);
  g_assert_cmpuint (commitment, >, 0);
  g_assert_cmpuint (kin_board_canvas_count_matching (canvas), ==, commitment);
  expected = g_strdup_printf ("%u of %u notes match", commitment, n);
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "match-label"), ==, expected);

  /* Every set filter must match. */
  gtk_drop_down_set_selected (voices, 1 + KIN_VOICE_TENANT);
  g_assert_cmpuint (kin_board_canvas_count_matching (canvas), ==,
                    count_notes (board, "p-commitment", KIN_VOICE_TENANT));

  gtk_drop_down_set_selected (principles, 0);
  gtk_drop_down_set_selected (voices, 0);
  /* "All themes", "No theme", then the four themes. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (themes)), ==, 6);
  gtk_drop_down_set_selected (themes, 2);
  g_assert_cmpuint (kin_board_canvas_count_matching (canvas), ==,
                    kin_board_count_cluster_notes (board, g_list_model_get_item (kin_board_get_clusters (board), 0)));
  gtk_drop_down_set_selected (themes, 0);

  gtk_editable_set_text (GTK_EDITABLE (entry), "LETTER");
  kin_test_iterate (400);
  g_assert_cmpuint (kin_board_canvas_count_matching (canvas), ==, 2);
  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_screenshot (GTK_WIDGET (page), "boards-filter");

  /* Closing the bar shows every note again. */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (search_bar), FALSE);
  g_assert_cmpuint (kin_board_canvas_count_matching (canvas), ==, n);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  kin_test_close_page (page);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok = kin_boards_page_export_finish (KIN_BOARDS_PAGE (source), result, error);

  g_assert_true (ok == (*error == NULL));
  g_object_set_data (source, "done", GINT_TO_POINTER (TRUE));
}

static gboolean
export (KinBoardsPage *page,
        const char    *path,
        gboolean       selection_only,
        GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_object_set_data (G_OBJECT (page), "done", NULL);
  kin_boards_page_export_async (page, file, selection_only, export_done_cb, error);
  while (g_object_get_data (G_OBJECT (page), "done") == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (g_object_get_data (G_OBJECT (page), "done"));
  return *error == NULL;
}

static void
test_export (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinBoardsPage *page = show_page (project, 1000, 700);
  KinBoard *board = board_at (project, 0);
  KinBoardCanvas *canvas = kin_boards_page_get_canvas (page);
  g_autofree char *pdf = g_build_filename (tmpdir, "board.pdf", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "board.png", NULL);
  g_autofree char *svg = g_build_filename (tmpdir, "selection.svg", NULL);
  g_autofree char *bad = g_build_filename (tmpdir, "board.docx", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  guint pages;
  double width, height;

  /* The whole board, to PDF on A3 landscape. */
  g_assert_true (export (page, pdf, FALSE, &error));
  g_assert_no_error (error);
  kin_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpuint (pages, ==, 1);
  g_assert_cmpfloat (fabs (width - 1190.55), <, 2);
  g_assert_cmpfloat (fabs (height - 841.89), <, 2);
  text = kin_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, kin_board_get_title (board)));
  g_assert_nonnull (strstr (text, "Promises kept"));

  /* What is being typed is part of the export. */
  kin_board_canvas_add_note_at_center (canvas);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (kin_board_canvas_get_editor (canvas))),
                            "Typed just before exporting", -1);
  g_assert_true (export (page, png, FALSE, &error));
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_false (kin_board_canvas_is_editing (canvas));

  /* Only the selection: nothing selected is a clear error. */
  kin_board_canvas_unselect_all (canvas);
  g_assert_false (export (page, svg, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_ptr_array_add (one, note_at (board, 0));
  kin_board_canvas_select_notes (canvas, one);
  g_assert_true (export (page, svg, TRUE, &error));
  g_assert_no_error (error);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "<svg"));
  }

  /* An extension the board cannot be written as. */
  g_assert_false (export (page, bad, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, ".pdf"));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_unlink (pdf);
  g_unlink (png);
  g_unlink (svg);
  kin_test_close_page (page);
}

static void
test_in_window (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinWindow *window = kin_window_new (app);
  GtkWidget *page;

  kin_window_set_project (window, project, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  kin_window_show_section (window, "boards");
  kin_test_wait_for_frame (GTK_WIDGET (window));

  page = kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_BOARDS_PAGE, NULL);
  g_assert_nonnull (page);
  g_assert_true (kin_boards_page_get_project (KIN_BOARDS_PAGE (page)) == project);
  g_assert_true (kin_boards_page_get_board (KIN_BOARDS_PAGE (page)) == board_at (project, 0));
  kin_test_screenshot (GTK_WIDGET (window), "boards-window");

  /* Ctrl+Z while writing a note undoes the typing, not an earlier step,
   * and Ctrl+Shift+Z brings it back. */
  {
    KinBoardCanvas *canvas = kin_boards_page_get_canvas (KIN_BOARDS_PAGE (page));
    KinBoard *board = board_at (project, 0);
    g_autoptr(KinNote) note = g_list_model_get_item (kin_board_get_notes (board), 0);
    g_autofree char *text = g_strdup (kin_note_get_text (note));
    g_autofree char *typed = g_strconcat (text, " and more", NULL);
    GtkTextBuffer *buffer;
    GtkTextIter end;
    guint undo;

    /* A step to undo and one to redo, which must both stay as they are. */
    kin_board_canvas_focus_note (canvas, note);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.nudge", "(dd)", 10.0, 0.0));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.nudge", "(dd)", 10.0, 0.0));
    g_assert_true (kin_project_undo (project));
    g_assert_true (kin_project_can_redo (project));
    undo = kin_test_n_undo (project);

    kin_board_canvas_edit_note (canvas, note);
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kin_board_canvas_get_editor (canvas)));
    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_begin_user_action (buffer);
    gtk_text_buffer_insert_interactive (buffer, &end, " and more", -1, TRUE);
    gtk_text_buffer_end_user_action (buffer);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_true (kin_board_canvas_is_editing (canvas));
    g_assert_cmpuint (kin_test_n_undo (project), ==, undo);
    {
      GtkTextIter start;
      g_autofree char *shown = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (shown, ==, text);
      /* Only the typing: the note's own text stays. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      g_clear_pointer (&shown, g_free);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (shown, ==, text);
      g_assert_cmpuint (kin_test_n_undo (project), ==, undo);
    }
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
    g_assert_true (kin_project_can_redo (project));
    kin_board_canvas_commit_edit (canvas);
    g_assert_cmpstr (kin_note_get_text (note), ==, typed);
    g_assert_cmpuint (kin_test_n_undo (project), ==, undo + 1);

    /* Not writing: Ctrl+Z undoes the project's last step again. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpstr (kin_note_get_text (note), ==, text);
    kin_project_mark_saved (project);
  }

  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestBoards", &tmpdir);

  g_test_add_func ("/boards/starter", test_starter);
  g_test_add_func ("/boards/narrow", test_narrow);
  g_test_add_func ("/boards/empty-and-boards", test_empty_and_boards);
  g_test_add_func ("/boards/settings", test_settings);
  g_test_add_func ("/boards/voting-bar", test_voting_bar);
  g_test_add_func ("/boards/silent-writing", test_silent_writing);
  g_test_add_func ("/boards/filters", test_filters);
  g_test_add_func ("/boards/export", test_export);
  g_test_add_func ("/boards/in-window", test_in_window);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
