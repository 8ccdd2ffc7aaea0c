/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kin-board-edit.h"
#include "kin-gain-search.h"
#include "kin-model.h"
#include "kin-note-private.h"

/*
 * Dot voting, silent writing and filters on a vision board.
 *
 * A note's "votes" is the number of dots on it. Dots placed for a named
 * voter are also counted in its "dots" dictionary, so that each voter's
 * budget (the board's votes per person, across the whole board) can be
 * kept; the rest of the votes are the room's, counted together with no
 * budget, as when a facilitator tallies a show of hands.
 */

G_DEFINE_QUARK (kin-board-error-quark, kin_board_error)

static int
sum_dots (GVariant *dots)
{
  GVariantIter iter;
  const char *voter;
  gint32 count;
  gint64 total = 0;

  g_variant_iter_init (&iter, dots);
  while (g_variant_iter_next (&iter, "{&si}", &voter, &count))
    total += count;

  return (int) MIN (total, G_MAXINT);
}

/**
 * kin_note_get_voter_dots:
 * @note: a note
 * @voter: (nullable): a voter's name, or %KIN_VOTER_ROOM
 *
 * Returns: how many dots @voter put on the note; for the room, the votes
 *   that no named voter gave
 */
int
kin_note_get_voter_dots (KinNote    *note,
                         const char *voter)
{
  GVariant *dots;
  gint32 count = 0;

  g_return_val_if_fail (KIN_IS_NOTE (note), 0);

  dots = kin_note_get_dots (note);
  if (voter == KIN_VOTER_ROOM)
    return MAX (0, kin_note_get_votes (note) - sum_dots (dots));

  if (!g_variant_lookup (dots, voter, "i", &count))
    return 0;

  return count;
}

/* A copy of @dots with @delta added to @voter's count; the setter drops a
 * count that falls to 0. */
static GVariant *
dots_with (GVariant   *dots,
           const char *voter,
           int         delta)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *name;
  gint32 count;
  gboolean found = FALSE;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{si}"));
  g_variant_iter_init (&iter, dots);
  while (g_variant_iter_next (&iter, "{&si}", &name, &count))
    {
      if (strcmp (name, voter) == 0)
        {
          count += delta;
          found = TRUE;
        }
      g_variant_builder_add (&builder, "{si}", name, count);
    }

  if (!found)
    g_variant_builder_add (&builder, "{si}", voter, (gint32) delta);

  return g_variant_builder_end (&builder);
}

/**
 * kin_board_get_votes_used:
 * @board: a board
 * @voter: (nullable): a voter's name, or %KIN_VOTER_ROOM
 *
 * Returns: how many dots @voter has placed on the board's notes in all
 */
int
kin_board_get_votes_used (KinBoard   *board,
                          const char *voter)
{
  GListModel *notes;
  gint64 used = 0;
  guint n;

  g_return_val_if_fail (KIN_IS_BOARD (board), 0);

  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      used += kin_note_get_voter_dots (note, voter);
    }

  return (int) MIN (used, G_MAXINT);
}

/**
 * kin_board_get_votes_left:
 * @board: a board
 * @voter: (nullable): a voter's name, or %KIN_VOTER_ROOM
 *
 * Returns: how many more dots @voter may place: the board's votes per
 *   person less those used, never below 0; %G_MAXINT for the room, which
 *   has no budget
 */
int
kin_board_get_votes_left (KinBoard   *board,
                          const char *voter)
{
  g_return_val_if_fail (KIN_IS_BOARD (board), 0);

  if (voter == KIN_VOTER_ROOM)
    return G_MAXINT;

  return MAX (0, kin_board_get_votes_per_person (board) - kin_board_get_votes_used (board, voter));
}

/**
 * kin_board_add_vote:
 * @project: the project that holds @board
 * @board: the board @note is on
 * @note: the note to put a dot on
 * @voter: (nullable): the voter's name, usually one of the board's voters,
 *   or %KIN_VOTER_ROOM
 * @error: return location for a %KIN_BOARD_ERROR
 *
 * Puts one dot on the note for @voter, as the undo step "Add Vote". A named
 * voter who has used all of the board's votes per person gets
 * %KIN_BOARD_ERROR_NO_VOTES_LEFT instead, and nothing changes.
 *
 * Returns: %TRUE if the dot was added
 */
gboolean
kin_board_add_vote (KinProject  *project,
                    KinBoard    *board,
                    KinNote     *note,
                    const char  *voter,
                    GError     **error)
{
  int votes;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (KIN_IS_BOARD (board), FALSE);
  g_return_val_if_fail (KIN_IS_NOTE (note), FALSE);
  g_return_val_if_fail (voter == KIN_VOTER_ROOM || *voter != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  votes = kin_note_get_votes (note);
  if (voter != KIN_VOTER_ROOM && kin_board_get_votes_left (board, voter) <= 0)
    {
      int budget = kin_board_get_votes_per_person (board);

      g_set_error (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTES_LEFT,
                   /* TRANSLATORS: %s is a voter's name, %d the votes each person has */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s has no votes left: each person has %d vote",
                                "%s has no votes left: each person has %d votes",
                                budget),
                   voter, budget);
      return FALSE;
    }

  if (votes == G_MAXINT)
    {
      g_set_error_literal (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTES_LEFT,
                           _("This note cannot take any more votes"));
      return FALSE;
    }

  kin_project_begin_action (project, _("Add Vote"));
  if (voter != KIN_VOTER_ROOM)
    kin_project_set (project, note,
                     "dots", dots_with (kin_note_get_dots (note), voter, 1),
                     "votes", votes + 1,
                     NULL);
  else
    kin_project_set (project, note, "votes", votes + 1, NULL);
  kin_project_end_action (project);

  return TRUE;
}

/**
 * kin_board_remove_vote:
 * @project: the project that holds @board
 * @board: the board @note is on
 * @note: the note to take a dot off
 * @voter: (nullable): the voter's name, or %KIN_VOTER_ROOM
 * @error: return location for a %KIN_BOARD_ERROR
 *
 * Takes one of @voter's dots off the note, as the undo step "Remove Vote".
 * If @voter has no dot on it, fails with %KIN_BOARD_ERROR_NO_VOTE and
 * nothing changes.
 *
 * Returns: %TRUE if a dot was removed
 */
gboolean
kin_board_remove_vote (KinProject  *project,
                       KinBoard    *board,
                       KinNote     *note,
                       const char  *voter,
                       GError     **error)
{
  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (KIN_IS_BOARD (board), FALSE);
  g_return_val_if_fail (KIN_IS_NOTE (note), FALSE);
  g_return_val_if_fail (voter == KIN_VOTER_ROOM || *voter != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (kin_note_get_voter_dots (note, voter) <= 0)
    {
      if (voter == KIN_VOTER_ROOM)
        g_set_error_literal (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTE,
                             _("The room has no dot on this note to take off"));
      else
        g_set_error (error, KIN_BOARD_ERROR, KIN_BOARD_ERROR_NO_VOTE,
                     /* TRANSLATORS: %s is a voter's name */
                     _("%s has no dot on this note to take off"), voter);
      return FALSE;
    }

  kin_project_begin_action (project, _("Remove Vote"));
  if (voter != KIN_VOTER_ROOM)
    kin_project_set (project, note,
                     "dots", dots_with (kin_note_get_dots (note), voter, -1),
                     "votes", kin_note_get_votes (note) - 1,
                     NULL);
  else
    kin_project_set (project, note, "votes", kin_note_get_votes (note) - 1, NULL);
  kin_project_end_action (project);

  return TRUE;
}

/**
 * kin_board_clear_votes:
 * @project: the project that holds @board
 * @board: a board
 *
 * Takes every dot off every note of the board, as the undo step "Clear
 * Votes", to vote again.
 */
void
kin_board_clear_votes (KinProject *project,
                       KinBoard   *board)
{
  GListModel *notes;
  guint n;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));

  kin_project_begin_action (project, _("Clear Votes"));
  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_note_get_votes (note) > 0 || g_variant_n_children (kin_note_get_dots (note)) > 0)
        kin_project_set (project, note, "dots", NULL, "votes", 0, NULL);
    }
  kin_project_end_action (project);
}

typedef struct
{
  gpointer item;
  gint64   total;
  guint    index;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->total != rb->total)
    return ra->total > rb->total ? -1 : 1;

  return ra->index < rb->index ? -1 : ra->index > rb->index ? 1 : 0;
}

/**
 * kin_board_rank_notes:
 * @board: a board
 *
 * Returns: (transfer container) (element-type KinNote): every note of the
 *   board, most votes first; notes with as many votes keep the board's
 *   order
 */
GPtrArray *
kin_board_rank_notes (KinBoard *board)
{
  g_autoptr(GArray) ranked = NULL;
  GListModel *notes;
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);

  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);
      Ranked r = { note, kin_note_get_votes (note), i };

      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, compare_ranked);

  result = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (result, g_array_index (ranked, Ranked, i).item);

  return result;
}

/**
 * kin_board_rank_clusters:
 * @board: a board
 * @totals_out: (nullable) (element-type int): an array of int to receive
 *   each theme's total, in the order of the result
 *
 * Ranks the themes by the votes of their notes added up.
 *
 * Returns: (transfer container) (element-type KinCluster): every theme of
 *   the board, most votes first; themes with as many votes keep the
 *   board's order
 */
GPtrArray *
kin_board_rank_clusters (KinBoard *board,
                         GArray   *totals_out)
{
  g_autoptr(GHashTable) totals = NULL;
  g_autoptr(GArray) ranked = NULL;
  GListModel *clusters;
  GListModel *notes;
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);
  g_return_val_if_fail (totals_out == NULL || g_array_get_element_size (totals_out) == sizeof (int), NULL);

  /* Theme id -> votes; the ids are owned by the notes. */
  totals = g_hash_table_new (g_str_hash, g_str_equal);
  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);
      const char *cluster = kin_note_get_cluster (note);
      gint64 total;

      if (cluster == NULL)
        continue;

      total = GPOINTER_TO_SIZE (g_hash_table_lookup (totals, cluster));
      total = MIN (total + kin_note_get_votes (note), G_MAXINT);
      g_hash_table_insert (totals, (gpointer) cluster, GSIZE_TO_POINTER ((gsize) total));
    }

  clusters = kin_board_get_clusters (board);
  n = g_list_model_get_n_items (clusters);
  ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);
      const char *id = kin_object_get_id (KIN_OBJECT (cluster));
      Ranked r = { cluster, (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (totals, id)), i };

      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, compare_ranked);

  result = g_ptr_array_sized_new (n);
  if (totals_out != NULL)
    g_array_set_size (totals_out, 0);
  for (guint i = 0; i < n; i++)
    {
      const Ranked *r = &g_array_index (ranked, Ranked, i);
      int total = (int) r->total;

      g_ptr_array_add (result, r->item);
      if (totals_out != NULL)
        g_array_append_val (totals_out, total);
    }

  return result;
}

/* Silent writing */

/**
 * kin_board_reveal_all:
 * @project: the project that holds @board
 * @board: a board
 *
 * Turns every face-down note face up, as the undo step "Reveal Notes".
 * Records nothing when no note is face down.
 */
void
kin_board_reveal_all (KinProject *project,
                      KinBoard   *board)
{
  GListModel *notes;
  guint n;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_BOARD (board));

  kin_project_begin_action (project, _("Reveal Notes"));
  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_note_get_hidden (note))
        kin_project_set (project, note, "hidden", FALSE, NULL);
    }
  kin_project_end_action (project);
}

/**
 * kin_board_count_hidden:
 * @board: a board
 *
 * Returns: how many notes of the board are face down
 */
guint
kin_board_count_hidden (KinBoard *board)
{
  GListModel *notes;
  guint count = 0;
  guint n;

  g_return_val_if_fail (KIN_IS_BOARD (board), 0);

  notes = kin_board_get_notes (board);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_note_get_hidden (note))
        count++;
    }

  return count;
}

/* Labels */

/**
 * kin_voice_get_label:
 * @voice: a #KinVoice
 *
 * Returns: the translated name of whose voice a note records, such as
 *   "Tenant"
 */
const char *
kin_voice_get_label (KinVoice voice)
{
  switch (voice)
    {
    case KIN_VOICE_STAFF:
      return C_("voice", "Staff");
    case KIN_VOICE_TENANT:
      return C_("voice", "Tenant");
    case KIN_VOICE_BOARD:
      return C_("voice", "Board member");
    case KIN_VOICE_LEADER:
      return C_("voice", "Leader");
    case KIN_VOICE_PARTNER:
      return C_("voice", "Partner");
    case KIN_VOICE_OTHER:
      return C_("voice", "Other");
    default:
      g_return_val_if_reached ("");
    }
}

/* Filters */

/* The words of the last search, folded. Filtering asks about every note
 * of a board with the same words, many times a second while it is drawn,
 * so they are folded and split once. Main thread only, like the model. */
static char *last_text;
static char **last_words;

static const char * const *
search_words (const char *text)
{
  if (g_strcmp0 (text, last_text) != 0)
    {
      g_autofree char *folded = kin_gain_search_fold (text);
      g_auto(GStrv) parts = g_strsplit_set (folded, " \t\r\n", -1);
      g_autoptr(GStrvBuilder) words = g_strv_builder_new ();

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (*parts[i] != '\0')
            g_strv_builder_add (words, parts[i]);
        }

      g_free (last_text);
      last_text = g_strdup (text);
      g_strfreev (last_words);
      last_words = g_strv_builder_end (words);
    }

  return (const char * const *) last_words;
}

static gboolean
has_words (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return TRUE;
    }

  return FALSE;
}

/**
 * kin_note_filter_is_empty:
 * @filter: (nullable): a filter
 *
 * Returns: %TRUE if the filter sets no criterion, so that every note
 *   matches it
 */
gboolean
kin_note_filter_is_empty (const KinNoteFilter *filter)
{
  return filter == NULL ||
         (filter->principle == NULL && filter->voice < 0 && filter->cluster == NULL &&
          !has_words (filter->text));
}

static gboolean
id_matches (const char *wanted,
            const char *actual)
{
  if (wanted == NULL)
    return TRUE;

  if (*wanted == '\0')
    return actual == NULL || *actual == '\0';

  return g_strcmp0 (wanted, actual) == 0;
}

/**
 * kin_note_matches:
 * @note: a note
 * @filter: (nullable): a filter; %NULL matches every note
 *
 * Checks a note against every criterion the filter sets. The principle
 * and theme are compared by id ("" asks for notes with none). The search
 * text matches when each of its words is found somewhere in the note's
 * text, ignoring case and accents, so "resident" finds "Résidents'". A
 * face-down note never matches a search, so that searching cannot give
 * away what it says.
 *
 * Returns: %TRUE if the note matches
 */
gboolean
kin_note_matches (KinNote             *note,
                  const KinNoteFilter *filter)
{
  g_return_val_if_fail (KIN_IS_NOTE (note), FALSE);

  if (filter == NULL)
    return TRUE;

  if (!id_matches (filter->principle, kin_note_get_principle (note)))
    return FALSE;

  if (filter->voice >= 0 && (int) kin_note_get_voice (note) != filter->voice)
    return FALSE;

  if (!id_matches (filter->cluster, kin_note_get_cluster (note)))
    return FALSE;

  if (has_words (filter->text))
    {
      const char * const *words = search_words (filter->text);
      const char *key;

      if (kin_note_get_hidden (note))
        return FALSE;

      key = _kin_note_get_search_key (note);
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (strstr (key, words[i]) == NULL)
            return FALSE;
        }
    }

  return TRUE;
}
