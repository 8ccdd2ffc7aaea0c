/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_CAPTURE (kin_capture_get_type ())

G_DECLARE_FINAL_TYPE (KinCapture, kin_capture, KIN, CAPTURE, KinObject)

KinCapture *kin_capture_new      (void);

const char *kin_capture_get_item (KinCapture *self);
void        kin_capture_set_item (KinCapture *self,
                                  const char *item);
const char *kin_capture_get_card (KinCapture *self);
void        kin_capture_set_card (KinCapture *self,
                                  const char *card);
const char *kin_capture_get_text (KinCapture *self);
void        kin_capture_set_text (KinCapture *self,
                                  const char *text);
const char *kin_capture_get_time (KinCapture *self);
void        kin_capture_set_time (KinCapture *self,
                                  const char *time);

G_END_DECLS
