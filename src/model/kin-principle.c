/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-principle.h"
#include "kin-model-private.h"

#define DEFAULT_COLOR "#3b6ea5"

/**
 * KinPrinciple:
 *
 * One of the organisation's customer-culture principles, with the
 * behaviours that show it in everyday work. Principles are printed on
 * pocket cards, so each has a colour and an optional image.
 */
struct _KinPrinciple
{
  KinObject parent_instance;

  char *name;
  char *summary;
  char **behaviours;
  char *color;
  char *image;
};

G_DEFINE_FINAL_TYPE (KinPrinciple, kin_principle, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_BEHAVIOURS,
  PROP_COLOR,
  PROP_IMAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_principle_finalize (GObject *object)
{
  KinPrinciple *self = KIN_PRINCIPLE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->behaviours, g_strfreev);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->image, g_free);

  G_OBJECT_CLASS (kin_principle_parent_class)->finalize (object);
}

static void
kin_principle_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KinPrinciple *self = KIN_PRINCIPLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, kin_principle_get_name (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, kin_principle_get_summary (self));
      break;

    case PROP_BEHAVIOURS:
      g_value_set_boxed (value, kin_principle_get_behaviours (self));
      break;

    case PROP_COLOR:
      g_value_set_string (value, kin_principle_get_color (self));
      break;

    case PROP_IMAGE:
      g_value_set_string (value, kin_principle_get_image (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_principle_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KinPrinciple *self = KIN_PRINCIPLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      kin_principle_set_name (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      kin_principle_set_summary (self, g_value_get_string (value));
      break;

    case PROP_BEHAVIOURS:
      kin_principle_set_behaviours (self, g_value_get_boxed (value));
      break;

    case PROP_COLOR:
      kin_principle_set_color (self, g_value_get_string (value));
      break;

    case PROP_IMAGE:
      kin_principle_set_image (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_principle_class_init (KinPrincipleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_principle_finalize;
  object_class->get_property = kin_principle_get_property;
  object_class->set_property = kin_principle_set_property;

  kin_class->type_label = N_("Principle");

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", N_("Summary"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BEHAVIOURS] =
    g_param_spec_boxed ("behaviours", N_("Behaviours"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_COLOR] =
    g_param_spec_string ("color", N_("Colour"), NULL,
                         DEFAULT_COLOR,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IMAGE] =
    g_param_spec_string ("image", N_("Image"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_principle_init (KinPrinciple *self)
{
  self->color = g_strdup (DEFAULT_COLOR);
}

/**
 * kin_principle_new:
 *
 * Creates a principle with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinPrinciple
 */
KinPrinciple *
kin_principle_new (void)
{
  return g_object_new (KIN_TYPE_PRINCIPLE, NULL);
}

/**
 * kin_principle_get_name:
 * @self: a #KinPrinciple
 *
 * Returns: the name of the principle, such as "Respect", never %NULL
 */
const char *
kin_principle_get_name (KinPrinciple *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE (self), NULL);

  return self->name ? self->name : "";
}

/**
 * kin_principle_set_name:
 * @self: a #KinPrinciple
 * @name: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the name of the principle, such as "Respect". Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_principle_set_name (KinPrinciple *self,
                        const char   *name)
{
  g_return_if_fail (KIN_IS_PRINCIPLE (self));

  if (_kin_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * kin_principle_get_summary:
 * @self: a #KinPrinciple
 *
 * Returns: the one-sentence summary, never %NULL
 */
const char *
kin_principle_get_summary (KinPrinciple *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE (self), NULL);

  return self->summary ? self->summary : "";
}

/**
 * kin_principle_set_summary:
 * @self: a #KinPrinciple
 * @summary: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the one-sentence summary. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_principle_set_summary (KinPrinciple *self,
                           const char   *summary)
{
  g_return_if_fail (KIN_IS_PRINCIPLE (self));

  if (_kin_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/**
 * kin_principle_get_behaviours:
 * @self: a #KinPrinciple
 *
 * Returns: (transfer none): the behaviours that show the principle, never
 * %NULL
 */
const char * const *
kin_principle_get_behaviours (KinPrinciple *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->behaviours);
}

/**
 * kin_principle_set_behaviours:
 * @self: a #KinPrinciple
 * @behaviours: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the behaviours that show the principle. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_principle_set_behaviours (KinPrinciple       *self,
                              const char * const *behaviours)
{
  g_return_if_fail (KIN_IS_PRINCIPLE (self));

  if (_kin_set_strv (&self->behaviours, behaviours))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEHAVIOURS]);
}

/**
 * kin_principle_get_color:
 * @self: a #KinPrinciple
 *
 * Returns: the card colour, as "#rrggbb", never %NULL
 */
const char *
kin_principle_get_color (KinPrinciple *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE (self), NULL);

  return self->color;
}

/**
 * kin_principle_set_color:
 * @self: a #KinPrinciple
 * @color: (nullable): the new value, or %NULL for the default
 *
 * Sets the card colour, as "#rrggbb". Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_principle_set_color (KinPrinciple *self,
                         const char   *color)
{
  g_return_if_fail (KIN_IS_PRINCIPLE (self));

  if (color == NULL || *color == '\0')
    color = DEFAULT_COLOR;

  if (_kin_set_string (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * kin_principle_get_image:
 * @self: a #KinPrinciple
 *
 * Returns: (nullable): the id of the card artwork in the asset store, or
 * %NULL if unset
 */
const char *
kin_principle_get_image (KinPrinciple *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE (self), NULL);

  return self->image;
}

/**
 * kin_principle_set_image:
 * @self: a #KinPrinciple
 * @image: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the card artwork in the asset store. Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_principle_set_image (KinPrinciple *self,
                         const char   *image)
{
  g_return_if_fail (KIN_IS_PRINCIPLE (self));

  if (_kin_set_string (&self->image, image))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMAGE]);
}
