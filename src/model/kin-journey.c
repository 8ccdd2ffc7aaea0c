/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-journey.h"
#include "kin-cell.h"
#include "kin-emotion.h"
#include "kin-lane.h"
#include "kin-stage.h"
#include "kin-model-private.h"

/**
 * KinJourney:
 *
 * A customer journey map: one persona and scenario, stages across the
 * top, lanes down the side, a text cell where they meet and an emotion
 * curve.
 */
struct _KinJourney
{
  KinObject parent_instance;

  char *title;
  char *persona;
  char *scenario;
  KinJourneyState state;

  GListStore *stages;
  GListStore *lanes;
  GListStore *cells;
  GListStore *emotions;
};

G_DEFINE_FINAL_TYPE (KinJourney, kin_journey, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PERSONA,
  PROP_SCENARIO,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_journey_foreach_child_list (KinObject        *object,
                                KinChildListFunc  func,
                                gpointer          user_data)
{
  KinJourney *self = KIN_JOURNEY (object);

  func (G_LIST_MODEL (self->stages), user_data);
  func (G_LIST_MODEL (self->lanes), user_data);
  func (G_LIST_MODEL (self->cells), user_data);
  func (G_LIST_MODEL (self->emotions), user_data);
}

static void
kin_journey_dispose (GObject *object)
{
  KinJourney *self = KIN_JOURNEY (object);

  g_clear_object (&self->stages);
  g_clear_object (&self->lanes);
  g_clear_object (&self->cells);
  g_clear_object (&self->emotions);

  G_OBJECT_CLASS (kin_journey_parent_class)->dispose (object);
}

static void
kin_journey_finalize (GObject *object)
{
  KinJourney *self = KIN_JOURNEY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->persona, g_free);
  g_clear_pointer (&self->scenario, g_free);

  G_OBJECT_CLASS (kin_journey_parent_class)->finalize (object);
}

static void
kin_journey_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinJourney *self = KIN_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_journey_get_title (self));
      break;

    case PROP_PERSONA:
      g_value_set_string (value, kin_journey_get_persona (self));
      break;

    case PROP_SCENARIO:
      g_value_set_string (value, kin_journey_get_scenario (self));
      break;

    case PROP_STATE:
      g_value_set_enum (value, kin_journey_get_state (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_journey_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KinJourney *self = KIN_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_journey_set_title (self, g_value_get_string (value));
      break;

    case PROP_PERSONA:
      kin_journey_set_persona (self, g_value_get_string (value));
      break;

    case PROP_SCENARIO:
      kin_journey_set_scenario (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      kin_journey_set_state (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_journey_class_init (KinJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->dispose = kin_journey_dispose;
  object_class->finalize = kin_journey_finalize;
  object_class->get_property = kin_journey_get_property;
  object_class->set_property = kin_journey_set_property;

  kin_class->type_label = N_("Journey Map");
  kin_class->foreach_child_list = kin_journey_foreach_child_list;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSONA] =
    g_param_spec_string ("persona", N_("Persona"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SCENARIO] =
    g_param_spec_string ("scenario", N_("Scenario"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_enum ("state", N_("State"), NULL,
                       KIN_TYPE_JOURNEY_STATE, KIN_JOURNEY_STATE_CURRENT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_journey_init (KinJourney *self)
{
  self->stages = g_list_store_new (KIN_TYPE_STAGE);
  self->lanes = g_list_store_new (KIN_TYPE_LANE);
  self->cells = g_list_store_new (KIN_TYPE_CELL);
  self->emotions = g_list_store_new (KIN_TYPE_EMOTION);
}

/**
 * kin_journey_new:
 *
 * Creates a journey map with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinJourney
 */
KinJourney *
kin_journey_new (void)
{
  return g_object_new (KIN_TYPE_JOURNEY, NULL);
}

/**
 * kin_journey_get_title:
 * @self: a #KinJourney
 *
 * Returns: the title, never %NULL
 */
const char *
kin_journey_get_title (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_journey_set_title:
 * @self: a #KinJourney
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_journey_set_title (KinJourney *self,
                       const char *title)
{
  g_return_if_fail (KIN_IS_JOURNEY (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_journey_get_persona:
 * @self: a #KinJourney
 *
 * Returns: the customer the map follows, never %NULL
 */
const char *
kin_journey_get_persona (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), NULL);

  return self->persona ? self->persona : "";
}

/**
 * kin_journey_set_persona:
 * @self: a #KinJourney
 * @persona: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the customer the map follows. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_journey_set_persona (KinJourney *self,
                         const char *persona)
{
  g_return_if_fail (KIN_IS_JOURNEY (self));

  if (_kin_set_string (&self->persona, persona))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONA]);
}

/**
 * kin_journey_get_scenario:
 * @self: a #KinJourney
 *
 * Returns: what the customer is trying to do, never %NULL
 */
const char *
kin_journey_get_scenario (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), NULL);

  return self->scenario ? self->scenario : "";
}

/**
 * kin_journey_set_scenario:
 * @self: a #KinJourney
 * @scenario: (nullable): the new value; %NULL is the same as ""
 *
 * Sets what the customer is trying to do. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_journey_set_scenario (KinJourney *self,
                          const char *scenario)
{
  g_return_if_fail (KIN_IS_JOURNEY (self));

  if (_kin_set_string (&self->scenario, scenario))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
}

/**
 * kin_journey_get_state:
 * @self: a #KinJourney
 *
 * Returns: whether the map shows the current or the future state
 */
KinJourneyState
kin_journey_get_state (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), 0);

  return self->state;
}

/**
 * kin_journey_set_state:
 * @self: a #KinJourney
 * @state: the new value
 *
 * Sets whether the map shows the current or the future state. Edits made by
 * the user go through kin_project_set() instead, so that they can be undone.
 */
void
kin_journey_set_state (KinJourney      *self,
                       KinJourneyState  state)
{
  g_return_if_fail (KIN_IS_JOURNEY (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_JOURNEY_STATE, state) != NULL);

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * kin_journey_get_stages:
 * @self: a #KinJourney
 *
 * Returns: (transfer none): the stages, left to right, a #GListStore of
 * #KinStage
 */
GListModel *
kin_journey_get_stages (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), NULL);

  return G_LIST_MODEL (self->stages);
}

/**
 * kin_journey_get_lanes:
 * @self: a #KinJourney
 *
 * Returns: (transfer none): the lanes, top to bottom, a #GListStore of
 * #KinLane
 */
GListModel *
kin_journey_get_lanes (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), NULL);

  return G_LIST_MODEL (self->lanes);
}

/**
 * kin_journey_get_cells:
 * @self: a #KinJourney
 *
 * Returns: (transfer none): the filled-in cells, a #GListStore of #KinCell
 */
GListModel *
kin_journey_get_cells (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), NULL);

  return G_LIST_MODEL (self->cells);
}

/**
 * kin_journey_get_emotions:
 * @self: a #KinJourney
 *
 * Returns: (transfer none): the points of the emotion curve, a #GListStore
 * of #KinEmotion
 */
GListModel *
kin_journey_get_emotions (KinJourney *self)
{
  g_return_val_if_fail (KIN_IS_JOURNEY (self), NULL);

  return G_LIST_MODEL (self->emotions);
}
