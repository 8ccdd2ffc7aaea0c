/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-gain-chart.h"
#include "kin-project.h"

G_BEGIN_DECLS

#define KIN_TYPE_GAINS_PROGRESS (kin_gains_progress_get_type ())

G_DECLARE_FINAL_TYPE (KinGainsProgress, kin_gains_progress, KIN, GAINS_PROGRESS, GtkWidget)

/**
 * KinGainsRange:
 * @KIN_GAINS_RANGE_3_MONTHS: the last three months, up to today
 * @KIN_GAINS_RANGE_12_MONTHS: the last twelve months, up to today
 * @KIN_GAINS_RANGE_ALL: from the first gain to the last
 *
 * The date ranges the progress charts offer.
 */
typedef enum {
  KIN_GAINS_RANGE_3_MONTHS,
  KIN_GAINS_RANGE_12_MONTHS,
  KIN_GAINS_RANGE_ALL,
} KinGainsRange;

void                kin_gains_progress_set_project (KinGainsProgress *self,
                                                    KinProject       *project);
void                kin_gains_progress_set_range   (KinGainsProgress *self,
                                                    KinGainsRange     range,
                                                    KinGainPeriod     period);
const KinGainStats *kin_gains_progress_get_stats   (KinGainsProgress *self);
const char         *kin_gains_progress_get_summary (KinGainsProgress *self);
gboolean            kin_gains_progress_export      (KinGainsProgress *self,
                                                    KinGainChartKind  kind,
                                                    GFile            *file,
                                                    GError          **error);

G_END_DECLS
