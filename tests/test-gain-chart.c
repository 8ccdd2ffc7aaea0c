/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "kin-gain-chart.h"
#include "kin-model.h"
#include "kin-test-render.h"

/*
 * The progress charts, compared with golden PNGs in tests/golden/ with a
 * small per-channel tolerance (text antialiasing may differ by a shade
 * between machines), and the PNG, SVG and PDF exports, the PNG at 72 dpi
 * so that it is as big as the other two.
 *
 * To regenerate the goldens after an intended change, run the test with
 * KINDLING_UPDATE_GOLDEN=1 and look at every image before committing it.
 */

#define CHART_WIDTH  640
#define CHART_HEIGHT 360

/* A channel may differ by this much... */
#define CHANNEL_TOLERANCE 24
/* ...and this share of pixels may differ by more. */
#define PIXEL_SHARE_TOLERANCE 0.002

static const char *kind_names[KIN_GAIN_CHART_N_KINDS] = {
  "per-period", "cumulative", "by-team", "by-principle", "contributors",
};

static KinProject *
make_project (void)
{
  KinProject *project = kin_project_new ();
  const char *names[] = { "Respect", "Empowerment", "Understanding" };
  const char *colors[] = { "#c01c28", "#2ec27e", "#e5a50a" };
  const char *teams[] = { "Repairs", "Income", "Lettings", "Customer Hub" };
  const char *people[] = { "Ann", "Bob", "Cy", "Dee", "Eve", "Fay" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(KinPrinciple) principle = kin_principle_new ();
      g_autofree char *id = g_strdup_printf ("p%u", i);

      kin_object_set_id (KIN_OBJECT (principle), id);
      kin_principle_set_name (principle, names[i]);
      kin_principle_set_color (principle, colors[i]);
      g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
    }

  /* A year of gains with a pattern that reads as a real log: a slow start
   * and more wins as the programme takes hold. */
  for (guint i = 0; i < 120; i++)
    {
      g_autoptr(KinGain) gain = kin_gain_new ();
      g_autofree char *date = NULL;
      g_autofree char *principle = g_strdup_printf ("p%u", (i * 7) % 3);
      const char * const principles[] = { principle, NULL };
      guint day = (guint) floor (sqrt (i / 120.0) * 364);
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, 1, 1, 2026);
      g_date_add_days (&d, day);
      date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d),
                              g_date_get_day (&d));

      kin_gain_set_date (gain, date);
      kin_gain_set_title (gain, "A small win");
      kin_gain_set_team (gain, teams[(i * 7 + i / 10) % 4 == 3 && i % 3 ? 0 : (i * 7 + i / 10) % 4]);
      kin_gain_set_who (gain, people[(i * 11) % 6]);
      kin_gain_set_principles (gain, principles);
      kin_gain_set_status (gain, i % 13 == 0 ? KIN_GAIN_STATUS_DROPPED : KIN_GAIN_STATUS_ADOPTED);
      g_list_store_append (G_LIST_STORE (kin_project_get_gains (project)), gain);
    }

  return project;
}

static void
test_style (KinChartStyle *style,
            gboolean       dark)
{
  if (dark)
    kin_chart_style_init_dark (style);
  else
    kin_chart_style_init_light (style);

  /* The test script installs this font, so the goldens do not depend on
   * whatever "Sans" is on the machine. */
  style->font_family = "DejaVu Sans";
}

static cairo_surface_t *
render (const KinGainStats *stats,
        KinGainChartKind    kind,
        gboolean            dark)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH, CHART_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  KinChartStyle style;

  test_style (&style, dark);
  kin_gain_chart_render (stats, kind, cr, CHART_WIDTH, CHART_HEIGHT, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Counts the pixels whose channels differ by more than the tolerance. */
static guint
count_different_pixels (cairo_surface_t *a,
                        cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int stride_a = cairo_image_surface_get_stride (a);
  int stride_b = cairo_image_surface_get_stride (b);
  const guchar *data_a = cairo_image_surface_get_data (a);
  const guchar *data_b = cairo_image_surface_get_data (b);
  guint different = 0;

  g_assert_cmpint (width, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int c = 0; c < 4; c++)
        if (ABS ((int) data_a[y * stride_a + x * 4 + c] - (int) data_b[y * stride_b + x * 4 + c]) >
            CHANNEL_TOLERANCE)
          {
            different++;
            break;
          }

  return different;
}

static void
compare_with_golden (cairo_surface_t *surface,
                     const char      *name)
{
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "golden", file_name, NULL);
  g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);
  cairo_surface_t *golden;
  cairo_surface_t *golden_argb;
  cairo_t *cr;
  guint different;

  /* Kept in the build directory so that a failure can be looked at. */
  g_assert_cmpint (cairo_surface_write_to_png (surface, actual_path), ==, CAIRO_STATUS_SUCCESS);

  if (g_getenv ("KINDLING_UPDATE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (surface, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("Updated %s", golden_path);
      return;
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);

  /* Bring the golden to the same pixel format before comparing. */
  golden_argb = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            cairo_image_surface_get_width (golden),
                                            cairo_image_surface_get_height (golden));
  cr = cairo_create (golden_argb);
  cairo_set_source_surface (cr, golden, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (golden_argb);

  different = count_different_pixels (surface, golden_argb);
  if (different > PIXEL_SHARE_TOLERANCE * CHART_WIDTH * CHART_HEIGHT)
    g_error ("%s differs from %s in %u pixels", actual_path, golden_path, different);

  cairo_surface_destroy (golden_argb);
  cairo_surface_destroy (golden);
}

static void
test_golden (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) weeks = NULL;
  g_autoptr(KinGainStats) months = NULL;

  weeks = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  NULL, NULL, KIN_GAIN_PERIOD_WEEK);
  months = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                   NULL, NULL, KIN_GAIN_PERIOD_MONTH);

  for (guint kind = 0; kind < KIN_GAIN_CHART_N_KINDS; kind++)
    {
      /* Monthly bars read best for a year; the line shows every week. */
      const KinGainStats *stats = kind == KIN_GAIN_CHART_CUMULATIVE ? weeks : months;
      cairo_surface_t *surface = render (stats, kind, FALSE);
      g_autofree char *name = g_strconcat ("chart-", kind_names[kind], NULL);

      compare_with_golden (surface, name);
      cairo_surface_destroy (surface);
    }

  {
    cairo_surface_t *surface = render (weeks, KIN_GAIN_CHART_PER_PERIOD, TRUE);

    compare_with_golden (surface, "chart-per-week-dark");
    cairo_surface_destroy (surface);
  }
}

static void
test_empty (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) stats = NULL;
  cairo_surface_t *surface;
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, 1, 2020);
  g_date_set_dmy (&to, 31, 3, 2020);
  stats = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  &from, &to, KIN_GAIN_PERIOD_MONTH);
  g_assert_cmpuint (stats->n_wins, ==, 0);

  surface = render (stats, KIN_GAIN_CHART_BY_TEAM, FALSE);
  compare_with_golden (surface, "chart-empty");
  cairo_surface_destroy (surface);
}

/* Tiny, huge and one-period charts draw without trouble. */
static void
test_sizes (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) stats = NULL;
  double sizes[][2] = { { 1, 1 }, { 80, 60 }, { 360, 240 }, { 4000, 300 } };

  stats = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  NULL, NULL, KIN_GAIN_PERIOD_WEEK);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint kind = 0; kind < KIN_GAIN_CHART_N_KINDS; kind++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                               (int) sizes[i][0], (int) sizes[i][1]);
        cairo_t *cr = cairo_create (surface);

        kin_gain_chart_render (stats, kind, cr, sizes[i][0], sizes[i][1], NULL);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
}

static void
check_export (const KinGainStats *stats,
              const char         *dir,
              const char         *name,
              const char         *magic)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (kin_gain_chart_export (stats, KIN_GAIN_CHART_BY_PRINCIPLE, file, 600, 400,
                                        NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 500);
  g_assert_nonnull (g_strstr_len (contents, 64, magic));
  g_unlink (path);
}

static void
test_export (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinGainStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kindling-chart-XXXXXX", &error);
  g_autofree char *bad_path = g_build_filename (dir, "chart.jpeg", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *png_path = g_build_filename (dir, "size.PNG", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);

  g_assert_no_error (error);
  stats = kin_gain_stats_compute (project, kin_project_get_gains (project), NULL,
                                  NULL, NULL, KIN_GAIN_PERIOD_MONTH);

  check_export (stats, dir, "chart.png", "PNG");
  check_export (stats, dir, "chart.svg", "<svg");
  check_export (stats, dir, "chart.pdf", "%PDF");

  /* The PNG has the size asked for, one pixel a point: 72 dpi, or 2835
   * pixels a metre. The extension's case does not matter. */
  g_assert_true (kin_gain_chart_export (stats, KIN_GAIN_CHART_CUMULATIVE, png, 321, 123, NULL, &error));
  kin_test_assert_png_resolution (png_path, 2835, 321, 123);
  g_unlink (png_path);

  g_assert_false (kin_gain_chart_export (stats, KIN_GAIN_CHART_CUMULATIVE, bad, 600, 400, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==,
                   "Cannot export a chart as “chart.jpeg”: use a name ending in .png, .svg or .pdf");
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gain-chart/golden", test_golden);
  g_test_add_func ("/gain-chart/empty", test_empty);
  g_test_add_func ("/gain-chart/sizes", test_sizes);
  g_test_add_func ("/gain-chart/export", test_export);

  return g_test_run ();
}
