/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_STANDARD (kin_standard_get_type ())

G_DECLARE_FINAL_TYPE (KinStandard, kin_standard, KIN, STANDARD, KinObject)

KinStandard        *kin_standard_new                (void);

const char         *kin_standard_get_area           (KinStandard        *self);
void                kin_standard_set_area           (KinStandard        *self,
                                                     const char         *area);
const char         *kin_standard_get_title          (KinStandard        *self);
void                kin_standard_set_title          (KinStandard        *self,
                                                     const char         *title);
const char         *kin_standard_get_detail         (KinStandard        *self);
void                kin_standard_set_detail         (KinStandard        *self,
                                                     const char         *detail);
gboolean            kin_standard_get_has_target     (KinStandard        *self);
void                kin_standard_set_has_target     (KinStandard        *self,
                                                     gboolean            has_target);
double              kin_standard_get_target_value   (KinStandard        *self);
void                kin_standard_set_target_value   (KinStandard        *self,
                                                     double              target_value);
KinUnit             kin_standard_get_target_unit    (KinStandard        *self);
void                kin_standard_set_target_unit    (KinStandard        *self,
                                                     KinUnit             target_unit);
KinChannel          kin_standard_get_target_channel (KinStandard        *self);
void                kin_standard_set_target_channel (KinStandard        *self,
                                                     KinChannel          target_channel);
const char         *kin_standard_get_question       (KinStandard        *self);
void                kin_standard_set_question       (KinStandard        *self,
                                                     const char         *question);
const char * const *kin_standard_get_principles     (KinStandard        *self);
void                kin_standard_set_principles     (KinStandard        *self,
                                                     const char * const *principles);
const char * const *kin_standard_get_tsm            (KinStandard        *self);
void                kin_standard_set_tsm            (KinStandard        *self,
                                                     const char * const *tsm);

G_END_DECLS
