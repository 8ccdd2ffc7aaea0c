/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-action-row.h"
#include "kin-date-button.h"

/* One action in a KinActionList: a done check, the text and the owner edited
 * in place, and the due date. Typing goes into the model at once, where a
 * burst of typing in one field is one undo step; the row follows the model,
 * so undo and edits made elsewhere show up in it.
 */

struct _KinActionRow
{
  GtkListBoxRow  parent_instance;

  KinProject    *project;
  KinAction     *action;
  gboolean       updating;

  GtkCheckButton *done_check;
  GtkEntry       *text_entry;
  GtkEntry       *owner_entry;
  KinDateButton  *due_button;
  GtkWidget      *delete_button;
};

G_DEFINE_FINAL_TYPE (KinActionRow, kin_action_row, GTK_TYPE_LIST_BOX_ROW)

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
update (KinActionRow *self)
{
  gboolean done = kin_action_get_done (self->action);

  self->updating = TRUE;
  gtk_check_button_set_active (self->done_check, done);
  set_entry_text (self->text_entry, kin_action_get_text (self->action));
  set_entry_text (self->owner_entry, kin_action_get_owner (self->action));
  kin_date_button_set_date (self->due_button, kin_action_get_due (self->action));
  self->updating = FALSE;

  if (done)
    gtk_widget_add_css_class (GTK_WIDGET (self), "kin-action-done");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "kin-action-done");
}

static void
set_string (KinActionRow *self,
            const char   *property,
            const char   *label,
            const char   *text)
{
  if (self->updating || self->project == NULL)
    return;

  /* A lone property change outside an action merges with the next one, so
   * typing a word is one step; a label makes the step clear in the menu. */
  if (label == NULL)
    {
      kin_project_set (self->project, self->action, property, text, NULL);
      return;
    }

  kin_project_begin_action (self->project, label);
  kin_project_set (self->project, self->action, property, text, NULL);
  kin_project_end_action (self->project);
}

static void
text_changed_cb (KinActionRow *self)
{
  set_string (self, "text", NULL, gtk_editable_get_text (GTK_EDITABLE (self->text_entry)));
}

static void
owner_changed_cb (KinActionRow *self)
{
  set_string (self, "owner", NULL, gtk_editable_get_text (GTK_EDITABLE (self->owner_entry)));
}

static void
due_picked_cb (KinActionRow *self)
{
  set_string (self, "due", _("Change Due Date"), kin_date_button_get_date (self->due_button));
}

static void
done_toggled_cb (KinActionRow *self)
{
  gboolean done = gtk_check_button_get_active (self->done_check);

  if (self->updating || self->project == NULL || done == kin_action_get_done (self->action))
    return;

  kin_project_begin_action (self->project, done ? _("Mark Action Done") : _("Mark Action Not Done"));
  kin_project_set (self->project, self->action, "done", done, NULL);
  kin_project_end_action (self->project);
}

static void
kin_action_row_dispose (GObject *object)
{
  KinActionRow *self = KIN_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_ACTION_ROW);
  g_clear_object (&self->action);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_action_row_parent_class)->dispose (object);
}

static void
kin_action_row_class_init (KinActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_action_row_dispose;

  g_type_ensure (KIN_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KinActionRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, KinActionRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, KinActionRow, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, KinActionRow, due_button);
  gtk_widget_class_bind_template_child (widget_class, KinActionRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, done_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, owner_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, due_picked_cb);
}

static void
kin_action_row_init (KinActionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kin_action_row_new:
 * @project: the project that holds @action
 * @action: the action to show and edit
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
kin_action_row_new (KinProject *project,
                    KinAction  *action)
{
  KinActionRow *self;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_ACTION (action), NULL);

  self = g_object_new (KIN_TYPE_ACTION_ROW, NULL);
  self->project = g_object_ref (project);
  self->action = g_object_ref (action);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s",
                                    kin_object_get_id (KIN_OBJECT (action)));
  update (self);
  g_signal_connect_object (action, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * kin_action_row_get_action:
 *
 * Returns: (transfer none): the action the row shows
 */
KinAction *
kin_action_row_get_action (KinActionRow *self)
{
  g_return_val_if_fail (KIN_IS_ACTION_ROW (self), NULL);

  return self->action;
}
