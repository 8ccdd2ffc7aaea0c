/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-presenter-private.h"
#include "kin-agenda-item.h"
#include "kin-card.h"
#include "kin-project.h"
#include "kin-session.h"
#include "kin-util.h"

/*
 * The timer of a KinPresenter: the countdown of the current timebox, the
 * time run on each item and on the session, and the actual times recorded
 * on the agenda items.
 *
 * The running time is counted in segments: while the timer runs, the time
 * since @run_since counts on top of the totals, and whatever changes the
 * timebox or the item first moves that segment into the totals.
 */

#define US_PER_MINUTE (G_USEC_PER_SEC * (gint64) 60)
#define LAST_MINUTE_MS 60000

/* The clock is NULL until kin_presenter_set_clock() sets one. */
gint64
_kin_presenter_now (KinPresenter *self)
{
  return self->clock != NULL ? self->clock (self->clock_data) : g_get_monotonic_time ();
}

/* Time run since the timer was last started or its time last counted. */
static gint64
segment (KinPresenter *self)
{
  return self->running ? MAX (0, _kin_presenter_now (self) - self->run_since) : 0;
}

/* Moves the running segment into the totals, so that what is changed next
 * (the timebox, the item) starts from a count that is up to date. */
void
_kin_presenter_count_segment (KinPresenter *self)
{
  gint64 t, run;

  if (!self->running)
    return;

  t = _kin_presenter_now (self);
  run = MAX (0, t - self->run_since);
  self->box_used += run;
  self->visit_used += run;
  self->session_used += run;
  self->run_since = t;
}

static gint64
planned_timebox (KinPresenter *self)
{
  int minutes;

  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    return 0;

  minutes = kin_agenda_item_get_minutes (self->item);
  if (self->card != NULL && kin_card_get_minutes (self->card) > 0)
    minutes = kin_card_get_minutes (self->card);

  return minutes * US_PER_MINUTE;
}

void
_kin_presenter_compute_remaining (KinPresenter *self)
{
  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    {
      self->remaining_ms = 0;
      return;
    }

  self->remaining_ms = (planned_timebox (self) + self->added - self->box_used - segment (self)) / 1000;
}

void
_kin_presenter_restart_timebox (KinPresenter *self)
{
  _kin_presenter_count_segment (self);
  self->box_used = 0;
  self->added = 0;
}

/* Actual times
 *
 * The actual start and length of an item are measurements, not edits: they
 * are set on the agenda item directly rather than through the project's
 * undo history, so that Ctrl+Z after a capture takes back the capture and
 * not a timing record that nobody typed. The project is marked unsaved so
 * that they are saved all the same. */

static void
record_actual_start (KinPresenter *self)
{
  g_autofree char *timestamp = NULL;

  if (kin_agenda_item_get_actual_start (self->item) != NULL)
    return;

  timestamp = kin_timestamp_now ();
  kin_agenda_item_set_actual_start (self->item, timestamp);
  kin_project_mark_unsaved (self->project);
}

/* Adds the time run on this visit of the current item to its actual
 * seconds (and to this presenter's count for the item). */
void
_kin_presenter_record_visit (KinPresenter *self)
{
  gint64 *earlier;
  gint64 seconds;

  _kin_presenter_count_segment (self);
  if (self->visit_used <= 0)
    return;

  earlier = g_hash_table_lookup (self->item_used, self->item);
  if (earlier == NULL)
    {
      earlier = g_new0 (gint64, 1);
      g_hash_table_insert (self->item_used, g_object_ref (self->item), earlier);
    }
  *earlier += self->visit_used;

  seconds = MAX (0, kin_agenda_item_get_actual_seconds (self->item));
  seconds += (self->visit_used + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC;
  kin_agenda_item_set_actual_seconds (self->item, (int) MIN (seconds, G_MAXINT));
  kin_project_mark_unsaved (self->project);

  self->visit_used = 0;
}

/* Moving on while the timer runs keeps it running on the item moved to,
 * from that item's full time: a session once under way counts on as the
 * facilitator goes through it. */
void
_kin_presenter_carry_timer_on (KinPresenter *self)
{
  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    return;

  self->running = TRUE;
  self->run_since = _kin_presenter_now (self);
  record_actual_start (self);
}

/**
 * kin_presenter_set_clock:
 * @self: a #KinPresenter
 * @clock: (nullable): returns monotonic microseconds; %NULL for
 *   g_get_monotonic_time()
 * @user_data: passed to @clock
 *
 * Sets where time is read from, so that tests can step it.
 */
void
kin_presenter_set_clock (KinPresenter *self,
                         KinClockFunc  clock,
                         gpointer      user_data)
{
  g_return_if_fail (KIN_IS_PRESENTER (self));

  _kin_presenter_count_segment (self);
  self->clock = clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  self->run_since = _kin_presenter_now (self);
}

/**
 * kin_presenter_get_timer_running:
 * @self: a #KinPresenter
 *
 * Returns: whether the timer counts down
 */
gboolean
kin_presenter_get_timer_running (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  return self->running;
}

/**
 * kin_presenter_start_timer:
 * @self: a #KinPresenter
 *
 * Starts the countdown of the current timebox. The first time an item's
 * timer starts is recorded as the item's actual start. Nothing happens
 * once the session has ended or when the agenda is empty.
 */
void
kin_presenter_start_timer (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  g_return_if_fail (KIN_IS_PRESENTER (self));

  if (self->running || self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    return;

  _kin_presenter_begin (self, &snapshot);
  self->running = TRUE;
  self->run_since = _kin_presenter_now (self);
  record_actual_start (self);
  _kin_presenter_end (self, &snapshot);
}

/**
 * kin_presenter_pause_timer:
 * @self: a #KinPresenter
 *
 * Stops the countdown where it is.
 */
void
kin_presenter_pause_timer (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  g_return_if_fail (KIN_IS_PRESENTER (self));

  if (!self->running)
    return;

  _kin_presenter_begin (self, &snapshot);
  _kin_presenter_count_segment (self);
  self->running = FALSE;
  _kin_presenter_end (self, &snapshot);
}

/**
 * kin_presenter_toggle_timer:
 * @self: a #KinPresenter
 *
 * Starts the timer when it is stopped, and pauses it when it runs.
 */
void
kin_presenter_toggle_timer (KinPresenter *self)
{
  g_return_if_fail (KIN_IS_PRESENTER (self));

  if (self->running)
    kin_presenter_pause_timer (self);
  else
    kin_presenter_start_timer (self);
}

/**
 * kin_presenter_add_minute:
 * @self: a #KinPresenter
 *
 * Gives the current timebox one more minute, running or not.
 */
void
kin_presenter_add_minute (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  g_return_if_fail (KIN_IS_PRESENTER (self));

  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    return;

  _kin_presenter_begin (self, &snapshot);
  self->added += US_PER_MINUTE;
  _kin_presenter_end (self, &snapshot);
}

/**
 * kin_presenter_reset_timer:
 * @self: a #KinPresenter
 *
 * Starts the current timebox again from its planned time (minutes added
 * are dropped). A running timer keeps running.
 */
void
kin_presenter_reset_timer (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  g_return_if_fail (KIN_IS_PRESENTER (self));

  _kin_presenter_begin (self, &snapshot);
  _kin_presenter_restart_timebox (self);
  _kin_presenter_end (self, &snapshot);
}

/**
 * kin_presenter_tick:
 * @self: a #KinPresenter
 *
 * Reads the clock and recomputes the countdown, notifying
 * #KinPresenter:remaining-ms and #KinPresenter:phase when they changed.
 * The UI calls it about once a second.
 */
void
kin_presenter_tick (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  g_return_if_fail (KIN_IS_PRESENTER (self));

  _kin_presenter_begin (self, &snapshot);
  _kin_presenter_settle (self);
  _kin_presenter_end (self, &snapshot);
}

/**
 * kin_presenter_get_remaining_ms:
 * @self: a #KinPresenter
 *
 * Returns: the time left in the current timebox as of the last change or
 *   kin_presenter_tick(), in milliseconds; negative past zero
 */
gint64
kin_presenter_get_remaining_ms (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  return self->remaining_ms;
}

/**
 * kin_presenter_get_timebox_ms:
 * @self: a #KinPresenter
 *
 * Returns: the length of the current timebox in milliseconds: the drawn
 *   card's minutes (when it has any), otherwise the item's, plus the
 *   minutes added
 */
gint64
kin_presenter_get_timebox_ms (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    return 0;

  return (planned_timebox (self) + self->added) / 1000;
}

/**
 * kin_presenter_get_phase:
 * @self: a #KinPresenter
 *
 * Returns: %KIN_TIMER_PHASE_NORMAL with more than a minute left,
 *   %KIN_TIMER_PHASE_LAST_MINUTE with a minute or less, and
 *   %KIN_TIMER_PHASE_OVERTIME from zero on (at once for a zero-minute
 *   item); always NORMAL once ended
 */
KinTimerPhase
kin_presenter_get_phase (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), KIN_TIMER_PHASE_NORMAL);

  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    return KIN_TIMER_PHASE_NORMAL;
  if (self->remaining_ms > LAST_MINUTE_MS)
    return KIN_TIMER_PHASE_NORMAL;
  if (self->remaining_ms > 0)
    return KIN_TIMER_PHASE_LAST_MINUTE;
  return KIN_TIMER_PHASE_OVERTIME;
}

/**
 * kin_presenter_get_item_elapsed_ms:
 * @self: a #KinPresenter
 *
 * Returns: how long the timer has run on the current item while this
 *   presenter showed it, over all its cards and visits, in milliseconds
 */
gint64
kin_presenter_get_item_elapsed_ms (KinPresenter *self)
{
  gint64 *earlier;
  gint64 total;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  if (self->item == NULL)
    return 0;

  earlier = g_hash_table_lookup (self->item_used, self->item);
  total = earlier != NULL ? *earlier : 0;
  if (self->state == KIN_PRESENTER_STATE_RUNNING)
    total += self->visit_used + segment (self);

  return total / 1000;
}

/**
 * kin_presenter_get_item_planned_minutes:
 * @self: a #KinPresenter
 *
 * Returns: the current item's planned minutes, 0 when there is none
 */
int
kin_presenter_get_item_planned_minutes (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  return self->item != NULL ? kin_agenda_item_get_minutes (self->item) : 0;
}

/**
 * kin_presenter_get_session_elapsed_ms:
 * @self: a #KinPresenter
 *
 * Returns: how long the timer has run on all items so far, in
 *   milliseconds
 */
gint64
kin_presenter_get_session_elapsed_ms (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  return (self->session_used + segment (self)) / 1000;
}

/**
 * kin_presenter_get_session_planned_minutes:
 * @self: a #KinPresenter
 *
 * Returns: the planned length of the whole agenda in minutes
 */
int
kin_presenter_get_session_planned_minutes (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  return kin_session_get_total_minutes (self->session);
}
