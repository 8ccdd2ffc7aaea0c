/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_PRINT_SETTINGS (kin_print_settings_get_type ())

G_DECLARE_FINAL_TYPE (KinPrintSettings, kin_print_settings, KIN, PRINT_SETTINGS, KinObject)

KinPrintSettings *kin_print_settings_new               (void);

const char       *kin_print_settings_get_template      (KinPrintSettings *self);
void              kin_print_settings_set_template      (KinPrintSettings *self,
                                                        const char       *template);
double            kin_print_settings_get_bleed_mm      (KinPrintSettings *self);
void              kin_print_settings_set_bleed_mm      (KinPrintSettings *self,
                                                        double            bleed_mm);
gboolean          kin_print_settings_get_crop_marks    (KinPrintSettings *self);
void              kin_print_settings_set_crop_marks    (KinPrintSettings *self,
                                                        gboolean          crop_marks);
KinDuplex         kin_print_settings_get_duplex        (KinPrintSettings *self);
void              kin_print_settings_set_duplex        (KinPrintSettings *self,
                                                        KinDuplex         duplex);
double            kin_print_settings_get_back_offset_x (KinPrintSettings *self);
void              kin_print_settings_set_back_offset_x (KinPrintSettings *self,
                                                        double            back_offset_x);
double            kin_print_settings_get_back_offset_y (KinPrintSettings *self);
void              kin_print_settings_set_back_offset_y (KinPrintSettings *self,
                                                        double            back_offset_y);

G_END_DECLS
