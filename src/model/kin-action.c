/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-action.h"
#include "kin-model-private.h"

/**
 * KinAction:
 *
 * An action agreed in a session.
 */
struct _KinAction
{
  KinObject parent_instance;

  char *text;
  char *owner;
  char *due;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (KinAction, kin_action, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_OWNER,
  PROP_DUE,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_action_finalize (GObject *object)
{
  KinAction *self = KIN_ACTION (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->due, g_free);

  G_OBJECT_CLASS (kin_action_parent_class)->finalize (object);
}

static void
kin_action_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KinAction *self = KIN_ACTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, kin_action_get_text (self));
      break;

    case PROP_OWNER:
      g_value_set_string (value, kin_action_get_owner (self));
      break;

    case PROP_DUE:
      g_value_set_string (value, kin_action_get_due (self));
      break;

    case PROP_DONE:
      g_value_set_boolean (value, kin_action_get_done (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_action_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KinAction *self = KIN_ACTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      kin_action_set_text (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      kin_action_set_owner (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      kin_action_set_due (self, g_value_get_string (value));
      break;

    case PROP_DONE:
      kin_action_set_done (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_action_class_init (KinActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_action_finalize;
  object_class->get_property = kin_action_get_property;
  object_class->set_property = kin_action_set_property;

  kin_class->type_label = N_("Action");

  properties[PROP_TEXT] =
    g_param_spec_string ("text", N_("Text"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER] =
    g_param_spec_string ("owner", N_("Owner"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DUE] =
    g_param_spec_string ("due", N_("Due date"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DONE] =
    g_param_spec_boolean ("done", N_("Done"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_action_init (KinAction *self)
{
}

/**
 * kin_action_new:
 *
 * Creates a action with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinAction
 */
KinAction *
kin_action_new (void)
{
  return g_object_new (KIN_TYPE_ACTION, NULL);
}

/**
 * kin_action_get_text:
 * @self: a #KinAction
 *
 * Returns: what is to be done, never %NULL
 */
const char *
kin_action_get_text (KinAction *self)
{
  g_return_val_if_fail (KIN_IS_ACTION (self), NULL);

  return self->text ? self->text : "";
}

/**
 * kin_action_set_text:
 * @self: a #KinAction
 * @text: (nullable): the new value; %NULL is the same as ""
 *
 * Sets what is to be done. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_action_set_text (KinAction  *self,
                     const char *text)
{
  g_return_if_fail (KIN_IS_ACTION (self));

  if (_kin_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * kin_action_get_owner:
 * @self: a #KinAction
 *
 * Returns: who will do it, never %NULL
 */
const char *
kin_action_get_owner (KinAction *self)
{
  g_return_val_if_fail (KIN_IS_ACTION (self), NULL);

  return self->owner ? self->owner : "";
}

/**
 * kin_action_set_owner:
 * @self: a #KinAction
 * @owner: (nullable): the new value; %NULL is the same as ""
 *
 * Sets who will do it. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_action_set_owner (KinAction  *self,
                      const char *owner)
{
  g_return_if_fail (KIN_IS_ACTION (self));

  if (_kin_set_string (&self->owner, owner))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

/**
 * kin_action_get_due:
 * @self: a #KinAction
 *
 * Returns: the due date, as "YYYY-MM-DD", or empty, never %NULL
 */
const char *
kin_action_get_due (KinAction *self)
{
  g_return_val_if_fail (KIN_IS_ACTION (self), NULL);

  return self->due ? self->due : "";
}

/**
 * kin_action_set_due:
 * @self: a #KinAction
 * @due: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the due date, as "YYYY-MM-DD", or empty. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_action_set_due (KinAction  *self,
                    const char *due)
{
  g_return_if_fail (KIN_IS_ACTION (self));

  if (_kin_set_string (&self->due, due))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

/**
 * kin_action_get_done:
 * @self: a #KinAction
 *
 * Returns: whether the action is done
 */
gboolean
kin_action_get_done (KinAction *self)
{
  g_return_val_if_fail (KIN_IS_ACTION (self), FALSE);

  return self->done;
}

/**
 * kin_action_set_done:
 * @self: a #KinAction
 * @done: the new value
 *
 * Sets whether the action is done. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_action_set_done (KinAction *self,
                     gboolean   done)
{
  g_return_if_fail (KIN_IS_ACTION (self));

  done = !!done;
  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}
