/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>

#include "kin-model.h"

/* Counts "notify" emissions of one property. */
typedef struct
{
  guint count;
} NotifyCount;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  NotifyCount *counter = user_data;

  counter->count++;
}

static void
watch (gpointer     object,
       const char  *property,
       NotifyCount *counter)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);

  counter->count = 0;
  g_signal_connect (object, signal, G_CALLBACK (count_notify_cb), counter);
}

static void
test_defaults (void)
{
  g_autoptr(KinPrinciple) principle = kin_principle_new ();
  g_autoptr(KinPrinciple) other = kin_principle_new ();
  g_autoptr(KinCard) card = kin_card_new ();
  g_autoptr(KinBoard) board = kin_board_new ();
  g_autoptr(KinNote) note = kin_note_new ();
  g_autoptr(KinAssessment) assessment = kin_assessment_new ();
  g_autoptr(KinGain) gain = kin_gain_new ();
  g_autoptr(KinStandard) standard = kin_standard_new ();
  g_autoptr(KinPrintSettings) print = kin_print_settings_new ();
  g_autoptr(KinCell) cell = kin_cell_new ();
  g_autoptr(KinEmotion) emotion = kin_emotion_new ();
  g_autoptr(KinTeam) team = kin_team_new ();
  g_autoptr(KinAgendaItem) item = kin_agenda_item_new ();

  /* Entities get a fresh random id; cells and emotion points get none. */
  g_assert_true (g_uuid_string_is_valid (kin_object_get_id (KIN_OBJECT (principle))));
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (principle)), !=,
                   kin_object_get_id (KIN_OBJECT (other)));
  g_assert_null (kin_object_get_id (KIN_OBJECT (cell)));
  g_assert_null (kin_object_get_id (KIN_OBJECT (emotion)));
  g_assert_true (kin_object_has_id (KIN_OBJECT (note)));
  g_assert_false (kin_object_has_id (KIN_OBJECT (cell)));

  /* Text fields are "" rather than NULL; references are NULL. */
  g_assert_cmpstr (kin_principle_get_name (principle), ==, "");
  g_assert_cmpstr (kin_principle_get_summary (principle), ==, "");
  g_assert_nonnull (kin_principle_get_behaviours (principle));
  g_assert_null (kin_principle_get_behaviours (principle)[0]);
  g_assert_cmpstr (kin_principle_get_color (principle), ==, "#3b6ea5");
  g_assert_null (kin_principle_get_image (principle));
  g_assert_cmpstr (kin_object_get_type_label (KIN_OBJECT (principle)), ==, "Principle");

  g_assert_cmpint (kin_card_get_minutes (card), ==, 3);
  g_assert_cmpstr (kin_card_get_title (card), ==, "");
  g_assert_null (kin_card_get_principle (card));

  g_assert_cmpint (kin_board_get_votes_per_person (board), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_notes (board)), ==, 0);
  g_assert_true (g_list_model_get_item_type (kin_board_get_notes (board)) == KIN_TYPE_NOTE);
  g_assert_true (g_list_model_get_item_type (kin_board_get_clusters (board)) == KIN_TYPE_CLUSTER);

  g_assert_cmpstr (kin_note_get_color (note), ==, "#fff3a0");
  g_assert_cmpint (kin_note_get_voice (note), ==, KIN_VOICE_STAFF);
  g_assert_cmpint (kin_note_get_votes (note), ==, 0);
  g_assert_null (kin_note_get_cluster (note));

  g_assert_cmpint (kin_assessment_get_scale_max (assessment), ==, 5);
  g_assert_true (G_IS_LIST_STORE (kin_assessment_get_teams (assessment)));

  g_assert_cmpint (kin_gain_get_impact (gain), ==, 3);
  g_assert_cmpint (kin_gain_get_effort (gain), ==, KIN_EFFORT_SMALL);
  g_assert_cmpint (kin_gain_get_status (gain), ==, KIN_GAIN_STATUS_IDEA);
  g_assert_cmpstr (kin_gain_get_created (gain), ==, "");

  g_assert_false (kin_standard_get_has_target (standard));
  g_assert_cmpint (kin_standard_get_target_channel (standard), ==, KIN_CHANNEL_ANY);

  g_assert_cmpstr (kin_print_settings_get_template (print), ==, "avery-c32011");
  g_assert_cmpfloat (kin_print_settings_get_bleed_mm (print), ==, 3.0);
  g_assert_true (kin_print_settings_get_crop_marks (print));
  g_assert_cmpint (kin_print_settings_get_duplex (print), ==, KIN_DUPLEX_NONE);
  g_assert_cmpfloat (kin_print_settings_get_back_offset_x (print), ==, 0.0);

  g_assert_true (g_variant_is_of_type (kin_team_get_scores (team), G_VARIANT_TYPE ("a{sd}")));
  g_assert_cmpuint (g_variant_n_children (kin_team_get_scores (team)), ==, 0);

  g_assert_null (kin_agenda_item_get_ref (item));
  g_assert_cmpint (kin_agenda_item_get_kind (item), ==, KIN_AGENDA_KIND_CUSTOM);
}

static void
test_construct_with_id (void)
{
  g_autoptr(KinNote) note = g_object_new (KIN_TYPE_NOTE, "id", "note-1", "text", "Hello", NULL);
  g_autoptr(KinCell) cell = g_object_new (KIN_TYPE_CELL, "stage", "s1", "lane", "l1", NULL);

  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (note)), ==, "note-1");
  g_assert_cmpstr (kin_note_get_text (note), ==, "Hello");
  g_assert_null (kin_object_get_id (KIN_OBJECT (cell)));
  g_assert_cmpstr (kin_cell_get_stage (cell), ==, "s1");
  g_assert_cmpstr (kin_cell_get_lane (cell), ==, "l1");

  kin_object_set_id (KIN_OBJECT (note), "note-2");
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (note)), ==, "note-2");
}

static void
test_project_defaults (void)
{
  g_autoptr(KinProject) project = kin_project_new ();

  g_assert_cmpstr (kin_project_get_title (project), ==, "");
  g_assert_true (kin_is_valid_timestamp (kin_project_get_created (project)));
  g_assert_cmpstr (kin_project_get_created (project), ==,
                   kin_project_get_modified_timestamp (project));
  g_assert_false (kin_project_get_modified (project));
  g_assert_false (kin_project_can_undo (project));
  g_assert_null (kin_project_get_undo_label (project));
  g_assert_true (KIN_IS_PRINT_SETTINGS (kin_project_get_print_settings (project)));
  g_assert_true (KIN_IS_ASSET_STORE (kin_project_get_assets (project)));
  g_assert_true (KIN_IS_HISTORY (kin_project_get_history (project)));
  g_assert_true (g_list_model_get_item_type (kin_project_get_gains (project)) == KIN_TYPE_GAIN);
  g_assert_true (g_list_model_get_item_type (kin_project_get_sessions (project)) ==
                 KIN_TYPE_SESSION);
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_principles (project)), ==, 0);
}

static void
test_string_property (void)
{
  g_autoptr(KinNote) note = kin_note_new ();
  g_autofree char *via_property = NULL;
  NotifyCount text = { 0 };
  NotifyCount color = { 0 };

  watch (note, "text", &text);
  watch (note, "color", &color);

  kin_note_set_text (note, "Tenants are heard");
  g_assert_cmpstr (kin_note_get_text (note), ==, "Tenants are heard");
  g_assert_cmpuint (text.count, ==, 1);

  kin_note_set_text (note, "Tenants are heard");
  g_assert_cmpuint (text.count, ==, 1);

  g_object_get (note, "text", &via_property, NULL);
  g_assert_cmpstr (via_property, ==, "Tenants are heard");

  /* NULL and "" are the same empty text. */
  kin_note_set_text (note, NULL);
  g_assert_cmpstr (kin_note_get_text (note), ==, "");
  g_assert_cmpuint (text.count, ==, 2);
  kin_note_set_text (note, "");
  g_assert_cmpuint (text.count, ==, 2);

  g_object_set (note, "text", "Again", NULL);
  g_assert_cmpstr (kin_note_get_text (note), ==, "Again");
  g_assert_cmpuint (text.count, ==, 3);

  /* An id reference goes back to NULL when cleared. */
  kin_note_set_cluster (note, "c1");
  g_assert_cmpstr (kin_note_get_cluster (note), ==, "c1");
  kin_note_set_cluster (note, "");
  g_assert_null (kin_note_get_cluster (note));

  /* A colour cleared goes back to the default. */
  kin_note_set_color (note, "#ff0000");
  g_assert_cmpuint (color.count, ==, 1);
  kin_note_set_color (note, NULL);
  g_assert_cmpstr (kin_note_get_color (note), ==, "#fff3a0");
  g_assert_cmpuint (color.count, ==, 2);
  kin_note_set_color (note, "#fff3a0");
  g_assert_cmpuint (color.count, ==, 2);
}

static void
test_number_properties (void)
{
  g_autoptr(KinNote) note = kin_note_new ();
  g_autoptr(KinGain) gain = kin_gain_new ();
  g_autoptr(KinAction) action = kin_action_new ();
  g_autoptr(KinEmotion) emotion = kin_emotion_new ();
  NotifyCount votes = { 0 };
  NotifyCount x = { 0 };
  NotifyCount done = { 0 };
  NotifyCount voice = { 0 };

  watch (note, "votes", &votes);
  watch (note, "x", &x);
  watch (action, "done", &done);
  watch (note, "voice", &voice);

  kin_note_set_votes (note, 4);
  kin_note_set_votes (note, 4);
  g_assert_cmpint (kin_note_get_votes (note), ==, 4);
  g_assert_cmpuint (votes.count, ==, 1);

  /* Out of range values are clamped. */
  kin_note_set_votes (note, -3);
  g_assert_cmpint (kin_note_get_votes (note), ==, 0);
  g_assert_cmpuint (votes.count, ==, 2);
  kin_gain_set_impact (gain, 9);
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 5);
  kin_emotion_set_value (emotion, -7);
  g_assert_cmpint (kin_emotion_get_value (emotion), ==, -2);

  kin_note_set_x (note, 120.5);
  kin_note_set_x (note, 120.5);
  g_assert_cmpfloat (kin_note_get_x (note), ==, 120.5);
  g_assert_cmpuint (x.count, ==, 1);

  kin_action_set_done (action, TRUE);
  kin_action_set_done (action, TRUE);
  g_assert_true (kin_action_get_done (action));
  g_assert_cmpuint (done.count, ==, 1);

  kin_note_set_voice (note, KIN_VOICE_TENANT);
  kin_note_set_voice (note, KIN_VOICE_TENANT);
  g_assert_cmpint (kin_note_get_voice (note), ==, KIN_VOICE_TENANT);
  g_assert_cmpuint (voice.count, ==, 1);
}

static void
test_strv_variant_bytes_properties (void)
{
  g_autoptr(KinPrinciple) principle = kin_principle_new ();
  g_autoptr(KinTeam) team = kin_team_new ();
  g_autoptr(KinAsset) asset = kin_asset_new ();
  g_autoptr(GBytes) data = g_bytes_new_static ("\x89PNG", 4);
  g_autoptr(GBytes) same_data = g_bytes_new ("\x89PNG", 4);
  const char *behaviours[] = { "Listen first", "Say what happens next", NULL };
  g_auto(GStrv) copy = g_strdupv ((char **) behaviours);
  NotifyCount behaviours_count = { 0 };
  NotifyCount scores_count = { 0 };
  NotifyCount data_count = { 0 };

  watch (principle, "behaviours", &behaviours_count);
  watch (team, "scores", &scores_count);
  watch (asset, "data", &data_count);

  kin_principle_set_behaviours (principle, behaviours);
  g_assert_cmpuint (behaviours_count.count, ==, 1);
  g_assert_cmpstrv (kin_principle_get_behaviours (principle), behaviours);
  /* Equal content in another array is no change. */
  kin_principle_set_behaviours (principle, (const char * const *) copy);
  g_assert_cmpuint (behaviours_count.count, ==, 1);
  kin_principle_set_behaviours (principle, NULL);
  g_assert_cmpuint (behaviours_count.count, ==, 2);
  g_assert_null (kin_principle_get_behaviours (principle)[0]);

  kin_team_set_scores (team, kin_team_build_scores_with (team, "s1", 4.0));
  g_assert_cmpuint (scores_count.count, ==, 1);
  kin_team_set_scores (team, kin_team_build_scores_with (team, "s1", 4.0));
  g_assert_cmpuint (scores_count.count, ==, 1);

  kin_asset_set_data (asset, data);
  g_assert_cmpuint (data_count.count, ==, 1);
  kin_asset_set_data (asset, same_data);
  g_assert_cmpuint (data_count.count, ==, 1);
  g_assert_true (g_bytes_equal (kin_asset_get_data (asset), data));
}

typedef struct
{
  GType type;
  const char *nicks[9];
} EnumNicks;

static void
test_enum_nicks (void)
{
  /* The exact strings of the file format, in declaration order. */
  const EnumNicks enums[] = {
    { KIN_TYPE_UNIT, { "minutes", "hours", "working-days", "days", "rings", "percent" } },
    { KIN_TYPE_CHANNEL, { "phone", "email", "letter", "web", "social", "in-person", "any" } },
    { KIN_TYPE_VOICE, { "staff", "tenant", "board", "leader", "partner", "other" } },
    { KIN_TYPE_JOURNEY_STATE, { "current", "future" } },
    { KIN_TYPE_LANE_KIND, { "actions", "touchpoints", "thoughts", "feelings", "pain-points",
                            "opportunities", "owner", "custom" } },
    { KIN_TYPE_EFFORT, { "small", "medium", "large" } },
    { KIN_TYPE_GAIN_STATUS, { "idea", "trying", "adopted", "shared", "dropped" } },
    { KIN_TYPE_AGENDA_KIND, { "cards", "board", "assessment", "journey", "gains", "principles",
                              "break", "custom" } },
    { KIN_TYPE_DUPLEX, { "none", "long-edge", "short-edge" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[i].type);
      guint n = g_strv_length ((char **) enums[i].nicks);
      int value = -1;

      g_assert_cmpuint (klass->n_values, ==, n);

      for (guint j = 0; j < n; j++)
        {
          g_assert_cmpstr (kin_enum_to_nick (enums[i].type, (int) j), ==, enums[i].nicks[j]);
          g_assert_true (kin_enum_from_nick (enums[i].type, enums[i].nicks[j], &value));
          g_assert_cmpint (value, ==, (int) j);
        }

      g_assert_null (kin_enum_to_nick (enums[i].type, (int) n));
      g_assert_null (kin_enum_to_nick (enums[i].type, -1));
      g_assert_false (kin_enum_from_nick (enums[i].type, "nonsense", &value));
      g_assert_false (kin_enum_from_nick (enums[i].type, NULL, &value));
      /* Nicks are case-sensitive, as in the file. */
      g_assert_false (kin_enum_from_nick (enums[i].type, "NONE", NULL));
    }

  g_assert_cmpint (KIN_LANE_KIND_PAIN_POINTS, ==, 4);
  g_assert_cmpint (KIN_CHANNEL_IN_PERSON, ==, 5);
}

static void
test_team_scores (void)
{
  g_autoptr(KinTeam) team = kin_team_new ();
  g_autoptr(GVariant) with_a = NULL;
  g_autoptr(GVariant) with_b = NULL;
  g_autoptr(GVariant) replaced = NULL;
  g_autoptr(GVariant) without = NULL;
  g_autoptr(GVariant) without_missing = NULL;
  GVariant *before;
  double score = 0.0;
  const char *id;

  g_assert_false (kin_team_get_score (team, "s1", &score));

  with_a = g_variant_ref_sink (kin_team_build_scores_with (team, "s1", 3.5));
  g_assert_true (g_variant_is_of_type (with_a, G_VARIANT_TYPE ("a{sd}")));
  /* Building leaves the team alone. */
  g_assert_cmpuint (g_variant_n_children (kin_team_get_scores (team)), ==, 0);

  kin_team_set_scores (team, with_a);
  g_assert_true (kin_team_get_score (team, "s1", &score));
  g_assert_cmpfloat (score, ==, 3.5);

  with_b = g_variant_ref_sink (kin_team_build_scores_with (team, "s2", 4.0));
  kin_team_set_scores (team, with_b);
  g_assert_cmpuint (g_variant_n_children (kin_team_get_scores (team)), ==, 2);

  /* Replacing keeps the entry where it was. */
  before = g_variant_ref (kin_team_get_scores (team));
  replaced = g_variant_ref_sink (kin_team_build_scores_with (team, "s1", 2.0));
  g_assert_cmpuint (g_variant_n_children (replaced), ==, 2);
  g_variant_get_child (replaced, 0, "{&sd}", &id, &score);
  g_assert_cmpstr (id, ==, "s1");
  g_assert_cmpfloat (score, ==, 2.0);
  kin_team_set_scores (team, replaced);
  g_assert_true (kin_team_get_score (team, "s1", &score));
  g_assert_cmpfloat (score, ==, 2.0);
  /* The old value was not touched. */
  g_assert_true (g_variant_lookup (before, "s1", "d", &score));
  g_assert_cmpfloat (score, ==, 3.5);
  g_variant_unref (before);

  without = g_variant_ref_sink (kin_team_build_scores_without (team, "s1"));
  g_assert_cmpuint (g_variant_n_children (without), ==, 1);
  kin_team_set_scores (team, without);
  g_assert_false (kin_team_get_score (team, "s1", NULL));
  g_assert_true (kin_team_get_score (team, "s2", &score));
  g_assert_cmpfloat (score, ==, 4.0);

  without_missing = g_variant_ref_sink (kin_team_build_scores_without (team, "nope"));
  g_assert_true (g_variant_equal (without_missing, kin_team_get_scores (team)));

  kin_team_set_scores (team, NULL);
  g_assert_cmpuint (g_variant_n_children (kin_team_get_scores (team)), ==, 0);
}

static KinAsset *
make_asset (const char *id)
{
  return g_object_new (KIN_TYPE_ASSET, "id", id, "mime", "image/png", NULL);
}

static void
test_asset_store (void)
{
  g_autoptr(KinAssetStore) store = kin_asset_store_new ();
  GListStore *assets = G_LIST_STORE (kin_asset_store_get_assets (store));
  g_autoptr(KinAsset) a = make_asset ("a");
  g_autoptr(KinAsset) b = make_asset ("b");
  g_autoptr(KinAsset) c = make_asset ("c");
  g_autoptr(KinAsset) duplicate = make_asset ("a");
  gpointer items[2];

  g_assert_null (kin_asset_store_lookup (store, "a"));
  g_assert_null (kin_asset_store_lookup (store, NULL));

  g_list_store_append (assets, a);
  g_list_store_append (assets, b);
  g_assert_true (kin_asset_store_lookup (store, "a") == a);
  g_assert_true (kin_asset_store_lookup (store, "b") == b);
  g_assert_null (kin_asset_store_lookup (store, "c"));

  g_list_store_remove (assets, 0);
  g_assert_null (kin_asset_store_lookup (store, "a"));
  g_assert_true (kin_asset_store_lookup (store, "b") == b);

  /* A splice that removes and adds at once. */
  items[0] = c;
  items[1] = a;
  g_list_store_splice (assets, 0, 1, items, 2);
  g_assert_null (kin_asset_store_lookup (store, "b"));
  g_assert_true (kin_asset_store_lookup (store, "c") == c);
  g_assert_true (kin_asset_store_lookup (store, "a") == a);

  /* Renaming follows too. */
  kin_object_set_id (KIN_OBJECT (c), "c2");
  g_assert_null (kin_asset_store_lookup (store, "c"));
  g_assert_true (kin_asset_store_lookup (store, "c2") == c);

  /* With a duplicate id, the first one wins, and removing it uncovers
   * the other.
   */
  g_list_store_append (assets, duplicate);
  g_assert_true (kin_asset_store_lookup (store, "a") == a);
  g_list_store_remove (assets, 1);
  g_assert_true (kin_asset_store_lookup (store, "a") == duplicate);

  g_list_store_remove_all (assets);
  g_assert_null (kin_asset_store_lookup (store, "a"));
  g_assert_null (kin_asset_store_lookup (store, "c2"));

  /* Removed assets are no longer watched. */
  kin_object_set_id (KIN_OBJECT (c), "c3");
  g_assert_null (kin_asset_store_lookup (store, "c3"));
}

static void
test_lookup (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinPrinciple) principle = g_object_new (KIN_TYPE_PRINCIPLE, "id", "p1", NULL);
  g_autoptr(KinBoard) board = g_object_new (KIN_TYPE_BOARD, "id", "b1", NULL);
  g_autoptr(KinNote) note = g_object_new (KIN_TYPE_NOTE, "id", "n1", NULL);
  g_autoptr(KinSession) session = g_object_new (KIN_TYPE_SESSION, "id", "s1", NULL);
  g_autoptr(KinAgendaItem) item = g_object_new (KIN_TYPE_AGENDA_ITEM, "id", "a1", NULL);
  g_autoptr(KinAsset) asset = make_asset ("img");
  g_autoptr(KinGain) gain = g_object_new (KIN_TYPE_GAIN, "id", "g1", NULL);

  g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
  g_list_store_append (G_LIST_STORE (kin_project_get_boards (project)), board);
  g_list_store_append (G_LIST_STORE (kin_board_get_notes (board)), note);
  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (project)), session);
  g_list_store_append (G_LIST_STORE (kin_session_get_agenda (session)), item);
  g_list_store_append (G_LIST_STORE (kin_asset_store_get_assets (kin_project_get_assets (project))),
                       asset);
  g_list_store_append (G_LIST_STORE (kin_project_get_gains (project)), gain);

  g_assert_true (kin_project_lookup (project, KIN_TYPE_PRINCIPLE, "p1") == principle);
  g_assert_true (kin_project_lookup (project, KIN_TYPE_NOTE, "n1") == note);
  g_assert_true (kin_project_lookup (project, KIN_TYPE_AGENDA_ITEM, "a1") == item);
  g_assert_true (kin_project_lookup (project, KIN_TYPE_ASSET, "img") == asset);
  g_assert_true (kin_project_lookup (project, KIN_TYPE_GAIN, "g1") == gain);
  g_assert_true (kin_project_lookup (project, KIN_TYPE_OBJECT, "b1") == board);

  /* The type must match too. */
  g_assert_null (kin_project_lookup (project, KIN_TYPE_NOTE, "p1"));
  g_assert_null (kin_project_lookup (project, KIN_TYPE_BOARD, "n1"));
  g_assert_null (kin_project_lookup (project, KIN_TYPE_PRINCIPLE, "missing"));
  g_assert_null (kin_project_lookup (project, KIN_TYPE_PRINCIPLE, NULL));
  g_assert_null (kin_project_lookup (project, KIN_TYPE_PRINCIPLE, ""));

  g_list_store_remove (G_LIST_STORE (kin_board_get_notes (board)), 0);
  g_assert_null (kin_project_lookup (project, KIN_TYPE_NOTE, "n1"));
}

static void
test_validators (void)
{
  g_autofree char *now = kin_timestamp_now ();
  g_autofree char *today = kin_date_today ();

  g_assert_true (kin_is_valid_date ("2026-11-22"));
  g_assert_true (kin_is_valid_date ("2024-02-29"));
  g_assert_false (kin_is_valid_date ("2026-02-30"));
  g_assert_false (kin_is_valid_date ("2025-02-29"));
  g_assert_false (kin_is_valid_date ("2026-13-01"));
  g_assert_false (kin_is_valid_date ("2026-00-10"));
  g_assert_false (kin_is_valid_date ("2026-1-5"));
  g_assert_false (kin_is_valid_date ("2026-11-22 "));
  g_assert_false (kin_is_valid_date ("2026/11/22"));
  g_assert_false (kin_is_valid_date (""));
  g_assert_false (kin_is_valid_date (NULL));
  g_assert_true (kin_is_valid_date (today));

  g_assert_true (kin_is_valid_timestamp ("2026-11-22T10:15:00Z"));
  g_assert_true (kin_is_valid_timestamp ("2026-11-22T23:59:59.125Z"));
  g_assert_true (kin_is_valid_timestamp (now));
  g_assert_cmpuint (strlen (now), ==, 20);
  g_assert_false (kin_is_valid_timestamp ("2026-11-22T24:00:00Z"));
  g_assert_false (kin_is_valid_timestamp ("2026-11-22T10:60:00Z"));
  g_assert_false (kin_is_valid_timestamp ("2026-11-22T10:15:00"));
  g_assert_false (kin_is_valid_timestamp ("2026-11-22T10:15:00+01:00"));
  g_assert_false (kin_is_valid_timestamp ("2026-02-30T10:15:00Z"));
  g_assert_false (kin_is_valid_timestamp ("2026-11-22 10:15:00Z"));
  g_assert_false (kin_is_valid_timestamp ("2026-11-22T10:15:00.Z"));
  g_assert_false (kin_is_valid_timestamp ("2026-11-22T10:15:00Zx"));
  g_assert_false (kin_is_valid_timestamp (NULL));

  g_assert_true (kin_is_valid_color ("#3b6ea5"));
  g_assert_true (kin_is_valid_color ("#FFF3A0"));
  g_assert_false (kin_is_valid_color ("3b6ea5"));
  g_assert_false (kin_is_valid_color ("#3b6ea"));
  g_assert_false (kin_is_valid_color ("#3b6ea5f"));
  g_assert_false (kin_is_valid_color ("#3g6ea5"));
  g_assert_false (kin_is_valid_color (""));
  g_assert_false (kin_is_valid_color (NULL));

  g_assert_true (kin_is_valid_hhmm ("00:00"));
  g_assert_true (kin_is_valid_hhmm ("09:30"));
  g_assert_true (kin_is_valid_hhmm ("23:59"));
  g_assert_false (kin_is_valid_hhmm ("24:00"));
  g_assert_false (kin_is_valid_hhmm ("12:60"));
  g_assert_false (kin_is_valid_hhmm ("9:30"));
  g_assert_false (kin_is_valid_hhmm ("09:30:00"));
  g_assert_false (kin_is_valid_hhmm ("09-30"));
  g_assert_false (kin_is_valid_hhmm (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/construct-with-id", test_construct_with_id);
  g_test_add_func ("/model/project-defaults", test_project_defaults);
  g_test_add_func ("/model/property/string", test_string_property);
  g_test_add_func ("/model/property/numbers", test_number_properties);
  g_test_add_func ("/model/property/strv-variant-bytes", test_strv_variant_bytes_properties);
  g_test_add_func ("/model/enum-nicks", test_enum_nicks);
  g_test_add_func ("/model/team-scores", test_team_scores);
  g_test_add_func ("/model/asset-store", test_asset_store);
  g_test_add_func ("/model/lookup", test_lookup);
  g_test_add_func ("/model/validators", test_validators);

  return g_test_run ();
}
