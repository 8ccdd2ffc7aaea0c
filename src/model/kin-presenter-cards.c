/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-presenter-private.h"
#include "kin-agenda-item.h"
#include "kin-card.h"
#include "kin-deck.h"
#include "kin-project.h"

/*
 * The card round of a KinPresenter: an agenda item of kind "cards" whose
 * ref names a deck. Entering the item deals the deck in its order with
 * nothing drawn. Every card is either still in the pile or in the history
 * of cards drawn, so the history never holds a card twice: putting a card
 * back takes it out of the history until it is drawn again.
 */

static void card_notify_cb (KinPresenter *self,
                            GParamSpec   *pspec,
                            KinCard      *card);

static void
pile_changed (KinPresenter *self)
{
  self->pile_serial++;
}

/* Shows @card (the newest in the history) or none, with its own timebox. */
static void
show_card (KinPresenter *self,
           KinCard      *card)
{
  if (self->card != card)
    {
      if (self->card != NULL)
        g_signal_handlers_disconnect_by_func (self->card, card_notify_cb, self);
      g_set_object (&self->card, card);
      if (card != NULL)
        g_signal_connect_object (card, "notify::minutes", G_CALLBACK (card_notify_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  _kin_presenter_restart_timebox (self);
}

static guint
history_length (KinPresenter *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->history));
}

static void
set_skipped (KinPresenter *self,
             guint         position,
             gboolean      skipped)
{
  g_autoptr(KinCard) card = NULL;

  if (g_array_index (self->skipped, gboolean, position) == skipped)
    return;

  g_array_index (self->skipped, gboolean, position) = skipped;

  /* Replacing the card by itself tells views of the history to show the
   * entry again. */
  card = g_list_model_get_item (G_LIST_MODEL (self->history), position);
  g_list_store_splice (self->history, position, 1, (gpointer *) &card, 1);
}

/* Takes the newest card out of the history. Returns (transfer full). */
static KinCard *
take_newest (KinPresenter *self)
{
  guint last = history_length (self) - 1;
  KinCard *card = g_list_model_get_item (G_LIST_MODEL (self->history), last);

  g_list_store_remove (self->history, last);
  g_array_set_size (self->skipped, last);

  return card;
}

static gboolean
draw (KinPresenter *self)
{
  g_autoptr(KinCard) card = NULL;
  gboolean skipped = FALSE;

  if (self->deck == NULL || self->pile->len == 0)
    return FALSE;

  card = g_ptr_array_steal_index (self->pile, 0);
  pile_changed (self);
  g_array_append_val (self->skipped, skipped);
  g_list_store_append (self->history, card);
  show_card (self, card);

  return TRUE;
}

static gboolean
in_history (KinPresenter *self,
            KinCard      *card)
{
  return g_list_store_find (self->history, card, NULL);
}

static gboolean
in_pile (KinPresenter *self,
         KinCard      *card)
{
  return g_ptr_array_find (self->pile, card, NULL);
}

/* Cards added to the deck while presenting go to the bottom of the pile;
 * cards removed from it leave the pile (the history keeps what was drawn). */
static void
deck_cards_changed_cb (KinPresenter *self,
                       guint         position,
                       guint         removed,
                       guint         added,
                       GListModel   *cards)
{
  KinPresenterSnapshot snapshot;
  guint n = g_list_model_get_n_items (cards);

  _kin_presenter_begin (self, &snapshot);

  for (guint i = self->pile->len; i > 0; i--)
    {
      if (!g_list_store_find (G_LIST_STORE (cards), g_ptr_array_index (self->pile, i - 1), NULL))
        {
          g_ptr_array_remove_index (self->pile, i - 1);
          pile_changed (self);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (cards, i);

      if (!in_pile (self, card) && !in_history (self, card))
        {
          g_ptr_array_add (self->pile, g_steal_pointer (&card));
          pile_changed (self);
        }
    }

  _kin_presenter_end (self, &snapshot);
}

/* A new length of the card on show counts at once. */
static void
card_notify_cb (KinPresenter *self,
                GParamSpec   *pspec,
                KinCard      *card)
{
  KinPresenterSnapshot snapshot;

  _kin_presenter_begin (self, &snapshot);
  _kin_presenter_end (self, &snapshot);
}

void
_kin_presenter_cards_init (KinPresenter *self)
{
  self->pile = g_ptr_array_new_with_free_func (g_object_unref);
  self->history = g_list_store_new (KIN_TYPE_CARD);
  self->skipped = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

void
_kin_presenter_cards_clear (KinPresenter *self)
{
  if (self->deck != NULL)
    {
      g_signal_handlers_disconnect_by_func (kin_deck_get_cards (self->deck),
                                            deck_cards_changed_cb, self);
      g_clear_object (&self->deck);
    }

  if (self->card != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->card, card_notify_cb, self);
      g_clear_object (&self->card);
    }

  if (self->pile != NULL && self->pile->len > 0)
    {
      g_ptr_array_set_size (self->pile, 0);
      pile_changed (self);
    }

  if (self->history != NULL)
    g_list_store_remove_all (self->history);
  if (self->skipped != NULL)
    g_array_set_size (self->skipped, 0);
}

void
_kin_presenter_cards_dispose (KinPresenter *self)
{
  _kin_presenter_cards_clear (self);
  g_clear_pointer (&self->pile, g_ptr_array_unref);
  g_clear_object (&self->history);
  g_clear_pointer (&self->skipped, g_array_unref);
}

void
_kin_presenter_cards_setup (KinPresenter *self)
{
  const char *ref;
  KinDeck *deck;
  GListModel *cards;
  guint n;

  _kin_presenter_cards_clear (self);

  if (self->item == NULL || kin_agenda_item_get_kind (self->item) != KIN_AGENDA_KIND_CARDS)
    return;

  ref = kin_agenda_item_get_ref (self->item);
  deck = kin_project_lookup (self->project, KIN_TYPE_DECK, ref);
  if (deck == NULL)
    return;

  self->deck = g_object_ref (deck);
  cards = kin_deck_get_cards (deck);
  n = g_list_model_get_n_items (cards);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->pile, g_list_model_get_item (cards, i));
  pile_changed (self);

  g_signal_connect_object (cards, "items-changed", G_CALLBACK (deck_cards_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

gboolean
_kin_presenter_cards_next (KinPresenter *self)
{
  return draw (self);
}

gboolean
_kin_presenter_cards_previous (KinPresenter *self)
{
  guint n;
  g_autoptr(KinCard) newest = NULL;

  if (self->deck == NULL)
    return FALSE;

  n = history_length (self);
  if (self->card != NULL)
    {
      /* The card on show goes back on top of the pile, to be drawn next. */
      g_autoptr(KinCard) current = take_newest (self);

      g_ptr_array_insert (self->pile, 0, g_steal_pointer (&current));
      pile_changed (self);
      n--;
    }
  else if (n == 0)
    return FALSE;

  if (n > 0)
    {
      /* Back to the card before, as it was before it was set aside. */
      set_skipped (self, n - 1, FALSE);
      newest = g_list_model_get_item (G_LIST_MODEL (self->history), n - 1);
    }
  show_card (self, newest);

  return TRUE;
}

/**
 * kin_presenter_is_card_round:
 * @self: a #KinPresenter
 *
 * Returns: whether the current item is a card round: of kind "cards", with
 *   a ref that names a deck
 */
gboolean
kin_presenter_is_card_round (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  return self->deck != NULL;
}

/**
 * kin_presenter_get_deck:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none) (nullable): the deck of the card round, or
 *   %NULL when the current item is not one
 */
KinDeck *
kin_presenter_get_deck (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  return self->deck;
}

/**
 * kin_presenter_get_current_card:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none) (nullable): the card on show, or %NULL
 */
KinCard *
kin_presenter_get_current_card (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  return self->card;
}

/**
 * kin_presenter_peek_next_card:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none) (nullable): the card the next draw would show,
 *   or %NULL when none is left or this is not a card round
 */
KinCard *
kin_presenter_peek_next_card (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  return self->pile->len > 0 ? g_ptr_array_index (self->pile, 0) : NULL;
}

/**
 * kin_presenter_get_n_remaining:
 * @self: a #KinPresenter
 *
 * Returns: how many cards are still to draw
 */
guint
kin_presenter_get_n_remaining (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  return self->pile != NULL ? self->pile->len : 0;
}

/**
 * kin_presenter_shuffle:
 * @self: a #KinPresenter
 * @seed: the seed of the random order; the same seed gives the same order
 *   of the same pile
 *
 * Shuffles the cards not drawn yet. The card on show and the history stay
 * as they are.
 */
void
kin_presenter_shuffle (KinPresenter *self,
                       guint32       seed)
{
  KinPresenterSnapshot snapshot;
  g_autoptr(GRand) rand = NULL;

  g_return_if_fail (KIN_IS_PRESENTER (self));

  if (self->pile->len < 2)
    return;

  _kin_presenter_begin (self, &snapshot);

  /* Fisher and Yates: each order equally likely. */
  rand = g_rand_new_with_seed (seed);
  for (guint i = self->pile->len - 1; i > 0; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
      gpointer card = self->pile->pdata[i];

      self->pile->pdata[i] = self->pile->pdata[j];
      self->pile->pdata[j] = card;
    }
  pile_changed (self);

  _kin_presenter_end (self, &snapshot);
}

/**
 * kin_presenter_draw_card:
 * @self: a #KinPresenter
 *
 * Draws the card on top of the pile and shows it, with its own timebox
 * (the timer keeps running if it was).
 *
 * Returns: %TRUE if a card was drawn, %FALSE when none is left or this is
 *   not a card round
 */
gboolean
kin_presenter_draw_card (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;
  gboolean drawn;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  _kin_presenter_begin (self, &snapshot);
  drawn = draw (self);
  _kin_presenter_end (self, &snapshot);

  return drawn;
}

/**
 * kin_presenter_skip_card:
 * @self: a #KinPresenter
 *
 * Sets the card on show aside, marked skipped in the history, and draws
 * the next one (if any is left).
 *
 * Returns: %TRUE if a card was skipped, %FALSE when none is on show
 */
gboolean
kin_presenter_skip_card (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  if (self->card == NULL)
    return FALSE;

  _kin_presenter_begin (self, &snapshot);
  set_skipped (self, history_length (self) - 1, TRUE);
  if (!draw (self))
    show_card (self, NULL);
  _kin_presenter_end (self, &snapshot);

  return TRUE;
}

/**
 * kin_presenter_put_back:
 * @self: a #KinPresenter
 *
 * Returns the card on show to the bottom of the pile, to come up again
 * after the others. No card is shown until the next is drawn, and the
 * card leaves the history until then.
 *
 * Returns: %TRUE if a card was put back, %FALSE when none is on show
 */
gboolean
kin_presenter_put_back (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;
  KinCard *card;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  if (self->card == NULL)
    return FALSE;

  _kin_presenter_begin (self, &snapshot);
  card = take_newest (self);
  g_ptr_array_add (self->pile, card);
  pile_changed (self);
  show_card (self, NULL);
  _kin_presenter_end (self, &snapshot);

  return TRUE;
}

/**
 * kin_presenter_get_history:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none): the cards drawn in this round, oldest first, a
 *   #GListModel of #KinCard; the newest is the card on show, if one is
 */
GListModel *
kin_presenter_get_history (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  return G_LIST_MODEL (self->history);
}

/**
 * kin_presenter_history_is_skipped:
 * @self: a #KinPresenter
 * @position: a position in the history
 *
 * Returns: whether the card drawn at @position was skipped
 */
gboolean
kin_presenter_history_is_skipped (KinPresenter *self,
                                  guint         position)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  return position < self->skipped->len && g_array_index (self->skipped, gboolean, position);
}
