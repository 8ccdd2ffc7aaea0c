/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_ACTION_ROW (kin_action_row_get_type ())

G_DECLARE_FINAL_TYPE (KinActionRow, kin_action_row, KIN, ACTION_ROW, GtkListBoxRow)

GtkWidget *kin_action_row_new        (KinProject   *project,
                                      KinAction    *action);
KinAction *kin_action_row_get_action (KinActionRow *self);

G_END_DECLS
