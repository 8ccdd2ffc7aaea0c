/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-presenter.h"
#include "kin-projector-view.h"

G_BEGIN_DECLS

#define KIN_TYPE_PROJECTOR_WINDOW (kin_projector_window_get_type ())

G_DECLARE_FINAL_TYPE (KinProjectorWindow, kin_projector_window, KIN, PROJECTOR_WINDOW, GtkWindow)

KinProjectorWindow *kin_projector_window_new                   (KinPresenter       *presenter);
KinPresenter       *kin_projector_window_get_presenter         (KinProjectorWindow *self);
KinProjectorView   *kin_projector_window_get_view              (KinProjectorWindow *self);
void                kin_projector_window_show                  (KinProjectorWindow *self,
                                                                GdkMonitor         *monitor);
GdkMonitor         *kin_projector_window_get_monitor           (KinProjectorWindow *self);
double              kin_projector_window_get_prompt_pixel_size (KinProjectorWindow *self);

char               *kin_projector_dup_monitor_label            (GdkMonitor         *monitor);

G_END_DECLS
