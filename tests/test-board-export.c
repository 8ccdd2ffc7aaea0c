/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "kin-board-edit.h"
#include "kin-board-render.h"
#include "kin-resources.h"
#include "kin-test-board-render.h"
#include "kin-test-render.h"

/*
 * Exporting vision boards: the text a PDF holds (and does not hold), the
 * page size, well-formed SVG, PNG at 150 dpi that says so, a golden image
 * of a PNG export, exporting a selection, text size on A3, and the command
 * line with its exit statuses.
 *
 * To rewrite the golden image after an intended change, run with
 * KIN_UPDATE_GOLDEN=1 and look at it before committing it.
 */

/* Exports */

static char *
export_to (Fixture    *f,
           GPtrArray  *notes,
           const char *name)
{
  g_autofree char *path = g_build_filename (f->tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KinBoardExportFormat format;

  g_assert_true (kin_board_export_format_for_file (file, &format, &error));
  g_assert_no_error (error);
  g_assert_true (kin_board_export (f->project, f->board, notes, file, format, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return g_steal_pointer (&path);
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint pages;
  double width, height;

  kin_note_set_text (find_note (f, "note-02"), "<b>Live chat</b> & callbacks");
  kin_note_set_hidden (find_note (f, "note-16"), TRUE);

  path = export_to (f, NULL, "board.pdf");
  kin_test_pdf_info (path, &pages, &width, &height);
  g_assert_cmpuint (pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (width, 1190.55, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);

  text = kin_test_pdf_text (path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Customer culture in a year"));
  g_assert_nonnull (strstr (text, kin_board_get_question (f->board)));
  g_assert_nonnull (strstr (text, "Easy to reach, first time"));
  g_assert_nonnull (strstr (text, "Promises kept"));
  g_assert_nonnull (strstr (text, "We know our customers"));
  g_assert_nonnull (strstr (text, "One team, proud of it"));
  g_assert_nonnull (strstr (text, "I ring once and the person who answers sorts it"));
  g_assert_nonnull (strstr (text, "Nobody has to chase us for an update"));
  /* User text is shown as written, never read as markup. */
  g_assert_nonnull (strstr (text, "<b>Live chat</b> & callbacks"));
  /* A face-down note keeps its secret in the file too. */
  g_assert_null (strstr (text, "Champions in every team"));
}

static void
test_export_selection (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_ptr_array_add (notes, find_note (f, "note-06"));
  g_ptr_array_add (notes, find_note (f, "note-07"));

  path = export_to (f, notes, "selection.pdf");
  text = kin_test_pdf_text (path);
  g_assert_nonnull (strstr (text, "Customer culture in a year"));
  g_assert_nonnull (strstr (text, "Appointments kept, and a text when the operative is on the way"));
  g_assert_nonnull (strstr (text, "Nobody has to chase us for an update"));
  g_assert_nonnull (strstr (text, "Promises kept"));
  g_assert_null (strstr (text, "Every case has a name next to it"));
  g_assert_null (strstr (text, "I ring once"));
  g_assert_null (strstr (text, "Easy to reach, first time"));
  g_assert_null (strstr (text, "One team, proud of it"));
}

static void
test_export_svg_png (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *svg = export_to (f, NULL, "board.svg");
  g_autofree char *png = export_to (f, NULL, "board.PNG");
  g_autofree char *quoted = g_shell_quote (svg);
  g_autofree char *command = g_strdup_printf ("xmllint --noout %s", quoted);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, NULL, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* A3 landscape at 150 dpi, which the file gives as 5906 pixels a
   * metre so that it prints on A3. */
  kin_test_assert_png_resolution (png, 5906, 2481, 1754);
}

/* A small board of its own, so that the golden image does not change with
 * the starter project: two themes, votes, a face-down note and a note in
 * no theme, with principle tags and voices. Notes and themes go straight
 * into the lists, as in kin-test-board.h, with no undo steps. */
static KinNote *
put_note (KinBoard   *board,
          KinCluster *cluster,
          double      x,
          double      y,
          const char *color,
          const char *principle,
          KinVoice    voice,
          int         votes,
          const char *text)
{
  g_autoptr(KinNote) note = kin_note_new ();

  kin_note_set_x (note, x);
  kin_note_set_y (note, y);
  kin_note_set_color (note, color);
  kin_note_set_principle (note, principle);
  kin_note_set_voice (note, voice);
  kin_note_set_votes (note, votes);
  kin_note_set_text (note, text);
  if (cluster != NULL)
    kin_note_set_cluster (note, kin_object_get_id (KIN_OBJECT (cluster)));
  g_list_store_append (G_LIST_STORE (kin_board_get_notes (board)), note);

  return note;
}

static KinCluster *
put_cluster (KinBoard   *board,
             double      x,
             double      y,
             const char *title)
{
  g_autoptr(KinCluster) cluster = kin_cluster_new ();

  kin_cluster_set_x (cluster, x);
  kin_cluster_set_y (cluster, y);
  kin_cluster_set_width (cluster, 380);
  kin_cluster_set_height (cluster, 320);
  kin_cluster_set_title (cluster, title);
  g_list_store_append (G_LIST_STORE (kin_board_get_clusters (board)), cluster);

  return cluster;
}

static void
put_principle (KinProject *project,
               const char *id,
               const char *name,
               const char *color)
{
  g_autoptr(KinPrinciple) principle = kin_principle_new ();

  kin_object_set_id (KIN_OBJECT (principle), id);
  kin_principle_set_name (principle, name);
  kin_principle_set_color (principle, color);
  g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
}

static KinProject *
golden_project (void)
{
  KinProject *project = kin_project_new ();
  g_autoptr(KinBoard) board = kin_board_new ();
  KinCluster *easy, *promises;
  KinNote *hidden;

  put_principle (project, "p-respect", "Respect", "#7a3e9d");
  put_principle (project, "p-commitment", "Commitment", "#b3261e");

  kin_board_set_title (board, "Customer promises");
  kin_board_set_question (board, "What will tenants say about us in a year?");
  g_list_store_append (G_LIST_STORE (kin_project_get_boards (project)), board);

  easy = put_cluster (board, 40, 40, "Easy to reach");
  promises = put_cluster (board, 460, 40, "Promises kept");

  put_note (board, easy, 60, 100, "#fff3a0", "p-respect", KIN_VOICE_TENANT, 6,
            "I ring once and the person who answers sorts it");
  put_note (board, easy, 240, 100, "#d3e9ff", NULL, KIN_VOICE_TENANT, 2,
            "Live chat in the evenings");
  put_note (board, easy, 60, 230, "#ffd6e0", "p-respect", KIN_VOICE_STAFF, 0,
            "No more “press 1 for…” menus");
  put_note (board, promises, 480, 100, "#fff3a0", "p-commitment", KIN_VOICE_TENANT, 5,
            "A text when the operative is on the way");
  put_note (board, promises, 660, 100, "#d9f5cf", "p-commitment", KIN_VOICE_BOARD, 1,
            "Nobody has to chase us for an update");
  hidden = put_note (board, promises, 480, 230, "#fff3a0", NULL, KIN_VOICE_STAFF, 3,
                     "A secret still face down");
  kin_note_set_hidden (hidden, TRUE);
  put_note (board, NULL, 880, 100, "#d3e9ff", NULL, KIN_VOICE_PARTNER, 0,
            "Shared repairs with the council");

  return project;
}

/* Every text is drawn in the board's font, Cantarell with DejaVu Sans in
 * its place where Cantarell is missing, and an export has no way to ask
 * for another: the golden image is in DejaVu Sans. */
static gboolean
has_font_family (const char *name)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoFontFamily **families = NULL;
  gboolean found = FALSE;
  int n;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_ascii_strcasecmp (pango_font_family_get_name (families[i]), name) == 0;
  g_free (families);

  return found;
}

/* The PNG that Export Board… and kindling --export=board:ID write, as a
 * whole: the page, the header, the board scaled onto it and the file. */
static void
test_export_golden_png (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KinProject) project = NULL;
  g_autofree char *path = g_build_filename (f->tmpdir, "golden.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KinBoard) board = NULL;
  cairo_surface_t *image;

  if (has_font_family ("Cantarell"))
    {
      g_test_skip ("Cantarell is installed, and the golden image is drawn in DejaVu Sans");
      return;
    }

  project = golden_project ();
  board = g_list_model_get_item (kin_project_get_boards (project), 0);
  g_assert_true (kin_board_export (project, board, NULL, file, KIN_BOARD_EXPORT_PNG, &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  kin_test_assert_golden (image, "board-export.png");
  cairo_surface_destroy (image);
}

static void
test_export_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->tmpdir, "board.jpg", NULL);
  g_autofree char *missing = g_build_filename (f->tmpdir, "no-such-folder", "board.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  KinBoardExportFormat format = KIN_BOARD_EXPORT_PNG;

  g_assert_false (kin_board_export_format_for_file (file, &format, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_cmpstr (error->message, ==,
                   "Cannot export a board as “board.jpg”: use a name ending in .png, .svg or .pdf");
  g_clear_error (&error);

  g_assert_false (kin_board_export (f->project, f->board, NULL, missing_file, KIN_BOARD_EXPORT_PDF, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (kin_board_export (f->project, f->board, none, file, KIN_BOARD_EXPORT_PDF, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* 150 notes in fifteen themes of ten, each note a line or two long, laid
 * out in rows of themes as a facilitator would on a wall. */
static void
add_big_board (Fixture *f)
{
  static const char * const texts[] = {
    "Repairs booked at the first call, at a time that suits",
    "We ring back when we said we would",
    "Letters in plain English that say what happens next",
    "Tenants on the panel that sets our standards",
    "Everyone knows who owns their case",
  };

  g_list_store_remove_all (G_LIST_STORE (kin_board_get_notes (f->board)));
  g_list_store_remove_all (G_LIST_STORE (kin_board_get_clusters (f->board)));

  for (guint t = 0; t < 15; t++)
    {
      g_autofree char *title = g_strdup_printf ("Theme %u", t + 1);
      double x = 40 + (t % 3) * 960;
      double y = 40 + (t / 3) * 360;
      KinCluster *cluster = kin_board_add_cluster (f->project, f->board, x, y, 920, 240, title);

      for (guint i = 0; i < 10; i++)
        {
          g_autofree char *text = g_strdup_printf ("%s (%u)", texts[(t + i) % G_N_ELEMENTS (texts)], i);

          kin_board_add_note (f->project, f->board, x + 20, y + 60, text);
        }
      kin_board_tidy_cluster (f->project, f->board, cluster);
    }
}

/* The height of each word pdftotext finds, in points. */
static GArray *
word_heights (const char *pdf)
{
  g_autofree char *quoted = g_shell_quote (pdf);
  g_autofree char *command = g_strdup_printf ("pdftotext -bbox %s -", quoted);
  g_autofree char *out = NULL;
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" "
                                        "yMax=\"([0-9.]+)\">", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  GArray *heights = g_array_new (FALSE, FALSE, sizeof (double));
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_regex_match (word, out, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y0 = g_match_info_fetch (match, 1);
      g_autofree char *y1 = g_match_info_fetch (match, 2);
      double height = g_ascii_strtod (y1, NULL) - g_ascii_strtod (y0, NULL);

      g_array_append_val (heights, height);
      g_match_info_next (match, NULL);
    }

  return heights;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

static void
test_export_readable_on_a3 (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GArray) heights = NULL;
  double median;

  add_big_board (f);
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_notes (f->board)), ==, 150);

  path = export_to (f, NULL, "big.pdf");
  heights = word_heights (path);
  g_assert_cmpuint (heights->len, >, 1000);
  g_array_sort (heights, compare_doubles);
  median = g_array_index (heights, double, heights->len / 2);
  g_test_message ("median word height %.2f pt of %u words", median, heights->len);

  /* A word's box is about 1.16 times the font size in DejaVu Sans, so 8 pt
   * boxes mean 7 pt text. */
  g_assert_cmpfloat (median, >=, 8.0);
}

/* The command line */

static int
run_kindling (char       **err,
              const char  *first_arg,
              ...)
{
  const char *bin = g_getenv ("KINDLING_BIN");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  va_list args;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (gpointer) bin);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Exports work with no display at all. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *project = g_build_filename (f->tmpdir, "starter.kindling", NULL);
  g_autofree char *pdf = g_build_filename (f->tmpdir, "out.pdf", NULL);
  g_autofree char *png = g_build_filename (f->tmpdir, "out.png", NULL);
  g_autofree char *jpg = g_build_filename (f->tmpdir, "out.jpg", NULL);
  g_autofree char *missing = g_build_filename (f->tmpdir, "missing.kindling", NULL);
  g_autofree char *pdf_arg = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *png_arg = g_strconcat ("--output=", png, NULL);
  g_autofree char *jpg_arg = g_strconcat ("--output=", jpg, NULL);
  g_autofree char *starter_arg = g_strconcat ("--starter=", project, NULL);
  g_autofree char *text = NULL;
  char *err = NULL;

  g_assert_cmpint (run_kindling (&err, starter_arg, NULL), ==, 0);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_kindling (&err, "--export=board:board-vision", pdf_arg, project, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  text = kin_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Customer culture in a year"));
  g_assert_nonnull (strstr (text, "Promises kept"));

  g_assert_cmpint (run_kindling (&err, "--export=board:board-vision", png_arg, project, NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  kin_test_assert_png_resolution (png, 5906, 2481, 1754);

  /* An unknown board is bad input, and the message lists the boards. */
  g_assert_cmpint (run_kindling (&err, "--export=board:nope", pdf_arg, project, NULL), ==, 1);
  g_assert_cmpstr (err, ==, "kindling: There is no board “nope” in starter.kindling; use one of: "
                            "board-vision (Customer culture in a year)\n");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_kindling (&err, "--export=board:board-vision", pdf_arg, missing, NULL), ==, 1);
  g_clear_pointer (&err, g_free);

  /* A file type it cannot write is bad usage, and nothing is written. */
  g_assert_cmpint (run_kindling (&err, "--export=board:board-vision", jpg_arg, project, NULL), ==, 2);
  g_assert_cmpstr (err, ==, "kindling: Cannot export a board as “out.jpg”: use a name ending in .png, "
                            ".svg or .pdf\n");
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_kindling (&err, "--export=board:board-vision", project, NULL), ==, 2);
  g_assert_cmpstr (err, ==, "kindling: --export=board:ID needs --output=OUT, ending in .pdf, .png or .svg\n");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_kindling (&err, "--export=board:", pdf_arg, project, NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_kindling (&err, "--export=board:board-vision", pdf_arg, NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_kindling (&err, "--export=board:board-vision", "--template=avery-c32011",
                                 pdf_arg, project, NULL), ==, 2);
  g_assert_cmpstr (err, ==, "kindling: --template and --cards only go with --export=cards\n");
  g_clear_pointer (&err, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kin_register_resource ();

#define ADD(path, func) \
  g_test_add ("/board-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("export-pdf", test_export_pdf);
  ADD ("export-selection", test_export_selection);
  ADD ("export-svg-png", test_export_svg_png);
  ADD ("export-golden-png", test_export_golden_png);
  ADD ("export-errors", test_export_errors);
  ADD ("export-readable-on-a3", test_export_readable_on_a3);
  ADD ("command-line", test_command_line);

#undef ADD

  return g_test_run ();
}
