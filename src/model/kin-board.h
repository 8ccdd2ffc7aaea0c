/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_BOARD (kin_board_get_type ())

G_DECLARE_FINAL_TYPE (KinBoard, kin_board, KIN, BOARD, KinObject)

KinBoard   *kin_board_new                  (void);

const char *kin_board_get_title            (KinBoard   *self);
void        kin_board_set_title            (KinBoard   *self,
                                            const char *title);
const char *kin_board_get_question         (KinBoard   *self);
void        kin_board_set_question         (KinBoard   *self,
                                            const char *question);
int         kin_board_get_votes_per_person (KinBoard   *self);
void        kin_board_set_votes_per_person (KinBoard   *self,
                                            int         votes_per_person);
gboolean    kin_board_get_silent           (KinBoard   *self);
void        kin_board_set_silent           (KinBoard   *self,
                                            gboolean    silent);
const char * const *kin_board_get_voters   (KinBoard   *self);
void        kin_board_set_voters           (KinBoard   *self,
                                            const char * const *voters);
GListModel *kin_board_get_clusters         (KinBoard   *self);
GListModel *kin_board_get_notes            (KinBoard   *self);

G_END_DECLS
