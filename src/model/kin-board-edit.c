/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kin-board-edit-private.h"
#include "kin-board-index.h"
#include "kin-model.h"

/*
 * What a facilitator does with the notes of a vision board: adding,
 * moving, copying and deleting them, and finding what is under the
 * pointer. Themes are in kin-board-themes.c; voting, silent writing and
 * filters in kin-board-votes.c.
 *
 * A note belongs to the theme its centre lies in: whenever a note is
 * placed (added, moved, pasted), it is given the topmost theme under its
 * centre, or none. Each function that changes the project is one undo step.
 */

static const char *
cluster_id_at (KinBoard *board,
               double    x,
               double    y)
{
  KinCluster *cluster = kin_board_cluster_at (board, x, y);

  return cluster != NULL ? kin_object_get_id (KIN_OBJECT (cluster)) : NULL;
}

/* Copies every editable property but the id, so that copies keep up with
 * fields added to the model later. */
static void
copy_properties (GObject *source,
                 GObject *target)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          strcmp (pspec->name, "id") == 0)
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (source, pspec->name, &value);
      g_object_set_property (target, pspec->name, &value);
    }
}

/* Notes */

/**
 * kin_board_add_note:
 * @project: the project that holds @board
 * @board: a board
 * @x: the left edge, in board units
 * @y: the top edge
 * @text: (nullable): what the note says
 *
 * Adds a note on top of the others, as the undo step "Add Note". It is
 * given the theme its centre lies in, and lies face down when the board is
 * in silent writing.
 *
 * Returns: (transfer none): the new note, owned by @board
 */
KinNote *
kin_board_add_note (KinProject *project,
                    KinBoard   *board,
                    double      x,
                    double      y,
                    const char *text)
{
  g_autoptr(KinNote) note = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);
  g_return_val_if_fail (isfinite (x) && isfinite (y), NULL);

  note = kin_note_new ();
  kin_note_set_text (note, text);
  kin_note_set_x (note, x);
  kin_note_set_y (note, y);
  kin_note_set_hidden (note, kin_board_get_silent (board));
  kin_note_set_cluster (note, cluster_id_at (board, kin_note_center_x (note), kin_note_center_y (note)));

  kin_project_begin_action (project, _("Add Note"));
  kin_project_append (project, kin_board_get_notes (board), note);
  kin_project_end_action (project);

  return note;
}

static int
compare_positions_descending (gconstpointer a,
                              gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? 1 : pa > pb ? -1 : 0;
}

/**
 * kin_board_delete_notes:
 * @project: the project that holds @board
 * @board: a board
 * @notes: (element-type KinNote): the notes to remove
 *
 * Removes the notes of @notes that are on @board, as one undo step
 * ("Delete Note", "Delete 3 Notes"). Notes that are not on the board, and
 * notes given twice, are skipped.
 *
 * Returns: how many notes were removed
 */
guint
kin_board_delete_notes (KinProject *project,
                        KinBoard   *board,
                        GPtrArray  *notes)
{
  GListModel *list;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), 0);
  g_return_val_if_fail (KIN_IS_BOARD (board), 0);
  g_return_val_if_fail (notes != NULL, 0);

  list = kin_board_get_notes (board);
  positions = g_array_new (FALSE, FALSE, sizeof (guint));
  seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      guint position;

      if (!g_hash_table_add (seen, notes->pdata[i]))
        continue;
      if (g_list_store_find (G_LIST_STORE (list), notes->pdata[i], &position))
        g_array_append_val (positions, position);
    }

  if (positions->len == 0)
    return 0;

  /* From the end, so that each position is still right when it is used. */
  g_array_sort (positions, compare_positions_descending);

  if (positions->len == 1)
    label = g_strdup (_("Delete Note"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u Note", "Delete %u Notes",
                                          positions->len),
                             positions->len);

  kin_project_begin_action (project, label);
  for (guint i = 0; i < positions->len; i++)
    kin_project_remove (project, list, g_array_index (positions, guint, i));
  kin_project_end_action (project);

  return positions->len;
}

/**
 * kin_board_move_notes:
 * @project: the project that holds @board
 * @board: the board the notes are on
 * @notes: (element-type KinNote): the notes to move
 * @dx: how far to move them right, in board units
 * @dy: how far to move them down
 *
 * Moves the notes together as one undo step ("Move Note", "Move 3
 * Notes"), and gives each the theme its centre now lies in, or none.
 */
void
kin_board_move_notes (KinProject *project,
                      KinBoard   *board,
                      GPtrArray  *notes,
                      double      dx,
                      double      dy)
{
  g_autofree char *label = NULL;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));
  g_return_if_fail (notes != NULL);
  g_return_if_fail (isfinite (dx) && isfinite (dy));

  if (notes->len == 1)
    label = g_strdup (_("Move Note"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u Note", "Move %u Notes",
                                          notes->len),
                             notes->len);

  kin_project_begin_action (project, label);
  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = notes->pdata[i];
      double x = kin_note_get_x (note) + dx;
      double y = kin_note_get_y (note) + dy;

      kin_project_set (project, note,
                       "x", x,
                       "y", y,
                       "cluster", cluster_id_at (board, x + KIN_NOTE_WIDTH / 2, y + KIN_NOTE_HEIGHT / 2),
                       NULL);
    }
  kin_project_end_action (project);
}

/* A principle id is kept only when it names a principle of @project: a
 * note copied from another project may name one that is not there. */
static const char *
existing_principle (KinProject *project,
                    const char *id)
{
  return kin_project_lookup (project, KIN_TYPE_PRINCIPLE, id) != NULL ? id : NULL;
}

/**
 * kin_board_paste_notes:
 * @project: the project that holds @board
 * @board: the board to paste onto
 * @notes: (element-type KinNote): the notes to copy, from any board or
 *   from kin_board_notes_from_json()
 * @dx: how far right of the originals to put the copies
 * @dy: how far below the originals
 *
 * Adds copies of the notes on top of the others, as one undo step ("Paste
 * Note", "Paste 3 Notes"). The copies get new ids and the theme their
 * centre lies in; they keep text, colour, voice and principle (if the
 * project has it), but not the votes, which belong to the originals. They
 * lie face down if the originals did or if the board is in silent writing.
 *
 * Returns: (transfer container) (element-type KinNote): the new notes,
 *   owned by @board
 */
GPtrArray *
kin_board_paste_notes (KinProject *project,
                       KinBoard   *board,
                       GPtrArray  *notes,
                       double      dx,
                       double      dy)
{
  GPtrArray *added;
  g_autofree char *label = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);
  g_return_val_if_fail (notes != NULL, NULL);
  g_return_val_if_fail (isfinite (dx) && isfinite (dy), NULL);

  added = g_ptr_array_new_full (notes->len, NULL);
  if (notes->len == 0)
    return added;

  if (notes->len == 1)
    label = g_strdup (_("Paste Note"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Paste %u Note", "Paste %u Notes",
                                          notes->len),
                             notes->len);

  kin_project_begin_action (project, label);
  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *source = notes->pdata[i];
      g_autoptr(KinNote) copy = kin_note_new ();

      copy_properties (G_OBJECT (source), G_OBJECT (copy));
      kin_note_set_x (copy, kin_note_get_x (source) + dx);
      kin_note_set_y (copy, kin_note_get_y (source) + dy);
      kin_note_set_votes (copy, 0);
      kin_note_set_dots (copy, NULL);
      kin_note_set_principle (copy, existing_principle (project, kin_note_get_principle (source)));
      kin_note_set_hidden (copy, kin_note_get_hidden (source) || kin_board_get_silent (board));
      kin_note_set_cluster (copy, cluster_id_at (board, kin_note_center_x (copy), kin_note_center_y (copy)));

      kin_project_append (project, kin_board_get_notes (board), copy);
      g_ptr_array_add (added, copy);
    }
  kin_project_end_action (project);

  return added;
}

/**
 * kin_board_duplicate:
 * @project: the project that holds @board
 * @board: the board to copy
 *
 * Adds a copy of the whole board, themes, notes and votes included, right
 * after it, as the undo step "Duplicate Board". Every copied entity gets a
 * new id, and the notes of the copy belong to the copied themes.
 *
 * Returns: (transfer none): the new board, owned by @project
 */
KinBoard *
kin_board_duplicate (KinProject *project,
                     KinBoard   *board)
{
  g_autoptr(KinBoard) copy = NULL;
  g_autoptr(GHashTable) cluster_ids = NULL;
  g_autofree char *title = NULL;
  GListModel *boards;
  GListModel *clusters;
  GListModel *notes;
  guint position;
  guint n;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);

  boards = kin_project_get_boards (project);
  g_return_val_if_fail (g_list_store_find (G_LIST_STORE (boards), board, &position), NULL);

  copy = kin_board_new ();
  copy_properties (G_OBJECT (board), G_OBJECT (copy));
  /* TRANSLATORS: the title of a copy of a vision board; %s is the
   * original's title */
  title = g_strdup_printf (_("%s (copy)"), kin_board_get_title (board));
  kin_board_set_title (copy, title);

  /* Old cluster id -> new cluster id, owned by the new clusters. */
  cluster_ids = g_hash_table_new (g_str_hash, g_str_equal);
  clusters = kin_board_get_clusters (board);
  n = g_list_model_get_n_items (clusters);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);
      g_autoptr(KinCluster) cluster_copy = kin_cluster_new ();

      copy_properties (G_OBJECT (cluster), G_OBJECT (cluster_copy));
      g_hash_table_insert (cluster_ids, (gpointer) kin_object_get_id (KIN_OBJECT (cluster)),
                           (gpointer) kin_object_get_id (KIN_OBJECT (cluster_copy)));
      g_list_store_append (G_LIST_STORE (kin_board_get_clusters (copy)), cluster_copy);
    }

  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);
      g_autoptr(KinNote) note_copy = kin_note_new ();
      const char *cluster = kin_note_get_cluster (note);

      copy_properties (G_OBJECT (note), G_OBJECT (note_copy));
      kin_note_set_cluster (note_copy, cluster != NULL ? g_hash_table_lookup (cluster_ids, cluster) : NULL);
      g_list_store_append (G_LIST_STORE (kin_board_get_notes (copy)), note_copy);
    }

  kin_project_begin_action (project, _("Duplicate Board"));
  kin_project_insert (project, boards, position + 1, copy);
  kin_project_end_action (project);

  return copy;
}

/* Hit testing */

/* A note covers [x, x + width) by [y, y + height): a point on the shared
 * edge of two notes side by side is in the right-hand one only. */
static gboolean
note_contains (KinNote *note,
               double   x,
               double   y)
{
  double left = kin_note_get_x (note);
  double top = kin_note_get_y (note);

  return x >= left && x < left + KIN_NOTE_WIDTH && y >= top && y < top + KIN_NOTE_HEIGHT;
}

/**
 * kin_board_note_at:
 * @board: a board
 * @x: a point, in board units
 * @y: a point, in board units
 *
 * Finds the note drawn on top at a point. A note covers its left and top
 * edges but not its right and bottom ones.
 *
 * Returns: (transfer none) (nullable): the note, or %NULL
 */
KinNote *
kin_board_note_at (KinBoard *board,
                   double    x,
                   double    y)
{
  g_autoptr(GPtrArray) near = NULL;

  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);

  /* The notes around the point hold those under it. */
  near = kin_board_index_notes_in_rect (kin_board_index_get (board), x - 1, y - 1, 2, 2);
  for (guint i = near->len; i-- > 0; )
    {
      if (note_contains (near->pdata[i], x, y))
        return near->pdata[i];
    }

  return NULL;
}

/**
 * kin_board_notes_in_rect:
 * @board: a board
 * @x: a corner of the rectangle, in board units
 * @y: a corner of the rectangle
 * @width: the width; negative when @x is the right edge
 * @height: the height; negative when @y is the bottom edge
 *
 * Finds the notes a rubber-band rectangle touches: those that share some
 * area with it. A note that only touches its edge is not included.
 *
 * Returns: (transfer container) (element-type KinNote): the notes, in
 *   list order (bottom first)
 */
GPtrArray *
kin_board_notes_in_rect (KinBoard *board,
                         double    x,
                         double    y,
                         double    width,
                         double    height)
{
  GPtrArray *found;

  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);

  if (width < 0)
    {
      x += width;
      width = -width;
    }
  if (height < 0)
    {
      y += height;
      height = -height;
    }

  found = kin_board_index_notes_in_rect (kin_board_index_get (board), x, y, width, height);
  return found;
}

/* The space kept clear around a note that is placed for the user. */
#define FREE_PLACE_GAP 16.0
/* How far from the wanted place, in steps, a free place is looked for. */
#define FREE_PLACE_MAX_STEPS 40

typedef struct
{
  double x;
  double y;
  double distance;
} Place;

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *pa = a;
  const Place *pb = b;

  return (pa->distance > pb->distance) - (pa->distance < pb->distance);
}

static gboolean
place_is_free (KinBoard *board,
               double    x,
               double    y)
{
  g_autoptr(GPtrArray) near = kin_board_notes_in_rect (board, x - FREE_PLACE_GAP, y - FREE_PLACE_GAP,
                                                       KIN_NOTE_WIDTH + 2 * FREE_PLACE_GAP,
                                                       KIN_NOTE_HEIGHT + 2 * FREE_PLACE_GAP);

  return near->len == 0;
}

/**
 * kin_board_find_free_place:
 * @board: a board
 * @x: (inout): the top-left corner wanted for a new note; on success, the
 *   place found
 * @y: (inout): its y
 * @area_x: the left of the area the note must lie in, such as the part of
 *   the board in view
 * @area_y: its top
 * @area_width: its width
 * @area_height: its height
 *
 * Looks for where a new note can go without covering another, as a
 * person would put a sticky note on a wall: the wanted place itself when
 * it is clear, otherwise the nearest clear place one or more note-sized
 * steps away from it, with a small gap to every other note. The note
 * must lie wholly inside the area.
 *
 * Returns: whether a place was found; @x and @y are left as they were
 *   when none was
 */
gboolean
kin_board_find_free_place (KinBoard *board,
                           double   *x,
                           double   *y,
                           double    area_x,
                           double    area_y,
                           double    area_width,
                           double    area_height)
{
  double step_x = KIN_NOTE_WIDTH + FREE_PLACE_GAP;
  double step_y = KIN_NOTE_HEIGHT + FREE_PLACE_GAP;
  g_autoptr(GArray) places = NULL;
  int steps_x, steps_y;

  g_return_val_if_fail (KIN_IS_BOARD (board), FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);

  if (area_width < KIN_NOTE_WIDTH || area_height < KIN_NOTE_HEIGHT)
    return FALSE;

  steps_x = MIN ((int) ceil (area_width / step_x), FREE_PLACE_MAX_STEPS);
  steps_y = MIN ((int) ceil (area_height / step_y), FREE_PLACE_MAX_STEPS);
  places = g_array_new (FALSE, FALSE, sizeof (Place));

  /* Below before above and right before left, where they are as near: the
   * sort keeps this order among equals. */
  for (int b = 0; b <= 2 * steps_y; b++)
    for (int a = 0; a <= 2 * steps_x; a++)
      {
        int i = a % 2 == 1 ? (a + 1) / 2 : -(a / 2);
        int j = b % 2 == 1 ? (b + 1) / 2 : -(b / 2);
        Place place = { *x + i * step_x, *y + j * step_y, 0 };

        if (place.x < area_x || place.y < area_y ||
            place.x + KIN_NOTE_WIDTH > area_x + area_width ||
            place.y + KIN_NOTE_HEIGHT > area_y + area_height)
          continue;

        place.distance = hypot (i * step_x, j * step_y);
        g_array_append_val (places, place);
      }

  g_array_sort (places, compare_places);
  for (guint k = 0; k < places->len; k++)
    {
      Place *place = &g_array_index (places, Place, k);

      if (place_is_free (board, place->x, place->y))
        {
          *x = place->x;
          *y = place->y;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * kin_board_cluster_at:
 * @board: a board
 * @x: a point, in board units
 * @y: a point, in board units
 *
 * Finds the theme drawn on top at a point (the last in the list), with
 * the same edge rule as kin_board_note_at().
 *
 * Returns: (transfer none) (nullable): the theme, or %NULL
 */
KinCluster *
kin_board_cluster_at (KinBoard *board,
                      double    x,
                      double    y)
{
  g_autoptr(GPtrArray) near = NULL;

  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);

  near = kin_board_index_clusters_in_rect (kin_board_index_get (board), x - 1, y - 1, 2, 2);
  for (guint i = near->len; i-- > 0; )
    {
      if (kin_cluster_contains (near->pdata[i], x, y))
        return near->pdata[i];
    }

  return NULL;
}

/**
 * kin_board_get_extents:
 * @board: a board
 * @x: (out) (optional): the left edge of what is on the board
 * @y: (out) (optional): the top edge
 * @width: (out) (optional): the width
 * @height: (out) (optional): the height
 *
 * Finds the smallest rectangle holding every note and theme, in board
 * units, for a view that fits the whole board.
 *
 * Returns: %FALSE, with all outputs 0, when the board is empty
 */
gboolean
kin_board_get_extents (KinBoard *board,
                       double   *x,
                       double   *y,
                       double   *width,
                       double   *height)
{
  g_return_val_if_fail (KIN_IS_BOARD (board), FALSE);

  return kin_board_index_get_extents (kin_board_index_get (board), x, y, width, height);
}
