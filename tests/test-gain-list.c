/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-gain-list.h"
#include "kin-gain-search.h"
#include "kin-model.h"

/*
 * KinGainList: the filtered, sorted list of gains the gains page shows.
 * Every order is checked against kin_gain_compare_by() and every filter
 * against kin_gain_filter_matches(), gain by gain.
 */

static const char * const titles[] = {
  "Repair texts the day before", "café drop-in", "Cafe drop-in", "Arrears letters in plain English",
  "repair survey booked same day", "Émile's idea", "", "Void keys returned",
};
static const char * const teams[] = { "Repairs", "income ", "Income", "", "Émergency", "Lettings" };
static const char * const people[] = { "Zoë", "sam", "Sam", "", "Priya" };

static KinProject *
create_project (guint n)
{
  KinProject *project = kin_project_new ();
  g_autoptr(GPtrArray) gains = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      KinGain *gain = kin_gain_new ();
      g_autofree char *id = g_strdup_printf ("gain-%03u", (i * 7) % n);
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 5, 1 + (i * 3) % 4);

      kin_object_set_id (KIN_OBJECT (gain), id);
      kin_gain_set_date (gain, date);
      kin_gain_set_title (gain, titles[i % G_N_ELEMENTS (titles)]);
      kin_gain_set_team (gain, teams[(i / 2) % G_N_ELEMENTS (teams)]);
      kin_gain_set_who (gain, people[(i / 3) % G_N_ELEMENTS (people)]);
      kin_gain_set_impact (gain, 1 + (int) (i % 5));
      kin_gain_set_effort (gain, (KinEffort) (i % 3));
      kin_gain_set_status (gain, (KinGainStatus) ((i / 4) % 5));
      g_ptr_array_add (gains, gain);
    }
  g_list_store_splice (G_LIST_STORE (kin_project_get_gains (project)), 0, 0, gains->pdata, gains->len);

  return project;
}

typedef struct
{
  KinGainSortKey key;
  gboolean       descending;
} Order;

static int
compare_expected (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const Order *order = user_data;
  int result = kin_gain_compare_by (order->key, *(KinGain **) a, *(KinGain **) b);

  return order->descending ? -result : result;
}

/* Checks that @list shows exactly the gains of @gains that @filter lets
 * through, in the order of kin_gain_compare_by(). */
static void
assert_list (KinGainList         *list,
             GListModel          *gains,
             const KinGainFilter *filter)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_object_unref);
  Order order = { kin_gain_list_get_sort_key (list), kin_gain_list_get_descending (list) };

  for (guint i = 0; i < g_list_model_get_n_items (gains); i++)
    {
      g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);

      if (filter == NULL || kin_gain_filter_matches (filter, gain))
        g_ptr_array_add (expected, g_steal_pointer (&gain));
    }
  g_ptr_array_sort_with_data (expected, compare_expected, &order);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(KinGain) shown = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (shown == g_ptr_array_index (expected, i));
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), expected->len));
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_sort (void)
{
  g_autoptr(KinProject) project = create_project (40);
  GListModel *gains = kin_project_get_gains (project);
  g_autoptr(KinGainList) list = kin_gain_list_new (gains);
  guint changes = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == KIN_TYPE_GAIN);
  g_assert_cmpint (kin_gain_list_get_sort_key (list), ==, KIN_GAIN_SORT_DATE);
  g_assert_false (kin_gain_list_get_descending (list));
  assert_list (list, gains, NULL);

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  for (KinGainSortKey key = KIN_GAIN_SORT_DATE; key <= KIN_GAIN_SORT_STATUS; key++)
    for (int descending = 0; descending <= 1; descending++)
      {
        guint before = changes;

        kin_gain_list_set_sort (list, key, descending);
        g_assert_cmpint (kin_gain_list_get_sort_key (list), ==, key);
        g_assert_cmpint (kin_gain_list_get_descending (list), ==, descending);
        assert_list (list, gains, NULL);
        /* One change at most, however many rows moved. */
        g_assert_cmpuint (changes - before, <=, 1);
      }

  /* Texts compare folded: "café drop-in" and "Cafe drop-in" sit
   * together, and empty titles come last. */
  kin_gain_list_set_sort (list, KIN_GAIN_SORT_TITLE, FALSE);
  {
    g_autoptr(KinGain) last = g_list_model_get_item (G_LIST_MODEL (list), 39);
    g_autoptr(KinGain) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpstr (kin_gain_get_title (last), ==, "");
    g_assert_cmpstr (kin_gain_get_title (first), ==, "Arrears letters in plain English");
  }

  /* The same request twice changes nothing. */
  changes = 0;
  kin_gain_list_set_sort (list, KIN_GAIN_SORT_TITLE, FALSE);
  g_assert_cmpuint (changes, ==, 0);

  /* A list without gains is empty, and can get some later. */
  {
    g_autoptr(KinGainList) empty = kin_gain_list_new (NULL);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (empty)), ==, 0);
    kin_gain_list_set_sort (empty, KIN_GAIN_SORT_WHO, TRUE);
    kin_gain_list_set_gains (empty, gains);
    g_assert_true (kin_gain_list_get_gains (empty) == gains);
    assert_list (empty, gains, NULL);
  }
}

static void
test_filter (void)
{
  g_autoptr(KinProject) project = create_project (60);
  GListModel *gains = kin_project_get_gains (project);
  g_autoptr(KinGainList) list = kin_gain_list_new (gains);
  g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();
  const char *typed = "repair s";
  guint changes = 0;

  kin_gain_list_set_sort (list, KIN_GAIN_SORT_TEAM, TRUE);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  /* Typing a letter at a time narrows the list, deleting widens it; each
   * step matches a filter applied from scratch. */
  for (guint length = 1; length <= strlen (typed); length++)
    {
      g_autofree char *prefix = g_strndup (typed, length);

      kin_gain_filter_set_query (filter, prefix);
      kin_gain_list_set_filter (list, filter);
      assert_list (list, gains, filter);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, 60);

  for (guint length = strlen (typed); length > 0; length--)
    {
      g_autofree char *prefix = g_strndup (typed, length - 1);
      guint before = changes;

      kin_gain_filter_set_query (filter, prefix);
      kin_gain_list_set_filter (list, filter);
      assert_list (list, gains, filter);
      g_assert_cmpuint (changes - before, <=, 1);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 60);

  /* Accents and case do not matter. */
  kin_gain_filter_set_query (filter, "CAFÉ");
  kin_gain_list_set_filter (list, filter);
  assert_list (list, gains, filter);
  /* Titles 1 and 2 of eight, each eight times in 60 gains. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 16);

  /* Other conditions, alone and together. */
  kin_gain_filter_set_query (filter, NULL);
  kin_gain_filter_set_team (filter, "Income");
  kin_gain_list_set_filter (list, filter);
  assert_list (list, gains, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);

  filter->statuses = KIN_GAIN_STATUS_BIT (KIN_GAIN_STATUS_IDEA) | KIN_GAIN_STATUS_BIT (KIN_GAIN_STATUS_DROPPED);
  kin_gain_filter_set_dates (filter, "2026-02-01", "2026-04-30");
  kin_gain_list_set_filter (list, filter);
  assert_list (list, gains, filter);

  kin_gain_list_set_sort (list, KIN_GAIN_SORT_IMPACT, FALSE);
  assert_list (list, gains, filter);

  /* The list keeps a copy of the filter. */
  g_assert_true (kin_gain_list_get_filter (list) != filter);
  g_assert_cmpstr (kin_gain_list_get_filter (list)->team, ==, "income");

  kin_gain_list_set_filter (list, NULL);
  assert_list (list, gains, NULL);
}

static void
test_updates (void)
{
  g_autoptr(KinProject) project = create_project (30);
  GListModel *gains = kin_project_get_gains (project);
  g_autoptr(KinGainList) list = kin_gain_list_new (gains);
  g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();
  g_autoptr(KinGain) added = kin_gain_new ();
  g_autoptr(KinGain) moved = NULL;
  guint changes = 0;

  kin_gain_filter_set_query (filter, "repair");
  kin_gain_list_set_filter (list, filter);
  kin_gain_list_set_sort (list, KIN_GAIN_SORT_DATE, TRUE);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  /* A new gain that matches appears in its place. */
  kin_object_set_id (KIN_OBJECT (added), "gain-new");
  g_object_set (added, "date", "2026-03-02", "title", "Repair diary shared", NULL);
  kin_project_begin_action (project, "Add Gain");
  kin_project_append (project, gains, added);
  kin_project_end_action (project);
  assert_list (list, gains, filter);
  g_assert_cmpuint (changes, ==, 1);

  /* Undo and redo take it away and bring it back. */
  g_assert_true (kin_project_undo (project));
  assert_list (list, gains, filter);
  g_assert_true (kin_project_redo (project));
  assert_list (list, gains, filter);

  /* An edit moves it to its new place. */
  kin_project_set (project, added, "date", "2026-12-31", NULL);
  assert_list (list, gains, filter);
  {
    g_autoptr(KinGain) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_true (first == added);
  }

  /* An edit that makes it fail the filter hides it, and undo shows it
   * again. */
  kin_project_set (project, added, "title", "Diary shared", NULL);
  assert_list (list, gains, filter);
  g_assert_true (kin_project_undo (project));
  assert_list (list, gains, filter);
  g_assert_cmpstr (kin_gain_get_title (added), ==, "Repair diary shared");

  /* An edit of a field the list neither sorts nor filters by changes
   * nothing. */
  changes = 0;
  kin_project_set (project, added, "modified", "2026-12-31T10:00:00Z", NULL);
  g_assert_cmpuint (changes, ==, 0);

  /* Sorting by another key follows edits too. */
  kin_gain_list_set_sort (list, KIN_GAIN_SORT_IMPACT, FALSE);
  moved = g_list_model_get_item (G_LIST_MODEL (list), 0);
  kin_project_set (project, moved, "impact", 5, NULL);
  assert_list (list, gains, filter);

  /* Removing gains, one at a time and all at once, and undoing it. */
  kin_project_begin_action (project, "Delete Gains");
  kin_project_remove (project, gains, 0);
  kin_project_remove (project, gains, 5);
  kin_project_end_action (project);
  assert_list (list, gains, filter);
  g_assert_true (kin_project_undo (project));
  assert_list (list, gains, filter);

  g_list_store_remove_all (G_LIST_STORE (gains));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* Many gains added at once are sorted in one go. */
  {
    g_autoptr(KinProject) other = create_project (200);
    GListModel *more = kin_project_get_gains (other);
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (more); i++)
      g_ptr_array_add (items, g_list_model_get_item (more, i));
    g_list_store_splice (G_LIST_STORE (gains), 0, 0, items->pdata, items->len);
    assert_list (list, gains, filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);

    kin_gain_list_set_gains (list, kin_project_get_gains (other));
    assert_list (list, kin_project_get_gains (other), filter);
    kin_gain_list_set_gains (list, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gain-list/sort", test_sort);
  g_test_add_func ("/gain-list/filter", test_filter);
  g_test_add_func ("/gain-list/updates", test_updates);

  return g_test_run ();
}
