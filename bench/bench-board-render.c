/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-bench"

/*
 * A vision board of 2,000 notes in 100 themes, drawn by kin_board_render()
 * into a 1920 x 1080 image, as the canvas draws a frame:
 *
 *   - fit-all: the whole board in view (target 16 ms a frame);
 *   - a typical zoom: 1:1, a few themes in view (target 4 ms a frame);
 *   - moving one note at that zoom: the undoable move, then redrawing the
 *     area it left and the area it went to, which is what the canvas
 *     invalidates (target 4 ms);
 *   - the same fit-all and zoom with a search filter dimming most notes.
 *
 * Each is the median of N_RUNS frames after one frame that fills the text
 * caches, which is printed apart. Times are processor time of this
 * process, judged against the targets; wall-clock time is printed beside
 * them. Set KIN_BENCH_NOTES to change the number of notes.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kin-board-edit.h"
#include "kin-board-render.h"
#include "kin-model.h"

#define WIDTH  1920
#define HEIGHT 1080
#define N_RUNS 41
#define NOTES_PER_THEME 20
#define THEME_COLUMNS 5

static const char * const phrases[] = {
  "Repairs booked at the first call",
  "We ring back when we said we would",
  "Letters in plain English that say what happens next",
  "Tenants help write our letters",
  "Everyone knows who owns their case",
  "No more press 1 for menus",
  "Contractors work to our standards",
  "Surgeries in the community centre every month",
  "We thank each other across teams, out loud",
  "Vulnerability flags are up to date and used",
  "Complaints fall because we fix things first time",
  "Young tenants feel we are talking to them too",
};

static const char * const colors[] = { "#fff3a0", "#d3e9ff", "#ffd6e0", "#d9f5cf" };

typedef struct
{
  double cpu;
  double wall;
} Stamp;

static Stamp
stamp (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (Stamp) { ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6, g_get_monotonic_time () / 1000.0 };
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
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);

  return values[n / 2];
}

static gboolean
print_line (const char *what,
            double      cpu,
            double      wall,
            double      target)
{
  if (target > 0)
    printf ("%-46s %8.2f ms  (wall %8.2f ms)  target <= %2.0f ms: %s\n", what, cpu, wall, target,
            cpu <= target ? "PASS" : "MISS");
  else
    printf ("%-46s %8.2f ms  (wall %8.2f ms)\n", what, cpu, wall);

  return target <= 0 || cpu <= target;
}

static KinProject *
make_project (guint      n_notes,
              KinBoard **board_out)
{
  KinProject *project = kin_project_new ();
  g_autoptr(KinBoard) board = kin_board_new ();
  guint n_themes = (n_notes + NOTES_PER_THEME - 1) / NOTES_PER_THEME;

  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(KinPrinciple) principle = kin_principle_new ();
      g_autofree char *id = g_strdup_printf ("p-%u", i);
      g_autofree char *color = g_strdup_printf ("#%02x%02x%02x", 40 + 30 * i, 110, 200 - 20 * i);

      kin_object_set_id (KIN_OBJECT (principle), id);
      kin_principle_set_name (principle, (const char *[]) { "Equality", "Respect", "Commitment",
                                                            "Understanding", "Positivity",
                                                            "Empowerment", "Gratitude" }[i]);
      kin_principle_set_color (principle, color);
      g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
    }

  kin_board_set_title (board, "Customer culture in a year");
  kin_board_set_question (board, "What do customers notice, and what are we doing differently?");
  g_list_store_append (G_LIST_STORE (kin_project_get_boards (project)), board);

  /* Themes of four rows of five notes, ten themes a row, as a big
   * workshop's wall would be. */
  for (guint t = 0; t < n_themes; t++)
    {
      g_autofree char *title = g_strdup_printf ("Theme %u", t + 1);
      double x = (t % 10) * 1000.0;
      double y = (t / 10) * 680.0;
      KinCluster *cluster = kin_board_add_cluster (project, board, x, y, 920, 580, title);

      for (guint i = 0; i < NOTES_PER_THEME && t * NOTES_PER_THEME + i < n_notes; i++)
        {
          guint k = t * NOTES_PER_THEME + i;
          g_autofree char *text = g_strdup_printf ("%s (%u)", phrases[k % G_N_ELEMENTS (phrases)], k);
          g_autofree char *principle = g_strdup_printf ("p-%u", k % 7);
          KinNote *note = kin_board_add_note (project, board,
                                              x + KIN_BOARD_GAP + (i % THEME_COLUMNS) * 180.0,
                                              y + KIN_CLUSTER_TITLE_HEIGHT + (i / THEME_COLUMNS) * 130.0,
                                              text);

          kin_note_set_color (note, colors[k % G_N_ELEMENTS (colors)]);
          kin_note_set_principle (note, principle);
          kin_note_set_voice (note, k % 6);
          kin_note_set_votes (note, (k * 7) % 5);
        }
      g_assert (kin_board_count_cluster_notes (board, cluster) > 0);
    }

  *board_out = board;
  return project;
}

static double
draw (cairo_surface_t             *surface,
      KinProject                  *project,
      KinBoard                    *board,
      const KinBoardRenderOptions *options,
      const cairo_rectangle_t     *damage,
      double                      *wall)
{
  cairo_t *cr = cairo_create (surface);
  Stamp start;
  Stamp end;

  start = stamp ();
  if (damage != NULL)
    {
      cairo_rectangle (cr, damage->x, damage->y, damage->width, damage->height);
      cairo_clip (cr);
    }
  kin_board_render (cr, project, board, options);
  cairo_surface_flush (surface);
  end = stamp ();

  cairo_destroy (cr);
  *wall = end.wall - start.wall;
  return end.cpu - start.cpu;
}

/* Draws N_RUNS frames after a first one, and reports the first and the
 * median. */
static gboolean
bench_frames (const char                  *what,
              cairo_surface_t             *surface,
              KinProject                  *project,
              KinBoard                    *board,
              const KinBoardRenderOptions *options,
              double                       target)
{
  double cpu[N_RUNS], wall[N_RUNS];
  double first_wall, first;
  g_autofree char *first_label = g_strdup_printf ("%s, first frame", what);
  g_autofree char *median_label = g_strdup_printf ("%s, median of %d", what, N_RUNS);

  first = draw (surface, project, board, options, NULL, &first_wall);
  print_line (first_label, first, first_wall, 0);

  for (guint i = 0; i < N_RUNS; i++)
    cpu[i] = draw (surface, project, board, options, NULL, &wall[i]);

  return print_line (median_label, median (cpu, N_RUNS), median (wall, N_RUNS), target);
}

static guint
count_visible (KinBoard                    *board,
               const KinBoardRenderOptions *options)
{
  g_autoptr(GPtrArray) visible = kin_board_notes_in_rect (board,
                                                          -options->offset_x / options->scale,
                                                          -options->offset_y / options->scale,
                                                          WIDTH / options->scale,
                                                          HEIGHT / options->scale);

  return visible->len;
}

/* The device rectangle a note covers, with room for its shadow, dots and
 * selection ring. */
static cairo_rectangle_t
note_damage (KinNote                     *note,
             const KinBoardRenderOptions *options)
{
  double margin = 16;

  return (cairo_rectangle_t) {
    floor (kin_note_get_x (note) * options->scale + options->offset_x - margin),
    floor (kin_note_get_y (note) * options->scale + options->offset_y - margin),
    ceil (KIN_NOTE_WIDTH * options->scale + 2 * margin),
    ceil (KIN_NOTE_HEIGHT * options->scale + 2 * margin),
  };
}

static cairo_rectangle_t
union_of (cairo_rectangle_t a,
          cairo_rectangle_t b)
{
  double x0 = MIN (a.x, b.x), y0 = MIN (a.y, b.y);
  double x1 = MAX (a.x + a.width, b.x + b.width), y1 = MAX (a.y + a.height, b.y + b.height);

  return (cairo_rectangle_t) { x0, y0, x1 - x0, y1 - y0 };
}

/* Drags one note back and forth by 37 units, each step an undoable move
 * and a redraw of the damaged area. */
static gboolean
bench_move (cairo_surface_t             *surface,
            KinProject                  *project,
            KinBoard                    *board,
            KinNote                     *note,
            const KinBoardRenderOptions *options)
{
  g_autoptr(GPtrArray) moving = g_ptr_array_new ();
  double cpu[N_RUNS], wall[N_RUNS];
  double draw_wall;

  g_ptr_array_add (moving, note);

  for (guint i = 0; i < N_RUNS; i++)
    {
      double dx = i % 2 == 0 ? 37 : -37;
      cairo_rectangle_t before = note_damage (note, options);
      cairo_rectangle_t damage;
      Stamp start = stamp ();
      Stamp moved;
      double draw_cpu;

      kin_board_move_notes (project, board, moving, dx, 11);
      damage = union_of (before, note_damage (note, options));
      moved = stamp ();
      draw_cpu = draw (surface, project, board, options, &damage, &draw_wall);

      cpu[i] = moved.cpu - start.cpu + draw_cpu;
      wall[i] = moved.wall - start.wall + draw_wall;
    }

  return print_line ("move one note and redraw, median", median (cpu, N_RUNS), median (wall, N_RUNS), 4);
}

int
main (int   argc,
      char *argv[])
{
  const char *n_env = g_getenv ("KIN_BENCH_NOTES");
  guint n_notes = n_env != NULL ? (guint) g_ascii_strtoull (n_env, NULL, 10) : 2000;
  g_autoptr(KinProject) project = NULL;
  cairo_surface_t *surface;
  KinBoardRenderOptions fit, zoom;
  KinNoteFilter filter = { NULL, -1, NULL, "letters" };
  KinBoard *board = NULL;
  KinNote *moved;
  double load[3] = { 0, 0, 0 };
  double x, y, width, height;
  gboolean all = TRUE;

  if (getloadavg (load, 3) > 0)
    printf ("load average: %.2f\n", load[0]);

  project = make_project (MAX (n_notes, 1), &board);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  printf ("%u notes in %u themes, drawn at %d x %d\n",
          g_list_model_get_n_items (kin_board_get_notes (board)),
          g_list_model_get_n_items (kin_board_get_clusters (board)), WIDTH, HEIGHT);

  kin_board_render_options_init (&fit);
  fit.show_question = TRUE;
  kin_board_render_get_extents (board, &fit, &x, &y, &width, &height);
  fit.scale = MIN ((WIDTH - 40) / width, (HEIGHT - 40) / height);
  fit.offset_x = (WIDTH - width * fit.scale) / 2 - x * fit.scale;
  fit.offset_y = (HEIGHT - height * fit.scale) / 2 - y * fit.scale;
  printf ("fit-all: scale %.3f, a note is %.0f pixels wide\n", fit.scale, KIN_NOTE_WIDTH * fit.scale);

  /* 1:1 over the middle of the board. */
  kin_board_render_options_init (&zoom);
  zoom.offset_x = -(x + width / 2) + WIDTH / 2;
  zoom.offset_y = -(y + height / 2) + HEIGHT / 2;
  printf ("typical zoom: scale 1, %u notes in view\n", count_visible (board, &zoom));

  all &= bench_frames ("fit-all", surface, project, board, &fit, 16);
  all &= bench_frames ("typical zoom", surface, project, board, &zoom, 4);

  /* The note nearest the middle of the view, or the first in view when
   * the middle falls between notes. */
  moved = kin_board_note_at (board, WIDTH / 2 - zoom.offset_x, HEIGHT / 2 - zoom.offset_y);
  if (moved == NULL)
    {
      g_autoptr(GPtrArray) visible = kin_board_notes_in_rect (board, -zoom.offset_x, -zoom.offset_y,
                                                              WIDTH, HEIGHT);

      g_assert (visible->len > 0);
      moved = visible->pdata[0];
    }
  all &= bench_move (surface, project, board, moved, &zoom);

  fit.filter = &filter;
  zoom.filter = &filter;
  all &= bench_frames ("fit-all, filtered", surface, project, board, &fit, 16);
  all &= bench_frames ("typical zoom, filtered", surface, project, board, &zoom, 4);

  cairo_surface_destroy (surface);
  printf ("%s\n", all ? "all targets met" : "some targets missed");

  /* A missed target fails the benchmark, so that it shows in the run. */
  return all ? EXIT_SUCCESS : EXIT_FAILURE;
}
