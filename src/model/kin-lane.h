/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_LANE (kin_lane_get_type ())

G_DECLARE_FINAL_TYPE (KinLane, kin_lane, KIN, LANE, KinObject)

KinLane     *kin_lane_new       (void);

KinLaneKind  kin_lane_get_kind  (KinLane     *self);
void         kin_lane_set_kind  (KinLane     *self,
                                 KinLaneKind  kind);
const char  *kin_lane_get_title (KinLane     *self);
void         kin_lane_set_title (KinLane     *self,
                                 const char  *title);

G_END_DECLS
