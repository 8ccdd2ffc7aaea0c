/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-gain-search.h"

G_BEGIN_DECLS

#define KIN_TYPE_GAIN_LIST (kin_gain_list_get_type ())

G_DECLARE_FINAL_TYPE (KinGainList, kin_gain_list, KIN, GAIN_LIST, GObject)

KinGainList         *kin_gain_list_new            (GListModel          *gains);

GListModel          *kin_gain_list_get_gains      (KinGainList         *self);
void                 kin_gain_list_set_gains      (KinGainList         *self,
                                                   GListModel          *gains);
const KinGainFilter *kin_gain_list_get_filter     (KinGainList         *self);
void                 kin_gain_list_set_filter     (KinGainList         *self,
                                                   const KinGainFilter *filter);
KinGainSortKey       kin_gain_list_get_sort_key   (KinGainList         *self);
gboolean             kin_gain_list_get_descending (KinGainList         *self);
void                 kin_gain_list_set_sort       (KinGainList         *self,
                                                   KinGainSortKey       key,
                                                   gboolean             descending);

G_END_DECLS
