/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-agenda-item.h"
#include "kin-capture.h"
#include "kin-card.h"
#include "kin-deck-edit.h"
#include "kin-deck.h"
#include "kin-project.h"
#include "kin-session.h"

/* Decks and cards edited as the Conversation Cards page does it: every
 * operation is one undoable step, and nothing in the project is left
 * pointing at a deck or card that is gone. */

/**
 * kin_card_copy:
 * @card: a card
 *
 * Returns: (transfer full): a new card with the same title, prompt,
 *   follow-ups, principle and minutes, and a new id
 */
KinCard *
kin_card_copy (KinCard *card)
{
  KinCard *copy;

  g_return_val_if_fail (KIN_IS_CARD (card), NULL);

  copy = kin_card_new ();
  kin_card_set_title (copy, kin_card_get_title (card));
  kin_card_set_prompt (copy, kin_card_get_prompt (card));
  kin_card_set_follow_ups (copy, kin_card_get_follow_ups (card));
  kin_card_set_principle (copy, kin_card_get_principle (card));
  kin_card_set_minutes (copy, kin_card_get_minutes (card));

  return copy;
}

/**
 * kin_deck_copy:
 * @deck: a deck
 *
 * Returns: (transfer full): a new deck with the same title and a copy of
 *   every card, all with new ids
 */
KinDeck *
kin_deck_copy (KinDeck *deck)
{
  GListModel *cards;
  GListStore *copies;
  KinDeck *copy;

  g_return_val_if_fail (KIN_IS_DECK (deck), NULL);

  copy = kin_deck_new ();
  kin_deck_set_title (copy, kin_deck_get_title (deck));

  /* The copy is not in a project yet, so its cards are filled in directly. */
  cards = kin_deck_get_cards (deck);
  copies = G_LIST_STORE (kin_deck_get_cards (copy));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (cards, i);
      g_autoptr(KinCard) card_copy = kin_card_copy (card);

      g_list_store_append (copies, card_copy);
    }

  return copy;
}

/**
 * kin_deck_find_card:
 * @project: a project
 * @card: a card
 * @position: (out) (optional): where the card is in its deck
 *
 * Returns: (transfer none) (nullable): the deck of @project that holds
 *   @card, or %NULL
 */
KinDeck *
kin_deck_find_card (KinProject *project,
                    KinCard    *card,
                    guint      *position)
{
  GListModel *decks;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (card == NULL || KIN_IS_CARD (card), NULL);

  if (card == NULL)
    return NULL;

  decks = kin_project_get_decks (project);
  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KinDeck) deck = g_list_model_get_item (decks, i);

      if (g_list_store_find (G_LIST_STORE (kin_deck_get_cards (deck)), card, position))
        /* The project's list keeps the deck alive. */
        return deck;
    }

  return NULL;
}

/**
 * kin_deck_get_total_minutes:
 * @deck: a deck
 *
 * Returns: how long the whole deck takes, the sum of its cards' minutes
 */
int
kin_deck_get_total_minutes (KinDeck *deck)
{
  GListModel *cards;
  int total = 0;

  g_return_val_if_fail (KIN_IS_DECK (deck), 0);

  cards = kin_deck_get_cards (deck);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (cards, i);

      total += kin_card_get_minutes (card);
    }

  return total;
}

static gboolean
find_deck (KinProject *project,
           KinDeck    *deck,
           guint      *position)
{
  return g_list_store_find (G_LIST_STORE (kin_project_get_decks (project)), deck, position);
}

/**
 * kin_deck_add:
 * @project: a project
 * @title: the new deck's title
 *
 * Appends an empty deck, as the step "Add Deck".
 *
 * Returns: (transfer none): the new deck
 */
KinDeck *
kin_deck_add (KinProject *project,
              const char *title)
{
  g_autoptr(KinDeck) deck = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);

  deck = kin_deck_new ();
  kin_deck_set_title (deck, title);

  kin_project_begin_action (project, _("Add Deck"));
  kin_project_append (project, kin_project_get_decks (project), deck);
  kin_project_end_action (project);

  return deck;
}

/**
 * kin_deck_duplicate:
 * @project: a project
 * @deck: one of its decks
 *
 * Inserts a copy of @deck and all its cards, with new ids, right after it,
 * as the step "Duplicate Deck".
 *
 * Returns: (transfer none) (nullable): the copy, or %NULL when @deck is not
 *   in @project
 */
KinDeck *
kin_deck_duplicate (KinProject *project,
                    KinDeck    *deck)
{
  g_autoptr(KinDeck) copy = NULL;
  g_autofree char *title = NULL;
  guint position;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_DECK (deck), NULL);

  if (!find_deck (project, deck, &position))
    return NULL;

  copy = kin_deck_copy (deck);
  /* Translators: the title of a duplicated deck; %s is the original's. */
  title = g_strdup_printf (_("%s (copy)"), kin_deck_get_title (deck));
  kin_deck_set_title (copy, title);

  kin_project_begin_action (project, _("Duplicate Deck"));
  kin_project_insert (project, kin_project_get_decks (project), position + 1, copy);
  kin_project_end_action (project);

  return copy;
}

/* Clears what in the sessions points at the deck (@deck_id) or at one of
 * the cards (@card_ids), as part of the action that removes them. */
static void
forget_references (KinProject *project,
                   const char *deck_id,
                   GHashTable *card_ids)
{
  GListModel *sessions = kin_project_get_sessions (project);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(KinSession) session = g_list_model_get_item (sessions, i);
      GListModel *agenda = kin_session_get_agenda (session);
      GListModel *captures = kin_session_get_captures (session);

      for (guint j = 0; deck_id != NULL && j < g_list_model_get_n_items (agenda); j++)
        {
          g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda, j);

          if (kin_agenda_item_get_kind (item) == KIN_AGENDA_KIND_CARDS &&
              g_strcmp0 (kin_agenda_item_get_ref (item), deck_id) == 0)
            kin_project_set (project, item, "ref", NULL, NULL);
        }

      for (guint j = 0; j < g_list_model_get_n_items (captures); j++)
        {
          g_autoptr(KinCapture) capture = g_list_model_get_item (captures, j);
          const char *card = kin_capture_get_card (capture);

          if (card != NULL && g_hash_table_contains (card_ids, card))
            kin_project_set (project, capture, "card", NULL, NULL);
        }
    }
}

/**
 * kin_deck_delete:
 * @project: a project
 * @deck: one of its decks
 *
 * Removes @deck and its cards as the step "Delete Deck". Agenda items that
 * used the deck, and captures that named one of its cards, lose the
 * reference in the same step.
 */
void
kin_deck_delete (KinProject *project,
                 KinDeck    *deck)
{
  g_autoptr(GHashTable) card_ids = NULL;
  g_autoptr(KinDeck) kept = NULL;
  GListModel *cards;
  guint position;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_DECK (deck));

  if (!find_deck (project, deck, &position))
    return;

  kept = g_object_ref (deck);
  card_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cards = kin_deck_get_cards (deck);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (cards, i);

      g_hash_table_add (card_ids, g_strdup (kin_object_get_id (KIN_OBJECT (card))));
    }

  kin_project_begin_action (project, _("Delete Deck"));
  forget_references (project, kin_object_get_id (KIN_OBJECT (deck)), card_ids);
  kin_project_remove (project, kin_project_get_decks (project), position);
  kin_project_end_action (project);
}

/**
 * kin_deck_add_card:
 * @project: a project
 * @deck: one of its decks
 * @position: where to insert the card; G_MAXUINT appends it
 * @title: the new card's title
 * @principle: (nullable): the id of its principle
 *
 * Adds a card as the step "Add Card".
 *
 * Returns: (transfer none): the new card
 */
KinCard *
kin_deck_add_card (KinProject *project,
                   KinDeck    *deck,
                   guint       position,
                   const char *title,
                   const char *principle)
{
  g_autoptr(KinCard) card = NULL;
  GListModel *cards;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_DECK (deck), NULL);

  cards = kin_deck_get_cards (deck);
  card = kin_card_new ();
  kin_card_set_title (card, title);
  kin_card_set_principle (card, principle);

  kin_project_begin_action (project, _("Add Card"));
  kin_project_insert (project, cards, MIN (position, g_list_model_get_n_items (cards)), card);
  kin_project_end_action (project);

  return card;
}

/**
 * kin_deck_duplicate_card:
 * @project: a project
 * @card: a card in one of its decks
 *
 * Inserts a copy of @card, with a new id, right after it, as the step
 * "Duplicate Card".
 *
 * Returns: (transfer none) (nullable): the copy, or %NULL when @card is not
 *   in @project
 */
KinCard *
kin_deck_duplicate_card (KinProject *project,
                         KinCard    *card)
{
  g_autoptr(KinCard) copy = NULL;
  KinDeck *deck;
  guint position;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_CARD (card), NULL);

  deck = kin_deck_find_card (project, card, &position);
  if (deck == NULL)
    return NULL;

  copy = kin_card_copy (card);

  kin_project_begin_action (project, _("Duplicate Card"));
  kin_project_insert (project, kin_deck_get_cards (deck), position + 1, copy);
  kin_project_end_action (project);

  return copy;
}

/**
 * kin_deck_delete_card:
 * @project: a project
 * @card: a card in one of its decks
 *
 * Removes @card as the step "Delete Card"; captures that named it lose the
 * reference in the same step.
 */
void
kin_deck_delete_card (KinProject *project,
                      KinCard    *card)
{
  g_autoptr(GHashTable) card_ids = NULL;
  g_autoptr(KinCard) kept = NULL;
  KinDeck *deck;
  guint position;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_CARD (card));

  deck = kin_deck_find_card (project, card, &position);
  if (deck == NULL)
    return;

  kept = g_object_ref (card);
  card_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_add (card_ids, (gpointer) kin_object_get_id (KIN_OBJECT (card)));

  kin_project_begin_action (project, _("Delete Card"));
  forget_references (project, NULL, card_ids);
  kin_project_remove (project, kin_deck_get_cards (deck), position);
  kin_project_end_action (project);
}

/**
 * kin_deck_move_card:
 * @project: a project
 * @card: a card in one of its decks
 * @deck: the deck to move it to, which may be its own
 * @position: its position in @deck after the move; G_MAXUINT means last
 *
 * Reorders @card within its deck or moves it to another deck, as one step
 * ("Move Card", or "Move Card to Deck" between decks). The card keeps its
 * id, so captures that name it still do.
 *
 * Returns: %TRUE if the card moved
 */
gboolean
kin_deck_move_card (KinProject *project,
                    KinCard    *card,
                    KinDeck    *deck,
                    guint       position)
{
  g_autoptr(KinCard) kept = NULL;
  KinDeck *from_deck;
  GListModel *cards;
  guint from;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (KIN_IS_CARD (card), FALSE);
  g_return_val_if_fail (KIN_IS_DECK (deck), FALSE);

  from_deck = kin_deck_find_card (project, card, &from);
  if (from_deck == NULL || !find_deck (project, deck, NULL))
    return FALSE;

  cards = kin_deck_get_cards (deck);

  if (from_deck == deck)
    {
      position = MIN (position, g_list_model_get_n_items (cards) - 1);
      if (position == from)
        return FALSE;

      kin_project_begin_action (project, _("Move Card"));
      kin_project_move (project, cards, from, position);
      kin_project_end_action (project);
      return TRUE;
    }

  /* Removing the card from its deck drops that list's reference. */
  kept = g_object_ref (card);
  position = MIN (position, g_list_model_get_n_items (cards));

  kin_project_begin_action (project, _("Move Card to Deck"));
  kin_project_remove (project, kin_deck_get_cards (from_deck), from);
  kin_project_insert (project, cards, position, card);
  kin_project_end_action (project);

  return TRUE;
}
