/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"
#include "kin-theme-editor.h"

/* Themes on the canvas: adding one (drawn on the board, or in the middle
 * of the view), putting notes into a theme from a menu, and the popover
 * that renames, colours, tidies and deletes a theme. Which notes a theme
 * holds after it moves or grows is the board's business
 * (kin_board_assign_notes_in_rect()), the same from the mouse and the
 * keyboard.
 */

#define NOTE_GAP KIN_BOARD_GAP

/* Adds a theme, which takes the notes it covers, as one step, then opens
 * its editor so that it can be named at once. */
void
_kin_board_canvas_add_theme (KinBoardCanvas *self,
                             double          x,
                             double          y,
                             double          width,
                             double          height)
{
  KinCluster *cluster;

  cluster = kin_board_add_cluster (self->project, self->board, x, y,
                                   MAX (width, KIN_CLUSTER_MIN_WIDTH),
                                   MAX (height, KIN_CLUSTER_MIN_HEIGHT),
                                   _("New Theme"));

  kin_board_canvas_set_adding_theme (self, FALSE);
  if (cluster != NULL)
    {
      kin_board_canvas_focus_cluster (self, cluster);
      kin_board_canvas_edit_cluster (self, cluster);
    }
}

/**
 * kin_board_canvas_add_cluster_at_center:
 *
 * Adds a theme in the middle of the view, as one step, and opens its editor.
 *
 * Returns: (nullable) (transfer none): the new theme
 */
KinCluster *
kin_board_canvas_add_cluster_at_center (KinBoardCanvas *self)
{
  GListModel *clusters;
  double x, y;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  if (self->project == NULL || self->board == NULL)
    return NULL;

  _kin_board_canvas_get_view_center (self, &x, &y);
  _kin_board_canvas_add_theme (self, x - KIN_CLUSTER_DEFAULT_WIDTH / 2, y - KIN_CLUSTER_DEFAULT_HEIGHT / 2,
                               KIN_CLUSTER_DEFAULT_WIDTH, KIN_CLUSTER_DEFAULT_HEIGHT);

  clusters = kin_board_get_clusters (self->board);
  if (g_list_model_get_n_items (clusters) == 0)
    return NULL;

  return self->focused_cluster;
}

/* Where the theme editor points: the theme's title bar, or the middle of
 * the view when that is out of sight. */
static void
theme_editor_target (KinBoardCanvas *self,
                     KinCluster     *cluster,
                     GdkRectangle   *rect)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double x, y;

  kin_board_canvas_board_to_widget (self, kin_cluster_get_x (cluster), kin_cluster_get_y (cluster), &x, &y);
  rect->x = (int) CLAMP (x, 0, MAX (width - 1, 0));
  rect->y = (int) CLAMP (y, 0, MAX (height - 1, 0));
  rect->width = (int) CLAMP (kin_cluster_get_width (cluster) * self->scale, 1, MAX (width - rect->x, 1));
  rect->height = (int) CLAMP (KIN_CLUSTER_TITLE_HEIGHT * self->scale, 1, MAX (height - rect->y, 1));
}

/**
 * kin_board_canvas_edit_cluster:
 * @cluster: a theme of the board
 *
 * Opens the popover that renames, colours, tidies and deletes @cluster.
 */
void
kin_board_canvas_edit_cluster (KinBoardCanvas *self,
                               KinCluster     *cluster)
{
  GdkRectangle rect;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));
  g_return_if_fail (KIN_IS_CLUSTER (cluster));

  kin_board_canvas_commit_edit (self);
  _kin_board_canvas_set_focus_target (self, NULL, cluster);

  kin_theme_editor_set_project (KIN_THEME_EDITOR (self->theme_editor), self->project);
  kin_theme_editor_set_board (KIN_THEME_EDITOR (self->theme_editor), self->board);
  kin_theme_editor_set_cluster (KIN_THEME_EDITOR (self->theme_editor), cluster);
  theme_editor_target (self, cluster, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->theme_editor), &rect);
  gtk_popover_popup (GTK_POPOVER (self->theme_editor));
}

static KinCluster *
edited_cluster (KinBoardCanvas *self)
{
  KinCluster *cluster = kin_theme_editor_get_cluster (KIN_THEME_EDITOR (self->theme_editor));

  if (cluster != NULL && gtk_widget_get_visible (self->theme_editor))
    return cluster;

  return self->focused_cluster;
}

static void
edit_theme_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  if (self->focused_cluster != NULL)
    kin_board_canvas_edit_cluster (self, self->focused_cluster);
}

static void
tidy_theme_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  KinCluster *cluster = edited_cluster (self);

  if (cluster == NULL || self->project == NULL)
    return;

  kin_board_tidy_cluster (self->project, self->board, cluster);
}

void
_kin_board_canvas_delete_cluster (KinBoardCanvas *self,
                                  KinCluster     *cluster)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the name of a theme of a vision board. */
  message = g_strdup_printf (_("Theme “%s” deleted"), kin_cluster_get_title (cluster));
  gtk_popover_popdown (GTK_POPOVER (self->theme_editor));
  kin_board_delete_cluster (self->project, self->board, cluster);
  _kin_board_canvas_emit_deleted (self, message);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
delete_theme_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  g_autoptr(KinCluster) cluster = NULL;

  if (edited_cluster (self) == NULL || self->project == NULL)
    return;

  cluster = g_object_ref (edited_cluster (self));
  _kin_board_canvas_delete_cluster (self, cluster);
}

/* The theme editor follows its theme as the view moves. */
void
_kin_board_canvas_place_theme_editor (KinBoardCanvas *self)
{
  KinCluster *cluster;
  GdkRectangle rect;

  if (self->theme_editor == NULL || !gtk_widget_get_visible (self->theme_editor))
    return;

  cluster = kin_theme_editor_get_cluster (KIN_THEME_EDITOR (self->theme_editor));
  if (cluster != NULL)
    {
      theme_editor_target (self, cluster, &rect);
      gtk_popover_set_pointing_to (GTK_POPOVER (self->theme_editor), &rect);
    }
  gtk_popover_present (GTK_POPOVER (self->theme_editor));
}

static void
theme_editor_closed_cb (KinBoardCanvas *self)
{
  /* The keyboard carries on from the theme. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

void
_kin_board_canvas_class_init_themes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.edit-theme", NULL, edit_theme_action);
  gtk_widget_class_install_action (widget_class, "canvas.tidy-theme", NULL, tidy_theme_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete-theme", NULL, delete_theme_action);
}

void
_kin_board_canvas_init_themes (KinBoardCanvas *self)
{
  self->theme_editor = kin_theme_editor_new ();
  gtk_widget_set_parent (self->theme_editor, GTK_WIDGET (self));
  g_signal_connect_object (self->theme_editor, "closed", G_CALLBACK (theme_editor_closed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* A free place for a note in a theme's grid, or FALSE when it is full. */
static gboolean
find_free_slot (KinBoardCanvas *self,
                KinCluster     *cluster,
                double         *slot_x,
                double         *slot_y)
{
  double cx = kin_cluster_get_x (cluster);
  double cy = kin_cluster_get_y (cluster) + KIN_CLUSTER_TITLE_HEIGHT;
  double cw = kin_cluster_get_width (cluster);
  double ch = kin_cluster_get_height (cluster) - KIN_CLUSTER_TITLE_HEIGHT;
  int columns = MAX (1, (int) ((cw - NOTE_GAP) / (KIN_NOTE_WIDTH + NOTE_GAP)));
  int rows = MAX (1, (int) ((ch - NOTE_GAP) / (KIN_NOTE_HEIGHT + NOTE_GAP)));

  for (int row = 0; row < rows; row++)
    for (int column = 0; column < columns; column++)
      {
        double x = cx + NOTE_GAP + column * (KIN_NOTE_WIDTH + NOTE_GAP);
        double y = cy + row * (KIN_NOTE_HEIGHT + NOTE_GAP);
        g_autoptr(GPtrArray) there = kin_board_notes_in_rect (self->board, x + 1, y + 1,
                                                              KIN_NOTE_WIDTH - 2, KIN_NOTE_HEIGHT - 2);

        if (there->len == 0)
          {
            *slot_x = x;
            *slot_y = y;
            return TRUE;
          }
      }

  return FALSE;
}

static void
move_note_to (KinBoardCanvas *self,
              KinNote        *note,
              double          x,
              double          y)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_ptr_array_add (one, note);
  kin_board_move_notes (self->project, self->board, one,
                        x - kin_note_get_x (note), y - kin_note_get_y (note));
}

/* Puts notes into a theme from the menu: each goes to a free place in the
 * theme's grid; when there is none left they are tidied in, which makes
 * the theme bigger. With no theme, they go just below the one they were
 * in. One step in all. */
void
_kin_board_canvas_move_to_cluster (KinBoardCanvas *self,
                                   GPtrArray      *notes,
                                   KinCluster     *cluster)
{
  gboolean tidy = FALSE;

  kin_project_begin_action (self->project, _("Move to Theme"));

  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = g_ptr_array_index (notes, i);
      const char *current = kin_note_get_cluster (note);
      double x, y;

      if (cluster == NULL)
        {
          KinCluster *old = current != NULL ? kin_project_lookup (self->project, KIN_TYPE_CLUSTER, current)
                                            : NULL;

          if (old == NULL)
            continue;

          move_note_to (self, note,
                        kin_cluster_get_x (old) + i * NOTE_GAP,
                        kin_cluster_get_y (old) + kin_cluster_get_height (old) + NOTE_GAP + i * NOTE_GAP);
          /* Below the theme might be inside another one; otherwise no theme. */
          continue;
        }

      if (g_strcmp0 (current, kin_object_get_id (KIN_OBJECT (cluster))) == 0)
        continue;

      if (!find_free_slot (self, cluster, &x, &y))
        {
          x = kin_cluster_get_x (cluster) + (kin_cluster_get_width (cluster) - KIN_NOTE_WIDTH) / 2;
          y = kin_cluster_get_y (cluster) + (kin_cluster_get_height (cluster) - KIN_NOTE_HEIGHT) / 2;
          tidy = TRUE;
        }
      move_note_to (self, note, x, y);
    }

  if (tidy)
    kin_board_tidy_cluster (self->project, self->board, cluster);

  kin_project_end_action (self->project);
}

