/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-gain-editor.h"
#include "kin-gains-page.h"
#include "kin-gains-progress.h"
#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-test-util.h"

static KinApplication *app;
static char *tmpdir;

/* Fixtures */

static KinGain *
add_gain (KinProject *project,
          const char *date,
          const char *title,
          const char *team,
          const char *who,
          int         impact,
          KinGainStatus status)
{
  g_autoptr(KinGain) gain = kin_gain_new ();
  g_autofree char *id = g_compute_checksum_for_string (G_CHECKSUM_MD5, title, -1);

  /* The same gain has the same id in every project made here, as it would
   * in two champions' copies of one project. */
  kin_object_set_id (KIN_OBJECT (gain), id);
  g_object_set (gain,
                "date", date, "title", title, "team", team, "who", who,
                "impact", impact, "status", status,
                "created", "2026-01-01T09:00:00Z", "modified", "2026-01-01T09:00:00Z",
                NULL);
  kin_project_append (project, kin_project_get_gains (project), gain);

  return gain;
}

static KinProject *
create_project (void)
{
  KinProject *project = kin_project_new ();
  g_autoptr(KinPrinciple) respect = kin_principle_new ();
  g_autoptr(KinPrinciple) effortless = kin_principle_new ();
  g_autoptr(KinStandard) standard = kin_standard_new ();
  KinGain *gain;

  kin_object_set_id (KIN_OBJECT (respect), "p-respect");
  kin_principle_set_name (respect, "Respect");
  kin_principle_set_color (respect, "#c64600");
  kin_object_set_id (KIN_OBJECT (effortless), "p-effortless");
  kin_principle_set_name (effortless, "Make things effortless");
  kin_principle_set_color (effortless, "#2a7e3b");
  kin_object_set_id (KIN_OBJECT (standard), "s-call-back");
  kin_standard_set_title (standard, "Call back within one working day");
  kin_project_append (project, kin_project_get_principles (project), respect);
  kin_project_append (project, kin_project_get_principles (project), effortless);
  kin_project_append (project, kin_project_get_standards (project), standard);

  add_gain (project, "2026-09-02", "Arrears emails say where to get support",
            "Income", "Priya", 4, KIN_GAIN_STATUS_ADOPTED);
  gain = add_gain (project, "2026-10-14", "Contractors briefed before void visits",
                   "Repairs", "Sam", 3, KIN_GAIN_STATUS_SHARED);
  kin_gain_set_principles (gain, (const char *[]) { "p-respect", NULL });
  kin_gain_set_before (gain, "Contractors arrived knowing nothing about our standards");
  gain = add_gain (project, "2026-11-03", "Text reminders the day before a repair",
                   "Repairs", "Alex", 5, KIN_GAIN_STATUS_TRYING);
  kin_gain_set_principles (gain, (const char *[]) { "p-effortless", "p-respect", NULL });
  add_gain (project, "2026-08-20", "Letters rewritten in plain English",
            "Lettings", "Priya", 2, KIN_GAIN_STATUS_DROPPED);
  gain = add_gain (project, "2026-11-10", "Café-style drop-in for new tenants",
                   "Lettings", "Jo", 3, KIN_GAIN_STATUS_IDEA);
  kin_gain_set_evidence (gain, "Twelve tenants came to the first one");

  /* The fixture itself is not something to undo. */
  kin_history_clear (kin_project_get_history (project));
  kin_project_mark_saved (project);

  return project;
}

typedef struct
{
  GtkWidget    *window;
  KinGainsPage *page;
  KinProject   *project;
} Fixture;

static void
fixture_open (Fixture *fixture,
              int      width,
              int      height)
{
  fixture->project = create_project ();
  fixture->window = gtk_window_new ();
  fixture->page = g_object_new (KIN_TYPE_GAINS_PAGE, "project", fixture->project, NULL);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kin_test_wait_for_frame (fixture->window);
  kin_test_iterate (50);
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  kin_test_iterate (20);
  g_assert_finalize_object (fixture->project);
}

static GtkWidget *
find (gpointer    root,
      GType       type,
      const char *name)
{
  GtkWidget *widget = kin_test_find_widget (GTK_WIDGET (root), type, name);

  g_assert_nonnull (widget);

  return widget;
}

static KinGain *
shown_gain (Fixture *fixture,
            guint    position)
{
  GListModel *shown = kin_gains_page_get_shown_gains (fixture->page);
  g_autoptr(KinGain) gain = g_list_model_get_item (shown, position);

  g_assert_nonnull (gain);

  return gain;
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (kin_gains_page_get_shown_gains (fixture->page));
}

static guint
n_gains (Fixture *fixture)
{
  return g_list_model_get_n_items (kin_project_get_gains (fixture->project));
}

static void
select_gain (Fixture *fixture,
             KinGain *gain)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find (fixture->page, GTK_TYPE_COLUMN_VIEW, NULL));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));

  for (guint i = 0; i < n_shown (fixture); i++)
    if (shown_gain (fixture, i) == gain)
      {
        gtk_single_selection_set_selected (selection, i);
        return;
      }

  g_assert_not_reached ();
}

/* Tests */

static void
test_quick_add (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  KinHistory *history;
  g_autofree char *today = kin_date_today ();
  Fixture fixture;
  GtkWidget *entry;
  KinGain *gain;

  g_settings_set_string (settings, "last-gain-team", "Customer Services");
  g_settings_set_string (settings, "last-gain-who", "Dana");

  fixture_open (&fixture, 1000, 700);
  history = kin_project_get_history (fixture.project);
  entry = find (fixture.page, GTK_TYPE_ENTRY, "quick-entry");

  /* The page opens ready for typing. */
  g_assert_true (gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture.window)), entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "  Voicemail now says when we will call back  ");
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpuint (n_gains (&fixture), ==, 6);
  gain = g_list_model_get_item (kin_project_get_gains (fixture.project), 5);
  g_object_unref (gain);
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Voicemail now says when we will call back");
  g_assert_cmpstr (kin_gain_get_date (gain), ==, today);
  g_assert_cmpstr (kin_gain_get_team (gain), ==, "Customer Services");
  g_assert_cmpstr (kin_gain_get_who (gain), ==, "Dana");
  g_assert_cmpint (kin_gain_get_status (gain), ==, KIN_GAIN_STATUS_ADOPTED);
  g_assert_true (kin_is_valid_timestamp (kin_gain_get_created (gain)));
  g_assert_cmpstr (kin_gain_get_modified (gain), ==, kin_gain_get_created (gain));

  /* Ready for the next one, and one undo step. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (kin_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture.project), ==, "Add Gain");
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "6 gains");

  /* Nothing typed, nothing added. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (n_gains (&fixture), ==, 6);

  /* The toast's Edit button opens the editor on the new gain. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.edit-gain", "s",
                                             kin_object_get_id (KIN_OBJECT (gain))));
  g_assert_nonnull (kin_gains_page_get_editor (fixture.page));
  g_assert_true (kin_gain_editor_get_gain (KIN_GAIN_EDITOR (kin_gains_page_get_editor (fixture.page))) == gain);

  /* Undo takes the gain away and closes its editor. */
  g_assert_true (kin_project_undo (fixture.project));
  g_assert_cmpuint (n_gains (&fixture), ==, 5);
  kin_test_iterate (20);
  g_assert_null (kin_gains_page_get_editor (fixture.page));
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "5 gains");

  fixture_close (&fixture);
}

static void
wait_for_count (Fixture    *fixture,
                const char *expected)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* The search entry reports changes after a short pause. */
  while (g_strcmp0 (kin_gains_page_get_count_text (fixture->page), expected) != 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_assert_cmpstr (kin_gains_page_get_count_text (fixture->page), ==, expected);
      kin_test_iterate (10);
    }
}

static void
test_search (void)
{
  Fixture fixture;
  GtkWidget *search;
  GtkStack *stack;

  fixture_open (&fixture, 1000, 700);
  search = find (fixture.page, GTK_TYPE_SEARCH_ENTRY, "search-entry");
  stack = GTK_STACK (find (fixture.page, GTK_TYPE_STACK, "list-stack"));
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "5 gains");

  /* Ctrl+F's action puts the cursor in the search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.search", NULL));
  kin_test_iterate (20);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture.window)), search) ||
                 gtk_root_get_focus (GTK_ROOT (fixture.window)) == search);

  /* Team and title words, case-insensitive. */
  gtk_editable_set_text (GTK_EDITABLE (search), "REPAIRS");
  wait_for_count (&fixture, "2 of 5 gains");
  g_assert_cmpuint (n_shown (&fixture), ==, 2);

  /* Every word must appear: the "before" text matches "knowing". */
  gtk_editable_set_text (GTK_EDITABLE (search), "repairs knowing");
  wait_for_count (&fixture, "1 of 5 gains");
  g_assert_cmpstr (kin_gain_get_title (shown_gain (&fixture, 0)), ==,
                   "Contractors briefed before void visits");

  /* Accents do not matter; the evidence is searched. */
  gtk_editable_set_text (GTK_EDITABLE (search), "cafe");
  wait_for_count (&fixture, "1 of 5 gains");
  gtk_editable_set_text (GTK_EDITABLE (search), "twelve tenants");
  wait_for_count (&fixture, "1 of 5 gains");

  gtk_editable_set_text (GTK_EDITABLE (search), "zebra");
  wait_for_count (&fixture, "0 of 5 gains");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-match");

  /* An edit that makes a gain match shows it without retyping. */
  {
    g_autoptr(KinGain) gain = g_list_model_get_item (kin_project_get_gains (fixture.project), 0);

    kin_project_set (fixture.project, gain, "who", "Zebra Crossing", NULL);
    g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "1 of 5 gains");
  }

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for_count (&fixture, "5 gains");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  fixture_close (&fixture);
}

static void
test_filters (void)
{
  Fixture fixture;
  GtkWidget *from, *to;
  GtkDropDown *team, *principle;

  fixture_open (&fixture, 1000, 700);
  team = GTK_DROP_DOWN (find (fixture.page, GTK_TYPE_DROP_DOWN, "team-dropdown"));
  principle = GTK_DROP_DOWN (find (fixture.page, GTK_TYPE_DROP_DOWN, "principle-dropdown"));
  from = find (fixture.page, GTK_TYPE_ENTRY, "from-entry");
  to = find (fixture.page, GTK_TYPE_ENTRY, "to-entry");

  /* The choices are filled when the filters are opened. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (find (fixture.page, GTK_TYPE_MENU_BUTTON, "filter-button")));
  kin_test_iterate (50);

  /* Teams are offered sorted, after "All teams". */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (team)), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (team)), 3),
                   ==, "Repairs");
  gtk_drop_down_set_selected (team, 3);
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "2 of 5 gains");

  /* Principle and team together. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (principle)), 2),
                   ==, "Make things effortless");
  gtk_drop_down_set_selected (principle, 2);
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "1 of 5 gains");
  g_assert_cmpstr (kin_gain_get_title (shown_gain (&fixture, 0)), ==,
                   "Text reminders the day before a repair");
  gtk_drop_down_set_selected (team, 0);
  gtk_drop_down_set_selected (principle, 0);
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "5 gains");

  /* Statuses: any of the ticked ones. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find (fixture.page, GTK_TYPE_CHECK_BUTTON,
                                                       "status-filter-dropped")), TRUE);
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "1 of 5 gains");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find (fixture.page, GTK_TYPE_CHECK_BUTTON,
                                                       "status-filter-idea")), TRUE);
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "2 of 5 gains");

  /* Date range, inclusive; a half-typed date is ignored and marked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.clear-filters", NULL));
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "5 gains");
  gtk_editable_set_text (GTK_EDITABLE (from), "2026-10-14");
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "3 of 5 gains");
  gtk_editable_set_text (GTK_EDITABLE (to), "2026-11-0");
  g_assert_true (gtk_widget_has_css_class (to, "error"));
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "3 of 5 gains");
  gtk_editable_set_text (GTK_EDITABLE (to), "2026-11-03");
  g_assert_false (gtk_widget_has_css_class (to, "error"));
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "2 of 5 gains");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.clear-filters", NULL));
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "5 gains");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (from)), ==, "");

  fixture_close (&fixture);
}

static void
test_sorting (void)
{
  Fixture fixture;
  GtkColumnView *view;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) title_column = NULL;
  g_autoptr(GtkColumnViewColumn) impact_column = NULL;
  g_autoptr(GtkColumnViewColumn) team_column = NULL;

  fixture_open (&fixture, 1000, 700);
  view = GTK_COLUMN_VIEW (find (fixture.page, GTK_TYPE_COLUMN_VIEW, NULL));
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);

  /* Newest first by default. */
  g_assert_cmpstr (kin_gain_get_date (shown_gain (&fixture, 0)), ==, "2026-11-10");
  g_assert_cmpstr (kin_gain_get_date (shown_gain (&fixture, 4)), ==, "2026-08-20");

  title_column = g_list_model_get_item (columns, 1);
  g_assert_cmpstr (gtk_column_view_column_get_title (title_column), ==, "Title");
  gtk_column_view_sort_by_column (view, title_column, GTK_SORT_ASCENDING);
  g_assert_cmpstr (kin_gain_get_title (shown_gain (&fixture, 0)), ==,
                   "Arrears emails say where to get support");
  g_assert_cmpstr (kin_gain_get_title (shown_gain (&fixture, 4)), ==,
                   "Text reminders the day before a repair");

  impact_column = g_list_model_get_item (columns, 4);
  gtk_column_view_sort_by_column (view, impact_column, GTK_SORT_DESCENDING);
  g_assert_cmpint (kin_gain_get_impact (shown_gain (&fixture, 0)), ==, 5);
  g_assert_cmpint (kin_gain_get_impact (shown_gain (&fixture, 4)), ==, 2);

  /* An edit moves the gain to its new place. */
  {
    KinGain *lowest = shown_gain (&fixture, 4);

    kin_project_set (fixture.project, lowest, "impact", 5, NULL);
    g_assert_cmpint (kin_gain_get_impact (shown_gain (&fixture, 4)), ==, 3);
  }

  team_column = g_list_model_get_item (columns, 2);
  gtk_column_view_sort_by_column (view, team_column, GTK_SORT_ASCENDING);
  g_assert_cmpstr (kin_gain_get_team (shown_gain (&fixture, 0)), ==, "Income");
  g_assert_cmpstr (kin_gain_get_team (shown_gain (&fixture, 4)), ==, "Repairs");

  fixture_close (&fixture);
}

static void
test_drop_and_delete (void)
{
  Fixture fixture;
  KinGain *gain;
  AdwMessageDialog *dialog;

  fixture_open (&fixture, 1000, 700);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.drop", NULL) &&
                  kin_project_can_undo (fixture.project));

  /* Dropping keeps the gain in the list, with a new status and time. */
  gain = shown_gain (&fixture, 1);
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Text reminders the day before a repair");
  select_gain (&fixture, gain);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.drop", NULL));
  g_assert_cmpint (kin_gain_get_status (gain), ==, KIN_GAIN_STATUS_DROPPED);
  g_assert_cmpstr (kin_gain_get_modified (gain), !=, "2026-01-01T09:00:00Z");
  g_assert_cmpuint (n_shown (&fixture), ==, 5);
  g_assert_cmpstr (kin_project_get_undo_label (fixture.project), ==, "Drop Gain");
  g_assert_cmpuint (kin_history_get_n_undo (kin_project_get_history (fixture.project)), ==, 1);

  /* The toast's Undo puts status and time back together. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.undo", NULL));
  g_assert_cmpint (kin_gain_get_status (gain), ==, KIN_GAIN_STATUS_TRYING);
  g_assert_cmpstr (kin_gain_get_modified (gain), ==, "2026-01-01T09:00:00Z");

  /* Deleting asks first; cancelling changes nothing. */
  select_gain (&fixture, gain);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.delete", NULL));
  kin_test_iterate (20);
  dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete Gain?");
  adw_message_dialog_response (dialog, "cancel");
  kin_test_iterate (20);
  g_assert_cmpuint (n_gains (&fixture), ==, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.delete", NULL));
  kin_test_iterate (20);
  dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_object_ref (gain);
  adw_message_dialog_response (dialog, "delete");
  kin_test_iterate (20);
  g_assert_cmpuint (n_gains (&fixture), ==, 4);
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "4 gains");
  g_assert_null (kin_project_lookup (fixture.project, KIN_TYPE_GAIN, kin_object_get_id (KIN_OBJECT (gain))));
  g_assert_cmpstr (kin_project_get_undo_label (fixture.project), ==, "Delete Gain");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.undo", NULL));
  g_assert_cmpuint (n_gains (&fixture), ==, 5);
  g_assert_true (kin_project_lookup (fixture.project, KIN_TYPE_GAIN,
                                     kin_object_get_id (KIN_OBJECT (gain))) == gain);
  g_object_unref (gain);

  fixture_close (&fixture);
}

static void
test_editor (void)
{
  Fixture fixture;
  GtkColumnView *view;
  GtkWidget *editor;
  KinGain *gain;
  KinHistory *history;
  GtkWidget *chip;
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);

  fixture_open (&fixture, 1000, 700);
  history = kin_project_get_history (fixture.project);
  view = GTK_COLUMN_VIEW (find (fixture.page, GTK_TYPE_COLUMN_VIEW, NULL));

  /* Activating a row (double-click or Enter) opens its gain. */
  gain = shown_gain (&fixture, 2);
  g_signal_emit_by_name (view, "activate", 2);
  editor = kin_gains_page_get_editor (fixture.page);
  g_assert_nonnull (editor);
  g_assert_true (kin_gain_editor_get_gain (KIN_GAIN_EDITOR (editor)) == gain);
  kin_test_wait_for_frame (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (editor, ADW_TYPE_ENTRY_ROW, "title-row"))),
                   ==, kin_gain_get_title (gain));

  /* Typed text lands when applied, with a new modified time, as one step. */
  gtk_editable_set_text (GTK_EDITABLE (find (editor, ADW_TYPE_ENTRY_ROW, "title-row")),
                         "Contractors briefed on our standards before void visits");
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Contractors briefed before void visits");
  kin_gain_editor_commit (KIN_GAIN_EDITOR (editor));
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Contractors briefed on our standards before void visits");
  g_assert_cmpstr (kin_gain_get_modified (gain), !=, "2026-01-01T09:00:00Z");
  g_assert_cmpuint (kin_history_get_n_undo (history), ==, 1);
  g_assert_true (kin_project_undo (fixture.project));
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Contractors briefed before void visits");
  g_assert_cmpstr (kin_gain_get_modified (gain), ==, "2026-01-01T09:00:00Z");
  /* The editor follows undo. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (editor, ADW_TYPE_ENTRY_ROW, "title-row"))),
                   ==, "Contractors briefed before void visits");

  /* A new team becomes the one quick add uses next. */
  gtk_editable_set_text (GTK_EDITABLE (find (editor, ADW_TYPE_ENTRY_ROW, "team-row")), "Voids");
  gtk_editable_set_text (GTK_EDITABLE (find (editor, ADW_TYPE_ENTRY_ROW, "who-row")), "Morgan");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find (editor, GTK_TYPE_TEXT_VIEW, "evidence-view"))),
                            "No complaints from the last 20 void visits\nSurvey score up", -1);
  kin_gain_editor_commit (KIN_GAIN_EDITOR (editor));
  g_assert_cmpstr (kin_gain_get_team (gain), ==, "Voids");
  g_assert_cmpstr (kin_gain_get_who (gain), ==, "Morgan");
  g_assert_cmpstr (kin_gain_get_evidence (gain), ==, "No complaints from the last 20 void visits\nSurvey score up");
  {
    g_autofree char *last_team = g_settings_get_string (settings, "last-gain-team");

    g_assert_cmpstr (last_team, ==, "Voids");
  }

  /* Choices apply at once. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find (editor, GTK_TYPE_SPIN_BUTTON, "impact-spin")), 5);
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 5);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (editor, ADW_TYPE_COMBO_ROW, "status-row")),
                              KIN_GAIN_STATUS_ADOPTED);
  g_assert_cmpint (kin_gain_get_status (gain), ==, KIN_GAIN_STATUS_ADOPTED);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (editor, ADW_TYPE_COMBO_ROW, "effort-row")),
                              KIN_EFFORT_LARGE);
  g_assert_cmpint (kin_gain_get_effort (gain), ==, KIN_EFFORT_LARGE);

  /* Chips: principle "Make things effortless" added after "Respect", in
   * the project's order; a measure code. */
  chip = gtk_widget_get_first_child (gtk_widget_get_next_sibling (
           gtk_widget_get_first_child (find (editor, GTK_TYPE_FLOW_BOX, "principles-box"))));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (chip));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), TRUE);
  g_assert_cmpstrv (kin_gain_get_principles (gain), ((const char *[]) { "p-respect", "p-effortless", NULL }));
  chip = gtk_widget_get_first_child (gtk_widget_get_first_child (find (editor, GTK_TYPE_FLOW_BOX, "tsm-box")));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), TRUE);
  g_assert_cmpstrv (kin_gain_get_tsm (gain), ((const char *[]) { "TP01", NULL }));
  chip = gtk_widget_get_first_child (gtk_widget_get_first_child (find (editor, GTK_TYPE_FLOW_BOX, "standards-box")));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), TRUE);
  g_assert_cmpstrv (kin_gain_get_standards (gain), ((const char *[]) { "s-call-back", NULL }));

  /* The calendar sets the date. */
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 10, 1, 12, 0, 0);

    gtk_calendar_select_day (GTK_CALENDAR (find (editor, GTK_TYPE_CALENDAR, "calendar")), day);
    g_assert_cmpstr (kin_gain_get_date (gain), ==, "2026-10-01");
  }

  /* The list shows the edits. */
  g_assert_cmpstr (kin_gain_get_team (shown_gain (&fixture, 2)), ==, "Voids");

  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 900);
  kin_test_iterate (100);
  kin_test_screenshot (editor, "gains-editor-360");

  /* And its chips, further down. */
  {
    GtkWidget *scrolled = find (editor, GTK_TYPE_SCROLLED_WINDOW, NULL);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    kin_test_iterate (100);
    kin_test_screenshot (editor, "gains-editor-360-chips");
  }

  gtk_window_close (GTK_WINDOW (editor));
  kin_test_iterate (20);
  g_assert_null (kin_gains_page_get_editor (fixture.page));

  fixture_close (&fixture);
}

static void
wait_for_message (Fixture    *fixture,
                  const char *prefix)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!g_str_has_prefix (kin_gains_page_get_last_message (fixture->page) ?
                            kin_gains_page_get_last_message (fixture->page) : "", prefix))
    {
      if (g_get_monotonic_time () > deadline)
        g_assert_cmpstr (kin_gains_page_get_last_message (fixture->page), ==, prefix);
      kin_test_iterate (10);
    }
}

static void
close_message_dialog (void)
{
  AdwMessageDialog *dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "close");
  kin_test_iterate (20);
}

static void
test_csv_and_merge (void)
{
  Fixture fixture;
  g_autofree char *shown_path = g_build_filename (tmpdir, "shown.csv", NULL);
  g_autofree char *all_path = g_build_filename (tmpdir, "all.csv", NULL);
  g_autofree char *bad_path = g_build_filename (tmpdir, "bad.csv", NULL);
  g_autofree char *other_path = g_build_filename (tmpdir, "other.kindling", NULL);
  g_autoptr(GFile) shown_file = g_file_new_for_path (shown_path);
  g_autoptr(GFile) all_file = g_file_new_for_path (all_path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autofree char *contents = NULL;
  g_autoptr(KinProject) other = NULL;
  g_autoptr(GError) error = NULL;

  fixture_open (&fixture, 1000, 700);

  /* Export writes what the list shows. */
  kin_gains_page_export_csv (fixture.page, all_file);
  wait_for_message (&fixture, "Exported 5 gains");
  gtk_editable_set_text (GTK_EDITABLE (find (fixture.page, GTK_TYPE_SEARCH_ENTRY, "search-entry")),
                         "repairs");
  wait_for_count (&fixture, "2 of 5 gains");
  kin_gains_page_export_csv (fixture.page, shown_file);
  wait_for_message (&fixture, "Exported 2 gains");
  g_assert_true (g_file_get_contents (shown_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfid,date,title,team,who,"));
  g_assert_nonnull (strstr (contents, "Text reminders the day before a repair"));
  g_assert_null (strstr (contents, "Arrears"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.clear-filters", NULL));

  /* Importing what is already there skips it all. */
  kin_gains_page_import_csv (fixture.page, all_file);
  wait_for_message (&fixture, "Added 0 gains, skipped 5 duplicates");
  g_assert_cmpuint (n_gains (&fixture), ==, 5);

  /* A deleted gain comes back from the spreadsheet, as one undo step. */
  kin_project_remove (fixture.project, kin_project_get_gains (fixture.project), 0);
  kin_gains_page_import_csv (fixture.page, all_file);
  wait_for_message (&fixture, "Added 1 gain, skipped 4 duplicates");
  g_assert_cmpuint (n_gains (&fixture), ==, 5);
  g_assert_cmpstr (kin_project_get_undo_label (fixture.project), ==, "Import Gains");

  /* A bad file says where it is wrong and changes nothing. */
  g_assert_true (g_file_set_contents (bad_path,
                                      "id,date,title,team,who,before,change,principles,standards,"
                                      "tsm,impact,effort,evidence,status,created,modified\n"
                                      ",2026-11-20,\"Unfinished,Repairs,Kim,,,,,,3,small,,adopted,,\n",
                                      -1, NULL));
  kin_gains_page_import_csv (fixture.page, bad_file);
  wait_for_message (&fixture, "Could Not Import Gains");
  g_assert_nonnull (strstr (kin_gains_page_get_last_message (fixture.page), "bad.csv:2:"));
  close_message_dialog ();
  g_assert_cmpuint (n_gains (&fixture), ==, 5);

  /* Merging another champion's file: one new gain, one they changed later. */
  other = create_project ();
  {
    g_autoptr(KinGain) theirs = g_list_model_get_item (kin_project_get_gains (other), 1);

    kin_gain_set_evidence (theirs, "Contractors now ask for the standards themselves");
    kin_gain_set_modified (theirs, "2026-11-20T10:00:00Z");
  }
  add_gain (other, "2026-11-21", "Named contact for every complaint", "Complaints", "Lee", 4,
            KIN_GAIN_STATUS_ADOPTED);
  g_assert_true (kin_project_save_file (other, other_file, NULL, &error));
  g_assert_no_error (error);

  kin_gains_page_merge_file (fixture.page, other_file);
  wait_for_message (&fixture, "1 added, 1 updated, 4 unchanged");
  g_assert_cmpuint (n_gains (&fixture), ==, 6);
  g_assert_cmpstr (kin_gains_page_get_count_text (fixture.page), ==, "6 gains");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "gains.undo", NULL));
  g_assert_cmpuint (n_gains (&fixture), ==, 5);

  fixture_close (&fixture);
}

static void
check_file_starts_with (GFile      *file,
                        const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpuint (length, >, strlen (magic));
  g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
}

static void
test_progress (void)
{
  Fixture fixture;
  KinGainsProgress *progress;
  const KinGainStats *stats;

  fixture_open (&fixture, 1100, 900);
  progress = KIN_GAINS_PROGRESS (find (fixture.page, KIN_TYPE_GAINS_PROGRESS, NULL));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find (fixture.page, ADW_TYPE_VIEW_STACK, NULL)),
                                         "progress");
  kin_gains_progress_set_range (progress, KIN_GAINS_RANGE_ALL, KIN_GAIN_PERIOD_MONTH);

  stats = kin_gains_progress_get_stats (progress);
  g_assert_nonnull (stats);
  g_assert_cmpuint (stats->n_wins, ==, 4);
  g_assert_cmpuint (stats->n_dropped, ==, 1);
  g_assert_cmpuint (stats->n_contributors, ==, 4);
  g_assert_cmpstr (kin_gains_progress_get_summary (progress), ==,
                   "4 wins by 4 people. 1 dropped gain stays in the log but is not counted as a win.");

  /* The charts follow edits. */
  add_gain (fixture.project, "2026-11-12", "Repair slots offered by text", "Repairs", "Sam", 4,
            KIN_GAIN_STATUS_ADOPTED);
  kin_test_iterate (50);
  g_assert_cmpuint (kin_gains_progress_get_stats (progress)->n_wins, ==, 5);
  g_assert_cmpstr (kin_gains_progress_get_summary (progress), ==,
                   "5 wins by 4 people. 1 dropped gain stays in the log but is not counted as a win.");

  kin_test_screenshot (fixture.window, "gains-progress");

  /* Every chart exports to every format. */
  for (int kind = 0; kind < KIN_GAIN_CHART_N_KINDS; kind++)
    {
      static const struct { const char *extension; const char *magic; } formats[] = {
        { "png", "\x89PNG" }, { "svg", "<?xml" }, { "pdf", "%PDF" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        {
          g_autofree char *name = g_strdup_printf ("chart-%d.%s", kind, formats[i].extension);
          g_autofree char *path = g_build_filename (tmpdir, name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;

          g_assert_true (kin_gains_progress_export (progress, kind, file, &error));
          g_assert_no_error (error);
          check_file_starts_with (file, formats[i].magic);
        }
    }

  fixture_close (&fixture);
}

static void
test_screenshots (void)
{
  Fixture fixture;
  AdwStyleManager *style = adw_style_manager_get_default ();

  fixture_open (&fixture, 1000, 640);
  select_gain (&fixture, shown_gain (&fixture, 1));
  kin_test_screenshot (fixture.window, "gains-list");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_iterate (100);
  kin_test_screenshot (fixture.window, "gains-list-dark");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find (fixture.page, ADW_TYPE_VIEW_STACK, NULL)),
                                         "progress");
  kin_test_iterate (100);
  kin_test_screenshot (fixture.window, "gains-progress-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  fixture_close (&fixture);

  fixture_open (&fixture, 360, 700);
  g_assert_cmpint (gtk_widget_get_width (fixture.window), <=, 400);
  kin_test_screenshot (fixture.window, "gains-list-360");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find (fixture.page, ADW_TYPE_VIEW_STACK, NULL)),
                                         "progress");
  kin_test_iterate (100);
  kin_test_screenshot (fixture.window, "gains-progress-360");
  fixture_close (&fixture);
}

static void
test_no_project (void)
{
  KinGainsPage *page = g_object_new (KIN_TYPE_GAINS_PAGE, NULL);

  g_object_ref_sink (page);
  g_assert_null (kin_gains_page_get_project (page));
  g_assert_null (kin_gains_page_quick_add (page));
  g_assert_cmpstr (kin_gains_page_get_count_text (page), ==, "0 gains");
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestGains", &tmpdir);

  g_test_add_func ("/gains-page/no-project", test_no_project);
  g_test_add_func ("/gains-page/quick-add", test_quick_add);
  g_test_add_func ("/gains-page/search", test_search);
  g_test_add_func ("/gains-page/filters", test_filters);
  g_test_add_func ("/gains-page/sorting", test_sorting);
  g_test_add_func ("/gains-page/drop-and-delete", test_drop_and_delete);
  g_test_add_func ("/gains-page/editor", test_editor);
  g_test_add_func ("/gains-page/csv-and-merge", test_csv_and_merge);
  g_test_add_func ("/gains-page/progress", test_progress);
  g_test_add_func ("/gains-page/screenshots", test_screenshots);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
