/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>

#include "kin-board-edit.h"
#include "kin-model.h"
#include "kin-project-writer.h"
#include "kin-test-board.h"

/*
 * The operations a facilitator performs on a vision board: each is checked
 * for what it does, that it is one undo step with the right label, and that
 * undo and redo take the board back and forth exactly. Then hit testing,
 * voting rules, silent writing and filters. The clipboard format and the
 * file fields are in test-board-io.c.
 */

/* Checks that the step just made has @label, and that one undo takes the
 * whole project back to @before, byte for byte as it would be saved, and
 * one redo forward again. */
static void
assert_step (Fixture    *f,
             const char *label,
             GBytes     *before)
{
  g_autoptr(GBytes) after = kin_project_write_bytes (f->project);
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;

  g_assert_false (g_bytes_equal (before, after));
  g_assert_cmpstr (kin_project_get_undo_label (f->project), ==, label);
  g_assert_true (kin_project_undo (f->project));
  undone = kin_project_write_bytes (f->project);
  g_assert_true (g_bytes_equal (undone, before));
  g_assert_true (kin_project_redo (f->project));
  redone = kin_project_write_bytes (f->project);
  g_assert_true (g_bytes_equal (redone, after));
}

/* Runs @code, an edit, and checks it is one undo step with @label. */
#define STEP(f, label, code) \
  G_STMT_START { \
    g_autoptr(GBytes) before_ = kin_project_write_bytes ((f)->project); \
    code; \
    assert_step ((f), (label), before_); \
  } G_STMT_END

/* Notes */

static void
test_add_note (Fixture       *f,
               gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 0, 0, 400, 300, "Easy");
  KinNote *note;
  KinNote *outside;

  g_assert_false (kin_project_can_undo (f->project));

  STEP (f, "Add Note", note = kin_board_add_note (f->project, f->board, 20, 60, "One call sorts it"));
  g_assert_nonnull (note);
  g_assert_cmpuint (n_notes (f), ==, 1);
  g_assert_true (note_at_index (f, 0) == note);
  g_assert_cmpstr (kin_note_get_text (note), ==, "One call sorts it");
  g_assert_cmpfloat (kin_note_get_x (note), ==, 20);
  g_assert_cmpfloat (kin_note_get_y (note), ==, 60);
  g_assert_false (kin_note_get_hidden (note));
  g_assert_cmpstr (kin_note_get_cluster (note), ==, id_of (cluster));

  /* The centre decides: this note starts inside the theme, but its centre
   * (400, 305) is past the theme's right and bottom edges. */
  outside = kin_board_add_note (f->project, f->board, 320, 250, "Half in");
  g_assert_null (kin_note_get_cluster (outside));

  g_assert_true (kin_project_undo (f->project));
  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpuint (n_notes (f), ==, 0);
  g_assert_false (kin_project_can_undo (f->project));
  g_assert_true (kin_project_redo (f->project));
  g_assert_cmpuint (n_notes (f), ==, 1);
  g_assert_true (note_at_index (f, 0) == note);
  g_assert_cmpstr (kin_note_get_text (note), ==, "One call sorts it");
}

static void
test_delete_notes (Fixture       *f,
                   gconstpointer  data)
{
  KinNote *a = put_note (f, 0, 0, "a");
  KinNote *b = put_note (f, 200, 0, "b");
  KinNote *c = put_note (f, 400, 0, "c");
  g_autoptr(KinNote) stranger = kin_note_new ();
  g_autoptr(GPtrArray) two = array_of (c, a, c, stranger, NULL);
  g_autoptr(GPtrArray) one = array_of (b, NULL);
  g_autoptr(GPtrArray) none = array_of (stranger, NULL);

  /* A note given twice and one from elsewhere are skipped. */
  STEP (f, "Delete 2 Notes", g_assert_cmpuint (kin_board_delete_notes (f->project, f->board, two), ==, 2));
  g_assert_cmpuint (n_notes (f), ==, 1);
  g_assert_true (note_at_index (f, 0) == b);

  g_assert_true (kin_project_undo (f->project));
  g_assert_false (kin_project_can_undo (f->project));
  g_assert_cmpuint (n_notes (f), ==, 3);
  g_assert_true (note_at_index (f, 0) == a);
  g_assert_true (note_at_index (f, 1) == b);
  g_assert_true (note_at_index (f, 2) == c);

  g_assert_true (kin_project_redo (f->project));
  g_assert_cmpuint (n_notes (f), ==, 1);

  STEP (f, "Delete Note", g_assert_cmpuint (kin_board_delete_notes (f->project, f->board, one), ==, 1));
  g_assert_cmpuint (n_notes (f), ==, 0);

  /* Nothing to delete records nothing. */
  g_assert_cmpuint (kin_board_delete_notes (f->project, f->board, none), ==, 0);
  g_assert_cmpstr (kin_project_get_undo_label (f->project), ==, "Delete Note");
}

static void
test_move_notes (Fixture       *f,
                 gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 1000, 0, 400, 300, "Promises");
  KinNote *a = put_note (f, 0, 0, "a");
  KinNote *b = put_note (f, 200, 0, "b");
  KinNote *c = put_note (f, 0, 500, "c");
  g_autoptr(GPtrArray) both = array_of (a, b, NULL);
  g_autoptr(GPtrArray) just_c = array_of (c, NULL);

  STEP (f, "Move 2 Notes", kin_board_move_notes (f->project, f->board, both, 1020, 60));
  g_assert_cmpfloat (kin_note_get_x (a), ==, 1020);
  g_assert_cmpfloat (kin_note_get_y (a), ==, 60);
  g_assert_cmpfloat (kin_note_get_x (b), ==, 1220);
  g_assert_cmpstr (kin_note_get_cluster (a), ==, id_of (cluster));
  g_assert_cmpstr (kin_note_get_cluster (b), ==, id_of (cluster));
  g_assert_cmpfloat (kin_note_get_x (c), ==, 0);

  /* Out again: b's centre is now at x = 1300 + 80, past the right edge. */
  kin_board_move_notes (f->project, f->board, both, 100, 0);
  g_assert_cmpstr (kin_note_get_cluster (a), ==, id_of (cluster));
  g_assert_null (kin_note_get_cluster (b));

  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpfloat (kin_note_get_x (b), ==, 1220);
  g_assert_cmpstr (kin_note_get_cluster (b), ==, id_of (cluster));
  g_assert_true (kin_project_undo (f->project));
  g_assert_false (kin_project_can_undo (f->project));
  g_assert_cmpfloat (kin_note_get_x (a), ==, 0);
  g_assert_cmpfloat (kin_note_get_y (a), ==, 0);
  g_assert_null (kin_note_get_cluster (a));
  g_assert_null (kin_note_get_cluster (b));

  STEP (f, "Move Note", kin_board_move_notes (f->project, f->board, just_c, 5, -5));
  g_assert_cmpfloat (kin_note_get_y (c), ==, 495);
}

static void
test_paste_notes (Fixture       *f,
                  gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 0, 0, 400, 300, "Easy");
  KinNote *a = put_note (f, 500, 0, "Sorted first time");
  KinNote *b = put_note (f, 700, 0, "Kept informed");
  g_autoptr(GPtrArray) sources = array_of (a, b, NULL);
  g_autoptr(GPtrArray) pasted = NULL;
  KinNote *copy;

  kin_note_set_color (a, "#d3e9ff");
  kin_note_set_voice (a, KIN_VOICE_TENANT);
  kin_note_set_principle (a, "p-respect");
  kin_note_set_votes (a, 4);
  kin_note_set_principle (b, "p-gone");

  STEP (f, "Paste 2 Notes", pasted = kin_board_paste_notes (f->project, f->board, sources, -480, 40));
  g_assert_cmpuint (pasted->len, ==, 2);
  g_assert_cmpuint (n_notes (f), ==, 4);

  copy = pasted->pdata[0];
  g_assert_true (note_at_index (f, 2) == copy);
  g_assert_cmpstr (id_of (copy), !=, id_of (a));
  g_assert_cmpstr (kin_note_get_text (copy), ==, "Sorted first time");
  g_assert_cmpstr (kin_note_get_color (copy), ==, "#d3e9ff");
  g_assert_cmpint (kin_note_get_voice (copy), ==, KIN_VOICE_TENANT);
  g_assert_cmpstr (kin_note_get_principle (copy), ==, "p-respect");
  g_assert_cmpfloat (kin_note_get_x (copy), ==, 20);
  g_assert_cmpfloat (kin_note_get_y (copy), ==, 40);
  g_assert_cmpint (kin_note_get_votes (copy), ==, 0);
  g_assert_cmpstr (kin_note_get_cluster (copy), ==, id_of (cluster));
  g_assert_false (kin_note_get_hidden (copy));
  /* A principle the project does not have is not carried over. */
  g_assert_null (kin_note_get_principle (pasted->pdata[1]));

  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpuint (n_notes (f), ==, 2);
  g_assert_false (kin_project_can_undo (f->project));

  /* In silent writing the copies lie face down. */
  g_clear_pointer (&pasted, g_ptr_array_unref);
  kin_board_set_silent (f->board, TRUE);
  pasted = kin_board_paste_notes (f->project, f->board, sources, 0, 200);
  g_assert_true (kin_note_get_hidden (pasted->pdata[0]));
  g_assert_true (kin_note_get_hidden (pasted->pdata[1]));
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 0, 0, 400, 300, "Easy");
  KinNote *a = put_note (f, 20, 60, "In the theme");
  g_autoptr(KinBoard) later = kin_board_new ();
  const char * const voters[] = { "Ann", "Dev", NULL };
  g_auto(GVariantBuilder) dots = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{si}"));
  KinBoard *copy;
  g_autoptr(KinCluster) copy_cluster = NULL;
  g_autoptr(KinNote) copy_note = NULL;

  g_list_store_append (G_LIST_STORE (kin_project_get_boards (f->project)), later);
  kin_board_set_question (f->board, "What is different?");
  kin_board_set_votes_per_person (f->board, 5);
  kin_board_set_voters (f->board, voters);
  kin_cluster_set_color (cluster, "#b5e3c3");
  kin_note_set_cluster (a, id_of (cluster));
  g_variant_builder_add (&dots, "{si}", "Ann", 2);
  kin_note_set_dots (a, g_variant_builder_end (&dots));
  kin_note_set_votes (a, 3);

  STEP (f, "Duplicate Board", copy = kin_board_duplicate (f->project, f->board));
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_boards (f->project)), ==, 3);
  {
    g_autoptr(KinBoard) second = g_list_model_get_item (kin_project_get_boards (f->project), 1);

    g_assert_true (second == copy);
  }
  g_assert_cmpstr (id_of (copy), !=, id_of (f->board));
  g_assert_cmpstr (kin_board_get_title (copy), ==, "Vision (copy)");
  g_assert_cmpstr (kin_board_get_question (copy), ==, "What is different?");
  g_assert_cmpint (kin_board_get_votes_per_person (copy), ==, 5);
  g_assert_cmpstrv (kin_board_get_voters (copy), voters);

  copy_cluster = g_list_model_get_item (kin_board_get_clusters (copy), 0);
  copy_note = g_list_model_get_item (kin_board_get_notes (copy), 0);
  g_assert_cmpstr (id_of (copy_cluster), !=, id_of (cluster));
  g_assert_cmpstr (kin_cluster_get_title (copy_cluster), ==, "Easy");
  g_assert_cmpstr (kin_cluster_get_color (copy_cluster), ==, "#b5e3c3");
  g_assert_cmpstr (id_of (copy_note), !=, id_of (a));
  g_assert_cmpstr (kin_note_get_cluster (copy_note), ==, id_of (copy_cluster));
  g_assert_cmpint (kin_note_get_votes (copy_note), ==, 3);
  g_assert_cmpint (kin_note_get_voter_dots (copy_note, "Ann"), ==, 2);

  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_boards (f->project)), ==, 2);
  g_assert_false (kin_project_can_undo (f->project));
}

/* Hit testing and selection */

static void
test_hit_testing (Fixture       *f,
                  gconstpointer  data)
{
  KinNote *bottom = put_note (f, 0, 0, "bottom");
  KinNote *top = put_note (f, 100, 50, "top");
  KinCluster *under = put_cluster (f, 0, 0, 1000, 1000, "Under");
  KinCluster *over = put_cluster (f, 500, 500, 200, 200, "Over");

  g_assert_null (kin_board_note_at (f->board, -1, -1));
  g_assert_true (kin_board_note_at (f->board, 10, 10) == bottom);
  /* Where they overlap, the later note is on top. */
  g_assert_true (kin_board_note_at (f->board, 120, 60) == top);
  g_assert_true (kin_board_note_at (f->board, 99.9, 60) == bottom);

  /* Left and top edges belong to the note, right and bottom ones do not. */
  g_assert_true (kin_board_note_at (f->board, 0, 0) == bottom);
  g_assert_true (kin_board_note_at (f->board, 159.99, 109.99) == top);
  g_assert_true (kin_board_note_at (f->board, 259.99, 159.99) == top);
  g_assert_null (kin_board_note_at (f->board, 260, 100));
  g_assert_null (kin_board_note_at (f->board, 200, 160));
  g_assert_null (kin_board_note_at (f->board, 50, 110));

  g_assert_true (kin_board_cluster_at (f->board, 600, 600) == over);
  g_assert_true (kin_board_cluster_at (f->board, 700, 600) == under);
  g_assert_true (kin_board_cluster_at (f->board, 500, 500) == over);
  g_assert_null (kin_board_cluster_at (f->board, 1000, 10));
  g_assert_null (kin_board_cluster_at (f->board, -0.5, 10));
}

static void
test_rect_selection (Fixture       *f,
                     gconstpointer  data)
{
  KinNote *a = put_note (f, 0, 0, "a");
  KinNote *b = put_note (f, 300, 0, "b");
  KinNote *c = put_note (f, 0, 300, "c");
  g_autoptr(GPtrArray) found = NULL;

  found = kin_board_notes_in_rect (f->board, 150, -10, 200, 50);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (found->pdata[0] == a);
  g_assert_true (found->pdata[1] == b);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Dragged up and to the left: the same rectangle. */
  found = kin_board_notes_in_rect (f->board, 350, 40, -200, -50);
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Touching an edge is not enough. */
  found = kin_board_notes_in_rect (f->board, 160, 0, 140, 500);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = kin_board_notes_in_rect (f->board, -1000, -1000, 5000, 5000);
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_true (found->pdata[2] == c);
}

/* A new note goes where it covers no other, as near as it can be to where
 * it was wanted. */
static void
test_free_place (Fixture       *f,
                 gconstpointer  data)
{
  double step_x = KIN_NOTE_WIDTH + 16, step_y = KIN_NOTE_HEIGHT + 16;
  double x = 400, y = 300;
  g_autoptr(GPtrArray) covered = NULL;

  /* A clear board: the wanted place itself. */
  g_assert_true (kin_board_find_free_place (f->board, &x, &y, 0, 0, 1000, 800));
  g_assert_cmpfloat (x, ==, 400);
  g_assert_cmpfloat (y, ==, 300);

  /* A note there: the nearest step, which is below (a note is wider than
   * it is high), before above. */
  put_note (f, 400, 300, "there");
  g_assert_true (kin_board_find_free_place (f->board, &x, &y, 0, 0, 1000, 800));
  g_assert_cmpfloat (x, ==, 400);
  g_assert_cmpfloat (y, ==, 300 + step_y);

  /* Below and above taken, and a note that only comes near the right:
   * the left, then. */
  put_note (f, 400, 300 + step_y, "below");
  put_note (f, 400, 300 - step_y, "above");
  put_note (f, 400 + step_x - 8, 300, "near the right");
  x = 400, y = 300;
  g_assert_true (kin_board_find_free_place (f->board, &x, &y, 0, 0, 1000, 800));
  g_assert_cmpfloat (x, ==, 400 - step_x);
  g_assert_cmpfloat (y, ==, 300);
  covered = kin_board_notes_in_rect (f->board, x, y, KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT);
  g_assert_cmpuint (covered->len, ==, 0);

  /* Only inside the area: with the left outside it, somewhere else that
   * is clear. */
  x = 400, y = 300;
  g_assert_true (kin_board_find_free_place (f->board, &x, &y, 300, 100, 700, 700));
  g_assert_cmpfloat (x, >=, 300);
  g_assert_cmpfloat (y, >=, 100);
  g_assert_cmpfloat (x + KIN_NOTE_WIDTH, <=, 1000);
  g_assert_cmpfloat (y + KIN_NOTE_HEIGHT, <=, 800);
  g_clear_pointer (&covered, g_ptr_array_unref);
  covered = kin_board_notes_in_rect (f->board, x - 15, y - 15, KIN_NOTE_WIDTH + 30, KIN_NOTE_HEIGHT + 30);
  g_assert_cmpuint (covered->len, ==, 0);

  /* No room at all: nothing found, and the place is left as it was. */
  x = 400, y = 300;
  g_assert_false (kin_board_find_free_place (f->board, &x, &y, 400, 300,
                                             KIN_NOTE_WIDTH + 10, KIN_NOTE_HEIGHT + 10));
  g_assert_false (kin_board_find_free_place (f->board, &x, &y, 0, 0, 100, 100));
  g_assert_cmpfloat (x, ==, 400);
  g_assert_cmpfloat (y, ==, 300);
}

static void
test_extents (Fixture       *f,
              gconstpointer  data)
{
  double x, y, width, height;

  g_assert_false (kin_board_get_extents (f->board, &x, &y, &width, &height));
  g_assert_cmpfloat (width, ==, 0);

  put_note (f, -100, 50, "a");
  put_cluster (f, 0, -20, 500, 100, "Top");
  put_note (f, 600, 400, "b");
  g_assert_true (kin_board_get_extents (f->board, &x, &y, &width, &height));
  g_assert_cmpfloat (x, ==, -100);
  g_assert_cmpfloat (y, ==, -20);
  g_assert_cmpfloat (width, ==, 600 + KIN_NOTE_WIDTH + 100);
  g_assert_cmpfloat (height, ==, 400 + KIN_NOTE_HEIGHT + 20);
}

/* Themes */

static void
test_add_delete_cluster (Fixture       *f,
                         gconstpointer  data)
{
  KinNote *inside = put_note (f, 20, 60, "inside");
  KinNote *outside = put_note (f, 900, 60, "outside");
  KinCluster *cluster;

  STEP (f, "Add Theme", cluster = kin_board_add_cluster (f->project, f->board, 0, 0, 400, 300, "Easy to reach"));
  g_assert_cmpstr (kin_cluster_get_title (cluster), ==, "Easy to reach");
  g_assert_null (kin_cluster_get_color (cluster));
  g_assert_cmpstr (kin_note_get_cluster (inside), ==, id_of (cluster));
  g_assert_null (kin_note_get_cluster (outside));
  g_assert_cmpuint (kin_board_count_cluster_notes (f->board, cluster), ==, 1);

  STEP (f, "Delete Theme", kin_board_delete_cluster (f->project, f->board, cluster));
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_clusters (f->board)), ==, 0);
  g_assert_null (kin_note_get_cluster (inside));
  g_assert_cmpuint (n_notes (f), ==, 2);

  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_clusters (f->board)), ==, 1);
  g_assert_cmpstr (kin_note_get_cluster (inside), ==, id_of (cluster));
  g_assert_true (kin_project_undo (f->project));
  g_assert_false (kin_project_can_undo (f->project));
  g_assert_null (kin_note_get_cluster (inside));
}

static void
test_tidy_cluster (Fixture       *f,
                   gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 40, 40, 380, 240, "Easy");
  KinCluster *other = put_cluster (f, 1000, 0, 400, 400, "Other");
  KinNote *notes[5];
  KinNote *elsewhere = put_note (f, 1010, 70, "elsewhere");

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      notes[i] = put_note (f, 300 - 50 * i, 500 + 7 * i, "member");
      kin_note_set_cluster (notes[i], id_of (cluster));
    }
  kin_note_set_cluster (elsewhere, id_of (other));

  STEP (f, "Tidy Theme", kin_board_tidy_cluster (f->project, f->board, cluster));

  /* Two notes a row fit in 380 units; five notes need three rows, so the
   * theme grows from 240 to 60 + 3 * 130 = 450 units tall. */
  g_assert_cmpfloat (kin_cluster_get_width (cluster), ==, 380);
  g_assert_cmpfloat (kin_cluster_get_height (cluster), ==, 450);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_assert_cmpfloat (kin_note_get_x (notes[i]), ==, 60 + (i % 2) * 180);
      g_assert_cmpfloat (kin_note_get_y (notes[i]), ==, 100 + (i / 2) * 130);
      g_assert_cmpstr (kin_note_get_cluster (notes[i]), ==, id_of (cluster));
    }
  g_assert_cmpfloat (kin_note_get_x (elsewhere), ==, 1010);

  g_assert_true (kin_project_undo (f->project));
  g_assert_false (kin_project_can_undo (f->project));
  g_assert_cmpfloat (kin_cluster_get_height (cluster), ==, 240);
  g_assert_cmpfloat (kin_note_get_x (notes[4]), ==, 100);
  g_assert_cmpfloat (kin_note_get_y (notes[4]), ==, 528);

  /* Too narrow for one note: it widens to fit one column; a big theme
   * keeps its size. */
  kin_cluster_set_width (other, 50);
  kin_board_tidy_cluster (f->project, f->board, other);
  g_assert_cmpfloat (kin_cluster_get_width (other), ==, KIN_NOTE_WIDTH + 2 * KIN_BOARD_GAP);
  g_assert_cmpfloat (kin_cluster_get_height (other), ==, 400);
  g_assert_cmpfloat (kin_note_get_x (elsewhere), ==, 1020);
  g_assert_cmpfloat (kin_note_get_y (elsewhere), ==, 60);
}

static void
test_move_cluster (Fixture       *f,
                   gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 0, 0, 400, 300, "Easy");
  KinNote *member = put_note (f, 20, 60, "member");
  KinNote *loose = put_note (f, 100, 100, "loose");
  KinNote *covered = put_note (f, 560, 100, "covered");

  kin_note_set_cluster (member, id_of (cluster));
  STEP (f, "Move Theme", kin_board_move_cluster (f->project, f->board, cluster, 500, 25));
  g_assert_cmpfloat (kin_cluster_get_x (cluster), ==, 500);
  g_assert_cmpfloat (kin_note_get_x (member), ==, 520);
  g_assert_cmpfloat (kin_note_get_y (member), ==, 85);
  g_assert_cmpfloat (kin_note_get_x (loose), ==, 100);
  /* A note the theme lands on joins it, where it lies. */
  g_assert_cmpstr (kin_note_get_cluster (covered), ==, id_of (cluster));
  g_assert_cmpfloat (kin_note_get_x (covered), ==, 560);
  g_assert_null (kin_note_get_cluster (loose));

  g_assert_true (kin_project_undo (f->project));
  g_assert_false (kin_project_can_undo (f->project));
  g_assert_cmpfloat (kin_cluster_get_x (cluster), ==, 0);
  g_assert_cmpfloat (kin_note_get_x (member), ==, 20);
  g_assert_null (kin_note_get_cluster (covered));
}

/* Voting */

static void
test_voting_budget (Fixture       *f,
                    gconstpointer  data)
{
  KinNote *a = put_note (f, 0, 0, "a");
  KinNote *b = put_note (f, 200, 0, "b");
  const char * const voters[] = { "Ann", "Dev", NULL };
  g_autoptr(GError) error = NULL;

  kin_board_set_voters (f->board, voters);
  kin_board_set_votes_per_person (f->board, 3);
  g_assert_cmpint (kin_board_get_votes_left (f->board, "Ann"), ==, 3);

  /* Ann's budget is for the whole board, not per note. */
  STEP (f, "Add Vote", g_assert_true (kin_board_add_vote (f->project, f->board, a, "Ann", &error)));
  g_assert_no_error (error);
  g_assert_true (kin_board_add_vote (f->project, f->board, a, "Ann", &error));
  g_assert_true (kin_board_add_vote (f->project, f->board, b, "Ann", &error));
  g_assert_cmpint (kin_board_get_votes_used (f->board, "Ann"), ==, 3);
  g_assert_cmpint (kin_board_get_votes_left (f->board, "Ann"), ==, 0);
  g_assert_cmpint (kin_note_get_voter_dots (a, "Ann"), ==, 2);
  g_assert_cmpint (kin_note_get_votes (a), ==, 2);

  g_assert_false (kin_board_add_vote (f->project, f->board, b, "Ann", &error));
  g_assert_error (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTES_LEFT);
  g_assert_cmpstr (error->message, ==, "Ann has no votes left: each person has 3 votes");
  g_clear_error (&error);
  g_assert_cmpint (kin_note_get_votes (b), ==, 1);

  /* Dev has a budget of their own. */
  g_assert_true (kin_board_add_vote (f->project, f->board, b, "Dev", &error));
  g_assert_cmpint (kin_board_get_votes_left (f->board, "Dev"), ==, 2);

  /* The room has no budget, and its dots count in the total. */
  STEP (f, "Add Vote", g_assert_true (kin_board_add_vote (f->project, f->board, b, KIN_VOTER_ROOM, &error)));
  for (guint i = 1; i < 10; i++)
    g_assert_true (kin_board_add_vote (f->project, f->board, b, KIN_VOTER_ROOM, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kin_board_get_votes_left (f->board, KIN_VOTER_ROOM), ==, G_MAXINT);
  g_assert_cmpint (kin_note_get_votes (b), ==, 12);
  g_assert_cmpint (kin_note_get_voter_dots (b, KIN_VOTER_ROOM), ==, 10);
  g_assert_cmpint (kin_board_get_votes_used (f->board, KIN_VOTER_ROOM), ==, 10);

  /* Raising the budget gives Ann more. */
  kin_board_set_votes_per_person (f->board, 4);
  g_assert_cmpint (kin_board_get_votes_left (f->board, "Ann"), ==, 1);
}

static void
test_voting_remove (Fixture       *f,
                    gconstpointer  data)
{
  KinNote *a = put_note (f, 0, 0, "a");
  g_autoptr(GError) error = NULL;

  kin_board_set_votes_per_person (f->board, 3);

  g_assert_false (kin_board_remove_vote (f->project, f->board, a, "Ann", &error));
  g_assert_error (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTE);
  g_clear_error (&error);
  g_assert_false (kin_board_remove_vote (f->project, f->board, a, KIN_VOTER_ROOM, &error));
  g_assert_error (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTE);
  g_clear_error (&error);
  g_assert_false (kin_project_can_undo (f->project));

  g_assert_true (kin_board_add_vote (f->project, f->board, a, "Ann", &error));
  g_assert_true (kin_board_add_vote (f->project, f->board, a, "Ann", &error));

  /* Ann's dots are not the room's to take off, nor Dev's. */
  g_assert_false (kin_board_remove_vote (f->project, f->board, a, KIN_VOTER_ROOM, &error));
  g_assert_error (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTE);
  g_clear_error (&error);
  g_assert_false (kin_board_remove_vote (f->project, f->board, a, "Dev", &error));
  g_assert_error (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTE);
  g_assert_cmpstr (error->message, ==, "Dev has no dot on this note to take off");
  g_clear_error (&error);

  STEP (f, "Remove Vote", g_assert_true (kin_board_remove_vote (f->project, f->board, a, "Ann", &error)));
  g_assert_no_error (error);
  g_assert_cmpint (kin_note_get_votes (a), ==, 1);
  g_assert_cmpint (kin_board_get_votes_left (f->board, "Ann"), ==, 2);

  /* Undo puts the dot and the total back together. */
  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpint (kin_note_get_votes (a), ==, 2);
  g_assert_cmpint (kin_note_get_voter_dots (a, "Ann"), ==, 2);
  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpint (kin_note_get_votes (a), ==, 1);
  g_assert_cmpint (kin_note_get_voter_dots (a, "Ann"), ==, 1);
  g_assert_true (kin_project_redo (f->project));
  g_assert_cmpint (kin_note_get_voter_dots (a, "Ann"), ==, 2);

  /* The last dot of a voter leaves no empty entry behind. */
  g_assert_true (kin_board_remove_vote (f->project, f->board, a, "Ann", &error));
  g_assert_true (kin_board_remove_vote (f->project, f->board, a, "Ann", &error));
  g_assert_cmpuint (g_variant_n_children (kin_note_get_dots (a)), ==, 0);
  g_assert_cmpint (kin_note_get_votes (a), ==, 0);
}

static void
test_clear_votes (Fixture       *f,
                  gconstpointer  data)
{
  KinNote *a = put_note (f, 0, 0, "a");
  KinNote *b = put_note (f, 200, 0, "b");

  g_assert_true (kin_board_add_vote (f->project, f->board, a, "Ann", NULL));
  g_assert_true (kin_board_add_vote (f->project, f->board, b, KIN_VOTER_ROOM, NULL));
  g_assert_true (kin_board_add_vote (f->project, f->board, b, KIN_VOTER_ROOM, NULL));

  STEP (f, "Clear Votes", kin_board_clear_votes (f->project, f->board));
  g_assert_cmpint (kin_note_get_votes (a), ==, 0);
  g_assert_cmpint (kin_note_get_votes (b), ==, 0);
  g_assert_cmpint (kin_board_get_votes_used (f->board, "Ann"), ==, 0);

  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpint (kin_note_get_votes (a), ==, 1);
  g_assert_cmpint (kin_note_get_voter_dots (a, "Ann"), ==, 1);
  g_assert_cmpint (kin_note_get_votes (b), ==, 2);
}

static void
test_rank (Fixture       *f,
           gconstpointer  data)
{
  KinCluster *c1 = put_cluster (f, 0, 0, 400, 300, "One");
  KinCluster *c2 = put_cluster (f, 500, 0, 400, 300, "Two");
  KinCluster *c3 = put_cluster (f, 1000, 0, 400, 300, "Three");
  KinNote *a = put_note (f, 0, 0, "a");
  KinNote *b = put_note (f, 0, 0, "b");
  KinNote *c = put_note (f, 0, 0, "c");
  KinNote *d = put_note (f, 0, 0, "d");
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (int));

  kin_note_set_votes (a, 2);
  kin_note_set_votes (b, 5);
  kin_note_set_votes (c, 2);
  kin_note_set_votes (d, 3);
  kin_note_set_cluster (a, id_of (c1));
  kin_note_set_cluster (b, id_of (c2));
  kin_note_set_cluster (c, id_of (c3));
  kin_note_set_cluster (d, id_of (c3));

  notes = kin_board_rank_notes (f->board);
  g_assert_cmpuint (notes->len, ==, 4);
  g_assert_true (notes->pdata[0] == b);
  g_assert_true (notes->pdata[1] == d);
  /* A tie keeps the board's order. */
  g_assert_true (notes->pdata[2] == a);
  g_assert_true (notes->pdata[3] == c);

  /* Three: 2 + 3 = 5 ties with Two's 5, and Two comes first on the board. */
  kin_note_set_votes (b, 5);
  clusters = kin_board_rank_clusters (f->board, totals);
  g_assert_cmpuint (clusters->len, ==, 3);
  g_assert_true (clusters->pdata[0] == c2);
  g_assert_true (clusters->pdata[1] == c3);
  g_assert_true (clusters->pdata[2] == c1);
  g_assert_cmpuint (totals->len, ==, 3);
  g_assert_cmpint (g_array_index (totals, int, 0), ==, 5);
  g_assert_cmpint (g_array_index (totals, int, 1), ==, 5);
  g_assert_cmpint (g_array_index (totals, int, 2), ==, 2);

  g_clear_pointer (&clusters, g_ptr_array_unref);
  kin_note_set_votes (d, 4);
  clusters = kin_board_rank_clusters (f->board, NULL);
  g_assert_true (clusters->pdata[0] == c3);
}

/* Silent writing */

static void
test_silent_reveal (Fixture       *f,
                    gconstpointer  data)
{
  KinNote *before = put_note (f, 0, 0, "written before");
  KinNote *a;
  KinNote *b;

  kin_board_set_silent (f->board, TRUE);
  a = kin_board_add_note (f->project, f->board, 0, 200, "quiet one");
  b = kin_board_add_note (f->project, f->board, 200, 200, "quiet two");
  g_assert_true (kin_note_get_hidden (a));
  g_assert_true (kin_note_get_hidden (b));
  g_assert_false (kin_note_get_hidden (before));
  g_assert_cmpuint (kin_board_count_hidden (f->board), ==, 2);

  STEP (f, "Reveal Notes", kin_board_reveal_all (f->project, f->board));
  g_assert_cmpuint (kin_board_count_hidden (f->board), ==, 0);

  g_assert_true (kin_project_undo (f->project));
  g_assert_cmpuint (kin_board_count_hidden (f->board), ==, 2);
  g_assert_true (kin_project_redo (f->project));
  g_assert_false (kin_note_get_hidden (a));

  /* Nothing face down: nothing to record. */
  kin_board_reveal_all (f->project, f->board);
  g_assert_true (kin_project_undo (f->project));
  g_assert_true (kin_note_get_hidden (a));
}

/* Filters */

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 0, 0, 400, 300, "Easy");
  KinNote *a = put_note (f, 0, 0, "Résidents’ panel reads every letter");
  KinNote *b = put_note (f, 0, 0, "LIVE chat in the evenings");
  KinNote *c = put_note (f, 0, 0, "Letters in plain English");
  KinNoteFilter filter = { NULL, -1, NULL, NULL };

  kin_note_set_principle (a, "p-respect");
  kin_note_set_voice (a, KIN_VOICE_TENANT);
  kin_note_set_cluster (a, id_of (cluster));
  kin_note_set_voice (b, KIN_VOICE_STAFF);

  g_assert_true (kin_note_filter_is_empty (NULL));
  g_assert_true (kin_note_filter_is_empty (&filter));
  g_assert_true (kin_note_matches (a, &filter));
  g_assert_true (kin_note_matches (b, NULL));
  filter.text = "   ";
  g_assert_true (kin_note_filter_is_empty (&filter));
  g_assert_true (kin_note_matches (c, &filter));

  /* Words in any order, ignoring case and accents, parts of words too. */
  filter.text = "resident LETTER";
  g_assert_false (kin_note_filter_is_empty (&filter));
  g_assert_true (kin_note_matches (a, &filter));
  g_assert_false (kin_note_matches (b, &filter));
  g_assert_false (kin_note_matches (c, &filter));
  filter.text = "Live Chat";
  g_assert_true (kin_note_matches (b, &filter));
  filter.text = "lettèrs";
  g_assert_true (kin_note_matches (c, &filter));
  g_assert_false (kin_note_matches (a, &filter));

  /* The text of a note changes what it matches. */
  kin_note_set_text (a, "Letters answered in a week");
  g_assert_true (kin_note_matches (a, &filter));

  /* A face-down note gives nothing away. */
  kin_note_set_hidden (a, TRUE);
  g_assert_false (kin_note_matches (a, &filter));
  filter.text = NULL;
  g_assert_true (kin_note_matches (a, &filter));

  filter.principle = "p-respect";
  g_assert_true (kin_note_matches (a, &filter));
  g_assert_false (kin_note_matches (b, &filter));
  filter.principle = "";
  g_assert_false (kin_note_matches (a, &filter));
  g_assert_true (kin_note_matches (b, &filter));
  filter.principle = NULL;

  filter.voice = KIN_VOICE_TENANT;
  g_assert_true (kin_note_matches (a, &filter));
  g_assert_false (kin_note_matches (b, &filter));
  filter.voice = -1;

  filter.cluster = id_of (cluster);
  g_assert_true (kin_note_matches (a, &filter));
  g_assert_false (kin_note_matches (c, &filter));
  filter.cluster = "";
  g_assert_false (kin_note_matches (a, &filter));
  g_assert_true (kin_note_matches (c, &filter));

  /* Every criterion must hold. */
  filter.cluster = id_of (cluster);
  filter.voice = KIN_VOICE_STAFF;
  g_assert_false (kin_note_matches (a, &filter));
}

static void
test_voice_labels (void)
{
  g_assert_cmpstr (kin_voice_get_label (KIN_VOICE_TENANT), ==, "Tenant");
  g_assert_cmpstr (kin_voice_get_label (KIN_VOICE_BOARD), ==, "Board member");
  g_assert_cmpstr (kin_voice_get_label (KIN_VOICE_OTHER), ==, "Other");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/board-edit/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add-note", test_add_note);
  ADD ("delete-notes", test_delete_notes);
  ADD ("move-notes", test_move_notes);
  ADD ("paste-notes", test_paste_notes);
  ADD ("duplicate", test_duplicate);
  ADD ("hit-testing", test_hit_testing);
  ADD ("rect-selection", test_rect_selection);
  ADD ("extents", test_extents);
  ADD ("free-place", test_free_place);
  ADD ("add-delete-cluster", test_add_delete_cluster);
  ADD ("tidy-cluster", test_tidy_cluster);
  ADD ("move-cluster", test_move_cluster);
  ADD ("voting-budget", test_voting_budget);
  ADD ("voting-remove", test_voting_remove);
  ADD ("clear-votes", test_clear_votes);
  ADD ("rank", test_rank);
  ADD ("silent-reveal", test_silent_reveal);
  ADD ("filters", test_filters);
  g_test_add_func ("/board-edit/voice-labels", test_voice_labels);

#undef ADD

  return g_test_run ();
}
