/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"

/* Dots from the canvas, in voting mode: each click (or Enter, or +) is one
 * step of the board's voting rules, and a refusal (a voter with no dots
 * left, a dot to take back that was never given) is said in plain words
 * through #KinBoardCanvas::message while nothing changes. */

static char *
describe_voter (KinBoardCanvas *self)
{
  if (self->voter == KIN_VOTER_ROOM)
    return g_strdup (_("The room"));

  return g_strdup (self->voter);
}

/**
 * kin_board_canvas_add_vote:
 *
 * Gives @note a dot from the current voter, as one step. When the voter
 * has no dots left nothing changes and the canvas emits
 * #KinBoardCanvas::message saying so.
 *
 * Returns: whether a dot was added
 */
gboolean
kin_board_canvas_add_vote (KinBoardCanvas *self,
                           KinNote        *note)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), FALSE);
  g_return_val_if_fail (KIN_IS_NOTE (note), FALSE);

  if (self->project == NULL || self->board == NULL)
    return FALSE;

  if (!kin_board_add_vote (self->project, self->board, note, self->voter, &error))
    {
      g_autofree char *who = describe_voter (self);
      g_autofree char *message = NULL;

      if (g_error_matches (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTES_LEFT))
        /* Translators: %s is a voter's name, %d how many dots each person has. */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s has used their %d dot",
                                                "%s has used all %d dots",
                                                kin_board_get_votes_per_person (self->board)),
                                   who, kin_board_get_votes_per_person (self->board));
      else
        message = g_strdup (error->message);

      _kin_board_canvas_emit_message (self, message);
      return FALSE;
    }

  return TRUE;
}

/**
 * kin_board_canvas_remove_vote:
 *
 * Takes back one of the current voter's dots from @note, as one step.
 *
 * Returns: whether a dot was removed
 */
gboolean
kin_board_canvas_remove_vote (KinBoardCanvas *self,
                              KinNote        *note)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), FALSE);
  g_return_val_if_fail (KIN_IS_NOTE (note), FALSE);

  if (self->project == NULL || self->board == NULL)
    return FALSE;

  if (!kin_board_remove_vote (self->project, self->board, note, self->voter, &error))
    {
      g_autofree char *who = describe_voter (self);
      g_autofree char *message = NULL;

      if (g_error_matches (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTE))
        /* Translators: %s is a voter's name, or "The room". */
        message = g_strdup_printf (_("%s gave this note no dot to take back"), who);
      else
        message = g_strdup (error->message);

      _kin_board_canvas_emit_message (self, message);
      return FALSE;
    }

  return TRUE;
}

