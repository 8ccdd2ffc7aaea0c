/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>

#include "kin-board-clipboard.h"
#include "kin-io-error.h"
#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-test-board.h"

/*
 * Vision boards in text: notes copied to the clipboard and read back, and
 * the board fields of the project file (silent writing, voters, theme
 * colours, face-down notes and named voters' dots), with the messages for
 * values of the wrong kind.
 */

/* Clipboard */

static void
test_clipboard_round_trip (Fixture       *f,
                           gconstpointer  data)
{
  KinNote *a = put_note (f, 10, 20, "Tenants help write our <b>letters</b> & forms");
  KinNote *b = put_note (f, 300, 20, "Zoë’s idea\nsecond line");
  g_autoptr(GPtrArray) copied = array_of (a, b, NULL);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GVariantBuilder) dots = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{si}"));
  g_autofree char *text = NULL;
  KinNote *copy;

  kin_note_set_color (a, "#ffd6e0");
  kin_note_set_principle (a, "p-respect");
  kin_note_set_voice (a, KIN_VOICE_PARTNER);
  g_variant_builder_add (&dots, "{si}", "Ann", 1);
  kin_note_set_dots (a, g_variant_builder_end (&dots));
  kin_note_set_votes (a, 3);
  kin_note_set_hidden (b, TRUE);

  text = kin_board_notes_to_json (copied);
  g_assert_nonnull (strstr (text, "\"format\": \"kindling-notes\""));

  read = kin_board_notes_from_json (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 2);
  copy = read->pdata[0];
  g_assert_cmpstr (kin_note_get_text (copy), ==, "Tenants help write our <b>letters</b> & forms");
  g_assert_cmpstr (kin_note_get_color (copy), ==, "#ffd6e0");
  g_assert_cmpstr (kin_note_get_principle (copy), ==, "p-respect");
  g_assert_cmpint (kin_note_get_voice (copy), ==, KIN_VOICE_PARTNER);
  g_assert_cmpint (kin_note_get_votes (copy), ==, 3);
  g_assert_cmpint (kin_note_get_voter_dots (copy, "Ann"), ==, 1);
  g_assert_cmpfloat (kin_note_get_x (copy), ==, 10);
  g_assert_cmpstr (kin_note_get_text (read->pdata[1]), ==, "Zoë’s idea\nsecond line");
  g_assert_true (kin_note_get_hidden (read->pdata[1]));

  /* Pasting twice gives new ids each time. */
  pasted = kin_board_paste_notes (f->project, f->board, read, 20, 20);
  g_assert_cmpstr (id_of (pasted->pdata[0]), !=, id_of (a));
  g_clear_pointer (&pasted, g_ptr_array_unref);
  pasted = kin_board_paste_notes (f->project, f->board, read, 40, 40);
  g_assert_cmpuint (n_notes (f), ==, 6);
  g_assert_cmpstr (id_of (pasted->pdata[0]), !=, id_of (note_at_index (f, 2)));
  g_assert_cmpfloat (kin_note_get_x (pasted->pdata[1]), ==, 340);
}

static void
test_clipboard_bad_input (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *message;
  } cases[] = {
    { "", KIN_IO_ERROR_SYNTAX, "The clipboard does not hold Kindling notes" },
    { "Just some words", KIN_IO_ERROR_SYNTAX, "The clipboard does not hold Kindling notes" },
    { "[1, 2]", KIN_IO_ERROR_NOT_KINDLING, "The clipboard does not hold Kindling notes" },
    { "{\"format\": \"kindling\", \"version\": 1}", KIN_IO_ERROR_NOT_KINDLING,
      "The clipboard does not hold Kindling notes" },
    { "{\"format\": \"kindling-notes\", \"version\": 1}", KIN_IO_ERROR_SHAPE,
      "clipboard: notes: expected an array, got nothing" },
    { "{\"format\": \"kindling-notes\", \"version\": 1, \"notes\": {}}", KIN_IO_ERROR_SHAPE,
      "clipboard: notes: expected an array, got an object" },
    { "{\"format\": \"kindling-notes\", \"version\": 1, \"notes\": [{\"id\": \"n\", \"votes\": \"x\"}]}",
      KIN_IO_ERROR_SHAPE, "clipboard: notes[0].votes: expected an integer of 0 or more, got \"x\"" },
    { "{\"format\": \"kindling-notes\", \"version\": 1, \"notes\": [{\"text\": \"no id\"}]}",
      KIN_IO_ERROR_SHAPE, "clipboard: notes[0].id: expected a non-empty string, got nothing" },
    { "{\"format\": \"kindling-notes\", \"version\": 9, \"notes\": []}", KIN_IO_ERROR_NEWER_VERSION,
      "These notes were copied from a newer version of Kindling, which this version cannot read" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) notes = kin_board_notes_from_json (cases[i].text, &error);

      g_test_message ("clipboard text: %s", cases[i].text);
      g_assert_null (notes);
      g_assert_error (error, KIN_IO_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) notes =
      kin_board_notes_from_json ("{\"format\": \"kindling-notes\", \"version\": 1, \"notes\": []}", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (notes->len, ==, 0);
  }
}

/* The file fields */

static KinProject *
read_text (const char  *text,
           GPtrArray  **warnings,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return kin_project_read_bytes (bytes, "test.kindling", warnings, error);
}

static void
test_file_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  KinCluster *cluster = put_cluster (f, 0, 0, 400, 300, "Easy");
  KinCluster *plain = put_cluster (f, 500, 0, 400, 300, "Plain");
  KinNote *a = put_note (f, 20, 60, "a");
  KinNote *b = put_note (f, 520, 60, "b");
  const char * const voters[] = { "Ann", "Zoë", NULL };
  g_auto(GVariantBuilder) dots = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{si}"));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinBoard) board = NULL;
  g_autoptr(KinCluster) read_cluster = NULL;
  g_autoptr(KinCluster) read_plain = NULL;
  g_autoptr(KinNote) read_a = NULL;
  g_autoptr(KinNote) read_b = NULL;

  kin_board_set_silent (f->board, TRUE);
  kin_board_set_voters (f->board, voters);
  kin_cluster_set_color (cluster, "#b5e3c3");
  kin_note_set_hidden (b, TRUE);
  g_variant_builder_add (&dots, "{si}", "Zoë", 1);
  g_variant_builder_add (&dots, "{si}", "Ann", 2);
  g_variant_builder_add (&dots, "{si}", "Gone", 1);
  kin_note_set_dots (a, g_variant_builder_end (&dots));
  kin_note_set_votes (a, 6);

  bytes = kin_project_write_bytes (f->project);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "\"dots\": {\n"));
  project = kin_project_read_bytes (bytes, "round.kindling", &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  board = g_list_model_get_item (kin_project_get_boards (project), 0);
  g_assert_true (kin_board_get_silent (board));
  g_assert_cmpstrv (kin_board_get_voters (board), voters);
  read_cluster = g_list_model_get_item (kin_board_get_clusters (board), 0);
  read_plain = g_list_model_get_item (kin_board_get_clusters (board), 1);
  g_assert_cmpstr (kin_cluster_get_color (read_cluster), ==, "#b5e3c3");
  g_assert_null (kin_cluster_get_color (read_plain));
  g_assert_cmpstr (kin_cluster_get_title (read_plain), ==, kin_cluster_get_title (plain));
  read_a = g_list_model_get_item (kin_board_get_notes (board), 0);
  read_b = g_list_model_get_item (kin_board_get_notes (board), 1);
  g_assert_false (kin_note_get_hidden (read_a));
  g_assert_true (kin_note_get_hidden (read_b));
  g_assert_true (g_variant_equal (kin_note_get_dots (read_a), kin_note_get_dots (a)));
  /* A voter who is no longer on the list keeps their dot. */
  g_assert_cmpint (kin_note_get_voter_dots (read_a, "Gone"), ==, 1);
  g_assert_cmpint (kin_note_get_voter_dots (read_a, KIN_VOTER_ROOM), ==, 2);
  g_assert_cmpuint (g_variant_n_children (kin_note_get_dots (read_b)), ==, 0);

  again = kin_project_write_bytes (project);
  g_assert_true (g_bytes_equal (bytes, again));
}

static void
test_file_old_board (void)
{
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinBoard) board = NULL;
  g_autoptr(KinCluster) cluster = NULL;
  g_autoptr(KinNote) note = NULL;

  project = read_text ("{\"format\": \"kindling\", \"version\": 1, \"boards\": [{\"id\": \"b\", "
                       "\"clusters\": [{\"id\": \"c\", \"title\": \"T\"}], "
                       "\"notes\": [{\"id\": \"n\", \"votes\": 4, \"cluster\": \"c\"}]}]}",
                       &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  board = g_list_model_get_item (kin_project_get_boards (project), 0);
  g_assert_false (kin_board_get_silent (board));
  g_assert_cmpuint (g_strv_length ((char **) kin_board_get_voters (board)), ==, 0);
  cluster = g_list_model_get_item (kin_board_get_clusters (board), 0);
  g_assert_null (kin_cluster_get_color (cluster));
  note = g_list_model_get_item (kin_board_get_notes (board), 0);
  g_assert_false (kin_note_get_hidden (note));
  g_assert_cmpint (kin_note_get_votes (note), ==, 4);
  g_assert_cmpint (kin_note_get_voter_dots (note, KIN_VOTER_ROOM), ==, 4);
}

static void
test_file_votes_repaired (void)
{
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinBoard) board = NULL;
  g_autoptr(KinNote) note = NULL;

  project = read_text ("{\"format\": \"kindling\", \"version\": 1, \"boards\": [{\"id\": \"b\", "
                       "\"notes\": [{\"id\": \"n\", \"votes\": 2, \"dots\": {\"Ann\": 3, \"Dev\": 2, \"Kim\": 0}}]}]}",
                       &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (warnings->pdata[0], ==,
                   "boards[0].notes[0].votes: 2 is fewer than the 5 dots given by named voters; raised to 5");
  board = g_list_model_get_item (kin_project_get_boards (project), 0);
  note = g_list_model_get_item (kin_board_get_notes (board), 0);
  g_assert_cmpint (kin_note_get_votes (note), ==, 5);
  g_assert_cmpint (kin_note_get_voter_dots (note, "Ann"), ==, 3);
  g_assert_cmpint (kin_note_get_voter_dots (note, KIN_VOTER_ROOM), ==, 0);
  /* A count of 0 is no dot at all. */
  g_assert_cmpuint (g_variant_n_children (kin_note_get_dots (note)), ==, 2);
}

static void
test_file_bad_fields (void)
{
  static const struct
  {
    const char *board;
    const char *message;
  } cases[] = {
    { "\"silent\": \"yes\"", "test.kindling: boards[0].silent: expected true or false, got \"yes\"" },
    { "\"voters\": \"Ann\"", "test.kindling: boards[0].voters: expected an array of strings, got \"Ann\"" },
    { "\"voters\": [\"Ann\", 2]", "test.kindling: boards[0].voters[1]: expected a string, got 2" },
    { "\"clusters\": [{\"id\": \"c\", \"color\": \"#abc\"}]",
      "test.kindling: boards[0].clusters[0].color: expected a colour written as #rrggbb, "
      "such as \"#3b6ea5\", or null, got \"#abc\"" },
    { "\"clusters\": [{\"id\": \"c\", \"color\": 7}]",
      "test.kindling: boards[0].clusters[0].color: expected a colour written as #rrggbb, "
      "such as \"#3b6ea5\", or null, got 7" },
    { "\"notes\": [{\"id\": \"n\", \"hidden\": 1}]",
      "test.kindling: boards[0].notes[0].hidden: expected true or false, got 1" },
    { "\"notes\": [{\"id\": \"n\", \"dots\": [1]}]",
      "test.kindling: boards[0].notes[0].dots: expected an object mapping voter names to numbers of dots, "
      "got an array" },
    { "\"notes\": [{\"id\": \"n\", \"dots\": {\"Ann\": -1}}]",
      "test.kindling: boards[0].notes[0].dots.Ann: expected an integer of 0 or more, got -1" },
    { "\"notes\": [{\"id\": \"n\", \"dots\": {\"Ann Lee\": 1.5}}]",
      "test.kindling: boards[0].notes[0].dots[\"Ann Lee\"]: expected an integer of 0 or more, got 1.5" },
    { "\"notes\": [{\"id\": \"n\", \"dots\": {\"Ann\": \"two\"}}]",
      "test.kindling: boards[0].notes[0].dots.Ann: expected an integer of 0 or more, got \"two\"" },
    { "\"notes\": [{\"id\": \"n\", \"dots\": {\"\": 1}}]",
      "test.kindling: boards[0].notes[0].dots[\"\"]: dots must be keyed by a voter's name, not an empty string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("{\"format\": \"kindling\", \"version\": 1, \"boards\": [{\"id\": \"b\", %s}]}",
                         cases[i].board);
      g_autoptr(KinProject) project = NULL;
      g_autoptr(GError) error = NULL;

      project = read_text (text, NULL, &error);
      g_assert_null (project);
      g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_SHAPE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/board-io/clipboard-round-trip", Fixture, NULL,
              fixture_set_up, test_clipboard_round_trip, fixture_tear_down);
  g_test_add ("/board-io/file-round-trip", Fixture, NULL,
              fixture_set_up, test_file_round_trip, fixture_tear_down);
  g_test_add_func ("/board-io/clipboard-bad-input", test_clipboard_bad_input);
  g_test_add_func ("/board-io/file-old-board", test_file_old_board);
  g_test_add_func ("/board-io/file-votes-repaired", test_file_votes_repaired);
  g_test_add_func ("/board-io/file-bad-fields", test_file_bad_fields);

  return g_test_run ();
}
