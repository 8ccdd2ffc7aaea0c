/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-test-sessions.h"
#include "kin-test-util.h"

/* What the tests of the Sessions page share: showing the page in a window,
 * reaching the agenda's rows and reading what they show. */

KinSessionsPage *
kin_test_show_sessions_page (KinProject *project,
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

void
kin_test_close_page (KinSessionsPage *page)
{
  kin_test_destroy_window (gtk_widget_get_root (GTK_WIDGET (page)));
}

KinSession *
kin_test_session_at (KinProject *project,
                     guint       index)
{
  g_autoptr(KinSession) session = g_list_model_get_item (kin_project_get_sessions (project), index);

  /* The project keeps it alive. */
  return session;
}

guint
kin_test_n_sessions (KinProject *project)
{
  return g_list_model_get_n_items (kin_project_get_sessions (project));
}

KinAgendaItem *
kin_test_item_at (KinSession *session,
                  guint       index)
{
  g_autoptr(KinAgendaItem) item = g_list_model_get_item (kin_session_get_agenda (session), index);

  return item;
}

guint
kin_test_n_items (KinSession *session)
{
  return g_list_model_get_n_items (kin_session_get_agenda (session));
}

guint
kin_test_n_undo (KinProject *project)
{
  return kin_history_get_n_undo (kin_project_get_history (project));
}

KinAgendaEditor *
kin_test_agenda_editor (KinSessionsPage *page)
{
  return kin_session_editor_get_agenda_editor (kin_sessions_page_get_editor (page));
}

GtkWidget *
kin_test_agenda_list (KinSessionsPage *page)
{
  return kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "agenda-list");
}

guint
kin_test_n_rows (GtkWidget *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;

  return n;
}

KinAgendaRow *
kin_test_agenda_row (KinSessionsPage *page,
                     guint            index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (kin_test_agenda_list (page)), index);

  g_assert_nonnull (row);
  return KIN_AGENDA_ROW (row);
}

const char *
kin_test_start_text (KinSessionsPage *page,
                     guint            index)
{
  return kin_agenda_row_get_start_text (kin_test_agenda_row (page, index));
}

GtkWidget *
kin_test_find_entry_row (GtkWidget  *root,
                         const char *name)
{
  GtkWidget *row = kin_test_find_widget (root, ADW_TYPE_ENTRY_ROW, name);

  g_assert_nonnull (row);
  return row;
}

const char *
kin_test_label_text (GtkWidget  *root,
                     const char *name)
{
  GtkWidget *label = kin_test_find_widget (root, GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

gboolean
kin_test_widget_shown (GtkWidget  *root,
                       GType       type,
                       const char *name)
{
  GtkWidget *widget = kin_test_find_widget (root, type, name);

  g_assert_nonnull (widget);
  return gtk_widget_is_visible (widget);
}

void
kin_test_screenshot (GtkWidget  *widget,
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

/* The shortcut of @widget that runs @action for @trigger, or NULL. */
static GtkShortcut *
find_shortcut (GtkWidget  *widget,
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
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

/* Does what pressing @trigger does while @focus has the keyboard focus,
 * once the shortcut of @widget (@focus or one of its ancestors) that runs
 * @action has matched the key: the action is looked up from @focus
 * outwards and run. */
gboolean
kin_test_press_shortcut (GtkWidget  *widget,
                         const char *trigger,
                         const char *action,
                         GtkWidget  *focus)
{
  g_autoptr(GtkShortcut) shortcut = find_shortcut (widget, trigger, action);

  g_assert_true (focus == widget || gtk_widget_is_ancestor (focus, widget));
  if (shortcut == NULL)
    return FALSE;

  return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                       focus, gtk_shortcut_get_arguments (shortcut));
}
