/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-gain-search.h"
#include "kin-model.h"

/*
 * Search, filters and sorting of the gains list.
 */

static KinGain *
make_gain (const char *id,
           const char *date,
           const char *title,
           const char *team,
           const char *who)
{
  KinGain *gain = kin_gain_new ();

  kin_object_set_id (KIN_OBJECT (gain), id);
  kin_gain_set_date (gain, date);
  kin_gain_set_title (gain, title);
  kin_gain_set_team (gain, team);
  kin_gain_set_who (gain, who);

  return gain;
}

static gboolean
matches (KinGain    *gain,
         const char *typed)
{
  g_autofree char *query = kin_gain_search_fold (typed);

  return kin_gain_matches_text (gain, query);
}

static void
test_fold (void)
{
  g_autofree char *a = kin_gain_search_fold ("  Résidents' ÉCOLE  ");
  g_autofree char *b = kin_gain_search_fold ("Straße");
  g_autofree char *c = kin_gain_search_fold (NULL);

  g_assert_cmpstr (a, ==, "residents' ecole");
  g_assert_cmpstr (b, ==, "strasse");
  g_assert_cmpstr (c, ==, "");
}

static void
test_words (void)
{
  g_autoptr(KinGain) gain = make_gain ("g1", "2026-01-05", "Arrears emails mention support",
                                       "Income Team", "Zoë Brontë");

  kin_gain_set_evidence (gain, "Calls to the café advice line doubled");

  g_assert_true (matches (gain, ""));
  g_assert_true (matches (gain, "   "));
  g_assert_true (matches (gain, "arrears"));
  g_assert_true (matches (gain, "ARREA"));             /* prefix, any case */
  g_assert_true (matches (gain, "arrears support"));   /* AND of words */
  g_assert_true (matches (gain, "support  arrears"));  /* in any order */
  g_assert_false (matches (gain, "arrears repairs"));  /* one word missing */
  g_assert_true (matches (gain, "zoe bronte"));        /* accents ignored */
  g_assert_true (matches (gain, "ZOË"));
  g_assert_true (matches (gain, "cafe"));              /* from the evidence */
  g_assert_true (matches (gain, "income"));            /* from the team */
  g_assert_false (matches (gain, "nothing"));
  /* A word does not match across two fields. */
  g_assert_false (matches (gain, "supportincome"));

  /* The index follows edits. */
  kin_gain_set_before (gain, "Letters were unclear");
  g_assert_true (matches (gain, "unclear"));
  kin_gain_set_title (gain, "Something else");
  g_assert_false (matches (gain, "arrears"));
  g_assert_true (matches (gain, "something"));
  kin_gain_set_change (gain, "Rewritten");
  g_assert_true (matches (gain, "rewritten something"));
  kin_gain_set_who (gain, "Sam");
  g_assert_false (matches (gain, "zoe"));
}

static void
test_filter (void)
{
  g_autoptr(KinGain) gain = make_gain ("g1", "2026-03-10", "Voids briefed on standards",
                                       " Repairs ", "Ann");
  g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();
  g_autoptr(KinGainFilter) copy = NULL;
  const char * const principles[] = { "p1", "p2", NULL };

  kin_gain_set_principles (gain, principles);
  kin_gain_set_status (gain, KIN_GAIN_STATUS_TRYING);

  g_assert_true (kin_gain_filter_is_empty (filter));
  g_assert_true (kin_gain_filter_matches (filter, gain));
  g_assert_true (kin_gain_filter_matches (NULL, gain));

  kin_gain_filter_set_team (filter, "repairs");
  g_assert_false (kin_gain_filter_is_empty (filter));
  g_assert_true (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_team (filter, "Repair");
  g_assert_false (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_team (filter, NULL);

  kin_gain_filter_set_principle (filter, "p2");
  g_assert_true (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_principle (filter, "p3");
  g_assert_false (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_principle (filter, NULL);

  filter->statuses = KIN_GAIN_STATUS_BIT (KIN_GAIN_STATUS_ADOPTED) |
                     KIN_GAIN_STATUS_BIT (KIN_GAIN_STATUS_SHARED);
  g_assert_false (kin_gain_filter_matches (filter, gain));
  filter->statuses |= KIN_GAIN_STATUS_BIT (KIN_GAIN_STATUS_TRYING);
  g_assert_true (kin_gain_filter_matches (filter, gain));
  filter->statuses = KIN_GAIN_STATUS_ALL;
  g_assert_true (kin_gain_filter_is_empty (filter));

  /* Both ends of the range are included. */
  kin_gain_filter_set_dates (filter, "2026-03-10", "2026-03-10");
  g_assert_true (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_dates (filter, "2026-03-11", NULL);
  g_assert_false (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_dates (filter, NULL, "2026-03-09");
  g_assert_false (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_dates (filter, "2026-01-01", "2026-12-31");

  kin_gain_filter_set_query (filter, "VOIDS standards");
  g_assert_true (kin_gain_filter_matches (filter, gain));
  kin_gain_filter_set_query (filter, "voids kitchens");
  g_assert_false (kin_gain_filter_matches (filter, gain));

  copy = kin_gain_filter_copy (filter);
  g_assert_cmpstr (copy->query, ==, "voids kitchens");
  g_assert_cmpstr (copy->from, ==, "2026-01-01");
  g_assert_false (kin_gain_filter_matches (copy, gain));
}

static void
test_sort (void)
{
  g_autoptr(GPtrArray) gains = g_ptr_array_new_with_free_func (g_object_unref);
  KinGain *a, *b, *c;

  a = make_gain ("a", "2026-02-01", "émile's idea", "Repairs", "");
  b = make_gain ("b", "2026-01-15", "Apples", "", "Bea");
  c = make_gain ("c", "2026-01-15", "zebra crossing", "income", "anna");
  kin_gain_set_impact (a, 2);
  kin_gain_set_impact (b, 5);
  kin_gain_set_impact (c, 2);
  kin_gain_set_effort (a, KIN_EFFORT_LARGE);
  kin_gain_set_effort (b, KIN_EFFORT_SMALL);
  kin_gain_set_effort (c, KIN_EFFORT_MEDIUM);
  kin_gain_set_status (a, KIN_GAIN_STATUS_DROPPED);
  kin_gain_set_status (b, KIN_GAIN_STATUS_IDEA);
  kin_gain_set_status (c, KIN_GAIN_STATUS_SHARED);
  g_ptr_array_add (gains, a);
  g_ptr_array_add (gains, b);
  g_ptr_array_add (gains, c);

  /* Date, then id for the same day. */
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_DATE, b, c), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_DATE, c, a), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_DATE, a, a), ==, 0);

  /* Titles ignore case and accents: Apples, émile, zebra. */
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_TITLE, b, a), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_TITLE, a, c), <, 0);

  /* Teams: income, Repairs, then the empty one last. */
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_TEAM, c, a), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_TEAM, a, b), <, 0);

  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_WHO, c, b), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_WHO, b, a), <, 0);

  /* Same impact: the earlier date first. */
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_IMPACT, c, a), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_IMPACT, a, b), <, 0);

  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_EFFORT, b, c), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_EFFORT, c, a), <, 0);

  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_STATUS, b, c), <, 0);
  g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_STATUS, c, a), <, 0);

  /* The GCompareDataFunc form, as GtkCustomSorter and GListStore use it. */
  {
    g_autoptr(GListStore) store = g_list_store_new (KIN_TYPE_GAIN);
    g_autoptr(KinGain) first = NULL;
    g_autoptr(KinGain) last = NULL;

    for (guint i = 0; i < gains->len; i++)
      g_list_store_append (store, g_ptr_array_index (gains, i));
    g_list_store_sort (store, kin_gain_compare_func, GINT_TO_POINTER (KIN_GAIN_SORT_WHO));
    first = g_list_model_get_item (G_LIST_MODEL (store), 0);
    last = g_list_model_get_item (G_LIST_MODEL (store), 2);
    g_assert_true (first == c);
    g_assert_true (last == a);
  }
}

/* Many edits leave many stale index blocks behind; the index gives their
 * memory back by moving the live blocks, and must still answer right. */
static void
test_index_churn (void)
{
  g_autoptr(GPtrArray) gains = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *long_text = g_strnfill (300, 'x');

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("g%05u", i);
      KinGain *gain = make_gain (id, "2026-01-01", "Start", "Team", "Who");

      kin_gain_set_before (gain, long_text);
      g_ptr_array_add (gains, gain);
      g_assert_true (matches (gain, "start"));
    }

  /* Each round makes every block stale: about 1 MB of garbage a round. */
  for (guint round = 0; round < 12; round++)
    for (guint i = 0; i < gains->len; i++)
      {
        KinGain *gain = g_ptr_array_index (gains, i);
        g_autofree char *title = g_strdup_printf ("Round %u gain %u", round, i);

        kin_gain_set_title (gain, title);
        g_assert_true (matches (gain, title));
        g_assert_false (matches (gain, "start"));
      }

  /* Gains going away in the middle of it all. */
  g_ptr_array_remove_range (gains, 0, 1000);

  for (guint i = 0; i < gains->len; i++)
    {
      KinGain *gain = g_ptr_array_index (gains, i);
      g_autofree char *title = g_strdup_printf ("round 11 gain %u", i + 1000);

      g_assert_true (matches (gain, title));
      g_assert_cmpstr (kin_gain_get_team_key (gain), ==, "team");
      if (i > 0)
        g_assert_cmpint (kin_gain_compare_by (KIN_GAIN_SORT_TITLE,
                                              g_ptr_array_index (gains, i - 1), gain), <, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gain-search/fold", test_fold);
  g_test_add_func ("/gain-search/words", test_words);
  g_test_add_func ("/gain-search/filter", test_filter);
  g_test_add_func ("/gain-search/sort", test_sort);
  g_test_add_func ("/gain-search/index-churn", test_index_churn);

  return g_test_run ();
}
