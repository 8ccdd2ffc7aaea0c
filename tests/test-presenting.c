/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "kin-application.h"
#include "kin-model.h"
#include "kin-presenter-console.h"
#include "kin-presenter-text.h"
#include "kin-presenter.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-projector-window.h"
#include "kin-sessions-page.h"
#include "kin-test-presenting.h"
#include "kin-test-util.h"
#include "kin-window.h"
#include "kin-window-private.h"

static KinApplication *app;
static char *tmpdir;

/* A clock the tests move by hand. */
static gint64 fake_now = 1000 * G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

/* Helpers -------------------------------------------------------------------- */

/* WCAG's relative luminance and contrast ratio. */
static double
luminance (const GdkRGBA *rgba)
{
  double channels[3] = { rgba->red, rgba->green, rgba->blue };

  for (guint i = 0; i < 3; i++)
    channels[i] = channels[i] <= 0.03928 ? channels[i] / 12.92 : pow ((channels[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;

  return n;
}

/* The words and numbers ------------------------------------------------------ */

static void
test_text (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPresenter) presenter = kin_presenter_new (project, kin_test_first_session (project));
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 26, 11, 0, 20);
  g_autofree char *text = NULL;

  g_assert_cmpstr ((text = kin_presenter_text_countdown (4 * 60 * 1000)), ==, "4:00");
  g_clear_pointer (&text, g_free);
  /* Part of a second left is still a second: "0:00" means time is up. */
  g_assert_cmpstr ((text = kin_presenter_text_countdown (1)), ==, "0:01");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = kin_presenter_text_countdown (0)), ==, "0:00");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = kin_presenter_text_countdown (-999)), ==, "0:00");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = kin_presenter_text_countdown (-65 * 1000)), ==, "−1:05");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = kin_presenter_text_countdown ((gint64) 75 * 60 * 1000)), ==, "1:15:00");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = kin_presenter_text_progress (750 * 1000, 25)), ==, "12:30 of 25:00");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr ((text = kin_presenter_text_progress (0, 105)), ==, "0:00 of 1:45:00");
  g_clear_pointer (&text, g_free);

  g_assert_cmpstr ((text = kin_presenter_text_position (presenter)), ==, "Item 1 of 7");
  g_clear_pointer (&text, g_free);

  /* The break is 10 minutes: back ten minutes from now, to the minute. */
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_BREAK));
  g_assert_cmpstr ((text = kin_presenter_text_back_at (presenter, now)), ==, "Back at 11:10");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (kin_presenter_text_card_number (presenter), ==, 0);

  /* In the card round, the position counts cards too. */
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_CARDS));
  g_assert_true (kin_presenter_is_card_round (presenter));
  g_assert_true (kin_presenter_draw_card (presenter));
  g_assert_true (kin_presenter_draw_card (presenter));
  g_assert_cmpstr ((text = kin_presenter_text_position (presenter)), ==, "Item 3 of 7 · Card 2 of 21");
  g_clear_pointer (&text, g_free);
}

/* Starting and stopping --------------------------------------------------- */

static void
test_no_session (void)
{
  KinWindow *window = kin_window_new (app);
  g_autoptr(KinProject) project = kin_project_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  kin_window_set_project (window, project, NULL);
  kin_test_wait_for_frame (GTK_WIDGET (window));

  /* Nothing to present: the window says where to add a session. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_null (kin_window_get_presenter (window));
  g_assert_null (kin_window_get_projector (window));
  kin_test_iterate (100);
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (window), "Add one on the Sessions page"));

  /* Without a project there is nothing to present at all. */
  kin_window_set_project (window, NULL, NULL);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL) &&
                  kin_window_get_presenter (window) != NULL);
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));

  kin_test_destroy_window (window);
}

static void
test_start_and_stop (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  GtkWidget *leaflet = kin_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);
  GtkStack *main_stack = GTK_STACK (gtk_widget_get_parent (leaflet));
  KinProjectorWindow *projector;
  KinPresenterConsole *console;
  g_autoptr(KinSession) other = kin_session_new ();

  g_assert_true (GTK_IS_STACK (main_stack));
  g_assert_true (kin_window_get_active_session (window) == kin_test_first_session (project));

  kin_test_start_presenting (window);
  projector = kin_window_get_projector (window);
  console = kin_window_get_console (window);
  g_object_add_weak_pointer (G_OBJECT (projector), (gpointer *) &projector);
  g_object_add_weak_pointer (G_OBJECT (console), (gpointer *) &console);

  g_assert_true (kin_presenter_get_session (kin_window_get_presenter (window)) == kin_test_first_session (project));
  g_assert_true (gtk_stack_get_visible_child (main_stack) == GTK_WIDGET (console));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (projector)));
  g_assert_cmpint (kin_presenter_get_item_index (kin_window_get_presenter (window)), ==, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (projector)), ==,
                   "Champions group - November — Projector");
  /* Nothing but the content: the slide fills the window, with no header
   * bar or buttons of the app's own. */
  g_assert_true (gtk_window_get_child (GTK_WINDOW (projector)) ==
                 GTK_WIDGET (kin_projector_window_get_view (projector)));
  g_assert_null (gtk_window_get_titlebar (GTK_WINDOW (projector)));
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (kin_projector_window_get_view (projector))));
  /* With one monitor the projector is an ordinary window, 1280x720 to begin. */
  g_assert_null (kin_projector_window_get_monitor (projector));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (projector)), ==, 1280);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (projector)), ==, 720);
  g_assert_true (gtk_widget_is_sensitive (kin_test_find_actionable (GTK_WIDGET (console), "win.stop-presenting")));
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-start");

  /* F5 again while presenting brings a closed projector back, at the size
   * it had been given. */
  gtk_window_set_default_size (GTK_WINDOW (projector), 1000, 600);
  kin_test_wait_for_frame (GTK_WIDGET (projector));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (projector)), ==, 1000);
  gtk_window_close (GTK_WINDOW (projector));
  kin_test_iterate (50);
  g_assert_null (projector);
  g_assert_null (kin_window_get_projector (window));
  g_assert_nonnull (kin_window_get_presenter (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  projector = kin_window_get_projector (window);
  g_assert_nonnull (projector);
  g_object_add_weak_pointer (G_OBJECT (projector), (gpointer *) &projector);
  kin_test_wait_for_frame (GTK_WIDGET (projector));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (projector)), ==, 1000);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (projector)), ==, 600);

  /* Esc stops: the projector closes and the project is back. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_null (kin_window_get_presenter (window));
  g_assert_null (kin_window_get_projector (window));
  g_assert_null (projector);
  g_assert_null (console);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "project");
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));

  /* The window works as before: sections, undo. */
  kin_window_show_section (window, "principles");
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (kin_window_get_section (window), ==, "principles");
  kin_project_set (project, project, "title", "Renamed", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (kin_project_get_title (project), !=, "Renamed");

  /* Without a choice, the session dated today comes first. */
  {
    g_autoptr(KinSession) today = kin_session_new ();
    g_autofree char *date = kin_date_today ();

    kin_session_set_date (today, date);
    /* Whatever today is, the example session is not on it. */
    kin_session_set_date (kin_test_first_session (project), "2001-02-03");
    kin_project_append (project, kin_project_get_sessions (project), today);
    g_assert_true (kin_window_get_active_session (window) == today);
    g_assert_true (kin_project_undo (project));
    g_assert_true (kin_window_get_active_session (window) == kin_test_first_session (project));
  }

  /* The session chosen on the Sessions page is the one presented. */
  kin_session_set_title (other, "Team briefing");
  kin_project_append (project, kin_project_get_sessions (project), other);
  kin_window_show_section (window, "sessions");
  kin_test_wait_for_frame (GTK_WIDGET (window));
  kin_sessions_page_select (KIN_SESSIONS_PAGE (kin_test_find_widget (GTK_WIDGET (window),
                                                                     KIN_TYPE_SESSIONS_PAGE, NULL)),
                            other);
  g_assert_true (kin_window_get_active_session (window) == other);
  kin_test_start_presenting (window);
  g_assert_true (kin_presenter_get_session (kin_window_get_presenter (window)) == other);
  g_assert_cmpint (kin_presenter_get_item_index (kin_window_get_presenter (window)), ==, -1);
  kin_test_screenshot_widget (GTK_WIDGET (kin_window_get_projector (window)), "presenting-projector-empty-agenda");

  /* Deleting the session being presented stops the presentation. */
  g_assert_true (kin_project_undo (project));
  g_assert_null (kin_window_get_presenter (window));
  g_assert_null (kin_window_get_projector (window));
  g_assert_true (kin_window_get_active_session (window) == kin_test_first_session (project));

  kin_test_destroy_window (window);
}

/* Keys ---------------------------------------------------------------------- */

static void
test_keys (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinPresenter *presenter;
  GtkWidget *projector;
  GtkWidget *entry;
  KinCard *first_card;
  KinTestPixels pixels = { 0 };

  kin_test_start_presenting (window);
  presenter = kin_window_get_presenter (window);
  projector = GTK_WIDGET (kin_window_get_projector (window));
  entry = kin_presenter_console_get_capture_entry (kin_window_get_console (window));

  /* Forward and back, from the main window. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Right));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_GAINS);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Left));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_WELCOME);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Page_Down));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_CARDS);
  g_assert_null (kin_presenter_get_current_card (presenter));

  /* In the card round, forward draws cards; from the projector window too. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));
  first_card = kin_presenter_get_current_card (presenter);
  g_assert_nonnull (first_card);
  g_assert_true (kin_test_press_key (projector, GDK_KEY_Page_Down));
  g_assert_nonnull (kin_presenter_get_current_card (presenter));
  g_assert_true (kin_presenter_get_current_card (presenter) != first_card);
  g_assert_cmpint (kin_presenter_text_card_number (presenter), ==, 2);
  g_assert_true (kin_test_press_key (projector, GDK_KEY_Page_Up));
  g_assert_true (kin_presenter_get_current_card (presenter) == first_card);
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_CARDS);

  /* B blanks the projector: nothing but black. */
  g_assert_true (kin_test_press_key (projector, GDK_KEY_b));
  g_assert_true (kin_presenter_get_blanked (presenter));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (kin_test_find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON,
                                                                                       "blank-button"))));
  kin_test_wait_for_frame (projector);
  kin_test_download (projector, &pixels);
  for (guint y = 0; y < pixels.height; y += 3)
    for (guint x = 0; x < pixels.width; x += 3)
      {
        GdkRGBA rgba;

        kin_test_pixel_at (&pixels, x, y, &rgba);
        if (rgba.red != 0 || rgba.green != 0 || rgba.blue != 0)
          g_error ("The blanked projector is not black at %u,%u", x, y);
      }
  g_clear_pointer (&pixels.data, g_free);
  g_assert_cmpfloat (kin_projector_window_get_prompt_pixel_size (KIN_PROJECTOR_WINDOW (projector)), ==, 0);
  kin_test_screenshot_widget (projector, "presenting-projector-blank");
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_B));
  g_assert_false (kin_presenter_get_blanked (presenter));

  /* T starts the timer and pauses it. */
  g_assert_false (kin_presenter_get_timer_running (presenter));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_t));
  g_assert_true (kin_presenter_get_timer_running (presenter));
  g_assert_true (kin_test_press_key (projector, GDK_KEY_T));
  g_assert_false (kin_presenter_get_timer_running (presenter));

  /* C goes to the capture box. There the keys type, except the clicker's
   * Page Up and Page Down. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_c));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == entry);
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Left));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_b));
  g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_t));
  g_assert_true (kin_presenter_get_current_card (presenter) == first_card);
  g_assert_false (kin_presenter_get_blanked (presenter));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Page_Down));
  g_assert_true (kin_presenter_get_current_card (presenter) != first_card);

  /* Esc in the entry leaves it; the next Esc stops. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_nonnull (kin_window_get_presenter (window));
  g_assert_false (gtk_widget_has_focus (entry));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_null (kin_window_get_presenter (window));

  kin_test_destroy_window (window);
}

static void
test_whole_session_by_keyboard (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinPresenter *presenter;
  KinDeck *deck;
  guint n_cards;
  guint presses = 0;

  kin_test_start_presenting (window);
  presenter = kin_window_get_presenter (window);

  /* T once at the start; then forward through every item and every card
   * to the end screen, the timer running on from item to item. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_t));
  while (kin_presenter_get_state (presenter) == KIN_PRESENTER_STATE_RUNNING)
    {
      g_assert_true (kin_presenter_get_timer_running (presenter));
      g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Page_Down));
      g_assert_cmpuint (++presses, <, 100);
    }

  /* So every item has its actual start for the report. */
  {
    GListModel *agenda = kin_session_get_agenda (kin_presenter_get_session (presenter));

    for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
      {
        g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda, i);

        g_assert_true (kin_is_valid_timestamp (kin_agenda_item_get_actual_start (item)));
      }
  }

  deck = kin_project_lookup (kin_window_get_project (window), KIN_TYPE_DECK, "deck-principles");
  n_cards = g_list_model_get_n_items (kin_deck_get_cards (deck));
  /* Six moves to the next item, one past the last, and one draw a card. */
  g_assert_cmpuint (presses, ==, N_STARTER_ITEMS + n_cards);
  kin_test_screenshot_widget (GTK_WIDGET (kin_window_get_projector (window)), "presenting-projector-ended");
  g_assert_cmpfloat (kin_projector_window_get_prompt_pixel_size (kin_window_get_projector (window)), >=, 720 / 20.0);

  /* Back from the end returns to the last item. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Left));
  g_assert_cmpint (kin_presenter_get_state (presenter), ==, KIN_PRESENTER_STATE_RUNNING);
  g_assert_cmpint (kin_presenter_get_item_index (presenter), ==, ITEM_CLOSE);

  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  kin_test_destroy_window (window);
}

/* Captures ------------------------------------------------------------------ */

static void
test_capture (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  KinSession *session = kin_test_first_session (project);
  GListModel *captures = kin_session_get_captures (session);
  KinPresenterConsole *console;
  KinPresenter *presenter;
  GtkWidget *entry, *list;
  KinCapture *capture;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KinProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) undo_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.undo");
  guint before = g_list_model_get_n_items (captures);

  kin_test_start_presenting (window);
  presenter = kin_window_get_presenter (window);
  console = kin_window_get_console (window);
  entry = kin_presenter_console_get_capture_entry (console);
  list = kin_test_find_widget (GTK_WIDGET (console), GTK_TYPE_LIST_BOX, "captures-list");
  g_assert_cmpuint (n_rows (list), ==, 0);

  /* In the card round, with a card drawn, typed and entered. */
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_CARDS));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_space));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_c));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Arrears letters <should> say where to get help  ");
  g_signal_emit_by_name (entry, "activate");
  kin_test_iterate (20);

  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, before + 1);
  capture = g_list_model_get_item (captures, before);
  g_object_unref (capture);
  g_assert_cmpstr (kin_capture_get_text (capture), ==, "Arrears letters <should> say where to get help");
  g_assert_cmpstr (kin_capture_get_item (capture), ==, "item-nov-3");
  g_assert_cmpstr (kin_capture_get_card (capture), ==,
                   kin_object_get_id (KIN_OBJECT (kin_presenter_get_current_card (presenter))));
  g_assert_true (kin_is_valid_timestamp (kin_capture_get_time (capture)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (n_rows (list), ==, 1);
  g_assert_nonnull (kin_test_find_label (list, "Arrears letters <should> say"));

  /* An empty capture is not recorded. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, before + 1);

  /* Another item has its own list. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Biscuits were good");
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_BREAK));
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, before + 2);
  g_assert_cmpuint (n_rows (list), ==, 1);
  g_assert_nonnull (kin_test_find_label (list, "Biscuits"));
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-capture");

  /* Saving while presenting keeps the console on the screen. */
  {
    g_autofree char *path = g_build_filename (tmpdir, "presenting.kindling", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_autofree char *contents = NULL;
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    kin_window_save_to_file (window, file);
    while (kin_project_get_modified (project) || kin_window_get_file (window) == NULL)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
      }
    kin_test_iterate (50);
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (console)));
    g_assert_nonnull (kin_window_get_presenter (window));
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "Arrears letters <should> say where to get help"));
    g_unlink (path);
    g_unlink (backup);
  }

  /* Saved with the project. */
  bytes = kin_project_write_bytes (project);
  reloaded = kin_project_read_bytes (bytes, "reloaded.kindling", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_captures (kin_test_first_session (reloaded))), ==,
                    before + 2);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "Biscuits were good"));

  /* Ctrl+Z, the accelerator of win.undo, takes the last one away, and works
   * in the capture box too. */
  g_assert_cmpstr (undo_accels[0], ==, "<Control>z");
  g_assert_true (gtk_widget_activate_action (entry, "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, before + 1);
  g_assert_cmpuint (n_rows (list), ==, 0);
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_CARDS));
  kin_test_iterate (20);
  g_assert_cmpuint (n_rows (list), ==, 1);

  /* A goes to the new action; the action is the session's, undoable. */
  {
    GListModel *actions = kin_session_get_actions (session);
    guint n_actions = g_list_model_get_n_items (actions);
    GtkWidget *action_entry = kin_test_find_widget (GTK_WIDGET (kin_presenter_console_get_action_list (console)),
                                                    GTK_TYPE_ENTRY, "new-action-entry");
    g_autoptr(KinAction) action = NULL;

    g_assert_nonnull (action_entry);
    g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
    g_assert_nonnull (kin_window_get_presenter (window));
    g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_a));
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), action_entry));
    /* Typing there is typing: the letters of the presenting keys too. */
    g_assert_false (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_t));
    gtk_editable_set_text (GTK_EDITABLE (action_entry), "Send the call-back script to Lettings");
    g_signal_emit_by_name (action_entry, "activate");
    g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n_actions + 1);
    action = g_list_model_get_item (actions, n_actions);
    g_assert_cmpstr (kin_action_get_text (action), ==, "Send the call-back script to Lettings");
    kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-action");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n_actions);
  }

  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_null (kin_window_get_presenter (window));
  kin_project_mark_saved (project);
  kin_test_destroy_window (window);
}

/* The console --------------------------------------------------------------- */

/* Counts the console's alerts, and keeps them quiet. */
static void
count_alert_cb (KinPresenterConsole *console,
                guint               *alerts)
{
  (*alerts)++;
  g_signal_stop_emission_by_name (console, "alert");
}

static void
test_console_card_round (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1280, 860);
  KinPresenterConsole *console;
  KinPresenter *presenter;
  GtkWidget *history, *timer_button, *sound;
  KinCard *skipped;
  guint remaining;
  guint alerts = 0;

  kin_test_start_presenting (window);
  presenter = kin_window_get_presenter (window);
  kin_presenter_set_clock (presenter, fake_clock, NULL);
  console = kin_window_get_console (window);
  history = kin_test_find_widget (GTK_WIDGET (console), GTK_TYPE_LIST_BOX, "history-list");

  /* The first item: its notes, and what comes next. */
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "Round the room: one word"));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "Marginal gains round-up"));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "10:00"));
  g_assert_false (gtk_widget_get_visible (kin_test_find_widget (GTK_WIDGET (console), ADW_TYPE_PREFERENCES_GROUP,
                                                                "cards-group")));

  /* Timer controls: start, a minute on, elapsed against planned. */
  timer_button = kin_test_find_widget (GTK_WIDGET (console), GTK_TYPE_BUTTON, "timer-button");
  g_signal_emit_by_name (timer_button, "clicked");
  g_assert_true (kin_presenter_get_timer_running (presenter));
  fake_now += 150 * G_USEC_PER_SEC;
  kin_presenter_tick (presenter);
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "7:30"));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "2:30 of 10:00"));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "2:30 of 1:45:00"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.add-minute", NULL));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "8:30"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.reset-timer", NULL));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "10:00"));

  /* The card round: the console shows its controls and the next card.
   * The timer, running, runs on into it. */
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_CARDS));
  g_assert_true (kin_presenter_get_timer_running (presenter));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.toggle-timer", NULL));
  g_assert_false (kin_presenter_get_timer_running (presenter));
  kin_test_wait_for_frame (GTK_WIDGET (console));
  g_assert_true (gtk_widget_get_visible (kin_test_find_widget (GTK_WIDGET (console), ADW_TYPE_PREFERENCES_GROUP,
                                                               "cards-group")));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), kin_card_get_title (kin_presenter_peek_next_card (presenter))));
  g_assert_cmpuint (n_rows (history), ==, 0);

  remaining = kin_presenter_get_n_remaining (presenter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.shuffle", NULL));
  g_assert_cmpuint (kin_presenter_get_n_remaining (presenter), ==, remaining);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.draw-card", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.draw-card", NULL));
  skipped = kin_presenter_get_current_card (presenter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.skip-card", NULL));
  g_assert_true (kin_presenter_get_current_card (presenter) != skipped);
  g_assert_cmpuint (n_rows (history), ==, 3);
  g_assert_true (kin_presenter_history_is_skipped (presenter, 1));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_next_sibling (gtk_widget_get_first_child (history)),
                                           "kin-skipped"));
  g_assert_nonnull (kin_test_find_label (history, "Skipped"));
  g_assert_nonnull (kin_test_find_label (history, "Showing"));

  /* The timebox is the card's. */
  g_assert_cmpint (kin_presenter_get_timebox_ms (presenter), ==,
                   kin_card_get_minutes (kin_presenter_get_current_card (presenter)) * 60 * 1000);

  /* The sound is off until chosen, and kept in the settings. */
  sound = kin_test_find_widget (GTK_WIDGET (console), GTK_TYPE_SWITCH, "sound-switch");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sound)));
  gtk_switch_set_active (GTK_SWITCH (sound), TRUE);
  g_assert_true (g_settings_get_boolean (kin_application_get_settings (app), "presenter-sound"));

  /* The last minute and time up: the countdown changes colour, and with
   * the sound on, the alert sounds at each. */
  g_signal_connect (console, "alert", G_CALLBACK (count_alert_cb), &alerts);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.toggle-timer", NULL));
  fake_now += kin_presenter_get_remaining_ms (presenter) * 1000 - 30 * G_USEC_PER_SEC;
  kin_presenter_tick (presenter);
  g_assert_cmpint (kin_presenter_get_phase (presenter), ==, KIN_TIMER_PHASE_LAST_MINUTE);
  g_assert_cmpuint (alerts, ==, 1);
  g_assert_true (gtk_widget_has_css_class (kin_test_find_widget (GTK_WIDGET (console), GTK_TYPE_LABEL,
                                                                 "countdown-label"), "warning"));
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-cards");
  kin_test_screenshot_widget (GTK_WIDGET (kin_window_get_projector (window)), "presenting-projector-last-minute");
  fake_now += 45 * G_USEC_PER_SEC;
  kin_presenter_tick (presenter);
  g_assert_cmpint (kin_presenter_get_phase (presenter), ==, KIN_TIMER_PHASE_OVERTIME);
  g_assert_true (gtk_widget_has_css_class (kin_test_find_widget (GTK_WIDGET (console), GTK_TYPE_LABEL,
                                                                 "countdown-label"), "error"));
  g_assert_nonnull (kin_test_find_label (GTK_WIDGET (console), "−0:15"));
  g_assert_cmpuint (alerts, ==, 2);
  kin_test_screenshot_widget (GTK_WIDGET (kin_window_get_projector (window)), "presenting-projector-overtime");

  /* Once only, and never with the sound off. */
  fake_now += 10 * G_USEC_PER_SEC;
  kin_presenter_tick (presenter);
  g_assert_cmpuint (alerts, ==, 2);
  gtk_switch_set_active (GTK_SWITCH (sound), FALSE);
  kin_presenter_reset_timer (presenter);
  fake_now += kin_presenter_get_remaining_ms (presenter) * 1000 + G_USEC_PER_SEC;
  kin_presenter_tick (presenter);
  g_assert_cmpint (kin_presenter_get_phase (presenter), ==, KIN_TIMER_PHASE_OVERTIME);
  g_assert_cmpuint (alerts, ==, 2);
  g_signal_handlers_disconnect_by_func (console, count_alert_cb, &alerts);

  /* Put back: the card goes to the bottom of the pile. */
  remaining = kin_presenter_get_n_remaining (presenter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "presenter.put-back", NULL));
  g_assert_cmpuint (kin_presenter_get_n_remaining (presenter), ==, remaining + 1);

  /* Dark style, and a narrow window. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  kin_test_iterate (300);
  kin_test_screenshot_widget (GTK_WIDGET (window), "presenting-console-narrow");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  kin_project_mark_saved (kin_window_get_project (window));
  kin_test_destroy_window (window);
}

/* The projector ------------------------------------------------------------ */

typedef struct
{
  const char *name;
  int         item;
  guint       cards;
} Slide;

static const Slide slides[] = {
  { "welcome", ITEM_WELCOME, 0 },
  { "deck", ITEM_CARDS, 0 },
  { "card", ITEM_CARDS, 1 },
  { "card-long", ITEM_CARDS, 0 },
  { "break", ITEM_BREAK, 0 },
  { "board", ITEM_BOARD, 0 },
  { "assessment", ITEM_ASSESSMENT, 0 },
};

static void
check_projector (int      width,
                 int      height,
                 gboolean dark)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPresenter) presenter = kin_presenter_new (project, kin_test_first_session (project));
  KinProjectorWindow *window = kin_projector_window_new (presenter);
  KinProjectorView *view = kin_projector_window_get_view (window);
  KinProjectorColors colors;
  g_autoptr(KinCard) long_card = kin_card_new ();
  KinDeck *deck = kin_project_lookup (project, KIN_TYPE_DECK, "deck-principles");
  const char * const follow_ups[] = {
    "What would a tenant who has been waiting three weeks for a repair say about how we kept them informed?",
    "Which one thing could your team change next week, without asking anyone's permission?",
    "Who else should hear about it?",
    NULL
  };

  /* A card with much to say, first in the deck, to see it still fits. */
  kin_card_set_title (long_card, "Keeping people in the loop when things go wrong");
  kin_card_set_prompt (long_card, "Think about the last time a customer had to chase us for an update. "
                                  "What did they have to do, how did they feel, and what would have "
                                  "told them before they needed to ask?");
  kin_card_set_follow_ups (long_card, follow_ups);
  kin_card_set_minutes (long_card, 5);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  kin_projector_window_show (window, NULL);
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), ==, height);

  /* High contrast in both styles. */
  kin_projector_view_get_colors (view, &colors);
  g_assert_cmpfloat (contrast (&colors.text, &colors.background), >=, 7.0);
  g_assert_cmpfloat (contrast (&colors.dim, &colors.background), >=, 7.0);
  g_assert_cmpfloat (contrast (&colors.last_minute, &colors.background), >=, 4.5);
  g_assert_cmpfloat (contrast (&colors.overtime, &colors.background), >=, 4.5);
  g_assert_true (dark == (luminance (&colors.background) < 0.1));

  for (guint i = 0; i < G_N_ELEMENTS (slides); i++)
    {
      g_autofree char *name = g_strdup_printf ("projector-%dx%d-%s-%s", width, height,
                                               dark ? "dark" : "light", slides[i].name);
      KinTestPixels pixels = { 0 };
      GdkRGBA corner;

      if (g_str_equal (slides[i].name, "card-long"))
        {
          kin_project_insert (project, kin_deck_get_cards (deck), 0, long_card);
          g_assert_true (kin_presenter_go_to_item (presenter, ITEM_WELCOME));
          g_assert_true (kin_presenter_go_to_item (presenter, ITEM_CARDS));
          g_assert_true (kin_presenter_draw_card (presenter));
          g_assert_true (kin_presenter_get_current_card (presenter) == long_card);
        }
      else
        {
          g_assert_true (kin_presenter_go_to_item (presenter, slides[i].item) ||
                         kin_presenter_get_item_index (presenter) == slides[i].item);
          for (guint j = 0; j < slides[i].cards; j++)
            g_assert_true (kin_presenter_draw_card (presenter));
        }

      kin_test_screenshot_widget (GTK_WIDGET (view), name);
      g_test_message ("%s: prompt %.1f px, height %d", name,
                      kin_projector_view_get_prompt_pixel_size (view), height);
      /* Even the long card, which its face cannot show that large on a
       * 4:3 screen and so goes on a slide of its own. */
      g_assert_cmpfloat (kin_projector_window_get_prompt_pixel_size (window), >=, height / 20.0);

      /* The slide is on the style's background. */
      kin_test_download (GTK_WIDGET (view), &pixels);
      kin_test_pixel_at (&pixels, 2, pixels.height - 3, &corner);
      g_assert_true (kin_test_same_color (&corner, &colors.background));
      g_free (pixels.data);
    }

  /* The end of the session. */
  kin_presenter_end (presenter);
  kin_test_screenshot_widget (GTK_WIDGET (view), dark ? "projector-ended-dark" : "projector-ended-light");
  g_assert_cmpfloat (kin_projector_window_get_prompt_pixel_size (window), >=, height / 20.0);

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

static void
collect_shortcuts (GtkWidget *widget,
                   GPtrArray *found)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;
      g_autofree char *accel = NULL;

      g_object_get (widget, "action-name", &action, "accelerator", &accel, NULL);
      g_ptr_array_add (found, g_strdup (action != NULL ? action : accel));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, found);
}

/* The shortcuts window lists the presenting keys. */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  const char * const expected[] = {
    "win.present", "Escape", "space Right Page_Down", "Left Page_Up", "b", "t", "c", "a", "F11",
  };

  collect_shortcuts (overlay, found);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!g_ptr_array_find_with_equal_func (found, expected[i], g_str_equal, NULL))
      g_error ("The shortcuts window does not list %s", expected[i]);

  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* An old 4:3 projector has no room beside the card. */
static void
test_projector_4_3 (void)
{
  check_projector (1024, 768, FALSE);
}

/* A card with far more to say than any card face can show large: on a wide
 * screen too, the prompt stays readable from the back of the room, and what
 * cannot fit at that size is cut rather than shrunk. */
static void
test_projector_wordy_card (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPresenter) presenter = kin_presenter_new (project, kin_test_first_session (project));
  KinProjectorWindow *window = kin_projector_window_new (presenter);
  KinProjectorView *view = kin_projector_window_get_view (window);
  KinDeck *deck = kin_project_lookup (project, KIN_TYPE_DECK, "deck-principles");
  g_autoptr(KinCard) card = kin_card_new ();
  g_autoptr(GString) prompt = g_string_new (NULL);
  KinTestPixels pixels = { 0 };
  KinProjectorColors colors;
  const char * const follow_ups[] = {
    "Who noticed first?", "What did it cost the customer?", "What did it cost us?",
    "Who could have stopped it?", "What would we do differently?", "Who needs to hear this?",
    NULL
  };

  for (guint i = 0; i < 12; i++)
    g_string_append (prompt, "Think of a time a customer had to tell us the same thing twice. ");
  kin_card_set_title (card, "Telling us twice");
  kin_card_set_prompt (card, prompt->str);
  kin_card_set_follow_ups (card, follow_ups);
  kin_project_insert (project, kin_deck_get_cards (deck), 0, card);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  kin_projector_window_show (window, NULL);
  g_assert_true (kin_presenter_go_to_item (presenter, ITEM_CARDS));
  g_assert_true (kin_presenter_draw_card (presenter));
  g_assert_true (kin_presenter_get_current_card (presenter) == card);
  kin_test_wait_for_frame (GTK_WIDGET (window));

  kin_test_screenshot_widget (GTK_WIDGET (view), "projector-wordy-card");
  g_test_message ("wordy card: prompt %.1f px", kin_projector_view_get_prompt_pixel_size (view));
  g_assert_cmpfloat (kin_projector_view_get_prompt_pixel_size (view), >=, 720 / 20.0);

  /* Nothing runs into the margin at the bottom. */
  kin_projector_view_get_colors (view, &colors);
  kin_test_download (GTK_WIDGET (view), &pixels);
  for (guint x = 0; x < pixels.width; x += 2)
    {
      GdkRGBA color;

      kin_test_pixel_at (&pixels, x, pixels.height - 6, &color);
      g_assert_true (kin_test_same_color (&color, &colors.background));
    }
  g_free (pixels.data);

  kin_test_destroy_window (window);
}

/* With two screens, the facilitator is asked which one is the projector.
 * The test display has one, so the question is asked directly. */
static void
test_choose_monitor (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  AdwMessageDialog *dialog;

  dialog = _kin_window_ask_for_monitor (window, kin_test_first_session (project));
  g_assert_true (adw_message_dialog_has_response (dialog, "monitor-0"));
  g_assert_true (adw_message_dialog_has_response (dialog, "window"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  kin_test_wait_for_frame (GTK_WIDGET (dialog));
  kin_test_screenshot_widget (GTK_WIDGET (dialog), "presenting-choose-monitor");

  /* Cancel: nothing happens. */
  adw_message_dialog_response (dialog, "cancel");
  kin_test_iterate (50);
  g_assert_null (kin_window_get_presenter (window));

  /* A screen: the projector is fullscreen there. */
  dialog = _kin_window_ask_for_monitor (window, kin_test_first_session (project));
  adw_message_dialog_response (dialog, "monitor-0");
  kin_test_iterate (50);
  g_assert_nonnull (kin_window_get_presenter (window));
  g_assert_true (kin_projector_window_get_monitor (kin_window_get_projector (window)) == monitor);
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));

  /* In a window: an ordinary window. */
  dialog = _kin_window_ask_for_monitor (window, kin_test_first_session (project));
  adw_message_dialog_response (dialog, "window");
  kin_test_iterate (50);
  g_assert_nonnull (kin_window_get_projector (window));
  g_assert_null (kin_projector_window_get_monitor (kin_window_get_projector (window)));
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));

  kin_test_destroy_window (window);
}

static void
test_monitor_label (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  g_autofree char *label = NULL;
  g_autofree char *size = NULL;
  GdkRectangle geometry;

  g_assert_nonnull (monitor);
  gdk_monitor_get_geometry (monitor, &geometry);
  label = kin_projector_dup_monitor_label (monitor);
  size = g_strdup_printf ("%d × %d", geometry.width * gdk_monitor_get_scale_factor (monitor),
                          geometry.height * gdk_monitor_get_scale_factor (monitor));
  g_assert_nonnull (strstr (label, size));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestPresenting", &tmpdir);

  g_test_add_func ("/presenting/text", test_text);
  g_test_add_func ("/presenting/no-session", test_no_session);
  g_test_add_func ("/presenting/start-and-stop", test_start_and_stop);
  g_test_add_func ("/presenting/keys", test_keys);
  g_test_add_func ("/presenting/whole-session-by-keyboard", test_whole_session_by_keyboard);
  g_test_add_func ("/presenting/capture", test_capture);
  g_test_add_func ("/presenting/console-card-round", test_console_card_round);
  g_test_add_func ("/presenting/projector-1280x720-light", test_projector_720_light);
  g_test_add_func ("/presenting/projector-1280x720-dark", test_projector_720_dark);
  g_test_add_func ("/presenting/projector-1920x1080-light", test_projector_1080_light);
  g_test_add_func ("/presenting/projector-1920x1080-dark", test_projector_1080_dark);
  g_test_add_func ("/presenting/projector-1024x768", test_projector_4_3);
  g_test_add_func ("/presenting/projector-wordy-card", test_projector_wordy_card);
  g_test_add_func ("/presenting/monitor-label", test_monitor_label);
  g_test_add_func ("/presenting/choose-monitor", test_choose_monitor);
  g_test_add_func ("/presenting/shortcuts-window", test_shortcuts_window);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
