/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kin-board-edit.h"
#include "kin-board-render-private.h"
#include "kin-model.h"
#include "kin-resources.h"
#include "kin-test-render.h"
#include "kin-test-util.h"

/*
 * Drawing vision boards: golden images of the starter board in the light
 * and dark styles and zoomed out, the clip, and the exports: the text a
 * PDF holds (and does not hold), the page size, well-formed SVG, PNG at
 * 150 dpi, exporting a selection, text size on A3, and the command line
 * with its exit statuses.
 *
 * To rewrite the golden images after an intended change, run with
 * KIN_UPDATE_GOLDEN=1 and look at every image before committing it.
 */

typedef struct
{
  KinProject *project;
  KinBoard   *board;
  char       *tmpdir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->project = kin_test_load_starter ();
  f->board = g_list_model_get_item (kin_project_get_boards (f->project), 0);
  f->tmpdir = g_dir_make_tmp ("kindling-board-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_dir (f->tmpdir);
  g_free (f->tmpdir);
  g_object_unref (f->board);
  g_assert_finalize_object (f->project);
}

static KinNote *
find_note (Fixture    *f,
           const char *id)
{
  KinNote *note = kin_project_lookup (f->project, KIN_TYPE_NOTE, id);

  g_assert_nonnull (note);
  return note;
}

/* Sets the view to show everything drawn, centred in @width x @height
 * with a margin. */
static void
fit_view (KinBoard              *board,
          KinBoardRenderOptions *options,
          int                    width,
          int                    height)
{
  double x, y, w, h;

  g_assert_true (kin_board_render_get_extents (board, options, &x, &y, &w, &h));
  options->scale = MIN ((width - 48) / w, (height - 48) / h);
  options->offset_x = (width - w * options->scale) / 2 - x * options->scale;
  options->offset_y = (height - h * options->scale) / 2 - y * options->scale;
}

static cairo_surface_t *
render (Fixture                     *f,
        const KinBoardRenderOptions *options,
        int                          width,
        int                          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  kin_board_render (cr, f->project, f->board, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  return surface;
}

/* Golden images */

static void
test_golden_starter (Fixture       *f,
                     gconstpointer  data)
{
  KinBoardRenderOptions options;
  cairo_surface_t *surface;

  kin_board_render_options_init (&options);
  options.show_question = TRUE;
  options.font_family = "DejaVu Sans";
  fit_view (f->board, &options, 1400, 520);

  surface = render (f, &options, 1400, 520);
  kin_test_assert_golden (surface, "board-starter.png");
  cairo_surface_destroy (surface);
}

static void
test_golden_states_dark (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GHashTable) selected = g_hash_table_new (NULL, NULL);
  KinNoteFilter filter = { "p-commitment", -1, NULL, NULL };
  KinBoardRenderOptions options;
  cairo_surface_t *surface;

  /* Face down, many votes, selected, focused, being edited, and a filter
   * that dims every note not about commitment. */
  kin_note_set_hidden (find_note (f, "note-11"), TRUE);
  kin_note_set_votes (find_note (f, "note-06"), 12);
  kin_note_set_text (find_note (f, "note-13"),
                     "A very long note that goes on and on about letters, forms, leaflets, "
                     "websites, texts, emails and every other way we write to tenants, "
                     "far more than fits on one sticky note");
  g_hash_table_add (selected, find_note (f, "note-07"));
  g_hash_table_add (selected, find_note (f, "note-08"));

  kin_board_render_options_init (&options);
  options.dark = TRUE;
  options.font_family = "DejaVu Sans";
  options.selected = selected;
  options.focused = find_note (f, "note-08");
  options.editing = find_note (f, "note-10");
  options.filter = &filter;
  fit_view (f->board, &options, 1400, 440);

  surface = render (f, &options, 1400, 440);
  kin_test_assert_golden (surface, "board-states-dark.png");
  cairo_surface_destroy (surface);
}

static void
test_golden_zoomed_out (Fixture       *f,
                        gconstpointer  data)
{
  KinBoardRenderOptions options;
  cairo_surface_t *surface;

  /* A quarter of full size: notes are drawn as sketches, theme titles stay
   * readable. */
  kin_board_render_options_init (&options);
  options.font_family = "DejaVu Sans";
  fit_view (f->board, &options, 420, 160);
  g_assert_cmpfloat (options.scale, <, 0.4);

  surface = render (f, &options, 420, 160);
  kin_test_assert_golden (surface, "board-zoomed-out.png");
  cairo_surface_destroy (surface);
}

/* The share of pixels of two images that differ by more than a shade. */
static double
difference (cairo_surface_t *a,
            cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint64 different = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  cairo_surface_flush (a);
  cairo_surface_flush (b);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pa = kin_test_golden_pixel (a, x, y);
        guint32 pb = kin_test_golden_pixel (b, x, y);

        for (int shift = 0; shift < 32; shift += 8)
          if (abs ((int) ((pa >> shift) & 0xff) - (int) ((pb >> shift) & 0xff)) > 16)
            {
              different++;
              break;
            }
      }

  return (double) different / (width * height);
}

/* Notes seen twice at one scale are then copied from pictures of them:
 * the result must look the same as drawing them, and a note that changes
 * must be drawn again at once. */
static void
test_pictures_match_drawing (Fixture       *f,
                             gconstpointer  data)
{
  KinBoardRenderOptions options;
  cairo_surface_t *drawn, *prepared, *copied, *changed, *again;

  kin_board_render_options_init (&options);
  options.font_family = "DejaVu Sans";
  options.scale = 0.5;
  options.offset_x = 10;
  options.offset_y = 10;

  drawn = render (f, &options, 880, 280);
  prepared = render (f, &options, 880, 280);
  copied = render (f, &options, 880, 280);
  g_test_message ("pictures differ from drawing in %.4f of pixels", difference (drawn, copied));
  g_assert_cmpfloat (difference (drawn, prepared), <, 0.001);
  g_assert_cmpfloat (difference (drawn, copied), <, 0.001);

  kin_board_render_options_init (&options);
  kin_note_set_text (find_note (f, "note-01"), "Something else entirely");
  options.font_family = "DejaVu Sans";
  options.scale = 0.5;
  options.offset_x = 10;
  options.offset_y = 10;
  changed = render (f, &options, 880, 280);
  again = render (f, &options, 880, 280);
  g_assert_cmpfloat (difference (copied, changed), >, 0.0005);
  g_assert_cmpfloat (difference (changed, again), <, 0.0001);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (prepared);
  cairo_surface_destroy (copied);
  cairo_surface_destroy (changed);
  cairo_surface_destroy (again);
}

/* Notes on nothing but a colour, for pictures that let what lies below
 * show through. */
static cairo_surface_t *
render_on_magenta (Fixture                     *f,
                   const KinBoardRenderOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 880, 280);
  cairo_t *cr = cairo_create (surface);
  KinBoardScope scope = { NULL, NULL, TRUE, FALSE };

  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  _kin_board_render_scoped (cr, f->project, f->board, options, &scope);
  cairo_destroy (cr);

  return surface;
}

/* A picture of a note is copied, not blended, where the note is opaque:
 * whatever lies below shows through it only where the drawing lets it,
 * face down, dimmed or many times voted. */
static void
test_pictures_blend_only_edges (Fixture       *f,
                                gconstpointer  data)
{
  KinNoteFilter filter = { "p-commitment", -1, NULL, NULL };
  KinBoardRenderOptions options;
  cairo_surface_t *drawn, *prepared, *copied;

  kin_note_set_hidden (find_note (f, "note-11"), TRUE);
  kin_note_set_votes (find_note (f, "note-06"), 12);
  kin_board_render_options_init (&options);
  options.font_family = "DejaVu Sans";
  options.filter = &filter;
  options.scale = 0.5;
  options.offset_x = 10;
  options.offset_y = 10;

  drawn = render_on_magenta (f, &options);
  prepared = render_on_magenta (f, &options);
  copied = render_on_magenta (f, &options);
  g_test_message ("pictures differ from drawing in %.4f of pixels", difference (drawn, copied));
  g_assert_cmpfloat (difference (drawn, copied), <, 0.0001);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (prepared);
  cairo_surface_destroy (copied);
}

/* The board drawn into an image, straight or through a recording (which
 * Cairo fills shape by shape), or as its paper and themes and then each
 * note on its own in list order, so that later notes are on top. */
typedef enum
{
  DRAW_AT_ONCE,
  DRAW_RECORDED,
  DRAW_NOTE_BY_NOTE,
} DrawWay;

static cairo_surface_t *
draw_board (Fixture                     *f,
            const KinBoardRenderOptions *options,
            DrawWay                      way,
            gboolean                     clipped,
            int                          width,
            int                          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  /* Two rectangles, as a view redrawing what changed clips. */
  if (clipped)
    {
      cairo_rectangle (cr, 100, 50, 300, 120);
      cairo_rectangle (cr, 450, 140, 180, 100);
      cairo_clip (cr);
    }

  if (way == DRAW_RECORDED)
    {
      cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *recorder = cairo_create (recording);

      cairo_rectangle (recorder, 0, 0, width, height);
      cairo_clip (recorder);
      kin_board_render (recorder, f->project, f->board, options);
      cairo_destroy (recorder);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_surface_destroy (recording);
    }
  else if (way == DRAW_NOTE_BY_NOTE)
    {
      GListModel *notes = kin_board_get_notes (f->board);
      g_autoptr(GHashTable) none = g_hash_table_new (NULL, NULL);
      KinBoardScope scope = { none, NULL, FALSE, FALSE };

      _kin_board_render_scoped (cr, f->project, f->board, options, &scope);
      for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
        {
          g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

          kin_board_render_note (cr, f->project, f->board, note, options);
        }
    }
  else
    kin_board_render (cr, f->project, f->board, options);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b,
                    const char      *what)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pa = kin_test_golden_pixel (a, x, y) & 0xffffff;
        guint32 pb = kin_test_golden_pixel (b, x, y) & 0xffffff;

        if (pa != pb)
          g_error ("%s: pixel %d, %d is %06x, not %06x", what, x, y, pa, pb);
      }
}

/* Zoomed out, notes are flat blocks that the renderer fills together
 * where notes lie apart: exactly as drawing them one by one would, with
 * notes lying on each other, selected, focused, dimmed and face down, on
 * whole pixels and between them, and in a clip. */
static void
test_blocks_match_one_by_one (Fixture       *f,
                              gconstpointer  data)
{
  static const double scales[] = { 0.3, 0.12, 0.03 };
  g_autoptr(GHashTable) selected = g_hash_table_new (NULL, NULL);
  KinNoteFilter filter = { "p-commitment", -1, NULL, NULL };
  KinBoardRenderOptions options;

  kin_note_set_x (find_note (f, "note-02"), kin_note_get_x (find_note (f, "note-01")) + 37);
  kin_note_set_y (find_note (f, "note-02"), kin_note_get_y (find_note (f, "note-01")) + 21);
  kin_note_set_x (find_note (f, "note-03"), kin_note_get_x (find_note (f, "note-02")) + 11);
  kin_note_set_y (find_note (f, "note-03"), kin_note_get_y (find_note (f, "note-02")) - 50);
  kin_note_set_hidden (find_note (f, "note-11"), TRUE);
  g_hash_table_add (selected, find_note (f, "note-02"));
  g_hash_table_add (selected, find_note (f, "note-07"));

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    for (guint state = 0; state < 4; state++)
      {
        g_autofree char *what = g_strdup_printf ("scale %g, state %u", scales[i], state);
        cairo_surface_t *at_once, *recorded, *one_by_one;

        kin_board_render_options_init (&options);
        options.font_family = "DejaVu Sans";
        options.dark = state == 3;
        options.scale = scales[i];
        options.offset_x = 20.5 - state * 0.25;
        options.offset_y = 30.25;
        if (state >= 1)
          {
            options.selected = selected;
            options.focused = find_note (f, state == 1 ? "note-03" : "note-08");
          }
        if (state >= 2)
          options.filter = &filter;

        at_once = draw_board (f, &options, DRAW_AT_ONCE, state == 2, 700, 300);
        recorded = draw_board (f, &options, DRAW_RECORDED, state == 2, 700, 300);
        one_by_one = draw_board (f, &options, DRAW_NOTE_BY_NOTE, state == 2, 700, 300);
        assert_same_pixels (at_once, one_by_one, what);
        assert_same_pixels (recorded, one_by_one, what);

        cairo_surface_destroy (at_once);
        cairo_surface_destroy (recorded);
        cairo_surface_destroy (one_by_one);
      }
}

/* The clip: only what it holds is drawn. */
static void
test_clip (Fixture       *f,
           gconstpointer  data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  KinBoardRenderOptions options;
  cairo_t *cr = cairo_create (surface);
  guint32 *pixels;
  int stride;

  kin_board_render_options_init (&options);
  cairo_rectangle (cr, 100, 100, 50, 50);
  cairo_clip (cr);
  kin_board_render (cr, f->project, f->board, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = (guint32 *) (gpointer) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  g_assert_cmpuint (pixels[10 * stride + 10], ==, 0);
  g_assert_cmpuint (pixels[299 * stride + 399], ==, 0);
  g_assert_cmpuint (pixels[120 * stride + 120], !=, 0);
  cairo_surface_destroy (surface);
}

/* One note alone, as while it is dragged: the note, and no paper. */
static void
test_render_note (Fixture       *f,
                  gconstpointer  data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 200);
  KinNote *note = find_note (f, "note-01");
  KinBoardRenderOptions options;
  cairo_t *cr = cairo_create (surface);
  guint32 *pixels;
  int stride;

  /* note-01 is at (60, 100): at scale 1 and this offset it lies at
   * (40, 40) to (200, 150). */
  kin_board_render_options_init (&options);
  options.offset_x = -20;
  options.offset_y = -60;
  kin_board_render_note (cr, f->project, f->board, note, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = (guint32 *) (gpointer) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  /* The note's colour, #fff3a0, opaque, where no text or dot is. */
  g_assert_cmphex (pixels[140 * stride + 190], ==, 0xfffff3a0);
  g_assert_cmpuint (pixels[10 * stride + 10], ==, 0);
  g_assert_cmpuint (pixels[190 * stride + 290], ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_render_extents (Fixture       *f,
                     gconstpointer  data)
{
  KinBoardRenderOptions options;
  double x, y, width, height;
  double bx, by, bwidth, bheight;

  kin_board_render_options_init (&options);
  g_assert_true (kin_board_get_extents (f->board, &bx, &by, &bwidth, &bheight));
  g_assert_true (kin_board_render_get_extents (f->board, &options, &x, &y, &width, &height));
  g_assert_cmpfloat (y, ==, by);
  g_assert_cmpfloat (height, ==, bheight);

  options.show_question = TRUE;
  g_assert_true (kin_board_render_get_extents (f->board, &options, &x, &y, &width, &height));
  g_assert_cmpfloat (x, ==, bx);
  g_assert_cmpfloat (y, <, by - 40);
  g_assert_cmpfloat (y + height, ==, by + bheight);
  g_assert_cmpfloat (width, >=, bwidth);
}

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
  cairo_surface_t *image;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, NULL, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* A3 landscape at 150 dpi. */
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 2481);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1754);
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
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

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
  g_test_add ("/board-render/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("golden-starter", test_golden_starter);
  ADD ("golden-states-dark", test_golden_states_dark);
  ADD ("golden-zoomed-out", test_golden_zoomed_out);
  ADD ("pictures-match-drawing", test_pictures_match_drawing);
  ADD ("pictures-blend-only-edges", test_pictures_blend_only_edges);
  ADD ("blocks-match-one-by-one", test_blocks_match_one_by_one);
  ADD ("clip", test_clip);
  ADD ("render-note", test_render_note);
  ADD ("render-extents", test_render_extents);
  ADD ("export-pdf", test_export_pdf);
  ADD ("export-selection", test_export_selection);
  ADD ("export-svg-png", test_export_svg_png);
  ADD ("export-errors", test_export_errors);
  ADD ("export-readable-on-a3", test_export_readable_on_a3);
  ADD ("command-line", test_command_line);

#undef ADD

  return g_test_run ();
}
