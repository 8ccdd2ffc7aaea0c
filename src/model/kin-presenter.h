/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

/*
 * KinPresenter: the state of one session while it is being presented. It
 * knows which agenda item is current, whether the projector is blanked, the
 * countdown of the current timebox and, for a card round, the pile of cards
 * still to draw and the history of cards drawn. It has no widgets: the
 * projector window and the presenter console both show the same presenter,
 * and the tests drive it with a fake clock.
 *
 * Time is read from a clock function (microseconds, monotonic), so tests can
 * step it; the UI calls kin_presenter_tick() about once a second, which
 * recomputes the countdown and notifies "remaining-ms" and "phase".
 *
 * Every property is notified only when its value changes.
 *
 * Properties:
 *   "project"        KinProject*  construct-only
 *   "session"        KinSession*  construct-only
 *   "state"          KinPresenterState
 *   "item-index"     int          index of the current agenda item; -1 when
 *                                 the agenda is empty
 *   "blanked"        gboolean     the projector shows nothing but black
 *   "timer-running"  gboolean
 *   "remaining-ms"   gint64       of the current timebox; negative past zero
 *   "phase"          KinTimerPhase
 *   "current-card"   KinCard*     the card drawn in a card round, or NULL
 *   "current-item"   KinAgendaItem*  the item at "item-index" (while ENDED,
 *                                 the last one shown), or NULL; it changes
 *                                 alone when the current item is removed
 *                                 and the next takes its index
 *   "n-remaining"    guint        cards still to draw in a card round
 *
 * Signals:
 *   "pile-changed"   the cards still to draw changed (drawn, put back,
 *                    shuffled, dealt afresh): peek_next_card may differ
 */

typedef enum
{
  KIN_PRESENTER_STATE_RUNNING,  /* showing an agenda item */
  KIN_PRESENTER_STATE_ENDED,    /* went past the last item: "end of session" */
} KinPresenterState;

typedef enum
{
  KIN_TIMER_PHASE_NORMAL,       /* more than a minute left */
  KIN_TIMER_PHASE_LAST_MINUTE,  /* one minute or less left */
  KIN_TIMER_PHASE_OVERTIME,     /* zero reached */
} KinTimerPhase;

GType kin_presenter_state_get_type (void) G_GNUC_CONST;
GType kin_timer_phase_get_type     (void) G_GNUC_CONST;
#define KIN_TYPE_PRESENTER_STATE (kin_presenter_state_get_type ())
#define KIN_TYPE_TIMER_PHASE     (kin_timer_phase_get_type ())

typedef gint64 (*KinClockFunc) (gpointer user_data);

#define KIN_TYPE_PRESENTER (kin_presenter_get_type ())

G_DECLARE_FINAL_TYPE (KinPresenter, kin_presenter, KIN, PRESENTER, GObject)

/* Starts on the first agenda item, timer stopped and at the item's full
 * time. The clock is g_get_monotonic_time until one is set. */
KinPresenter     *kin_presenter_new                  (KinProject    *project,
                                                      KinSession    *session);
void              kin_presenter_set_clock            (KinPresenter  *self,
                                                      KinClockFunc   clock,
                                                      gpointer       user_data);

KinProject       *kin_presenter_get_project          (KinPresenter  *self);
KinSession       *kin_presenter_get_session          (KinPresenter  *self);
KinPresenterState kin_presenter_get_state            (KinPresenter  *self);
int               kin_presenter_get_item_index       (KinPresenter  *self);
guint             kin_presenter_get_n_items          (KinPresenter  *self);
KinAgendaItem    *kin_presenter_get_current_item     (KinPresenter  *self);
/* The item after the current one, or NULL on the last item. */
KinAgendaItem    *kin_presenter_get_next_item        (KinPresenter  *self);
/* The board of a board item (kind "board" whose ref names a board). */
KinBoard         *kin_presenter_get_board            (KinPresenter  *self);

/* Forward: in a card round with cards left to draw, draws the next card;
 * otherwise moves to the next item; past the last item the state becomes
 * ENDED. Back: in a card round, returns to the previous drawn card (the
 * current one goes back on top of the pile); otherwise to the previous item;
 * from ENDED back to the last item. Both return FALSE when nothing moved.
 * Moving to another item stops the timer and sets it to the new item's time
 * and records how long the item left ran (see "actual" below). */
gboolean          kin_presenter_next                 (KinPresenter  *self);
gboolean          kin_presenter_previous             (KinPresenter  *self);
gboolean          kin_presenter_go_to_item           (KinPresenter  *self,
                                                      guint          index);
/* Stops presenting: records the current item's actual time, state ENDED. */
void              kin_presenter_end                  (KinPresenter  *self);

gboolean          kin_presenter_get_blanked          (KinPresenter  *self);
void              kin_presenter_set_blanked          (KinPresenter  *self,
                                                      gboolean       blanked);
void              kin_presenter_toggle_blanked       (KinPresenter  *self);

/* The timer counts down the current timebox: the drawn card's minutes in a
 * card round (when a card is drawn), otherwise the item's minutes, plus any
 * minutes added. */
gboolean          kin_presenter_get_timer_running    (KinPresenter  *self);
void              kin_presenter_start_timer          (KinPresenter  *self);
void              kin_presenter_pause_timer          (KinPresenter  *self);
void              kin_presenter_toggle_timer         (KinPresenter  *self);
void              kin_presenter_add_minute           (KinPresenter  *self);
/* Back to the timebox's planned time (added minutes dropped); a running
 * timer keeps running. */
void              kin_presenter_reset_timer          (KinPresenter  *self);
void              kin_presenter_tick                 (KinPresenter  *self);
gint64            kin_presenter_get_remaining_ms     (KinPresenter  *self);
gint64            kin_presenter_get_timebox_ms       (KinPresenter  *self);
KinTimerPhase     kin_presenter_get_phase            (KinPresenter  *self);

/* Elapsed (running) time against the plan, for the item and the session. */
gint64            kin_presenter_get_item_elapsed_ms    (KinPresenter *self);
int               kin_presenter_get_item_planned_minutes (KinPresenter *self);
gint64            kin_presenter_get_session_elapsed_ms (KinPresenter *self);
int               kin_presenter_get_session_planned_minutes (KinPresenter *self);

/* Card rounds (items of kind "cards" whose ref names a deck). The pile is
 * the deck in its order until shuffled; shuffling reorders the cards not yet
 * drawn. Skip sets the current card aside (it stays in the history, marked
 * skipped) and draws the next; put back returns the current card to the
 * bottom of the pile. */
gboolean          kin_presenter_is_card_round        (KinPresenter  *self);
KinDeck          *kin_presenter_get_deck             (KinPresenter  *self);
KinCard          *kin_presenter_get_current_card     (KinPresenter  *self);
/* The card the next draw would show, or NULL. */
KinCard          *kin_presenter_peek_next_card       (KinPresenter  *self);
guint             kin_presenter_get_n_remaining      (KinPresenter  *self);
void              kin_presenter_shuffle              (KinPresenter  *self,
                                                      guint32        seed);
gboolean          kin_presenter_draw_card            (KinPresenter  *self);
gboolean          kin_presenter_skip_card            (KinPresenter  *self);
gboolean          kin_presenter_put_back             (KinPresenter  *self);
/* The cards drawn in this round, oldest first (KinCard items). */
GListModel       *kin_presenter_get_history          (KinPresenter  *self);
gboolean          kin_presenter_history_is_skipped   (KinPresenter  *self,
                                                      guint          position);

/* Records what the room said against the current item and card: a
 * KinCapture with the current time (ISO 8601 UTC) appended to the session's
 * captures as one undo step. Returns (transfer none) the capture, or NULL
 * for empty text. */
KinCapture       *kin_presenter_capture              (KinPresenter  *self,
                                                      const char    *text);

G_END_DECLS
