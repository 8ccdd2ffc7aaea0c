/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-stage.h"
#include "kin-model-private.h"

/**
 * KinStage:
 *
 * A stage (column) of a journey map, such as "Reports a repair".
 */
struct _KinStage
{
  KinObject parent_instance;

  char *name;
};

G_DEFINE_FINAL_TYPE (KinStage, kin_stage, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_stage_finalize (GObject *object)
{
  KinStage *self = KIN_STAGE (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (kin_stage_parent_class)->finalize (object);
}

static void
kin_stage_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KinStage *self = KIN_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, kin_stage_get_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_stage_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KinStage *self = KIN_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      kin_stage_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_stage_class_init (KinStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_stage_finalize;
  object_class->get_property = kin_stage_get_property;
  object_class->set_property = kin_stage_set_property;

  kin_class->type_label = N_("Stage");

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_stage_init (KinStage *self)
{
}

/**
 * kin_stage_new:
 *
 * Creates a stage with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinStage
 */
KinStage *
kin_stage_new (void)
{
  return g_object_new (KIN_TYPE_STAGE, NULL);
}

/**
 * kin_stage_get_name:
 * @self: a #KinStage
 *
 * Returns: the name of the stage, never %NULL
 */
const char *
kin_stage_get_name (KinStage *self)
{
  g_return_val_if_fail (KIN_IS_STAGE (self), NULL);

  return self->name ? self->name : "";
}

/**
 * kin_stage_set_name:
 * @self: a #KinStage
 * @name: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the name of the stage. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_stage_set_name (KinStage   *self,
                    const char *name)
{
  g_return_if_fail (KIN_IS_STAGE (self));

  if (_kin_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}
