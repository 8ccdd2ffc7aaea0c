/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kin-standard.h"
#include "kin-model-private.h"

/**
 * KinStandard:
 *
 * A service standard: a promise to customers, grouped in an area, with
 * an optional measurable target and the question to ask customers.
 */
struct _KinStandard
{
  KinObject parent_instance;

  char *area;
  char *title;
  char *detail;
  gboolean has_target;
  double target_value;
  KinUnit target_unit;
  KinChannel target_channel;
  char *question;
  char **principles;
  char **tsm;
};

G_DEFINE_FINAL_TYPE (KinStandard, kin_standard, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AREA,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_HAS_TARGET,
  PROP_TARGET_VALUE,
  PROP_TARGET_UNIT,
  PROP_TARGET_CHANNEL,
  PROP_QUESTION,
  PROP_PRINCIPLES,
  PROP_TSM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_standard_finalize (GObject *object)
{
  KinStandard *self = KIN_STANDARD (object);

  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->principles, g_strfreev);
  g_clear_pointer (&self->tsm, g_strfreev);

  G_OBJECT_CLASS (kin_standard_parent_class)->finalize (object);
}

static void
kin_standard_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KinStandard *self = KIN_STANDARD (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_string (value, kin_standard_get_area (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, kin_standard_get_title (self));
      break;

    case PROP_DETAIL:
      g_value_set_string (value, kin_standard_get_detail (self));
      break;

    case PROP_HAS_TARGET:
      g_value_set_boolean (value, kin_standard_get_has_target (self));
      break;

    case PROP_TARGET_VALUE:
      g_value_set_double (value, kin_standard_get_target_value (self));
      break;

    case PROP_TARGET_UNIT:
      g_value_set_enum (value, kin_standard_get_target_unit (self));
      break;

    case PROP_TARGET_CHANNEL:
      g_value_set_enum (value, kin_standard_get_target_channel (self));
      break;

    case PROP_QUESTION:
      g_value_set_string (value, kin_standard_get_question (self));
      break;

    case PROP_PRINCIPLES:
      g_value_set_boxed (value, kin_standard_get_principles (self));
      break;

    case PROP_TSM:
      g_value_set_boxed (value, kin_standard_get_tsm (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_standard_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KinStandard *self = KIN_STANDARD (object);

  switch (prop_id)
    {
    case PROP_AREA:
      kin_standard_set_area (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      kin_standard_set_title (self, g_value_get_string (value));
      break;

    case PROP_DETAIL:
      kin_standard_set_detail (self, g_value_get_string (value));
      break;

    case PROP_HAS_TARGET:
      kin_standard_set_has_target (self, g_value_get_boolean (value));
      break;

    case PROP_TARGET_VALUE:
      kin_standard_set_target_value (self, g_value_get_double (value));
      break;

    case PROP_TARGET_UNIT:
      kin_standard_set_target_unit (self, g_value_get_enum (value));
      break;

    case PROP_TARGET_CHANNEL:
      kin_standard_set_target_channel (self, g_value_get_enum (value));
      break;

    case PROP_QUESTION:
      kin_standard_set_question (self, g_value_get_string (value));
      break;

    case PROP_PRINCIPLES:
      kin_standard_set_principles (self, g_value_get_boxed (value));
      break;

    case PROP_TSM:
      kin_standard_set_tsm (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_standard_class_init (KinStandardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_standard_finalize;
  object_class->get_property = kin_standard_get_property;
  object_class->set_property = kin_standard_set_property;

  kin_class->type_label = N_("Standard");

  properties[PROP_AREA] =
    g_param_spec_string ("area", N_("Area"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", N_("Detail"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_TARGET] =
    g_param_spec_boolean ("has-target", N_("Has target"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_VALUE] =
    g_param_spec_double ("target-value", N_("Target value"), NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_UNIT] =
    g_param_spec_enum ("target-unit", N_("Target unit"), NULL,
                       KIN_TYPE_UNIT, KIN_UNIT_WORKING_DAYS,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_CHANNEL] =
    g_param_spec_enum ("target-channel", N_("Target channel"), NULL,
                       KIN_TYPE_CHANNEL, KIN_CHANNEL_ANY,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_QUESTION] =
    g_param_spec_string ("question", N_("Question"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRINCIPLES] =
    g_param_spec_boxed ("principles", N_("Principles"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_TSM] =
    g_param_spec_boxed ("tsm", N_("Satisfaction measures"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_standard_init (KinStandard *self)
{
  self->target_unit = KIN_UNIT_WORKING_DAYS;
  self->target_channel = KIN_CHANNEL_ANY;
}

/**
 * kin_standard_new:
 *
 * Creates a standard with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinStandard
 */
KinStandard *
kin_standard_new (void)
{
  return g_object_new (KIN_TYPE_STANDARD, NULL);
}

/**
 * kin_standard_get_area:
 * @self: a #KinStandard
 *
 * Returns: the area the standard belongs to, such as "Getting in touch",
 * never %NULL
 */
const char *
kin_standard_get_area (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), NULL);

  return self->area ? self->area : "";
}

/**
 * kin_standard_set_area:
 * @self: a #KinStandard
 * @area: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the area the standard belongs to, such as "Getting in touch". Edits
 * made by the user go through kin_project_set() instead, so that they can be
 * undone.
 */
void
kin_standard_set_area (KinStandard *self,
                       const char  *area)
{
  g_return_if_fail (KIN_IS_STANDARD (self));

  if (_kin_set_string (&self->area, area))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

/**
 * kin_standard_get_title:
 * @self: a #KinStandard
 *
 * Returns: the title, never %NULL
 */
const char *
kin_standard_get_title (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_standard_set_title:
 * @self: a #KinStandard
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_standard_set_title (KinStandard *self,
                        const char  *title)
{
  g_return_if_fail (KIN_IS_STANDARD (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_standard_get_detail:
 * @self: a #KinStandard
 *
 * Returns: the longer description, never %NULL
 */
const char *
kin_standard_get_detail (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), NULL);

  return self->detail ? self->detail : "";
}

/**
 * kin_standard_set_detail:
 * @self: a #KinStandard
 * @detail: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the longer description. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_standard_set_detail (KinStandard *self,
                         const char  *detail)
{
  g_return_if_fail (KIN_IS_STANDARD (self));

  if (_kin_set_string (&self->detail, detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

/**
 * kin_standard_get_has_target:
 * @self: a #KinStandard
 *
 * Returns: whether the standard has a measurable target
 */
gboolean
kin_standard_get_has_target (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), FALSE);

  return self->has_target;
}

/**
 * kin_standard_set_has_target:
 * @self: a #KinStandard
 * @has_target: the new value
 *
 * Sets whether the standard has a measurable target. Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_standard_set_has_target (KinStandard *self,
                             gboolean     has_target)
{
  g_return_if_fail (KIN_IS_STANDARD (self));

  has_target = !!has_target;
  if (self->has_target == has_target)
    return;

  self->has_target = has_target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET]);
}

/**
 * kin_standard_get_target_value:
 * @self: a #KinStandard
 *
 * Returns: the number in the target, such as 5
 */
double
kin_standard_get_target_value (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), 0.0);

  return self->target_value;
}

/**
 * kin_standard_set_target_value:
 * @self: a #KinStandard
 * @target_value: the new value
 *
 * Sets the number in the target, such as 5. Out-of-range values are clamped
 * to 0.0..G_MAXDOUBLE. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_standard_set_target_value (KinStandard *self,
                               double       target_value)
{
  g_return_if_fail (KIN_IS_STANDARD (self));
  g_return_if_fail (!isnan (target_value));

  target_value = CLAMP (target_value, 0.0, G_MAXDOUBLE);
  if (self->target_value == target_value)
    return;

  self->target_value = target_value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_VALUE]);
}

/**
 * kin_standard_get_target_unit:
 * @self: a #KinStandard
 *
 * Returns: the unit of the target value
 */
KinUnit
kin_standard_get_target_unit (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), 0);

  return self->target_unit;
}

/**
 * kin_standard_set_target_unit:
 * @self: a #KinStandard
 * @target_unit: the new value
 *
 * Sets the unit of the target value. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_standard_set_target_unit (KinStandard *self,
                              KinUnit      target_unit)
{
  g_return_if_fail (KIN_IS_STANDARD (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_UNIT, target_unit) != NULL);

  if (self->target_unit == target_unit)
    return;

  self->target_unit = target_unit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_UNIT]);
}

/**
 * kin_standard_get_target_channel:
 * @self: a #KinStandard
 *
 * Returns: the contact channel the target applies to
 */
KinChannel
kin_standard_get_target_channel (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), 0);

  return self->target_channel;
}

/**
 * kin_standard_set_target_channel:
 * @self: a #KinStandard
 * @target_channel: the new value
 *
 * Sets the contact channel the target applies to. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_standard_set_target_channel (KinStandard *self,
                                 KinChannel   target_channel)
{
  g_return_if_fail (KIN_IS_STANDARD (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_CHANNEL, target_channel) != NULL);

  if (self->target_channel == target_channel)
    return;

  self->target_channel = target_channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_CHANNEL]);
}

/**
 * kin_standard_get_question:
 * @self: a #KinStandard
 *
 * Returns: the question to ask customers to measure the standard, never
 * %NULL
 */
const char *
kin_standard_get_question (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), NULL);

  return self->question ? self->question : "";
}

/**
 * kin_standard_set_question:
 * @self: a #KinStandard
 * @question: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the question to ask customers to measure the standard. Edits made by
 * the user go through kin_project_set() instead, so that they can be undone.
 */
void
kin_standard_set_question (KinStandard *self,
                           const char  *question)
{
  g_return_if_fail (KIN_IS_STANDARD (self));

  if (_kin_set_string (&self->question, question))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

/**
 * kin_standard_get_principles:
 * @self: a #KinStandard
 *
 * Returns: (transfer none): the ids of the principles the standard serves,
 * never %NULL
 */
const char * const *
kin_standard_get_principles (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->principles);
}

/**
 * kin_standard_set_principles:
 * @self: a #KinStandard
 * @principles: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the ids of the principles the standard serves. Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_standard_set_principles (KinStandard        *self,
                             const char * const *principles)
{
  g_return_if_fail (KIN_IS_STANDARD (self));

  if (_kin_set_strv (&self->principles, principles))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLES]);
}

/**
 * kin_standard_get_tsm:
 * @self: a #KinStandard
 *
 * Returns: (transfer none): the Tenant Satisfaction Measure tags, such as
 * "TP01", never %NULL
 */
const char * const *
kin_standard_get_tsm (KinStandard *self)
{
  g_return_val_if_fail (KIN_IS_STANDARD (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->tsm);
}

/**
 * kin_standard_set_tsm:
 * @self: a #KinStandard
 * @tsm: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the Tenant Satisfaction Measure tags, such as "TP01". Edits made by
 * the user go through kin_project_set() instead, so that they can be undone.
 */
void
kin_standard_set_tsm (KinStandard        *self,
                      const char * const *tsm)
{
  g_return_if_fail (KIN_IS_STANDARD (self));

  if (_kin_set_strv (&self->tsm, tsm))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TSM]);
}
