/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-cards-page.h"

G_BEGIN_DECLS

struct _KinCardsPage
{
  GtkWidget           parent_instance;

  KinProject         *project;
  KinDeck            *deck;
  KinCard            *card;
  gboolean            selecting;
  gboolean            switching_deck;
  /* The undo depth right after the step a toast offers to undo. */
  guint               toast_undo_depth;

  /* The selected deck's cards that pass the search and principle filter. */
  GtkFilterListModel *visible_cards;
  GtkCustomFilter    *filter;
  char               *search_folded;
  GtkStringList      *filter_names;
  GPtrArray          *filter_ids;
  gboolean            updating_filter;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  AdwStatusPage      *status_page;
  AdwLeaflet         *leaflet;
  GtkWidget          *decks_pane;
  GtkListBox         *decks_list;
  GtkWidget          *cards_pane;
  GtkWidget          *decks_back_button;
  GtkLabel           *deck_title;
  GtkMenuButton      *rename_button;
  GtkPopover         *rename_popover;
  GtkEntry           *rename_entry;
  GtkWidget          *rename_commit_button;
  GtkWidget          *filter_bar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *principle_filter;
  GtkStack           *cards_stack;
  GtkListBox         *cards_list;
  GtkMenuButton      *move_button;
  GtkWidget          *editor_pane;
  GtkWidget          *cards_back_bar;
  GtkStack           *editor_stack;
  AdwStatusPage      *no_card_page;
  KinCardEditor      *editor;
};

/* kin-cards-page.c */
void     _kin_cards_page_update_state       (KinCardsPage   *self);
void     _kin_cards_page_update_actions     (KinCardsPage   *self);
void     _kin_cards_page_show_undo_toast    (KinCardsPage   *self,
                                             const char     *message);
char    *_kin_cards_page_dup_deck_title     (KinDeck        *deck);

/* kin-cards-page-cards.c: the list of cards, its filter, and what can be
 * done to a card. */
void     _kin_cards_page_class_init_cards   (GtkWidgetClass *widget_class);
void     _kin_cards_page_init_cards         (KinCardsPage   *self);
void     _kin_cards_page_show_deck_cards    (KinCardsPage   *self);
void     _kin_cards_page_show_selected_card (KinCardsPage   *self);
void     _kin_cards_page_refresh_card_rows  (KinCardsPage   *self);
void     _kin_cards_page_sync_filter        (KinCardsPage   *self);
void     _kin_cards_page_finalize_cards     (KinCardsPage   *self);

/* Rows of both lists accept a dragged card; this moves it. */
gboolean _kin_cards_page_drop_card          (KinCardsPage   *self,
                                             KinCard        *card,
                                             KinDeck        *deck,
                                             guint           position);

G_END_DECLS
