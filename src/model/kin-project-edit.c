/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <gobject/gvaluecollector.h>

#include "kin-history.h"
#include "kin-project.h"

/* The undoable edit API of KinProject. Every function here is a thin
 * layer over the project's KinHistory, which applies and records edits.
 */

/**
 * kin_project_begin_action:
 * @self: a #KinProject
 * @label: (nullable): the translated undo label, such as "Move Note", or
 *   %NULL to use the label of the first edit
 *
 * Starts a user action: all edits until the matching
 * kin_project_end_action() are undone and redone as one step, and
 * #KinProject::changed is emitted once at the end. Actions nest; the
 * outermost label wins.
 */
void
kin_project_begin_action (KinProject *self,
                          const char *label)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  kin_history_begin (kin_project_get_history (self), label);
}

/**
 * kin_project_end_action:
 * @self: a #KinProject
 *
 * Ends a user action started with kin_project_begin_action().
 */
void
kin_project_end_action (KinProject *self)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  kin_history_end (kin_project_get_history (self));
}

static GParamSpec *
find_writable_property (GObject    *object,
                        const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);

  if (pspec == NULL)
    {
      g_critical ("%s has no property named “%s”", G_OBJECT_TYPE_NAME (object), name);
      return NULL;
    }

  if ((pspec->flags & G_PARAM_WRITABLE) == 0 ||
      (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
    {
      g_critical ("Property “%s” of %s cannot be edited",
                  name, G_OBJECT_TYPE_NAME (object));
      return NULL;
    }

  return pspec;
}

/**
 * kin_project_set:
 * @self: a #KinProject
 * @object: (type GObject): an entity of the project, or the project itself
 * @first_property: the name of the first property to set
 * @...: its value, then more name/value pairs, ending with %NULL
 *
 * Sets properties as one undoable step, like g_object_set(). Outside an
 * action, setting one property gets a label such as "Change Title", and
 * consecutive changes of the same text property less than a second apart
 * merge into one step, so that typing a title is undone at once.
 * Setting a property to its current value records nothing.
 */
void
kin_project_set (KinProject *self,
                 gpointer    object,
                 const char *first_property,
                 ...)
{
  KinHistory *history;
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  const char *name;
  va_list args;

  g_return_if_fail (KIN_IS_PROJECT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  /* Collect every value first: whether this is one step of its own or a
   * group depends on how many there are.
   */
  va_start (args, first_property);
  for (name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = find_writable_property (object, name);
      GValue value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        break;

      G_VALUE_COLLECT_INIT (&value, G_PARAM_SPEC_VALUE_TYPE (pspec), args, 0, &error);
      if (error != NULL)
        {
          g_critical ("Cannot set “%s” of %s: %s",
                      name, G_OBJECT_TYPE_NAME (object), error);
          /* The value may hold part of what was collected. */
          g_value_unset (&value);
          break;
        }

      g_ptr_array_add (pspecs, pspec);
      g_array_append_val (values, value);
    }
  va_end (args);

  history = kin_project_get_history (self);

  if (pspecs->len == 1)
    {
      kin_history_set_value (history, object, g_ptr_array_index (pspecs, 0),
                             &g_array_index (values, GValue, 0));
      return;
    }

  kin_history_begin (history, NULL);
  for (guint i = 0; i < pspecs->len; i++)
    kin_history_set_value (history, object, g_ptr_array_index (pspecs, i),
                           &g_array_index (values, GValue, i));
  kin_history_end (history);
}

/**
 * kin_project_set_value:
 * @self: a #KinProject
 * @object: (type GObject): an entity of the project, or the project itself
 * @property: the name of the property to set
 * @value: the new value, of the property's type or one that converts to it
 *
 * Sets one property as an undoable edit, like kin_project_set().
 */
void
kin_project_set_value (KinProject   *self,
                       gpointer      object,
                       const char   *property,
                       const GValue *value)
{
  GParamSpec *pspec;

  g_return_if_fail (KIN_IS_PROJECT (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = find_writable_property (object, property);
  if (pspec != NULL)
    kin_history_set_value (kin_project_get_history (self), object, pspec, value);
}

/**
 * kin_project_insert:
 * @self: a #KinProject
 * @list: one of the project's lists, or a list of one of its entities
 * @position: where to insert, at most the length of @list
 * @item: (type KinObject) (transfer none): the entity to insert
 *
 * Inserts an entity as an undoable edit, labelled such as "Add Note"
 * outside an action.
 */
void
kin_project_insert (KinProject *self,
                    GListModel *list,
                    guint       position,
                    gpointer    item)
{
  g_return_if_fail (KIN_IS_PROJECT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  kin_history_insert (kin_project_get_history (self), G_LIST_STORE (list), position, item);
}

/**
 * kin_project_append:
 * @self: a #KinProject
 * @list: one of the project's lists, or a list of one of its entities
 * @item: (type KinObject) (transfer none): the entity to append
 *
 * Appends an entity as an undoable edit.
 */
void
kin_project_append (KinProject *self,
                    GListModel *list,
                    gpointer    item)
{
  g_return_if_fail (KIN_IS_PROJECT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  kin_history_insert (kin_project_get_history (self), G_LIST_STORE (list),
                      g_list_model_get_n_items (list), item);
}

/**
 * kin_project_remove:
 * @self: a #KinProject
 * @list: one of the project's lists, or a list of one of its entities
 * @position: the position of the entity to remove
 *
 * Removes an entity as an undoable edit, labelled such as "Delete Note"
 * outside an action. References to it elsewhere are left alone: callers
 * clear them in the same action if they need to.
 */
void
kin_project_remove (KinProject *self,
                    GListModel *list,
                    guint       position)
{
  g_return_if_fail (KIN_IS_PROJECT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  kin_history_remove (kin_project_get_history (self), G_LIST_STORE (list), position);
}

/**
 * kin_project_move:
 * @self: a #KinProject
 * @list: one of the project's lists, or a list of one of its entities
 * @from: the position of the entity to move
 * @to: the position the entity has after the move
 *
 * Moves an entity within a list as an undoable edit.
 */
void
kin_project_move (KinProject *self,
                  GListModel *list,
                  guint       from,
                  guint       to)
{
  g_return_if_fail (KIN_IS_PROJECT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  kin_history_move (kin_project_get_history (self), G_LIST_STORE (list), from, to);
}

/**
 * kin_project_undo:
 * @self: a #KinProject
 *
 * Undoes the last step.
 *
 * Returns: %TRUE if there was a step to undo
 */
gboolean
kin_project_undo (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), FALSE);

  return kin_history_undo (kin_project_get_history (self));
}

/**
 * kin_project_redo:
 * @self: a #KinProject
 *
 * Redoes the last undone step.
 *
 * Returns: %TRUE if there was a step to redo
 */
gboolean
kin_project_redo (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), FALSE);

  return kin_history_redo (kin_project_get_history (self));
}

/**
 * kin_project_can_undo:
 * @self: a #KinProject
 *
 * Returns: %TRUE if there is a step to undo
 */
gboolean
kin_project_can_undo (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), FALSE);

  return kin_history_can_undo (kin_project_get_history (self));
}

/**
 * kin_project_can_redo:
 * @self: a #KinProject
 *
 * Returns: %TRUE if there is a step to redo
 */
gboolean
kin_project_can_redo (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), FALSE);

  return kin_history_can_redo (kin_project_get_history (self));
}

/**
 * kin_project_get_undo_label:
 * @self: a #KinProject
 *
 * Returns: (nullable): the translated label of the step to undo, such as
 *   "Move Note"
 */
const char *
kin_project_get_undo_label (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return kin_history_get_undo_label (kin_project_get_history (self));
}

/**
 * kin_project_get_redo_label:
 * @self: a #KinProject
 *
 * Returns: (nullable): the translated label of the step to redo
 */
const char *
kin_project_get_redo_label (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return kin_history_get_redo_label (kin_project_get_history (self));
}

/**
 * kin_project_mark_saved:
 * @self: a #KinProject
 *
 * Records that the project as it is now has been saved (or freshly
 * loaded), so that it is no longer modified.
 */
void
kin_project_mark_saved (KinProject *self)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  kin_history_mark_saved (kin_project_get_history (self));
}

/**
 * kin_project_mark_unsaved:
 * @self: a #KinProject
 *
 * Records that the project differs from anything saved, as for work
 * recovered from an autosaved draft.
 */
void
kin_project_mark_unsaved (KinProject *self)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  kin_history_mark_unsaved (kin_project_get_history (self));
}

/**
 * kin_project_get_modified:
 * @self: a #KinProject
 *
 * Gets the "is-modified" property. Undoing back to the saved state makes
 * the project unmodified again.
 *
 * Returns: %TRUE if the project has unsaved changes
 */
gboolean
kin_project_get_modified (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), FALSE);

  return kin_history_get_modified (kin_project_get_history (self));
}
