/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-test-presenter.h"

/* The presenting state machine: moving through the agenda, the timer,
 * captures and actual times. Card rounds are in test-presenter-cards.c. */

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

  /* Moving on while the timer runs: it runs on at the new item's full
   * time, and that item's actual start is recorded. */
  kin_presenter_start_timer (p);
  advance (fixture, 5);
  g_assert_null (kin_agenda_item_get_actual_start (agenda_item (fixture, 3)));
  g_assert_true (kin_presenter_go_to_item (p, 3));
  g_assert_true (kin_presenter_get_timer_running (p));
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 300000);
  g_assert_true (kin_is_valid_timestamp (kin_agenda_item_get_actual_start (agenda_item (fixture, 3))));
  advance (fixture, 7);
  g_assert_cmpint (kin_presenter_get_remaining_ms (p), ==, 293000);
  g_assert_true (kin_presenter_previous (p));
  g_assert_true (kin_presenter_get_timer_running (p));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (agenda_item (fixture, 3)), ==, 7);

  /* Moving while it is stopped: stopped at the new item's time, and
   * nothing recorded, so paging through the agenda beforehand leaves no
   * trace in the report. */
  kin_presenter_pause_timer (p);
  g_assert_true (kin_presenter_previous (p));
  g_assert_false (kin_presenter_get_timer_running (p));
  g_assert_null (kin_agenda_item_get_actual_start (agenda_item (fixture, 1)));
  advance (fixture, 9);
  g_assert_true (kin_presenter_next (p));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (agenda_item (fixture, 1)), ==, -1);
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
