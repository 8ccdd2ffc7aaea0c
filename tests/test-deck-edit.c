/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include "kin-deck-edit.h"
#include "kin-model.h"

/* A project with one deck of three cards, and a session whose agenda runs
 * a round of that deck and whose captures name its first card. */
typedef struct
{
  KinProject    *project;
  KinDeck       *deck;
  KinSession    *session;
  KinAgendaItem *round;
  KinAgendaItem *talk;
  KinCapture    *capture;
} Fixture;

static KinCard *
card_at (KinDeck *deck,
         guint    index)
{
  g_autoptr(KinCard) card = g_list_model_get_item (kin_deck_get_cards (deck), index);

  /* The deck keeps it alive. */
  return card;
}

static guint
n_cards (KinDeck *deck)
{
  return g_list_model_get_n_items (kin_deck_get_cards (deck));
}

static guint
n_decks (KinProject *project)
{
  return g_list_model_get_n_items (kin_project_get_decks (project));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const follow_ups[] = { "What would have helped?", "Who else?", NULL };
  g_autoptr(KinPrinciple) principle = kin_principle_new ();

  fixture->project = kin_project_new ();
  kin_principle_set_name (principle, "Respect");
  kin_project_append (fixture->project, kin_project_get_principles (fixture->project), principle);

  fixture->deck = kin_deck_add (fixture->project, "Living our principles");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("Card %u", i + 1);
      KinCard *card = kin_deck_add_card (fixture->project, fixture->deck, G_MAXUINT, title,
                                         kin_object_get_id (KIN_OBJECT (principle)));

      kin_card_set_prompt (card, "Tell your partner about a time a customer had to chase us.");
      kin_card_set_follow_ups (card, follow_ups);
      kin_card_set_minutes (card, i + 2);
    }

  fixture->session = kin_session_new ();
  kin_project_append (fixture->project, kin_project_get_sessions (fixture->project), fixture->session);
  g_object_unref (fixture->session);

  fixture->round = kin_agenda_item_new ();
  kin_agenda_item_set_kind (fixture->round, KIN_AGENDA_KIND_CARDS);
  kin_agenda_item_set_ref (fixture->round, kin_object_get_id (KIN_OBJECT (fixture->deck)));
  kin_project_append (fixture->project, kin_session_get_agenda (fixture->session), fixture->round);
  g_object_unref (fixture->round);

  /* An item of another kind whose ref happens to be the same string is not
   * a use of the deck. */
  fixture->talk = kin_agenda_item_new ();
  kin_agenda_item_set_kind (fixture->talk, KIN_AGENDA_KIND_CUSTOM);
  kin_agenda_item_set_ref (fixture->talk, kin_object_get_id (KIN_OBJECT (fixture->deck)));
  kin_project_append (fixture->project, kin_session_get_agenda (fixture->session), fixture->talk);
  g_object_unref (fixture->talk);

  fixture->capture = kin_capture_new ();
  kin_capture_set_card (fixture->capture, kin_object_get_id (KIN_OBJECT (card_at (fixture->deck, 0))));
  kin_capture_set_text (fixture->capture, "We call back when we said we would");
  kin_project_append (fixture->project, kin_session_get_captures (fixture->session), fixture->capture);
  g_object_unref (fixture->capture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->project);
}

static void
test_copies (Fixture       *fixture,
             gconstpointer  data)
{
  KinCard *first = card_at (fixture->deck, 0);
  g_autoptr(KinCard) card_copy = kin_card_copy (first);
  g_autoptr(KinDeck) deck_copy = kin_deck_copy (fixture->deck);

  /* Copies carry everything but the id. */
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (card_copy)), !=, kin_object_get_id (KIN_OBJECT (first)));
  g_assert_cmpstr (kin_card_get_title (card_copy), ==, kin_card_get_title (first));
  g_assert_cmpstr (kin_card_get_prompt (card_copy), ==, kin_card_get_prompt (first));
  g_assert_cmpstrv (kin_card_get_follow_ups (card_copy), kin_card_get_follow_ups (first));
  g_assert_cmpstr (kin_card_get_principle (card_copy), ==, kin_card_get_principle (first));
  g_assert_cmpint (kin_card_get_minutes (card_copy), ==, kin_card_get_minutes (first));

  g_assert_cmpstr (kin_deck_get_title (deck_copy), ==, kin_deck_get_title (fixture->deck));
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (deck_copy)), !=,
                   kin_object_get_id (KIN_OBJECT (fixture->deck)));
  g_assert_cmpuint (n_cards (deck_copy), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (card_at (deck_copy, i))), !=,
                       kin_object_get_id (KIN_OBJECT (card_at (fixture->deck, i))));
      g_assert_cmpstr (kin_card_get_title (card_at (deck_copy, i)), ==,
                       kin_card_get_title (card_at (fixture->deck, i)));
    }

  /* Copies belong to no project until they are added. */
  g_assert_null (kin_deck_find_card (fixture->project, card_copy, NULL));
}

static void
test_find_and_total (Fixture       *fixture,
                     gconstpointer  data)
{
  guint position = 0;

  g_assert_true (kin_deck_find_card (fixture->project, card_at (fixture->deck, 2), &position) == fixture->deck);
  g_assert_cmpuint (position, ==, 2);
  g_assert_null (kin_deck_find_card (fixture->project, NULL, NULL));
  g_assert_cmpint (kin_deck_get_total_minutes (fixture->deck), ==, 2 + 3 + 4);
}

static void
test_add_and_duplicate (Fixture       *fixture,
                        gconstpointer  data)
{
  KinCard *second = card_at (fixture->deck, 1);
  KinDeck *copy;
  KinCard *added;
  KinCard *card_copy;

  /* Past the end appends; a position inserts there. */
  added = kin_deck_add_card (fixture->project, fixture->deck, 1, "New Card", NULL);
  g_assert_true (card_at (fixture->deck, 1) == added);
  g_assert_null (kin_card_get_principle (added));
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Add Card");
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (n_cards (fixture->deck), ==, 3);

  card_copy = kin_deck_duplicate_card (fixture->project, second);
  g_assert_true (card_at (fixture->deck, 2) == card_copy);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Duplicate Card");

  copy = kin_deck_duplicate (fixture->project, fixture->deck);
  g_assert_cmpuint (n_decks (fixture->project), ==, 2);
  g_assert_cmpstr (kin_deck_get_title (copy), ==, "Living our principles (copy)");
  g_assert_cmpuint (n_cards (copy), ==, 4);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Duplicate Deck");

  /* Each is one step. */
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (n_decks (fixture->project), ==, 1);
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (n_cards (fixture->deck), ==, 3);
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  KinCard *first = card_at (fixture->deck, 0);
  g_autofree char *first_id = g_strdup (kin_object_get_id (KIN_OBJECT (first)));
  KinDeck *other = kin_deck_add (fixture->project, "Warm-ups");
  guint undo_before = kin_history_get_n_undo (kin_project_get_history (fixture->project));

  /* Between decks: the same card, with its id, so captures still name it. */
  g_assert_true (kin_deck_move_card (fixture->project, first, other, G_MAXUINT));
  g_assert_true (kin_deck_find_card (fixture->project, first, NULL) == other);
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (first)), ==, first_id);
  g_assert_cmpstr (kin_capture_get_card (fixture->capture), ==, first_id);
  g_assert_cmpuint (n_cards (fixture->deck), ==, 2);
  g_assert_cmpuint (kin_history_get_n_undo (kin_project_get_history (fixture->project)), ==, undo_before + 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move Card to Deck");

  g_assert_true (kin_project_undo (fixture->project));
  g_assert_true (card_at (fixture->deck, 0) == first);
  g_assert_cmpuint (n_cards (other), ==, 0);
  g_assert_true (kin_project_redo (fixture->project));
  g_assert_true (card_at (other, 0) == first);
  g_assert_true (kin_project_undo (fixture->project));

  /* Within a deck; staying put records nothing. */
  g_assert_false (kin_deck_move_card (fixture->project, first, fixture->deck, 0));
  g_assert_true (kin_deck_move_card (fixture->project, first, fixture->deck, G_MAXUINT));
  g_assert_true (card_at (fixture->deck, 2) == first);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Move Card");
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_true (card_at (fixture->deck, 0) == first);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  KinCard *first = card_at (fixture->deck, 0);
  const char *deck_id = kin_object_get_id (KIN_OBJECT (fixture->deck));
  const char *first_id = kin_object_get_id (KIN_OBJECT (first));

  /* Deleting a card clears the captures that named it, in the same step. */
  kin_deck_delete_card (fixture->project, first);
  g_assert_cmpuint (n_cards (fixture->deck), ==, 2);
  g_assert_null (kin_capture_get_card (fixture->capture));
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Delete Card");
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_true (card_at (fixture->deck, 0) == first);
  g_assert_cmpstr (kin_capture_get_card (fixture->capture), ==, first_id);

  /* Deleting the deck clears the round that used it and the capture, but
   * not an item of another kind. */
  kin_deck_delete (fixture->project, fixture->deck);
  g_assert_cmpuint (n_decks (fixture->project), ==, 0);
  g_assert_null (kin_agenda_item_get_ref (fixture->round));
  g_assert_cmpstr (kin_agenda_item_get_ref (fixture->talk), ==, deck_id);
  g_assert_null (kin_capture_get_card (fixture->capture));
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Delete Deck");

  /* One undo brings back the deck, its cards and the references. */
  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpuint (n_decks (fixture->project), ==, 1);
  g_assert_cmpuint (n_cards (fixture->deck), ==, 3);
  g_assert_cmpstr (kin_agenda_item_get_ref (fixture->round), ==, deck_id);
  g_assert_cmpstr (kin_capture_get_card (fixture->capture), ==, first_id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/deck-edit/copies", Fixture, NULL, fixture_set_up, test_copies, fixture_tear_down);
  g_test_add ("/deck-edit/find-and-total", Fixture, NULL, fixture_set_up, test_find_and_total,
              fixture_tear_down);
  g_test_add ("/deck-edit/add-and-duplicate", Fixture, NULL, fixture_set_up, test_add_and_duplicate,
              fixture_tear_down);
  g_test_add ("/deck-edit/move", Fixture, NULL, fixture_set_up, test_move, fixture_tear_down);
  g_test_add ("/deck-edit/delete", Fixture, NULL, fixture_set_up, test_delete, fixture_tear_down);

  return g_test_run ();
}
