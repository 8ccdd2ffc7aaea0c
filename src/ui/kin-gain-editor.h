/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-gain.h"
#include "kin-project.h"

G_BEGIN_DECLS

#define KIN_TYPE_GAIN_EDITOR (kin_gain_editor_get_type ())

G_DECLARE_FINAL_TYPE (KinGainEditor, kin_gain_editor, KIN, GAIN_EDITOR, AdwWindow)

GtkWidget *kin_gain_editor_new      (KinProject    *project,
                                     KinGain       *gain);
KinGain   *kin_gain_editor_get_gain (KinGainEditor *self);
void       kin_gain_editor_commit   (KinGainEditor *self);

G_END_DECLS
