/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_CAPTURE_LIST (kin_capture_list_get_type ())

G_DECLARE_FINAL_TYPE (KinCaptureList, kin_capture_list, KIN, CAPTURE_LIST, GtkWidget)

KinProject *kin_capture_list_get_project  (KinCaptureList *self);
void        kin_capture_list_set_project  (KinCaptureList *self,
                                           KinProject     *project);
KinSession *kin_capture_list_get_session  (KinCaptureList *self);
void        kin_capture_list_set_session  (KinCaptureList *self,
                                           KinSession     *session);
guint       kin_capture_list_get_n_groups (KinCaptureList *self);

G_END_DECLS
