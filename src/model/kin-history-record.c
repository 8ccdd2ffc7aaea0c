/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-history-private.h"

/* Recording edits into steps: actions, merging of typing, and the four
 * kinds of edit. Undo, redo and the saved state are in kin-history.c.
 */

static void
add_command (KinHistory *self,
             KinCommand *command,
             gboolean    mergeable)
{
  KinHistoryStep *step;

  if (self->pending == NULL)
    {
      /* A new edit after undo makes the undone steps unreachable. */
      if (self->position < self->steps->len)
        _kin_history_drop_steps (self, self->position,
                                 self->steps->len - self->position);

      self->merge_step = NULL;
      self->pending = _kin_history_step_new ();
    }

  self->pending->size += kin_command_get_size (command);
  g_ptr_array_add (self->pending->commands, command);

  if (self->depth > 0)
    return;

  /* A standalone edit is a step of its own. */
  step = g_steal_pointer (&self->pending);
  _kin_history_push_step (self, step);

  /* The limits may have dropped the step at once, if it alone is too big. */
  if (mergeable && self->position > 0 &&
      KIN_HISTORY_STEP (self, self->position - 1) == step)
    {
      self->merge_step = step;
      self->merge_time = g_get_monotonic_time ();
    }

  _kin_history_update_state (self, TRUE);
}

/* Continues the last step if it is a lone change of the same string
 * property made less than a second ago. Returns TRUE if it did, in which
 * case the new value has been applied.
 */
static gboolean
try_merge (KinHistory   *self,
           GObject      *object,
           GParamSpec   *pspec,
           const GValue *value)
{
  KinCommand *command;
  gint64 now;

  if (self->merge_step == NULL || self->depth > 0 || self->position == 0 ||
      KIN_HISTORY_STEP (self, self->position - 1) != self->merge_step ||
      self->merge_step->commands->len != 1)
    return FALSE;

  command = g_ptr_array_index (self->merge_step->commands, 0);
  if (!kin_command_is_string_set (command, object, pspec))
    return FALSE;

  now = g_get_monotonic_time ();
  if (now - self->merge_time >= MERGE_INTERVAL_USEC)
    return FALSE;

  g_object_set_property (object, pspec->name, value);

  self->size -= kin_command_get_size (command);
  self->merge_step->size -= kin_command_get_size (command);
  if (kin_command_update_set (command, value))
    {
      self->size += kin_command_get_size (command);
      self->merge_step->size += kin_command_get_size (command);
      self->merge_time = now;
    }
  else
    {
      /* Typed and deleted back to where it was: nothing is left to undo.
       * The step cannot be at the saved position (saving breaks the
       * merge), so the saved state stays right.
       */
      self->size -= self->merge_step->size;
      self->merge_step = NULL;
      g_ptr_array_remove_index (self->steps, self->position - 1);
      self->position--;
    }

  _kin_history_enforce_limits (self);
  _kin_history_update_state (self, TRUE);

  return TRUE;
}

/**
 * kin_history_begin:
 * @self: a #KinHistory
 * @label: (nullable): the translated undo label of the step, such as
 *   "Move Note", or %NULL to use the label of the first edit
 *
 * Starts an action: every edit until the matching kin_history_end() is one
 * undo step. Actions nest; the outermost label wins.
 */
void
kin_history_begin (KinHistory *self,
                   const char *label)
{
  g_return_if_fail (KIN_IS_HISTORY (self));

  if (self->depth == 0)
    self->merge_step = NULL;

  if (self->pending_label == NULL && label != NULL)
    self->pending_label = g_strdup (label);

  self->depth++;
}

/**
 * kin_history_end:
 * @self: a #KinHistory
 *
 * Ends an action started with kin_history_begin(). Ending the outermost
 * action completes the step, if anything was edited, and emits
 * #KinHistory::changed.
 */
void
kin_history_end (KinHistory *self)
{
  KinHistoryStep *step;

  g_return_if_fail (KIN_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    return;

  if (self->pending == NULL)
    {
      g_clear_pointer (&self->pending_label, g_free);
      return;
    }

  step = g_steal_pointer (&self->pending);
  step->label = g_steal_pointer (&self->pending_label);
  _kin_history_push_step (self, step);
  _kin_history_update_state (self, TRUE);
}

/**
 * kin_history_is_recording:
 * @self: a #KinHistory
 *
 * Returns: %TRUE between kin_history_begin() and the matching
 *   kin_history_end()
 */
gboolean
kin_history_is_recording (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), FALSE);

  return self->depth > 0;
}

/**
 * kin_history_set_value:
 * @self: a #KinHistory
 * @object: the object to change
 * @pspec: a writable property of @object
 * @value: the new value, of the property's type or one that converts to it
 *
 * Changes a property and records the change. Values out of the
 * property's range are clamped. Setting the current value records
 * nothing.
 */
void
kin_history_set_value (KinHistory   *self,
                       GObject      *object,
                       GParamSpec   *pspec,
                       const GValue *value)
{
  GType type;
  g_auto(GValue) new_value = G_VALUE_INIT;
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) actual = G_VALUE_INIT;
  gboolean mergeable;

  g_return_if_fail (KIN_IS_HISTORY (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (G_IS_PARAM_SPEC (pspec));
  g_return_if_fail (G_IS_VALUE (value));
  g_return_if_fail ((pspec->flags & G_PARAM_WRITABLE) != 0);
  g_return_if_fail ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0);
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (object), pspec->owner_type));

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&new_value, type);
  if (!g_value_transform (value, &new_value))
    {
      g_critical ("Cannot set property “%s” of type %s from a value of type %s",
                  pspec->name, g_type_name (type), G_VALUE_TYPE_NAME (value));
      return;
    }
  g_param_value_validate (pspec, &new_value);

  g_value_init (&old_value, type);
  g_object_get_property (object, pspec->name, &old_value);
  if (kin_values_equal (pspec, &old_value, &new_value))
    return;

  if (self->applying)
    {
      /* Something reacting to an undo or redo edits the model. Recording
       * it would tangle the history, so the edit is made but not recorded.
       */
      g_debug ("Not recording a change of “%s” made during undo or redo", pspec->name);
      g_object_set_property (object, pspec->name, &new_value);
      return;
    }

  mergeable = self->depth == 0 && type == G_TYPE_STRING;
  if (mergeable && try_merge (self, object, pspec, &new_value))
    return;

  g_object_set_property (object, pspec->name, &new_value);

  /* Record what the object really holds now, since a setter may
   * normalise the value (an empty colour means the default colour).
   */
  g_value_init (&actual, type);
  g_object_get_property (object, pspec->name, &actual);
  if (kin_values_equal (pspec, &old_value, &actual))
    return;

  add_command (self,
               kin_command_new_set (object, object != self->owner, pspec,
                                    &old_value, &actual),
               mergeable);
}

/**
 * kin_history_insert:
 * @self: a #KinHistory
 * @list: a list store
 * @position: where to insert, at most the length of @list
 * @item: (transfer none): the item to insert, of the list's item type
 *
 * Inserts an item into a list and records it.
 */
void
kin_history_insert (KinHistory *self,
                    GListStore *list,
                    guint       position,
                    GObject    *item)
{
  g_autoptr(KinCommand) command = NULL;

  g_return_if_fail (KIN_IS_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (G_IS_OBJECT (item));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item),
                                 g_list_model_get_item_type (G_LIST_MODEL (list))));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (list)));

  command = kin_command_new_insert (list, position, item);
  kin_command_apply (command, TRUE);

  if (self->applying)
    return;

  add_command (self, g_steal_pointer (&command), FALSE);
}

/**
 * kin_history_remove:
 * @self: a #KinHistory
 * @list: a list store
 * @position: the position of the item to remove
 *
 * Removes an item from a list and records it.
 */
void
kin_history_remove (KinHistory *self,
                    GListStore *list,
                    guint       position)
{
  g_autoptr(KinCommand) command = NULL;
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (KIN_IS_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (list)));

  item = g_list_model_get_item (G_LIST_MODEL (list), position);
  command = kin_command_new_remove (list, position, item);
  kin_command_apply (command, TRUE);

  if (self->applying)
    return;

  add_command (self, g_steal_pointer (&command), FALSE);
}

/**
 * kin_history_move:
 * @self: a #KinHistory
 * @list: a list store
 * @from: the position of the item to move
 * @to: the position the item has after the move
 *
 * Moves an item within a list and records it. Moving an item to where it
 * is records nothing.
 */
void
kin_history_move (KinHistory *self,
                  GListStore *list,
                  guint       from,
                  guint       to)
{
  g_autoptr(KinCommand) command = NULL;
  guint n_items;

  g_return_if_fail (KIN_IS_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_return_if_fail (from < n_items);
  g_return_if_fail (to < n_items);

  if (from == to)
    return;

  command = kin_command_new_move (list, from, to);
  kin_command_apply (command, TRUE);

  if (self->applying)
    return;

  add_command (self, g_steal_pointer (&command), FALSE);
}

/**
 * kin_history_break_merge:
 * @self: a #KinHistory
 *
 * Makes the next change a step of its own, even if it continues typing
 * into the same field, for example when the field loses the focus.
 */
void
kin_history_break_merge (KinHistory *self)
{
  g_return_if_fail (KIN_IS_HISTORY (self));

  self->merge_step = NULL;
}
