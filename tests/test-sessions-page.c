/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-action-list.h"
#include "kin-action-row.h"
#include "kin-agenda-editor.h"
#include "kin-agenda-row.h"
#include "kin-application.h"
#include "kin-capture-list.h"
#include "kin-columns.h"
#include "kin-date-button.h"
#include "kin-model.h"
#include "kin-sessions-page.h"
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

static KinSessionsPage *
show_page (KinProject *project,
           int         width,
           int         height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (KIN_TYPE_SESSIONS_PAGE, "project", project, NULL);

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (page);

  return KIN_SESSIONS_PAGE (page);
}

static void
close_page (KinSessionsPage *page)
{
  kin_test_destroy_window (gtk_widget_get_root (GTK_WIDGET (page)));
}

static KinSession *
session_at (KinProject *project,
            guint       index)
{
  g_autoptr(KinSession) session = g_list_model_get_item (kin_project_get_sessions (project), index);

  /* The project keeps it alive. */
  return session;
}

static guint
n_sessions (KinProject *project)
{
  return g_list_model_get_n_items (kin_project_get_sessions (project));
}

static KinAgendaItem *
item_at (KinSession *session,
         guint       index)
{
  g_autoptr(KinAgendaItem) item = g_list_model_get_item (kin_session_get_agenda (session), index);

  return item;
}

static guint
n_items (KinSession *session)
{
  return g_list_model_get_n_items (kin_session_get_agenda (session));
}

static guint
n_undo (KinProject *project)
{
  return kin_history_get_n_undo (kin_project_get_history (project));
}

static KinAgendaEditor *
agenda_editor (KinSessionsPage *page)
{
  return kin_session_editor_get_agenda_editor (kin_sessions_page_get_editor (page));
}

static GtkWidget *
agenda_list (KinSessionsPage *page)
{
  return kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "agenda-list");
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;

  return n;
}

static KinAgendaRow *
agenda_row (KinSessionsPage *page,
            guint            index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (agenda_list (page)), index);

  g_assert_nonnull (row);
  return KIN_AGENDA_ROW (row);
}

static const char *
start_text (KinSessionsPage *page,
            guint            index)
{
  return kin_agenda_row_get_start_text (agenda_row (page, index));
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *name)
{
  GtkWidget *row = kin_test_find_widget (root, ADW_TYPE_ENTRY_ROW, name);

  g_assert_nonnull (row);
  return row;
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = kin_test_find_widget (root, GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
widget_shown (GtkWidget  *root,
              GType       type,
              const char *name)
{
  GtkWidget *widget = kin_test_find_widget (root, type, name);

  g_assert_nonnull (widget);
  return gtk_widget_is_visible (widget);
}

static const char *
visible_stack_child (KinSessionsPage *page)
{
  GtkWidget *stack = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_STACK, NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* Types a time into @row and presses Enter. */
static void
type_time (GtkWidget  *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
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

/* Whether @widget has a shortcut that runs @action for @trigger. */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) expected = gtk_shortcut_trigger_parse_string (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (shortcut_action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)), action) == 0 &&
              gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), expected))
            return TRUE;
        }
    }

  return FALSE;
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
  KinSessionsPage *page = show_page (project, 1000, 700);
  guint notified = 0;
  g_autofree char *today = kin_date_today ();
  KinSession *added;

  g_signal_connect (page, "notify::selected-session", G_CALLBACK (notify_count_cb), &notified);

  g_assert_cmpstr (visible_stack_child (page), ==, "empty");
  g_assert_nonnull (kin_test_find_actionable (GTK_WIDGET (page), "sessions.add"));
  g_assert_null (kin_sessions_page_get_selected_session (page));
  screenshot (GTK_WIDGET (page), "sessions-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_cmpuint (n_sessions (project), ==, 1);
  added = session_at (project, 0);
  g_assert_true (kin_sessions_page_get_selected_session (page) == added);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (kin_session_get_title (added), ==, "New Session");
  g_assert_cmpstr (kin_session_get_date (added), ==, today);
  g_assert_cmpstr (kin_session_get_start (added), ==, "10:00");
  g_assert_cmpstr (visible_stack_child (page), ==, "sessions");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Session");

  /* A new session has no agenda yet, and says how to start one. */
  g_assert_cmpuint (n_rows (agenda_list (page)), ==, 0);
  g_assert_true (widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "agenda-empty"));
  g_assert_false (widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "agenda-summary"));
  g_assert_true (widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "captures-empty"));
  screenshot (GTK_WIDGET (page), "sessions-new");

  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_sessions (project), ==, 0);
  g_assert_null (kin_sessions_page_get_selected_session (page));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (visible_stack_child (page), ==, "empty");

  /* No project: nothing can be added. */
  kin_sessions_page_set_project (page, NULL);
  g_assert_cmpstr (visible_stack_child (page), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL);
  g_assert_cmpuint (n_sessions (project), ==, 0);

  close_page (page);
}

static void
test_starter (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  GtkWidget *present = kin_test_find_actionable (GTK_WIDGET (page), "win.present");
  GtkWidget *sessions_list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "sessions-list");

  g_assert_cmpstr (visible_stack_child (page), ==, "sessions");
  g_assert_cmpuint (n_rows (sessions_list), ==, n_sessions (project));
  g_assert_true (kin_sessions_page_get_selected_session (page) == session);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (page), "session-title"))),
                   ==, "Champions group - November");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (page), "session-start"))),
                   ==, "10:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (page), "session-facilitator"))),
                   ==, "Hannah J.");
  g_assert_cmpstr (kin_date_button_get_date (KIN_DATE_BUTTON (kin_test_find_widget (GTK_WIDGET (page),
                                                                                    KIN_TYPE_DATE_BUTTON,
                                                                                    "session-date"))),
                   ==, "2026-11-26");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "session-heading"), ==, "Champions group - November");

  /* One row per item, each with the time it starts. */
  g_assert_cmpuint (n_rows (agenda_list (page)), ==, G_N_ELEMENTS (starter_times));
  for (guint i = 0; i < G_N_ELEMENTS (starter_times); i++)
    {
      g_assert_cmpstr (start_text (page, i), ==, starter_times[i]);
      g_assert_false (kin_agenda_row_get_next_day (agenda_row (page, i)));
      g_assert_true (kin_agenda_row_get_item (agenda_row (page, i)) == item_at (session, i));
    }
  g_assert_cmpstr (label_text (GTK_WIDGET (agenda_row (page, 2)), "agenda-title"), ==,
                   "Conversation cards: living our principles");
  g_assert_cmpstr (label_text (GTK_WIDGET (agenda_row (page, 2)), "agenda-minutes"), ==, "25 min");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "agenda-summary"), ==, "Total 105 minutes · Ends at 11:45");
  g_assert_false (widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));

  /* The first item is in the item editor. */
  g_assert_true (kin_agenda_editor_get_selected (agenda_editor (page)) == item_at (session, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (page), "item-title"))),
                   ==, kin_agenda_item_get_title (item_at (session, 0)));

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

  screenshot (GTK_WIDGET (page), "sessions-starter");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (GTK_WIDGET (page), "sessions-starter-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  close_page (page);
}

static void
test_edit_title (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  GtkWidget *title = find_entry_row (GTK_WIDGET (page), "session-title");
  GtkWidget *facilitator = find_entry_row (GTK_WIDGET (page), "session-facilitator");
  guint undo_before = n_undo (project);

  gtk_editable_set_text (GTK_EDITABLE (title), "C");
  gtk_editable_set_text (GTK_EDITABLE (title), "Ch");
  gtk_editable_set_text (GTK_EDITABLE (title), "Champions <December> & more");
  g_assert_cmpstr (kin_session_get_title (session), ==, "Champions <December> & more");
  g_assert_cmpuint (n_undo (project), ==, undo_before + 1);
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "session-heading"), ==, "Champions <December> & more");

  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_session_get_title (session), ==, "Champions group - November");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Champions group - November");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "session-heading"), ==, "Champions group - November");

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

  close_page (page);
}

static void
test_times (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  GtkWidget *start = find_entry_row (GTK_WIDGET (page), "session-start");
  GtkWidget *end = find_entry_row (GTK_WIDGET (page), "session-end");
  guint undo_before;

  /* A time written another way is read and shown the usual way. */
  type_time (start, "9.30");
  g_assert_cmpstr (kin_session_get_start (session), ==, "09:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "09:30");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Start Time");
  g_assert_cmpstr (start_text (page, 0), ==, "09:30");
  g_assert_cmpstr (start_text (page, 2), ==, "09:55");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "agenda-summary"), ==, "Total 105 minutes · Ends at 11:15");

  /* A time that cannot be read is explained and changes nothing. */
  undo_before = n_undo (project);
  type_time (start, "9:75");
  g_assert_cmpstr (kin_session_get_start (session), ==, "09:30");
  g_assert_cmpuint (n_undo (project), ==, undo_before);
  g_assert_true (widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "time-error"), ==,
                   "The start time “9:75” is not a time of day. Write it as HH:MM, for example 09:30.");
  g_assert_true (gtk_widget_has_css_class (start, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "9:75");
  screenshot (GTK_WIDGET (page), "sessions-time-error");

  /* Correcting it takes the error away as soon as it reads as a time. */
  gtk_editable_set_text (GTK_EDITABLE (start), "10:0");
  g_assert_true (widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  gtk_editable_set_text (GTK_EDITABLE (start), "10:00");
  g_assert_false (widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_signal_emit_by_name (start, "entry-activated");
  g_assert_cmpstr (kin_session_get_start (session), ==, "10:00");

  /* Leaving the field applies what was typed. */
  gtk_widget_grab_focus (start);
  gtk_editable_set_text (GTK_EDITABLE (start), "1000");
  gtk_widget_grab_focus (find_entry_row (GTK_WIDGET (page), "session-facilitator"));
  kin_test_iterate (20);
  g_assert_cmpstr (kin_session_get_start (session), ==, "10:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "10:00");

  /* Finishing too early warns how far the agenda runs over. */
  g_assert_null (kin_session_get_end (session));
  type_time (end, "11:30");
  g_assert_cmpstr (kin_session_get_end (session), ==, "11:30");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Finish Time");
  g_assert_true (widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));
  g_assert_cmpstr (label_text (kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"), NULL),
                   ==, "The agenda runs 15 minutes past 11:30");
  /* The field's title settles after a short animation. */
  kin_test_iterate (300);
  screenshot (GTK_WIDGET (page), "sessions-overrun");

  /* Shortening an item by 14 minutes leaves one minute over. */
  kin_project_set (project, item_at (session, 2), "minutes", 11, NULL);
  g_assert_cmpstr (label_text (kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"), NULL),
                   ==, "The agenda runs 1 minute past 11:30");
  g_assert_cmpstr (start_text (page, 3), ==, "10:36");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (start_text (page, 3), ==, "10:50");

  /* When it fits, the warning goes. */
  type_time (end, "12:00");
  g_assert_false (widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));
  g_assert_true (kin_project_undo (project));
  g_assert_true (widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "11:30");

  /* A bad finish time is explained too; an empty one is no finish time. */
  type_time (end, "half eleven");
  g_assert_cmpstr (kin_session_get_end (session), ==, "11:30");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "time-error"), ==,
                   "The finish time “half eleven” is not a time of day. Write it as HH:MM, "
                   "for example 16:30, or leave it empty.");
  type_time (end, "");
  g_assert_null (kin_session_get_end (session));
  g_assert_false (widget_shown (GTK_WIDGET (page), GTK_TYPE_LABEL, "time-error"));
  g_assert_false (widget_shown (GTK_WIDGET (page), GTK_TYPE_BOX, "agenda-overrun"));

  /* Past midnight the rows say so. */
  type_time (start, "23:30");
  g_assert_cmpstr (start_text (page, 2), ==, "23:55");
  g_assert_false (kin_agenda_row_get_next_day (agenda_row (page, 2)));
  g_assert_cmpstr (start_text (page, 3), ==, "00:20");
  g_assert_true (kin_agenda_row_get_next_day (agenda_row (page, 3)));
  g_assert_cmpstr (label_text (GTK_WIDGET (agenda_row (page, 3)), "agenda-next-day"), ==, "+1 day");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "agenda-summary"), ==,
                   "Total 105 minutes · Ends at 01:15 the next day");
  screenshot (GTK_WIDGET (page), "sessions-midnight");

  /* With no start time, the rows have no times but the total stays. */
  type_time (start, "");
  g_assert_cmpstr (kin_session_get_start (session), ==, "");
  g_assert_cmpstr (start_text (page, 0), ==, "–");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "agenda-summary"), ==,
                   "Total 105 minutes · Set a start time to see when each item starts");

  close_page (page);
}

static void
test_agenda_editing (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  KinAgendaEditor *editor = agenda_editor (page);
  KinAgendaItem *welcome = item_at (session, 0);
  KinAgendaItem *gains = item_at (session, 1);
  KinAgendaItem *added;
  KinAgendaItem *copy;
  g_autoptr(KinCapture) capture = kin_capture_new ();
  guint n = n_items (session);
  AdwToast *toast;

  /* Add: after the selected item, selected, with the kind's defaults. */
  kin_agenda_editor_select (editor, welcome);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.add", "s", "break"));
  g_assert_cmpuint (n_items (session), ==, n + 1);
  added = item_at (session, 1);
  g_assert_cmpint (kin_agenda_item_get_kind (added), ==, KIN_AGENDA_KIND_BREAK);
  g_assert_cmpstr (kin_agenda_item_get_title (added), ==, "Break");
  g_assert_cmpint (kin_agenda_item_get_minutes (added), ==, 10);
  g_assert_null (kin_agenda_item_get_ref (added));
  g_assert_true (kin_agenda_editor_get_selected (editor) == added);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Agenda Item");
  g_assert_cmpstr (start_text (page, 1), ==, "10:10");
  g_assert_cmpstr (start_text (page, 2), ==, "10:20");
  g_assert_cmpstr (label_text (GTK_WIDGET (page), "agenda-summary"), ==, "Total 115 minutes · Ends at 11:55");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_items (session), ==, n);
  g_assert_cmpstr (start_text (page, 1), ==, "10:10");
  g_assert_cmpstr (start_text (page, 2), ==, "10:25");

  /* A card round uses the project's only deck. */
  kin_agenda_editor_select (editor, item_at (session, n - 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.add", "s", "cards"));
  added = item_at (session, n);
  g_assert_cmpstr (kin_agenda_item_get_ref (added), ==, "deck-principles");
  g_assert_cmpstr (kin_agenda_item_get_title (added), ==, "Living our principles");
  g_assert_cmpint (kin_agenda_item_get_minutes (added), ==, 20);
  g_assert_cmpstr (start_text (page, n), ==, "11:45");
  g_assert_true (kin_project_undo (project));

  /* Duplicate: right after, the same plan, a new id. */
  kin_agenda_editor_select (editor, gains);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.duplicate", NULL));
  g_assert_cmpuint (n_items (session), ==, n + 1);
  copy = item_at (session, 2);
  g_assert_true (copy != gains);
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (copy)), !=, kin_object_get_id (KIN_OBJECT (gains)));
  g_assert_cmpstr (kin_agenda_item_get_title (copy), ==, kin_agenda_item_get_title (gains));
  g_assert_cmpstr (kin_agenda_item_get_notes (copy), ==, kin_agenda_item_get_notes (gains));
  g_assert_cmpint (kin_agenda_item_get_minutes (copy), ==, 15);
  g_assert_cmpint (kin_agenda_item_get_kind (copy), ==, KIN_AGENDA_KIND_GAINS);
  g_assert_true (kin_agenda_editor_get_selected (editor) == copy);
  g_assert_cmpstr (start_text (page, 3), ==, "10:40");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Duplicate Agenda Item");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_items (session), ==, n);

  /* Delete keeps what was captured, no longer tied to the item, and the
   * toast brings both back. */
  kin_capture_set_item (capture, kin_object_get_id (KIN_OBJECT (gains)));
  kin_capture_set_text (capture, "Income team now call back within a day");
  kin_project_append (project, kin_session_get_captures (session), capture);
  kin_agenda_editor_select (editor, gains);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.delete", NULL));
  g_assert_cmpuint (n_items (session), ==, n - 1);
  g_assert_null (kin_capture_get_item (capture));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Agenda Item");
  g_assert_true (kin_agenda_editor_get_selected (editor) == item_at (session, 1));
  g_assert_cmpstr (start_text (page, 1), ==, "10:10");
  toast = kin_undo_toast_get_current (GTK_WIDGET (editor));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Agenda item deleted");
  screenshot (GTK_WIDGET (page), "sessions-item-deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (n_items (session), ==, n);
  g_assert_true (item_at (session, 1) == gains);
  g_assert_cmpstr (kin_capture_get_item (capture), ==, kin_object_get_id (KIN_OBJECT (gains)));

  /* Delete in the list is bound to deleting the item. */
  g_assert_true (has_shortcut (agenda_list (page), "Delete", "agenda.delete"));

  close_page (page);
}

static void
test_reorder (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  KinAgendaEditor *editor = agenda_editor (page);
  KinAgendaItem *welcome = item_at (session, 0);
  KinAgendaItem *gains = item_at (session, 1);
  KinAgendaItem *close = item_at (session, 6);
  GtkListBoxRow *row;

  /* Alt+Up and Alt+Down move the selected item. */
  g_assert_true (has_shortcut (GTK_WIDGET (editor), "<Alt>Down", "agenda.move-down"));
  g_assert_true (has_shortcut (GTK_WIDGET (editor), "<Alt>Up", "agenda.move-up"));

  kin_agenda_editor_select (editor, welcome);
  gtk_widget_grab_focus (GTK_WIDGET (agenda_row (page, 0)));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.move-up", NULL) &&
                  item_at (session, 0) != welcome);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.move-down", NULL));
  g_assert_true (item_at (session, 0) == gains);
  g_assert_true (item_at (session, 1) == welcome);
  g_assert_true (kin_agenda_editor_get_selected (editor) == welcome);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Agenda Item");
  /* The gains round-up (15 minutes) now opens, and the welcome starts after it. */
  g_assert_cmpstr (start_text (page, 0), ==, "10:00");
  g_assert_cmpstr (start_text (page, 1), ==, "10:15");
  g_assert_cmpstr (start_text (page, 2), ==, "10:25");
  g_assert_true (kin_agenda_row_get_item (agenda_row (page, 1)) == welcome);
  /* The moved row keeps the keyboard focus, so the keys can be pressed again. */
  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (agenda_list (page)));
  g_assert_true (row == GTK_LIST_BOX_ROW (agenda_row (page, 1)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.move-down", NULL));
  g_assert_true (item_at (session, 2) == welcome);
  g_assert_cmpstr (start_text (page, 2), ==, "10:40");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.move-up", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.move-up", NULL));
  g_assert_true (item_at (session, 0) == welcome);
  g_assert_cmpstr (start_text (page, 1), ==, "10:10");

  /* Dropping a row onto another moves it there. */
  kin_agenda_editor_move_item (editor, close, 0);
  g_assert_true (item_at (session, 0) == close);
  g_assert_cmpstr (start_text (page, 1), ==, "10:10");
  g_assert_true (kin_project_undo (project));
  g_assert_true (item_at (session, 6) == close);
  g_assert_cmpstr (start_text (page, 6), ==, "11:35");

  /* The last item cannot go further down. */
  kin_agenda_editor_select (editor, close);
  g_assert_false (gtk_widget_is_sensitive (kin_test_find_actionable (GTK_WIDGET (editor), "agenda.move-down")));
  g_assert_true (gtk_widget_is_sensitive (kin_test_find_actionable (GTK_WIDGET (editor), "agenda.move-up")));

  close_page (page);
}

static void
test_item_editor (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  KinAgendaEditor *editor = agenda_editor (page);
  KinAgendaItem *cards = item_at (session, 2);
  GtkWidget *item_editor = GTK_WIDGET (kin_session_editor_get_item_editor (kin_sessions_page_get_editor (page)));
  GtkWidget *title = find_entry_row (item_editor, "item-title");
  AdwComboRow *kind = ADW_COMBO_ROW (kin_test_find_widget (item_editor, ADW_TYPE_COMBO_ROW, "item-kind"));
  AdwComboRow *target = ADW_COMBO_ROW (kin_test_find_widget (item_editor, ADW_TYPE_COMBO_ROW, "item-target"));
  GtkSpinButton *minutes = GTK_SPIN_BUTTON (kin_test_find_widget (item_editor, GTK_TYPE_SPIN_BUTTON,
                                                                  "item-minutes"));
  GtkTextView *notes = GTK_TEXT_VIEW (kin_test_find_widget (item_editor, GTK_TYPE_TEXT_VIEW, "item-notes"));
  g_autofree char *old_notes = g_strdup (kin_agenda_item_get_notes (cards));
  GtkStringObject *name;
  guint undo_before;

  kin_agenda_editor_select (editor, cards);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Conversation cards: living our principles");
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, KIN_AGENDA_KIND_CARDS);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (target)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target)), ==, "Deck");
  g_assert_cmpuint (adw_combo_row_get_selected (target), ==, 1);
  name = adw_combo_row_get_selected_item (target);
  g_assert_cmpstr (gtk_string_object_get_string (name), ==, "Living our principles");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minutes), ==, 25);
  screenshot (GTK_WIDGET (page), "sessions-item-editor");

  /* The timebox: one step, and the times after it follow. */
  gtk_spin_button_set_value (minutes, 30);
  g_assert_cmpint (kin_agenda_item_get_minutes (cards), ==, 30);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Timebox");
  g_assert_cmpstr (start_text (page, 3), ==, "10:55");
  g_assert_cmpstr (label_text (GTK_WIDGET (agenda_row (page, 2)), "agenda-minutes"), ==, "30 min");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minutes), ==, 25);
  g_assert_cmpstr (start_text (page, 3), ==, "10:50");

  /* Typing the title and notes are one step each. */
  undo_before = n_undo (project);
  gtk_editable_set_text (GTK_EDITABLE (title), "Cards");
  gtk_editable_set_text (GTK_EDITABLE (title), "Cards <round one>");
  g_assert_cmpstr (kin_agenda_item_get_title (cards), ==, "Cards <round one>");
  g_assert_cmpstr (label_text (GTK_WIDGET (agenda_row (page, 2)), "agenda-title"), ==, "Cards <round one>");
  g_assert_cmpuint (n_undo (project), ==, undo_before + 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Pairs, 4 minutes a card.", -1);
  g_assert_cmpstr (kin_agenda_item_get_notes (cards), ==, "Pairs, 4 minutes a card.");
  g_assert_cmpuint (n_undo (project), ==, undo_before + 2);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_agenda_item_get_notes (cards), ==, old_notes);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Conversation cards: living our principles");

  /* No deck: "None". */
  adw_combo_row_set_selected (target, 0);
  g_assert_null (kin_agenda_item_get_ref (cards));
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_agenda_item_get_ref (cards), ==, "deck-principles");

  /* Another kind: a board is not a deck, so the deck goes, in one step,
   * and the row shows the new kind. */
  adw_combo_row_set_selected (kind, KIN_AGENDA_KIND_BREAK);
  g_assert_cmpint (kin_agenda_item_get_kind (cards), ==, KIN_AGENDA_KIND_BREAK);
  g_assert_null (kin_agenda_item_get_ref (cards));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (target)));
  g_assert_cmpstr (kin_agenda_item_get_title (cards), ==, "Conversation cards: living our principles");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_agenda_item_get_kind (cards), ==, KIN_AGENDA_KIND_CARDS);
  g_assert_cmpstr (kin_agenda_item_get_ref (cards), ==, "deck-principles");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (target)));

  /* A new board item picks up the board's title when one is chosen. */
  kin_agenda_editor_select (editor, item_at (session, 3));
  adw_combo_row_set_selected (kind, KIN_AGENDA_KIND_BOARD);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target)), ==, "Board");
  g_assert_cmpuint (adw_combo_row_get_selected (target), ==, 0);
  adw_combo_row_set_selected (target, 1);
  g_assert_cmpstr (kin_agenda_item_get_ref (item_at (session, 3)), ==, "board-vision");
  g_assert_cmpstr (kin_agenda_item_get_title (item_at (session, 3)), ==, "Tea and biscuits");

  close_page (page);
}

static void
test_sessions_list (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *original = session_at (project, 0);
  g_autoptr(KinCapture) capture = kin_capture_new ();
  KinSession *copy;
  KinCapture *copied_capture;
  AdwToast *toast;

  kin_capture_set_item (capture, kin_object_get_id (KIN_OBJECT (item_at (original, 2))));
  kin_capture_set_text (capture, "Respect means calling back when we said we would");
  kin_project_append (project, kin_session_get_captures (original), capture);

  /* Duplicate: a deep copy with new ids, right after the original. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.duplicate", NULL));
  g_assert_cmpuint (n_sessions (project), ==, 2);
  copy = session_at (project, 1);
  g_assert_true (kin_sessions_page_get_selected_session (page) == copy);
  g_assert_cmpstr (kin_session_get_title (copy), ==, "Champions group - November (copy)");
  g_assert_cmpstr (kin_session_get_date (copy), ==, kin_session_get_date (original));
  g_assert_cmpstr (kin_session_get_start (copy), ==, "10:00");
  g_assert_cmpstr (kin_session_get_facilitator (copy), ==, "Hannah J.");
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (copy)), !=, kin_object_get_id (KIN_OBJECT (original)));
  g_assert_cmpuint (n_items (copy), ==, n_items (original));
  for (guint i = 0; i < n_items (copy); i++)
    {
      g_assert_true (item_at (copy, i) != item_at (original, i));
      g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (item_at (copy, i))), !=,
                       kin_object_get_id (KIN_OBJECT (item_at (original, i))));
      g_assert_cmpstr (kin_agenda_item_get_title (item_at (copy, i)), ==,
                       kin_agenda_item_get_title (item_at (original, i)));
      g_assert_cmpstr (kin_agenda_item_get_ref (item_at (copy, i)), ==,
                       kin_agenda_item_get_ref (item_at (original, i)));
    }
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_actions (copy)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_captures (copy)), ==, 1);
  copied_capture = g_list_model_get_item (kin_session_get_captures (copy), 0);
  g_object_unref (copied_capture);
  g_assert_true (copied_capture != capture);
  g_assert_cmpstr (kin_capture_get_item (copied_capture), ==, kin_object_get_id (KIN_OBJECT (item_at (copy, 2))));
  g_assert_nonnull (kin_project_lookup (project, KIN_TYPE_AGENDA_ITEM,
                                        kin_object_get_id (KIN_OBJECT (item_at (copy, 0)))));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Duplicate Session");
  /* The editor shows the copy. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (page), "session-title"))),
                   ==, "Champions group - November (copy)");
  g_assert_true (kin_agenda_row_get_item (agenda_row (page, 0)) == item_at (copy, 0));

  /* Editing the copy leaves the original alone. */
  kin_project_set (project, item_at (copy, 0), "title", "Welcome back", NULL);
  g_assert_cmpstr (kin_agenda_item_get_title (item_at (original, 0)), !=, "Welcome back");

  /* Delete, with the neighbour selected and an undo toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.delete", NULL));
  g_assert_cmpuint (n_sessions (project), ==, 1);
  g_assert_true (kin_sessions_page_get_selected_session (page) == original);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Session");
  toast = kin_undo_toast_get_current (kin_test_find_widget (GTK_WIDGET (page), ADW_TYPE_TOAST_OVERLAY, NULL));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Session deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (n_sessions (project), ==, 2);
  g_assert_true (session_at (project, 1) == copy);

  g_assert_true (has_shortcut (kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "sessions-list"),
                               "Delete", "sessions.delete"));

  close_page (page);
}

static void
test_actions (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  KinActionList *list = kin_session_editor_get_action_list (kin_sessions_page_get_editor (page));
  GListModel *actions = kin_session_get_actions (session);
  GtkWidget *entry = kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_ENTRY, "new-action-entry");
  g_autoptr(KinAction) added = NULL;
  GtkWidget *row;
  AdwToast *toast;

  g_assert_true (kin_action_list_get_session (list) == session);

  /* Add. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ask Lettings to host in December");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  added = g_list_model_get_item (actions, 1);
  g_assert_cmpstr (kin_action_get_text (added), ==, "Ask Lettings to host in December");

  /* Edit in place. */
  row = gtk_widget_get_ancestor (kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_ENTRY, "action-owner"),
                                 KIN_TYPE_ACTION_ROW);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_parent (row)), 1));
  gtk_editable_set_text (GTK_EDITABLE (kin_test_find_widget (row, GTK_TYPE_ENTRY, "action-owner")), "Ollie");
  g_assert_cmpstr (kin_action_get_owner (added), ==, "Ollie");

  /* Done. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (kin_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, "action-done")),
                               TRUE);
  g_assert_true (kin_action_get_done (added));
  g_assert_true (kin_project_undo (project));
  g_assert_false (kin_action_get_done (added));

  /* Delete, and back from the page's toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "action-list.delete", "s",
                                             kin_object_get_id (KIN_OBJECT (added))));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  toast = kin_undo_toast_get_current (GTK_WIDGET (list));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_cmpstr (kin_action_get_owner (added), ==, "Ollie");

  /* Another session shows its own actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL));
  g_assert_true (kin_action_list_get_session (list) == session_at (project, 1));
  g_assert_null (kin_test_find_widget (GTK_WIDGET (list), KIN_TYPE_ACTION_ROW, NULL));

  close_page (page);
}

static void
test_captures (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 1200, 900);
  KinSession *session = session_at (project, 0);
  KinCaptureList *list = kin_session_editor_get_capture_list (kin_sessions_page_get_editor (page));
  g_autoptr(KinCapture) first = kin_capture_new ();
  g_autoptr(KinCapture) second = kin_capture_new ();
  g_autoptr(KinCapture) loose = kin_capture_new ();
  g_autoptr(KinDeck) deck = kin_project_lookup (project, KIN_TYPE_DECK, "deck-principles");
  g_autoptr(KinCard) card = NULL;
  GtkWidget *row;
  AdwToast *toast;

  g_object_ref (deck);
  card = g_list_model_get_item (kin_deck_get_cards (deck), 0);

  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 0);
  g_assert_true (widget_shown (GTK_WIDGET (list), GTK_TYPE_LABEL, "captures-empty"));

  kin_capture_set_item (first, kin_object_get_id (KIN_OBJECT (item_at (session, 2))));
  kin_capture_set_card (first, kin_object_get_id (KIN_OBJECT (card)));
  kin_capture_set_text (first, "Say <who> will call & when");
  kin_capture_set_time (first, "2026-11-26T10:32:00Z");
  kin_capture_set_item (second, kin_object_get_id (KIN_OBJECT (item_at (session, 0))));
  kin_capture_set_text (second, "Customers found us friendlier this month");
  kin_capture_set_item (loose, NULL);
  kin_capture_set_text (loose, "Parking at the depot is a problem");

  kin_project_begin_action (project, "Capture");
  kin_project_append (project, kin_session_get_captures (session), first);
  kin_project_append (project, kin_session_get_captures (session), second);
  kin_project_append (project, kin_session_get_captures (session), loose);
  kin_project_end_action (project);

  /* Grouped in agenda order, then those tied to no item. */
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 3);
  g_assert_false (widget_shown (GTK_WIDGET (list), GTK_TYPE_LABEL, "captures-empty"));
  row = kin_test_find_widget (GTK_WIDGET (list), ADW_TYPE_ACTION_ROW, NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Customers found us friendlier this month");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  screenshot (GTK_WIDGET (page), "sessions-captures");

  /* Deleting one is undoable from the toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "captures.delete", "s",
                                             kin_object_get_id (KIN_OBJECT (second))));
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_captures (session)), ==, 2);
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 2);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Capture");
  toast = kin_undo_toast_get_current (GTK_WIDGET (list));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 3);

  /* A capture that moves to another item moves group. */
  kin_project_set (project, loose, "item", kin_object_get_id (KIN_OBJECT (item_at (session, 0))), NULL);
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 2);

  close_page (page);
}

static void
test_narrow (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = show_page (project, 360, 720);
  AdwLeaflet *leaflet = ADW_LEAFLET (kin_test_find_widget (GTK_WIDGET (page), ADW_TYPE_LEAFLET, NULL));
  GtkWidget *editor = GTK_WIDGET (kin_sessions_page_get_editor (page));
  GtkWidget *sessions_list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "sessions-list");
  GtkWidget *present;
  graphene_rect_t bounds;

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  kin_test_iterate (500);
  g_assert_false (gtk_widget_is_ancestor (editor, adw_leaflet_get_visible_child (leaflet)));
  screenshot (GTK_WIDGET (page), "sessions-narrow-list");

  /* Choosing a session shows its editor, with a way back. */
  g_signal_emit_by_name (sessions_list, "row-activated", gtk_list_box_get_row_at_index (GTK_LIST_BOX (sessions_list), 0));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_iterate (500);
  g_assert_true (gtk_widget_is_ancestor (editor, adw_leaflet_get_visible_child (leaflet)));
  g_assert_true (gtk_widget_is_visible (kin_test_find_actionable (GTK_WIDGET (page), "sessions.show-list")));
  present = kin_test_find_actionable (GTK_WIDGET (page), "win.present");
  g_assert_true (gtk_widget_compute_bounds (present, GTK_WIDGET (page), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (agenda_row (page, 0)), GTK_WIDGET (page), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
  g_assert_cmpstr (start_text (page, 6), ==, "11:35");
  g_assert_false (kin_columns_get_side_by_side (KIN_COLUMNS (kin_test_find_widget (GTK_WIDGET (page), KIN_TYPE_COLUMNS,
                                                                                   "session-columns"))));
  screenshot (GTK_WIDGET (page), "sessions-narrow-editor");

  /* Enter on an item takes the focus to its editor below, scrolled into
   * view. */
  g_signal_emit_by_name (agenda_list (page), "row-activated", agenda_row (page, 4));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  kin_test_iterate (300);
  g_assert_true (kin_agenda_editor_get_selected (agenda_editor (page)) == item_at (session_at (project, 0), 4));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (page))),
                                         find_entry_row (editor, "item-title")));
  screenshot (GTK_WIDGET (page), "sessions-narrow-item");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.show-list", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_false (gtk_widget_is_ancestor (editor, adw_leaflet_get_visible_child (leaflet)));

  close_page (page);
}

static void
test_in_window (void)
{
  KinWindow *window = kin_window_new (app);
  KinSessionsPage *page;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-starter", NULL));
  kin_window_show_section (window, "sessions");
  kin_test_wait_for_frame (GTK_WIDGET (window));

  page = KIN_SESSIONS_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_SESSIONS_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (kin_sessions_page_get_project (page) == kin_window_get_project (window));
  g_assert_nonnull (kin_sessions_page_get_selected_session (page));
  screenshot (GTK_WIDGET (window), "window-sessions");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  kin_test_iterate (600);
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  screenshot (GTK_WIDGET (window), "window-sessions-narrow");

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
  g_test_add_func ("/sessions/agenda-editing", test_agenda_editing);
  g_test_add_func ("/sessions/reorder", test_reorder);
  g_test_add_func ("/sessions/item-editor", test_item_editor);
  g_test_add_func ("/sessions/sessions-list", test_sessions_list);
  g_test_add_func ("/sessions/actions", test_actions);
  g_test_add_func ("/sessions/captures", test_captures);
  g_test_add_func ("/sessions/narrow", test_narrow);
  g_test_add_func ("/sessions/in-window", test_in_window);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
