/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sessions"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "kin-list-rows.h"
#include "kin-session-copy.h"
#include "kin-sessions-page.h"
#include "kin-undo-toast.h"

/* The Sessions section, where a facilitator prepares a session: the list of
 * sessions on the left (added, duplicated and deleted below it) and the
 * editor of the selected one on the right, with a Present button for the
 * window's presenting action. On a narrow window the two panes fold into
 * one and the editor has a back button. */

/* A new session starts at the usual time for a morning workshop. */
#define NEW_SESSION_START "10:00"

struct _KinSessionsPage
{
  GtkWidget         parent_instance;

  KinProject       *project;
  KinSession       *selected;
  gboolean          selecting;

  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  AdwStatusPage    *status_page;
  AdwLeaflet       *leaflet;
  GtkWidget        *list_pane;
  GtkListBox       *list_box;
  GtkWidget        *editor_pane;
  GtkWidget        *back_button;
  GtkLabel         *heading;
  KinSessionEditor *editor;
};

G_DEFINE_FINAL_TYPE (KinSessionsPage, kin_sessions_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_sessions (KinSessionsPage *self)
{
  return self->project != NULL ? kin_project_get_sessions (self->project) : NULL;
}

static guint
n_sessions (KinSessionsPage *self)
{
  GListModel *sessions = get_sessions (self);

  return sessions != NULL ? g_list_model_get_n_items (sessions) : 0;
}

static gboolean
find_session (KinSessionsPage *self,
              KinSession      *session,
              guint           *position)
{
  return kin_list_model_find (get_sessions (self), session, position);
}

static void
update_actions (KinSessionsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_selection = find_session (self, self->selected, NULL);

  gtk_widget_action_set_enabled (widget, "sessions.add", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "sessions.duplicate", has_selection);
  gtk_widget_action_set_enabled (widget, "sessions.delete", has_selection);
}

static void
update_stack (KinSessionsPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, n_sessions (self) == 0 ? "empty" : "sessions");

  if (self->project == NULL)
    adw_status_page_set_description (self->status_page,
                                     _("Open or create a project to plan its sessions."));
  else
    adw_status_page_set_description (self->status_page,
                                     _("A session is a workshop or meeting planned as an agenda "
                                       "with a timebox for each item, ready to present."));
}

/* Rows -------------------------------------------------------------------- */

static char *
describe_when (KinSession *session)
{
  const char *date = kin_session_get_date (session);
  const char *start = kin_session_get_start (session);
  g_autofree char *day = NULL;
  int year, month, numeric_day;

  if (kin_is_valid_date (date) && sscanf (date, "%d-%d-%d", &year, &month, &numeric_day) == 3)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (year, month, numeric_day, 12, 0, 0);

      /* Translators: the date of a session in the list, see g_date_time_format(). */
      day = g_date_time_format (when, _("%a %-d %b %Y"));
    }

  if (day != NULL && kin_is_valid_hhmm (start))
    /* Translators: a session's date and start time, such as "Thu 26 Nov 2026, 10:00". */
    return g_strdup_printf (_("%s, %s"), day, start);
  if (day != NULL)
    return g_steal_pointer (&day);
  if (kin_is_valid_hhmm (start))
    return g_strdup (start);

  return g_strdup (_("No date"));
}

static const char *
title_or_untitled (KinSession *session)
{
  const char *title = kin_session_get_title (session);

  return *title != '\0' ? title : _("Untitled Session");
}

static void
update_row (GtkWidget *row)
{
  KinSession *session = g_object_get_data (G_OBJECT (row), "kin-session");
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "kin-title");
  GtkLabel *when = g_object_get_data (G_OBJECT (row), "kin-when");
  g_autofree char *description = describe_when (session);

  gtk_label_set_text (title, title_or_untitled (session));
  gtk_label_set_text (when, description);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KinSession *session = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *when = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (when), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (when), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (when, "caption");
  gtk_widget_add_css_class (when, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), when);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "kin-session", g_object_ref (session), g_object_unref);
  g_object_set_data (G_OBJECT (row), "kin-title", title);
  g_object_set_data (G_OBJECT (row), "kin-when", when);
  update_row (row);
  g_signal_connect_object (session, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);

  return row;
}

/* Selection --------------------------------------------------------------- */

static void
update_heading (KinSessionsPage *self)
{
  gtk_label_set_text (self->heading, self->selected != NULL ? title_or_untitled (self->selected) : "");
}

static void
set_selected (KinSessionsPage *self,
              KinSession      *session)
{
  if (self->selected == session)
    return;

  if (self->selected != NULL)
    g_signal_handlers_disconnect_by_func (self->selected, update_heading, self);
  g_set_object (&self->selected, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify::title", G_CALLBACK (update_heading),
                             self, G_CONNECT_SWAPPED);

  kin_session_editor_set_session (self->editor, session);
  update_heading (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SESSION]);
}

static void
show_selected (KinSessionsPage *self)
{
  GtkListBoxRow *row = NULL;
  guint position;

  if (find_session (self, self->selected, &position))
    row = gtk_list_box_get_row_at_index (self->list_box, position);

  self->selecting = TRUE;
  gtk_list_box_select_row (self->list_box, row);
  self->selecting = FALSE;

  update_actions (self);
}

/**
 * kin_sessions_page_select:
 * @session: (nullable): a session of the project
 *
 * Selects @session in the list and shows it in the editor.
 */
void
kin_sessions_page_select (KinSessionsPage *self,
                          KinSession      *session)
{
  g_return_if_fail (KIN_IS_SESSIONS_PAGE (self));
  g_return_if_fail (session == NULL || KIN_IS_SESSION (session));

  if (!find_session (self, session, NULL))
    session = NULL;

  set_selected (self, session);
  show_selected (self);
}

static void
row_selected_cb (KinSessionsPage *self,
                 GtkListBoxRow   *row)
{
  if (self->selecting || row == NULL)
    return;

  /* The times typed for the session being left are kept. */
  kin_session_editor_commit (self->editor);
  set_selected (self, g_object_get_data (G_OBJECT (row), "kin-session"));
}

static void
row_activated_cb (KinSessionsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
sessions_changed_cb (KinSessionsPage *self,
                     guint            position,
                     guint            removed,
                     guint            added,
                     GListModel      *sessions)
{
  /* Changed rows are made again, which loses the selection: the same
   * session is selected again or, when it went, the one in its place. */
  if (!find_session (self, self->selected, NULL))
    {
      g_autoptr(KinSession) next = kin_list_model_dup_near (sessions, position);

      set_selected (self, next);
    }

  update_stack (self);
  show_selected (self);
}

/* Actions ----------------------------------------------------------------- */

static void
show_editor (KinSessionsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KinSessionsPage *self = KIN_SESSIONS_PAGE (widget);
  g_autoptr(KinSession) session = NULL;
  g_autofree char *today = NULL;

  if (self->project == NULL)
    return;

  kin_session_editor_commit (self->editor);

  today = kin_date_today ();
  session = kin_session_new ();
  kin_session_set_title (session, _("New Session"));
  kin_session_set_date (session, today);
  kin_session_set_start (session, NEW_SESSION_START);
  /* Whoever ran the session in view most likely runs the next one. */
  if (self->selected != NULL)
    kin_session_set_facilitator (session, kin_session_get_facilitator (self->selected));

  kin_project_begin_action (self->project, _("Add Session"));
  kin_project_append (self->project, get_sessions (self), session);
  kin_project_end_action (self->project);

  kin_sessions_page_select (self, session);
  show_editor (self);
  kin_session_editor_focus_title (self->editor);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinSessionsPage *self = KIN_SESSIONS_PAGE (widget);
  g_autoptr(KinSession) copy = NULL;
  g_autofree char *title = NULL;
  guint position;

  if (!find_session (self, self->selected, &position))
    return;

  kin_session_editor_commit (self->editor);

  copy = kin_session_copy (self->selected);
  /* Translators: the title of a duplicated session; %s is the original's. */
  title = g_strdup_printf (_("%s (copy)"), kin_session_get_title (self->selected));
  kin_session_set_title (copy, title);

  kin_project_begin_action (self->project, _("Duplicate Session"));
  kin_project_insert (self->project, get_sessions (self), position + 1, copy);
  kin_project_end_action (self->project);

  kin_sessions_page_select (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinSessionsPage *self = KIN_SESSIONS_PAGE (widget);
  guint position;

  if (!find_session (self, self->selected, &position))
    return;

  kin_project_begin_action (self->project, _("Delete Session"));
  kin_project_remove (self->project, get_sessions (self), position);
  kin_project_end_action (self->project);

  kin_undo_toast_show (GTK_WIDGET (self->toast_overlay), self->project, _("Session deleted"));
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinSessionsPage *self = KIN_SESSIONS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

/* Object ------------------------------------------------------------------ */

static void
kin_sessions_page_dispose (GObject *object)
{
  KinSessionsPage *self = KIN_SESSIONS_PAGE (object);

  kin_sessions_page_set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_SESSIONS_PAGE);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (kin_sessions_page_parent_class)->dispose (object);
}

static void
kin_sessions_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KinSessionsPage *self = KIN_SESSIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SELECTED_SESSION:
      g_value_set_object (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_sessions_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KinSessionsPage *self = KIN_SESSIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_sessions_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_sessions_page_class_init (KinSessionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_sessions_page_dispose;
  object_class->get_property = kin_sessions_page_get_property;
  object_class->set_property = kin_sessions_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KinSessionsPage:selected-session:
   *
   * The session in the editor, the one that presenting starts with.
   */
  properties[PROP_SELECTED_SESSION] =
    g_param_spec_object ("selected-session", NULL, NULL,
                         KIN_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "sessions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "sessions.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "sessions.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "sessions.show-list", NULL, show_list_action);

  g_type_ensure (KIN_TYPE_SESSION_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-sessions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, heading);
  gtk_widget_class_bind_template_child (widget_class, KinSessionsPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
kin_sessions_page_init (KinSessionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The back button only makes sense when the panes are folded. */
  g_object_bind_property (self->leaflet, "folded", self->back_button, "visible",
                          G_BINDING_SYNC_CREATE);

  /* Delete removes the selected session only from the list itself. */
  kin_list_box_add_shortcut (self->list_box, GDK_KEY_Delete, 0, "sessions.delete");

  update_stack (self);
  update_actions (self);
}

KinProject *
kin_sessions_page_get_project (KinSessionsPage *self)
{
  g_return_val_if_fail (KIN_IS_SESSIONS_PAGE (self), NULL);

  return self->project;
}

/**
 * kin_sessions_page_set_project:
 * @project: (nullable): the project to show
 */
void
kin_sessions_page_set_project (KinSessionsPage *self,
                               KinProject      *project)
{
  GListModel *sessions;
  g_autoptr(KinSession) first = NULL;

  g_return_if_fail (KIN_IS_SESSIONS_PAGE (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  set_selected (self, NULL);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (get_sessions (self), sessions_changed_cb, self);

  g_set_object (&self->project, project);
  kin_session_editor_set_project (self->editor, project);

  sessions = get_sessions (self);
  gtk_list_box_bind_model (self->list_box, sessions, create_row, NULL, NULL);
  if (sessions != NULL)
    {
      g_signal_connect_object (sessions, "items-changed", G_CALLBACK (sessions_changed_cb),
                               self, G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (sessions) > 0)
        first = g_list_model_get_item (sessions, 0);
    }

  set_selected (self, first);
  update_stack (self);
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_sessions_page_get_selected_session:
 *
 * Returns: (transfer none) (nullable): the session shown in the editor,
 *   the one to present
 */
KinSession *
kin_sessions_page_get_selected_session (KinSessionsPage *self)
{
  g_return_val_if_fail (KIN_IS_SESSIONS_PAGE (self), NULL);

  return self->selected;
}

/**
 * kin_sessions_page_get_editor:
 *
 * Returns: (transfer none): the editor of the selected session
 */
KinSessionEditor *
kin_sessions_page_get_editor (KinSessionsPage *self)
{
  g_return_val_if_fail (KIN_IS_SESSIONS_PAGE (self), NULL);

  return self->editor;
}
