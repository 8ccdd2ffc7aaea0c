/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-emotion.h"
#include "kin-model-private.h"

/**
 * KinEmotion:
 *
 * A point of the emotion curve of a journey map: how the customer feels
 * at one stage, from -2 (frustrated) to 2 (delighted).
 */
struct _KinEmotion
{
  KinObject parent_instance;

  char *stage;
  int value;
};

G_DEFINE_FINAL_TYPE (KinEmotion, kin_emotion, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_emotion_finalize (GObject *object)
{
  KinEmotion *self = KIN_EMOTION (object);

  g_clear_pointer (&self->stage, g_free);

  G_OBJECT_CLASS (kin_emotion_parent_class)->finalize (object);
}

static void
kin_emotion_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinEmotion *self = KIN_EMOTION (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_string (value, kin_emotion_get_stage (self));
      break;

    case PROP_VALUE:
      g_value_set_int (value, kin_emotion_get_value (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_emotion_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KinEmotion *self = KIN_EMOTION (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      kin_emotion_set_stage (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      kin_emotion_set_value (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_emotion_class_init (KinEmotionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_emotion_finalize;
  object_class->get_property = kin_emotion_get_property;
  object_class->set_property = kin_emotion_set_property;

  kin_class->type_label = N_("Emotion Point");
  kin_class->has_id = FALSE;

  properties[PROP_STAGE] =
    g_param_spec_string ("stage", N_("Stage"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VALUE] =
    g_param_spec_int ("value", N_("Feeling"), NULL,
                      -2, 2, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_emotion_init (KinEmotion *self)
{
}

/**
 * kin_emotion_new:
 *
 * Creates a emotion point with default values.
 *
 * Returns: (transfer full): a new #KinEmotion
 */
KinEmotion *
kin_emotion_new (void)
{
  return g_object_new (KIN_TYPE_EMOTION, NULL);
}

/**
 * kin_emotion_get_stage:
 * @self: a #KinEmotion
 *
 * Returns: (nullable): the id of the stage, or %NULL if unset
 */
const char *
kin_emotion_get_stage (KinEmotion *self)
{
  g_return_val_if_fail (KIN_IS_EMOTION (self), NULL);

  return self->stage;
}

/**
 * kin_emotion_set_stage:
 * @self: a #KinEmotion
 * @stage: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the stage. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_emotion_set_stage (KinEmotion *self,
                       const char *stage)
{
  g_return_if_fail (KIN_IS_EMOTION (self));

  if (_kin_set_string (&self->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

/**
 * kin_emotion_get_value:
 * @self: a #KinEmotion
 *
 * Returns: the feeling, from -2 (frustrated) to 2 (delighted)
 */
int
kin_emotion_get_value (KinEmotion *self)
{
  g_return_val_if_fail (KIN_IS_EMOTION (self), 0);

  return self->value;
}

/**
 * kin_emotion_set_value:
 * @self: a #KinEmotion
 * @value: the new value
 *
 * Sets the feeling, from -2 (frustrated) to 2 (delighted). Out-of-range
 * values are clamped to -2..2. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_emotion_set_value (KinEmotion *self,
                       int         value)
{
  g_return_if_fail (KIN_IS_EMOTION (self));

  value = CLAMP (value, -2, 2);
  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
