/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

/**
 * KinGainsMergeSummary:
 * @added: gains of the other project that this one did not have
 * @updated: gains both have, where the other one was modified later and
 *   differs
 * @unchanged: gains both have, where this project's copy is as new or
 *   newer, or the same
 * @warnings: (element-type utf8): one translated line for each principle or
 *   standard reference that could not be mapped and was dropped
 *
 * What kin_gains_merge() did. Initialise with
 * kin_gains_merge_summary_init(), release with
 * kin_gains_merge_summary_clear().
 */
typedef struct {
  guint      added;
  guint      updated;
  guint      unchanged;
  GPtrArray *warnings;
} KinGainsMergeSummary;

void      kin_gains_merge_summary_init  (KinGainsMergeSummary *summary);
void      kin_gains_merge_summary_clear (KinGainsMergeSummary *summary);

gboolean  kin_gains_merge               (KinProject           *project,
                                         KinProject           *other,
                                         KinGainsMergeSummary *summary,
                                         GError              **error);
gboolean  kin_gains_merge_file          (KinProject           *project,
                                         GFile                *file,
                                         KinGainsMergeSummary *summary,
                                         GCancellable         *cancellable,
                                         GError              **error);

G_END_DECLS
