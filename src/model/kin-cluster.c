/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kin-cluster.h"
#include "kin-model-private.h"

/**
 * KinCluster:
 *
 * A named theme on a vision board: a rectangle that groups notes.
 */
struct _KinCluster
{
  KinObject parent_instance;

  char *title;
  double x;
  double y;
  double width;
  double height;
  char *color;
};

G_DEFINE_FINAL_TYPE (KinCluster, kin_cluster, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_X,
  PROP_Y,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_cluster_finalize (GObject *object)
{
  KinCluster *self = KIN_CLUSTER (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (kin_cluster_parent_class)->finalize (object);
}

static void
kin_cluster_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinCluster *self = KIN_CLUSTER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_cluster_get_title (self));
      break;

    case PROP_X:
      g_value_set_double (value, kin_cluster_get_x (self));
      break;

    case PROP_Y:
      g_value_set_double (value, kin_cluster_get_y (self));
      break;

    case PROP_WIDTH:
      g_value_set_double (value, kin_cluster_get_width (self));
      break;

    case PROP_HEIGHT:
      g_value_set_double (value, kin_cluster_get_height (self));
      break;

    case PROP_COLOR:
      g_value_set_string (value, kin_cluster_get_color (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_cluster_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KinCluster *self = KIN_CLUSTER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_cluster_set_title (self, g_value_get_string (value));
      break;

    case PROP_X:
      kin_cluster_set_x (self, g_value_get_double (value));
      break;

    case PROP_Y:
      kin_cluster_set_y (self, g_value_get_double (value));
      break;

    case PROP_WIDTH:
      kin_cluster_set_width (self, g_value_get_double (value));
      break;

    case PROP_HEIGHT:
      kin_cluster_set_height (self, g_value_get_double (value));
      break;

    case PROP_COLOR:
      kin_cluster_set_color (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_cluster_class_init (KinClusterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_cluster_finalize;
  object_class->get_property = kin_cluster_get_property;
  object_class->set_property = kin_cluster_set_property;

  kin_class->type_label = N_("Cluster");

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_X] =
    g_param_spec_double ("x", N_("X"), NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_Y] =
    g_param_spec_double ("y", N_("Y"), NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_WIDTH] =
    g_param_spec_double ("width", N_("Width"), NULL,
                         0.0, G_MAXDOUBLE, 320.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HEIGHT] =
    g_param_spec_double ("height", N_("Height"), NULL,
                         0.0, G_MAXDOUBLE, 240.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_COLOR] =
    g_param_spec_string ("color", N_("Colour"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_cluster_init (KinCluster *self)
{
  self->width = 320.0;
  self->height = 240.0;
}

/**
 * kin_cluster_new:
 *
 * Creates a cluster with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinCluster
 */
KinCluster *
kin_cluster_new (void)
{
  return g_object_new (KIN_TYPE_CLUSTER, NULL);
}

/**
 * kin_cluster_get_title:
 * @self: a #KinCluster
 *
 * Returns: the title, never %NULL
 */
const char *
kin_cluster_get_title (KinCluster *self)
{
  g_return_val_if_fail (KIN_IS_CLUSTER (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_cluster_set_title:
 * @self: a #KinCluster
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_cluster_set_title (KinCluster *self,
                       const char *title)
{
  g_return_if_fail (KIN_IS_CLUSTER (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_cluster_get_x:
 * @self: a #KinCluster
 *
 * Returns: the left edge in board units
 */
double
kin_cluster_get_x (KinCluster *self)
{
  g_return_val_if_fail (KIN_IS_CLUSTER (self), 0.0);

  return self->x;
}

/**
 * kin_cluster_set_x:
 * @self: a #KinCluster
 * @x: the new value
 *
 * Sets the left edge in board units. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_cluster_set_x (KinCluster *self,
                   double      x)
{
  g_return_if_fail (KIN_IS_CLUSTER (self));
  g_return_if_fail (!isnan (x));

  if (self->x == x)
    return;

  self->x = x;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X]);
}

/**
 * kin_cluster_get_y:
 * @self: a #KinCluster
 *
 * Returns: the top edge in board units
 */
double
kin_cluster_get_y (KinCluster *self)
{
  g_return_val_if_fail (KIN_IS_CLUSTER (self), 0.0);

  return self->y;
}

/**
 * kin_cluster_set_y:
 * @self: a #KinCluster
 * @y: the new value
 *
 * Sets the top edge in board units. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_cluster_set_y (KinCluster *self,
                   double      y)
{
  g_return_if_fail (KIN_IS_CLUSTER (self));
  g_return_if_fail (!isnan (y));

  if (self->y == y)
    return;

  self->y = y;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y]);
}

/**
 * kin_cluster_get_width:
 * @self: a #KinCluster
 *
 * Returns: the width in board units
 */
double
kin_cluster_get_width (KinCluster *self)
{
  g_return_val_if_fail (KIN_IS_CLUSTER (self), 0.0);

  return self->width;
}

/**
 * kin_cluster_set_width:
 * @self: a #KinCluster
 * @width: the new value
 *
 * Sets the width in board units. Out-of-range values are clamped to
 * 0.0..G_MAXDOUBLE. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_cluster_set_width (KinCluster *self,
                       double      width)
{
  g_return_if_fail (KIN_IS_CLUSTER (self));
  g_return_if_fail (!isnan (width));

  width = CLAMP (width, 0.0, G_MAXDOUBLE);
  if (self->width == width)
    return;

  self->width = width;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}

/**
 * kin_cluster_get_height:
 * @self: a #KinCluster
 *
 * Returns: the height in board units
 */
double
kin_cluster_get_height (KinCluster *self)
{
  g_return_val_if_fail (KIN_IS_CLUSTER (self), 0.0);

  return self->height;
}

/**
 * kin_cluster_set_height:
 * @self: a #KinCluster
 * @height: the new value
 *
 * Sets the height in board units. Out-of-range values are clamped to
 * 0.0..G_MAXDOUBLE. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_cluster_set_height (KinCluster *self,
                        double      height)
{
  g_return_if_fail (KIN_IS_CLUSTER (self));
  g_return_if_fail (!isnan (height));

  height = CLAMP (height, 0.0, G_MAXDOUBLE);
  if (self->height == height)
    return;

  self->height = height;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
}

/**
 * kin_cluster_get_color:
 * @self: a #KinCluster
 *
 * Returns: (nullable): the theme's colour as "#rrggbb", or %NULL when it
 *   has none and is drawn in a neutral tint
 */
const char *
kin_cluster_get_color (KinCluster *self)
{
  g_return_val_if_fail (KIN_IS_CLUSTER (self), NULL);

  return self->color;
}

/**
 * kin_cluster_set_color:
 * @self: a #KinCluster
 * @color: (nullable): the new colour as "#rrggbb"; %NULL or "" for none
 *
 * Sets the theme's colour. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_cluster_set_color (KinCluster *self,
                       const char *color)
{
  g_return_if_fail (KIN_IS_CLUSTER (self));

  if (_kin_set_string (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
