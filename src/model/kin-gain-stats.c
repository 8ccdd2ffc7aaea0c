/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kin-gain-stats.h"
#include "kin-gain.h"
#include "kin-principle.h"
#include "kin-project.h"

/*
 * Figures for the progress charts. Everything is computed in one pass over
 * the gains, so that the charts only ever draw a few hundred aggregates,
 * however long the log is.
 *
 * Dropped gains are counted as records (n_records, n_dropped) but never as
 * wins: a dropped idea stays in the log, it is not progress. Gains without a
 * valid date cannot be placed on the time axis and are left out.
 */

/**
 * kin_gain_parse_date:
 * @text: (nullable): a date as stored in a gain, "YYYY-MM-DD"
 * @date: (out caller-allocates): where to store the day
 *
 * Parses a date of the file format, refusing anything else (no time part,
 * no other separators, no impossible days such as 2026-02-30).
 *
 * Returns: %TRUE if @text is a valid date; @date is then set
 */
gboolean
kin_gain_parse_date (const char *text,
                     GDate      *date)
{
  guint year = 0, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  for (guint i = 0; i < 4; i++)
    year = year * 10 + (guint) (text[i] - '0');
  month = (guint) (text[5] - '0') * 10 + (guint) (text[6] - '0');
  day = (guint) (text[8] - '0') * 10 + (guint) (text[9] - '0');

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

static void
group_free (gpointer data)
{
  KinGainStatsGroup *group = data;

  g_free (group->id);
  g_free (group->label);
  g_free (group->color);
  g_free (group);
}

static KinGainStatsGroup *
group_new (const char *id,
           const char *label,
           const char *color)
{
  KinGainStatsGroup *group = g_new0 (KinGainStatsGroup, 1);

  group->id = g_strdup (id);
  group->label = g_strdup (label);
  group->color = g_strdup (color);

  return group;
}

/* The first day of the period holding @date. */
static void
period_start (KinGainPeriod  period,
              const GDate   *date,
              GDate         *start)
{
  *start = *date;

  if (period == KIN_GAIN_PERIOD_WEEK)
    g_date_subtract_days (start, g_date_get_weekday (date) - G_DATE_MONDAY);
  else
    g_date_set_day (start, 1);
}

/* The number of whole periods from @origin (a period start) to the period
 * holding @date. */
static guint
period_index (KinGainPeriod  period,
              const GDate   *origin,
              const GDate   *date)
{
  if (period == KIN_GAIN_PERIOD_WEEK)
    return (g_date_get_julian (date) - g_date_get_julian (origin)) / 7;

  return ((guint) g_date_get_year (date) - (guint) g_date_get_year (origin)) * 12 +
         (guint) g_date_get_month (date) - (guint) g_date_get_month (origin);
}

static int
compare_guint64 (const void *a,
                 const void *b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

static int
compare_groups_by_wins (gconstpointer a,
                        gconstpointer b)
{
  const KinGainStatsGroup *x = *(KinGainStatsGroup * const *) a;
  const KinGainStatsGroup *y = *(KinGainStatsGroup * const *) b;

  if (x->wins != y->wins)
    return x->wins > y->wins ? -1 : 1;

  return g_utf8_collate (x->label, y->label);
}

/* Prepares one group per principle of the project, in the project's order,
 * so that the chart keeps the order people know from the principles page. */
static void
add_principle_groups (KinGainStats *stats,
                      KinProject   *project,
                      GHashTable   *by_id)
{
  GListModel *principles;
  guint n;

  if (project == NULL)
    return;

  principles = kin_project_get_principles (project);
  n = g_list_model_get_n_items (principles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);
      const char *id = kin_object_get_id (KIN_OBJECT (principle));
      const char *color = kin_principle_get_color (principle);
      KinGainStatsGroup *group;

      group = group_new (id, kin_principle_get_name (principle),
                         color != NULL && *color != '\0' ? color : NULL);
      g_ptr_array_add (stats->principles, group);
      g_hash_table_insert (by_id, group->id, group);
    }
}

static void
count_team (KinGainStats *stats,
            GHashTable   *teams,
            KinGain      *gain)
{
  const char *key = kin_gain_get_team_key (gain);
  KinGainStatsGroup *group = g_hash_table_lookup (teams, key);

  if (group == NULL)
    {
      g_autofree char *label = g_strstrip (g_strdup (kin_gain_get_team (gain)));

      group = group_new (NULL, *label != '\0' ? label : _("No team"), NULL);
      g_ptr_array_add (stats->teams, group);
      g_hash_table_insert (teams, g_strdup (key), group);
    }

  group->wins++;
}

static void
count_principles (KinGainStats *stats,
                  GHashTable   *principles,
                  gboolean      have_project,
                  KinGain      *gain)
{
  const char * const *ids = kin_gain_get_principles (gain);
  gboolean counted = FALSE;

  for (; *ids != NULL; ids++)
    {
      KinGainStatsGroup *group = g_hash_table_lookup (principles, *ids);

      /* Without a project there are no names: show the ids rather than
       * nothing. With one, a missing id was repaired on load already. */
      if (group == NULL && !have_project)
        {
          group = group_new (*ids, *ids, NULL);
          g_ptr_array_add (stats->principles, group);
          g_hash_table_insert (principles, group->id, group);
        }

      if (group != NULL)
        {
          group->wins++;
          counted = TRUE;
        }
    }

  if (!counted)
    stats->n_without_principle++;
}

/* Distinct contributors per period: pairs of (period, contributor) are
 * sorted and counted once each, which is cheaper than a set per period. */
static void
count_contributors (KinGainStats *stats,
                    GArray       *pairs)
{
  guint64 previous = G_MAXUINT64;

  /* An empty GArray has no data at all, and qsort() must not be given NULL. */
  if (pairs->len == 0)
    return;

  qsort (pairs->data, pairs->len, sizeof (guint64), compare_guint64);

  for (guint i = 0; i < pairs->len; i++)
    {
      guint64 pair = g_array_index (pairs, guint64, i);

      if (pair != previous)
        g_array_index (stats->buckets, KinGainStatsBucket, pair >> 32).contributors++;
      previous = pair;
    }
}

/* Works out the range to cover: the given ends, or the earliest and latest
 * dates among the gains that pass the filter. */
static gboolean
find_range (GListModel          *gains,
            const KinGainFilter *filter,
            const GDate         *from,
            const GDate         *to,
            GDate               *first,
            GDate               *last)
{
  gboolean have_from = from != NULL && g_date_valid (from);
  gboolean have_to = to != NULL && g_date_valid (to);
  const char *min = NULL;
  const char *max = NULL;
  guint n = g_list_model_get_n_items (gains);

  if (have_from)
    *first = *from;
  if (have_to)
    *last = *to;
  if (have_from && have_to)
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);
      const char *date = kin_gain_get_date (gain);
      GDate day;

      if (!kin_gain_filter_matches (filter, gain) || !kin_gain_parse_date (date, &day))
        continue;
      if ((have_from && g_date_compare (&day, first) < 0) ||
          (have_to && g_date_compare (&day, last) > 0))
        continue;

      /* Valid dates compare correctly as strings. */
      if (min == NULL || strcmp (date, min) < 0)
        min = date;
      if (max == NULL || strcmp (date, max) > 0)
        max = date;
    }

  if (min == NULL)
    return FALSE;

  if (!have_from)
    kin_gain_parse_date (min, first);
  if (!have_to)
    kin_gain_parse_date (max, last);

  return TRUE;
}

/**
 * kin_gain_stats_compute:
 * @project: (nullable): the project the gains belong to, for principle
 *   names and colours
 * @gains: (element-type KinGain): the gains to count
 * @filter: (nullable): only count gains that pass this filter
 * @from: (nullable): the first day to cover; %NULL or an invalid date for
 *   the earliest gain
 * @to: (nullable): the last day to cover; %NULL or an invalid date for the
 *   latest gain
 * @period: weeks or months
 *
 * Counts the gains in the range, for the progress charts. Dropped gains
 * are records but not wins (see #KinGainStats).
 *
 * Returns: (transfer full): the figures; free with kin_gain_stats_free()
 */
KinGainStats *
kin_gain_stats_compute (KinProject          *project,
                        GListModel          *gains,
                        const KinGainFilter *filter,
                        const GDate         *from,
                        const GDate         *to,
                        KinGainPeriod        period)
{
  g_autoptr(GHashTable) teams = NULL;
  g_autoptr(GHashTable) principles = NULL;
  g_autoptr(GHashTable) contributors = NULL;
  g_autoptr(GArray) pairs = NULL;
  KinGainStats *stats;
  GDate first, last, origin, day;
  guint n, n_buckets, cumulative = 0;

  g_return_val_if_fail (project == NULL || KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (gains), NULL);

  stats = g_new0 (KinGainStats, 1);
  stats->period = period;
  g_date_clear (&stats->from, 1);
  g_date_clear (&stats->to, 1);
  stats->buckets = g_array_new (FALSE, TRUE, sizeof (KinGainStatsBucket));
  stats->teams = g_ptr_array_new_with_free_func (group_free);
  stats->principles = g_ptr_array_new_with_free_func (group_free);

  principles = g_hash_table_new (g_str_hash, g_str_equal);
  add_principle_groups (stats, project, principles);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (!find_range (gains, filter, from, to, &first, &last))
    return stats;

  if (g_date_compare (&first, &last) > 0)
    {
      GDate swap = first;

      first = last;
      last = swap;
    }

  stats->from = first;
  stats->to = last;

  period_start (period, &first, &origin);
  n_buckets = period_index (period, &origin, &last) + 1;
  g_array_set_size (stats->buckets, n_buckets);
  for (guint i = 0; i < n_buckets; i++)
    {
      KinGainStatsBucket *bucket = &g_array_index (stats->buckets, KinGainStatsBucket, i);

      bucket->start = origin;
      if (period == KIN_GAIN_PERIOD_WEEK)
        g_date_add_days (&bucket->start, i * 7);
      else
        g_date_add_months (&bucket->start, i);
    }

  teams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  contributors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pairs = g_array_new (FALSE, FALSE, sizeof (guint64));

  n = g_list_model_get_n_items (gains);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);
      const char *who;
      gpointer contributor;
      guint64 pair;
      guint index;

      if (!kin_gain_parse_date (kin_gain_get_date (gain), &day) ||
          g_date_compare (&day, &first) < 0 || g_date_compare (&day, &last) > 0 ||
          !kin_gain_filter_matches (filter, gain))
        continue;

      stats->n_records++;
      if (kin_gain_get_status (gain) == KIN_GAIN_STATUS_DROPPED)
        {
          stats->n_dropped++;
          continue;
        }

      stats->n_wins++;
      index = period_index (period, &origin, &day);
      g_array_index (stats->buckets, KinGainStatsBucket, index).wins++;
      count_team (stats, teams, gain);
      count_principles (stats, principles, project != NULL, gain);

      who = kin_gain_get_who_key (gain);
      if (*who == '\0')
        continue;

      if (!g_hash_table_lookup_extended (contributors, who, NULL, &contributor))
        {
          contributor = GUINT_TO_POINTER (g_hash_table_size (contributors));
          g_hash_table_insert (contributors, g_strdup (who), contributor);
        }
      pair = (guint64) index << 32 | GPOINTER_TO_UINT (contributor);
      g_array_append_val (pairs, pair);
    }

  stats->n_contributors = g_hash_table_size (contributors);
  count_contributors (stats, pairs);

  for (guint i = 0; i < n_buckets; i++)
    {
      KinGainStatsBucket *bucket = &g_array_index (stats->buckets, KinGainStatsBucket, i);

      cumulative += bucket->wins;
      bucket->cumulative = cumulative;
    }

  g_ptr_array_sort (stats->teams, compare_groups_by_wins);

  return stats;
}

/**
 * kin_gain_stats_free:
 * @stats: (nullable): figures from kin_gain_stats_compute()
 *
 * Frees @stats.
 */
void
kin_gain_stats_free (KinGainStats *stats)
{
  if (stats == NULL)
    return;

  g_clear_pointer (&stats->buckets, g_array_unref);
  g_clear_pointer (&stats->teams, g_ptr_array_unref);
  g_clear_pointer (&stats->principles, g_ptr_array_unref);
  g_free (stats);
}

/**
 * kin_gain_stats_bucket_label:
 * @stats: figures from kin_gain_stats_compute()
 * @index: a bucket index
 *
 * Names a period for people: an ISO week as "2026-W03" (the year is the
 * ISO week-numbering year, so 2027-01-01 is in "2026-W53"), a month as
 * "2026-01".
 *
 * Returns: (transfer full): the label
 */
char *
kin_gain_stats_bucket_label (const KinGainStats *stats,
                             guint               index)
{
  const KinGainStatsBucket *bucket;

  g_return_val_if_fail (stats != NULL, NULL);
  g_return_val_if_fail (index < stats->buckets->len, NULL);

  bucket = &g_array_index (stats->buckets, KinGainStatsBucket, index);
  if (stats->period == KIN_GAIN_PERIOD_WEEK)
    {
      /* The Thursday of an ISO week is always in its week-numbering year. */
      GDate thursday = bucket->start;

      g_date_add_days (&thursday, 3);
      return g_strdup_printf ("%04u-W%02u", (guint) g_date_get_year (&thursday),
                              g_date_get_iso8601_week_of_year (&bucket->start));
    }

  return g_strdup_printf ("%04u-%02u", (guint) g_date_get_year (&bucket->start),
                          (guint) g_date_get_month (&bucket->start));
}
