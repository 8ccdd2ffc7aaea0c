/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"

/* What a screen reader hears on the board.
 *
 * GTK 4.8 offers no way for a custom widget to expose parts of itself as
 * accessible objects, and one hidden child widget for each note would cost
 * a widget, a layout and an accessible object per note: thousands on a big
 * board. So the canvas is one accessible group, and its label is always
 * the thing with the keyboard focus: "Note: TEXT. Theme: X. Principle: Y.
 * Tenant or customer. 4 votes. Selected." Its role description says what
 * kind of thing that is, "sticky note" or "theme", as a role would if the
 * note were an accessible object of its own. Moving the focus changes the
 * label of the focused widget, which screen readers read out, much as they
 * read the new row of a list. The description says how to use the board.
 * A face-down note is announced as face down, without its text, as the
 * room would see it.
 */

/**
 * _kin_board_canvas_describe_note:
 *
 * Returns: (transfer full): a sentence or two saying what @note is
 */
char *
_kin_board_canvas_describe_note (KinBoardCanvas *self,
                                 KinNote        *note)
{
  GString *text = g_string_new (NULL);
  const char *cluster_id = kin_note_get_cluster (note);
  const char *principle_id = kin_note_get_principle (note);
  KinCluster *cluster = NULL;
  KinPrinciple *principle = NULL;
  int votes = kin_note_get_votes (note);

  if (self->project != NULL)
    {
      cluster = kin_project_lookup (self->project, KIN_TYPE_CLUSTER, cluster_id);
      principle = kin_project_lookup (self->project, KIN_TYPE_PRINCIPLE, principle_id);
    }

  if (kin_note_get_hidden (note))
    g_string_append (text, _("Face-down note."));
  else
    /* Translators: what a screen reader says for a sticky note; %s is its text. */
    g_string_append_printf (text, _("Note: %s."), kin_note_get_text (note));

  if (cluster != NULL)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is the name of the theme a note is in. */
      g_string_append_printf (text, _("Theme: %s."), kin_cluster_get_title (cluster));
    }

  if (principle != NULL)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is the name of a principle. */
      g_string_append_printf (text, _("Principle: %s."), kin_principle_get_name (principle));
    }

  g_string_append_printf (text, " %s.", kin_voice_get_label (kin_note_get_voice (note)));

  g_string_append_c (text, ' ');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d vote.", "%d votes.", votes), votes);

  if (self->voting && self->voter != KIN_VOTER_ROOM)
    {
      int dots = kin_note_get_voter_dots (note, self->voter);

      g_string_append_c (text, ' ');
      /* Translators: the first %d counts dots, %s is the voter's name. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d from %s.", "%d from %s.", dots),
                              dots, self->voter);
    }

  if (g_hash_table_contains (self->selected, note))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Selected."));
    }

  return g_string_free (text, FALSE);
}

/**
 * _kin_board_canvas_describe_cluster:
 *
 * Returns: (transfer full): what @cluster is, with its notes and votes
 */
char *
_kin_board_canvas_describe_cluster (KinBoardCanvas *self,
                                    KinCluster     *cluster)
{
  const char *id = kin_object_get_id (KIN_OBJECT (cluster));
  GListModel *notes = kin_board_get_notes (self->board);
  g_autofree char *count = NULL;
  guint n = 0;
  int votes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (g_strcmp0 (kin_note_get_cluster (note), id) == 0)
        {
          n++;
          votes += kin_note_get_votes (note);
        }
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n), n);
  /* Translators: what a screen reader says for a theme: its name, how many
   * notes it has ("3 notes") and how many votes they have. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Theme: %s, %s, %d vote.",
                                       "Theme: %s, %s, %d votes.", votes),
                          kin_cluster_get_title (cluster), count, votes);
}

/**
 * kin_board_canvas_get_accessible_text:
 *
 * Returns: the canvas's accessible label: the focused note or theme, or
 *   the board
 */
const char *
kin_board_canvas_get_accessible_text (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  return self->accessible_text;
}

void
_kin_board_canvas_update_accessible (KinBoardCanvas *self)
{
  g_autofree char *label = NULL;
  const char *description;
  const char *role;

  /* Translators: what a screen reader calls the vision board canvas. */
  role = _("vision board");
  if (self->board == NULL)
    label = g_strdup (_("Vision board"));
  else if (self->focused != NULL)
    {
      label = _kin_board_canvas_describe_note (self, self->focused);
      /* Translators: what a screen reader calls a note on a vision board,
       * in place of a widget's kind, as it would say "button". */
      role = _("sticky note");
    }
  else if (self->focused_cluster != NULL)
    {
      label = _kin_board_canvas_describe_cluster (self, self->focused_cluster);
      /* Translators: what a screen reader calls a theme on a vision board. */
      role = _("theme");
    }
  else
    {
      guint n = g_list_model_get_n_items (kin_board_get_notes (self->board));

      /* Translators: the board's name for a screen reader: its title and
       * how many notes it has. */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Vision board %s, %u note",
                                            "Vision board %s, %u notes", n),
                               kin_board_get_title (self->board), n);
    }

  if (self->voting)
    description = _("Voting. Tab or the arrow keys move between notes; Enter or plus gives a dot, "
                    "minus takes one back.");
  else
    description = _("Tab or the arrow keys move between notes; Enter edits, N adds a note, "
                    "Alt with an arrow moves the note, Delete removes it, Shift+F10 opens its menu.");

  if (g_strcmp0 (label, self->accessible_text) == 0 && description == self->accessible_description &&
      role == self->accessible_role)
    return;

  g_free (self->accessible_text);
  self->accessible_text = g_steal_pointer (&label);
  self->accessible_description = description;
  self->accessible_role = role;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->accessible_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, role,
                                  -1);
}
