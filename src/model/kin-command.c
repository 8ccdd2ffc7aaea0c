/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kin-asset.h"
#include "kin-command.h"
#include "kin-object.h"

/* What the history charges for the bookkeeping of one command, and for
 * each entity a command keeps alive. These are estimates, not exact
 * figures: they only need to keep a long session's memory bounded.
 */
#define COMMAND_COST 64
#define OBJECT_COST  256

typedef enum {
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_MOVE,
} CommandKind;

struct _KinCommand
{
  CommandKind kind;

  /* The edited object (SET) or list store (the others). Not referenced
   * when it is the owner of the history, which would be a cycle.
   */
  gpointer target;
  gboolean holds_target;

  /* SET */
  GParamSpec *pspec;
  GValue old_value;
  GValue new_value;

  /* INSERT and REMOVE: the item, at @position. MOVE: from @position to @to. */
  GObject *item;
  guint position;
  guint to;

  gsize size;
};

static gsize
estimate_value_size (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);

      return text != NULL ? strlen (text) + 1 : 0;
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      gsize size = sizeof (char *);

      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        size += sizeof (char *) + strlen (strv[i]) + 1;

      return size;
    }
  else if (type == G_TYPE_BYTES)
    {
      GBytes *bytes = g_value_get_boxed (value);

      return bytes != NULL ? g_bytes_get_size (bytes) : 0;
    }
  else if (type == G_TYPE_VARIANT)
    {
      GVariant *variant = g_value_get_variant (value);

      return variant != NULL ? g_variant_get_size (variant) : 0;
    }

  return 0;
}

static void
add_list_size_cb (GListModel *list,
                  gpointer    user_data)
{
  gsize *size = user_data;
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (list, i);

      *size += kin_estimate_object_size (child);
    }
}

/**
 * kin_estimate_object_size:
 * @object: an entity
 *
 * Estimates the memory an entity and its children keep alive while the
 * history holds them: a fixed cost per entity, plus the contents of
 * images, which are the only entities that can be large.
 *
 * Returns: the estimate in bytes
 */
gsize
kin_estimate_object_size (GObject *object)
{
  gsize size = OBJECT_COST;

  if (KIN_IS_ASSET (object))
    {
      GBytes *data = kin_asset_get_data (KIN_ASSET (object));

      if (data != NULL)
        size += g_bytes_get_size (data);
    }

  if (KIN_IS_OBJECT (object))
    kin_object_foreach_child_list (KIN_OBJECT (object), add_list_size_cb, &size);

  return size;
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  /* NULL and an empty list mean the same. */
  if (a == NULL || a[0] == NULL)
    return b == NULL || b[0] == NULL;
  if (b == NULL)
    return FALSE;

  return g_strv_equal (a, b);
}

static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/**
 * kin_values_equal:
 * @pspec: the property the values are for
 * @a: a value of the property's type
 * @b: another value of the property's type
 *
 * Compares two values of a property by content: strings where %NULL and ""
 * are the same, string lists, variants and bytes by content, numbers
 * exactly.
 *
 * Returns: %TRUE if setting @b where @a is set would change nothing
 */
gboolean
kin_values_equal (GParamSpec   *pspec,
                  const GValue *a,
                  const GValue *b)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (nonempty (g_value_get_string (a)),
                      nonempty (g_value_get_string (b))) == 0;

  if (type == G_TYPE_STRV)
    return strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  if (type == G_TYPE_VARIANT)
    {
      GVariant *va = g_value_get_variant (a);
      GVariant *vb = g_value_get_variant (b);

      if (va == NULL || vb == NULL)
        return va == vb;

      return g_variant_equal (va, vb);
    }

  if (type == G_TYPE_BYTES)
    {
      GBytes *ba = g_value_get_boxed (a);
      GBytes *bb = g_value_get_boxed (b);

      if (ba == NULL || bb == NULL)
        return ba == bb;

      return g_bytes_equal (ba, bb);
    }

  /* The default comparison of doubles allows an epsilon; an edit by a
   * tiny amount is still an edit.
   */
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);

  if (G_TYPE_IS_BOXED (type) || G_TYPE_IS_OBJECT (type))
    return g_value_peek_pointer (a) == g_value_peek_pointer (b);

  return g_param_values_cmp (pspec, a, b) == 0;
}

static KinCommand *
command_new (CommandKind kind,
             gpointer    target,
             gboolean    hold_target)
{
  KinCommand *self = g_new0 (KinCommand, 1);

  self->kind = kind;
  self->target = hold_target ? g_object_ref (target) : target;
  self->holds_target = hold_target;
  self->size = COMMAND_COST;

  return self;
}

/**
 * kin_command_new_set:
 * @object: the edited object
 * @hold_object: whether to keep a reference on @object
 * @pspec: the edited property
 * @old_value: the value before the edit
 * @new_value: the value after the edit
 *
 * Returns: (transfer full): a command that changes a property
 */
KinCommand *
kin_command_new_set (GObject      *object,
                     gboolean      hold_object,
                     GParamSpec   *pspec,
                     const GValue *old_value,
                     const GValue *new_value)
{
  KinCommand *self = command_new (COMMAND_SET, object, hold_object);

  self->pspec = g_param_spec_ref (pspec);

  g_value_init (&self->old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (old_value, &self->old_value);
  g_value_init (&self->new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (new_value, &self->new_value);

  self->size += estimate_value_size (old_value) + estimate_value_size (new_value);

  return self;
}

static KinCommand *
new_item_command (CommandKind  kind,
                  GListStore  *list,
                  guint        position,
                  GObject     *item)
{
  KinCommand *self = command_new (kind, list, TRUE);

  self->item = g_object_ref (item);
  self->position = position;

  /* Whether inserted or removed, the history may end up holding the only
   * reference to the item (an undone insert, or a done remove).
   */
  self->size += kin_estimate_object_size (item);

  return self;
}

/**
 * kin_command_new_insert:
 * @list: the list store
 * @position: where @item goes
 * @item: the inserted item
 *
 * Returns: (transfer full): a command that inserts an item
 */
KinCommand *
kin_command_new_insert (GListStore *list,
                        guint       position,
                        GObject    *item)
{
  return new_item_command (COMMAND_INSERT, list, position, item);
}

/**
 * kin_command_new_remove:
 * @list: the list store
 * @position: where @item is
 * @item: the removed item
 *
 * Returns: (transfer full): a command that removes an item
 */
KinCommand *
kin_command_new_remove (GListStore *list,
                        guint       position,
                        GObject    *item)
{
  return new_item_command (COMMAND_REMOVE, list, position, item);
}

/**
 * kin_command_new_move:
 * @list: the list store
 * @from: the position of the item before the move
 * @to: the position of the item after the move
 *
 * Returns: (transfer full): a command that moves an item within a list
 */
KinCommand *
kin_command_new_move (GListStore *list,
                      guint       from,
                      guint       to)
{
  KinCommand *self = command_new (COMMAND_MOVE, list, TRUE);

  self->position = from;
  self->to = to;

  return self;
}

/**
 * kin_command_free:
 * @self: a command
 *
 * Frees the command and drops the references it holds.
 */
void
kin_command_free (KinCommand *self)
{
  if (self == NULL)
    return;

  if (self->holds_target)
    g_object_unref (self->target);
  g_clear_pointer (&self->pspec, g_param_spec_unref);
  if (G_IS_VALUE (&self->old_value))
    g_value_unset (&self->old_value);
  if (G_IS_VALUE (&self->new_value))
    g_value_unset (&self->new_value);
  g_clear_object (&self->item);

  g_free (self);
}

/* Moves one item with a single splice, so that views see one change and
 * can keep their scroll position.
 */
static void
move_item (GListStore *list,
           guint       from,
           guint       to)
{
  guint first = MIN (from, to);
  guint n = MAX (from, to) - first + 1;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
  g_autofree gpointer *rotated = g_new (gpointer, n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (list), first + i));

  for (guint i = 0; i < n; i++)
    {
      /* Moving down shifts the others up, and the other way round. */
      guint source = from < to ? (i + 1) % n : (i + n - 1) % n;

      rotated[i] = g_ptr_array_index (items, source);
    }

  g_list_store_splice (list, first, n, rotated, n);
}

/**
 * kin_command_apply:
 * @self: a command
 * @forward: %TRUE to do (or redo) the edit, %FALSE to undo it
 *
 * Applies the command to the model.
 */
void
kin_command_apply (KinCommand *self,
                   gboolean    forward)
{
  switch (self->kind)
    {
    case COMMAND_SET:
      g_object_set_property (self->target, self->pspec->name,
                             forward ? &self->new_value : &self->old_value);
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      /* Undoing a remove is an insert, and the other way round. */
      if (forward == (self->kind == COMMAND_INSERT))
        g_list_store_insert (self->target, self->position, self->item);
      else
        g_list_store_remove (self->target, self->position);
      break;

    case COMMAND_MOVE:
      if (forward)
        move_item (self->target, self->position, self->to);
      else
        move_item (self->target, self->to, self->position);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * kin_command_get_size:
 * @self: a command
 *
 * Returns: an estimate of the memory the command keeps alive, in bytes
 */
gsize
kin_command_get_size (KinCommand *self)
{
  return self->size;
}

static const char *
type_label_for (GType type)
{
  KinObjectClass *klass;

  /* The class exists: there is, or was, an instance of it in the list. */
  if (!g_type_is_a (type, KIN_TYPE_OBJECT) ||
      (klass = g_type_class_peek (type)) == NULL)
    return _("Item");

  return _(klass->type_label);
}

/**
 * kin_command_make_label:
 * @self: a command
 *
 * Builds the undo label of a step made of this command alone, such as
 * "Change Title" or "Delete Note".
 *
 * Returns: (transfer full): a translated label
 */
char *
kin_command_make_label (KinCommand *self)
{
  GType item_type;

  switch (self->kind)
    {
    case COMMAND_SET:
      /* Translators: an undo label; %s is a property name such as "Title" */
      return g_strdup_printf (_("Change %s"), _(g_param_spec_get_nick (self->pspec)));

    case COMMAND_INSERT:
      /* Translators: an undo label; %s is the kind of thing, such as "Note" */
      return g_strdup_printf (_("Add %s"), type_label_for (G_OBJECT_TYPE (self->item)));

    case COMMAND_REMOVE:
      /* Translators: an undo label; %s is the kind of thing, such as "Note" */
      return g_strdup_printf (_("Delete %s"), type_label_for (G_OBJECT_TYPE (self->item)));

    case COMMAND_MOVE:
      item_type = g_list_model_get_item_type (G_LIST_MODEL (self->target));
      /* Translators: an undo label; %s is the kind of thing, such as "Note" */
      return g_strdup_printf (_("Move %s"), type_label_for (item_type));

    default:
      g_assert_not_reached ();
    }
}

/**
 * kin_command_is_string_set:
 * @self: a command
 * @object: an object
 * @pspec: a property of @object
 *
 * Returns: %TRUE if the command changes the string property @pspec of
 *   @object, so that typing into it can continue the same step
 */
gboolean
kin_command_is_string_set (KinCommand *self,
                           GObject    *object,
                           GParamSpec *pspec)
{
  return self->kind == COMMAND_SET &&
         self->target == (gpointer) object &&
         self->pspec == pspec &&
         G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING;
}

/**
 * kin_command_update_set:
 * @self: a property command
 * @new_value: the latest value
 *
 * Replaces the value a property command sets, keeping the value it
 * restores: this is how consecutive keystrokes become one step.
 *
 * Returns: %TRUE if the command still changes something
 */
gboolean
kin_command_update_set (KinCommand   *self,
                        const GValue *new_value)
{
  g_return_val_if_fail (self->kind == COMMAND_SET, FALSE);

  self->size -= estimate_value_size (&self->new_value);
  g_value_copy (new_value, &self->new_value);
  self->size += estimate_value_size (&self->new_value);

  return !kin_values_equal (self->pspec, &self->old_value, &self->new_value);
}
