/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-test-presenter.h"

/* Card rounds of the presenter: draw, back, skip, put back, shuffle. */

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/presenter/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("cards/draw", test_card_draw);
  ADD ("cards/previous", test_card_previous);
  ADD ("cards/skip", test_card_skip);
  ADD ("cards/put-back", test_card_put_back);
  ADD ("cards/shuffle", test_card_shuffle);
  ADD ("cards/without-deck", test_card_round_without_deck);

#undef ADD

  return g_test_run ();
}
