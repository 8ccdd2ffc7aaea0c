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

/* The filter entry for cards with no principle, after the principles. */
#define KIN_CARDS_NO_PRINCIPLE ""

/* kin-cards-page.c: the page, its state and the selected deck. */
GListModel   *_kin_cards_page_get_decks            (KinCardsPage   *self);
gboolean      _kin_cards_page_find_deck            (KinCardsPage   *self,
                                                    KinDeck        *deck,
                                                    guint          *position);
char         *_kin_cards_page_dup_deck_title       (KinDeck        *deck);
void          _kin_cards_page_show_deck_title      (KinCardsPage   *self);
void          _kin_cards_page_update_state         (KinCardsPage   *self);
void          _kin_cards_page_update_actions       (KinCardsPage   *self);

/* kin-cards-page-decks.c: the list of decks and what can be done to a
 * deck. */
void          _kin_cards_page_class_init_decks     (GtkWidgetClass *widget_class);
void          _kin_cards_page_init_decks           (KinCardsPage   *self);
GtkWidget    *_kin_cards_page_create_deck_row      (gpointer        item,
                                                    gpointer        user_data);
void          _kin_cards_page_refresh_deck_rows    (KinCardsPage   *self);

/* kin-cards-page-cards.c: the list of cards and what can be done to a
 * card. */
void          _kin_cards_page_class_init_cards     (GtkWidgetClass *widget_class);
void          _kin_cards_page_init_cards           (KinCardsPage   *self);
void          _kin_cards_page_finalize_cards       (KinCardsPage   *self);
void          _kin_cards_page_show_deck_cards      (KinCardsPage   *self);
void          _kin_cards_page_show_selected_card   (KinCardsPage   *self);
void          _kin_cards_page_refresh_card_rows    (KinCardsPage   *self);
gboolean      _kin_cards_page_find_visible         (KinCardsPage   *self,
                                                    KinCard        *card,
                                                    guint          *position);
/* Rows of both lists accept a dragged card; this moves it. */
gboolean      _kin_cards_page_drop_card            (KinCardsPage   *self,
                                                    KinCard        *card,
                                                    KinDeck        *deck,
                                                    guint           position);

/* kin-cards-page-filter.c: search and the principle filter. */
void          _kin_cards_page_class_init_filter    (GtkWidgetClass *widget_class);
void          _kin_cards_page_init_filter          (KinCardsPage   *self);
void          _kin_cards_page_finalize_filter      (KinCardsPage   *self);
void          _kin_cards_page_sync_filter          (KinCardsPage   *self);
const char   *_kin_cards_page_get_filter_principle (KinCardsPage   *self);
KinPrinciple *_kin_cards_page_find_principle       (KinProject     *project,
                                                    const char     *id);

G_END_DECLS
