/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include "kin-board-canvas-private.h"

/* The canvas's selection (a set of notes) and its keyboard focus (one note
 * or one theme, or nothing). Actions on a note apply to the whole selection
 * when the note is part of it.
 */

static gboolean
board_has_note (KinBoardCanvas *self,
                KinNote        *note)
{
  GListModel *notes = self->board != NULL ? kin_board_get_notes (self->board) : NULL;

  return notes != NULL && note != NULL && g_list_store_find (G_LIST_STORE (notes), note, NULL);
}

static gboolean
board_has_cluster (KinBoardCanvas *self,
                   KinCluster     *cluster)
{
  return self->board != NULL && cluster != NULL &&
         g_list_store_find (G_LIST_STORE (kin_board_get_clusters (self->board)), cluster, NULL);
}

/* Selection --------------------------------------------------------------- */

void
_kin_board_canvas_selection_changed (KinBoardCanvas *self)
{
  _kin_board_canvas_notify_selection (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.copy",
                                 g_hash_table_size (self->selected) > 0 || self->focused != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.cut",
                                 g_hash_table_size (self->selected) > 0 || self->focused != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "canvas.delete",
                                 g_hash_table_size (self->selected) > 0 || self->focused != NULL ||
                                 self->focused_cluster != NULL);
  _kin_board_canvas_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Replaces the selection with @notes, or adds them to it. */
void
_kin_board_canvas_set_selection (KinBoardCanvas *self,
                                 GPtrArray      *notes,
                                 gboolean        add)
{
  gboolean changed = FALSE;

  if (!add && g_hash_table_size (self->selected) > 0)
    {
      g_hash_table_remove_all (self->selected);
      changed = TRUE;
    }

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      KinNote *note = g_ptr_array_index (notes, i);

      if (!g_hash_table_contains (self->selected, note))
        {
          g_hash_table_add (self->selected, g_object_ref (note));
          changed = TRUE;
        }
    }

  if (changed)
    _kin_board_canvas_selection_changed (self);
}

void
_kin_board_canvas_toggle_selected (KinBoardCanvas *self,
                                   KinNote        *note)
{
  if (!g_hash_table_remove (self->selected, note))
    g_hash_table_add (self->selected, g_object_ref (note));

  _kin_board_canvas_selection_changed (self);
}

/**
 * kin_board_canvas_get_selection:
 *
 * Returns: (transfer container): the selected notes, in the board's order
 */
GPtrArray *
kin_board_canvas_get_selection (KinBoardCanvas *self)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *notes;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), result);

  notes = self->board != NULL ? kin_board_get_notes (self->board) : NULL;
  if (notes == NULL || g_hash_table_size (self->selected) == 0)
    return result;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      KinNote *note = g_list_model_get_item (notes, i);

      if (g_hash_table_contains (self->selected, note))
        g_ptr_array_add (result, note);
      else
        g_object_unref (note);
    }

  return result;
}

/* The notes an action on @note applies to: the whole selection when @note
 * is part of it, otherwise @note alone. */
GPtrArray *
_kin_board_canvas_get_targets (KinBoardCanvas *self,
                               KinNote        *note)
{
  GPtrArray *targets;

  if (note == NULL || g_hash_table_contains (self->selected, note))
    return kin_board_canvas_get_selection (self);

  targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (targets, g_object_ref (note));
  return targets;
}

guint
kin_board_canvas_get_n_selected (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), 0);

  return g_hash_table_size (self->selected);
}

gboolean
kin_board_canvas_is_selected (KinBoardCanvas *self,
                              KinNote        *note)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), FALSE);

  return g_hash_table_contains (self->selected, note);
}

/**
 * kin_board_canvas_select_notes:
 * @notes: (element-type KinNote): notes of the board
 *
 * Selects exactly @notes.
 */
void
kin_board_canvas_select_notes (KinBoardCanvas *self,
                               GPtrArray      *notes)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  _kin_board_canvas_set_selection (self, notes, FALSE);
}

void
kin_board_canvas_select_all (KinBoardCanvas *self)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *notes;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  notes = self->board != NULL ? kin_board_get_notes (self->board) : NULL;
  for (guint i = 0; notes != NULL && i < g_list_model_get_n_items (notes); i++)
    g_ptr_array_add (all, g_list_model_get_item (notes, i));

  _kin_board_canvas_set_selection (self, all, FALSE);
}

void
kin_board_canvas_unselect_all (KinBoardCanvas *self)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  _kin_board_canvas_set_selection (self, NULL, FALSE);
}

/* Keyboard focus ------------------------------------------------------------ */

/* Moves the keyboard focus to a note, a theme, or nothing, and makes the
 * view follow it. */
void
_kin_board_canvas_set_focus_target (KinBoardCanvas *self,
                                    KinNote        *note,
                                    KinCluster     *cluster)
{
  gboolean note_changed = self->focused != note;

  /* One or the other has the focus, never both. */
  if (note != NULL)
    cluster = NULL;

  if (!note_changed && self->focused_cluster == cluster)
    return;

  g_set_object (&self->focused, note);
  g_set_object (&self->focused_cluster, cluster);

  if (self->focused != NULL)
    kin_board_canvas_scroll_to_note (self, self->focused);
  else if (self->focused_cluster != NULL)
    _kin_board_canvas_scroll_to_rect (self,
                                      kin_cluster_get_x (self->focused_cluster),
                                      kin_cluster_get_y (self->focused_cluster),
                                      MIN (kin_cluster_get_width (self->focused_cluster),
                                           gtk_widget_get_width (GTK_WIDGET (self)) / self->scale),
                                      MIN (kin_cluster_get_height (self->focused_cluster),
                                           gtk_widget_get_height (GTK_WIDGET (self)) / self->scale));

  if (note_changed)
    _kin_board_canvas_notify_focused (self);

  _kin_board_canvas_selection_changed (self);
}

/**
 * kin_board_canvas_get_focused_note:
 *
 * Returns: (nullable) (transfer none): the note with the keyboard focus
 */
KinNote *
kin_board_canvas_get_focused_note (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  return self->focused;
}

/**
 * kin_board_canvas_focus_note:
 * @note: (nullable): a note of the board
 *
 * Gives @note the keyboard focus (and the canvas too), showing it.
 */
void
kin_board_canvas_focus_note (KinBoardCanvas *self,
                             KinNote        *note)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (note != NULL && !board_has_note (self, note))
    return;

  _kin_board_canvas_set_focus_target (self, note, NULL);
  if (note != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

KinCluster *
kin_board_canvas_get_focused_cluster (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  return self->focused_cluster;
}

void
kin_board_canvas_focus_cluster (KinBoardCanvas *self,
                                KinCluster     *cluster)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (cluster != NULL && !board_has_cluster (self, cluster))
    return;

  _kin_board_canvas_set_focus_target (self, NULL, cluster);
  if (cluster != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

