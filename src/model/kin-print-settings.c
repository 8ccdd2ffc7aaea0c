/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kin-print-settings.h"
#include "kin-model-private.h"

#define DEFAULT_TEMPLATE "avery-c32011"

/**
 * KinPrintSettings:
 *
 * How the pocket principle cards are printed. There is one per project,
 * stored without an id.
 */
struct _KinPrintSettings
{
  KinObject parent_instance;

  char *template;
  double bleed_mm;
  gboolean crop_marks;
  KinDuplex duplex;
  double back_offset_x;
  double back_offset_y;
};

G_DEFINE_FINAL_TYPE (KinPrintSettings, kin_print_settings, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEMPLATE,
  PROP_BLEED_MM,
  PROP_CROP_MARKS,
  PROP_DUPLEX,
  PROP_BACK_OFFSET_X,
  PROP_BACK_OFFSET_Y,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_print_settings_finalize (GObject *object)
{
  KinPrintSettings *self = KIN_PRINT_SETTINGS (object);

  g_clear_pointer (&self->template, g_free);

  G_OBJECT_CLASS (kin_print_settings_parent_class)->finalize (object);
}

static void
kin_print_settings_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KinPrintSettings *self = KIN_PRINT_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      g_value_set_string (value, kin_print_settings_get_template (self));
      break;

    case PROP_BLEED_MM:
      g_value_set_double (value, kin_print_settings_get_bleed_mm (self));
      break;

    case PROP_CROP_MARKS:
      g_value_set_boolean (value, kin_print_settings_get_crop_marks (self));
      break;

    case PROP_DUPLEX:
      g_value_set_enum (value, kin_print_settings_get_duplex (self));
      break;

    case PROP_BACK_OFFSET_X:
      g_value_set_double (value, kin_print_settings_get_back_offset_x (self));
      break;

    case PROP_BACK_OFFSET_Y:
      g_value_set_double (value, kin_print_settings_get_back_offset_y (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_print_settings_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KinPrintSettings *self = KIN_PRINT_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      kin_print_settings_set_template (self, g_value_get_string (value));
      break;

    case PROP_BLEED_MM:
      kin_print_settings_set_bleed_mm (self, g_value_get_double (value));
      break;

    case PROP_CROP_MARKS:
      kin_print_settings_set_crop_marks (self, g_value_get_boolean (value));
      break;

    case PROP_DUPLEX:
      kin_print_settings_set_duplex (self, g_value_get_enum (value));
      break;

    case PROP_BACK_OFFSET_X:
      kin_print_settings_set_back_offset_x (self, g_value_get_double (value));
      break;

    case PROP_BACK_OFFSET_Y:
      kin_print_settings_set_back_offset_y (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_print_settings_class_init (KinPrintSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_print_settings_finalize;
  object_class->get_property = kin_print_settings_get_property;
  object_class->set_property = kin_print_settings_set_property;

  kin_class->type_label = N_("Print Settings");
  kin_class->has_id = FALSE;

  properties[PROP_TEMPLATE] =
    g_param_spec_string ("template", N_("Card template"), NULL,
                         DEFAULT_TEMPLATE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BLEED_MM] =
    g_param_spec_double ("bleed-mm", N_("Bleed"), NULL,
                         0.0, 25.0, 3.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CROP_MARKS] =
    g_param_spec_boolean ("crop-marks", N_("Crop marks"), NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_DUPLEX] =
    g_param_spec_enum ("duplex", N_("Duplex"), NULL,
                       KIN_TYPE_DUPLEX, KIN_DUPLEX_NONE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_BACK_OFFSET_X] =
    g_param_spec_double ("back-offset-x", N_("Back offset X"), NULL,
                         -50.0, 50.0, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BACK_OFFSET_Y] =
    g_param_spec_double ("back-offset-y", N_("Back offset Y"), NULL,
                         -50.0, 50.0, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_print_settings_init (KinPrintSettings *self)
{
  self->template = g_strdup (DEFAULT_TEMPLATE);
  self->bleed_mm = 3.0;
  self->crop_marks = TRUE;
}

/**
 * kin_print_settings_new:
 *
 * Creates a print settings with default values.
 *
 * Returns: (transfer full): a new #KinPrintSettings
 */
KinPrintSettings *
kin_print_settings_new (void)
{
  return g_object_new (KIN_TYPE_PRINT_SETTINGS, NULL);
}

/**
 * kin_print_settings_get_template:
 * @self: a #KinPrintSettings
 *
 * Returns: the id of the card sheet template, never %NULL
 */
const char *
kin_print_settings_get_template (KinPrintSettings *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_SETTINGS (self), NULL);

  return self->template;
}

/**
 * kin_print_settings_set_template:
 * @self: a #KinPrintSettings
 * @template: (nullable): the new value, or %NULL for the default
 *
 * Sets the id of the card sheet template. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_print_settings_set_template (KinPrintSettings *self,
                                 const char       *template)
{
  g_return_if_fail (KIN_IS_PRINT_SETTINGS (self));

  if (template == NULL || *template == '\0')
    template = DEFAULT_TEMPLATE;

  if (_kin_set_string (&self->template, template))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

/**
 * kin_print_settings_get_bleed_mm:
 * @self: a #KinPrintSettings
 *
 * Returns: the bleed around each card in millimetres
 */
double
kin_print_settings_get_bleed_mm (KinPrintSettings *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_SETTINGS (self), 0.0);

  return self->bleed_mm;
}

/**
 * kin_print_settings_set_bleed_mm:
 * @self: a #KinPrintSettings
 * @bleed_mm: the new value
 *
 * Sets the bleed around each card in millimetres. Out-of-range values are
 * clamped to 0.0..25.0. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_print_settings_set_bleed_mm (KinPrintSettings *self,
                                 double            bleed_mm)
{
  g_return_if_fail (KIN_IS_PRINT_SETTINGS (self));
  g_return_if_fail (!isnan (bleed_mm));

  bleed_mm = CLAMP (bleed_mm, 0.0, 25.0);
  if (self->bleed_mm == bleed_mm)
    return;

  self->bleed_mm = bleed_mm;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLEED_MM]);
}

/**
 * kin_print_settings_get_crop_marks:
 * @self: a #KinPrintSettings
 *
 * Returns: whether crop marks are drawn
 */
gboolean
kin_print_settings_get_crop_marks (KinPrintSettings *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_SETTINGS (self), FALSE);

  return self->crop_marks;
}

/**
 * kin_print_settings_set_crop_marks:
 * @self: a #KinPrintSettings
 * @crop_marks: the new value
 *
 * Sets whether crop marks are drawn. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_print_settings_set_crop_marks (KinPrintSettings *self,
                                   gboolean          crop_marks)
{
  g_return_if_fail (KIN_IS_PRINT_SETTINGS (self));

  crop_marks = !!crop_marks;
  if (self->crop_marks == crop_marks)
    return;

  self->crop_marks = crop_marks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CROP_MARKS]);
}

/**
 * kin_print_settings_get_duplex:
 * @self: a #KinPrintSettings
 *
 * Returns: how the card backs are printed
 */
KinDuplex
kin_print_settings_get_duplex (KinPrintSettings *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_SETTINGS (self), 0);

  return self->duplex;
}

/**
 * kin_print_settings_set_duplex:
 * @self: a #KinPrintSettings
 * @duplex: the new value
 *
 * Sets how the card backs are printed. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_print_settings_set_duplex (KinPrintSettings *self,
                               KinDuplex         duplex)
{
  g_return_if_fail (KIN_IS_PRINT_SETTINGS (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_DUPLEX, duplex) != NULL);

  if (self->duplex == duplex)
    return;

  self->duplex = duplex;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLEX]);
}

/**
 * kin_print_settings_get_back_offset_x:
 * @self: a #KinPrintSettings
 *
 * Returns: the horizontal shift of the backs in millimetres
 */
double
kin_print_settings_get_back_offset_x (KinPrintSettings *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_SETTINGS (self), 0.0);

  return self->back_offset_x;
}

/**
 * kin_print_settings_set_back_offset_x:
 * @self: a #KinPrintSettings
 * @back_offset_x: the new value
 *
 * Sets the horizontal shift of the backs in millimetres. Out-of-range values
 * are clamped to -50.0..50.0. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_print_settings_set_back_offset_x (KinPrintSettings *self,
                                      double            back_offset_x)
{
  g_return_if_fail (KIN_IS_PRINT_SETTINGS (self));
  g_return_if_fail (!isnan (back_offset_x));

  back_offset_x = CLAMP (back_offset_x, -50.0, 50.0);
  if (self->back_offset_x == back_offset_x)
    return;

  self->back_offset_x = back_offset_x;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACK_OFFSET_X]);
}

/**
 * kin_print_settings_get_back_offset_y:
 * @self: a #KinPrintSettings
 *
 * Returns: the vertical shift of the backs in millimetres
 */
double
kin_print_settings_get_back_offset_y (KinPrintSettings *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_SETTINGS (self), 0.0);

  return self->back_offset_y;
}

/**
 * kin_print_settings_set_back_offset_y:
 * @self: a #KinPrintSettings
 * @back_offset_y: the new value
 *
 * Sets the vertical shift of the backs in millimetres. Out-of-range values
 * are clamped to -50.0..50.0. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_print_settings_set_back_offset_y (KinPrintSettings *self,
                                      double            back_offset_y)
{
  g_return_if_fail (KIN_IS_PRINT_SETTINGS (self));
  g_return_if_fail (!isnan (back_offset_y));

  back_offset_y = CLAMP (back_offset_y, -50.0, 50.0);
  if (self->back_offset_y == back_offset_y)
    return;

  self->back_offset_y = back_offset_y;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACK_OFFSET_Y]);
}
