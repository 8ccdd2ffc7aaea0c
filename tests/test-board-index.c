/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-board-index.h"
#include "kin-test-board.h"

/*
 * The board index against the board itself: after every kind of change
 * (moves, votes, themes, text, notes and themes added, removed and
 * reordered, undo and redo), what the index finds over a rectangle is what
 * walking the board finds, in the same order; its theme totals and
 * extents are the board's; and its log of changes covers the place before
 * and after of everything that changed, and of every theme whose total
 * changed.
 */

/* How a note or theme is, to tell what a change changed; it keeps the
 * object alive, so that one that went is not mistaken for a new one. */
typedef struct
{
  gpointer object;
  double   x;
  double   y;
  double   width;
  double   height;
  char    *look;
} State;

static void
state_clear (gpointer data)
{
  State *state = data;

  g_clear_object (&state->object);
  g_free (state->look);
}

static GArray *
board_state (KinBoard *board)
{
  GArray *states = g_array_new (FALSE, TRUE, sizeof (State));
  GListModel *notes = kin_board_get_notes (board);
  GListModel *clusters = kin_board_get_clusters (board);

  g_array_set_clear_func (states, state_clear);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);
      State state = {
        g_object_ref (note), kin_note_get_x (note), kin_note_get_y (note), KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT,
        g_strdup_printf ("%u %s %s %s %d %d", i, kin_note_get_text (note), kin_note_get_color (note),
                         kin_note_get_cluster (note), kin_note_get_votes (note), kin_note_get_hidden (note)),
      };

      g_array_append_val (states, state);
    }

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);
      gint64 votes = 0;

      for (guint j = 0; j < g_list_model_get_n_items (notes); j++)
        {
          g_autoptr(KinNote) note = g_list_model_get_item (notes, j);

          if (g_strcmp0 (kin_note_get_cluster (note), kin_object_get_id (KIN_OBJECT (cluster))) == 0)
            votes += kin_note_get_votes (note);
        }

      g_array_append_val (states, ((State) {
        g_object_ref (cluster), kin_cluster_get_x (cluster), kin_cluster_get_y (cluster),
        kin_cluster_get_width (cluster), kin_cluster_get_height (cluster),
        g_strdup_printf ("%u %s %s %s %" G_GINT64_FORMAT, i, kin_object_get_id (KIN_OBJECT (cluster)),
                         kin_cluster_get_title (cluster), kin_cluster_get_color (cluster), votes),
      }));
    }

  return states;
}

static State *
find_state (GArray   *states,
            gpointer  object)
{
  for (guint i = 0; i < states->len; i++)
    if (g_array_index (states, State, i).object == object)
      return &g_array_index (states, State, i);

  return NULL;
}

static void
collect_area_cb (double   x,
                 double   y,
                 double   width,
                 double   height,
                 gpointer user_data)
{
  GArray *areas = user_data;
  double area[4] = { x, y, width, height };

  g_array_append_vals (areas, area, 4);
}

/* Whether one of the logged areas holds the rectangle of @state. */
static gboolean
covered (GArray      *areas,
         const State *state)
{
  for (guint i = 0; i + 3 < areas->len; i += 4)
    {
      double *a = &g_array_index (areas, double, i);

      if (a[0] <= state->x && a[1] <= state->y &&
          a[0] + a[2] >= state->x + state->width && a[1] + a[3] >= state->y + state->height)
        return TRUE;
    }

  return FALSE;
}

/* Everything that looks different or moved between @before and @after is
 * in the log, where it was and where it is. */
static void
assert_changes_logged (KinBoardIndex *index,
                       guint64        since,
                       GArray        *before,
                       GArray        *after,
                       gpointer       restacked,
                       const char    *what)
{
  g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *pairs[2][2] = { { before, after }, { after, before } };

  g_assert_true (kin_board_index_foreach_change (index, since, collect_area_cb, areas));

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    for (guint i = 0; i < pairs[p][0]->len; i++)
      {
        State *one = &g_array_index (pairs[p][0], State, i);
        State *other = find_state (pairs[p][1], one->object);
        /* The position in the list is left out: a note that only shifted
         * along the list because another came or went is still above and
         * below the same notes. One taken to the top is not. */
        const char *look = strchr (one->look, ' ');
        const char *other_look = other != NULL ? strchr (other->look, ' ') : NULL;

        if (other != NULL && one->object != restacked && one->x == other->x && one->y == other->y &&
            one->width == other->width && one->height == other->height && strcmp (look, other_look) == 0)
          continue;

        if (!covered (areas, one))
          g_error ("After %s, the change of %s at %g, %g (%s) is not in the log",
                   what, G_OBJECT_TYPE_NAME (one->object), one->x, one->y, one->look);
      }
}

static void
assert_rect_matches (KinBoard      *board,
                     KinBoardIndex *index,
                     double         x,
                     double         y,
                     double         width,
                     double         height)
{
  g_autoptr(GPtrArray) notes = kin_board_index_notes_in_rect (index, x, y, width, height);
  g_autoptr(GPtrArray) clusters = kin_board_index_clusters_in_rect (index, x, y, width, height);
  GListModel *all_notes = kin_board_get_notes (board);
  GListModel *all_clusters = kin_board_get_clusters (board);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all_notes); i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (all_notes, i);
      double left = kin_note_get_x (note), top = kin_note_get_y (note);

      if (left < x + width && left + KIN_NOTE_WIDTH > x && top < y + height && top + KIN_NOTE_HEIGHT > y)
        {
          g_assert_cmpuint (found, <, notes->len);
          g_assert_true (notes->pdata[found] == note);
          found++;
        }
    }
  g_assert_cmpuint (found, ==, notes->len);

  found = 0;
  for (guint i = 0; i < g_list_model_get_n_items (all_clusters); i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (all_clusters, i);
      double left = kin_cluster_get_x (cluster), top = kin_cluster_get_y (cluster);

      if (left < x + width && left + kin_cluster_get_width (cluster) > x &&
          top < y + height && top + kin_cluster_get_height (cluster) > y)
        {
          g_assert_cmpuint (found, <, clusters->len);
          g_assert_true (clusters->pdata[found] == cluster);
          found++;
        }
    }
  g_assert_cmpuint (found, ==, clusters->len);
}

static void
assert_index_matches (KinBoard      *board,
                      KinBoardIndex *index,
                      GRand         *rand)
{
  GListModel *notes = kin_board_get_notes (board);
  GListModel *clusters = kin_board_get_clusters (board);
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0, x, y, width, height;
  gboolean any = FALSE;

  /* Small rectangles, points, lines and most of the board. */
  for (guint i = 0; i < 6; i++)
    {
      double size = i < 2 ? 0 : (i < 4 ? 300 : 6000);

      assert_rect_matches (board, index, g_rand_double_range (rand, -3000, 5000),
                           g_rand_double_range (rand, -3000, 5000), size * g_rand_double (rand),
                           i == 1 ? 0 : size * g_rand_double (rand));
    }
  assert_rect_matches (board, index, -1e7, -1e7, 2e7, 2e7);

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);
      gint64 votes = 0;

      for (guint j = 0; j < g_list_model_get_n_items (notes); j++)
        {
          g_autoptr(KinNote) note = g_list_model_get_item (notes, j);

          if (g_strcmp0 (kin_note_get_cluster (note), kin_object_get_id (KIN_OBJECT (cluster))) == 0)
            votes += kin_note_get_votes (note);
        }
      g_assert_cmpint (kin_board_index_get_cluster_votes (index, cluster), ==, votes);

      if (!any)
        {
          x0 = kin_cluster_get_x (cluster);
          y0 = kin_cluster_get_y (cluster);
          x1 = x0 + kin_cluster_get_width (cluster);
          y1 = y0 + kin_cluster_get_height (cluster);
          any = TRUE;
        }
      x0 = MIN (x0, kin_cluster_get_x (cluster));
      y0 = MIN (y0, kin_cluster_get_y (cluster));
      x1 = MAX (x1, kin_cluster_get_x (cluster) + kin_cluster_get_width (cluster));
      y1 = MAX (y1, kin_cluster_get_y (cluster) + kin_cluster_get_height (cluster));
    }

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (!any)
        {
          x0 = kin_note_get_x (note);
          y0 = kin_note_get_y (note);
          x1 = x0 + KIN_NOTE_WIDTH;
          y1 = y0 + KIN_NOTE_HEIGHT;
          any = TRUE;
        }
      x0 = MIN (x0, kin_note_get_x (note));
      y0 = MIN (y0, kin_note_get_y (note));
      x1 = MAX (x1, kin_note_get_x (note) + KIN_NOTE_WIDTH);
      y1 = MAX (y1, kin_note_get_y (note) + KIN_NOTE_HEIGHT);
    }

  g_assert_cmpint (kin_board_index_get_extents (index, &x, &y, &width, &height), ==, any);
  g_assert_cmpfloat (x, ==, x0);
  g_assert_cmpfloat (y, ==, y0);
  g_assert_cmpfloat (width, ==, x1 - x0);
  g_assert_cmpfloat (height, ==, y1 - y0);
}

static KinNote *
random_note (Fixture *f,
             GRand   *rand)
{
  guint n = n_notes (f);

  return n > 0 ? note_at_index (f, g_rand_int_range (rand, 0, n)) : NULL;
}

static KinCluster *
random_cluster (Fixture *f,
                GRand   *rand)
{
  GListModel *clusters = kin_board_get_clusters (f->board);
  guint n = g_list_model_get_n_items (clusters);
  g_autoptr(KinCluster) cluster = NULL;

  if (n == 0)
    return NULL;
  cluster = g_list_model_get_item (clusters, g_rand_int_range (rand, 0, n));
  return cluster;
}

static KinNote *
new_note (GRand *rand)
{
  KinNote *note = kin_note_new ();
  g_autofree char *text = g_strdup_printf ("Note %u", g_rand_int (rand));

  kin_note_set_x (note, g_rand_double_range (rand, -2000, 4000));
  kin_note_set_y (note, g_rand_double_range (rand, -2000, 4000));
  kin_note_set_text (note, text);
  kin_note_set_votes (note, g_rand_int_range (rand, 0, 4));

  return note;
}

/* One change of one of many kinds, chosen by @rand; returns what it was. */
static const char *
random_change (Fixture   *f,
               GRand     *rand,
               gpointer  *restacked)
{
  GListStore *notes = G_LIST_STORE (kin_board_get_notes (f->board));
  GListStore *clusters = G_LIST_STORE (kin_board_get_clusters (f->board));
  KinNote *note = random_note (f, rand);
  KinCluster *cluster = random_cluster (f, rand);
  guint n = n_notes (f);

  switch (g_rand_int_range (rand, 0, 16))
    {
    case 0:
      if (note == NULL)
        break;
      kin_note_set_x (note, kin_note_get_x (note) + g_rand_double_range (rand, -400, 400));
      kin_note_set_y (note, kin_note_get_y (note) + g_rand_double_range (rand, -400, 400));
      return "a note moved";

    case 1:
      if (note == NULL)
        break;
      kin_note_set_votes (note, g_rand_int_range (rand, 0, 6));
      return "a vote";

    case 2:
      if (note == NULL)
        break;
      kin_note_set_cluster (note, cluster != NULL && g_rand_boolean (rand)
                                  ? kin_object_get_id (KIN_OBJECT (cluster)) : NULL);
      return "a note given a theme";

    case 3:
      if (note == NULL)
        break;
      kin_note_set_text (note, g_rand_boolean (rand) ? "Plain words" : "Named contact");
      kin_note_set_hidden (note, g_rand_boolean (rand));
      return "a note rewritten";

    case 4:
      {
        g_autoptr(KinNote) added = new_note (rand);

        g_list_store_insert (notes, g_rand_int_range (rand, 0, n + 1), added);
        return "a note added";
      }

    case 5:
      if (n == 0)
        break;
      g_list_store_remove (notes, g_rand_int_range (rand, 0, n));
      return "a note removed";

    case 6:
      if (n < 2)
        break;
      {
        /* To the top, as one splice. */
        g_autoptr(KinNote) moved = g_object_ref (note);
        guint position = 0;

        g_assert_true (g_list_store_find (notes, moved, &position));
        g_list_store_remove (notes, position);
        g_list_store_append (notes, moved);
        *restacked = moved;
        return "a note brought to the top";
      }

    case 7:
      {
        /* Several replaced at once. */
        guint position = n > 0 ? g_rand_int_range (rand, 0, n) : 0;
        guint removed = MIN (n - position, (guint) g_rand_int_range (rand, 0, 4));
        g_autoptr(KinNote) a = new_note (rand);
        g_autoptr(KinNote) b = new_note (rand);
        gpointer added[] = { a, b };

        g_list_store_splice (notes, position, removed, added, G_N_ELEMENTS (added));
        return "notes spliced";
      }

    case 8:
      if (cluster == NULL)
        break;
      kin_cluster_set_x (cluster, kin_cluster_get_x (cluster) + g_rand_double_range (rand, -500, 500));
      kin_cluster_set_height (cluster, g_rand_double_range (rand, 0, 900));
      return "a theme moved and resized";

    case 9:
      if (cluster == NULL)
        break;
      kin_cluster_set_title (cluster, g_rand_boolean (rand) ? "Easy" : "Kind");
      kin_cluster_set_color (cluster, g_rand_boolean (rand) ? "#336699" : NULL);
      return "a theme renamed";

    case 10:
      {
        g_autoptr(KinCluster) added = kin_cluster_new ();
        /* Now and then a theme over very many cells. */
        double size = g_rand_int_range (rand, 0, 8) == 0 ? 40000 : 600;

        kin_cluster_set_x (added, g_rand_double_range (rand, -2000, 4000));
        kin_cluster_set_y (added, g_rand_double_range (rand, -2000, 4000));
        kin_cluster_set_width (added, size);
        kin_cluster_set_height (added, size / 2);
        g_list_store_insert (clusters, g_rand_int_range (rand, 0, g_list_model_get_n_items (G_LIST_MODEL (clusters)) + 1),
                             added);
        return "a theme added";
      }

    case 11:
      if (cluster == NULL)
        break;
      {
        guint position = 0;

        g_assert_true (g_list_store_find (clusters, cluster, &position));
        g_list_store_remove (clusters, position);
        return "a theme removed";
      }

    case 12:
      if (cluster == NULL)
        break;
      {
        g_autofree char *id = g_strdup_printf ("theme-%u", g_rand_int_range (rand, 0, 6));

        kin_object_set_id (KIN_OBJECT (cluster), id);
        return "a theme given another id";
      }

    case 13:
      if (note == NULL)
        break;
      {
        g_autoptr(GPtrArray) moving = g_ptr_array_new ();

        g_ptr_array_add (moving, note);
        kin_board_move_notes (f->project, f->board, moving, g_rand_double_range (rand, -300, 300), 40);
        return "a note moved as a step";
      }

    case 14:
      if (kin_project_undo (f->project))
        return "an undo";
      break;

    case 15:
      if (kin_project_redo (f->project))
        return "a redo";
      break;

    default:
      g_assert_not_reached ();
    }

  return NULL;
}

static void
test_random_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  KinBoardIndex *index;

  for (guint i = 0; i < 12; i++)
    {
      KinCluster *cluster = put_cluster (f, (i % 4) * 900.0, (i / 4) * 700.0, 800, 600, "Theme");
      g_autofree char *id = g_strdup_printf ("theme-%u", i % 6);

      kin_object_set_id (KIN_OBJECT (cluster), id);
    }
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(KinNote) note = new_note (rand);

      if (i % 3 == 0)
        kin_note_set_cluster (note, "theme-2");
      g_list_store_append (G_LIST_STORE (kin_board_get_notes (f->board)), note);
    }

  index = kin_board_index_get (f->board);
  g_assert_true (kin_board_index_get (f->board) == index);
  assert_index_matches (f->board, index, rand);

  for (guint step = 0; step < 1500; step++)
    {
      g_autoptr(GArray) before = board_state (f->board);
      g_autoptr(GArray) after = NULL;
      guint64 since = kin_board_index_get_serial (index);
      gpointer restacked = NULL;
      const char *what = random_change (f, rand, &restacked);

      if (what == NULL)
        continue;

      after = board_state (f->board);
      assert_changes_logged (index, since, before, after, restacked, what);
      if (step % 5 == 0)
        assert_index_matches (f->board, index, rand);
    }

  assert_index_matches (f->board, index, rand);
}

static void
changed_cb (KinBoardIndex *index,
            guint         *n)
{
  (*n)++;
}

static void
count_cb (double   x,
          double   y,
          double   width,
          double   height,
          gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_changes (Fixture       *f,
              gconstpointer  data)
{
  KinNote *note = put_note (f, 0, 0, "Before the index");
  g_autoptr(KinNote) removed = NULL;
  KinBoardIndex *index = kin_board_index_get (f->board);
  guint64 start = kin_board_index_get_serial (index);
  guint emitted = 0, areas = 0;

  /* What was on the board before anyone asked is not a change. */
  g_assert_cmpuint (start, ==, 0);
  g_signal_connect (index, "changed", G_CALLBACK (changed_cb), &emitted);

  /* A burst of changes is told once, until someone reads the log. */
  kin_note_set_x (note, 10);
  kin_note_set_x (note, 20);
  kin_note_set_votes (note, 2);
  g_assert_cmpuint (emitted, ==, 1);
  g_assert_true (kin_board_index_foreach_change (index, start, count_cb, &areas));
  /* Where it was and went for each move, the second move starting where
   * the first ended; the vote is at the place last reported. */
  g_assert_cmpuint (areas, ==, 3);
  kin_note_set_text (note, "Again");
  g_assert_cmpuint (emitted, ==, 2);

  /* A note taken off the board is no longer followed. */
  removed = g_object_ref (note);
  start = kin_board_index_get_serial (index);
  g_list_store_remove (G_LIST_STORE (kin_board_get_notes (f->board)), 0);
  g_assert_cmpuint (kin_board_index_get_serial (index), ==, start + 1);
  kin_note_set_x (removed, 500);
  g_assert_cmpuint (kin_board_index_get_serial (index), ==, start + 1);

  /* A view that fell too far behind is told to draw everything. */
  note = put_note (f, 0, 0, "Moving a lot");
  start = kin_board_index_get_serial (index);
  for (guint i = 0; i < 10000; i++)
    kin_note_set_x (note, i % 2 == 0 ? 1000 + i : -1000 - i);
  g_assert_false (kin_board_index_foreach_change (index, start, count_cb, &areas));
  areas = 0;
  g_assert_true (kin_board_index_foreach_change (index, kin_board_index_get_serial (index) - 5, count_cb, &areas));
  g_assert_cmpuint (areas, ==, 5);
  g_assert_false (kin_board_index_foreach_change (index, kin_board_index_get_serial (index) + 1, count_cb, &areas));
}

/* The index goes with its board; notes that outlive both can still be
 * changed. */
static void
test_lifetime (void)
{
  KinBoard *board = kin_board_new ();
  g_autoptr(KinNote) note = kin_note_new ();
  g_autoptr(KinCluster) cluster = kin_cluster_new ();
  KinBoardIndex *index;

  g_list_store_append (G_LIST_STORE (kin_board_get_notes (board)), note);
  g_list_store_append (G_LIST_STORE (kin_board_get_clusters (board)), cluster);
  index = kin_board_index_get (board);
  g_object_add_weak_pointer (G_OBJECT (index), (gpointer *) &index);

  g_assert_finalize_object (board);
  g_assert_null (index);
  kin_note_set_x (note, 42);
  kin_cluster_set_width (cluster, 42);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/board-index/random-changes", Fixture, NULL, fixture_set_up, test_random_changes, fixture_tear_down);
  g_test_add ("/board-index/changes", Fixture, NULL, fixture_set_up, test_changes, fixture_tear_down);
  g_test_add_func ("/board-index/lifetime", test_lifetime);

  return g_test_run ();
}
