/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_CELL (kin_cell_get_type ())

G_DECLARE_FINAL_TYPE (KinCell, kin_cell, KIN, CELL, KinObject)

KinCell    *kin_cell_new       (void);

const char *kin_cell_get_stage (KinCell    *self);
void        kin_cell_set_stage (KinCell    *self,
                                const char *stage);
const char *kin_cell_get_lane  (KinCell    *self);
void        kin_cell_set_lane  (KinCell    *self,
                                const char *lane);
const char *kin_cell_get_text  (KinCell    *self);
void        kin_cell_set_text  (KinCell    *self,
                                const char *text);

G_END_DECLS
