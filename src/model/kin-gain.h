/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_GAIN (kin_gain_get_type ())

G_DECLARE_FINAL_TYPE (KinGain, kin_gain, KIN, GAIN, KinObject)

KinGain            *kin_gain_new            (void);

const char         *kin_gain_get_date       (KinGain            *self);
void                kin_gain_set_date       (KinGain            *self,
                                             const char         *date);
const char         *kin_gain_get_title      (KinGain            *self);
void                kin_gain_set_title      (KinGain            *self,
                                             const char         *title);
const char         *kin_gain_get_team       (KinGain            *self);
void                kin_gain_set_team       (KinGain            *self,
                                             const char         *team);
const char         *kin_gain_get_who        (KinGain            *self);
void                kin_gain_set_who        (KinGain            *self,
                                             const char         *who);
const char         *kin_gain_get_before     (KinGain            *self);
void                kin_gain_set_before     (KinGain            *self,
                                             const char         *before);
const char         *kin_gain_get_change     (KinGain            *self);
void                kin_gain_set_change     (KinGain            *self,
                                             const char         *change);
const char * const *kin_gain_get_principles (KinGain            *self);
void                kin_gain_set_principles (KinGain            *self,
                                             const char * const *principles);
const char * const *kin_gain_get_standards  (KinGain            *self);
void                kin_gain_set_standards  (KinGain            *self,
                                             const char * const *standards);
const char * const *kin_gain_get_tsm        (KinGain            *self);
void                kin_gain_set_tsm        (KinGain            *self,
                                             const char * const *tsm);
int                 kin_gain_get_impact     (KinGain            *self);
void                kin_gain_set_impact     (KinGain            *self,
                                             int                 impact);
KinEffort           kin_gain_get_effort     (KinGain            *self);
void                kin_gain_set_effort     (KinGain            *self,
                                             KinEffort           effort);
const char         *kin_gain_get_evidence   (KinGain            *self);
void                kin_gain_set_evidence   (KinGain            *self,
                                             const char         *evidence);
KinGainStatus       kin_gain_get_status     (KinGain            *self);
void                kin_gain_set_status     (KinGain            *self,
                                             KinGainStatus       status);
const char         *kin_gain_get_created    (KinGain            *self);
void                kin_gain_set_created    (KinGain            *self,
                                             const char         *created);
const char         *kin_gain_get_modified   (KinGain            *self);
void                kin_gain_set_modified   (KinGain            *self,
                                             const char         *modified);

G_END_DECLS
