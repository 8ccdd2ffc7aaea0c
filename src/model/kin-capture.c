/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-capture.h"
#include "kin-model-private.h"

/**
 * KinCapture:
 *
 * Something said during a session, captured by the facilitator.
 */
struct _KinCapture
{
  KinObject parent_instance;

  char *item;
  char *card;
  char *text;
  char *time;
};

G_DEFINE_FINAL_TYPE (KinCapture, kin_capture, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_CARD,
  PROP_TEXT,
  PROP_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_capture_finalize (GObject *object)
{
  KinCapture *self = KIN_CAPTURE (object);

  g_clear_pointer (&self->item, g_free);
  g_clear_pointer (&self->card, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->time, g_free);

  G_OBJECT_CLASS (kin_capture_parent_class)->finalize (object);
}

static void
kin_capture_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinCapture *self = KIN_CAPTURE (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_string (value, kin_capture_get_item (self));
      break;

    case PROP_CARD:
      g_value_set_string (value, kin_capture_get_card (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, kin_capture_get_text (self));
      break;

    case PROP_TIME:
      g_value_set_string (value, kin_capture_get_time (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_capture_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KinCapture *self = KIN_CAPTURE (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      kin_capture_set_item (self, g_value_get_string (value));
      break;

    case PROP_CARD:
      kin_capture_set_card (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      kin_capture_set_text (self, g_value_get_string (value));
      break;

    case PROP_TIME:
      kin_capture_set_time (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_capture_class_init (KinCaptureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_capture_finalize;
  object_class->get_property = kin_capture_get_property;
  object_class->set_property = kin_capture_set_property;

  kin_class->type_label = N_("Capture");

  properties[PROP_ITEM] =
    g_param_spec_string ("item", N_("Agenda item"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CARD] =
    g_param_spec_string ("card", N_("Card"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", N_("Text"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TIME] =
    g_param_spec_string ("time", N_("Time"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_capture_init (KinCapture *self)
{
}

/**
 * kin_capture_new:
 *
 * Creates a capture with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinCapture
 */
KinCapture *
kin_capture_new (void)
{
  return g_object_new (KIN_TYPE_CAPTURE, NULL);
}

/**
 * kin_capture_get_item:
 * @self: a #KinCapture
 *
 * Returns: (nullable): the id of the agenda item it was captured in, or
 * %NULL if unset
 */
const char *
kin_capture_get_item (KinCapture *self)
{
  g_return_val_if_fail (KIN_IS_CAPTURE (self), NULL);

  return self->item;
}

/**
 * kin_capture_set_item:
 * @self: a #KinCapture
 * @item: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the agenda item it was captured in. Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_capture_set_item (KinCapture *self,
                      const char *item)
{
  g_return_if_fail (KIN_IS_CAPTURE (self));

  if (_kin_set_string (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * kin_capture_get_card:
 * @self: a #KinCapture
 *
 * Returns: (nullable): the id of the card being discussed, or %NULL if unset
 */
const char *
kin_capture_get_card (KinCapture *self)
{
  g_return_val_if_fail (KIN_IS_CAPTURE (self), NULL);

  return self->card;
}

/**
 * kin_capture_set_card:
 * @self: a #KinCapture
 * @card: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the card being discussed. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_capture_set_card (KinCapture *self,
                      const char *card)
{
  g_return_if_fail (KIN_IS_CAPTURE (self));

  if (_kin_set_string (&self->card, card))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD]);
}

/**
 * kin_capture_get_text:
 * @self: a #KinCapture
 *
 * Returns: what was said, never %NULL
 */
const char *
kin_capture_get_text (KinCapture *self)
{
  g_return_val_if_fail (KIN_IS_CAPTURE (self), NULL);

  return self->text ? self->text : "";
}

/**
 * kin_capture_set_text:
 * @self: a #KinCapture
 * @text: (nullable): the new value; %NULL is the same as ""
 *
 * Sets what was said. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_capture_set_text (KinCapture *self,
                      const char *text)
{
  g_return_if_fail (KIN_IS_CAPTURE (self));

  if (_kin_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * kin_capture_get_time:
 * @self: a #KinCapture
 *
 * Returns: when it was captured, as an ISO 8601 UTC timestamp, never %NULL
 */
const char *
kin_capture_get_time (KinCapture *self)
{
  g_return_val_if_fail (KIN_IS_CAPTURE (self), NULL);

  return self->time ? self->time : "";
}

/**
 * kin_capture_set_time:
 * @self: a #KinCapture
 * @time: (nullable): the new value; %NULL is the same as ""
 *
 * Sets when it was captured, as an ISO 8601 UTC timestamp. Edits made by the
 * user go through kin_project_set() instead, so that they can be undone.
 */
void
kin_capture_set_time (KinCapture *self,
                      const char *time)
{
  g_return_if_fail (KIN_IS_CAPTURE (self));

  if (_kin_set_string (&self->time, time))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}
