/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>

#include "kin-model.h"

/* A project with a counter of its "changed" emissions. */
typedef struct
{
  KinProject *project;
  guint changed;
} Fixture;

static void
changed_cb (KinProject *project,
            Fixture    *fixture)
{
  fixture->changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->project = kin_project_new ();
  fixture->changed = 0;
  g_signal_connect (fixture->project, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->project);
}

#define TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* Connected swapped, to count emissions of any signal. */
static void
count_cb (guint *count)
{
  (*count)++;
}

static KinHistory *
history_of (Fixture *fixture)
{
  return kin_project_get_history (fixture->project);
}

/* Adds an entity to a list without recording it, as the loader does. */
static gpointer
add_quietly (GListModel *list,
             gpointer    item)
{
  g_list_store_append (G_LIST_STORE (list), item);
  g_object_unref (item);

  return item;
}

static void
assert_undo_redo (Fixture    *fixture,
                  const char *label)
{
  g_assert_true (kin_project_can_undo (fixture->project));
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, label);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 1);
}

static void
test_set_string (Fixture       *fixture,
                 gconstpointer  data)
{
  KinPrinciple *principle = add_quietly (kin_project_get_principles (fixture->project),
                                         kin_principle_new ());

  kin_project_set (fixture->project, principle, "name", "Respect", NULL);
  g_assert_cmpstr (kin_principle_get_name (principle), ==, "Respect");
  assert_undo_redo (fixture, "Change Name");
  g_assert_cmpuint (fixture->changed, ==, 1);

  g_assert_true (kin_project_undo (fixture->project));
  g_assert_cmpstr (kin_principle_get_name (principle), ==, "");
  g_assert_false (kin_project_can_undo (fixture->project));
  g_assert_true (kin_project_can_redo (fixture->project));
  g_assert_cmpstr (kin_project_get_redo_label (fixture->project), ==, "Change Name");
  g_assert_cmpuint (fixture->changed, ==, 2);

  g_assert_true (kin_project_redo (fixture->project));
  g_assert_cmpstr (kin_principle_get_name (principle), ==, "Respect");
  g_assert_false (kin_project_can_redo (fixture->project));
  g_assert_cmpuint (fixture->changed, ==, 3);

  /* Nothing more to redo. */
  g_assert_false (kin_project_redo (fixture->project));
  g_assert_cmpuint (fixture->changed, ==, 3);
}

static void
test_set_int (Fixture       *fixture,
              gconstpointer  data)
{
  KinDeck *deck = add_quietly (kin_project_get_decks (fixture->project), kin_deck_new ());
  KinCard *card = add_quietly (kin_deck_get_cards (deck), kin_card_new ());

  kin_project_set (fixture->project, card, "minutes", 5, NULL);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 5);
  assert_undo_redo (fixture, "Change Minutes");

  kin_project_undo (fixture->project);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 3);
  kin_project_redo (fixture->project);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 5);
}

static void
test_set_double (Fixture       *fixture,
                 gconstpointer  data)
{
  KinBoard *board = add_quietly (kin_project_get_boards (fixture->project), kin_board_new ());
  KinNote *note = add_quietly (kin_board_get_notes (board), kin_note_new ());

  kin_note_set_x (note, 10.0);
  kin_project_set (fixture->project, note, "x", 250.25, NULL);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 250.25);
  assert_undo_redo (fixture, "Change X");

  kin_project_undo (fixture->project);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 10.0);
  kin_project_redo (fixture->project);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 250.25);
}

static void
test_set_bool (Fixture       *fixture,
               gconstpointer  data)
{
  KinSession *session = add_quietly (kin_project_get_sessions (fixture->project),
                                     kin_session_new ());
  KinAction *action = add_quietly (kin_session_get_actions (session), kin_action_new ());

  kin_project_set (fixture->project, action, "done", TRUE, NULL);
  g_assert_true (kin_action_get_done (action));
  assert_undo_redo (fixture, "Change Done");

  kin_project_undo (fixture->project);
  g_assert_false (kin_action_get_done (action));
  kin_project_redo (fixture->project);
  g_assert_true (kin_action_get_done (action));
}

static void
test_set_strv (Fixture       *fixture,
               gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());
  const char *before[] = { "TP01", NULL };
  const char *after[] = { "TP01", "TP07", NULL };

  kin_gain_set_tsm (gain, before);
  kin_project_set (fixture->project, gain, "tsm", after, NULL);
  g_assert_cmpstrv (kin_gain_get_tsm (gain), after);
  assert_undo_redo (fixture, "Change Satisfaction measures");

  kin_project_undo (fixture->project);
  g_assert_cmpstrv (kin_gain_get_tsm (gain), before);
  kin_project_redo (fixture->project);
  g_assert_cmpstrv (kin_gain_get_tsm (gain), after);
}

static void
test_set_enum (Fixture       *fixture,
               gconstpointer  data)
{
  KinBoard *board = add_quietly (kin_project_get_boards (fixture->project), kin_board_new ());
  KinNote *note = add_quietly (kin_board_get_notes (board), kin_note_new ());

  kin_project_set (fixture->project, note, "voice", KIN_VOICE_TENANT, NULL);
  g_assert_cmpint (kin_note_get_voice (note), ==, KIN_VOICE_TENANT);
  assert_undo_redo (fixture, "Change Voice");

  kin_project_undo (fixture->project);
  g_assert_cmpint (kin_note_get_voice (note), ==, KIN_VOICE_STAFF);
  kin_project_redo (fixture->project);
  g_assert_cmpint (kin_note_get_voice (note), ==, KIN_VOICE_TENANT);
}

static void
test_set_variant (Fixture       *fixture,
                  gconstpointer  data)
{
  KinAssessment *assessment = add_quietly (kin_project_get_assessments (fixture->project),
                                           kin_assessment_new ());
  KinTeam *team = add_quietly (kin_assessment_get_teams (assessment), kin_team_new ());
  double score = 0.0;

  kin_team_set_scores (team, kin_team_build_scores_with (team, "s1", 3.0));

  /* A floating value is consumed, as with g_object_set(). */
  kin_project_set (fixture->project, team, "scores",
                   kin_team_build_scores_with (team, "s1", 4.5), NULL);
  g_assert_true (kin_team_get_score (team, "s1", &score));
  g_assert_cmpfloat (score, ==, 4.5);
  assert_undo_redo (fixture, "Change Scores");

  kin_project_undo (fixture->project);
  g_assert_true (kin_team_get_score (team, "s1", &score));
  g_assert_cmpfloat (score, ==, 3.0);

  kin_project_redo (fixture->project);
  g_assert_true (kin_team_get_score (team, "s1", &score));
  g_assert_cmpfloat (score, ==, 4.5);

  kin_project_set (fixture->project, team, "scores",
                   kin_team_build_scores_without (team, "s1"), NULL);
  g_assert_false (kin_team_get_score (team, "s1", NULL));
  kin_project_undo (fixture->project);
  g_assert_true (kin_team_get_score (team, "s1", &score));
  g_assert_cmpfloat (score, ==, 4.5);
}

static void
test_set_value (Fixture       *fixture,
                gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());
  g_auto(GValue) value = G_VALUE_INIT;

  /* A value of another type is converted, and clamped to the range. */
  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, 4.0);
  kin_project_set_value (fixture->project, gain, "impact", &value);
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 4);

  g_value_set_double (&value, 42.0);
  kin_project_set_value (fixture->project, gain, "impact", &value);
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 5);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 2);

  kin_project_undo (fixture->project);
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 4);
  kin_project_undo (fixture->project);
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 3);
}

static void
test_set_project_itself (Fixture       *fixture,
                         gconstpointer  data)
{
  KinPrintSettings *print = kin_project_get_print_settings (fixture->project);

  kin_project_set (fixture->project, fixture->project, "title", "Customer culture 2026", NULL);
  g_assert_cmpstr (kin_project_get_title (fixture->project), ==, "Customer culture 2026");
  assert_undo_redo (fixture, "Change Title");

  kin_project_set (fixture->project, print, "duplex", KIN_DUPLEX_LONG_EDGE, NULL);
  g_assert_cmpint (kin_print_settings_get_duplex (print), ==, KIN_DUPLEX_LONG_EDGE);

  kin_project_undo (fixture->project);
  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_project_get_title (fixture->project), ==, "");
  g_assert_cmpint (kin_print_settings_get_duplex (print), ==, KIN_DUPLEX_NONE);

  /* The tear-down checks that the project is freed despite the history
   * holding edits of the project itself.
   */
  kin_project_redo (fixture->project);
}

static void
assert_titles (GListModel *list,
               const char *expected)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (list, i);

      g_string_append (titles, kin_principle_get_name (principle));
    }

  g_assert_cmpstr (titles->str, ==, expected);
}

static void
add_principles (Fixture    *fixture,
                const char *names)
{
  GListModel *list = kin_project_get_principles (fixture->project);

  for (const char *p = names; *p != '\0'; p++)
    {
      char name[2] = { *p, '\0' };

      add_quietly (list, g_object_new (KIN_TYPE_PRINCIPLE, "name", name, NULL));
    }
}

static void
test_insert (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *list = kin_project_get_principles (fixture->project);
  g_autoptr(KinPrinciple) principle = g_object_new (KIN_TYPE_PRINCIPLE, "name", "X", NULL);
  g_autoptr(KinPrinciple) last = g_object_new (KIN_TYPE_PRINCIPLE, "name", "Y", NULL);
  g_autoptr(KinPrinciple) first = NULL;

  add_principles (fixture, "ab");

  kin_project_insert (fixture->project, list, 1, principle);
  assert_titles (list, "aXb");
  assert_undo_redo (fixture, "Add Principle");
  g_assert_cmpuint (fixture->changed, ==, 1);

  kin_project_undo (fixture->project);
  assert_titles (list, "ab");

  kin_project_redo (fixture->project);
  assert_titles (list, "aXb");
  first = g_list_model_get_item (list, 1);
  g_assert_true (first == principle);

  /* The item is not taken over: the caller keeps its reference. */
  kin_project_append (fixture->project, list, last);
  assert_titles (list, "aXbY");
  g_assert_cmpuint (G_OBJECT (last)->ref_count, ==, 3);
  kin_project_undo (fixture->project);
  assert_titles (list, "aXb");
  g_assert_cmpuint (G_OBJECT (last)->ref_count, ==, 2);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *list = kin_project_get_principles (fixture->project);
  g_autoptr(KinPrinciple) removed = NULL;
  g_autoptr(KinPrinciple) restored = NULL;

  add_principles (fixture, "abc");
  removed = g_list_model_get_item (list, 1);

  kin_project_remove (fixture->project, list, 1);
  assert_titles (list, "ac");
  assert_undo_redo (fixture, "Delete Principle");

  kin_project_undo (fixture->project);
  assert_titles (list, "abc");
  restored = g_list_model_get_item (list, 1);
  g_assert_true (restored == removed);

  kin_project_redo (fixture->project);
  assert_titles (list, "ac");
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *list = kin_project_get_principles (fixture->project);

  add_principles (fixture, "abcd");

  kin_project_move (fixture->project, list, 0, 3);
  assert_titles (list, "bcda");
  assert_undo_redo (fixture, "Move Principle");

  kin_project_move (fixture->project, list, 3, 1);
  assert_titles (list, "bacd");

  kin_project_move (fixture->project, list, 2, 3);
  assert_titles (list, "badc");

  /* Moving to the same place records nothing. */
  kin_project_move (fixture->project, list, 2, 2);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 3);

  kin_project_undo (fixture->project);
  assert_titles (list, "bacd");
  kin_project_undo (fixture->project);
  assert_titles (list, "bcda");
  kin_project_undo (fixture->project);
  assert_titles (list, "abcd");

  kin_project_redo (fixture->project);
  kin_project_redo (fixture->project);
  kin_project_redo (fixture->project);
  assert_titles (list, "badc");
  g_assert_cmpuint (fixture->changed, ==, 9);
}

static void
test_nested_lists (Fixture       *fixture,
                   gconstpointer  data)
{
  KinBoard *board = add_quietly (kin_project_get_boards (fixture->project), kin_board_new ());
  GListModel *notes = kin_board_get_notes (board);
  g_autoptr(KinNote) note = kin_note_new ();

  kin_project_append (fixture->project, notes, note);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Add Note");
  kin_project_set (fixture->project, note, "text", "Call back when we say we will", NULL);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Change Text");
  kin_project_remove (fixture->project, notes, 0);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Delete Note");
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);

  kin_project_undo (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_note_get_text (note), ==, "");
  kin_project_undo (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);

  kin_project_redo (fixture->project);
  kin_project_redo (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  g_assert_cmpstr (kin_note_get_text (note), ==, "Call back when we say we will");
}

static void
test_grouping (Fixture       *fixture,
               gconstpointer  data)
{
  KinBoard *board = add_quietly (kin_project_get_boards (fixture->project), kin_board_new ());
  GListModel *notes = kin_board_get_notes (board);
  KinNote *a = add_quietly (notes, kin_note_new ());
  KinNote *b = add_quietly (notes, kin_note_new ());
  g_autoptr(KinCluster) cluster = kin_cluster_new ();
  const char *cluster_id = kin_object_get_id (KIN_OBJECT (cluster));

  kin_project_begin_action (fixture->project, "Group Notes");
  kin_project_append (fixture->project, kin_board_get_clusters (board), cluster);
  kin_project_set (fixture->project, a, "cluster", cluster_id, NULL);
  kin_project_set (fixture->project, b, "cluster", cluster_id, NULL);
  /* Nothing is announced until the action ends. */
  g_assert_cmpuint (fixture->changed, ==, 0);
  kin_project_end_action (fixture->project);

  g_assert_cmpuint (fixture->changed, ==, 1);
  assert_undo_redo (fixture, "Group Notes");

  kin_project_undo (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_null (kin_note_get_cluster (a));
  g_assert_null (kin_note_get_cluster (b));
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_clusters (board)), ==, 0);

  kin_project_redo (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 3);
  g_assert_cmpstr (kin_note_get_cluster (a), ==, cluster_id);
  g_assert_cmpstr (kin_note_get_cluster (b), ==, cluster_id);
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_clusters (board)), ==, 1);
}

static void
test_nested_actions (Fixture       *fixture,
                     gconstpointer  data)
{
  KinBoard *board = add_quietly (kin_project_get_boards (fixture->project), kin_board_new ());
  KinNote *note = add_quietly (kin_board_get_notes (board), kin_note_new ());

  kin_project_begin_action (fixture->project, "Move Note");
  kin_project_begin_action (fixture->project, "Inner");
  kin_project_set (fixture->project, note, "x", 5.0, "y", 6.0, NULL);
  kin_project_end_action (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 0);
  kin_project_set (fixture->project, note, "votes", 2, NULL);
  kin_project_end_action (fixture->project);

  g_assert_cmpuint (fixture->changed, ==, 1);
  assert_undo_redo (fixture, "Move Note");

  kin_project_undo (fixture->project);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 0.0);
  g_assert_cmpfloat (kin_note_get_y (note), ==, 0.0);
  g_assert_cmpint (kin_note_get_votes (note), ==, 0);

  /* An action without edits is no step and no change. */
  kin_project_begin_action (fixture->project, "Nothing");
  kin_project_set (fixture->project, note, "votes", 0, NULL);
  kin_project_end_action (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_false (kin_project_can_undo (fixture->project));
  /* It did not throw the redo step away either. */
  g_assert_true (kin_project_can_redo (fixture->project));

  /* Several properties in one call, outside an action, are one step
   * labelled after the first.
   */
  kin_project_set (fixture->project, note, "text", "Hi", "votes", 1, NULL);
  g_assert_cmpuint (fixture->changed, ==, 3);
  assert_undo_redo (fixture, "Change Text");
  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_note_get_text (note), ==, "");
  g_assert_cmpint (kin_note_get_votes (note), ==, 0);
}

static void
test_merge_typing (Fixture       *fixture,
                   gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());

  kin_project_set (fixture->project, gain, "title", "R", NULL);
  kin_project_set (fixture->project, gain, "title", "Re", NULL);
  kin_project_set (fixture->project, gain, "title", "Rent", NULL);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Change Title");
  /* Every keystroke is still a change for autosave. */
  g_assert_cmpuint (fixture->changed, ==, 3);

  kin_history_break_merge (history_of (fixture));
  kin_project_set (fixture->project, gain, "title", "Rent letters", NULL);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 2);

  /* Another field does not merge either. */
  kin_project_set (fixture->project, gain, "team", "Income", NULL);
  kin_project_set (fixture->project, gain, "title", "Rent letters!", NULL);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 4);

  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Rent letters");
  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_gain_get_team (gain), ==, "");
  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Rent");
  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "");
  g_assert_false (kin_project_can_undo (fixture->project));

  /* Undo breaks the merge: typing after a redo is a new step. */
  kin_project_redo (fixture->project);
  kin_project_set (fixture->project, gain, "title", "Rent!", NULL);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 2);

  /* Typing back to where the step started leaves nothing to undo. */
  kin_history_break_merge (history_of (fixture));
  kin_project_set (fixture->project, gain, "title", "Rent!?", NULL);
  kin_project_set (fixture->project, gain, "title", "Rent!", NULL);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 2);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Change Title");

  /* Non-text properties never merge. */
  kin_project_set (fixture->project, gain, "impact", 4, NULL);
  kin_project_set (fixture->project, gain, "impact", 5, NULL);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 4);
}

static void
test_merge_timeout (Fixture       *fixture,
                    gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());

  kin_project_set (fixture->project, gain, "title", "A", NULL);
  g_usleep (G_USEC_PER_SEC + G_USEC_PER_SEC / 10);
  kin_project_set (fixture->project, gain, "title", "AB", NULL);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 2);
}

static void
test_redo_branch_discarded (Fixture       *fixture,
                            gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());

  kin_project_set (fixture->project, gain, "impact", 4, NULL);
  kin_project_set (fixture->project, gain, "impact", 5, NULL);
  kin_project_undo (fixture->project);
  kin_project_undo (fixture->project);
  g_assert_cmpuint (kin_history_get_n_redo (history_of (fixture)), ==, 2);

  kin_project_set (fixture->project, gain, "impact", 1, NULL);
  g_assert_false (kin_project_can_redo (fixture->project));
  g_assert_null (kin_project_get_redo_label (fixture->project));
  g_assert_false (kin_project_redo (fixture->project));
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 1);

  kin_project_undo (fixture->project);
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 3);
}

static void
test_max_steps (Fixture       *fixture,
                gconstpointer  data)
{
  KinDeck *deck = add_quietly (kin_project_get_decks (fixture->project), kin_deck_new ());
  KinCard *card = add_quietly (kin_deck_get_cards (deck), kin_card_new ());

  kin_history_set_limits (history_of (fixture), 3, G_MAXSIZE);

  for (int minutes = 1; minutes <= 5; minutes++)
    kin_project_set (fixture->project, card, "minutes", minutes + 10, NULL);

  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 3);
  while (kin_project_undo (fixture->project))
    ;
  /* The two oldest steps were dropped. */
  g_assert_cmpint (kin_card_get_minutes (card), ==, 12);

  /* Lowering the limit drops the oldest steps first... */
  kin_project_redo (fixture->project);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 13);
  kin_history_set_limits (history_of (fixture), 2, G_MAXSIZE);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 0);
  g_assert_cmpuint (kin_history_get_n_redo (history_of (fixture)), ==, 2);

  /* ...and then redo steps, newest first, so that redo stays in order. */
  kin_history_set_limits (history_of (fixture), 1, G_MAXSIZE);
  g_assert_cmpuint (kin_history_get_n_redo (history_of (fixture)), ==, 1);
  kin_project_redo (fixture->project);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 14);
  g_assert_false (kin_project_can_redo (fixture->project));
}

static void
test_max_bytes (Fixture       *fixture,
                gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());
  KinHistory *history = history_of (fixture);
  g_autofree char *big = g_strnfill (4000, 'x');
  g_autofree char *bigger = g_strnfill (5000, 'y');

  kin_history_set_limits (history, 1000, 10000);

  kin_project_set (fixture->project, gain, "evidence", "small", NULL);
  kin_history_break_merge (history);
  kin_project_set (fixture->project, gain, "before", big, NULL);
  kin_history_break_merge (history);
  g_assert_cmpuint (kin_history_get_n_undo (history), ==, 2);
  g_assert_cmpuint (kin_history_get_size (history), <=, 10000);

  /* 4000 + 5000 bytes of new text, plus the 4000 restored: too much. */
  kin_project_set (fixture->project, gain, "before", bigger, NULL);
  g_assert_cmpuint (kin_history_get_size (history), <=, 10000);
  g_assert_cmpuint (kin_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (kin_project_get_undo_label (fixture->project), ==, "Change Before");

  kin_project_undo (fixture->project);
  g_assert_cmpstr (kin_gain_get_before (gain), ==, big);
  g_assert_false (kin_project_can_undo (fixture->project));
  g_assert_cmpstr (kin_gain_get_evidence (gain), ==, "small");

  /* A removed entity is charged too, so that deleting is bounded. */
  kin_history_set_limits (history, 1000, 1000);
  kin_project_redo (fixture->project);
  g_assert_cmpuint (kin_history_get_n_undo (history), ==, 0);
  kin_project_remove (fixture->project, kin_project_get_gains (fixture->project), 0);
  g_assert_cmpuint (kin_history_get_n_undo (history), ==, 1);
  g_assert_cmpuint (kin_history_get_size (history), >=, 256);
}

static void
test_saved_state (Fixture       *fixture,
                  gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());
  guint modified_notifies = 0;

  g_signal_connect_swapped (fixture->project, "notify::is-modified",
                            G_CALLBACK (count_cb), &modified_notifies);

  g_assert_false (kin_project_get_modified (fixture->project));

  /* Save, edit, undo: back to the saved state. */
  kin_project_mark_saved (fixture->project);
  kin_project_set (fixture->project, gain, "impact", 4, NULL);
  g_assert_true (kin_project_get_modified (fixture->project));
  kin_project_undo (fixture->project);
  g_assert_false (kin_project_get_modified (fixture->project));
  kin_project_redo (fixture->project);
  g_assert_true (kin_project_get_modified (fixture->project));
  g_assert_cmpuint (modified_notifies, ==, 3);

  /* Save, undo: modified; redo: saved again. */
  kin_project_mark_saved (fixture->project);
  g_assert_false (kin_project_get_modified (fixture->project));
  kin_project_undo (fixture->project);
  g_assert_true (kin_project_get_modified (fixture->project));
  kin_project_redo (fixture->project);
  g_assert_false (kin_project_get_modified (fixture->project));

  /* Saving in the middle of typing stops the merge, so undoing the
   * typing after the save goes back exactly to the saved state.
   */
  kin_project_set (fixture->project, gain, "title", "A", NULL);
  kin_project_mark_saved (fixture->project);
  kin_project_set (fixture->project, gain, "title", "AB", NULL);
  g_assert_true (kin_project_get_modified (fixture->project));
  kin_project_undo (fixture->project);
  g_assert_false (kin_project_get_modified (fixture->project));
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "A");

  /* Undo below the saved state, then edit: the saved state is gone. */
  kin_project_undo (fixture->project);
  kin_project_set (fixture->project, gain, "team", "Repairs", NULL);
  g_assert_true (kin_project_get_modified (fixture->project));
  kin_project_undo (fixture->project);
  g_assert_true (kin_project_get_modified (fixture->project));
}

static void
test_saved_state_dropped (Fixture       *fixture,
                          gconstpointer  data)
{
  KinDeck *deck = add_quietly (kin_project_get_decks (fixture->project), kin_deck_new ());
  KinCard *card = add_quietly (kin_deck_get_cards (deck), kin_card_new ());

  kin_history_set_limits (history_of (fixture), 2, G_MAXSIZE);

  kin_project_set (fixture->project, card, "minutes", 10, NULL);
  kin_project_mark_saved (fixture->project);
  kin_project_set (fixture->project, card, "minutes", 11, NULL);
  kin_project_set (fixture->project, card, "minutes", 12, NULL);

  /* The saved state is exactly the oldest one kept: still reachable. */
  kin_project_undo (fixture->project);
  kin_project_undo (fixture->project);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 10);
  g_assert_false (kin_project_get_modified (fixture->project));

  kin_project_redo (fixture->project);
  kin_project_redo (fixture->project);
  kin_project_set (fixture->project, card, "minutes", 13, NULL);

  /* Now the way back to it was dropped. */
  kin_project_undo (fixture->project);
  kin_project_undo (fixture->project);
  g_assert_false (kin_project_can_undo (fixture->project));
  g_assert_cmpint (kin_card_get_minutes (card), ==, 11);
  g_assert_true (kin_project_get_modified (fixture->project));
}

static void
test_changed_count (Fixture       *fixture,
                    gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());
  guint can_undo_notifies = 0;
  guint undo_label_notifies = 0;

  g_signal_connect_swapped (fixture->project, "notify::can-undo",
                            G_CALLBACK (count_cb), &can_undo_notifies);
  g_signal_connect_swapped (fixture->project, "notify::undo-label",
                            G_CALLBACK (count_cb), &undo_label_notifies);

  kin_project_set (fixture->project, gain, "impact", 4, NULL);
  g_assert_cmpuint (fixture->changed, ==, 1);
  g_assert_cmpuint (can_undo_notifies, ==, 1);
  g_assert_cmpuint (undo_label_notifies, ==, 1);

  /* Same label, still undoable: no notifications. */
  kin_project_set (fixture->project, gain, "impact", 5, NULL);
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_cmpuint (can_undo_notifies, ==, 1);
  g_assert_cmpuint (undo_label_notifies, ==, 1);

  /* No-op edits record nothing and announce nothing. */
  kin_project_set (fixture->project, gain, "impact", 5, NULL);
  kin_project_set (fixture->project, gain, "title", "", NULL);
  kin_project_set (fixture->project, gain, "principles", NULL, NULL);
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 2);

  kin_project_undo (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 3);
  kin_project_undo (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 4);
  g_assert_cmpuint (can_undo_notifies, ==, 2);

  /* Undo with nothing to undo changes nothing. */
  g_assert_false (kin_project_undo (fixture->project));
  g_assert_cmpuint (fixture->changed, ==, 4);

  kin_project_redo (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 5);
}

/* Tries to edit while undo is being applied, as a careless view might. */
static void
edit_during_undo_cb (KinGain    *gain,
                     GParamSpec *pspec,
                     KinProject *project)
{
  kin_project_set (project, gain, "who", "Sam", NULL);
}

static void
test_undo_records_nothing (Fixture       *fixture,
                           gconstpointer  data)
{
  KinGain *gain = add_quietly (kin_project_get_gains (fixture->project), kin_gain_new ());

  kin_project_set (fixture->project, gain, "impact", 4, NULL);
  kin_project_set (fixture->project, gain, "impact", 5, NULL);

  g_signal_connect (gain, "notify::impact", G_CALLBACK (edit_during_undo_cb), fixture->project);
  kin_project_undo (fixture->project);
  g_signal_handlers_disconnect_by_func (gain, edit_during_undo_cb, fixture->project);

  g_assert_cmpint (kin_gain_get_impact (gain), ==, 4);
  g_assert_cmpstr (kin_gain_get_who (gain), ==, "Sam");
  g_assert_cmpuint (kin_history_get_n_undo (history_of (fixture)), ==, 1);
  g_assert_cmpuint (kin_history_get_n_redo (history_of (fixture)), ==, 1);
  g_assert_cmpuint (fixture->changed, ==, 3);
}

static void
test_no_leaks (void)
{
  KinProject *project = kin_project_new ();
  GListModel *boards = kin_project_get_boards (project);
  KinBoard *board = kin_board_new ();
  KinBoard *redoable = kin_board_new ();
  KinNote *note = kin_note_new ();
  KinNote *discarded = kin_note_new ();

  g_object_add_weak_pointer (G_OBJECT (board), (gpointer *) &board);
  g_object_add_weak_pointer (G_OBJECT (redoable), (gpointer *) &redoable);
  g_object_add_weak_pointer (G_OBJECT (note), (gpointer *) &note);
  g_object_add_weak_pointer (G_OBJECT (discarded), (gpointer *) &discarded);

  kin_project_append (project, boards, board);
  kin_project_append (project, kin_board_get_notes (board), note);
  kin_project_append (project, kin_board_get_notes (board), discarded);
  kin_project_set (project, note, "text", "Kept alive by the history", NULL);
  kin_project_set (project, project, "title", "Held without a cycle", NULL);
  kin_project_undo (project);
  kin_project_undo (project);
  kin_project_undo (project);
  g_object_unref (discarded);
  g_assert_nonnull (discarded);

  /* A new edit discards the redo branch and what only it held. */
  kin_project_remove (project, boards, 0);
  g_assert_null (discarded);

  /* A board that only the redo branch holds. */
  kin_project_append (project, boards, redoable);
  kin_project_undo (project);

  g_object_unref (board);
  g_object_unref (redoable);
  g_object_unref (note);
  g_assert_nonnull (board);
  g_assert_nonnull (redoable);
  g_assert_nonnull (note);

  g_assert_finalize_object (project);
  g_assert_null (board);
  g_assert_null (redoable);
  g_assert_null (note);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  TEST ("/history/set/string", test_set_string);
  TEST ("/history/set/int", test_set_int);
  TEST ("/history/set/double", test_set_double);
  TEST ("/history/set/bool", test_set_bool);
  TEST ("/history/set/strv", test_set_strv);
  TEST ("/history/set/enum", test_set_enum);
  TEST ("/history/set/variant", test_set_variant);
  TEST ("/history/set/value", test_set_value);
  TEST ("/history/set/project-itself", test_set_project_itself);
  TEST ("/history/insert", test_insert);
  TEST ("/history/remove", test_remove);
  TEST ("/history/move", test_move);
  TEST ("/history/nested-lists", test_nested_lists);
  TEST ("/history/grouping", test_grouping);
  TEST ("/history/nested-actions", test_nested_actions);
  TEST ("/history/merge/typing", test_merge_typing);
  TEST ("/history/merge/timeout", test_merge_timeout);
  TEST ("/history/redo-branch-discarded", test_redo_branch_discarded);
  TEST ("/history/limits/steps", test_max_steps);
  TEST ("/history/limits/bytes", test_max_bytes);
  TEST ("/history/saved-state", test_saved_state);
  TEST ("/history/saved-state-dropped", test_saved_state_dropped);
  TEST ("/history/changed-count", test_changed_count);
  TEST ("/history/undo-records-nothing", test_undo_records_nothing);
  g_test_add_func ("/history/no-leaks", test_no_leaks);

  return g_test_run ();
}
