/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-board-canvas.h"
#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_BOARDS_PAGE (kin_boards_page_get_type ())

G_DECLARE_FINAL_TYPE (KinBoardsPage, kin_boards_page, KIN, BOARDS_PAGE, GtkWidget)

KinProject     *kin_boards_page_get_project   (KinBoardsPage *self);
void            kin_boards_page_set_project   (KinBoardsPage *self,
                                               KinProject    *project);
KinBoard       *kin_boards_page_get_board     (KinBoardsPage *self);
void            kin_boards_page_select_board  (KinBoardsPage *self,
                                               KinBoard      *board);
KinBoardCanvas *kin_boards_page_get_canvas    (KinBoardsPage *self);

void            kin_boards_page_export_async  (KinBoardsPage       *self,
                                               GFile               *file,
                                               gboolean             selection_only,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean        kin_boards_page_export_finish (KinBoardsPage       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
