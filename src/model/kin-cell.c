/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-cell.h"
#include "kin-model-private.h"

/**
 * KinCell:
 *
 * The text where a stage and a lane of a journey map meet. Cells have no
 * id of their own: they are found by their stage and lane.
 */
struct _KinCell
{
  KinObject parent_instance;

  char *stage;
  char *lane;
  char *text;
};

G_DEFINE_FINAL_TYPE (KinCell, kin_cell, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_LANE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_cell_finalize (GObject *object)
{
  KinCell *self = KIN_CELL (object);

  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->lane, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (kin_cell_parent_class)->finalize (object);
}

static void
kin_cell_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KinCell *self = KIN_CELL (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_string (value, kin_cell_get_stage (self));
      break;

    case PROP_LANE:
      g_value_set_string (value, kin_cell_get_lane (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, kin_cell_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_cell_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KinCell *self = KIN_CELL (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      kin_cell_set_stage (self, g_value_get_string (value));
      break;

    case PROP_LANE:
      kin_cell_set_lane (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      kin_cell_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_cell_class_init (KinCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_cell_finalize;
  object_class->get_property = kin_cell_get_property;
  object_class->set_property = kin_cell_set_property;

  kin_class->type_label = N_("Cell");
  kin_class->has_id = FALSE;

  properties[PROP_STAGE] =
    g_param_spec_string ("stage", N_("Stage"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LANE] =
    g_param_spec_string ("lane", N_("Lane"), NULL,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_cell_init (KinCell *self)
{
}

/**
 * kin_cell_new:
 *
 * Creates a cell with default values.
 *
 * Returns: (transfer full): a new #KinCell
 */
KinCell *
kin_cell_new (void)
{
  return g_object_new (KIN_TYPE_CELL, NULL);
}

/**
 * kin_cell_get_stage:
 * @self: a #KinCell
 *
 * Returns: (nullable): the id of the stage, or %NULL if unset
 */
const char *
kin_cell_get_stage (KinCell *self)
{
  g_return_val_if_fail (KIN_IS_CELL (self), NULL);

  return self->stage;
}

/**
 * kin_cell_set_stage:
 * @self: a #KinCell
 * @stage: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the stage. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_cell_set_stage (KinCell    *self,
                    const char *stage)
{
  g_return_if_fail (KIN_IS_CELL (self));

  if (_kin_set_string (&self->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

/**
 * kin_cell_get_lane:
 * @self: a #KinCell
 *
 * Returns: (nullable): the id of the lane, or %NULL if unset
 */
const char *
kin_cell_get_lane (KinCell *self)
{
  g_return_val_if_fail (KIN_IS_CELL (self), NULL);

  return self->lane;
}

/**
 * kin_cell_set_lane:
 * @self: a #KinCell
 * @lane: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the lane. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_cell_set_lane (KinCell    *self,
                   const char *lane)
{
  g_return_if_fail (KIN_IS_CELL (self));

  if (_kin_set_string (&self->lane, lane))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE]);
}

/**
 * kin_cell_get_text:
 * @self: a #KinCell
 *
 * Returns: the text of the cell, never %NULL
 */
const char *
kin_cell_get_text (KinCell *self)
{
  g_return_val_if_fail (KIN_IS_CELL (self), NULL);

  return self->text ? self->text : "";
}

/**
 * kin_cell_set_text:
 * @self: a #KinCell
 * @text: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the text of the cell. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_cell_set_text (KinCell    *self,
                   const char *text)
{
  g_return_if_fail (KIN_IS_CELL (self));

  if (_kin_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
