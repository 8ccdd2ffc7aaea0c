/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-action-list.h"
#include "kin-action-row.h"
#include "kin-undo-toast.h"

/* The actions agreed in a session: who does what by when, and whether it
 * is done. The list is used while preparing a session and while presenting
 * one, so adding is quick: type in the entry below the list and press Enter,
 * and the entry keeps the focus for the next one. Every edit is one undo step
 * of the project; a deleted action can be brought back from a toast.
 */

struct _KinActionList
{
  GtkWidget   parent_instance;

  KinProject *project;
  KinSession *session;

  GtkWidget  *content;
  GtkListBox *list_box;
  GtkLabel   *placeholder;
  GtkEntry   *new_entry;
};

G_DEFINE_FINAL_TYPE (KinActionList, kin_action_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_actions (KinActionList *self)
{
  return self->session != NULL ? kin_session_get_actions (self->session) : NULL;
}

static gboolean
can_edit (KinActionList *self)
{
  return self->project != NULL && self->session != NULL;
}

static void
update_state (KinActionList *self)
{
  gboolean editable = can_edit (self);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_entry))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_entry), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "action-list.add", editable && *text != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "action-list.delete", editable);

  if (self->session == NULL)
    gtk_label_set_text (self->placeholder, _("No session is chosen."));
  else
    gtk_label_set_text (self->placeholder,
                        _("No actions yet. Write down what people agree to do, who will do "
                          "it and by when."));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KinActionList *self = user_data;

  return kin_action_row_new (self->project, item);
}

static void
bind_actions (KinActionList *self)
{
  /* Rows need the project to make their edits. */
  if (self->project != NULL)
    gtk_list_box_bind_model (self->list_box, get_actions (self), create_row, self, NULL);
  else
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
}

static gboolean
find_action (KinActionList *self,
             const char    *id,
             guint         *position)
{
  GListModel *actions = get_actions (self);

  if (actions == NULL || id == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(KinAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (kin_object_get_id (KIN_OBJECT (action)), id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * kin_action_list_add:
 * @text: what is to be done
 *
 * Appends an action with @text, stripped of surrounding white space, as one
 * undoable step, as typing it and pressing Enter does.
 *
 * Returns: (transfer none) (nullable): the new action, or %NULL when @text
 *   is empty or there is no session
 */
KinAction *
kin_action_list_add (KinActionList *self,
                     const char    *text)
{
  g_autoptr(KinAction) action = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (KIN_IS_ACTION_LIST (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (!can_edit (self) || *stripped == '\0')
    return NULL;

  action = kin_action_new ();
  kin_action_set_text (action, stripped);

  kin_project_begin_action (self->project, _("Add Action"));
  kin_project_append (self->project, get_actions (self), action);
  kin_project_end_action (self->project);

  /* The session holds it now. */
  return action;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KinActionList *self = KIN_ACTION_LIST (widget);

  if (kin_action_list_add (self, gtk_editable_get_text (GTK_EDITABLE (self->new_entry))) == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinActionList *self = KIN_ACTION_LIST (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  gboolean had_focus;
  guint position;

  if (!can_edit (self) || !find_action (self, id, &position))
    return;

  /* The row, and the button that was pressed, go away with the action. */
  had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->list_box)) != NULL;

  kin_project_begin_action (self->project, _("Delete Action"));
  kin_project_remove (self->project, get_actions (self), position);
  kin_project_end_action (self->project);

  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));

  kin_undo_toast_show (widget, self->project, _("Action deleted"));
}

static void
new_entry_activate_cb (KinActionList *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "action-list.add", NULL);
}

static void
new_entry_changed_cb (KinActionList *self)
{
  update_state (self);
}

static void
kin_action_list_dispose (GObject *object)
{
  KinActionList *self = KIN_ACTION_LIST (object);

  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_ACTION_LIST);
  g_clear_object (&self->session);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_action_list_parent_class)->dispose (object);
}

static void
kin_action_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KinActionList *self = KIN_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_action_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KinActionList *self = KIN_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_action_list_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION:
      kin_action_list_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_action_list_class_init (KinActionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_action_list_dispose;
  object_class->get_property = kin_action_list_get_property;
  object_class->set_property = kin_action_list_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         KIN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "action-list.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "action-list.delete", "s", delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-action-list.ui");
  gtk_widget_class_bind_template_child (widget_class, KinActionList, content);
  gtk_widget_class_bind_template_child (widget_class, KinActionList, list_box);
  gtk_widget_class_bind_template_child (widget_class, KinActionList, placeholder);
  gtk_widget_class_bind_template_child (widget_class, KinActionList, new_entry);
  gtk_widget_class_bind_template_callback (widget_class, new_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_entry_changed_cb);
}

static void
kin_action_list_init (KinActionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_state (self);
}

/**
 * kin_action_list_new:
 *
 * Returns: (transfer floating): a new, empty action list; set its
 *   #KinActionList:project and #KinActionList:session
 */
GtkWidget *
kin_action_list_new (void)
{
  return g_object_new (KIN_TYPE_ACTION_LIST, NULL);
}

KinProject *
kin_action_list_get_project (KinActionList *self)
{
  g_return_val_if_fail (KIN_IS_ACTION_LIST (self), NULL);

  return self->project;
}

/**
 * kin_action_list_set_project:
 * @project: (nullable): the project that holds the session
 */
void
kin_action_list_set_project (KinActionList *self,
                             KinProject    *project)
{
  g_return_if_fail (KIN_IS_ACTION_LIST (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  bind_actions (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_action_list_get_session:
 *
 * Returns: (transfer none) (nullable): the session whose actions are shown
 */
KinSession *
kin_action_list_get_session (KinActionList *self)
{
  g_return_val_if_fail (KIN_IS_ACTION_LIST (self), NULL);

  return self->session;
}

/**
 * kin_action_list_set_session:
 * @session: (nullable): a session of the project, or %NULL to show none
 */
void
kin_action_list_set_session (KinActionList *self,
                             KinSession    *session)
{
  g_return_if_fail (KIN_IS_ACTION_LIST (self));
  g_return_if_fail (session == NULL || KIN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  bind_actions (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * kin_action_list_focus_entry:
 *
 * Moves the keyboard focus to the entry for a new action.
 */
void
kin_action_list_focus_entry (KinActionList *self)
{
  g_return_if_fail (KIN_IS_ACTION_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
}
