/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A list of rectangles in board units, kept in a uniform grid of square
 * cells, for the board's index (kin-board-index.c): each cell lists the
 * items whose rectangle touches it, so that finding what lies over a small
 * rectangle looks in the few cells under it. Answers come in list order.
 *
 * Items are owned by the caller, who embeds a KinGridItem in its own
 * record, places it with _kin_grid_insert() and moves it with
 * _kin_grid_move() rather than changing its rectangle.
 */

typedef struct
{
  gpointer object;    /* what a question finds */
  double   x;
  double   y;
  double   width;
  double   height;

  /*< private >*/
  guint    order;     /* position in the list, when not stale */
  guint    mark;      /* the last question that looked at it */
  int      cell_x0, cell_y0, cell_x1, cell_y1;
  gboolean large;     /* over too many cells: in the list of large ones */
} KinGridItem;

typedef struct
{
  GPtrArray  *items;  /* KinGridItem*, in list order */

  /*< private >*/
  GHashTable *cells;  /* packed cell -> GPtrArray of KinGridItem* */
  GPtrArray  *large;
  gboolean    orders_stale;
  guint       mark;
} KinGrid;

void         _kin_grid_init   (KinGrid     *grid);
void         _kin_grid_clear  (KinGrid     *grid);
void         _kin_grid_insert (KinGrid     *grid,
                               guint        position,
                               KinGridItem *item);
KinGridItem *_kin_grid_remove (KinGrid     *grid,
                               guint        position);
void         _kin_grid_move   (KinGrid     *grid,
                               KinGridItem *item,
                               double       x,
                               double       y,
                               double       width,
                               double       height);
GPtrArray   *_kin_grid_query  (KinGrid     *grid,
                               double       x,
                               double       y,
                               double       width,
                               double       height);

G_END_DECLS
