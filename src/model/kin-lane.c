/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-lane.h"
#include "kin-model-private.h"

/**
 * KinLane:
 *
 * A lane (row) of a journey map.
 */
struct _KinLane
{
  KinObject parent_instance;

  KinLaneKind kind;
  char *title;
};

G_DEFINE_FINAL_TYPE (KinLane, kin_lane, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_lane_finalize (GObject *object)
{
  KinLane *self = KIN_LANE (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (kin_lane_parent_class)->finalize (object);
}

static void
kin_lane_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KinLane *self = KIN_LANE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, kin_lane_get_kind (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, kin_lane_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_lane_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KinLane *self = KIN_LANE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      kin_lane_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      kin_lane_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_lane_class_init (KinLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_lane_finalize;
  object_class->get_property = kin_lane_get_property;
  object_class->set_property = kin_lane_set_property;

  kin_class->type_label = N_("Lane");

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", N_("Kind"), NULL,
                       KIN_TYPE_LANE_KIND, KIN_LANE_KIND_CUSTOM,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_lane_init (KinLane *self)
{
  self->kind = KIN_LANE_KIND_CUSTOM;
}

/**
 * kin_lane_new:
 *
 * Creates a lane with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinLane
 */
KinLane *
kin_lane_new (void)
{
  return g_object_new (KIN_TYPE_LANE, NULL);
}

/**
 * kin_lane_get_kind:
 * @self: a #KinLane
 *
 * Returns: what the lane records
 */
KinLaneKind
kin_lane_get_kind (KinLane *self)
{
  g_return_val_if_fail (KIN_IS_LANE (self), 0);

  return self->kind;
}

/**
 * kin_lane_set_kind:
 * @self: a #KinLane
 * @kind: the new value
 *
 * Sets what the lane records. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_lane_set_kind (KinLane     *self,
                   KinLaneKind  kind)
{
  g_return_if_fail (KIN_IS_LANE (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_LANE_KIND, kind) != NULL);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * kin_lane_get_title:
 * @self: a #KinLane
 *
 * Returns: the title, never %NULL
 */
const char *
kin_lane_get_title (KinLane *self)
{
  g_return_val_if_fail (KIN_IS_LANE (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_lane_set_title:
 * @self: a #KinLane
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_lane_set_title (KinLane    *self,
                    const char *title)
{
  g_return_if_fail (KIN_IS_LANE (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}
