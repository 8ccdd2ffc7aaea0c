/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-test-board-canvas.h"
#include "kin-test-render.h"

/* The board canvas draws only what changed from one frame to the next, in
 * a picture that pans without copying: whatever happens, what it shows is
 * what a fresh drawing of the view shows. */

static KinApplication *app;
static char *tmpdir;

/* What the canvas shows, as pixels. */
static cairo_surface_t *
canvas_frame (Fixture *fixture)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (canvas);
  int height = gtk_widget_get_height (canvas);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  gtk_widget_snapshot_child (fixture->window, canvas, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_surface_flush (surface);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  return surface;
}

/* The same view drawn at once by the renderer, with nothing kept: what
 * the canvas shows, as it would show it, selection and focus included. */
static cairo_surface_t *
reference_frame (Fixture *fixture)
{
  KinBoardCanvas *canvas = fixture->canvas;
  int width = gtk_widget_get_width (GTK_WIDGET (canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (canvas));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  KinBoardRenderOptions options;

  kin_board_render_options_init (&options);
  options.scale = canvas->scale;
  options.offset_x = canvas->offset_x;
  options.offset_y = canvas->offset_y;
  options.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  options.show_votes = TRUE;
  options.selected = canvas->selected;
  options.filter = canvas->has_filter ? &canvas->filter : NULL;
  if (gtk_widget_has_focus (GTK_WIDGET (canvas)) && gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)))
    options.focused = canvas->focused;
  options.editing = canvas->editing;
  kin_board_render (cr, fixture->project, fixture->board, &options);
  cairo_destroy (cr);

  return surface;
}

static void
assert_frame_is_fresh (Fixture    *fixture,
                       const char *what)
{
  cairo_surface_t *shown, *fresh;
  guint different = 0;
  int width, height;
  int x0 = G_MAXINT, y0 = G_MAXINT, x1 = -1, y1 = -1;
  guint32 shown_pixel = 0, fresh_pixel = 0;

  /* The renderer keeps pictures of notes at each zoom, drawn a little
   * differently from the first drawing at a new zoom: both drawings are
   * made with the pictures there. And Cairo antialiases the same
   * translucent ring a few levels differently when only part of the view
   * is drawn; a stale drawing is off by far more. */
  cairo_surface_destroy (reference_frame (fixture));
  shown = canvas_frame (fixture);
  fresh = reference_frame (fixture);
  width = cairo_image_surface_get_width (shown);
  height = cairo_image_surface_get_height (shown);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = kin_test_golden_pixel (shown, x, y);
        guint32 b = kin_test_golden_pixel (fresh, x, y);

        for (int shift = 0; shift < 24; shift += 8)
          if (abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 4)
            {
              if (different++ == 0)
                {
                  shown_pixel = a;
                  fresh_pixel = b;
                }
              x0 = MIN (x0, x);
              y0 = MIN (y0, y);
              x1 = MAX (x1, x);
              y1 = MAX (y1, y);
              break;
            }
      }

  if (different > 0)
    {
      g_autofree char *shown_path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "cache-shown.png", NULL);
      g_autofree char *fresh_path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "cache-fresh.png", NULL);

      cairo_surface_write_to_png (shown, shown_path);
      cairo_surface_write_to_png (fresh, fresh_path);
      g_error ("After %s, %u pixels from %d, %d to %d, %d differ from a fresh drawing, "
               "the first %06x instead of %06x (see %s)",
               what, different, x0, y0, x1, y1, shown_pixel & 0xffffff, fresh_pixel & 0xffffff, shown_path);
    }

  cairo_surface_destroy (shown);
  cairo_surface_destroy (fresh);
}

static void
test_drawing_only_changes (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinNote **n = fixture->notes;
  double x, y;

  /* The canvas redraws only what changed from frame to frame; whatever
   * happens, what it shows is what a fresh drawing shows. */
  assert_frame_is_fresh (fixture, "the first frame");

  click_note (fixture, n[1], 0);
  assert_frame_is_fresh (fixture, "a selection");

  note_center (fixture, n[1], &x, &y);
  g_assert_true (_kin_board_canvas_press (fixture->canvas, x, y, 0));
  _kin_board_canvas_drag_to (fixture->canvas, 90, 40);
  assert_frame_is_fresh (fixture, "a note dragged");
  _kin_board_canvas_drag_to (fixture->canvas, 300, 200);
  assert_frame_is_fresh (fixture, "a note dragged further");
  _kin_board_canvas_release (fixture->canvas, 300, 200);
  assert_frame_is_fresh (fixture, "a note dropped out of its theme");

  g_assert_true (_kin_board_canvas_scroll (fixture->canvas, 0, 1, 0, TRUE));
  assert_frame_is_fresh (fixture, "a wheel pan");
  press_keys (canvas, "<Alt>Left");
  assert_frame_is_fresh (fixture, "a nudge after a pan");
  g_assert_true (_kin_board_canvas_scroll (fixture->canvas, 0.35, -0.5, 0, FALSE));
  assert_frame_is_fresh (fixture, "a touchpad pan by part of a pixel");

  kin_board_canvas_set_voting (fixture->canvas, TRUE);
  kin_board_canvas_add_vote (fixture->canvas, n[0]);
  assert_frame_is_fresh (fixture, "a vote, which the theme's total shows");

  kin_project_set (fixture->project, fixture->theme, "title", "Reaching us", NULL);
  assert_frame_is_fresh (fixture, "a theme renamed");
  {
    g_autoptr(KinPrinciple) principle = g_list_model_get_item (kin_project_get_principles (fixture->project), 0);

    kin_project_set (fixture->project, principle, "color", "#336699", NULL);
    assert_frame_is_fresh (fixture, "a principle's colour");
  }

  press_keys (canvas, "<Control>minus");
  assert_frame_is_fresh (fixture, "a zoom");

  {
    g_autoptr(GPtrArray) gone = g_ptr_array_new ();

    g_ptr_array_add (gone, n[3]);
    kin_board_delete_notes (fixture->project, fixture->board, gone);
    assert_frame_is_fresh (fixture, "a note deleted");
  }
  g_assert_true (kin_project_undo (fixture->project));
  assert_frame_is_fresh (fixture, "the deletion undone");

  {
    KinNoteFilter filter = { "p-respect", -1, NULL, NULL };

    kin_board_canvas_set_filter (fixture->canvas, &filter);
    assert_frame_is_fresh (fixture, "a filter");
  }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  assert_frame_is_fresh (fixture, "the dark style");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Two frames in a row: the second draws nothing new, and must show what
 * the first did. */
static void
assert_frames_are_fresh (Fixture    *fixture,
                         const char *what)
{
  g_autofree char *again = g_strdup_printf ("%s, one frame later", what);

  assert_frame_is_fresh (fixture, what);
  assert_frame_is_fresh (fixture, again);
}

static void
pan_by (Fixture *fixture,
        double   dx,
        double   dy)
{
  double x, y;

  kin_board_canvas_get_offset (fixture->canvas, &x, &y);
  kin_board_canvas_set_view (fixture->canvas, kin_board_canvas_get_zoom (fixture->canvas), x + dx, y + dy);
}

static void
test_drawing_after_pans (Fixture       *fixture,
                         gconstpointer  data)
{
  static const double pans[][2] = {
    { 0, -48 }, { 0, -48 }, { 0, -48 }, { -48, 0 }, { -48, 0 }, { 37, -23 }, { -130, 290 },
    { 250, -410 }, { 0, 48 }, { 0, 48 }, { -700, 0 }, { 900, 0 }, { 13, 7 }, { -599, -599 },
  };
  static const char * const colors[] = { "#fff3a0", "#d3e9ff", "#ffd6e0", "#d9f5cf" };
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  KinCluster *theme;
  KinNote *grid[48];
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  /* A wider board than the view, with a second theme, votes, and notes
   * lying partly over each other. */
  theme = kin_board_add_cluster (fixture->project, fixture->board, -700, 500, 900, 600, "Theme B");
  for (guint i = 0; i < G_N_ELEMENTS (grid); i++)
    {
      g_autofree char *text = g_strdup_printf ("Note %u of the wide board", i);

      grid[i] = kin_board_add_note (fixture->project, fixture->board,
                                    -600 + (i % 8) * 190.0 + (i % 3 == 0 ? 40 : 0),
                                    520 + (i / 8) * 140.0 + (i % 5 == 0 ? 30 : 0), text);
      kin_note_set_color (grid[i], colors[i % G_N_ELEMENTS (colors)]);
      kin_note_set_votes (grid[i], i % 4);
    }
  kin_board_canvas_set_view (fixture->canvas, 1.0, 300, -200);
  assert_frames_are_fresh (fixture, "the wide board");

  /* Pans of all sizes, both ways, each drawing only what came into view
   * into an image that wraps around. */
  for (guint i = 0; i < G_N_ELEMENTS (pans); i++)
    {
      g_autofree char *what = g_strdup_printf ("pan %u by %g, %g", i, pans[i][0], pans[i][1]);

      pan_by (fixture, pans[i][0], pans[i][1]);
      assert_frame_is_fresh (fixture, what);
    }

  /* Changes between pans, drawn where the view now is. */
  kin_board_canvas_set_view (fixture->canvas, 1.0, 500, -300);
  assert_frame_is_fresh (fixture, "back over the wide board");
  g_ptr_array_add (one, grid[9]);
  kin_board_move_notes (fixture->project, fixture->board, one, 250, 35);
  pan_by (fixture, -48, 0);
  assert_frames_are_fresh (fixture, "a note moved, then a pan");
  pan_by (fixture, 0, 96);
  kin_board_add_vote (fixture->project, fixture->board, grid[10], KIN_VOTER_ROOM, NULL);
  assert_frames_are_fresh (fixture, "a pan, then a vote in a theme");

  /* A note taken from one theme to another with its votes changes both
   * totals. */
  g_ptr_array_set_size (one, 0);
  g_ptr_array_add (one, grid[11]);
  kin_board_move_notes (fixture->project, fixture->board, one,
                        kin_cluster_get_x (fixture->theme) + 200 - kin_note_get_x (grid[11]),
                        kin_cluster_get_y (fixture->theme) + 200 - kin_note_get_y (grid[11]));
  assert_frames_are_fresh (fixture, "a voted note moved to another theme");
  kin_project_set (fixture->project, theme, "x", -650.0, "height", 700.0, NULL);
  assert_frames_are_fresh (fixture, "a theme moved and resized");

  /* The selection, a pan, and the selection gone. */
  kin_board_canvas_select_notes (fixture->canvas, one);
  pan_by (fixture, 31, -17);
  assert_frame_is_fresh (fixture, "a selection, then a pan");
  kin_board_canvas_unselect_all (fixture->canvas);
  assert_frames_are_fresh (fixture, "the selection cleared");

  /* The keyboard focus ring, moved from note to note. */
  gtk_widget_grab_focus (canvas);
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), TRUE);
  kin_board_canvas_focus_note (fixture->canvas, grid[12]);
  assert_frames_are_fresh (fixture, "a focused note");
  kin_board_canvas_set_view (fixture->canvas, 1.0, 260, -450);
  assert_frame_is_fresh (fixture, "a pan with the focus ring");
  kin_board_canvas_focus_note (fixture->canvas, grid[2]);
  assert_frames_are_fresh (fixture, "the focus moved to a note far away");

  /* A note edited and left as it was, with nothing else changing: only
   * the canvas knew that it was drawn without its text. */
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
  g_ptr_array_set_size (one, 0);
  g_ptr_array_add (one, grid[20]);
  kin_board_canvas_select_notes (fixture->canvas, one);
  kin_test_wait_for_frame (canvas);
  kin_board_canvas_edit_note (fixture->canvas, grid[20]);
  g_assert_true (kin_board_canvas_is_editing (fixture->canvas));
  kin_test_wait_for_frame (canvas);
  kin_test_wait_for_frame (canvas);
  kin_board_canvas_commit_edit (fixture->canvas);
  g_assert_false (kin_board_canvas_is_editing (fixture->canvas));
  kin_test_wait_for_frame (canvas);
  assert_frames_are_fresh (fixture, "an edit ended with no change");
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);

  /* A zoom, and a change before the other image has seen the zoom. */
  press_keys (canvas, "<Control>minus");
  g_ptr_array_set_size (one, 0);
  g_ptr_array_add (one, grid[14]);
  assert_frame_is_fresh (fixture, "a zoom");
  kin_board_move_notes (fixture->project, fixture->board, one, -90, 60);
  assert_frames_are_fresh (fixture, "a note moved just after a zoom");
  pan_by (fixture, 0, -48);
  assert_frames_are_fresh (fixture, "a pan after a zoom");

  /* Changes made straight to the model, with no step: a note brought to
   * the top of one it lies on, and recoloured. */
  {
    GListStore *notes = G_LIST_STORE (kin_board_get_notes (fixture->board));
    g_autoptr(KinNote) raised = g_object_ref (grid[0]);
    guint position;

    g_assert_true (g_list_store_find (notes, raised, &position));
    g_list_store_remove (notes, position);
    g_list_store_append (notes, raised);
    kin_note_set_color (grid[1], "#ffd6e0");
    assert_frames_are_fresh (fixture, "a note brought to the top");
  }

  /* Undoing the steps, many places changing at once. */
  while (kin_project_undo (fixture->project))
    ;
  assert_frames_are_fresh (fixture, "everything undone");
}

/* A frame may be played back after the canvas has moved on to another
 * picture: it still shows what it showed. */
static void
test_frame_outlives_picture (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (canvas);
  int height = gtk_widget_get_height (canvas);
  cairo_surface_t *before, *after;
  cairo_t *cr;

  gtk_widget_snapshot_child (fixture->window, canvas, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  before = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (before);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);

  /* A new size makes a new picture, and the old one goes. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 640, 480);
  kin_test_wait_for_frame (canvas);
  g_assert_cmpint (gtk_widget_get_width (canvas), !=, width);
  cairo_surface_destroy (canvas_frame (fixture));

  after = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (after);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);

  cairo_surface_flush (before);
  cairo_surface_flush (after);
  g_assert_cmpmem (cairo_image_surface_get_data (before), cairo_image_surface_get_stride (before) * height,
                   cairo_image_surface_get_data (after), cairo_image_surface_get_stride (after) * height);
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestBoardCanvasDrawing", &tmpdir);

#define ADD(path, func) \
  g_test_add ("/board-canvas-drawing/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("only-changes", test_drawing_only_changes);
  ADD ("after-pans", test_drawing_after_pans);
  ADD ("frame-outlives-picture", test_frame_outlives_picture);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
