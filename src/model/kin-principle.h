/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_PRINCIPLE (kin_principle_get_type ())

G_DECLARE_FINAL_TYPE (KinPrinciple, kin_principle, KIN, PRINCIPLE, KinObject)

KinPrinciple       *kin_principle_new            (void);

const char         *kin_principle_get_name       (KinPrinciple       *self);
void                kin_principle_set_name       (KinPrinciple       *self,
                                                  const char         *name);
const char         *kin_principle_get_summary    (KinPrinciple       *self);
void                kin_principle_set_summary    (KinPrinciple       *self,
                                                  const char         *summary);
const char * const *kin_principle_get_behaviours (KinPrinciple       *self);
void                kin_principle_set_behaviours (KinPrinciple       *self,
                                                  const char * const *behaviours);
const char         *kin_principle_get_color      (KinPrinciple       *self);
void                kin_principle_set_color      (KinPrinciple       *self,
                                                  const char         *color);
const char         *kin_principle_get_image      (KinPrinciple       *self);
void                kin_principle_set_image      (KinPrinciple       *self,
                                                  const char         *image);

G_END_DECLS
