/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

/*
 * What a facilitator does to conversation decks and their cards, as model
 * operations. Each call that changes the project goes through the KinProject
 * edit API and is one undo step with a label ("Add Card", "Move Card",
 * "Delete Deck"...). Deleting keeps the rest of the project consistent: an
 * agenda item that used a deleted deck, and a capture that named a deleted
 * card, lose the reference in the same step, so undo brings both back.
 */

/* Copies with new ids; not part of any project. */
KinCard *kin_card_copy             (KinCard     *card);
KinDeck *kin_deck_copy             (KinDeck     *deck);

/* The deck holding @card, with the card's position in it, or NULL. */
KinDeck *kin_deck_find_card        (KinProject  *project,
                                    KinCard     *card,
                                    guint       *position);
/* The sum of the cards' minutes. */
int      kin_deck_get_total_minutes (KinDeck    *deck);

/* Decks. The returned decks belong to the project (transfer none). */
KinDeck *kin_deck_add              (KinProject  *project,
                                    const char  *title);
KinDeck *kin_deck_duplicate        (KinProject  *project,
                                    KinDeck     *deck);
void     kin_deck_delete           (KinProject  *project,
                                    KinDeck     *deck);

/* Cards. @position G_MAXUINT (or past the end) appends. The returned cards
 * belong to the project (transfer none). */
KinCard *kin_deck_add_card         (KinProject  *project,
                                    KinDeck     *deck,
                                    guint        position,
                                    const char  *title,
                                    const char  *principle);
KinCard *kin_deck_duplicate_card   (KinProject  *project,
                                    KinCard     *card);
void     kin_deck_delete_card      (KinProject  *project,
                                    KinCard     *card);
/* Moves @card to @position in @deck, which may be the deck it is in (a
 * reorder) or another one (a move between decks). Returns FALSE, and
 * records nothing, when the card would stay where it is. */
gboolean kin_deck_move_card        (KinProject  *project,
                                    KinCard     *card,
                                    KinDeck     *deck,
                                    guint        position);

G_END_DECLS
