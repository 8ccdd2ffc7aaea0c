/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"

/*
 * The presenting state machine, driven with a fake clock. The agenda:
 *
 *   0 "Welcome"  custom, 10 minutes
 *   1 "Cards"    cards from deck "d", 20 minutes; the cards have 3, 0 (so
 *                the item's 20), 5 and 2 minutes
 *   2 "Pause"    break, 0 minutes
 *   3 "Close"    custom, 5 minutes
 */

#define SECOND ((gint64) G_USEC_PER_SEC)

typedef struct
{
  KinProject *project;
  KinSession *session;
  KinDeck *deck;
  KinPresenter *presenter;
  gint64 now;
  GHashTable *notified;  /* property name -> count */
  guint pile_changes;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->now;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  Fixture *fixture = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (fixture->notified, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (fixture->notified, name)) + 1));
}

static void
pile_changed_cb (KinPresenter *presenter,
                 gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->pile_changes++;
}

static guint
notified (Fixture    *fixture,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (fixture->notified, name));
}

static guint
notified_total (Fixture *fixture)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, fixture->notified);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
}

static void
forget_notifications (Fixture *fixture)
{
  g_hash_table_remove_all (fixture->notified);
  fixture->pile_changes = 0;
}

static KinAgendaItem *
add_item (KinSession    *session,
          const char    *id,
          KinAgendaKind  kind,
          const char    *ref,
          const char    *title,
          int            minutes)
{
  g_autoptr(KinAgendaItem) item = g_object_new (KIN_TYPE_AGENDA_ITEM, "id", id, NULL);

  kin_agenda_item_set_kind (item, kind);
  kin_agenda_item_set_ref (item, ref);
  kin_agenda_item_set_title (item, title);
  kin_agenda_item_set_minutes (item, minutes);
  g_list_store_append (G_LIST_STORE (kin_session_get_agenda (session)), item);

  return item;
}

static void
add_card (KinDeck    *deck,
          const char *id,
          int         minutes)
{
  g_autoptr(KinCard) card = g_object_new (KIN_TYPE_CARD, "id", id, NULL);

  kin_card_set_title (card, id);
  kin_card_set_minutes (card, minutes);
  g_list_store_append (G_LIST_STORE (kin_deck_get_cards (deck)), card);
}

static KinPresenter *
new_presenter (Fixture *fixture)
{
  KinPresenter *presenter = kin_presenter_new (fixture->project, fixture->session);

  kin_presenter_set_clock (presenter, fake_clock, fixture);

  return presenter;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KinDeck) deck = g_object_new (KIN_TYPE_DECK, "id", "d", NULL);
  g_autoptr(KinSession) session = g_object_new (KIN_TYPE_SESSION, "id", "s", NULL);

  fixture->now = 1000 * SECOND;
  fixture->project = kin_project_new ();
  fixture->deck = deck;
  fixture->session = session;
  g_list_store_append (G_LIST_STORE (kin_project_get_decks (fixture->project)), deck);
  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (fixture->project)), session);

  add_card (deck, "c1", 3);
  add_card (deck, "c2", 0);
  add_card (deck, "c3", 5);
  add_card (deck, "c4", 2);

  kin_session_set_start (session, "09:00");
  add_item (session, "welcome", KIN_AGENDA_KIND_CUSTOM, NULL, "Welcome", 10);
  add_item (session, "cards", KIN_AGENDA_KIND_CARDS, "d", "Cards", 20);
  add_item (session, "pause", KIN_AGENDA_KIND_BREAK, NULL, "Pause", 0);
  add_item (session, "close", KIN_AGENDA_KIND_CUSTOM, NULL, "Close", 5);

  if (data == NULL)
    {
      fixture->presenter = new_presenter (fixture);
      fixture->notified = g_hash_table_new (g_str_hash, g_str_equal);
      g_signal_connect (fixture->presenter, "notify", G_CALLBACK (notify_cb), fixture);
      g_signal_connect (fixture->presenter, "pile-changed", G_CALLBACK (pile_changed_cb), fixture);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->presenter != NULL)
    g_assert_finalize_object (fixture->presenter);
  g_clear_pointer (&fixture->notified, g_hash_table_unref);
  g_assert_finalize_object (fixture->project);
}

static void
advance (Fixture *fixture,
         gint64   seconds)
{
  fixture->now += seconds * SECOND;
  kin_presenter_tick (fixture->presenter);
}

static const char *
item_id (KinPresenter *presenter)
{
  KinAgendaItem *item = kin_presenter_get_current_item (presenter);

  return item != NULL ? kin_object_get_id (KIN_OBJECT (item)) : NULL;
}

static const char *
card_id (KinCard *card)
{
  return card != NULL ? kin_object_get_id (KIN_OBJECT (card)) : NULL;
}

static KinAgendaItem *
agenda_item (Fixture *fixture,
             guint    index)
{
  g_autoptr(KinAgendaItem) item = g_list_model_get_item (kin_session_get_agenda (fixture->session), index);

  return item;
}

/* The ids of the history, with a "!" after skipped ones, such as "c1! c2". */
static char *
history_text (KinPresenter *presenter)
{
  GListModel *history = kin_presenter_get_history (presenter);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (history, i);

      g_string_append_printf (text, "%s%s%s", i > 0 ? " " : "", card_id (card),
                              kin_presenter_history_is_skipped (presenter, i) ? "!" : "");
    }

  return g_string_free (text, FALSE);
}

#define assert_history(presenter, expected) \
  G_STMT_START { \
    g_autofree char *history__ = history_text (presenter); \
    g_assert_cmpstr (history__, ==, expected); \
  } G_STMT_END

static void
test_start (Fixture       *fixture,
            gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  g_assert_true (kin_presenter_get_project (p) == fixture->project);
  g_assert_true (kin_presenter_get_session (p) == fixture->session);
  g_assert_cmpint (kin_presenter_get_state (p), ==, KIN_PRESENTER_STATE_RUNNING);
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 0);
  g_assert_cmpuint (kin_presenter_get_n_items (p), ==, 4);
  g_assert_cmpstr (item_id (p), ==, "welcome");
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (kin_presenter_get_next_item (p))), ==, "cards");
  g_assert_false (kin_presenter_get_timer_running (p));
  g_assert_false (kin_presenter_get_blanked (p));
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 600000);
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 600000);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_NORMAL);
  g_assert_false (kin_presenter_is_card_round (p));
  g_assert_null (kin_presenter_get_deck (p));
  g_assert_null (kin_presenter_get_current_card (p));
  g_assert_null (kin_presenter_peek_next_card (p));
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kin_presenter_get_history (p)), ==, 0);
  g_assert_cmpint (kin_presenter_get_item_planned_minutes (p), ==, 10);
  g_assert_cmpint (kin_presenter_get_session_planned_minutes (p), ==, 35);
  g_assert_cmpint (kin_presenter_get_item_elapsed_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_session_elapsed_ms (p), ==, 0);

  /* The properties say the same. */
  {
    KinPresenterState state;
    KinTimerPhase phase;
    int index;
    gint64 remaining;
    g_autoptr(KinAgendaItem) item = NULL;

    g_object_get (p, "state", &state, "phase", &phase, "item-index", &index,
                  "remaining-ms", &remaining, "current-item", &item, NULL);
    g_assert_cmpint (state, ==, KIN_PRESENTER_STATE_RUNNING);
    g_assert_cmpint (phase, ==, KIN_TIMER_PHASE_NORMAL);
    g_assert_cmpint (index, ==, 0);
    g_assert_cmpint (remaining, ==, 600000);
    g_assert_true (item == agenda_item (fixture, 0));
  }

  /* Enum types for bindings and builder files. */
  g_assert_cmpstr (g_enum_get_value (g_type_class_peek (KIN_TYPE_PRESENTER_STATE),
                                     KIN_PRESENTER_STATE_ENDED)->value_nick, ==, "ended");
  g_assert_cmpstr (g_enum_get_value (g_type_class_ref (KIN_TYPE_TIMER_PHASE),
                                     KIN_TIMER_PHASE_LAST_MINUTE)->value_nick, ==, "last-minute");
}

static void
test_next_previous (Fixture       *fixture,
                    gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  /* Entering a card round draws nothing. */
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 1);
  g_assert_true (kin_presenter_is_card_round (p));
  g_assert_true (kin_presenter_get_deck (p) == fixture->deck);
  g_assert_null (kin_presenter_get_current_card (p));
  g_assert_cmpstr (card_id (kin_presenter_peek_next_card (p)), ==, "c1");
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 20 * 60000);

  /* Each Next draws a card, with its own timebox. */
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 3 * 60000);
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c2");
  /* A card of no minutes has the item's time. */
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 20 * 60000);
  g_assert_true (kin_presenter_next (p));
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c4");
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 2 * 60000);
  g_assert_null (kin_presenter_peek_next_card (p));
  assert_history (p, "c1 c2 c3 c4");

  /* No card left: on to the next item. */
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 2);
  g_assert_false (kin_presenter_is_card_round (p));
  g_assert_null (kin_presenter_get_current_card (p));
  assert_history (p, "");
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpstr (item_id (p), ==, "close");
  g_assert_null (kin_presenter_get_next_item (p));

  /* Past the last item, the end; and no further. */
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpint (kin_presenter_get_state (p), ==, KIN_PRESENTER_STATE_ENDED);
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 3);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_NORMAL);
  g_assert_null (kin_presenter_get_next_item (p));
  g_assert_false (kin_presenter_next (p));
  g_assert_cmpint (kin_presenter_get_state (p), ==, KIN_PRESENTER_STATE_ENDED);

  /* Back from the end to the last item, then back through the agenda. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpint (kin_presenter_get_state (p), ==, KIN_PRESENTER_STATE_RUNNING);
  g_assert_cmpstr (item_id (p), ==, "close");
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 5 * 60000);
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (item_id (p), ==, "pause");
  /* The round starts again with nothing drawn, so Back leaves it. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (item_id (p), ==, "cards");
  g_assert_null (kin_presenter_get_current_card (p));
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 4);
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (item_id (p), ==, "welcome");
  g_assert_false (kin_presenter_previous (p));
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 0);
}

static void
test_go_to_and_end (Fixture       *fixture,
                    gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  g_assert_true (kin_presenter_go_to_item (p, 3));
  g_assert_cmpstr (item_id (p), ==, "close");
  g_assert_false (kin_presenter_go_to_item (p, 3));
  g_assert_false (kin_presenter_go_to_item (p, 4));
  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_true (kin_presenter_is_card_round (p));

  kin_presenter_start_timer (p);
  kin_presenter_end (p);
  g_assert_cmpint (kin_presenter_get_state (p), ==, KIN_PRESENTER_STATE_ENDED);
  g_assert_false (kin_presenter_get_timer_running (p));
  g_assert_false (kin_presenter_is_card_round (p));
  /* Nothing to start once ended. */
  kin_presenter_start_timer (p);
  g_assert_false (kin_presenter_get_timer_running (p));
  forget_notifications (fixture);
  kin_presenter_end (p);
  g_assert_cmpuint (notified_total (fixture), ==, 0);

  /* Going to the item shown when it ended shows it again. */
  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_cmpint (kin_presenter_get_state (p), ==, KIN_PRESENTER_STATE_RUNNING);
  g_assert_cmpuint (notified (fixture, "state"), ==, 1);
  g_assert_cmpuint (notified (fixture, "item-index"), ==, 0);
}

static void
test_blank (Fixture       *fixture,
            gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;
  gboolean blanked;

  kin_presenter_toggle_blanked (p);
  g_assert_true (kin_presenter_get_blanked (p));
  g_assert_cmpuint (notified (fixture, "blanked"), ==, 1);
  kin_presenter_set_blanked (p, TRUE);
  g_assert_cmpuint (notified (fixture, "blanked"), ==, 1);

  /* Blanking is the projector's business: the agenda still moves. */
  g_assert_true (kin_presenter_next (p));
  g_assert_true (kin_presenter_get_blanked (p));

  kin_presenter_toggle_blanked (p);
  g_assert_false (kin_presenter_get_blanked (p));
  g_assert_cmpuint (notified (fixture, "blanked"), ==, 2);

  g_object_set (p, "blanked", TRUE, NULL);
  g_object_get (p, "blanked", &blanked, NULL);
  g_assert_true (blanked);
  g_assert_cmpuint (notified (fixture, "blanked"), ==, 3);
  g_object_set (p, "blanked", TRUE, NULL);
  g_assert_cmpuint (notified (fixture, "blanked"), ==, 3);
}

static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  /* Stopped, time does not count. */
  advance (fixture, 50);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 600000);
  g_assert_cmpuint (notified (fixture, "remaining-ms"), ==, 0);

  kin_presenter_start_timer (p);
  g_assert_true (kin_presenter_get_timer_running (p));
  g_assert_cmpuint (notified (fixture, "timer-running"), ==, 1);
  kin_presenter_start_timer (p);
  g_assert_cmpuint (notified (fixture, "timer-running"), ==, 1);

  advance (fixture, 30);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 570000);
  g_assert_cmpuint (notified (fixture, "remaining-ms"), ==, 1);
  /* A tick with no time gone changes nothing. */
  kin_presenter_tick (p);
  g_assert_cmpuint (notified (fixture, "remaining-ms"), ==, 1);

  kin_presenter_pause_timer (p);
  g_assert_false (kin_presenter_get_timer_running (p));
  advance (fixture, 100);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 570000);
  g_assert_cmpuint (notified (fixture, "remaining-ms"), ==, 1);

  kin_presenter_toggle_timer (p);
  g_assert_true (kin_presenter_get_timer_running (p));
  advance (fixture, 10);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 560000);

  /* +1 minute, counted at once. */
  kin_presenter_add_minute (p);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 620000);
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 660000);
  advance (fixture, 20);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 600000);

  /* Reset: the planned time again, still running. */
  kin_presenter_reset_timer (p);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 600000);
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 600000);
  g_assert_true (kin_presenter_get_timer_running (p));
  advance (fixture, 5);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 595000);

  kin_presenter_toggle_timer (p);
  g_assert_false (kin_presenter_get_timer_running (p));
  kin_presenter_reset_timer (p);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 600000);
  g_assert_false (kin_presenter_get_timer_running (p));

  /* Moving to another item stops the timer at the new item's time. */
  kin_presenter_start_timer (p);
  advance (fixture, 5);
  g_assert_true (kin_presenter_go_to_item (p, 3));
  g_assert_false (kin_presenter_get_timer_running (p));
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 300000);
}

static void
test_phases (Fixture       *fixture,
             gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  kin_presenter_start_timer (p);
  advance (fixture, 600 - 61);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 61000);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_NORMAL);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 0);

  advance (fixture, 1);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 60000);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_LAST_MINUTE);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 1);

  advance (fixture, 59);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_LAST_MINUTE);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 1);

  advance (fixture, 1);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_OVERTIME);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 2);

  advance (fixture, 1);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, -1000);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_OVERTIME);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 2);

  /* A minute more brings the last minute back. */
  kin_presenter_add_minute (p);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 59000);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_LAST_MINUTE);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 3);
  kin_presenter_reset_timer (p);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_NORMAL);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 4);
}

static void
test_zero_minute_item (Fixture       *fixture,
                       gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  g_assert_true (kin_presenter_go_to_item (p, 2));
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_OVERTIME);
  g_assert_false (kin_presenter_get_timer_running (p));

  kin_presenter_start_timer (p);
  advance (fixture, 3);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, -3000);
}

static void
test_card_draw (Fixture       *fixture,
                gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  /* Not a card round: nothing to draw. */
  g_assert_false (kin_presenter_draw_card (p));
  g_assert_false (kin_presenter_skip_card (p));
  g_assert_false (kin_presenter_put_back (p));

  g_assert_true (kin_presenter_next (p));
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 4);
  forget_notifications (fixture);

  kin_presenter_start_timer (p);
  advance (fixture, 60);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 19 * 60000);

  /* Drawing sets the card's timebox and keeps the timer running. */
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 3 * 60000);
  g_assert_true (kin_presenter_get_timer_running (p));
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 3);
  g_assert_cmpstr (card_id (kin_presenter_peek_next_card (p)), ==, "c2");
  g_assert_cmpuint (notified (fixture, "current-card"), ==, 1);
  g_assert_cmpuint (notified (fixture, "n-remaining"), ==, 1);
  g_assert_cmpuint (fixture->pile_changes, ==, 1);

  advance (fixture, 30);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 150000);
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 20 * 60000);
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_false (kin_presenter_draw_card (p));
  assert_history (p, "c1 c2 c3 c4");
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 0);

  /* A card given more time while on show counts at once. */
  kin_card_set_minutes (KIN_CARD (kin_presenter_get_current_card (p)), 4);
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 4 * 60000);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 4 * 60000);
}

static void
test_card_previous (Fixture       *fixture,
                    gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_true (kin_presenter_next (p));
  g_assert_true (kin_presenter_next (p));
  assert_history (p, "c1 c2");
  kin_presenter_start_timer (p);
  advance (fixture, 20);

  /* Back to the card before; the current one goes back on top. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 3 * 60000);
  g_assert_cmpstr (card_id (kin_presenter_peek_next_card (p)), ==, "c2");
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 3);
  assert_history (p, "c1");

  /* With one card drawn, Back puts it back: no card shown. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_null (kin_presenter_get_current_card (p));
  g_assert_cmpstr (card_id (kin_presenter_peek_next_card (p)), ==, "c1");
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 4);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 20 * 60000);
  assert_history (p, "");
  g_assert_true (kin_presenter_get_timer_running (p));

  /* With none, to the previous item. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (item_id (p), ==, "welcome");

  /* Forward again deals the deck afresh in its order. */
  g_assert_true (kin_presenter_next (p));
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");
}

static void
test_card_skip (Fixture       *fixture,
                gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  g_assert_true (kin_presenter_go_to_item (p, 1));
  /* Nothing on show: nothing to skip. */
  g_assert_false (kin_presenter_skip_card (p));

  g_assert_true (kin_presenter_draw_card (p));
  g_assert_true (kin_presenter_skip_card (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c2");
  assert_history (p, "c1! c2");
  g_assert_true (kin_presenter_history_is_skipped (p, 0));
  g_assert_false (kin_presenter_history_is_skipped (p, 1));
  g_assert_false (kin_presenter_history_is_skipped (p, 7));

  /* Back returns to the skipped card as it was. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");
  assert_history (p, "c1");

  g_assert_true (kin_presenter_skip_card (p));
  g_assert_true (kin_presenter_skip_card (p));
  g_assert_true (kin_presenter_skip_card (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c4");
  /* The last card skipped with none left: nothing on show. */
  g_assert_true (kin_presenter_skip_card (p));
  g_assert_null (kin_presenter_get_current_card (p));
  assert_history (p, "c1! c2! c3! c4!");

  /* Back shows the newest again; Forward leaves the round. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c4");
  assert_history (p, "c1! c2! c3! c4");
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpstr (item_id (p), ==, "pause");
}

static void
test_card_put_back (Fixture       *fixture,
                    gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_false (kin_presenter_put_back (p));
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_true (kin_presenter_draw_card (p));
  forget_notifications (fixture);

  g_assert_true (kin_presenter_put_back (p));
  g_assert_null (kin_presenter_get_current_card (p));
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 20 * 60000);
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 3);
  g_assert_cmpstr (card_id (kin_presenter_peek_next_card (p)), ==, "c3");
  g_assert_cmpuint (notified (fixture, "current-card"), ==, 1);
  g_assert_cmpuint (fixture->pile_changes, ==, 1);
  assert_history (p, "c1");
  g_assert_false (kin_presenter_put_back (p));

  /* It comes up again after the others. */
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_true (kin_presenter_draw_card (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c2");
  g_assert_false (kin_presenter_draw_card (p));
  assert_history (p, "c1 c3 c4 c2");

  /* After a put back, Back shows the card drawn before. */
  g_assert_true (kin_presenter_put_back (p));
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c4");
  assert_history (p, "c1 c3 c4");
  g_assert_cmpstr (card_id (kin_presenter_peek_next_card (p)), ==, "c2");
}

/* The order of the pile, by drawing everything. */
static char *
deal_order (Fixture *fixture,
            guint32  seed,
            gboolean draw_first)
{
  g_autoptr(KinPresenter) p = new_presenter (fixture);
  GString *order = g_string_new (NULL);

  g_assert_true (kin_presenter_go_to_item (p, 1));
  if (draw_first)
    g_assert_true (kin_presenter_draw_card (p));
  kin_presenter_shuffle (p, seed);
  if (draw_first)
    {
      /* The card on show and the history stay. */
      g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");
      assert_history (p, "c1");
    }
  while (kin_presenter_draw_card (p))
    g_string_append (order, card_id (kin_presenter_get_current_card (p)));

  return g_string_free (order, FALSE);
}

static void
test_card_shuffle (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *first = deal_order (fixture, 42, FALSE);
  g_autofree char *again = deal_order (fixture, 42, FALSE);
  g_autofree char *after_draw = deal_order (fixture, 42, TRUE);
  gboolean some_differ = FALSE;
  gboolean some_differ_from_deck = FALSE;

  /* The same seed, the same order: tests and rehearsals can rely on it. */
  g_assert_cmpstr (first, ==, again);
  g_assert_cmpuint (strlen (first), ==, 8);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i);

      g_assert_nonnull (strstr (first, id));
    }

  /* Only the three undrawn cards are shuffled. */
  g_assert_cmpuint (strlen (after_draw), ==, 6);
  g_assert_null (strstr (after_draw, "c1"));

  for (guint32 seed = 1; seed < 20; seed++)
    {
      g_autofree char *other = deal_order (fixture, seed, FALSE);

      some_differ |= g_strcmp0 (other, first) != 0;
      some_differ_from_deck |= g_strcmp0 (other, "c1c2c3c4") != 0;
    }
  g_assert_true (some_differ);
  g_assert_true (some_differ_from_deck);

  /* Shuffling tells whoever shows the next card. */
  {
    KinPresenter *p = fixture->presenter;

    g_assert_true (kin_presenter_go_to_item (p, 1));
    fixture->pile_changes = 0;
    kin_presenter_shuffle (p, 7);
    g_assert_cmpuint (fixture->pile_changes, ==, 1);
  }
}

static void
test_card_round_without_deck (Fixture       *fixture,
                              gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;
  KinAgendaItem *item = agenda_item (fixture, 1);

  /* A cards item whose deck does not exist is an ordinary item. */
  kin_agenda_item_set_ref (item, "missing");
  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_false (kin_presenter_is_card_round (p));
  g_assert_false (kin_presenter_draw_card (p));
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpstr (item_id (p), ==, "pause");

  /* Choosing the deck while the item is on show deals it. */
  g_assert_true (kin_presenter_previous (p));
  kin_project_set (fixture->project, item, "ref", "d", NULL);
  g_assert_true (kin_presenter_is_card_round (p));
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 4);

  /* Cards added to the deck meanwhile join the bottom of the pile. */
  g_assert_true (kin_presenter_draw_card (p));
  add_card (fixture->deck, "c5", 1);
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 4);
  kin_project_remove (fixture->project, kin_deck_get_cards (fixture->deck), 1);
  g_assert_cmpuint (kin_presenter_get_n_remaining (p), ==, 3);
  g_assert_cmpstr (card_id (kin_presenter_peek_next_card (p)), ==, "c3");
}

static void
test_capture (Fixture       *fixture,
              gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;
  GListModel *captures = kin_session_get_captures (fixture->session);
  KinCapture *capture;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KinProject) loaded = NULL;
  g_autoptr(KinSession) loaded_session = NULL;
  g_autoptr(GError) error = NULL;

  capture = kin_presenter_capture (p, "  Tenants want a text before the visit\n");
  g_assert_nonnull (capture);
  g_assert_cmpstr (kin_capture_get_text (capture), ==, "Tenants want a text before the visit");
  g_assert_cmpstr (kin_capture_get_item (capture), ==, "welcome");
  g_assert_null (kin_capture_get_card (capture));
  g_assert_true (kin_is_valid_timestamp (kin_capture_get_time (capture)));
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, 1);
  g_assert_true (kin_project_get_modified (fixture->project));
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Capture");

  /* In a card round, against the card on show. */
  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_true (kin_presenter_draw_card (p));
  capture = kin_presenter_capture (p, "Call back when we say we will");
  g_assert_cmpstr (kin_capture_get_item (capture), ==, "cards");
  g_assert_cmpstr (kin_capture_get_card (capture), ==, "c1");
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, 2);

  /* Nothing to record: no capture and no undo step. */
  g_assert_null (kin_presenter_capture (p, ""));
  g_assert_null (kin_presenter_capture (p, " \t\n "));
  g_assert_null (kin_presenter_capture (p, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, 2);
  g_assert_cmpuint (kin_history_get_n_undo (kin_project_get_history (fixture->project)), ==, 2);

  /* Each capture is one undo step. */
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, 1);
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, 0);
  g_assert_true (kin_project_redo (fixture->project));
  g_assert_cmpuint (g_list_model_get_n_items (captures), ==, 1);
  {
    g_autoptr(KinCapture) restored = g_list_model_get_item (captures, 0);

    g_assert_cmpstr (kin_capture_get_text (restored), ==, "Tenants want a text before the visit");
  }
  /* Undo and redo do not move the presenter. */
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");

  /* The capture is in the saved file. */
  bytes = kin_project_write_bytes (fixture->project);
  loaded = kin_project_read_bytes (bytes, "test.kindling", NULL, &error);
  g_assert_no_error (error);
  loaded_session = g_list_model_get_item (kin_project_get_sessions (loaded), 0);
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_captures (loaded_session)), ==, 1);
  {
    g_autoptr(KinCapture) saved = g_list_model_get_item (kin_session_get_captures (loaded_session), 0);

    g_assert_cmpstr (kin_capture_get_item (saved), ==, "welcome");
    g_assert_cmpstr (kin_capture_get_text (saved), ==, "Tenants want a text before the visit");
  }
}

static void
test_actual_times (Fixture       *fixture,
                   gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;
  KinProject *project = fixture->project;
  KinAgendaItem *welcome = agenda_item (fixture, 0);
  KinAgendaItem *cards = agenda_item (fixture, 1);
  KinAgendaItem *close = agenda_item (fixture, 3);
  g_autofree char *start = NULL;

  /* Shown but never run: nothing measured. */
  g_assert_true (kin_presenter_next (p));
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (welcome), ==, -1);
  g_assert_null (kin_agenda_item_get_actual_start (welcome));
  g_assert_false (kin_project_get_modified (project));

  kin_presenter_start_timer (p);
  g_assert_true (kin_is_valid_timestamp (kin_agenda_item_get_actual_start (welcome)));
  start = g_strdup (kin_agenda_item_get_actual_start (welcome));
  g_assert_true (kin_project_get_modified (project));
  advance (fixture, 80);
  kin_presenter_pause_timer (p);
  advance (fixture, 30);
  kin_presenter_start_timer (p);
  advance (fixture, 10);
  /* Recorded when the item is left, paused time not counted. */
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (welcome), ==, -1);
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (welcome), ==, 90);

  /* Measurements are not edits: nothing to undo. */
  g_assert_false (kin_project_can_undo (project));

  /* A second visit adds to the first; the first start stays. */
  g_assert_true (kin_presenter_previous (p));
  kin_presenter_start_timer (p);
  advance (fixture, 30);
  g_assert_true (kin_presenter_go_to_item (p, 3));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (welcome), ==, 120);
  g_assert_cmpstr (kin_agenda_item_get_actual_start (welcome), ==, start);

  /* The time of all cards of a round counts for the item. */
  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_true (kin_presenter_draw_card (p));
  kin_presenter_start_timer (p);
  advance (fixture, 40);
  g_assert_true (kin_presenter_draw_card (p));
  advance (fixture, 50);
  g_assert_true (kin_presenter_go_to_item (p, 3));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (cards), ==, 90);

  /* Ending records the last item. */
  kin_presenter_start_timer (p);
  advance (fixture, 20);
  kin_presenter_end (p);
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (close), ==, 20);
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (agenda_item (fixture, 2)), ==, -1);

  /* Ctrl+Z after a capture takes back the capture, not the times. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_nonnull (kin_presenter_capture (p, "Close the loop"));
  g_assert_true (kin_project_undo (project));
  g_assert_false (kin_project_can_undo (project));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (welcome), ==, 120);
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (close), ==, 20);
  /* And the project still has something to save. */
  g_assert_true (kin_project_get_modified (project));
}

static void
test_actual_times_on_dispose (Fixture       *fixture,
                              gconstpointer  data)
{
  KinPresenter *p = new_presenter (fixture);

  kin_presenter_start_timer (p);
  fixture->now += 25 * SECOND;
  /* A window closed without ending keeps the time run. */
  g_assert_finalize_object (p);
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (agenda_item (fixture, 0)), ==, 25);
}

static void
test_elapsed (Fixture       *fixture,
              gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  kin_presenter_start_timer (p);
  advance (fixture, 70);
  g_assert_cmpint (kin_presenter_get_item_elapsed_ms (p), ==, 70000);
  g_assert_cmpint (kin_presenter_get_session_elapsed_ms (p), ==, 70000);

  /* A card round: the item's time spans its cards. */
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpint (kin_presenter_get_item_elapsed_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_item_planned_minutes (p), ==, 20);
  kin_presenter_start_timer (p);
  advance (fixture, 10);
  g_assert_true (kin_presenter_next (p));
  advance (fixture, 20);
  g_assert_true (kin_presenter_next (p));
  advance (fixture, 30);
  g_assert_cmpint (kin_presenter_get_item_elapsed_ms (p), ==, 60000);
  g_assert_cmpint (kin_presenter_get_session_elapsed_ms (p), ==, 130000);

  /* Paused time is not elapsed time. */
  kin_presenter_pause_timer (p);
  advance (fixture, 500);
  g_assert_cmpint (kin_presenter_get_item_elapsed_ms (p), ==, 60000);
  g_assert_cmpint (kin_presenter_get_session_elapsed_ms (p), ==, 130000);

  /* Back to an item: its earlier time still counts. */
  g_assert_true (kin_presenter_go_to_item (p, 0));
  g_assert_cmpint (kin_presenter_get_item_elapsed_ms (p), ==, 70000);
  kin_presenter_start_timer (p);
  advance (fixture, 5);
  g_assert_cmpint (kin_presenter_get_item_elapsed_ms (p), ==, 75000);
  g_assert_cmpint (kin_presenter_get_session_elapsed_ms (p), ==, 135000);

  kin_presenter_end (p);
  g_assert_cmpint (kin_presenter_get_session_elapsed_ms (p), ==, 135000);
}

static void
test_agenda_edits (Fixture       *fixture,
                   gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;
  KinProject *project = fixture->project;
  GListModel *list = kin_session_get_agenda (fixture->session);

  g_assert_true (kin_presenter_go_to_item (p, 1));
  g_assert_true (kin_presenter_draw_card (p));
  forget_notifications (fixture);

  /* Removing an item before the current one: same item, new index. */
  kin_project_remove (project, list, 0);
  g_assert_cmpstr (item_id (p), ==, "cards");
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 0);
  g_assert_cmpuint (notified (fixture, "item-index"), ==, 1);
  g_assert_cmpuint (notified (fixture, "current-item"), ==, 0);
  /* The round goes on. */
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");

  /* Moving the current item: it is followed. */
  kin_project_move (project, list, 0, 2);
  g_assert_cmpstr (item_id (p), ==, "cards");
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 2);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 0);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 1);
  g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");

  /* Removing and inserting it in one action (a drag) keeps it current. */
  {
    g_autoptr(KinAgendaItem) item = g_list_model_get_item (list, 1);

    kin_project_begin_action (project, "Move");
    kin_project_remove (project, list, 1);
    kin_project_insert (project, list, 3, item);
    kin_project_end_action (project);
    g_assert_cmpstr (item_id (p), ==, "cards");
    g_assert_cmpint (kin_presenter_get_item_index (p), ==, 3);
    g_assert_cmpstr (card_id (kin_presenter_get_current_card (p)), ==, "c1");
    g_assert_true (kin_project_undo (project));
    g_assert_cmpint (kin_presenter_get_item_index (p), ==, 1);
  }

  /* Removing the current item: the one now in its place is shown. */
  kin_presenter_start_timer (p);
  advance (fixture, 15);
  forget_notifications (fixture);
  kin_project_remove (project, list, 1);
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 1);
  g_assert_cmpstr (item_id (p), ==, "pause");
  g_assert_null (kin_presenter_get_current_card (p));
  g_assert_false (kin_presenter_get_timer_running (p));
  g_assert_cmpuint (notified (fixture, "item-index"), ==, 0);
  g_assert_cmpuint (notified (fixture, "current-item"), ==, 1);
  /* Its time was still recorded, should it come back. */
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (agenda_item (fixture, 1)), ==, 15);
  g_assert_cmpstr (item_id (p), ==, "pause");
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 2);

  /* Removing the last item while on it: back to the new last one. */
  g_assert_true (kin_presenter_go_to_item (p, 3));
  kin_project_remove (project, list, 3);
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 2);
  g_assert_cmpstr (item_id (p), ==, "pause");

  /* Emptying the agenda. */
  while (g_list_model_get_n_items (list) > 0)
    kin_project_remove (project, list, 0);
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, -1);
  g_assert_null (kin_presenter_get_current_item (p));
  g_assert_false (kin_presenter_next (p));
  g_assert_false (kin_presenter_previous (p));

  /* An item added again is shown: the last one removed comes back first. */
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 0);
  g_assert_cmpstr (item_id (p), ==, "pause");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_presenter_get_item_index (p), ==, 1);
  g_assert_cmpstr (item_id (p), ==, "pause");
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpstr (item_id (p), ==, "cards");
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 20 * 60000);
}

static void
test_minutes_edited (Fixture       *fixture,
                     gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  kin_presenter_start_timer (p);
  advance (fixture, 60);
  kin_project_set (fixture->project, agenda_item (fixture, 0), "minutes", 15, NULL);
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 15 * 60000);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 14 * 60000);
  g_assert_cmpint (kin_presenter_get_item_planned_minutes (p), ==, 15);
  g_assert_cmpint (kin_presenter_get_session_planned_minutes (p), ==, 40);
}

static void
test_empty_agenda (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinSession) session = kin_session_new ();
  g_autoptr(KinPresenter) p = NULL;
  KinCapture *capture;

  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (project)), session);
  p = kin_presenter_new (project, session);

  g_assert_cmpint (kin_presenter_get_item_index (p), ==, -1);
  g_assert_cmpuint (kin_presenter_get_n_items (p), ==, 0);
  g_assert_null (kin_presenter_get_current_item (p));
  g_assert_null (kin_presenter_get_next_item (p));
  g_assert_false (kin_presenter_next (p));
  g_assert_false (kin_presenter_previous (p));
  g_assert_false (kin_presenter_go_to_item (p, 0));
  kin_presenter_start_timer (p);
  g_assert_false (kin_presenter_get_timer_running (p));
  kin_presenter_add_minute (p);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_timebox_ms (p), ==, 0);
  g_assert_cmpint (kin_presenter_get_phase (p), ==, KIN_TIMER_PHASE_NORMAL);
  g_assert_false (kin_presenter_is_card_round (p));

  /* What is said still counts, against no item. */
  capture = kin_presenter_capture (p, "Before we start");
  g_assert_nonnull (capture);
  g_assert_null (kin_capture_get_item (capture));

  kin_presenter_end (p);
  g_assert_cmpint (kin_presenter_get_state (p), ==, KIN_PRESENTER_STATE_ENDED);
  g_assert_false (kin_presenter_previous (p));
}

static void
test_notify_counts (Fixture       *fixture,
                    gconstpointer  data)
{
  KinPresenter *p = fixture->presenter;

  /* Going to the next ordinary item changes only what differs. */
  g_assert_true (kin_presenter_go_to_item (p, 3));
  g_assert_cmpuint (notified (fixture, "item-index"), ==, 1);
  g_assert_cmpuint (notified (fixture, "current-item"), ==, 1);
  g_assert_cmpuint (notified (fixture, "remaining-ms"), ==, 1);
  g_assert_cmpuint (notified (fixture, "state"), ==, 0);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 0);
  g_assert_cmpuint (notified (fixture, "timer-running"), ==, 0);
  g_assert_cmpuint (notified (fixture, "current-card"), ==, 0);
  g_assert_cmpuint (notified (fixture, "blanked"), ==, 0);
  g_assert_cmpuint (notified_total (fixture), ==, 3);

  /* What changes nothing notifies nothing. */
  forget_notifications (fixture);
  g_assert_false (kin_presenter_go_to_item (p, 3));
  kin_presenter_pause_timer (p);
  kin_presenter_tick (p);
  kin_presenter_set_blanked (p, FALSE);
  g_assert_false (kin_presenter_draw_card (p));
  kin_presenter_shuffle (p, 3);
  kin_presenter_reset_timer (p);
  g_assert_cmpuint (notified_total (fixture), ==, 0);
  g_assert_cmpuint (fixture->pile_changes, ==, 0);

  /* Into the zero-minute item: phase too. */
  g_assert_true (kin_presenter_previous (p));
  g_assert_cmpuint (notified (fixture, "phase"), ==, 1);
  g_assert_cmpuint (notified (fixture, "item-index"), ==, 1);

  /* Ending: state, phase back to normal and the time. */
  forget_notifications (fixture);
  kin_presenter_end (p);
  g_assert_cmpuint (notified (fixture, "state"), ==, 1);
  g_assert_cmpuint (notified (fixture, "phase"), ==, 1);
  g_assert_cmpuint (notified (fixture, "item-index"), ==, 0);
  g_assert_cmpuint (notified (fixture, "remaining-ms"), ==, 0);
  g_assert_cmpuint (notified_total (fixture), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/presenter/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_BARE(path, func) \
  g_test_add ("/presenter/" path, Fixture, GINT_TO_POINTER (1), fixture_set_up, func, fixture_tear_down)

  ADD ("start", test_start);
  ADD ("next-previous", test_next_previous);
  ADD ("go-to-and-end", test_go_to_and_end);
  ADD ("blank", test_blank);
  ADD ("timer", test_timer);
  ADD ("phases", test_phases);
  ADD ("zero-minute-item", test_zero_minute_item);
  ADD ("cards/draw", test_card_draw);
  ADD ("cards/previous", test_card_previous);
  ADD ("cards/skip", test_card_skip);
  ADD ("cards/put-back", test_card_put_back);
  ADD ("cards/shuffle", test_card_shuffle);
  ADD ("cards/without-deck", test_card_round_without_deck);
  ADD ("capture", test_capture);
  ADD ("actual-times", test_actual_times);
  ADD_BARE ("actual-times-on-dispose", test_actual_times_on_dispose);
  ADD ("elapsed", test_elapsed);
  ADD ("agenda-edits", test_agenda_edits);
  ADD ("minutes-edited", test_minutes_edited);
  ADD ("notify-counts", test_notify_counts);
  g_test_add_func ("/presenter/empty-agenda", test_empty_agenda);

#undef ADD
#undef ADD_BARE

  return g_test_run ();
}
