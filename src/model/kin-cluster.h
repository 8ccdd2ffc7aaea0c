/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_CLUSTER (kin_cluster_get_type ())

G_DECLARE_FINAL_TYPE (KinCluster, kin_cluster, KIN, CLUSTER, KinObject)

KinCluster *kin_cluster_new        (void);

const char *kin_cluster_get_title  (KinCluster *self);
void        kin_cluster_set_title  (KinCluster *self,
                                    const char *title);
double      kin_cluster_get_x      (KinCluster *self);
void        kin_cluster_set_x      (KinCluster *self,
                                    double      x);
double      kin_cluster_get_y      (KinCluster *self);
void        kin_cluster_set_y      (KinCluster *self,
                                    double      y);
double      kin_cluster_get_width  (KinCluster *self);
void        kin_cluster_set_width  (KinCluster *self,
                                    double      width);
double      kin_cluster_get_height (KinCluster *self);
void        kin_cluster_set_height (KinCluster *self,
                                    double      height);
const char *kin_cluster_get_color  (KinCluster *self);
void        kin_cluster_set_color  (KinCluster *self,
                                    const char *color);

G_END_DECLS
