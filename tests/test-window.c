/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-drafts.h"
#include "kin-model.h"
#include "kin-overview-page.h"
#include "kin-welcome-page.h"
#include "kin-window.h"
#include "kin-test-util.h"

static KinApplication *app;
static char *tmpdir;

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds, failing after ten seconds. */
static void
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
    }
}

static gboolean
has_project (gpointer data)
{
  return kin_window_get_project (data) != NULL;
}

static gboolean
not_busy (gpointer data)
{
  return !kin_window_is_busy (data);
}

static gboolean
saved (gpointer data)
{
  KinProject *project = kin_window_get_project (data);

  return !kin_window_is_busy (data) && kin_window_get_file (data) != NULL &&
         !kin_project_get_modified (project);
}

static KinWindow *
open_window (void)
{
  KinWindow *window = kin_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (GTK_WIDGET (window));

  return window;
}

static gboolean
dialog_shown (gpointer data)
{
  return kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
test_welcome_without_project (void)
{
  KinWindow *window = open_window ();
  GtkWidget *welcome = kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_WELCOME_PAGE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (kin_window_get_project (window));
  g_assert_nonnull (welcome);
  g_assert_true (gtk_widget_get_mapped (welcome));
  /* Nothing to save or undo yet. */
  g_assert_false (gtk_widget_get_sensitive (kin_test_find_actionable (GTK_WIDGET (window),
                                                                     "win.undo")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kindling");
  g_assert_true (kin_test_save_screenshot (GTK_WIDGET (window), "welcome", &error));
  g_assert_no_error (error);

  kin_test_destroy_window (window);
}

static void
test_starter_overview_counts (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  KinOverviewPage *overview =
    KIN_OVERVIEW_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_OVERVIEW_PAGE, NULL));
  g_autofree char *principles = NULL;
  g_autofree char *gains = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (overview);
  g_assert_cmpstr (kin_window_get_section (window), ==, "overview");
  g_assert_null (kin_window_get_file (window));
  g_assert_false (kin_project_get_modified (project));

  principles = g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_principles (project)));
  gains = g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_gains (project)));
  g_assert_cmpstr (principles, ==, "7");
  g_assert_cmpstr (kin_overview_page_get_count_text (overview, "principles"), ==, principles);
  g_assert_cmpstr (kin_overview_page_get_count_text (overview, "gains"), ==, gains);
  g_assert_true (g_str_has_suffix (kin_overview_page_get_count_text (overview, "cards"), "21 cards") ||
                 g_str_has_suffix (kin_overview_page_get_count_text (overview, "cards"), " cards"));

  /* The window title names the project. */
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)),
                            kin_project_get_title (project)));

  g_assert_true (kin_test_save_screenshot (GTK_WIDGET (window), "overview-starter", &error));
  g_assert_no_error (error);

  kin_test_destroy_window (window);
}

static void
test_edit_undo_redo (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  g_autofree char *original = g_strdup (kin_project_get_title (project));
  GtkWidget *overview = kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_OVERVIEW_PAGE, NULL);
  GtkWidget *title_row = kin_test_find_widget (overview, ADW_TYPE_ENTRY_ROW, NULL);
  GtkWidget *undo_button = NULL;

  g_assert_nonnull (title_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, original);

  /* Markup characters are text, never markup. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Rents & <b>repairs</b>");
  g_assert_cmpstr (kin_project_get_title (project), ==, "Rents & <b>repairs</b>");
  g_assert_true (kin_project_get_modified (project));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "• Rents & <b>repairs</b> — Kindling");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Title");

  /* The undo button's tooltip names the step. */
  undo_button = kin_test_find_actionable (GTK_WIDGET (window), "win.undo");
  g_assert_nonnull (undo_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo Change Title");

  /* The field leaves Ctrl+Z to the project's history. */
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (title_row)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (kin_project_get_title (project), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, original);
  g_assert_false (kin_project_get_modified (project));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (kin_project_get_title (project), ==, "Rents & <b>repairs</b>");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Rents & <b>repairs</b>");

  /* Throw the change away without asking: this test is not about closing. */
  kin_project_undo (project);
  kin_test_destroy_window (window);
}

static void
test_save_and_reopen (void)
{
  KinWindow *window = open_window ();
  KinWindow *reopened;
  g_autoptr(KinProject) project = kin_project_new ();
  g_autofree char *path = g_build_filename (tmpdir, "saved.kindling", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  kin_window_set_project (window, project, NULL);
  kin_project_set (project, project, "title", "Champions group", NULL);
  g_assert_true (kin_project_get_modified (project));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  kin_project_set_modified_timestamp (project, "2001-01-01T00:00:00Z");
  kin_window_save_to_file (window, file);
  wait_until (saved, window);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* Saving records when it happened. */
  g_assert_cmpstr (kin_project_get_modified_timestamp (project), !=, "2001-01-01T00:00:00Z");
  g_assert_true (kin_is_valid_timestamp (kin_project_get_modified_timestamp (project)));
  g_assert_false (kin_project_can_redo (project));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Champions group — Kindling");

  /* Open it in a fresh window, as from the welcome page. */
  reopened = open_window ();
  kin_window_open_file (reopened, file);
  wait_until (has_project, reopened);
  g_assert_cmpstr (kin_project_get_title (kin_window_get_project (reopened)), ==, "Champions group");
  g_assert_true (g_file_equal (kin_window_get_file (reopened), file));
  g_assert_false (kin_project_get_modified (kin_window_get_project (reopened)));

  kin_test_destroy_window (reopened);
  kin_test_destroy_window (window);
}

static void
test_load_error_keeps_project (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *before = kin_window_get_project (window);
  g_autofree char *path = g_build_filename (tmpdir, "broken.kindling", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"kindling\",\n  oops\n}\n", -1, NULL));

  kin_window_open_file (window, file);
  wait_until (not_busy, window);
  wait_until (dialog_shown, NULL);

  dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open “broken.kindling”");
  /* The message says where the problem is: file, line and column. */
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "broken.kindling:3:"));

  g_assert_true (kin_window_get_project (window) == before);
  g_assert_null (kin_window_get_file (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  kin_test_destroy_window (window);
}

static void
test_close_asks_when_modified (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  AdwMessageDialog *dialog;

  kin_project_set (project, project, "organisation", "Brookfield & Co", NULL);

  gtk_window_close (GTK_WINDOW (window));
  wait_until (dialog_shown, NULL);
  dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Cancel keeps everything. */
  adw_message_dialog_response (dialog, "cancel");
  kin_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (kin_project_get_modified (project));

  /* Discard closes. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  wait_until (dialog_shown, NULL);
  adw_message_dialog_response (kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "discard");
  kin_test_iterate (50);
  g_assert_null (window);
}

static void
test_close_unmodified_does_not_ask (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  kin_test_iterate (50);
  g_assert_null (window);
  g_assert_null (kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
lists_recent (gpointer data)
{
  return kin_welcome_page_get_n_recent (data) > 0;
}

static void
test_recent_projects (void)
{
  KinWindow *window = open_window ();
  KinWelcomePage *welcome =
    KIN_WELCOME_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_WELCOME_PAGE, NULL));
  g_autoptr(KinProject) project = kin_project_new ();
  g_autofree char *path = g_build_filename (tmpdir, "recent.kindling", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KinWindow *saver = open_window ();

  kin_window_set_project (saver, project, NULL);
  kin_window_save_to_file (saver, file);
  wait_until (saved, saver);

  /* The welcome page of another window lists it. */
  wait_until (lists_recent, welcome);
  g_assert_cmpuint (kin_welcome_page_get_n_recent (welcome), >=, 1);

  kin_test_destroy_window (saver);
  kin_test_destroy_window (window);
}

static gboolean
draft_written (gpointer data)
{
  g_autoptr(GFile) file = kin_drafts_get_file (data);
  g_autoptr(GPtrArray) drafts = kin_drafts_list ();

  return g_file_query_exists (file, NULL) && drafts->len > 0;
}

static gboolean
draft_gone (gpointer data)
{
  g_autoptr(GFile) file = kin_drafts_get_file (data);

  return !g_file_query_exists (file, NULL);
}

static gboolean
lists_drafts (gpointer data)
{
  kin_welcome_page_reload (data);
  return kin_welcome_page_get_n_drafts (data) > 0;
}

static void
test_crash_recovery (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  KinWindow *second;
  KinWelcomePage *welcome;
  g_autofree char *draft_id = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "recovered.kindling", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* Unsaved work is written to a draft. */
  kin_project_set (project, project, "organisation", "Unsaved & precious", NULL);
  kin_window_autosave_now (window);
  draft_id = g_strdup (kin_window_get_draft_id (window));
  g_assert_nonnull (draft_id);
  wait_until (draft_written, draft_id);

  /* While its window is open, the draft is not offered to other windows. */
  second = open_window ();
  welcome = KIN_WELCOME_PAGE (kin_test_find_widget (GTK_WIDGET (second), KIN_TYPE_WELCOME_PAGE, NULL));
  kin_welcome_page_reload (welcome);
  g_assert_cmpuint (kin_welcome_page_get_n_drafts (welcome), ==, 0);

  /* The window vanishes without closing properly, as in a crash. */
  gtk_window_destroy (GTK_WINDOW (window));
  kin_test_iterate (20);
  wait_until (lists_drafts, welcome);
  g_assert_cmpuint (kin_welcome_page_get_n_drafts (welcome), ==, 1);

  /* Recovering brings the work back as unsaved changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.restore-draft", "s", draft_id));
  wait_until (has_project, second);
  project = kin_window_get_project (second);
  g_assert_cmpstr (kin_project_get_organisation (project), ==, "Unsaved & precious");
  g_assert_true (kin_project_get_modified (project));
  g_assert_cmpstr (kin_window_get_draft_id (second), ==, draft_id);

  /* Saving it makes the draft unnecessary. */
  kin_window_save_to_file (second, file);
  wait_until (saved, second);
  wait_until (draft_gone, draft_id);
  g_assert_null (kin_window_get_draft_id (second));

  kin_test_destroy_window (second);
}

static void
test_undo_to_saved_removes_draft (void)
{
  KinWindow *window = kin_test_open_starter_window (app, NULL, 1100, 760);
  KinProject *project = kin_window_get_project (window);
  g_autofree char *draft_id = NULL;

  kin_project_set (project, project, "title", "Draft me", NULL);
  kin_window_autosave_now (window);
  draft_id = g_strdup (kin_window_get_draft_id (window));
  wait_until (draft_written, draft_id);

  kin_project_undo (project);
  g_assert_false (kin_project_get_modified (project));
  wait_until (draft_gone, draft_id);
  g_assert_null (kin_window_get_draft_id (window));

  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestWindow", &tmpdir);

  g_test_add_func ("/window/welcome-without-project", test_welcome_without_project);
  g_test_add_func ("/window/starter-overview-counts", test_starter_overview_counts);
  g_test_add_func ("/window/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/window/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/window/load-error-keeps-project", test_load_error_keeps_project);
  g_test_add_func ("/window/close-asks-when-modified", test_close_asks_when_modified);
  g_test_add_func ("/window/close-unmodified-does-not-ask", test_close_unmodified_does_not_ask);
  g_test_add_func ("/window/recent-projects", test_recent_projects);
  g_test_add_func ("/window/crash-recovery", test_crash_recovery);
  g_test_add_func ("/window/undo-to-saved-removes-draft", test_undo_to_saved_removes_draft);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
