/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_BOARD_SETTINGS (kin_board_settings_get_type ())

G_DECLARE_FINAL_TYPE (KinBoardSettings, kin_board_settings, KIN, BOARD_SETTINGS, GtkPopover)

KinProject *kin_board_settings_get_project (KinBoardSettings *self);
void        kin_board_settings_set_project (KinBoardSettings *self,
                                            KinProject       *project);
KinBoard   *kin_board_settings_get_board   (KinBoardSettings *self);
void        kin_board_settings_set_board   (KinBoardSettings *self,
                                            KinBoard         *board);
gboolean    kin_board_settings_add_voter   (KinBoardSettings *self,
                                            const char       *name);

G_END_DECLS
