/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-board-canvas.h"
#include "kin-board-modes.h"

G_BEGIN_DECLS

#define KIN_TYPE_CONSOLE_BOARD (kin_console_board_get_type ())

G_DECLARE_FINAL_TYPE (KinConsoleBoard, kin_console_board, KIN, CONSOLE_BOARD, GtkWidget)

GtkWidget      *kin_console_board_new         (void);
KinProject     *kin_console_board_get_project (KinConsoleBoard *self);
void            kin_console_board_set_project (KinConsoleBoard *self,
                                               KinProject      *project);
KinBoard       *kin_console_board_get_board   (KinConsoleBoard *self);
void            kin_console_board_set_board   (KinConsoleBoard *self,
                                               KinBoard        *board);
KinBoardCanvas *kin_console_board_get_canvas  (KinConsoleBoard *self);
KinBoardModes  *kin_console_board_get_modes   (KinConsoleBoard *self);

G_END_DECLS
