/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-card.h"
#include "kin-model-private.h"

/**
 * KinCard:
 *
 * A conversation card: a prompt that a group talks about for a few
 * minutes, with follow-up questions.
 */
struct _KinCard
{
  KinObject parent_instance;

  char *title;
  char *prompt;
  char **follow_ups;
  char *principle;
  int minutes;
};

G_DEFINE_FINAL_TYPE (KinCard, kin_card, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PROMPT,
  PROP_FOLLOW_UPS,
  PROP_PRINCIPLE,
  PROP_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_card_finalize (GObject *object)
{
  KinCard *self = KIN_CARD (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->prompt, g_free);
  g_clear_pointer (&self->follow_ups, g_strfreev);
  g_clear_pointer (&self->principle, g_free);

  G_OBJECT_CLASS (kin_card_parent_class)->finalize (object);
}

static void
kin_card_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KinCard *self = KIN_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_card_get_title (self));
      break;

    case PROP_PROMPT:
      g_value_set_string (value, kin_card_get_prompt (self));
      break;

    case PROP_FOLLOW_UPS:
      g_value_set_boxed (value, kin_card_get_follow_ups (self));
      break;

    case PROP_PRINCIPLE:
      g_value_set_string (value, kin_card_get_principle (self));
      break;

    case PROP_MINUTES:
      g_value_set_int (value, kin_card_get_minutes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_card_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KinCard *self = KIN_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_card_set_title (self, g_value_get_string (value));
      break;

    case PROP_PROMPT:
      kin_card_set_prompt (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW_UPS:
      kin_card_set_follow_ups (self, g_value_get_boxed (value));
      break;

    case PROP_PRINCIPLE:
      kin_card_set_principle (self, g_value_get_string (value));
      break;

    case PROP_MINUTES:
      kin_card_set_minutes (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_card_class_init (KinCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_card_finalize;
  object_class->get_property = kin_card_get_property;
  object_class->set_property = kin_card_set_property;

  kin_class->type_label = N_("Card");

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PROMPT] =
    g_param_spec_string ("prompt", N_("Prompt"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLLOW_UPS] =
    g_param_spec_boxed ("follow-ups", N_("Follow-ups"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PRINCIPLE] =
    g_param_spec_string ("principle", N_("Principle"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MINUTES] =
    g_param_spec_int ("minutes", N_("Minutes"), NULL,
                      0, 240, 3,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_card_init (KinCard *self)
{
  self->minutes = 3;
}

/**
 * kin_card_new:
 *
 * Creates a card with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinCard
 */
KinCard *
kin_card_new (void)
{
  return g_object_new (KIN_TYPE_CARD, NULL);
}

/**
 * kin_card_get_title:
 * @self: a #KinCard
 *
 * Returns: the title, never %NULL
 */
const char *
kin_card_get_title (KinCard *self)
{
  g_return_val_if_fail (KIN_IS_CARD (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_card_set_title:
 * @self: a #KinCard
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_card_set_title (KinCard    *self,
                    const char *title)
{
  g_return_if_fail (KIN_IS_CARD (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_card_get_prompt:
 * @self: a #KinCard
 *
 * Returns: the question or statement the group discusses, never %NULL
 */
const char *
kin_card_get_prompt (KinCard *self)
{
  g_return_val_if_fail (KIN_IS_CARD (self), NULL);

  return self->prompt ? self->prompt : "";
}

/**
 * kin_card_set_prompt:
 * @self: a #KinCard
 * @prompt: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the question or statement the group discusses. Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_card_set_prompt (KinCard    *self,
                     const char *prompt)
{
  g_return_if_fail (KIN_IS_CARD (self));

  if (_kin_set_string (&self->prompt, prompt))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMPT]);
}

/**
 * kin_card_get_follow_ups:
 * @self: a #KinCard
 *
 * Returns: (transfer none): the follow-up questions, never %NULL
 */
const char * const *
kin_card_get_follow_ups (KinCard *self)
{
  g_return_val_if_fail (KIN_IS_CARD (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->follow_ups);
}

/**
 * kin_card_set_follow_ups:
 * @self: a #KinCard
 * @follow_ups: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the follow-up questions. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_card_set_follow_ups (KinCard            *self,
                         const char * const *follow_ups)
{
  g_return_if_fail (KIN_IS_CARD (self));

  if (_kin_set_strv (&self->follow_ups, follow_ups))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UPS]);
}

/**
 * kin_card_get_principle:
 * @self: a #KinCard
 *
 * Returns: (nullable): the id of the principle the card belongs to, or %NULL
 * if unset
 */
const char *
kin_card_get_principle (KinCard *self)
{
  g_return_val_if_fail (KIN_IS_CARD (self), NULL);

  return self->principle;
}

/**
 * kin_card_set_principle:
 * @self: a #KinCard
 * @principle: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the principle the card belongs to. Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_card_set_principle (KinCard    *self,
                        const char *principle)
{
  g_return_if_fail (KIN_IS_CARD (self));

  if (_kin_set_string (&self->principle, principle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLE]);
}

/**
 * kin_card_get_minutes:
 * @self: a #KinCard
 *
 * Returns: the suggested time box in minutes
 */
int
kin_card_get_minutes (KinCard *self)
{
  g_return_val_if_fail (KIN_IS_CARD (self), 0);

  return self->minutes;
}

/**
 * kin_card_set_minutes:
 * @self: a #KinCard
 * @minutes: the new value
 *
 * Sets the suggested time box in minutes. Out-of-range values are clamped to
 * 0..240. Edits made by the user go through kin_project_set() instead, so
 * that they can be undone.
 */
void
kin_card_set_minutes (KinCard *self,
                      int      minutes)
{
  g_return_if_fail (KIN_IS_CARD (self));

  minutes = CLAMP (minutes, 0, 240);
  if (self->minutes == minutes)
    return;

  self->minutes = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
}
