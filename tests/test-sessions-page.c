/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-action-row.h"
#include "kin-agenda-editor.h"
#include "kin-agenda-row.h"
#include "kin-application.h"
#include "kin-columns.h"
#include "kin-date-button.h"
#include "kin-model.h"
#include "kin-sessions-page.h"
#include "kin-test-sessions.h"
#include "kin-test-util.h"
#include "kin-undo-toast.h"
#include "kin-window.h"

static KinApplication *app;
static char *tmpdir;

/* The starter session runs 10, 15, 25, 10, 20, 15 and 10 minutes from 10:00. */
static const char * const starter_times[] = {
  "10:00", "10:10", "10:25", "10:50", "11:00", "11:20", "11:35",
};

/* Helpers ----------------------------------------------------------------- */

/* Types a time into @row and presses Enter. */
static void
type_time (GtkWidget  *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Tests ------------------------------------------------------------------- */

static void
test_time_normalizing (void)
{
  static const struct { const char *typed; const char *time; } cases[] = {
    { "09:30", "09:30" }, { "9:30", "09:30" }, { " 9.30 ", "09:30" }, { "9h30", "09:30" },
    { "930", "09:30" }, { "0930", "09:30" }, { "9", "09:00" }, { "23:59", "23:59" },
    { "0", "00:00" }, { "", "" }, { "   ", "" },
    { "24:00", NULL }, { "9:75", NULL }, { "9:5", NULL }, { "10:", NULL }, { "abc", NULL },
    { "12345", NULL }, { "1:2:3", NULL }, { "-1", NULL }, { "9:3O", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *time = kin_session_editor_normalize_time (cases[i].typed);

      g_assert_cmpstr (time, ==, cases[i].time);
    }
}

static void
test_empty_state (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1000, 700);
  guint notified = 0;
  g_autofree char *today = kin_date_today ();
  KinSession *added;

  g_signal_connect (page, "notify::selected-session", G_CALLBACK (notify_count_cb), &notified);

  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");
  g_assert_nonnull (kin_test_find_actionable (GTK_WIDGET (page), "sessions.add"));
  g_assert_null (kin_sessions_page_get_selected_session (page));
  kin_test_screenshot (GTK_WIDGET (page), "sessions-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_cmpuint (kin_test_n_sessions (project), ==, 1);
  added = kin_test_session_at (project, 0);
  g_assert_true (kin_sessions_page_get_selected_session (page) == added);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (kin_session_get_title (added), ==, "New Session");
  g_assert_cmpstr (kin_session_get_date (added), ==, today);
  g_assert_cmpstr (kin_session_get_start (added), ==, "10:00");
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "sessions");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Session");

  /* A new session has no agenda yet, and says how to start one. */
  g_assert_cmpuint (kin_test_n_rows (kin_test_agenda_list (page)), ==, 0);
  g_assert_true (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "agenda-empty"));
  g_assert_false (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "agenda-summary"));
  g_assert_true (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "captures-empty"));
  kin_test_screenshot (GTK_WIDGET (page), "sessions-new");

  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (kin_test_n_sessions (project), ==, 0);
  g_assert_null (kin_sessions_page_get_selected_session (page));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");

  /* No project: nothing can be added. */
  kin_sessions_page_set_project (page, NULL);
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL);
  g_assert_cmpuint (kin_test_n_sessions (project), ==, 0);

  kin_test_close_page (page);
}

static void
test_starter (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  GtkWidget *present = kin_test_find_actionable (GTK_WIDGET (page), "win.present");
  GtkWidget *sessions_list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "sessions-list");

  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "sessions");
  g_assert_cmpuint (kin_test_n_rows (sessions_list), ==, kin_test_n_sessions (project));
  g_assert_true (kin_sessions_page_get_selected_session (page) == session);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_test_find_entry_row (GTK_WIDGET (page), "session-title"))),
                   ==, "Champions group - November");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_test_find_entry_row (GTK_WIDGET (page), "session-start"))),
                   ==, "10:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_test_find_entry_row (GTK_WIDGET (page), "session-facilitator"))),
                   ==, "Hannah J.");
  g_assert_cmpstr (kin_date_button_get_date (KIN_DATE_BUTTON (kin_test_find_widget (GTK_WIDGET (page),
                                                                                    KIN_TYPE_DATE_BUTTON,
                                                                                    "session-date"))),
                   ==, "2026-11-26");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "session-heading"), ==, "Champions group - November");

  /* One row per item, each with the time it starts. */
  g_assert_cmpuint (kin_test_n_rows (kin_test_agenda_list (page)), ==, G_N_ELEMENTS (starter_times));
  for (guint i = 0; i < G_N_ELEMENTS (starter_times); i++)
    {
      g_assert_cmpstr (kin_test_start_text (page, i), ==, starter_times[i]);
      g_assert_false (kin_agenda_row_get_next_day (kin_test_agenda_row (page, i)));
      g_assert_true (kin_agenda_row_get_item (kin_test_agenda_row (page, i)) == kin_test_item_at (session, i));
    }
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (kin_test_agenda_row (page, 2)), "agenda-title"), ==,
                   "Conversation cards: living our principles");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (kin_test_agenda_row (page, 2)), "agenda-minutes"), ==, "25 min");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "agenda-summary"), ==, "Total 105 minutes · Ends at 11:45");
  g_assert_false (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));

  /* The first item is in the item editor. */
  g_assert_true (kin_agenda_editor_get_selected (kin_test_agenda_editor (page)) == kin_test_item_at (session, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_test_find_entry_row (GTK_WIDGET (page), "item-title"))),
                   ==, kin_agenda_item_get_title (kin_test_item_at (session, 0)));

  /* The Present button belongs to the window's presenting action. */
  g_assert_nonnull (present);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (present), ==, "Present (F5)");
  g_assert_true (gtk_widget_has_css_class (present, "suggested-action"));

  /* On a wide page the item editor, actions and captures are beside the
   * agenda. */
  g_assert_true (kin_columns_get_side_by_side (KIN_COLUMNS (kin_test_find_widget (GTK_WIDGET (page), KIN_TYPE_COLUMNS,
                                                                                  "session-columns"))));

  /* The starter's one action is listed. */
  g_assert_nonnull (kin_test_find_widget (GTK_WIDGET (page), KIN_TYPE_ACTION_ROW, NULL));

  kin_test_screenshot (GTK_WIDGET (page), "sessions-starter");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot (GTK_WIDGET (page), "sessions-starter-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  kin_test_close_page (page);
}

static void
test_edit_title (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  GtkWidget *title = kin_test_find_entry_row (GTK_WIDGET (page), "session-title");
  GtkWidget *facilitator = kin_test_find_entry_row (GTK_WIDGET (page), "session-facilitator");
  guint undo_before = kin_test_n_undo (project);

  gtk_editable_set_text (GTK_EDITABLE (title), "C");
  gtk_editable_set_text (GTK_EDITABLE (title), "Ch");
  gtk_editable_set_text (GTK_EDITABLE (title), "Champions <December> & more");
  g_assert_cmpstr (kin_session_get_title (session), ==, "Champions <December> & more");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "session-heading"), ==, "Champions <December> & more");

  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_session_get_title (session), ==, "Champions group - November");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Champions group - November");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "session-heading"), ==, "Champions group - November");

  gtk_editable_set_text (GTK_EDITABLE (facilitator), "Ollie");
  g_assert_cmpstr (kin_session_get_facilitator (session), ==, "Ollie");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (facilitator)), ==, "Hannah J.");

  /* The calendar sets the date. */
  kin_date_button_pick (KIN_DATE_BUTTON (kin_test_find_widget (GTK_WIDGET (page), KIN_TYPE_DATE_BUTTON,
                                                               "session-date")),
                        "2026-12-17");
  g_assert_cmpstr (kin_session_get_date (session), ==, "2026-12-17");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Date");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_session_get_date (session), ==, "2026-11-26");

  kin_test_close_page (page);
}

static void
test_times (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  GtkWidget *start = kin_test_find_entry_row (GTK_WIDGET (page), "session-start");
  GtkWidget *end = kin_test_find_entry_row (GTK_WIDGET (page), "session-end");
  guint undo_before;

  /* A time written another way is read and shown the usual way. */
  type_time (start, "9.30");
  g_assert_cmpstr (kin_session_get_start (session), ==, "09:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "09:30");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Start Time");
  g_assert_cmpstr (kin_test_start_text (page, 0), ==, "09:30");
  g_assert_cmpstr (kin_test_start_text (page, 2), ==, "09:55");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "agenda-summary"), ==, "Total 105 minutes · Ends at 11:15");

  /* A time that cannot be read is explained and changes nothing. */
  undo_before = kin_test_n_undo (project);
  type_time (start, "9:75");
  g_assert_cmpstr (kin_session_get_start (session), ==, "09:30");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before);
  g_assert_true (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "time-error"), ==,
                   "The start time “9:75” is not a time of day. Write it as HH:MM, for example 09:30.");
  g_assert_true (gtk_widget_has_css_class (start, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "9:75");
  kin_test_screenshot (GTK_WIDGET (page), "sessions-time-error");

  /* Correcting it takes the error away as soon as it reads as a time. */
  gtk_editable_set_text (GTK_EDITABLE (start), "10:0");
  g_assert_true (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  gtk_editable_set_text (GTK_EDITABLE (start), "10:00");
  g_assert_false (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_signal_emit_by_name (start, "entry-activated");
  g_assert_cmpstr (kin_session_get_start (session), ==, "10:00");

  /* Leaving the field applies what was typed. */
  gtk_widget_grab_focus (start);
  gtk_editable_set_text (GTK_EDITABLE (start), "1000");
  gtk_widget_grab_focus (kin_test_find_entry_row (GTK_WIDGET (page), "session-facilitator"));
  kin_test_iterate (20);
  g_assert_cmpstr (kin_session_get_start (session), ==, "10:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "10:00");

  /* Finishing too early warns how far the agenda runs over. */
  g_assert_null (kin_session_get_end (session));
  type_time (end, "11:30");
  g_assert_cmpstr (kin_session_get_end (session), ==, "11:30");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Finish Time");
  g_assert_true (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));
  g_assert_cmpstr (kin_test_label_text (kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"), NULL),
                   ==, "The agenda runs 15 minutes past 11:30");
  /* The field's title settles after a short animation. */
  kin_test_iterate (300);
  kin_test_screenshot (GTK_WIDGET (page), "sessions-overrun");

  /* Shortening an item by 14 minutes leaves one minute over. */
  kin_project_set (project, kin_test_item_at (session, 2), "minutes", 11, NULL);
  g_assert_cmpstr (kin_test_label_text (kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"), NULL),
                   ==, "The agenda runs 1 minute past 11:30");
  g_assert_cmpstr (kin_test_start_text (page, 3), ==, "10:36");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_test_start_text (page, 3), ==, "10:50");

  /* When it fits, the warning goes. */
  type_time (end, "12:00");
  g_assert_false (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "11:30");

  /* A bad finish time is explained too; an empty one is no finish time. */
  type_time (end, "half eleven");
  g_assert_cmpstr (kin_session_get_end (session), ==, "11:30");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "time-error"), ==,
                   "The finish time “half eleven” is not a time of day. Write it as HH:MM, "
                   "for example 16:30, or leave it empty.");
  type_time (end, "");
  g_assert_null (kin_session_get_end (session));
  g_assert_false (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  g_assert_false (kin_test_widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));

  /* Past midnight the rows say so. */
  type_time (start, "23:30");
  g_assert_cmpstr (kin_test_start_text (page, 2), ==, "23:55");
  g_assert_false (kin_agenda_row_get_next_day (kin_test_agenda_row (page, 2)));
  g_assert_cmpstr (kin_test_start_text (page, 3), ==, "00:20");
  g_assert_true (kin_agenda_row_get_next_day (kin_test_agenda_row (page, 3)));
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (kin_test_agenda_row (page, 3)), "agenda-next-day"), ==, "+1 day");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "agenda-summary"), ==,
                   "Total 105 minutes · Ends at 01:15 the next day");
  kin_test_screenshot (GTK_WIDGET (page), "sessions-midnight");

  /* With no start time, the rows have no times but the total stays. */
  type_time (start, "");
  g_assert_cmpstr (kin_session_get_start (session), ==, "");
  g_assert_cmpstr (kin_test_start_text (page, 0), ==, "–");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "agenda-summary"), ==,
                   "Total 105 minutes · Set a start time to see when each item starts");

  kin_test_close_page (page);
}

static void
test_sessions_list (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *original = kin_test_session_at (project, 0);
  g_autoptr(KinCapture) capture = kin_capture_new ();
  KinSession *copy;
  KinCapture *copied_capture;
  GtkWidget *sessions_list;
  AdwToast *toast;

  kin_capture_set_item (capture, kin_object_get_id (KIN_OBJECT (kin_test_item_at (original, 2))));
  kin_capture_set_text (capture, "Respect means calling back when we said we would");
  kin_project_append (project, kin_session_get_captures (original), capture);

  /* Duplicate: a deep copy with new ids, right after the original. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.duplicate", NULL));
  g_assert_cmpuint (kin_test_n_sessions (project), ==, 2);
  copy = kin_test_session_at (project, 1);
  g_assert_true (kin_sessions_page_get_selected_session (page) == copy);
  g_assert_cmpstr (kin_session_get_title (copy), ==, "Champions group - November (copy)");
  g_assert_cmpstr (kin_session_get_date (copy), ==, kin_session_get_date (original));
  g_assert_cmpstr (kin_session_get_start (copy), ==, "10:00");
  g_assert_cmpstr (kin_session_get_facilitator (copy), ==, "Hannah J.");
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (copy)), !=, kin_object_get_id (KIN_OBJECT (original)));
  g_assert_cmpuint (kin_test_n_items (copy), ==, kin_test_n_items (original));
  for (guint i = 0; i < kin_test_n_items (copy); i++)
    {
      g_assert_true (kin_test_item_at (copy, i) != kin_test_item_at (original, i));
      g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (kin_test_item_at (copy, i))), !=,
                       kin_object_get_id (KIN_OBJECT (kin_test_item_at (original, i))));
      g_assert_cmpstr (kin_agenda_item_get_title (kin_test_item_at (copy, i)), ==,
                       kin_agenda_item_get_title (kin_test_item_at (original, i)));
      g_assert_cmpstr (kin_agenda_item_get_ref (kin_test_item_at (copy, i)), ==,
                       kin_agenda_item_get_ref (kin_test_item_at (original, i)));
    }
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_actions (copy)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_captures (copy)), ==, 1);
  copied_capture = g_list_model_get_item (kin_session_get_captures (copy), 0);
  g_object_unref (copied_capture);
  g_assert_true (copied_capture != capture);
  g_assert_cmpstr (kin_capture_get_item (copied_capture), ==, kin_object_get_id (KIN_OBJECT (kin_test_item_at (copy, 2))));
  g_assert_nonnull (kin_project_lookup (project, KIN_TYPE_AGENDA_ITEM,
                                        kin_object_get_id (KIN_OBJECT (kin_test_item_at (copy, 0)))));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Duplicate Session");
  /* The editor shows the copy. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_test_find_entry_row (GTK_WIDGET (page), "session-title"))),
                   ==, "Champions group - November (copy)");
  g_assert_true (kin_agenda_row_get_item (kin_test_agenda_row (page, 0)) == kin_test_item_at (copy, 0));

  /* Editing the copy leaves the original alone. */
  kin_project_set (project, kin_test_item_at (copy, 0), "title", "Welcome back", NULL);
  g_assert_cmpstr (kin_agenda_item_get_title (kin_test_item_at (original, 0)), !=, "Welcome back");

  /* Delete, with the neighbour selected and an undo toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.delete", NULL));
  g_assert_cmpuint (kin_test_n_sessions (project), ==, 1);
  g_assert_true (kin_sessions_page_get_selected_session (page) == original);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Session");
  toast = kin_undo_toast_get_current (kin_test_find_widget (GTK_WIDGET (page), ADW_TYPE_TOAST_OVERLAY, NULL));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Session deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (kin_test_n_sessions (project), ==, 2);
  g_assert_true (kin_test_session_at (project, 1) == copy);

  sessions_list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "sessions-list");
  g_assert_true (kin_test_has_shortcut (sessions_list, "Delete", "sessions.delete", -1));

  kin_test_close_page (page);
}

static void
test_narrow (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 360, 720);
  AdwLeaflet *leaflet = ADW_LEAFLET (kin_test_find_widget (GTK_WIDGET (page), ADW_TYPE_LEAFLET, NULL));
  GtkWidget *editor = GTK_WIDGET (kin_sessions_page_get_editor (page));
  GtkWidget *sessions_list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "sessions-list");
  GtkWidget *present;
  graphene_rect_t bounds;

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  kin_test_iterate (500);
  g_assert_false (gtk_widget_is_ancestor (editor, adw_leaflet_get_visible_child (leaflet)));
  kin_test_screenshot (GTK_WIDGET (page), "sessions-narrow-list");

  /* Choosing a session shows its editor, with a way back. */
  g_signal_emit_by_name (sessions_list, "row-activated", gtk_list_box_get_row_at_index (GTK_LIST_BOX (sessions_list), 0));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_iterate (500);
  g_assert_true (gtk_widget_is_ancestor (editor, adw_leaflet_get_visible_child (leaflet)));
  g_assert_true (gtk_widget_is_visible (kin_test_find_actionable (GTK_WIDGET (page), "sessions.show-list")));
  present = kin_test_find_actionable (GTK_WIDGET (page), "win.present");
  g_assert_true (gtk_widget_compute_bounds (present, GTK_WIDGET (page), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (kin_test_agenda_row (page, 0)), GTK_WIDGET (page), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
  g_assert_cmpstr (kin_test_start_text (page, 6), ==, "11:35");
  g_assert_false (kin_columns_get_side_by_side (KIN_COLUMNS (kin_test_find_widget (GTK_WIDGET (page), KIN_TYPE_COLUMNS,
                                                                                   "session-columns"))));
  kin_test_screenshot (GTK_WIDGET (page), "sessions-narrow-editor");

  /* Enter on an item takes the focus to its editor below, scrolled into
   * view. */
  g_signal_emit_by_name (kin_test_agenda_list (page), "row-activated", kin_test_agenda_row (page, 4));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_iterate (300);
  g_assert_true (kin_agenda_editor_get_selected (kin_test_agenda_editor (page)) == kin_test_item_at (kin_test_session_at (project, 0), 4));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (page))),
                                         kin_test_find_entry_row (editor, "item-title")));
  kin_test_screenshot (GTK_WIDGET (page), "sessions-narrow-item");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.show-list", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_false (gtk_widget_is_ancestor (editor, adw_leaflet_get_visible_child (leaflet)));

  kin_test_close_page (page);
}

static void
test_in_window (void)
{
  KinWindow *window = kin_test_open_starter_window (app, "sessions", 1280, 860);
  KinSessionsPage *page;

  page = KIN_SESSIONS_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_SESSIONS_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (kin_sessions_page_get_project (page) == kin_window_get_project (window));
  g_assert_nonnull (kin_sessions_page_get_selected_session (page));
  kin_test_screenshot (GTK_WIDGET (window), "window-sessions");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  kin_test_iterate (600);
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  kin_test_screenshot (GTK_WIDGET (window), "window-sessions-narrow");

  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestSessions", &tmpdir);

  g_test_add_func ("/sessions/time-normalizing", test_time_normalizing);
  g_test_add_func ("/sessions/empty-state", test_empty_state);
  g_test_add_func ("/sessions/starter", test_starter);
  g_test_add_func ("/sessions/edit-title", test_edit_title);
  g_test_add_func ("/sessions/times", test_times);
  g_test_add_func ("/sessions/sessions-list", test_sessions_list);
  g_test_add_func ("/sessions/narrow", test_narrow);
  g_test_add_func ("/sessions/in-window", test_in_window);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
