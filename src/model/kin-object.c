/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-object.h"
#include "kin-model-private.h"

/**
 * KinObject:
 *
 * The base class of every entity in a project. It gives each entity an id,
 * a human-readable type name for undo labels, and a way to walk the lists
 * of child entities it owns.
 */

typedef struct
{
  char *id;
} KinObjectPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (KinObject, kin_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char * const _kin_empty_strv[1] = { NULL };

static void
kin_object_constructed (GObject *object)
{
  KinObject *self = KIN_OBJECT (object);
  KinObjectPrivate *priv = kin_object_get_instance_private (self);

  G_OBJECT_CLASS (kin_object_parent_class)->constructed (object);

  /* A new entity needs an id at once, so that others can refer to it;
   * the loader passes the stored one as a construct property instead.
   */
  if (priv->id == NULL && KIN_OBJECT_GET_CLASS (self)->has_id)
    priv->id = g_uuid_string_random ();
}

static void
kin_object_finalize (GObject *object)
{
  KinObject *self = KIN_OBJECT (object);
  KinObjectPrivate *priv = kin_object_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);

  G_OBJECT_CLASS (kin_object_parent_class)->finalize (object);
}

static void
kin_object_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KinObject *self = KIN_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, kin_object_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_object_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KinObject *self = KIN_OBJECT (object);
  KinObjectPrivate *priv = kin_object_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      /* During construction the id may be unset; constructed() fills it. */
      if (g_value_get_string (value) == NULL)
        g_clear_pointer (&priv->id, g_free);
      else
        kin_object_set_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_object_class_init (KinObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kin_object_constructed;
  object_class->finalize = kin_object_finalize;
  object_class->get_property = kin_object_get_property;
  object_class->set_property = kin_object_set_property;

  klass->type_label = N_("Item");
  klass->has_id = TRUE;

  properties[PROP_ID] =
    g_param_spec_string ("id", N_("Id"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_object_init (KinObject *self)
{
}

/**
 * kin_object_get_id:
 * @self: a #KinObject
 *
 * Returns: (nullable): the id of the entity; %NULL only for classes whose
 *   instances have no id, such as journey cells
 */
const char *
kin_object_get_id (KinObject *self)
{
  KinObjectPrivate *priv = kin_object_get_instance_private (self);

  g_return_val_if_fail (KIN_IS_OBJECT (self), NULL);

  return priv->id;
}

/**
 * kin_object_set_id:
 * @self: a #KinObject
 * @id: the new id, a non-empty string
 *
 * Sets the id of the entity. Ids must be unique within a project; the
 * caller is responsible for that.
 */
void
kin_object_set_id (KinObject  *self,
                   const char *id)
{
  KinObjectPrivate *priv = kin_object_get_instance_private (self);

  g_return_if_fail (KIN_IS_OBJECT (self));
  g_return_if_fail (id != NULL && *id != '\0');

  if (_kin_set_string (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * kin_object_get_type_label:
 * @self: a #KinObject
 *
 * Returns: the translated name of the kind of entity, such as "Note"
 */
const char *
kin_object_get_type_label (KinObject *self)
{
  g_return_val_if_fail (KIN_IS_OBJECT (self), NULL);

  return _(KIN_OBJECT_GET_CLASS (self)->type_label);
}

/**
 * kin_object_has_id:
 * @self: a #KinObject
 *
 * Returns: %TRUE if entities of this class are stored with an id
 */
gboolean
kin_object_has_id (KinObject *self)
{
  g_return_val_if_fail (KIN_IS_OBJECT (self), FALSE);

  return KIN_OBJECT_GET_CLASS (self)->has_id;
}

/**
 * kin_object_foreach_child_list:
 * @self: a #KinObject
 * @func: (scope call): the function to call for each list
 * @user_data: data to pass to @func
 *
 * Calls @func for each list of child entities that @self owns, such as
 * the notes and clusters of a board. Does nothing for entities without
 * children.
 */
void
kin_object_foreach_child_list (KinObject        *self,
                               KinChildListFunc  func,
                               gpointer          user_data)
{
  KinObjectClass *klass;

  g_return_if_fail (KIN_IS_OBJECT (self));
  g_return_if_fail (func != NULL);

  klass = KIN_OBJECT_GET_CLASS (self);
  if (klass->foreach_child_list != NULL)
    klass->foreach_child_list (self, func, user_data);
}

/* Stores a copy of @value in @field, treating NULL and "" alike (both are
 * stored as NULL, which saves an allocation for the many empty fields of
 * a large project). Returns TRUE if the stored value changed.
 */
gboolean
_kin_set_string (char       **field,
                 const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* Like _kin_set_string() for string lists: NULL and an empty list are the
 * same, and stored as NULL.
 */
gboolean
_kin_set_strv (char               ***field,
               const char * const   *value)
{
  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (*field == NULL && value == NULL)
    return FALSE;

  if (*field != NULL && value != NULL &&
      g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);

  return TRUE;
}
