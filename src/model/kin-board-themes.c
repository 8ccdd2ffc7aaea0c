/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kin-board-edit-private.h"

/*
 * The themes of a vision board: named areas that notes are grouped into.
 * Each function that changes the project is one undo step.
 */

/**
 * kin_board_add_cluster:
 * @project: the project that holds @board
 * @board: a board
 * @x: the left edge, in board units
 * @y: the top edge
 * @width: the width, at least 0
 * @height: the height, at least 0
 * @title: (nullable): the theme's name
 *
 * Adds a theme on top of the others, as the undo step "Add Theme". Notes
 * whose centre lies inside it join it, as if they had been dropped there.
 *
 * Returns: (transfer none): the new theme, owned by @board
 */
KinCluster *
kin_board_add_cluster (KinProject *project,
                       KinBoard   *board,
                       double      x,
                       double      y,
                       double      width,
                       double      height,
                       const char *title)
{
  g_autoptr(KinCluster) cluster = NULL;
  GListModel *notes;
  guint n;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);
  g_return_val_if_fail (isfinite (x) && isfinite (y), NULL);
  g_return_val_if_fail (isfinite (width) && isfinite (height), NULL);

  cluster = kin_cluster_new ();
  kin_cluster_set_title (cluster, title);
  kin_cluster_set_x (cluster, x);
  kin_cluster_set_y (cluster, y);
  kin_cluster_set_width (cluster, MAX (width, 0));
  kin_cluster_set_height (cluster, MAX (height, 0));

  kin_project_begin_action (project, _("Add Theme"));
  kin_project_append (project, kin_board_get_clusters (board), cluster);

  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_cluster_contains (cluster, kin_note_center_x (note), kin_note_center_y (note)))
        kin_project_set (project, note, "cluster", kin_object_get_id (KIN_OBJECT (cluster)), NULL);
    }
  kin_project_end_action (project);

  return cluster;
}

/**
 * kin_board_delete_cluster:
 * @project: the project that holds @board
 * @board: the board the theme is on
 * @cluster: the theme to remove
 *
 * Removes the theme as the undo step "Delete Theme". Its notes stay where
 * they are, with no theme.
 */
void
kin_board_delete_cluster (KinProject *project,
                          KinBoard   *board,
                          KinCluster *cluster)
{
  GListModel *clusters;
  GListModel *notes;
  guint position;
  guint n;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));
  g_return_if_fail (KIN_IS_CLUSTER (cluster));

  clusters = kin_board_get_clusters (board);
  if (!g_list_store_find (G_LIST_STORE (clusters), cluster, &position))
    return;

  kin_project_begin_action (project, _("Delete Theme"));

  /* The notes let go first, so that undo puts the theme back before it
   * gives the notes back to it. */
  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_note_is_in_cluster (note, cluster))
        kin_project_set (project, note, "cluster", NULL, NULL);
    }

  kin_project_remove (project, clusters, position);
  kin_project_end_action (project);
}

/**
 * kin_board_tidy_cluster:
 * @project: the project that holds @board
 * @board: the board the theme is on
 * @cluster: the theme to tidy
 *
 * Lays the theme's notes out in rows below its title, in list order, with
 * %KIN_BOARD_GAP between them and around them, as the undo step "Tidy
 * Theme". As many notes go in a row as fit the theme's width (at least
 * one), and the theme grows to fit them if it is too small; it never
 * shrinks.
 */
void
kin_board_tidy_cluster (KinProject *project,
                        KinBoard   *board,
                        KinCluster *cluster)
{
  GListModel *notes;
  g_autoptr(GPtrArray) members = NULL;
  double left, top, width, height;
  guint columns;
  guint rows;
  guint n;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));
  g_return_if_fail (KIN_IS_CLUSTER (cluster));

  members = g_ptr_array_new_with_free_func (g_object_unref);
  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      KinNote *note = g_list_model_get_item (notes, i);

      if (kin_note_is_in_cluster (note, cluster))
        g_ptr_array_add (members, note);
      else
        g_object_unref (note);
    }

  left = kin_cluster_get_x (cluster);
  top = kin_cluster_get_y (cluster);
  width = MAX (kin_cluster_get_width (cluster), KIN_NOTE_WIDTH + 2 * KIN_BOARD_GAP);
  columns = (guint) MAX (1.0, floor ((width - KIN_BOARD_GAP) / (KIN_NOTE_WIDTH + KIN_BOARD_GAP)));
  rows = (members->len + columns - 1) / columns;
  height = MAX (kin_cluster_get_height (cluster),
                KIN_CLUSTER_TITLE_HEIGHT + rows * (KIN_NOTE_HEIGHT + KIN_BOARD_GAP));

  kin_project_begin_action (project, _("Tidy Theme"));
  kin_project_set (project, cluster, "width", width, "height", height, NULL);
  for (guint i = 0; i < members->len; i++)
    {
      guint column = i % columns;
      guint row = i / columns;

      kin_project_set (project, members->pdata[i],
                       "x", left + KIN_BOARD_GAP + column * (KIN_NOTE_WIDTH + KIN_BOARD_GAP),
                       "y", top + KIN_CLUSTER_TITLE_HEIGHT + row * (KIN_NOTE_HEIGHT + KIN_BOARD_GAP),
                       NULL);
    }
  kin_project_end_action (project);
}

/**
 * kin_board_assign_notes_in_rect:
 * @project: the project that holds @board
 * @board: a board
 * @x: the left edge of the area, in board units
 * @y: the top edge
 * @width: the width
 * @height: the height
 *
 * Gives every note whose centre lies in the area the topmost theme under
 * its centre, or none, as one undo step labelled by the first change. A
 * theme that moved or changed size calls this for the area it left and
 * the one it now covers, so that its notes are the ones it shows.
 */
void
kin_board_assign_notes_in_rect (KinProject *project,
                                KinBoard   *board,
                                double      x,
                                double      y,
                                double      width,
                                double      height)
{
  g_autoptr(GPtrArray) notes = NULL;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));

  notes = kin_board_notes_in_rect (board, x, y, width, height);

  kin_project_begin_action (project, NULL);
  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = g_ptr_array_index (notes, i);
      double cx = kin_note_center_x (note);
      double cy = kin_note_center_y (note);
      KinCluster *cluster;
      const char *id;

      if (cx < x || cy < y || cx > x + width || cy > y + height)
        continue;

      cluster = kin_board_cluster_at (board, cx, cy);
      id = cluster != NULL ? kin_object_get_id (KIN_OBJECT (cluster)) : NULL;
      if (g_strcmp0 (id, kin_note_get_cluster (note)) != 0)
        kin_project_set (project, note, "cluster", id, NULL);
    }
  kin_project_end_action (project);
}

/**
 * kin_board_move_cluster:
 * @project: the project that holds @board
 * @board: the board the theme is on
 * @cluster: the theme to move
 * @dx: how far to move it right, in board units
 * @dy: how far to move it down
 *
 * Moves the theme and its notes together, as the undo step "Move Theme".
 * The notes stay in the theme, and other notes its new place covers join
 * it, as if they had been dropped there, whether the theme is dragged or
 * moved from the keyboard.
 */
void
kin_board_move_cluster (KinProject *project,
                        KinBoard   *board,
                        KinCluster *cluster,
                        double      dx,
                        double      dy)
{
  GListModel *notes;
  guint n;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));
  g_return_if_fail (KIN_IS_CLUSTER (cluster));
  g_return_if_fail (isfinite (dx) && isfinite (dy));

  kin_project_begin_action (project, _("Move Theme"));
  kin_project_set (project, cluster,
                   "x", kin_cluster_get_x (cluster) + dx,
                   "y", kin_cluster_get_y (cluster) + dy,
                   NULL);

  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_note_is_in_cluster (note, cluster))
        kin_project_set (project, note,
                         "x", kin_note_get_x (note) + dx,
                         "y", kin_note_get_y (note) + dy,
                         NULL);
    }
  kin_board_assign_notes_in_rect (project, board,
                                  kin_cluster_get_x (cluster), kin_cluster_get_y (cluster),
                                  kin_cluster_get_width (cluster), kin_cluster_get_height (cluster));
  kin_project_end_action (project);
}

/**
 * kin_board_count_cluster_notes:
 * @board: a board
 * @cluster: one of its themes
 *
 * Returns: how many notes belong to the theme
 */
guint
kin_board_count_cluster_notes (KinBoard   *board,
                               KinCluster *cluster)
{
  GListModel *notes;
  guint count = 0;
  guint n;

  g_return_val_if_fail (KIN_IS_BOARD (board), 0);
  g_return_val_if_fail (KIN_IS_CLUSTER (cluster), 0);

  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_note_is_in_cluster (note, cluster))
        count++;
    }

  return count;
}
