/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-presenter.h"

G_BEGIN_DECLS

/*
 * The presenter is one class in three files: kin-presenter.c moves
 * through the agenda, kin-presenter-timer.c runs the timer and records the
 * actual times, kin-presenter-cards.c deals the cards of a card round. Both change the state below between _kin_presenter_begin()
 * and _kin_presenter_end(), which notify every property whose value
 * differs afterwards, and nothing else.
 *
 * Times are kept in microseconds of the presenter's clock.
 */
struct _KinPresenter
{
  GObject parent_instance;

  KinProject *project;
  KinSession *session;
  KinClockFunc clock;
  gpointer clock_data;

  KinPresenterState state;
  int item_index;
  /* The current item (also kept while ENDED: the last one shown), owned;
   * NULL only when the agenda is empty. */
  KinAgendaItem *item;
  /* The current item left the agenda during an action: where it was, until
   * the action ends and a new current item is chosen. */
  gboolean item_lost;
  gboolean blanked;

  /* The timer. While it runs, the time since @run_since counts too. */
  gboolean running;
  gint64 run_since;
  gint64 box_used;        /* of the current timebox */
  gint64 added;           /* by kin_presenter_add_minute() */
  gint64 visit_used;      /* on this visit of the current item */
  gint64 session_used;    /* on every item, this visit included */
  GHashTable *item_used;  /* KinAgendaItem -> gint64*: earlier visits */
  gint64 remaining_ms;    /* as last computed, which is what is notified */

  /* The card round: every card of the deck is either in @pile (index 0 is
   * the top, the next to draw) or in @history (oldest first), never both.
   * The current card is the newest in @history, or none. */
  KinDeck *deck;
  GPtrArray *pile;
  GListStore *history;
  GArray *skipped;        /* gboolean per @history entry */
  KinCard *card;
  /* Counts changes of @pile, for KinPresenter::pile-changed. */
  guint pile_serial;
};

/* What _kin_presenter_end() compares. */
typedef struct
{
  KinPresenterState state;
  int item_index;
  KinAgendaItem *item;
  gboolean blanked;
  gboolean running;
  gint64 remaining_ms;
  KinTimerPhase phase;
  KinCard *card;
  guint n_remaining;
  guint pile_serial;
} KinPresenterSnapshot;

void     _kin_presenter_begin          (KinPresenter         *self,
                                        KinPresenterSnapshot *snapshot);
void     _kin_presenter_end            (KinPresenter         *self,
                                        KinPresenterSnapshot *snapshot);

/* kin-presenter.c: chooses the current item after it left the agenda. */
void     _kin_presenter_settle          (KinPresenter        *self);

/* kin-presenter-timer.c */
gint64   _kin_presenter_now             (KinPresenter        *self);
void     _kin_presenter_count_segment   (KinPresenter        *self);
void     _kin_presenter_compute_remaining (KinPresenter      *self);
void     _kin_presenter_record_visit    (KinPresenter        *self);
void     _kin_presenter_carry_timer_on  (KinPresenter        *self);
/* Starts the timebox again for what is now shown (a card, or the item),
 * keeping the timer running if it was. */
void     _kin_presenter_restart_timebox (KinPresenter        *self);

/* kin-presenter-cards.c */
void     _kin_presenter_cards_init     (KinPresenter         *self);
void     _kin_presenter_cards_clear    (KinPresenter         *self);
void     _kin_presenter_cards_dispose  (KinPresenter         *self);
/* Deals the round of the current item afresh (or none, if it is not a card
 * round): the deck in its order, nothing drawn. */
void     _kin_presenter_cards_setup    (KinPresenter         *self);
/* The forward and back steps inside a round; FALSE when the round has no
 * step to take and the agenda should move instead. */
gboolean _kin_presenter_cards_next     (KinPresenter         *self);
gboolean _kin_presenter_cards_previous (KinPresenter         *self);

G_END_DECLS
