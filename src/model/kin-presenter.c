/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-presenter-private.h"
#include "kin-agenda-item.h"
#include "kin-board.h"
#include "kin-capture.h"
#include "kin-card.h"
#include "kin-project.h"
#include "kin-session.h"
#include "kin-util.h"

/**
 * KinPresenter:
 *
 * The state of one session while it is presented: see kin-presenter.h.
 * This file moves through the agenda and records captures;
 * kin-presenter-timer.c runs the timer and records the actual times;
 * kin-presenter-cards.c deals the cards of a card round.
 *
 * While the session is ENDED the presenter stays on the last item shown
 * (so that going back returns to it), with the timer stopped, nothing left
 * on it and the phase NORMAL, so that nothing on screen warns about a
 * session that is over.
 */

G_DEFINE_ENUM_TYPE (KinPresenterState, kin_presenter_state,
  G_DEFINE_ENUM_VALUE (KIN_PRESENTER_STATE_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (KIN_PRESENTER_STATE_ENDED, "ended"))

G_DEFINE_ENUM_TYPE (KinTimerPhase, kin_timer_phase,
  G_DEFINE_ENUM_VALUE (KIN_TIMER_PHASE_NORMAL, "normal"),
  G_DEFINE_ENUM_VALUE (KIN_TIMER_PHASE_LAST_MINUTE, "last-minute"),
  G_DEFINE_ENUM_VALUE (KIN_TIMER_PHASE_OVERTIME, "overtime"))

G_DEFINE_FINAL_TYPE (KinPresenter, kin_presenter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION,
  PROP_STATE,
  PROP_ITEM_INDEX,
  PROP_CURRENT_ITEM,
  PROP_BLANKED,
  PROP_TIMER_RUNNING,
  PROP_REMAINING_MS,
  PROP_PHASE,
  PROP_CURRENT_CARD,
  PROP_N_REMAINING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PILE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListModel *
agenda (KinPresenter *self)
{
  return kin_session_get_agenda (self->session);
}

void
_kin_presenter_begin (KinPresenter         *self,
                      KinPresenterSnapshot *snapshot)
{
  snapshot->state = self->state;
  snapshot->item_index = self->item_index;
  /* Held, so that a new object at a freed one's address cannot pass for
   * the old one. */
  snapshot->item = self->item != NULL ? g_object_ref (self->item) : NULL;
  snapshot->blanked = self->blanked;
  snapshot->running = self->running;
  snapshot->remaining_ms = self->remaining_ms;
  snapshot->phase = kin_presenter_get_phase (self);
  snapshot->card = self->card != NULL ? g_object_ref (self->card) : NULL;
  snapshot->n_remaining = kin_presenter_get_n_remaining (self);
  snapshot->pile_serial = self->pile_serial;
}

void
_kin_presenter_end (KinPresenter         *self,
                    KinPresenterSnapshot *snapshot)
{
  GObject *object = G_OBJECT (self);

  _kin_presenter_compute_remaining (self);

  g_object_freeze_notify (object);
  if (snapshot->state != self->state)
    g_object_notify_by_pspec (object, properties[PROP_STATE]);
  if (snapshot->item_index != self->item_index)
    g_object_notify_by_pspec (object, properties[PROP_ITEM_INDEX]);
  if (snapshot->item != self->item)
    g_object_notify_by_pspec (object, properties[PROP_CURRENT_ITEM]);
  if (snapshot->blanked != self->blanked)
    g_object_notify_by_pspec (object, properties[PROP_BLANKED]);
  if (snapshot->running != self->running)
    g_object_notify_by_pspec (object, properties[PROP_TIMER_RUNNING]);
  if (snapshot->remaining_ms != self->remaining_ms)
    g_object_notify_by_pspec (object, properties[PROP_REMAINING_MS]);
  if (snapshot->phase != kin_presenter_get_phase (self))
    g_object_notify_by_pspec (object, properties[PROP_PHASE]);
  if (snapshot->card != self->card)
    g_object_notify_by_pspec (object, properties[PROP_CURRENT_CARD]);
  if (snapshot->n_remaining != kin_presenter_get_n_remaining (self))
    g_object_notify_by_pspec (object, properties[PROP_N_REMAINING]);
  g_object_thaw_notify (object);

  if (snapshot->pile_serial != self->pile_serial)
    g_signal_emit (self, signals[PILE_CHANGED], 0);

  g_clear_object (&snapshot->item);
  g_clear_object (&snapshot->card);
}

/* Moving through the agenda */

static void item_notify_cb (KinPresenter  *self,
                            GParamSpec    *pspec,
                            KinAgendaItem *item);

static void
set_item (KinPresenter  *self,
          int            index,
          KinAgendaItem *item)
{
  if (self->item != item)
    {
      if (self->item != NULL)
        g_signal_handlers_disconnect_by_func (self->item, item_notify_cb, self);
      g_set_object (&self->item, item);
      if (item != NULL)
        g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  self->item_index = index;
  self->item_lost = FALSE;
}

/* Ends the visit of the current item: records how long it ran and stops
 * the timer. Nothing to do when ENDED, which already left it. */
static void
leave_item (KinPresenter *self)
{
  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL)
    return;

  _kin_presenter_record_visit (self);
  self->running = FALSE;
  self->box_used = 0;
  self->added = 0;
  _kin_presenter_cards_clear (self);
}

/* Shows the item at @index, RUNNING, timer stopped at its full time
 * (move_to_item() starts it again when it was running). */
static void
enter_item (KinPresenter *self,
            guint         index)
{
  g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda (self), index);

  set_item (self, (int) index, item);
  self->state = KIN_PRESENTER_STATE_RUNNING;
  self->running = FALSE;
  self->box_used = 0;
  self->added = 0;
  self->visit_used = 0;
  _kin_presenter_cards_setup (self);
}

/* Goes from the current item to the one at @index, the timer running
 * there if it ran here. */
static void
move_to_item (KinPresenter *self,
              guint         index)
{
  gboolean running = self->state == KIN_PRESENTER_STATE_RUNNING && self->running;

  leave_item (self);
  enter_item (self, index);
  if (running)
    _kin_presenter_carry_timer_on (self);
}

static void
end_session (KinPresenter *self)
{
  leave_item (self);
  self->state = KIN_PRESENTER_STATE_ENDED;
}

/* Called when the current item is no longer in the agenda. */
static void
choose_item_after_loss (KinPresenter *self)
{
  guint n = g_list_model_get_n_items (agenda (self));
  gboolean ended = self->state == KIN_PRESENTER_STATE_ENDED;
  guint index;

  leave_item (self);

  if (n == 0)
    {
      set_item (self, -1, NULL);
      return;
    }

  index = (guint) CLAMP (self->item_index, 0, (int) n - 1);
  if (ended)
    {
      g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda (self), index);

      set_item (self, (int) index, item);
    }
  else
    enter_item (self, index);
}

/* The current item is followed by identity: moving items around keeps it
 * current; removing it makes the item now at (or before) its place
 * current. That choice waits for the end of the edit (the project's
 * "changed"), because one step may remove the item and insert it again
 * elsewhere, and so may undoing it; kin_presenter_tick() makes it too, for
 * a list changed outside the project's edit functions. */
static void
agenda_changed_cb (KinPresenter *self,
                   guint         position,
                   guint         removed,
                   guint         added,
                   GListModel   *list)
{
  KinPresenterSnapshot snapshot;
  guint index;

  _kin_presenter_begin (self, &snapshot);

  if (self->item == NULL)
    {
      guint n = g_list_model_get_n_items (list);

      if (n > 0 && self->state == KIN_PRESENTER_STATE_RUNNING)
        enter_item (self, 0);
      else if (n > 0)
        {
          g_autoptr(KinAgendaItem) last = g_list_model_get_item (list, n - 1);

          set_item (self, (int) n - 1, last);
        }
    }
  else if (g_list_store_find (G_LIST_STORE (list), self->item, &index))
    {
      self->item_index = (int) index;
      self->item_lost = FALSE;
    }
  else
    self->item_lost = TRUE;

  _kin_presenter_end (self, &snapshot);
}

void
_kin_presenter_settle (KinPresenter *self)
{
  if (self->item_lost)
    choose_item_after_loss (self);
}

static void
project_changed_cb (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  if (!self->item_lost)
    return;

  _kin_presenter_begin (self, &snapshot);
  _kin_presenter_settle (self);
  _kin_presenter_end (self, &snapshot);
}

/* The facilitator may change the item being presented from the Sessions
 * page: a new time box counts at once, a new deck deals a new round. */
static void
item_notify_cb (KinPresenter  *self,
                GParamSpec    *pspec,
                KinAgendaItem *item)
{
  KinPresenterSnapshot snapshot;
  const char *name = g_param_spec_get_name (pspec);

  if (g_strcmp0 (name, "kind") != 0 && g_strcmp0 (name, "ref") != 0 &&
      g_strcmp0 (name, "minutes") != 0)
    return;

  _kin_presenter_begin (self, &snapshot);
  if (g_strcmp0 (name, "minutes") != 0 && self->state == KIN_PRESENTER_STATE_RUNNING)
    {
      _kin_presenter_cards_setup (self);
      _kin_presenter_restart_timebox (self);
    }
  _kin_presenter_end (self, &snapshot);
}

/* GObject */

static void
kin_presenter_constructed (GObject *object)
{
  KinPresenter *self = KIN_PRESENTER (object);

  G_OBJECT_CLASS (kin_presenter_parent_class)->constructed (object);

  g_return_if_fail (KIN_IS_PROJECT (self->project));
  g_return_if_fail (KIN_IS_SESSION (self->session));

  g_signal_connect_object (agenda (self), "items-changed",
                           G_CALLBACK (agenda_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed",
                           G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);

  if (g_list_model_get_n_items (agenda (self)) > 0)
    enter_item (self, 0);
  _kin_presenter_compute_remaining (self);
}

static void
kin_presenter_dispose (GObject *object)
{
  KinPresenter *self = KIN_PRESENTER (object);

  /* A window closed without ending the session must not lose the time
   * the item ran. */
  if (self->project != NULL)
    leave_item (self);

  set_item (self, -1, NULL);
  _kin_presenter_cards_dispose (self);
  g_clear_pointer (&self->item_used, g_hash_table_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_presenter_parent_class)->dispose (object);
}

static void
kin_presenter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KinPresenter *self = KIN_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_ITEM_INDEX:
      g_value_set_int (value, self->item_index);
      break;

    case PROP_CURRENT_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_BLANKED:
      g_value_set_boolean (value, self->blanked);
      break;

    case PROP_TIMER_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_REMAINING_MS:
      g_value_set_int64 (value, self->remaining_ms);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, kin_presenter_get_phase (self));
      break;

    case PROP_CURRENT_CARD:
      g_value_set_object (value, self->card);
      break;

    case PROP_N_REMAINING:
      g_value_set_uint (value, kin_presenter_get_n_remaining (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_presenter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KinPresenter *self = KIN_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_BLANKED:
      kin_presenter_set_blanked (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_presenter_class_init (KinPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = kin_presenter_constructed;
  object_class->dispose = kin_presenter_dispose;
  object_class->get_property = kin_presenter_get_property;
  object_class->set_property = kin_presenter_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, KIN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, KIN_TYPE_PRESENTER_STATE,
                       KIN_PRESENTER_STATE_RUNNING, read_only);

  properties[PROP_ITEM_INDEX] =
    g_param_spec_int ("item-index", NULL, NULL, -1, G_MAXINT, -1, read_only);

  /**
   * KinPresenter:current-item:
   *
   * The current agenda item, or %NULL when the agenda is empty. It changes
   * without "item-index" changing when the current item is removed and
   * the next one takes its place.
   */
  properties[PROP_CURRENT_ITEM] =
    g_param_spec_object ("current-item", NULL, NULL, KIN_TYPE_AGENDA_ITEM, read_only);

  properties[PROP_BLANKED] =
    g_param_spec_boolean ("blanked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TIMER_RUNNING] =
    g_param_spec_boolean ("timer-running", NULL, NULL, FALSE, read_only);

  properties[PROP_REMAINING_MS] =
    g_param_spec_int64 ("remaining-ms", NULL, NULL, G_MININT64, G_MAXINT64, 0, read_only);

  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL, KIN_TYPE_TIMER_PHASE,
                       KIN_TIMER_PHASE_NORMAL, read_only);

  properties[PROP_CURRENT_CARD] =
    g_param_spec_object ("current-card", NULL, NULL, KIN_TYPE_CARD, read_only);

  /**
   * KinPresenter:n-remaining:
   *
   * How many cards of the round are still to draw.
   */
  properties[PROP_N_REMAINING] =
    g_param_spec_uint ("n-remaining", NULL, NULL, 0, G_MAXUINT, 0, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinPresenter::pile-changed:
   *
   * The cards still to draw in the round changed: one was drawn or put
   * back, they were shuffled, or a new round was dealt. What
   * kin_presenter_peek_next_card() returns may differ.
   */
  signals[PILE_CHANGED] =
    g_signal_new ("pile-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kin_presenter_init (KinPresenter *self)
{
  self->item_index = -1;
  self->item_used = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  _kin_presenter_cards_init (self);
}

/**
 * kin_presenter_new:
 * @project: the project that holds @session
 * @session: the session to present
 *
 * Starts presenting on the first agenda item, with the timer stopped at
 * the item's full time. The clock is g_get_monotonic_time() until
 * kin_presenter_set_clock() sets another.
 *
 * Returns: (transfer full): a new #KinPresenter
 */
KinPresenter *
kin_presenter_new (KinProject *project,
                   KinSession *session)
{
  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_SESSION (session), NULL);

  return g_object_new (KIN_TYPE_PRESENTER, "project", project, "session", session, NULL);
}

/**
 * kin_presenter_get_project:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none): the project
 */
KinProject *
kin_presenter_get_project (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  return self->project;
}

/**
 * kin_presenter_get_session:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none): the session presented
 */
KinSession *
kin_presenter_get_session (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  return self->session;
}

/**
 * kin_presenter_get_state:
 * @self: a #KinPresenter
 *
 * Returns: whether an item is shown or the session has ended
 */
KinPresenterState
kin_presenter_get_state (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), KIN_PRESENTER_STATE_ENDED);

  return self->state;
}

/**
 * kin_presenter_get_item_index:
 * @self: a #KinPresenter
 *
 * Returns: the position of the current item in the agenda (while ENDED,
 *   of the last item shown), or -1 when the agenda is empty
 */
int
kin_presenter_get_item_index (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), -1);

  return self->item_index;
}

/**
 * kin_presenter_get_n_items:
 * @self: a #KinPresenter
 *
 * Returns: the number of items in the agenda
 */
guint
kin_presenter_get_n_items (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), 0);

  return g_list_model_get_n_items (agenda (self));
}

/**
 * kin_presenter_get_current_item:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none) (nullable): the current item (while ENDED, the
 *   last one shown), or %NULL when the agenda is empty
 */
KinAgendaItem *
kin_presenter_get_current_item (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  return self->item;
}

/**
 * kin_presenter_get_next_item:
 * @self: a #KinPresenter
 *
 * Returns: (transfer none) (nullable): the item after the current one, or
 *   %NULL on the last item and once the session has ended
 */
KinAgendaItem *
kin_presenter_get_next_item (KinPresenter *self)
{
  g_autoptr(KinAgendaItem) next = NULL;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item_index < 0)
    return NULL;

  next = g_list_model_get_item (agenda (self), (guint) self->item_index + 1);

  /* The agenda holds a reference. */
  return next;
}

/**
 * kin_presenter_get_board:
 * @self: a #KinPresenter
 *
 * The board is looked up each time, so that an item whose board is
 * deleted, or whose deletion is undone, follows at once.
 *
 * Returns: (transfer none) (nullable): the board of the current item,
 *   while the session runs and the item is a board item whose ref names a
 *   board of the project
 */
KinBoard *
kin_presenter_get_board (KinPresenter *self)
{
  const char *ref;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  if (self->state != KIN_PRESENTER_STATE_RUNNING || self->item == NULL ||
      kin_agenda_item_get_kind (self->item) != KIN_AGENDA_KIND_BOARD)
    return NULL;

  ref = kin_agenda_item_get_ref (self->item);
  return ref != NULL ? kin_project_lookup (self->project, KIN_TYPE_BOARD, ref) : NULL;
}

/**
 * kin_presenter_next:
 * @self: a #KinPresenter
 *
 * Goes forward: draws the next card of a card round while there is one,
 * otherwise moves to the next item, and past the last item ends the
 * session. A running timer runs on at the next item's time.
 *
 * Returns: %TRUE if anything moved
 */
gboolean
kin_presenter_next (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;
  guint n;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  n = kin_presenter_get_n_items (self);
  if (self->state != KIN_PRESENTER_STATE_RUNNING || n == 0 || self->item == NULL)
    return FALSE;

  _kin_presenter_begin (self, &snapshot);
  if (!_kin_presenter_cards_next (self))
    {
      if ((guint) self->item_index + 1 < n)
        move_to_item (self, (guint) self->item_index + 1);
      else
        end_session (self);
    }
  _kin_presenter_end (self, &snapshot);

  return TRUE;
}

/**
 * kin_presenter_previous:
 * @self: a #KinPresenter
 *
 * Goes back: in a card round, to the card drawn before the current one;
 * otherwise to the previous item; once ended, back to the last item.
 *
 * Returns: %TRUE if anything moved
 */
gboolean
kin_presenter_previous (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;
  guint n;
  gboolean moved = TRUE;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  n = kin_presenter_get_n_items (self);
  if (n == 0 || self->item == NULL)
    return FALSE;

  _kin_presenter_begin (self, &snapshot);
  if (self->state == KIN_PRESENTER_STATE_ENDED)
    enter_item (self, n - 1);
  else if (!_kin_presenter_cards_previous (self))
    {
      if (self->item_index > 0)
        move_to_item (self, (guint) self->item_index - 1);
      else
        moved = FALSE;
    }
  _kin_presenter_end (self, &snapshot);

  return moved;
}

/**
 * kin_presenter_go_to_item:
 * @self: a #KinPresenter
 * @index: the position of an agenda item
 *
 * Shows the item at @index from its start, as if moved to with next or
 * previous: with the timer running there if it was running here.
 *
 * Returns: %TRUE if anything moved: %FALSE when @index is past the end or
 *   already the current item
 */
gboolean
kin_presenter_go_to_item (KinPresenter *self,
                          guint         index)
{
  KinPresenterSnapshot snapshot;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  if (index >= kin_presenter_get_n_items (self))
    return FALSE;
  if (self->state == KIN_PRESENTER_STATE_RUNNING && (int) index == self->item_index)
    return FALSE;

  _kin_presenter_begin (self, &snapshot);
  move_to_item (self, index);
  _kin_presenter_end (self, &snapshot);

  return TRUE;
}

/**
 * kin_presenter_end:
 * @self: a #KinPresenter
 *
 * Stops presenting: records how long the current item ran and ends the
 * session. Going back from there returns to the last item.
 */
void
kin_presenter_end (KinPresenter *self)
{
  KinPresenterSnapshot snapshot;

  g_return_if_fail (KIN_IS_PRESENTER (self));

  _kin_presenter_begin (self, &snapshot);
  end_session (self);
  _kin_presenter_end (self, &snapshot);
}

/**
 * kin_presenter_get_blanked:
 * @self: a #KinPresenter
 *
 * Returns: whether the projector shows nothing but black
 */
gboolean
kin_presenter_get_blanked (KinPresenter *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (self), FALSE);

  return self->blanked;
}

/**
 * kin_presenter_set_blanked:
 * @self: a #KinPresenter
 * @blanked: whether the projector should show nothing but black
 *
 * Blanks or unblanks the projector.
 */
void
kin_presenter_set_blanked (KinPresenter *self,
                           gboolean      blanked)
{
  g_return_if_fail (KIN_IS_PRESENTER (self));

  blanked = !!blanked;
  if (self->blanked == blanked)
    return;

  self->blanked = blanked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANKED]);
}

/**
 * kin_presenter_toggle_blanked:
 * @self: a #KinPresenter
 *
 * Blanks the projector, or shows it again.
 */
void
kin_presenter_toggle_blanked (KinPresenter *self)
{
  g_return_if_fail (KIN_IS_PRESENTER (self));

  kin_presenter_set_blanked (self, !self->blanked);
}

/* Captures */

/**
 * kin_presenter_capture:
 * @self: a #KinPresenter
 * @text: what was said; white space around it is dropped
 *
 * Records what the room said against the current item and card: a new
 * #KinCapture with the current time, appended to the session's captures as
 * one undo step.
 *
 * Returns: (transfer none) (nullable): the capture, or %NULL when @text
 *   is empty or only white space
 */
KinCapture *
kin_presenter_capture (KinPresenter *self,
                       const char   *text)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *time = NULL;
  g_autoptr(KinCapture) capture = NULL;

  g_return_val_if_fail (KIN_IS_PRESENTER (self), NULL);

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return NULL;

  /* A new capture is not in the project yet: filling it in is not an
   * edit, appending it is. */
  capture = kin_capture_new ();
  time = kin_timestamp_now ();
  kin_capture_set_item (capture, self->item != NULL ? kin_object_get_id (KIN_OBJECT (self->item)) : NULL);
  kin_capture_set_card (capture, self->card != NULL ? kin_object_get_id (KIN_OBJECT (self->card)) : NULL);
  kin_capture_set_text (capture, trimmed);
  kin_capture_set_time (capture, time);

  kin_project_begin_action (self->project, _("Capture"));
  kin_project_append (self->project, kin_session_get_captures (self->session), capture);
  kin_project_end_action (self->project);

  /* The session's captures hold a reference. */
  return capture;
}
