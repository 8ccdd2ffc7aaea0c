/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-board-edit.h"
#include "kin-model.h"

G_BEGIN_DECLS

/* Geometry shared by the board operations. A note belongs to the theme
 * its centre lies in; an area covers its left and top edges but not its
 * right and bottom ones. */

static inline double
kin_note_center_x (KinNote *note)
{
  return kin_note_get_x (note) + KIN_NOTE_WIDTH / 2;
}

static inline double
kin_note_center_y (KinNote *note)
{
  return kin_note_get_y (note) + KIN_NOTE_HEIGHT / 2;
}

static inline gboolean
kin_cluster_contains (KinCluster *cluster,
                      double      x,
                      double      y)
{
  double left = kin_cluster_get_x (cluster);
  double top = kin_cluster_get_y (cluster);

  return x >= left && x < left + kin_cluster_get_width (cluster) &&
         y >= top && y < top + kin_cluster_get_height (cluster);
}

static inline gboolean
kin_note_is_in_cluster (KinNote    *note,
                        KinCluster *cluster)
{
  return g_strcmp0 (kin_note_get_cluster (note), kin_object_get_id (KIN_OBJECT (cluster))) == 0;
}

G_END_DECLS
