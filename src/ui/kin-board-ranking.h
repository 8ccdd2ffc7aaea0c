/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_BOARD_RANKING (kin_board_ranking_get_type ())

G_DECLARE_FINAL_TYPE (KinBoardRanking, kin_board_ranking, KIN, BOARD_RANKING, GtkPopover)

void        kin_board_ranking_set_project (KinBoardRanking *self,
                                           KinProject      *project);
void        kin_board_ranking_set_board   (KinBoardRanking *self,
                                           KinBoard        *board);
void        kin_board_ranking_refresh     (KinBoardRanking *self);
guint       kin_board_ranking_get_n_notes (KinBoardRanking *self);
guint       kin_board_ranking_get_n_themes (KinBoardRanking *self);

G_END_DECLS
