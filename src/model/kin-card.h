/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_CARD (kin_card_get_type ())

G_DECLARE_FINAL_TYPE (KinCard, kin_card, KIN, CARD, KinObject)

KinCard            *kin_card_new            (void);

const char         *kin_card_get_title      (KinCard            *self);
void                kin_card_set_title      (KinCard            *self,
                                             const char         *title);
const char         *kin_card_get_prompt     (KinCard            *self);
void                kin_card_set_prompt     (KinCard            *self,
                                             const char         *prompt);
const char * const *kin_card_get_follow_ups (KinCard            *self);
void                kin_card_set_follow_ups (KinCard            *self,
                                             const char * const *follow_ups);
const char         *kin_card_get_principle  (KinCard            *self);
void                kin_card_set_principle  (KinCard            *self,
                                             const char         *principle);
int                 kin_card_get_minutes    (KinCard            *self);
void                kin_card_set_minutes    (KinCard            *self,
                                             int                 minutes);

G_END_DECLS
