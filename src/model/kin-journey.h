/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_JOURNEY (kin_journey_get_type ())

G_DECLARE_FINAL_TYPE (KinJourney, kin_journey, KIN, JOURNEY, KinObject)

KinJourney      *kin_journey_new          (void);

const char      *kin_journey_get_title    (KinJourney      *self);
void             kin_journey_set_title    (KinJourney      *self,
                                           const char      *title);
const char      *kin_journey_get_persona  (KinJourney      *self);
void             kin_journey_set_persona  (KinJourney      *self,
                                           const char      *persona);
const char      *kin_journey_get_scenario (KinJourney      *self);
void             kin_journey_set_scenario (KinJourney      *self,
                                           const char      *scenario);
KinJourneyState  kin_journey_get_state    (KinJourney      *self);
void             kin_journey_set_state    (KinJourney      *self,
                                           KinJourneyState  state);
GListModel      *kin_journey_get_stages   (KinJourney      *self);
GListModel      *kin_journey_get_lanes    (KinJourney      *self);
GListModel      *kin_journey_get_cells    (KinJourney      *self);
GListModel      *kin_journey_get_emotions (KinJourney      *self);

G_END_DECLS
