/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_STAGE (kin_stage_get_type ())

G_DECLARE_FINAL_TYPE (KinStage, kin_stage, KIN, STAGE, KinObject)

KinStage   *kin_stage_new      (void);

const char *kin_stage_get_name (KinStage   *self);
void        kin_stage_set_name (KinStage   *self,
                                const char *name);

G_END_DECLS
