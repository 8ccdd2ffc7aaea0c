/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

/*
 * Where the notes and themes of a board are, and what changed on it, kept
 * up to date from the board's lists and from the notifications of every
 * note and theme on it. It answers in time proportional to what is asked
 * about rather than to the size of the board:
 *
 *   - the notes or themes over a rectangle, in list order (bottom first),
 *     for drawing part of a view and for hit testing;
 *   - the votes of each theme's notes added up;
 *   - the extent of everything on the board;
 *   - the areas that changed since a given moment, for a view that redraws
 *     only those: each change of a note or theme reports the rectangle it
 *     covered before and the one it covers after, and a change of a
 *     theme's vote total reports the theme's rectangle.
 *
 * One index is kept with each board, made the first time it is asked for.
 * Rectangles are in board units; a note is KIN_NOTE_WIDTH by
 * KIN_NOTE_HEIGHT. Main thread only, like the model.
 */

#define KIN_TYPE_BOARD_INDEX (kin_board_index_get_type ())

G_DECLARE_FINAL_TYPE (KinBoardIndex, kin_board_index, KIN, BOARD_INDEX, GObject)

/* An area of the board, in board units. */
typedef void (*KinBoardAreaFunc) (double   x,
                                  double   y,
                                  double   width,
                                  double   height,
                                  gpointer user_data);

KinBoardIndex *kin_board_index_get               (KinBoard      *board);

GPtrArray     *kin_board_index_notes_in_rect     (KinBoardIndex *self,
                                                  double         x,
                                                  double         y,
                                                  double         width,
                                                  double         height);
GPtrArray     *kin_board_index_clusters_in_rect  (KinBoardIndex *self,
                                                  double         x,
                                                  double         y,
                                                  double         width,
                                                  double         height);
gint64         kin_board_index_get_cluster_votes (KinBoardIndex *self,
                                                  KinCluster    *cluster);
gboolean       kin_board_index_get_extents       (KinBoardIndex *self,
                                                  double        *x,
                                                  double        *y,
                                                  double        *width,
                                                  double        *height);

guint64        kin_board_index_get_serial        (KinBoardIndex *self);
gboolean       kin_board_index_foreach_change    (KinBoardIndex    *self,
                                                  guint64           since,
                                                  KinBoardAreaFunc  func,
                                                  gpointer          user_data);

G_END_DECLS
