/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-action-list.h"
#include "kin-action-row.h"
#include "kin-application.h"
#include "kin-date-button.h"
#include "kin-model.h"
#include "kin-test-sessions.h"
#include "kin-test-util.h"
#include "kin-undo-toast.h"

static KinApplication *app;
static char *tmpdir;

static KinSession *
first_session (KinProject *project)
{
  g_autoptr(KinSession) session = g_list_model_get_item (kin_project_get_sessions (project), 0);

  /* The project keeps it alive. */
  return session;
}

static KinAction *
action_at (KinSession *session,
           guint       index)
{
  g_autoptr(KinAction) action = g_list_model_get_item (kin_session_get_actions (session), index);

  return action;
}

static guint
n_actions (KinSession *session)
{
  return g_list_model_get_n_items (kin_session_get_actions (session));
}

static KinActionList *
show_list (KinProject *project,
           KinSession *session,
           int         width)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = g_object_new (KIN_TYPE_ACTION_LIST,
                                  "project", project,
                                  "session", session,
                                  "margin-start", 12, "margin-end", 12,
                                  "margin-top", 12, "margin-bottom", 12,
                                  NULL);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 420);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (list);

  return KIN_ACTION_LIST (list);
}

static void
close_list (KinActionList *list)
{
  kin_test_destroy_window (gtk_widget_get_root (GTK_WIDGET (list)));
}

static KinActionRow *
row_at (KinActionList *list,
        guint          index)
{
  GtkWidget *box = kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_LIST_BOX, "actions-list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), index);

  g_assert_true (row == NULL || KIN_IS_ACTION_ROW (row));
  return (KinActionRow *) row;
}

static GtkEditable *
row_entry (KinActionRow *row,
           const char   *name)
{
  return GTK_EDITABLE (kin_test_find_widget (GTK_WIDGET (row), GTK_TYPE_ENTRY, name));
}

static GtkEditable *
new_entry (KinActionList *list)
{
  return GTK_EDITABLE (kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_ENTRY, "new-action-entry"));
}

static const char *
placeholder_text (KinActionList *list)
{
  return gtk_label_get_text (GTK_LABEL (kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_LABEL,
                                                              "actions-placeholder")));
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_shows_actions (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = first_session (project);
  KinActionList *list = show_list (project, session, 640);
  KinAction *action = action_at (session, 0);
  KinActionRow *row = row_at (list, 0);
  GtkWidget *due;

  g_assert_cmpuint (n_actions (session), ==, 1);
  g_assert_nonnull (row);
  g_assert_null (row_at (list, 1));
  g_assert_true (kin_action_row_get_action (row) == action);
  g_assert_cmpstr (gtk_editable_get_text (row_entry (row, "action-text")), ==, kin_action_get_text (action));
  g_assert_cmpstr (gtk_editable_get_text (row_entry (row, "action-owner")), ==, "Zoë K.");
  due = kin_test_find_widget (GTK_WIDGET (row), KIN_TYPE_DATE_BUTTON, "action-due");
  g_assert_cmpstr (kin_date_button_get_date (KIN_DATE_BUTTON (due)), ==, "2026-12-10");
  g_assert_nonnull (kin_test_find_widget (due, GTK_TYPE_MENU_BUTTON, NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (kin_test_find_widget (due, GTK_TYPE_MENU_BUTTON, NULL))),
                   ==, "Thu 10 Dec 2026");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (new_entry (list))));

  kin_test_screenshot (GTK_WIDGET (list), "action-list");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot (GTK_WIDGET (list), "action-list-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  close_list (list);
}

static void
test_add (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = first_session (project);
  KinActionList *list = show_list (project, session, 640);
  GtkEditable *entry = new_entry (list);
  KinAction *added;

  /* Enter in the entry adds the action, empties the entry and keeps the
   * focus there for the next one. */
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (entry, "  Book the room for January  ");
  g_signal_emit_by_name (entry, "activate");
  kin_test_wait_for_frame (GTK_WIDGET (list));

  g_assert_cmpuint (n_actions (session), ==, 2);
  added = action_at (session, 1);
  g_assert_cmpstr (kin_action_get_text (added), ==, "Book the room for January");
  g_assert_cmpstr (kin_action_get_owner (added), ==, "");
  g_assert_cmpstr (kin_action_get_due (added), ==, "");
  g_assert_false (kin_action_get_done (added));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_true (has_focus_within (GTK_WIDGET (entry)));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Action");
  g_assert_true (kin_action_row_get_action (row_at (list, 1)) == added);

  /* Nothing typed, or only spaces: nothing is added. */
  gtk_editable_set_text (entry, "   ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (n_actions (session), ==, 2);
  g_assert_null (kin_action_list_add (list, ""));

  /* One undo step takes it away. */
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_actions (session), ==, 1);
  g_assert_null (row_at (list, 1));

  close_list (list);
}

static void
test_edit (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = first_session (project);
  KinActionList *list = show_list (project, session, 640);
  KinAction *action = action_at (session, 0);
  KinActionRow *row = row_at (list, 0);
  g_autofree char *old_text = g_strdup (kin_action_get_text (action));
  GtkEditable *text = row_entry (row, "action-text");
  GtkEditable *owner = row_entry (row, "action-owner");
  KinDateButton *due = KIN_DATE_BUTTON (kin_test_find_widget (GTK_WIDGET (row), KIN_TYPE_DATE_BUTTON,
                                                              "action-due"));
  GtkCheckButton *done = GTK_CHECK_BUTTON (kin_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON,
                                                                 "action-done"));
  guint undo_before = kin_test_n_undo (project);

  /* Typing is one undo step. */
  gtk_editable_set_text (text, "S");
  gtk_editable_set_text (text, "Sh");
  gtk_editable_set_text (text, "Share <b>the</b> script & notes");
  g_assert_cmpstr (kin_action_get_text (action), ==, "Share <b>the</b> script & notes");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_action_get_text (action), ==, old_text);
  g_assert_cmpstr (gtk_editable_get_text (text), ==, old_text);

  gtk_editable_set_text (owner, "Ollie");
  g_assert_cmpstr (kin_action_get_owner (action), ==, "Ollie");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "Zoë K.");

  /* The calendar sets the due date, and can clear it. */
  kin_date_button_pick (due, "2027-01-08");
  g_assert_cmpstr (kin_action_get_due (action), ==, "2027-01-08");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Due Date");
  kin_date_button_pick (due, "");
  g_assert_cmpstr (kin_action_get_due (action), ==, "");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_action_get_due (action), ==, "2027-01-08");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_action_get_due (action), ==, "2026-12-10");
  g_assert_cmpstr (kin_date_button_get_date (due), ==, "2026-12-10");

  /* Done is one step, and the row shows it. */
  gtk_check_button_set_active (done, TRUE);
  g_assert_true (kin_action_get_done (action));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Mark Action Done");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "kin-action-done"));
  kin_test_screenshot (GTK_WIDGET (list), "action-list-done");
  g_assert_true (kin_project_undo (project));
  g_assert_false (kin_action_get_done (action));
  g_assert_false (gtk_check_button_get_active (done));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "kin-action-done"));

  /* Edits made elsewhere show up in the row. */
  kin_project_set (project, action, "owner", "Hannah", "done", TRUE, NULL);
  g_assert_cmpstr (gtk_editable_get_text (owner), ==, "Hannah");
  g_assert_true (gtk_check_button_get_active (done));

  close_list (list);
}

static void
test_delete (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = first_session (project);
  KinActionList *list = show_list (project, session, 640);
  KinAction *action = action_at (session, 0);
  const char *id = kin_object_get_id (KIN_OBJECT (action));
  AdwToast *toast;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "action-list.delete", "s", id));
  g_assert_cmpuint (n_actions (session), ==, 0);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Action");
  kin_test_wait_for_frame (GTK_WIDGET (list));
  g_assert_cmpstr (placeholder_text (list), ==,
                   "No actions yet. Write down what people agree to do, who will do it and by when.");
  g_assert_true (gtk_widget_get_mapped (kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_LABEL,
                                                              "actions-placeholder")));

  /* The toast's Undo brings it back. */
  toast = kin_undo_toast_get_current (GTK_WIDGET (list));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Action deleted");
  kin_test_screenshot (GTK_WIDGET (list), "action-list-deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (n_actions (session), ==, 1);
  g_assert_true (action_at (session, 0) == action);
  g_assert_true (kin_action_row_get_action (row_at (list, 0)) == action);

  /* Once something else has changed, the old toast is gone and cannot
   * undo the wrong step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "action-list.delete", "s", id));
  toast = kin_undo_toast_get_current (GTK_WIDGET (list));
  g_assert_nonnull (toast);
  g_object_ref (toast);
  kin_action_list_add (list, "Something else");
  g_assert_null (kin_undo_toast_get_current (GTK_WIDGET (list)));
  g_signal_emit_by_name (toast, "button-clicked");
  g_object_unref (toast);
  g_assert_cmpuint (n_actions (session), ==, 1);
  g_assert_cmpstr (kin_action_get_text (action_at (session, 0)), ==, "Something else");

  /* An unknown id deletes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "action-list.delete", "s", "no-such-id"));
  g_assert_cmpuint (n_actions (session), ==, 1);

  close_list (list);
}

static void
test_no_session (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = first_session (project);
  g_autoptr(KinSession) empty = kin_session_new ();
  KinActionList *list = show_list (project, NULL, 640);

  g_assert_null (row_at (list, 0));
  g_assert_cmpstr (placeholder_text (list), ==, "No session is chosen.");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (new_entry (list))));
  g_assert_null (kin_action_list_add (list, "Nowhere to go"));

  kin_action_list_set_session (list, session);
  g_assert_nonnull (row_at (list, 0));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (new_entry (list))));

  kin_project_append (project, kin_project_get_sessions (project), empty);
  kin_action_list_set_session (list, empty);
  g_assert_null (row_at (list, 0));
  g_assert_cmpstr (placeholder_text (list), !=, "No session is chosen.");
  g_assert_nonnull (kin_action_list_add (list, "First one"));
  g_assert_nonnull (row_at (list, 0));
  g_assert_cmpuint (n_actions (session), ==, 1);

  close_list (list);
}

static void
test_narrow (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = first_session (project);
  KinActionList *list = show_list (project, session, 360);
  KinActionRow *row = row_at (list, 0);
  GtkWidget *due = kin_test_find_widget (GTK_WIDGET (row), KIN_TYPE_DATE_BUTTON, "action-due");
  GtkWidget *delete = kin_test_find_actionable (GTK_WIDGET (row), "action-list.delete");
  graphene_rect_t bounds;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (list)))), <=, 360);
  /* Everything in the row fits inside the list. */
  g_assert_true (gtk_widget_compute_bounds (due, GTK_WIDGET (list), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (list)));
  g_assert_true (gtk_widget_compute_bounds (delete, GTK_WIDGET (list), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (list)));
  kin_test_screenshot (GTK_WIDGET (list), "action-list-narrow");

  close_list (list);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestActionList", &tmpdir);

  g_test_add_func ("/action-list/shows-actions", test_shows_actions);
  g_test_add_func ("/action-list/add", test_add);
  g_test_add_func ("/action-list/edit", test_edit);
  g_test_add_func ("/action-list/delete", test_delete);
  g_test_add_func ("/action-list/no-session", test_no_session);
  g_test_add_func ("/action-list/narrow", test_narrow);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
