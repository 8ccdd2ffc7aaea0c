/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_EMOTION (kin_emotion_get_type ())

G_DECLARE_FINAL_TYPE (KinEmotion, kin_emotion, KIN, EMOTION, KinObject)

KinEmotion *kin_emotion_new       (void);

const char *kin_emotion_get_stage (KinEmotion *self);
void        kin_emotion_set_stage (KinEmotion *self,
                                   const char *stage);
int         kin_emotion_get_value (KinEmotion *self);
void        kin_emotion_set_value (KinEmotion *self,
                                   int         value);

G_END_DECLS
