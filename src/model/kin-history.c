/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-history-private.h"

/**
 * KinHistory:
 *
 * The undo and redo history of a project.
 *
 * Every edit is applied at once and recorded as a command; commands are
 * grouped into steps, each with a translated label, and undo and redo
 * work a step at a time. The history is bounded both in steps and in
 * estimated memory, dropping the oldest steps first, and it remembers
 * which position was last saved so that the "is-modified" state stays
 * right across undo and redo.
 *
 * Applications use it through the edit functions of #KinProject.
 */
G_DEFINE_FINAL_TYPE (KinHistory, kin_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_IS_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

KinHistoryStep *
_kin_history_step_new (void)
{
  KinHistoryStep *step = g_new0 (KinHistoryStep, 1);

  step->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_command_free);

  return step;
}

void
_kin_history_step_free (KinHistoryStep *step)
{
  g_free (step->label);
  g_ptr_array_unref (step->commands);
  g_free (step);
}

/* Notifies the properties whose values changed since last time, then
 * tells listeners that the project changed.
 */
void
_kin_history_update_state (KinHistory *self,
                           gboolean    emit_changed)
{
  gboolean can_undo = kin_history_can_undo (self);
  gboolean can_redo = kin_history_can_redo (self);
  gboolean modified = kin_history_get_modified (self);
  const char *undo_label = kin_history_get_undo_label (self);
  const char *redo_label = kin_history_get_redo_label (self);

  g_object_freeze_notify (G_OBJECT (self));

  if (can_undo != self->last_can_undo)
    {
      self->last_can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }

  if (can_redo != self->last_can_redo)
    {
      self->last_can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }

  if (modified != self->last_modified)
    {
      self->last_modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_MODIFIED]);
    }

  if (g_strcmp0 (undo_label, self->last_undo_label) != 0)
    {
      g_free (self->last_undo_label);
      self->last_undo_label = g_strdup (undo_label);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
    }

  if (g_strcmp0 (redo_label, self->last_redo_label) != 0)
    {
      g_free (self->last_redo_label);
      self->last_redo_label = g_strdup (redo_label);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
    }

  g_object_thaw_notify (G_OBJECT (self));

  if (emit_changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Removes steps[first .. first + n), keeping the bookkeeping right: either
 * the oldest steps (@first is 0) or steps of the redo branch.
 */
void
_kin_history_drop_steps (KinHistory *self,
                         guint       first,
                         guint       n)
{
  g_assert (first == 0 || first >= self->position);

  for (guint i = first; i < first + n; i++)
    {
      KinHistoryStep *step = KIN_HISTORY_STEP (self, i);

      self->size -= step->size;
      if (step == self->merge_step)
        self->merge_step = NULL;
    }

  g_ptr_array_remove_range (self->steps, first, n);

  if (first < self->position)
    {
      /* Dropping from the bottom shifts every position down. */
      self->position -= n;
      if (self->saved != SAVED_NOWHERE)
        self->saved = self->saved >= (int) n ? self->saved - (int) n : SAVED_NOWHERE;
    }
  else if (self->saved > (int) first)
    {
      /* The saved state was in the dropped redo branch. */
      self->saved = SAVED_NOWHERE;
    }
}

void
_kin_history_enforce_limits (KinHistory *self)
{
  guint drop = 0;
  gsize size = self->size;

  /* Oldest first. */
  while (drop < self->position &&
         (self->steps->len - drop > self->max_steps || size > self->max_bytes))
    size -= KIN_HISTORY_STEP (self, drop++)->size;

  if (drop > 0)
    _kin_history_drop_steps (self, 0, drop);

  /* Only lowering the limits while there are steps to redo gets here:
   * then the newest redo steps go.
   */
  while (self->steps->len > self->position &&
         (self->steps->len > self->max_steps || self->size > self->max_bytes))
    _kin_history_drop_steps (self, self->steps->len - 1, 1);
}

/* Completes a step: labels it after its first command unless it has a
 * label, makes it the step to undo, and applies the limits.
 */
void
_kin_history_push_step (KinHistory     *self,
                        KinHistoryStep *step)
{
  if (step->label == NULL)
    step->label = kin_command_make_label (g_ptr_array_index (step->commands, 0));

  g_ptr_array_add (self->steps, step);
  self->position++;
  self->size += step->size;

  _kin_history_enforce_limits (self);
}

static void
kin_history_finalize (GObject *object)
{
  KinHistory *self = KIN_HISTORY (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->pending, _kin_history_step_free);
  g_clear_pointer (&self->pending_label, g_free);
  g_clear_pointer (&self->last_undo_label, g_free);
  g_clear_pointer (&self->last_redo_label, g_free);

  G_OBJECT_CLASS (kin_history_parent_class)->finalize (object);
}

static void
kin_history_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinHistory *self = KIN_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kin_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, kin_history_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, kin_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, kin_history_get_redo_label (self));
      break;

    case PROP_IS_MODIFIED:
      g_value_set_boolean (value, kin_history_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_history_class_init (KinHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kin_history_finalize;
  object_class->get_property = kin_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_MODIFIED] =
    g_param_spec_boolean ("is-modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinHistory::changed:
   *
   * Emitted once after every completed step (at the end of the outermost
   * action, or after a standalone edit, including one merged into the
   * previous step), and after every undo and redo.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
kin_history_init (KinHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) _kin_history_step_free);
  self->max_steps = KIN_HISTORY_DEFAULT_MAX_STEPS;
  self->max_bytes = KIN_HISTORY_DEFAULT_MAX_BYTES;
}

/**
 * kin_history_new:
 * @owner: (nullable): the object that owns the history, usually a
 *   #KinProject
 *
 * Creates an empty history, in the saved state. Edits of @owner itself
 * are recorded without a reference to it, so that the owner can hold the
 * history without a reference cycle.
 *
 * Returns: (transfer full): a new #KinHistory
 */
KinHistory *
kin_history_new (GObject *owner)
{
  KinHistory *self = g_object_new (KIN_TYPE_HISTORY, NULL);

  self->owner = owner;

  return self;
}

/* Undoes or redoes one step. */
static gboolean
apply_step (KinHistory *self,
            gboolean    forward)
{
  KinHistoryStep *step;

  g_return_val_if_fail (KIN_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->applying)
    return FALSE;

  if (forward ? self->position == self->steps->len : self->position == 0)
    return FALSE;

  step = KIN_HISTORY_STEP (self, forward ? self->position : self->position - 1);
  self->merge_step = NULL;
  self->applying = TRUE;

  if (forward)
    {
      for (guint i = 0; i < step->commands->len; i++)
        kin_command_apply (g_ptr_array_index (step->commands, i), TRUE);
      self->position++;
    }
  else
    {
      for (guint i = step->commands->len; i > 0; i--)
        kin_command_apply (g_ptr_array_index (step->commands, i - 1), FALSE);
      self->position--;
    }

  self->applying = FALSE;
  _kin_history_update_state (self, TRUE);

  return TRUE;
}

/**
 * kin_history_undo:
 * @self: a #KinHistory
 *
 * Undoes the last step. Not allowed while an action is being recorded.
 *
 * Returns: %TRUE if a step was undone
 */
gboolean
kin_history_undo (KinHistory *self)
{
  return apply_step (self, FALSE);
}

/**
 * kin_history_redo:
 * @self: a #KinHistory
 *
 * Redoes the last undone step.
 *
 * Returns: %TRUE if a step was redone
 */
gboolean
kin_history_redo (KinHistory *self)
{
  return apply_step (self, TRUE);
}

/**
 * kin_history_can_undo:
 * @self: a #KinHistory
 *
 * Returns: %TRUE if there is a step to undo
 */
gboolean
kin_history_can_undo (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), FALSE);

  return self->position > 0;
}

/**
 * kin_history_can_redo:
 * @self: a #KinHistory
 *
 * Returns: %TRUE if there is a step to redo
 */
gboolean
kin_history_can_redo (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), FALSE);

  return self->position < self->steps->len;
}

/**
 * kin_history_get_undo_label:
 * @self: a #KinHistory
 *
 * Returns: (nullable): the translated label of the step to undo, such as
 *   "Move Note", or %NULL if there is none
 */
const char *
kin_history_get_undo_label (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), NULL);

  return self->position > 0 ? KIN_HISTORY_STEP (self, self->position - 1)->label : NULL;
}

/**
 * kin_history_get_redo_label:
 * @self: a #KinHistory
 *
 * Returns: (nullable): the translated label of the step to redo, or %NULL
 *   if there is none
 */
const char *
kin_history_get_redo_label (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), NULL);

  if (self->position == self->steps->len)
    return NULL;

  return KIN_HISTORY_STEP (self, self->position)->label;
}

/**
 * kin_history_get_n_undo:
 * @self: a #KinHistory
 *
 * Returns: the number of steps that can be undone
 */
guint
kin_history_get_n_undo (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), 0);

  return self->position;
}

/**
 * kin_history_get_n_redo:
 * @self: a #KinHistory
 *
 * Returns: the number of steps that can be redone
 */
guint
kin_history_get_n_redo (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), 0);

  return self->steps->len - self->position;
}

/**
 * kin_history_mark_saved:
 * @self: a #KinHistory
 *
 * Records that the current state is the saved one. It also stops further
 * typing from merging into the step before the save.
 */
void
kin_history_mark_saved (KinHistory *self)
{
  g_return_if_fail (KIN_IS_HISTORY (self));

  self->saved = (int) self->position;
  self->merge_step = NULL;
  _kin_history_update_state (self, FALSE);
}

/**
 * kin_history_mark_unsaved:
 * @self: a #KinHistory
 *
 * Records that no state in the history is saved, so the project counts as
 * modified until it is saved. Used for work recovered from an autosaved draft.
 */
void
kin_history_mark_unsaved (KinHistory *self)
{
  g_return_if_fail (KIN_IS_HISTORY (self));

  self->saved = SAVED_NOWHERE;
  _kin_history_update_state (self, FALSE);
}

/**
 * kin_history_get_modified:
 * @self: a #KinHistory
 *
 * Returns: %TRUE if the state differs from the one last marked as saved
 */
gboolean
kin_history_get_modified (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), FALSE);

  return self->saved != (int) self->position;
}

/**
 * kin_history_clear:
 * @self: a #KinHistory
 *
 * Forgets every step, keeping the modified state as it is. Not allowed
 * while an action is being recorded.
 */
void
kin_history_clear (KinHistory *self)
{
  gboolean modified;

  g_return_if_fail (KIN_IS_HISTORY (self));
  g_return_if_fail (self->depth == 0);

  modified = kin_history_get_modified (self);

  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  self->size = 0;
  self->merge_step = NULL;
  self->saved = modified ? SAVED_NOWHERE : 0;

  _kin_history_update_state (self, FALSE);
}

/**
 * kin_history_set_limits:
 * @self: a #KinHistory
 * @max_steps: the most steps to keep
 * @max_bytes: the most memory to keep, as estimated
 *
 * Bounds the history; the oldest steps are dropped first. The defaults
 * are %KIN_HISTORY_DEFAULT_MAX_STEPS and %KIN_HISTORY_DEFAULT_MAX_BYTES.
 */
void
kin_history_set_limits (KinHistory *self,
                        guint       max_steps,
                        gsize       max_bytes)
{
  g_return_if_fail (KIN_IS_HISTORY (self));

  self->max_steps = max_steps;
  self->max_bytes = max_bytes;

  _kin_history_enforce_limits (self);
  _kin_history_update_state (self, FALSE);
}

/**
 * kin_history_get_size:
 * @self: a #KinHistory
 *
 * Returns: the estimated memory the recorded steps keep alive, in bytes
 */
gsize
kin_history_get_size (KinHistory *self)
{
  g_return_val_if_fail (KIN_IS_HISTORY (self), 0);

  return self->size;
}
