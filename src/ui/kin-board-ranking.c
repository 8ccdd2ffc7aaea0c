/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-boards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-edit.h"
#include "kin-board-ranking.h"

/* What the dots say: the themes by the votes of their notes, then the notes
 * with votes, most first, as the facilitator reads them out to the room.
 * Activating a note's row shows it on the board (the "note-activated"
 * signal). The lists are built when the popover opens and follow each
 * step while it is open.
 */

#define MAX_NOTES 20

struct _KinBoardRanking
{
  GtkPopover  parent_instance;

  KinProject *project;
  KinBoard   *board;
  GtkWidget  *themes_heading;
  GtkListBox *themes_list;
  GtkWidget  *notes_heading;
  GtkListBox *notes_list;
  GtkWidget  *empty_label;
  guint       n_notes;
  guint       n_themes;
};

G_DEFINE_FINAL_TYPE (KinBoardRanking, kin_board_ranking, GTK_TYPE_POPOVER)

enum {
  NOTE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
create_row (const char *count,
            const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *count_label = gtk_label_new (count);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_widget_add_css_class (count_label, "heading");
  gtk_widget_add_css_class (count_label, "kin-count");
  gtk_label_set_width_chars (GTK_LABEL (count_label), 3);
  gtk_label_set_xalign (GTK_LABEL (count_label), 1.0);
  gtk_widget_set_valign (count_label, GTK_ALIGN_START);

  gtk_label_set_xalign (GTK_LABEL (text_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text_label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (text_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (text_label), 40);
  gtk_widget_set_hexpand (text_label, TRUE);

  gtk_box_append (GTK_BOX (box), count_label);
  gtk_box_append (GTK_BOX (box), text_label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/**
 * kin_board_ranking_refresh:
 *
 * Builds the lists again from the board.
 */
void
kin_board_ranking_refresh (KinBoardRanking *self)
{
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GArray) totals = NULL;

  g_return_if_fail (KIN_IS_BOARD_RANKING (self));

  clear_list (self->themes_list);
  clear_list (self->notes_list);
  self->n_notes = self->n_themes = 0;

  if (self->board != NULL)
    {
      totals = g_array_new (FALSE, FALSE, sizeof (int));
      clusters = kin_board_rank_clusters (self->board, totals);
      for (guint i = 0; i < clusters->len; i++)
        {
          KinCluster *cluster = g_ptr_array_index (clusters, i);
          int votes = g_array_index (totals, int, i);
          g_autofree char *count = g_strdup_printf ("%d", votes);
          GtkWidget *row;

          if (votes == 0)
            continue;

          row = create_row (count, kin_cluster_get_title (cluster));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_list_box_append (self->themes_list, row);
          self->n_themes++;
        }

      notes = kin_board_rank_notes (self->board);
      for (guint i = 0; i < notes->len && self->n_notes < MAX_NOTES; i++)
        {
          KinNote *note = g_ptr_array_index (notes, i);
          g_autofree char *count = NULL;
          GtkWidget *row;

          if (kin_note_get_votes (note) == 0)
            break;

          count = g_strdup_printf ("%d", kin_note_get_votes (note));
          row = create_row (count, kin_note_get_hidden (note) ? _("Face-down note") : kin_note_get_text (note));
          g_object_set_data_full (G_OBJECT (row), "kin-note", g_object_ref (note), g_object_unref);
          gtk_widget_set_tooltip_text (row, _("Show on the board"));
          gtk_list_box_append (self->notes_list, row);
          self->n_notes++;
        }
    }

  gtk_widget_set_visible (self->themes_heading, self->n_themes > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->themes_list), self->n_themes > 0);
  gtk_widget_set_visible (self->notes_heading, self->n_notes > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_list), self->n_notes > 0);
  gtk_widget_set_visible (self->empty_label, self->n_notes == 0);
}

guint
kin_board_ranking_get_n_notes (KinBoardRanking *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_RANKING (self), 0);

  return self->n_notes;
}

guint
kin_board_ranking_get_n_themes (KinBoardRanking *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_RANKING (self), 0);

  return self->n_themes;
}

static void
project_changed_cb (KinBoardRanking *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    kin_board_ranking_refresh (self);
}

void
kin_board_ranking_set_project (KinBoardRanking *self,
                               KinProject      *project)
{
  g_return_if_fail (KIN_IS_BOARD_RANKING (self));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
}

void
kin_board_ranking_set_board (KinBoardRanking *self,
                             KinBoard        *board)
{
  g_return_if_fail (KIN_IS_BOARD_RANKING (self));

  if (g_set_object (&self->board, board))
    kin_board_ranking_refresh (self);
}

static void
note_row_activated_cb (KinBoardRanking *self,
                       GtkListBoxRow   *row)
{
  KinNote *note = g_object_get_data (G_OBJECT (row), "kin-note");

  if (note != NULL)
    g_signal_emit (self, signals[NOTE_ACTIVATED], 0, note);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkListBox *
ranking_list (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return GTK_LIST_BOX (list);
}

static void
kin_board_ranking_show (GtkWidget *widget)
{
  kin_board_ranking_refresh (KIN_BOARD_RANKING (widget));
  GTK_WIDGET_CLASS (kin_board_ranking_parent_class)->show (widget);
}

static void
kin_board_ranking_dispose (GObject *object)
{
  KinBoardRanking *self = KIN_BOARD_RANKING (object);

  kin_board_ranking_set_project (self, NULL);
  g_clear_object (&self->board);

  G_OBJECT_CLASS (kin_board_ranking_parent_class)->dispose (object);
}

static void
kin_board_ranking_class_init (KinBoardRankingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_board_ranking_dispose;
  widget_class->show = kin_board_ranking_show;

  /**
   * KinBoardRanking::note-activated:
   * @note: the note whose row was activated
   */
  signals[NOTE_ACTIVATED] =
    g_signal_new ("note-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KIN_TYPE_NOTE);
}

/* Built in code: the rows come and go with the votes. */
static void
kin_board_ranking_init (KinBoardRanking *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_size_request (box, 300, -1);

  self->themes_heading = heading (_("Themes"));
  self->themes_list = ranking_list (_("Themes by votes"));
  self->notes_heading = heading (_("Notes"));
  gtk_widget_set_margin_top (self->notes_heading, 6);
  self->notes_list = ranking_list (_("Notes by votes"));
  g_signal_connect_object (self->notes_list, "row-activated", G_CALLBACK (note_row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  self->empty_label = gtk_label_new (_("No votes yet. Turn on dot voting and click the notes that "
                                       "matter most."));
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->empty_label), 36);
  gtk_widget_add_css_class (self->empty_label, "dim-label");

  gtk_box_append (GTK_BOX (box), self->themes_heading);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->themes_list));
  gtk_box_append (GTK_BOX (box), self->notes_heading);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->notes_list));
  gtk_box_append (GTK_BOX (box), self->empty_label);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 520);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_popover_set_child (GTK_POPOVER (self), scrolled);

  kin_board_ranking_refresh (self);
}
