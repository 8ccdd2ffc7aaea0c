/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_ACTION (kin_action_get_type ())

G_DECLARE_FINAL_TYPE (KinAction, kin_action, KIN, ACTION, KinObject)

KinAction  *kin_action_new       (void);

const char *kin_action_get_text  (KinAction  *self);
void        kin_action_set_text  (KinAction  *self,
                                  const char *text);
const char *kin_action_get_owner (KinAction  *self);
void        kin_action_set_owner (KinAction  *self,
                                  const char *owner);
const char *kin_action_get_due   (KinAction  *self);
void        kin_action_set_due   (KinAction  *self,
                                  const char *due);
gboolean    kin_action_get_done  (KinAction  *self);
void        kin_action_set_done  (KinAction  *self,
                                  gboolean    done);

G_END_DECLS
