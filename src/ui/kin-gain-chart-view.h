/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-gain-chart.h"

G_BEGIN_DECLS

#define KIN_TYPE_GAIN_CHART_VIEW (kin_gain_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (KinGainChartView, kin_gain_chart_view, KIN, GAIN_CHART_VIEW, GtkWidget)

GtkWidget        *kin_gain_chart_view_new       (KinGainChartKind    kind);
KinGainChartKind  kin_gain_chart_view_get_kind  (KinGainChartView   *self);
void              kin_gain_chart_view_set_stats (KinGainChartView   *self,
                                                 const KinGainStats *stats);
void              kin_gain_chart_view_get_style (KinGainChartView   *self,
                                                 KinChartStyle      *style);

G_END_DECLS
