/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-bench"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <math.h>

#include "kin-model.h"
#include "kin-sheet.h"

/*
 * 1,000 pocket cards with artwork on Avery C32011, to PDF: Kindling beside
 * glabels-3-batch doing the same job (a CSV merge of the same 1,000 names and
 * summaries with the same JPEG artwork) in the same run. Prints both times,
 * both file sizes and the ratios; the target is 0.1 or less for both.
 *
 * Kindling's time covers building the job from the project (laying out and
 * decoding the artwork) and writing the PDF; it is the best of three runs,
 * gLabels' is one run, since it is far slower. Set KIN_BENCH_CARDS to change
 * the number of cards.
 */

void kin_register_resource (void);

#define N_KINDLING_RUNS 3

static const char summary[] =
  "We listen to understand, not just to reply, and we say what happens next.";

/* Photo-like artwork: smooth gradients and noise, which is what JPEG is for
 * and what makes re-encoding costly. */
static GBytes *
make_artwork (const char *path)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 800, 500);
  g_autoptr(GError) error = NULL;
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  GRand *rand = g_rand_new_with_seed (42);
  char *data;
  gsize size;

  for (int y = 0; y < 500; y++)
    for (int x = 0; x < 800; x++)
      {
        guint8 *p = pixels + y * stride + x * 3;
        int noise = g_rand_int_range (rand, -12, 12);

        p[0] = CLAMP (40 + x * 200 / 800 + noise, 0, 255);
        p[1] = CLAMP (120 + (int) (60 * sin (x / 60.0 + y / 90.0)) + noise, 0, 255);
        p[2] = CLAMP (200 - y * 150 / 500 + noise, 0, 255);
      }
  g_rand_free (rand);

  if (!gdk_pixbuf_save_to_buffer (pixbuf, &data, &size, "jpeg", &error, "quality", "88", NULL) ||
      !g_file_set_contents (path, data, size, &error))
    g_error ("Cannot write the artwork: %s", error->message);

  return g_bytes_new_take (data, size);
}

static KinProject *
make_project (guint   n_cards,
              GBytes *artwork,
              GString *csv)
{
  KinProject *project = kin_project_new ();
  g_autoptr(KinAsset) asset = kin_asset_new ();

  kin_object_set_id (KIN_OBJECT (asset), "art");
  kin_asset_set_mime (asset, "image/jpeg");
  kin_asset_set_data (asset, artwork);
  kin_project_append (project, kin_asset_store_get_assets (kin_project_get_assets (project)), asset);

  g_string_append (csv, "name,summary\n");
  for (guint i = 0; i < n_cards; i++)
    {
      g_autoptr(KinPrinciple) principle = kin_principle_new ();
      g_autofree char *name = g_strdup_printf ("Principle %u", i + 1);

      kin_principle_set_name (principle, name);
      kin_principle_set_summary (principle, summary);
      kin_principle_set_color (principle, "#1c6e8c");
      kin_principle_set_image (principle, "art");
      kin_project_append (project, kin_project_get_principles (project), principle);
      g_string_append_printf (csv, "%s,\"%s\"\n", name, summary);
    }

  return project;
}

static double
run_kindling (KinProject *project,
              const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KinPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  KinPrintJobOptions options;
  gint64 start = g_get_monotonic_time ();

  kin_print_job_options_init (&options, project);
  options.template_id = "avery-c32011";
  options.bleed_mm = 0;
  options.crop_marks = 0;
  options.duplex = KIN_DUPLEX_NONE;

  job = kin_print_job_new (project, &options, &error);
  if (job == NULL || !kin_print_job_export (job, file, 0, NULL, NULL, NULL, &error))
    g_error ("Kindling export failed: %s", error->message);

  return (g_get_monotonic_time () - start) / 1e6;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : -1;
}

static gboolean
run_glabels (const char *dir,
             const char *pdf,
             double     *seconds)
{
  const char *root = g_getenv ("KINDLING_SOURCE_ROOT");
  g_autofree char *script = g_build_filename (root != NULL ? root : ".", "bench", "glabels-peer.sh", NULL);
  g_autofree char *job = g_build_filename (dir, "job.glabels", NULL);
  const char *prepare[] = { "sh", script, dir, NULL };
  const char *batch[] = { "glabels-3-batch", "-o", pdf, job, NULL };
  g_autoptr(GError) error = NULL;
  int status;
  gint64 start;

  if (!g_spawn_sync (NULL, (char **) prepare, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("gLabels job not prepared: %s\n", error->message);
      return FALSE;
    }

  start = g_get_monotonic_time ();
  /* gLabels prints a debugging line per object; it is not part of the job. */
  if (!g_spawn_sync (NULL, (char **) batch, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("glabels-3-batch failed: %s\n", error->message);
      return FALSE;
    }
  *seconds = (g_get_monotonic_time () - start) / 1e6;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *n_text = g_getenv ("KIN_BENCH_CARDS");
  guint n_cards = n_text != NULL ? (guint) g_ascii_strtoull (n_text, NULL, 10) : 1000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kin-bench-cards-XXXXXX", &error);
  g_autofree char *art_path = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *kin_pdf = NULL;
  g_autofree char *gl_pdf = NULL;
  g_autoptr(GBytes) artwork = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  double kin_seconds = G_MAXDOUBLE, gl_seconds = 0;
  goffset kin_size, gl_size;

  kin_register_resource ();
  if (dir == NULL)
    g_error ("%s", error->message);

  art_path = g_build_filename (dir, "art.jpg", NULL);
  csv_path = g_build_filename (dir, "records.csv", NULL);
  kin_pdf = g_build_filename (dir, "kindling.pdf", NULL);
  gl_pdf = g_build_filename (dir, "glabels.pdf", NULL);

  artwork = make_artwork (art_path);
  project = make_project (n_cards, artwork, csv);
  if (!g_file_set_contents (csv_path, csv->str, csv->len, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < N_KINDLING_RUNS; i++)
    kin_seconds = MIN (kin_seconds, run_kindling (project, kin_pdf));
  kin_size = file_size (kin_pdf);

  g_print ("cards: %u with a %" G_GSIZE_FORMAT "-byte JPEG artwork, Avery C32011 (%u pages)\n",
           n_cards, g_bytes_get_size (artwork), (n_cards + 9) / 10);
  g_print ("kindling: %.3f s, %" G_GOFFSET_FORMAT " bytes\n", kin_seconds, kin_size);

  if (!run_glabels (dir, gl_pdf, &gl_seconds))
    {
      g_print ("glabels-3-batch: not run\n");
      return 1;
    }
  gl_size = file_size (gl_pdf);
  g_print ("glabels-3-batch: %.3f s, %" G_GOFFSET_FORMAT " bytes\n", gl_seconds, gl_size);
  g_print ("time ratio (kindling / glabels): %.4f (target <= 0.1: %s)\n",
           kin_seconds / gl_seconds, kin_seconds / gl_seconds <= 0.1 ? "met" : "NOT met");
  g_print ("size ratio (kindling / glabels): %.4f (target <= 0.1: %s)\n",
           (double) kin_size / gl_size, (double) kin_size / gl_size <= 0.1 ? "met" : "NOT met");

  g_unlink (art_path);
  g_unlink (csv_path);
  if (g_getenv ("KIN_BENCH_KEEP") == NULL) g_unlink (kin_pdf);
  g_unlink (gl_pdf);
  {
    g_autofree char *job = g_build_filename (dir, "job.glabels", NULL);
    g_unlink (job);
  }
  g_rmdir (dir);
  return 0;
}
