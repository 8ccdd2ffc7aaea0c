/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kin-board-edit.h"
#include "kin-board-render-private.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-resources.h"
#include "kin-test-board-render.h"
#include "kin-test-render.h"

/*
 * Drawing vision boards: golden images of the starter board in the light
 * and dark styles and zoomed out; pictures of notes and zoomed-out blocks
 * drawing exactly what drawing each note does; the clip, one note alone
 * and the extent. The exports are in test-board-export.c.
 *
 * To rewrite the golden images after an intended change, run with
 * KIN_UPDATE_GOLDEN=1 and look at every image before committing it.
 */

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

/* Exporting in a worker thread */

typedef struct
{
  GBytes *snapshot;
  char   *path;
} ExportJob;

static gpointer
export_in_thread (gpointer data)
{
  ExportJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinProject) project = kin_project_read_bytes (job->snapshot, "copy", NULL, &error);
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  KinBoard *board;

  g_assert_no_error (error);
  board = kin_project_lookup (project, KIN_TYPE_BOARD, "board-vision");
  for (guint i = 0; i < 3; i++)
    {
      if (!kin_board_export (project, board, NULL, file, KIN_BOARD_EXPORT_PNG, &error))
        return g_steal_pointer (&error);
    }

  return NULL;
}

/* The Boards page exports a copy of the project in a worker thread while
 * the canvas goes on drawing the board on the main thread: the renderer's
 * caches of text layouts and note pictures must not be shared between the
 * two. */
static void
test_export_while_drawing (Fixture       *f,
                           gconstpointer  data)
{
  ExportJob jobs[2];
  GThread *threads[G_N_ELEMENTS (jobs)];
  KinBoardRenderOptions options;

  kin_board_render_options_init (&options);
  fit_view (f->board, &options, 640, 360);

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autofree char *name = g_strdup_printf ("thread-%u.png", i);

      jobs[i].snapshot = kin_project_write_bytes (f->project);
      jobs[i].path = g_build_filename (f->tmpdir, name, NULL);
      threads[i] = g_thread_new ("export", export_in_thread, &jobs[i]);
    }

  /* Meanwhile the screen is drawn again and again, at two scales so that
   * note pictures are made and dropped. */
  for (guint i = 0; i < 40; i++)
    {
      cairo_surface_t *surface;

      options.scale *= i % 2 == 0 ? 1.25 : 0.8;
      surface = render (f, &options, 640, 360);
      cairo_surface_destroy (surface);
    }

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autoptr(GError) error = g_thread_join (threads[i]);
      cairo_surface_t *png;

      g_assert_no_error (error);
      png = cairo_image_surface_create_from_png (jobs[i].path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, 2481);
      cairo_surface_destroy (png);
      g_bytes_unref (jobs[i].snapshot);
      g_free (jobs[i].path);
    }
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
  ADD ("export-while-drawing", test_export_while_drawing);

#undef ADD

  return g_test_run ();
}
