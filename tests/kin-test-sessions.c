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
  return KIN_SESSIONS_PAGE (kin_test_show_page (KIN_TYPE_SESSIONS_PAGE, project, width, height));
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

gboolean
kin_test_widget_shown (GtkWidget  *root,
                       GType       type,
                       const char *name)
{
  GtkWidget *widget = kin_test_find_widget (root, type, name);

  g_assert_nonnull (widget);
  return gtk_widget_is_visible (widget);
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
  g_autoptr(GtkShortcut) shortcut = kin_test_find_shortcut (widget, trigger, action, -1);

  g_assert_true (focus == widget || gtk_widget_is_ancestor (focus, widget));
  if (shortcut == NULL)
    return FALSE;

  return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                       focus, gtk_shortcut_get_arguments (shortcut));
}
