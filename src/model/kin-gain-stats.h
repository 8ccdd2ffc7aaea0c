/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-gain-search.h"
#include "kin-types.h"

G_BEGIN_DECLS

/**
 * KinGainPeriod:
 * @KIN_GAIN_PERIOD_WEEK: ISO 8601 weeks, starting on Monday
 * @KIN_GAIN_PERIOD_MONTH: calendar months
 *
 * How gains are grouped over time.
 */
typedef enum {
  KIN_GAIN_PERIOD_WEEK,
  KIN_GAIN_PERIOD_MONTH,
} KinGainPeriod;

/**
 * KinGainStatsBucket:
 * @start: the first day of the period (a Monday for weeks, the 1st for months)
 * @wins: wins dated in the period
 * @cumulative: wins from the start of the range up to the end of the period
 * @contributors: distinct contributors of the wins of the period
 *
 * One period on the time axis.
 */
typedef struct {
  GDate start;
  guint wins;
  guint cumulative;
  guint contributors;
} KinGainStatsBucket;

/**
 * KinGainStatsGroup:
 * @id: (nullable): the principle id, or %NULL for teams
 * @label: the team as first written, or the principle name
 * @color: (nullable): "#rrggbb" of the principle, or %NULL
 * @wins: wins in this group
 *
 * One bar of the by-team or by-principle charts.
 */
typedef struct {
  char  *id;
  char  *label;
  char  *color;
  guint  wins;
} KinGainStatsGroup;

/**
 * KinGainStats:
 * @period: how @buckets are grouped
 * @from: the first day covered (invalid when there was nothing to cover)
 * @to: the last day covered (invalid when there was nothing to cover)
 * @n_records: gains in the range that pass the filter, dropped ones included
 * @n_wins: the same without dropped gains
 * @n_dropped: dropped gains in the range that pass the filter
 * @n_contributors: distinct "who" values among the wins (trimmed, ignoring
 *   case and accents; an empty "who" is not a contributor)
 * @buckets: (element-type KinGainStatsBucket): every period from @from to
 *   @to, in order, empty ones included
 * @teams: (element-type KinGainStatsGroup): wins by team, most first (an
 *   empty team is shown as "No team")
 * @principles: (element-type KinGainStatsGroup): wins by principle, in the
 *   project's principle order; a gain serving two principles counts in both
 * @n_without_principle: wins that serve no principle
 *
 * Figures for the progress charts, computed once by kin_gain_stats_compute()
 * so that drawing only walks these aggregates. Read-only.
 *
 * A "win" is a gain whose status is not dropped: a dropped idea stays in the
 * log as a record, but it is not counted as progress.
 */
typedef struct {
  KinGainPeriod  period;
  GDate          from;
  GDate          to;
  guint          n_records;
  guint          n_wins;
  guint          n_dropped;
  guint          n_contributors;
  GArray        *buckets;
  GPtrArray     *teams;
  GPtrArray     *principles;
  guint          n_without_principle;
} KinGainStats;

KinGainStats *kin_gain_stats_compute      (KinProject          *project,
                                           GListModel          *gains,
                                           const KinGainFilter *filter,
                                           const GDate         *from,
                                           const GDate         *to,
                                           KinGainPeriod        period);
void          kin_gain_stats_free         (KinGainStats        *stats);
char         *kin_gain_stats_bucket_label (const KinGainStats  *stats,
                                           guint                index);

gboolean      kin_gain_parse_date         (const char          *text,
                                           GDate               *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinGainStats, kin_gain_stats_free)

G_END_DECLS
