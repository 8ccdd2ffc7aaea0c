/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-board-canvas.h"

G_BEGIN_DECLS

#define KIN_TYPE_BOARD_MODES (kin_board_modes_get_type ())

G_DECLARE_FINAL_TYPE (KinBoardModes, kin_board_modes, KIN, BOARD_MODES, GtkWidget)

GtkWidget      *kin_board_modes_new        (void);
KinBoardCanvas *kin_board_modes_get_canvas (KinBoardModes  *self);
void            kin_board_modes_set_canvas (KinBoardModes  *self,
                                            KinBoardCanvas *canvas);
gboolean        kin_board_modes_get_silent (KinBoardModes  *self);
void            kin_board_modes_set_silent (KinBoardModes  *self,
                                            gboolean        silent);
guint           kin_board_modes_reveal_all (KinBoardModes  *self);

G_END_DECLS
