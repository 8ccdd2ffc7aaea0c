/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-bench"

/*
 * The marginal-gains log at scale: 100,000 gains with realistic text.
 *
 * Prints, with the targets and PASS or MISS:
 *   - search as you type: a six-letter word typed one letter at a time,
 *     every gain filtered for every prefix (median and worst keystroke);
 *     the first search, which builds the folded index, is shown apart;
 *   - sorting by every column;
 *   - computing the chart statistics, and redrawing each chart into a
 *     1200 x 600 image (stats are computed once, so a redraw only draws);
 *   - CSV export and import.
 *   - the list model the page shows (KinGainList): each keystroke of a
 *     search typed and then deleted, with the list sorted, and each
 *     re-sort by a column, both directions (median and worst);
 * With a display, the same search and sorts are also measured through
 * GtkFilterListModel + GtkCustomFilter and GtkSortListModel +
 * GtkCustomSorter, for comparison with what the page used before.
 *
 * Times are processor time of this process, judged against the targets;
 * wall-clock time is printed beside them.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kin-gain-chart.h"
#include "kin-gain-list.h"
#include "kin-gain-search.h"
#include "kin-gain-stats.h"
#include "kin-gains-csv.h"
#include "kin-model.h"

#define N_GAINS 100000
#define TYPING_ROUNDS 5
#define TARGET_KEYSTROKE_MS 30.0
#define TARGET_SORT_MS 100.0
#define TARGET_REDRAW_MS 30.0

static const char * const words[] = {
  "tenant", "tenants", "repair", "repairs", "rent", "email", "letter", "call", "called", "back",
  "within", "working", "days", "contractor", "void", "visit", "estate", "caretaker",
  "neighbourhood", "officer", "income", "support", "arrears", "appointment", "morning",
  "afternoon", "text", "reminder", "damp", "mould", "survey", "booked", "same", "day", "promise",
  "kept", "plain", "language", "owner", "what", "happens", "next", "before", "they", "had", "to",
  "chase", "us", "complaint", "acknowledged", "five", "the", "a", "and", "now", "we", "our",
  "their", "with", "for", "every", "first", "time", "fixed", "explained", "clearly", "named",
  "contact", "who", "listens", "respect", "fair", "kind", "quick", "simple", "update", "weekly",
  "shared", "others", "résumé", "café",
};

static const char * const teams[] = {
  "Repairs & Maintenance", "Income", "Neighbourhoods", "Customer Contact Centre", "Lettings",
  "Tenancy Support", "Asset Management", "Complaints", "Anti-social Behaviour", "Home Ownership",
  "Older People's Services", "Voids",
};

static const char * const first_names[] = {
  "Zoë", "Sam", "Priya", "Tom", "Aisha", "Gareth", "Niamh", "Olu", "Kasia", "Dev", "Ruth", "Ian",
  "Fatima", "Lee", "Chloé", "Marek", "Bea", "Ahmed", "Jo", "Sian",
};

static char *
sentence (GRand *rand,
          guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  text->str[0] = g_ascii_toupper (text->str[0]);

  return g_string_free (text, FALSE);
}

static KinProject *
make_project (void)
{
  KinProject *project = kin_project_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(GPtrArray) gains = g_ptr_array_new_with_free_func (g_object_unref);
  const char *principles[] = { "Equality", "Respect", "Commitment", "Understanding",
                               "Positivity", "Empowerment", "Gratitude" };
  const char *colors[] = { "#1c71d8", "#c01c28", "#2ec27e", "#e5a50a", "#9141ac", "#ff7800", "#865e3c" };

  for (guint i = 0; i < G_N_ELEMENTS (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = kin_principle_new ();
      g_autofree char *id = g_strdup_printf ("principle-%u", i);

      kin_object_set_id (KIN_OBJECT (principle), id);
      kin_principle_set_name (principle, principles[i]);
      kin_principle_set_color (principle, colors[i]);
      g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
    }

  for (guint i = 0; i < N_GAINS; i++)
    {
      KinGain *gain = kin_gain_new ();
      g_autofree char *title = sentence (rand, g_rand_int_range (rand, 4, 10));
      g_autofree char *before = sentence (rand, g_rand_int_range (rand, 8, 25));
      g_autofree char *change = sentence (rand, g_rand_int_range (rand, 8, 25));
      g_autofree char *evidence = sentence (rand, g_rand_int_range (rand, 0, 15));
      g_autofree char *who = g_strdup_printf ("%s %c.",
                                              first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
                                              'A' + g_rand_int_range (rand, 0, 26));
      g_autofree char *date = NULL;
      g_autofree char *principle = g_strdup_printf ("principle-%d", g_rand_int_range (rand, 0, 7));
      const char * const refs[] = { principle, NULL };
      GDate day;

      /* Five years of a busy log. */
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, 1, 2022);
      g_date_add_days (&day, g_rand_int_range (rand, 0, 5 * 365));
      date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                              g_date_get_day (&day));

      kin_gain_set_date (gain, date);
      kin_gain_set_title (gain, title);
      kin_gain_set_team (gain, teams[g_rand_int_range (rand, 0, G_N_ELEMENTS (teams))]);
      kin_gain_set_who (gain, who);
      kin_gain_set_before (gain, before);
      kin_gain_set_change (gain, change);
      kin_gain_set_evidence (gain, evidence);
      kin_gain_set_principles (gain, refs);
      kin_gain_set_impact (gain, g_rand_int_range (rand, 1, 6));
      kin_gain_set_effort (gain, g_rand_int_range (rand, 0, 3));
      kin_gain_set_status (gain, g_rand_int_range (rand, 0, 5));
      kin_gain_set_created (gain, "2026-01-01T09:00:00Z");
      kin_gain_set_modified (gain, "2026-01-01T09:00:00Z");
      g_ptr_array_add (gains, gain);
    }

  g_list_store_splice (G_LIST_STORE (kin_project_get_gains (project)), 0, 0, gains->pdata, gains->len);

  return project;
}

/* A moment, by processor time of this process and by the wall clock. The
 * figures judged against the targets are processor time, so that other
 * programs running on the same machine (a build, a fuzzer) do not count;
 * wall-clock time is printed beside them. */
typedef struct
{
  double cpu;
  double wall;
} Stamp;

/* Measurements of one job, repeated. */
typedef struct
{
  GArray *cpu;
  GArray *wall;
} Times;

static Stamp
stamp (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (Stamp) { ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6, g_get_monotonic_time () / 1000.0 };
}

static Times *
times_new (void)
{
  Times *times = g_new0 (Times, 1);

  times->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  times->wall = g_array_new (FALSE, FALSE, sizeof (double));

  return times;
}

static void
times_free (Times *times)
{
  g_array_unref (times->cpu);
  g_array_unref (times->wall);
  g_free (times);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Times, times_free)

static void
times_add (Times *times,
           Stamp  since)
{
  Stamp end = stamp ();
  double cpu = end.cpu - since.cpu;
  double wall = end.wall - since.wall;

  g_array_append_val (times->cpu, cpu);
  g_array_append_val (times->wall, wall);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  qsort (values->data, values->len, sizeof (double), compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

static double
worst (GArray *values)
{
  double max = 0;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, double, i));

  return max;
}

static void
print_line (const char *what,
            double      cpu,
            double      wall,
            double      target)
{
  if (target > 0)
    printf ("%-44s %9.2f ms  (wall %8.2f ms)  target <= %3.0f ms: %s\n", what, cpu, wall,
            target, cpu <= target ? "PASS" : "MISS");
  else
    printf ("%-44s %9.2f ms  (wall %8.2f ms)\n", what, cpu, wall);
}

/* Prints one job measured once. */
static void
report (const char *what,
        Stamp       since,
        double      target)
{
  Stamp end = stamp ();

  print_line (what, end.cpu - since.cpu, end.wall - since.wall, target);
}

static void
report_median (const char *what,
               Times      *times,
               double      target)
{
  g_autofree char *label = g_strdup_printf ("%s, median", what);

  print_line (label, median (times->cpu), median (times->wall), target);
}

static void
report_worst (const char *what,
              Times      *times,
              double      target)
{
  g_autofree char *label = g_strdup_printf ("%s, worst", what);

  print_line (label, worst (times->cpu), worst (times->wall), target);
}

static const char *typed_word = "tenant";

static void
bench_search (GListModel *gains)
{
  g_autoptr(Times) typing = times_new ();
  g_autoptr(Times) combined = times_new ();
  guint n = g_list_model_get_n_items (gains);
  guint matched = 0;
  Stamp start;

  /* The first search folds every gain once. */
  start = stamp ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);

      matched += kin_gain_matches_text (gain, "t");
    }
  report ("search: first keystroke (builds the index)", start, 0);

  for (guint round = 0; round < TYPING_ROUNDS; round++)
    for (guint length = 1; length <= strlen (typed_word); length++)
      {
        g_autofree char *prefix = g_strndup (typed_word, length);
        g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();

        start = stamp ();
        kin_gain_filter_set_query (filter, prefix);
        matched = 0;
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);

            matched += kin_gain_filter_matches (filter, gain);
          }
        times_add (typing, start);
      }

  printf ("search: \"%s\" matches %u of %u gains\n", typed_word, matched, n);
  report_median ("search: keystroke", typing, TARGET_KEYSTROKE_MS);
  report_worst ("search: keystroke", typing, TARGET_KEYSTROKE_MS);

  for (guint round = 0; round < TYPING_ROUNDS; round++)
    {
      g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();

      kin_gain_filter_set_query (filter, "tenant repair kept");
      kin_gain_filter_set_team (filter, "income");
      start = stamp ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);

          kin_gain_filter_matches (filter, gain);
        }
      times_add (combined, start);
    }
  report_median ("search: three words + team filter", combined, TARGET_KEYSTROKE_MS);
}

static const char * const sort_names[] = {
  "date", "title", "team", "who", "impact", "effort", "status",
};

static int
compare_pointers_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      key)
{
  return kin_gain_compare_func (*(gpointer const *) a, *(gpointer const *) b, key);
}

/* The comparison functions alone, sorting a plain array from the log's
 * own order each time. */
static void
bench_sort (GListModel *gains)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (gains);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (gains, i));

  printf ("For comparison: sorting the gains directly with the comparators "
          "(the page sorts through the list model, below)\n");
  for (guint key = KIN_GAIN_SORT_DATE; key <= KIN_GAIN_SORT_STATUS; key++)
    {
      /* A plain copy that does not own the gains. */
      g_autoptr(GPtrArray) copy = g_ptr_array_sized_new (n);
      g_autofree char *what = g_strdup_printf ("sort: by %s", sort_names[key]);
      Stamp start;

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (copy, g_ptr_array_index (items, i));

      start = stamp ();
      g_ptr_array_sort_with_data (copy, compare_pointers_cb, GINT_TO_POINTER (key));
      report (what, start, TARGET_SORT_MS);
    }
}

static void
bench_charts (KinProject *project)
{
  const char *kinds[] = { "per period", "cumulative", "by team", "by principle", "contributors" };
  g_autoptr(KinGainStats) weeks = NULL;
  g_autoptr(KinGainStats) months = NULL;
  cairo_surface_t *surface;
  Stamp start;

  start = stamp ();
  weeks = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL, NULL, NULL,
                                  KIN_GAIN_PERIOD_WEEK);
  report ("stats: compute, weeks, all time", start, 0);

  start = stamp ();
  months = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL, NULL, NULL,
                                   KIN_GAIN_PERIOD_MONTH);
  report ("stats: compute, months, all time", start, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 600);
  for (guint kind = 0; kind < KIN_GAIN_CHART_N_KINDS; kind++)
    {
      g_autoptr(Times) times = times_new ();
      g_autofree char *what = g_strdup_printf ("chart redraw: %s (%u weeks)", kinds[kind],
                                               weeks->buckets->len);

      for (guint run = 0; run < 7; run++)
        {
          cairo_t *cr = cairo_create (surface);

          start = stamp ();
          kin_gain_chart_render (weeks, kind, cr, 1200, 600, NULL);
          cairo_surface_flush (surface);
          times_add (times, start);
          cairo_destroy (cr);
        }
      report_median (what, times, TARGET_REDRAW_MS);
    }
  cairo_surface_destroy (surface);
}

static void
bench_csv (KinProject *project)
{
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(KinProject) target = kin_project_new ();
  g_autoptr(GError) error = NULL;
  KinGainsImportResult result;
  GListModel *principles = kin_project_get_principles (project);
  g_autofree char *size = NULL;
  Stamp start;

  start = stamp ();
  csv = kin_gains_csv_export (project, NULL);
  report ("csv: export", start, 0);
  size = g_format_size (g_bytes_get_size (csv));
  printf ("csv: %s\n", size);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);
      g_autoptr(KinPrinciple) copy = kin_principle_new ();

      kin_object_set_id (KIN_OBJECT (copy), kin_object_get_id (KIN_OBJECT (principle)));
      kin_principle_set_name (copy, kin_principle_get_name (principle));
      g_list_store_append (G_LIST_STORE (kin_project_get_principles (target)), copy);
    }

  kin_gains_import_result_init (&result);
  start = stamp ();
  if (!kin_gains_csv_import (target, csv, "bench.csv", &result, &error))
    g_error ("%s", error->message);
  report ("csv: import into an empty project", start, 0);
  printf ("csv: added %u, skipped %u\n", result.added, result.skipped);
  kin_gains_import_result_clear (&result);

  kin_gains_import_result_init (&result);
  start = stamp ();
  if (!kin_gains_csv_import (target, csv, "bench.csv", &result, &error))
    g_error ("%s", error->message);
  report ("csv: import again (all duplicates)", start, 0);
  printf ("csv: added %u, skipped %u\n", result.added, result.skipped);
  kin_gains_import_result_clear (&result);
}

/* What the page does on a keystroke and on a click on a column heading. */
static void
bench_list (GListModel *gains)
{
  const char * const typed[] = { "tenant", "mould kept", "zoë" };
  g_autoptr(KinGainList) list = NULL;
  g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();
  g_autoptr(Times) typing = times_new ();
  g_autoptr(Times) sorting = times_new ();
  Stamp start;

  start = stamp ();
  list = kin_gain_list_new (gains);
  kin_gain_list_set_sort (list, KIN_GAIN_SORT_DATE, TRUE);
  report ("list: create and sort by date", start, 0);

  for (guint round = 0; round < TYPING_ROUNDS; round++)
    for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
      {
        guint length = strlen (typed[w]);

        /* Typed a letter at a time, then deleted a letter at a time. */
        for (guint step = 1; step <= 2 * length; step++)
          {
            guint shown_length = step <= length ? step : 2 * length - step;
            g_autofree char *prefix = g_strndup (typed[w], shown_length);

            start = stamp ();
            kin_gain_filter_set_query (filter, prefix);
            kin_gain_list_set_filter (list, filter);
            times_add (typing, start);

            if (round == 0 && step == length)
              printf ("list: \"%s\" shows %u of %u gains\n", typed[w],
                      g_list_model_get_n_items (G_LIST_MODEL (list)), g_list_model_get_n_items (gains));
          }
      }
  report_median ("list: keystroke", typing, TARGET_KEYSTROKE_MS);
  report_worst ("list: keystroke", typing, TARGET_KEYSTROKE_MS);

  for (guint round = 0; round < 3; round++)
    for (guint key = KIN_GAIN_SORT_DATE; key <= KIN_GAIN_SORT_STATUS; key++)
      {
        /* A new column, then the same column the other way round. */
        start = stamp ();
        kin_gain_list_set_sort (list, (key + 1) % (KIN_GAIN_SORT_STATUS + 1), FALSE);
        times_add (sorting, start);
        start = stamp ();
        kin_gain_list_set_sort (list, (key + 1) % (KIN_GAIN_SORT_STATUS + 1), TRUE);
        times_add (sorting, start);
      }
  report_median ("list: re-sort, all gains shown", sorting, TARGET_SORT_MS);
  report_worst ("list: re-sort, all gains shown", sorting, TARGET_SORT_MS);

  /* Ending with the date, since the list is sorted by status already. */
  for (guint i = 1; i <= KIN_GAIN_SORT_STATUS + 1; i++)
    {
      guint key = i % (KIN_GAIN_SORT_STATUS + 1);
      g_autofree char *what = g_strdup_printf ("list: re-sort by %s", sort_names[key]);

      start = stamp ();
      kin_gain_list_set_sort (list, key, FALSE);
      report (what, start, TARGET_SORT_MS);
    }
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  return kin_gain_filter_matches (user_data, item);
}

/* The same work through the list models the page uses. */
static void
bench_gtk (GListModel *gains)
{
  g_autoptr(KinGainFilter) filter = kin_gain_filter_new ();
  g_autoptr(Times) typing = times_new ();
  GtkCustomFilter *custom = gtk_custom_filter_new (filter_cb, filter, NULL);
  g_autoptr(GtkFilterListModel) filtered = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;
  GtkCustomSorter *sorter;
  Stamp start;

  printf ("For comparison: GTK's own filter and sort list models with custom "
          "filters and sorters, which the page does not use\n");
  filtered = gtk_filter_list_model_new (g_object_ref (gains), GTK_FILTER (custom));
  gtk_filter_list_model_set_incremental (filtered, FALSE);

  for (guint round = 0; round < TYPING_ROUNDS; round++)
    for (guint length = 1; length <= strlen (typed_word); length++)
      {
        g_autofree char *prefix = g_strndup (typed_word, length);

        start = stamp ();
        kin_gain_filter_set_query (filter, prefix);
        /* Typing one more letter only narrows the result, which the model
         * uses to look at the shown gains only. */
        gtk_filter_changed (GTK_FILTER (custom),
                            length > 1 ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_DIFFERENT);
        times_add (typing, start);
      }
  printf ("gtk: the filter list model shows %u gains\n",
          g_list_model_get_n_items (G_LIST_MODEL (filtered)));
  report_median ("gtk: filter keystroke", typing, TARGET_KEYSTROKE_MS);
  report_worst ("gtk: filter keystroke", typing, TARGET_KEYSTROKE_MS);

  kin_gain_filter_set_query (filter, NULL);
  gtk_filter_changed (GTK_FILTER (custom), GTK_FILTER_CHANGE_LESS_STRICT);

  sorter = gtk_custom_sorter_new (kin_gain_compare_func, GINT_TO_POINTER (KIN_GAIN_SORT_DATE), NULL);
  start = stamp ();
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (filtered)), GTK_SORTER (sorter));
  gtk_sort_list_model_set_incremental (sorted, FALSE);
  report ("gtk: first sort, by date", start, TARGET_SORT_MS);

  /* Clicking another column header re-sorts what is shown. */
  for (guint key = KIN_GAIN_SORT_TITLE; key <= KIN_GAIN_SORT_STATUS + 1; key++)
    {
      guint sort_key = key <= KIN_GAIN_SORT_STATUS ? key : KIN_GAIN_SORT_DATE;
      g_autofree char *what = g_strdup_printf ("gtk: re-sort by %s", sort_names[sort_key]);

      start = stamp ();
      gtk_custom_sorter_set_sort_func (sorter, kin_gain_compare_func, GINT_TO_POINTER (sort_key), NULL);
      report (what, start, TARGET_SORT_MS);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KinProject) project = NULL;
  GListModel *gains;
  double load[3] = { 0, 0, 0 };
  Stamp start;

  setlocale (LC_ALL, "");

  /* Other work on the machine slows memory-bound jobs down even in
   * processor time, so say how busy it was. */
  if (getloadavg (load, 3) > 0)
    printf ("load average: %.2f\n", load[0]);

  start = stamp ();
  project = make_project ();
  gains = kin_project_get_gains (project);
  printf ("generated %u gains\n", g_list_model_get_n_items (gains));
  report ("generate", start, 0);

  bench_search (gains);
  bench_sort (gains);
  bench_charts (project);
  bench_csv (project);
  bench_list (gains);

  if (gtk_init_check ())
    bench_gtk (gains);
  else
    printf ("gtk: no display, list model figures skipped\n");

  return EXIT_SUCCESS;
}
