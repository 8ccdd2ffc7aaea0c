/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_DECK (kin_deck_get_type ())

G_DECLARE_FINAL_TYPE (KinDeck, kin_deck, KIN, DECK, KinObject)

KinDeck    *kin_deck_new       (void);

const char *kin_deck_get_title (KinDeck    *self);
void        kin_deck_set_title (KinDeck    *self,
                                const char *title);
GListModel *kin_deck_get_cards (KinDeck    *self);

G_END_DECLS
