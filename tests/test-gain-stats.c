/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-gain-stats.h"
#include "kin-model.h"

/*
 * Statistics for the progress charts: ISO weeks across the new year, month
 * boundaries, the cumulative curve, distinct contributors, dropped gains,
 * and the breakdowns by team and principle.
 */

static void
add_gain (KinProject    *project,
          const char    *date,
          const char    *team,
          const char    *who,
          const char    *principle,
          KinGainStatus  status)
{
  g_autoptr(KinGain) gain = kin_gain_new ();
  const char * const principles[] = { principle, NULL };

  kin_gain_set_date (gain, date);
  kin_gain_set_title (gain, "A win");
  kin_gain_set_team (gain, team);
  kin_gain_set_who (gain, who);
  if (principle != NULL)
    kin_gain_set_principles (gain, principles);
  kin_gain_set_status (gain, status);
  g_list_store_append (G_LIST_STORE (kin_project_get_gains (project)), gain);
}

static KinProject *
make_project (void)
{
  KinProject *project = kin_project_new ();
  const char *names[] = { "Respect", "Empowerment" };
  const char *ids[] = { "p1", "p2" };
  const char *colors[] = { "#aa0000", "#00aa00" };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KinPrinciple) principle = kin_principle_new ();

      kin_object_set_id (KIN_OBJECT (principle), ids[i]);
      kin_principle_set_name (principle, names[i]);
      kin_principle_set_color (principle, colors[i]);
      g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
    }

  /* ISO week 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027. */
  add_gain (project, "2026-12-28", "Repairs", "Ann", "p1", KIN_GAIN_STATUS_ADOPTED);
  add_gain (project, "2027-01-03", "repairs ", " ann ", "p2", KIN_GAIN_STATUS_SHARED);
  add_gain (project, "2027-01-04", "Income", "Bob", NULL, KIN_GAIN_STATUS_IDEA);
  add_gain (project, "2027-01-05", "Income", "Cy", "p1", KIN_GAIN_STATUS_DROPPED);
  add_gain (project, "2027-01-31", "Income", "", "p1", KIN_GAIN_STATUS_TRYING);
  add_gain (project, "2027-02-01", "", "Dee", NULL, KIN_GAIN_STATUS_ADOPTED);
  /* Not on the time axis at all. */
  add_gain (project, "", "Income", "Eve", NULL, KIN_GAIN_STATUS_ADOPTED);

  return project;
}

static const KinGainStatsBucket *
bucket (const KinGainStats *stats,
        guint               index)
{
  return &g_array_index (stats->buckets, KinGainStatsBucket, index);
}

static const KinGainStatsGroup *
group (GPtrArray *groups,
       guint      index)
{
  return g_ptr_array_index (groups, index);
}

static void
test_parse_date (void)
{
  GDate date;

  g_assert_true (kin_gain_parse_date ("2024-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_false (kin_gain_parse_date ("2026-02-29", &date));
  g_assert_false (kin_gain_parse_date ("2026-1-05", &date));
  g_assert_false (kin_gain_parse_date ("2026-01-05T10:00", &date));
  g_assert_false (kin_gain_parse_date ("", &date));
  g_assert_false (kin_gain_parse_date (NULL, &date));
}

static void
test_weeks (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) stats = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;

  stats = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  NULL, NULL, KIN_GAIN_PERIOD_WEEK);

  g_assert_cmpuint (stats->n_records, ==, 6);
  g_assert_cmpuint (stats->n_dropped, ==, 1);
  g_assert_cmpuint (stats->n_wins, ==, 5);
  /* Ann and " ann " are one person; the empty "who" is nobody; Cy only
   * has a dropped gain. */
  g_assert_cmpuint (stats->n_contributors, ==, 3);

  g_assert_cmpint (g_date_get_year (&stats->from), ==, 2026);
  g_assert_cmpint (g_date_get_day (&stats->to), ==, 1);
  g_assert_cmpint (g_date_get_month (&stats->to), ==, G_DATE_FEBRUARY);

  /* W53 of 2026, W01 to W05 of 2027. */
  g_assert_cmpuint (stats->buckets->len, ==, 6);
  first = kin_gain_stats_bucket_label (stats, 0);
  second = kin_gain_stats_bucket_label (stats, 1);
  last = kin_gain_stats_bucket_label (stats, 5);
  g_assert_cmpstr (first, ==, "2026-W53");
  g_assert_cmpstr (second, ==, "2027-W01");
  g_assert_cmpstr (last, ==, "2027-W05");

  g_assert_cmpint (g_date_get_weekday (&bucket (stats, 0)->start), ==, G_DATE_MONDAY);
  g_assert_cmpint (g_date_get_day (&bucket (stats, 0)->start), ==, 28);

  g_assert_cmpuint (bucket (stats, 0)->wins, ==, 2);
  g_assert_cmpuint (bucket (stats, 0)->contributors, ==, 1);
  g_assert_cmpuint (bucket (stats, 1)->wins, ==, 1);     /* the dropped one is not a win */
  g_assert_cmpuint (bucket (stats, 2)->wins, ==, 0);
  g_assert_cmpuint (bucket (stats, 4)->wins, ==, 1);     /* Sunday 31 January */
  g_assert_cmpuint (bucket (stats, 4)->contributors, ==, 0);
  g_assert_cmpuint (bucket (stats, 5)->wins, ==, 1);     /* Monday 1 February */

  g_assert_cmpuint (bucket (stats, 0)->cumulative, ==, 2);
  g_assert_cmpuint (bucket (stats, 1)->cumulative, ==, 3);
  g_assert_cmpuint (bucket (stats, 3)->cumulative, ==, 3);
  g_assert_cmpuint (bucket (stats, 5)->cumulative, ==, 5);
}

static void
test_months_and_groups (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) stats = NULL;
  g_autofree char *label = NULL;

  stats = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  NULL, NULL, KIN_GAIN_PERIOD_MONTH);

  g_assert_cmpuint (stats->buckets->len, ==, 3);
  label = kin_gain_stats_bucket_label (stats, 0);
  g_assert_cmpstr (label, ==, "2026-12");
  g_assert_cmpuint (bucket (stats, 0)->wins, ==, 1);
  g_assert_cmpuint (bucket (stats, 1)->wins, ==, 3);     /* 3, 4 and 31 January */
  g_assert_cmpuint (bucket (stats, 1)->contributors, ==, 2);
  g_assert_cmpuint (bucket (stats, 2)->wins, ==, 1);
  g_assert_cmpuint (bucket (stats, 2)->cumulative, ==, 5);

  /* Teams, most wins first; "Repairs" and "repairs " are one team. */
  g_assert_cmpuint (stats->teams->len, ==, 3);
  g_assert_cmpstr (group (stats->teams, 0)->label, ==, "Income");
  g_assert_cmpuint (group (stats->teams, 0)->wins, ==, 2);
  g_assert_cmpstr (group (stats->teams, 1)->label, ==, "Repairs");
  g_assert_cmpuint (group (stats->teams, 1)->wins, ==, 2);
  g_assert_cmpstr (group (stats->teams, 2)->label, ==, "No team");

  /* Principles in project order, with their colours. */
  g_assert_cmpuint (stats->principles->len, ==, 2);
  g_assert_cmpstr (group (stats->principles, 0)->label, ==, "Respect");
  g_assert_cmpstr (group (stats->principles, 0)->color, ==, "#aa0000");
  g_assert_cmpuint (group (stats->principles, 0)->wins, ==, 2);
  g_assert_cmpuint (group (stats->principles, 1)->wins, ==, 1);
  g_assert_cmpuint (stats->n_without_principle, ==, 2);
}

static void
test_range_and_filter (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) stats = NULL;
  g_autoptr(KinGainStats) filtered = NULL;
  g_autoptr(KinGainStats) empty = NULL;
  g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();
  GDate from, to;

  /* A range wider than the data keeps its empty periods at both ends. */
  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, 11, 2026);
  g_date_set_dmy (&to, 31, 3, 2027);
  stats = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  &from, &to, KIN_GAIN_PERIOD_MONTH);
  g_assert_cmpuint (stats->buckets->len, ==, 5);
  g_assert_cmpuint (bucket (stats, 0)->wins, ==, 0);
  g_assert_cmpuint (bucket (stats, 4)->cumulative, ==, 5);

  /* Only part of a month: 4 to 31 January 2027. */
  g_date_set_dmy (&from, 4, 1, 2027);
  g_date_set_dmy (&to, 31, 1, 2027);
  kin_gain_filter_set_team (filter, "INCOME");
  filtered = kin_gain_stats_compute (project, kin_project_get_gains (project), filter,
                                     &from, &to, KIN_GAIN_PERIOD_MONTH);
  g_assert_cmpuint (filtered->buckets->len, ==, 1);
  g_assert_cmpuint (filtered->n_records, ==, 3);
  g_assert_cmpuint (filtered->n_wins, ==, 2);
  g_assert_cmpuint (filtered->n_contributors, ==, 1);

  /* Nothing to count. */
  g_date_set_dmy (&from, 1, 1, 2020);
  g_date_set_dmy (&to, 31, 1, 2020);
  empty = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  &from, &to, KIN_GAIN_PERIOD_WEEK);
  g_assert_cmpuint (empty->n_wins, ==, 0);
  g_assert_cmpuint (empty->n_records, ==, 0);
}

static void
test_no_project (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) stats = NULL;
  g_autoptr(GListStore) none = g_list_store_new (KIN_TYPE_GAIN);
  g_autoptr(KinGainStats) nothing = NULL;

  /* Without a project, principles are named by their ids. */
  stats = kin_gain_stats_compute (NULL, kin_project_get_gains (project), NULL,
                                  NULL, NULL, KIN_GAIN_PERIOD_WEEK);
  g_assert_cmpuint (stats->principles->len, ==, 2);
  g_assert_cmpstr (group (stats->principles, 0)->label, ==, "p1");

  nothing = kin_gain_stats_compute (NULL, G_LIST_MODEL (none), NULL, NULL, NULL,
                                    KIN_GAIN_PERIOD_MONTH);
  g_assert_cmpuint (nothing->buckets->len, ==, 0);
  g_assert_false (g_date_valid (&nothing->from));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gain-stats/parse-date", test_parse_date);
  g_test_add_func ("/gain-stats/weeks", test_weeks);
  g_test_add_func ("/gain-stats/months-and-groups", test_months_and_groups);
  g_test_add_func ("/gain-stats/range-and-filter", test_range_and_filter);
  g_test_add_func ("/gain-stats/no-project", test_no_project);

  return g_test_run ();
}
