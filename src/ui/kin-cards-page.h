/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-card-editor.h"
#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_CARDS_PAGE (kin_cards_page_get_type ())

G_DECLARE_FINAL_TYPE (KinCardsPage, kin_cards_page, KIN, CARDS_PAGE, GtkWidget)

KinProject    *kin_cards_page_get_project       (KinCardsPage *self);
void           kin_cards_page_set_project       (KinCardsPage *self,
                                                 KinProject   *project);
KinDeck       *kin_cards_page_get_selected_deck (KinCardsPage *self);
void           kin_cards_page_select_deck       (KinCardsPage *self,
                                                 KinDeck      *deck);
KinCard       *kin_cards_page_get_selected_card (KinCardsPage *self);
void           kin_cards_page_select_card       (KinCardsPage *self,
                                                 KinCard      *card);
KinCardEditor *kin_cards_page_get_editor        (KinCardsPage *self);
void           kin_cards_page_move_card         (KinCardsPage *self,
                                                 KinCard      *card,
                                                 KinDeck      *deck,
                                                 guint         position);
void           kin_cards_page_move_deck         (KinCardsPage *self,
                                                 KinDeck      *deck,
                                                 guint         position);
void           kin_cards_page_set_search        (KinCardsPage *self,
                                                 const char   *text,
                                                 const char   *principle);

G_END_DECLS
