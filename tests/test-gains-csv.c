/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "kin-gains-csv.h"
#include "kin-model.h"
#include "kin-project-writer.h"

/*
 * The gains CSV: round trips with awkward content, the formula guard,
 * duplicate skipping, exact line:column errors that leave the project
 * unchanged, undo of an import, and the command line both ways.
 */

static const char *header =
  "id,date,title,team,who,before,change,principles,standards,tsm,impact,effort,"
  "evidence,status,created,modified\r\n";

static KinProject *
make_project (void)
{
  KinProject *project = kin_project_new ();
  g_autoptr(KinPrinciple) respect = kin_principle_new ();
  g_autoptr(KinPrinciple) empower = kin_principle_new ();
  g_autoptr(KinStandard) standard = kin_standard_new ();

  kin_object_set_id (KIN_OBJECT (respect), "p-respect");
  kin_principle_set_name (respect, "Respect");
  kin_object_set_id (KIN_OBJECT (empower), "p-empower");
  kin_principle_set_name (empower, "Empowerment");
  kin_object_set_id (KIN_OBJECT (standard), "s-calls");
  kin_standard_set_title (standard, "Answer calls, within 20 seconds");
  g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), respect);
  g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), empower);
  g_list_store_append (G_LIST_STORE (kin_project_get_standards (project)), standard);

  return project;
}

static KinGain *
add_gain (KinProject *project,
          const char *id,
          const char *date,
          const char *title,
          const char *team)
{
  g_autoptr(KinGain) gain = kin_gain_new ();

  kin_object_set_id (KIN_OBJECT (gain), id);
  kin_gain_set_date (gain, date);
  kin_gain_set_title (gain, title);
  kin_gain_set_team (gain, team);
  kin_gain_set_created (gain, "2026-01-02T09:00:00Z");
  kin_gain_set_modified (gain, "2026-01-03T09:00:00Z");
  g_list_store_append (G_LIST_STORE (kin_project_get_gains (project)), gain);

  return gain;
}

static GBytes *
serialize (KinProject *project)
{
  return kin_project_write_bytes (project);
}

static KinGain *
gain_at (KinProject *project,
         guint       position)
{
  g_autoptr(KinGain) gain = g_list_model_get_item (kin_project_get_gains (project), position);

  /* The list keeps it alive. */
  return gain;
}

static GBytes *
bytes_from (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static void
test_round_trip_awkward (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(KinProject) copy = make_project ();
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  const char * const principles[] = { "p-respect", "p-empower", NULL };
  const char * const standards[] = { "s-calls", NULL };
  const char * const tsm[] = { "TP01", "TP08", NULL };
  KinGainsImportResult result;
  KinGain *gain;
  KinGain *back;

  gain = add_gain (project, "g1", "2026-03-04", "He said \"thanks\", twice", "Repairs, north");
  kin_gain_set_who (gain, "Zoë O'Brien");
  kin_gain_set_before (gain, "Line one\nline two, with comma\n\"quoted\"");
  kin_gain_set_change (gain, "<b>bold?</b> & ampersands");
  kin_gain_set_evidence (gain, "שלום עולם – RTL text");
  kin_gain_set_principles (gain, principles);
  kin_gain_set_standards (gain, standards);
  kin_gain_set_tsm (gain, tsm);
  kin_gain_set_impact (gain, 5);
  kin_gain_set_effort (gain, KIN_EFFORT_LARGE);
  kin_gain_set_status (gain, KIN_GAIN_STATUS_SHARED);

  gain = add_gain (project, "g2", "2026-03-05", "=SUM(A1:A9)", " leading and trailing ");
  kin_gain_set_who (gain, "+44 161 000");
  kin_gain_set_before (gain, "-minus");
  kin_gain_set_change (gain, "@mention");
  kin_gain_set_evidence (gain, "'=already quoted");

  csv = kin_gains_csv_export (project, NULL);
  g_assert_nonnull (csv);

  /* Spot checks of the text itself: RFC 4180 quoting and the guard. */
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));

    /* A byte order mark first, so that spreadsheets read UTF-8. */
    g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
    g_assert_true (g_str_has_prefix (text + 3, header));
    g_assert_nonnull (strstr (text, "\"He said \"\"thanks\"\", twice\""));
    g_assert_nonnull (strstr (text, ",'=SUM(A1:A9),"));
    g_assert_nonnull (strstr (text, ",'+44 161 000,"));
    g_assert_nonnull (strstr (text, ",''=already quoted,"));
    g_assert_nonnull (strstr (text, ",Respect; Empowerment,"));
    g_assert_nonnull (strstr (text, ",\"Answer calls, within 20 seconds\","));
    g_assert_nonnull (strstr (text, ",TP01; TP08,5,large,"));
    g_assert_false (g_str_has_prefix (text + 3, "\xef\xbb\xbf"));
  }

  kin_gains_import_result_init (&result);
  g_assert_true (kin_gains_csv_import (copy, csv, "gains.csv", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 2);
  g_assert_cmpuint (result.skipped, ==, 0);
  g_assert_cmpuint (result.warnings->len, ==, 0);
  kin_gains_import_result_clear (&result);

  for (guint i = 0; i < 2; i++)
    {
      KinGain *a = gain_at (project, i);
      KinGain *b = gain_at (copy, i);

      g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (a)), ==, kin_object_get_id (KIN_OBJECT (b)));
      g_assert_cmpstr (kin_gain_get_date (a), ==, kin_gain_get_date (b));
      g_assert_cmpstr (kin_gain_get_title (a), ==, kin_gain_get_title (b));
      g_assert_cmpstr (kin_gain_get_team (a), ==, kin_gain_get_team (b));
      g_assert_cmpstr (kin_gain_get_who (a), ==, kin_gain_get_who (b));
      g_assert_cmpstr (kin_gain_get_before (a), ==, kin_gain_get_before (b));
      g_assert_cmpstr (kin_gain_get_change (a), ==, kin_gain_get_change (b));
      g_assert_cmpstr (kin_gain_get_evidence (a), ==, kin_gain_get_evidence (b));
      g_assert_true (g_strv_equal (kin_gain_get_principles (a), kin_gain_get_principles (b)));
      g_assert_true (g_strv_equal (kin_gain_get_standards (a), kin_gain_get_standards (b)));
      g_assert_true (g_strv_equal (kin_gain_get_tsm (a), kin_gain_get_tsm (b)));
      g_assert_cmpint (kin_gain_get_impact (a), ==, kin_gain_get_impact (b));
      g_assert_cmpint (kin_gain_get_effort (a), ==, kin_gain_get_effort (b));
      g_assert_cmpint (kin_gain_get_status (a), ==, kin_gain_get_status (b));
      g_assert_cmpstr (kin_gain_get_created (a), ==, kin_gain_get_created (b));
      g_assert_cmpstr (kin_gain_get_modified (a), ==, kin_gain_get_modified (b));
    }

  back = gain_at (copy, 1);
  g_assert_cmpstr (kin_gain_get_title (back), ==, "=SUM(A1:A9)");
  g_assert_cmpstr (kin_gain_get_evidence (back), ==, "'=already quoted");

  /* Exporting the copy gives the very same bytes. */
  again = kin_gains_csv_export (copy, NULL);
  g_assert_true (g_bytes_equal (csv, again));
}

static void
test_import_duplicates (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("\xef\xbb\xbf");
  g_autoptr(GBytes) csv = NULL;
  KinGainsImportResult result;

  add_gain (project, "g1", "2026-03-04", "Letters in plain English", "Income");

  /* Columns in another order, with only some of them: that is allowed. */
  g_string_append (text, "Title,Date,Team,id,principles\n");
  g_string_append (text, "Letters in plain English,2026-03-04,Income,g1,\n");         /* same id */
  g_string_append (text, "  LETTERS IN PLAIN ENGLISH ,2026-03-04, income ,,\n");      /* same key */
  g_string_append (text, "New one,2026-03-05,Income,,Respect; Nowhere\n");
  g_string_append (text, "New one,2026-03-05,Income,,\n");                            /* earlier row */
  g_string_append (text, "\n");
  csv = g_bytes_new (text->str, text->len);

  kin_gains_import_result_init (&result);
  g_assert_true (kin_gains_csv_import (project, csv, "in.csv", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_cmpuint (result.skipped, ==, 3);
  g_assert_cmpuint (result.warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result.warnings, 0), ==,
                   "in.csv:4:28: this project has no principle called “Nowhere”; it was left out");
  kin_gains_import_result_clear (&result);

  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_gains (project)), ==, 2);
  {
    KinGain *added = gain_at (project, 1);
    const char * const expected[] = { "p-respect", NULL };

    g_assert_cmpstr (kin_gain_get_title (added), ==, "New one");
    g_assert_true (g_strv_equal (kin_gain_get_principles (added), expected));
    /* A missing id gets a fresh one; missing fields get the defaults. */
    g_assert_true (g_uuid_string_is_valid (kin_object_get_id (KIN_OBJECT (added))));
    g_assert_cmpint (kin_gain_get_impact (added), ==, 3);
    g_assert_cmpint (kin_gain_get_status (added), ==, KIN_GAIN_STATUS_IDEA);
    g_assert_true (kin_is_valid_timestamp (kin_gain_get_created (added)));
  }
}

static void
test_import_undo (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after_undo = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  add_gain (project, "g1", "2026-03-04", "Existing", "Income");
  kin_project_mark_saved (project);
  before = serialize (project);

  text = g_strconcat (header,
                      ",2026-04-01,One,Team A,,,,,,,,,,,,\r\n",
                      ",2026-04-02,Two,Team A,,,,,,,,,,,,\r\n",
                      ",2026-04-03,Three,Team B,,,,,,,,,,,,\r\n", NULL);
  csv = bytes_from (text);
  g_assert_true (kin_gains_csv_import (project, csv, "in.csv", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_gains (project)), ==, 4);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Import Gains");

  /* One step undoes the whole import. */
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_gains (project)), ==, 1);
  g_assert_false (kin_project_can_undo (project));
  after_undo = serialize (project);
  g_assert_true (g_bytes_equal (before, after_undo));

  g_assert_true (kin_project_redo (project));
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_gains (project)), ==, 4);
}

static void
check_bad (const char *body,
           const char *expected_message)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strconcat (header, body, NULL);
  KinGainsImportResult result;

  add_gain (project, "g1", "2026-03-04", "Existing", "Income");
  before = serialize (project);

  csv = bytes_from (text);
  kin_gains_import_result_init (&result);
  g_assert_false (kin_gains_csv_import (project, csv, "bad.csv", &result, &error));
  g_assert_error (error, KIN_GAINS_CSV_ERROR, error->code);
  g_assert_cmpstr (error->message, ==, expected_message);
  g_assert_cmpuint (result.added, ==, 0);
  kin_gains_import_result_clear (&result);

  after = serialize (project);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (kin_project_can_undo (project));
}

static void
test_import_bad (void)
{
  /* A good row first, so that a late error must undo nothing. */
  const char *good = ",2026-04-01,Fine,Team,,,,,,,,,,,,\r\n";
  g_autofree char *unterminated = g_strconcat (good, ",2026-04-02,\"Never closed,Team,,,,,,,,,,,,\r\n", NULL);
  g_autofree char *columns = g_strconcat (good, ",2026-04-02,Short,Team\r\n", NULL);
  g_autofree char *too_many = g_strconcat (good, ",2026-04-02,Long,Team,,,,,,,,,,,,,extra\r\n", NULL);
  g_autofree char *date = g_strconcat (good, ",22/11/2026,Bad date,Team,,,,,,,,,,,,\r\n", NULL);
  g_autofree char *impact = g_strconcat (good, ",2026-04-02,Bad impact,Team,,,,,,,high,,,,,\r\n", NULL);
  g_autofree char *status = g_strconcat (good, ",2026-04-02,Bad status,Team,,,,,,,,,,finished,,\r\n", NULL);
  g_autofree char *stray = g_strconcat (good, ",2026-04-02,Say \"hi\",Team,,,,,,,,,,,,\r\n", NULL);
  g_autofree char *multiline = g_strconcat (",2026-04-01,\"Two\nlines\",Team,,,,,,,,,,,,\r\n",
                                            ",2026-13-01,Month 13,Team,,,,,,,,,,,,\r\n", NULL);
  g_autofree char *unicode = g_strconcat (",2026-04-01,Zoë,Téam,,,,,,,,9,,,,\r\n", NULL);

  check_bad (unterminated, "bad.csv:3:13: the quoted cell that starts here is never closed; "
                           "add the closing quote (\")");
  check_bad (columns, "bad.csv:3:23: this row does not have as many cells as the header row");
  check_bad (too_many, "bad.csv:3:35: this row does not have as many cells as the header row");
  check_bad (date, "bad.csv:3:2: expected a date such as 2026-11-22 (year-month-day), "
                   "got “22/11/2026”");
  check_bad (impact, "bad.csv:3:35: expected an impact from 1 to 5, got “high”");
  check_bad (status, "bad.csv:3:38: expected a status of idea, trying, adopted, shared or "
                     "dropped, got “finished”");
  check_bad (stray, "bad.csv:3:17: a quote inside a cell that does not start with one; put the "
                    "whole cell in quotes and double the quotes inside it");
  /* Lines count the line break inside the quoted cell. */
  check_bad (multiline, "bad.csv:4:2: expected a date such as 2026-11-22 (year-month-day), "
                        "got “2026-13-01”");
  /* Columns count characters, not bytes. */
  check_bad (unicode, "bad.csv:2:29: expected an effort of small, medium or large, got “9”");
}

static void
test_import_bad_header (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(GBytes) csv = bytes_from ("id,name,team\r\n1,x,y\r\n");
  g_autoptr(GBytes) twice = bytes_from ("date,title,Title\r\n2026-01-01,x,y\r\n");
  g_autoptr(GBytes) empty = bytes_from ("");
  g_autoptr(GBytes) latin1 = bytes_from ("date,title\r\n2026-01-01,caf\xe9\r\n");
  g_autoptr(GError) error = NULL;

  g_assert_false (kin_gains_csv_import (project, csv, "h.csv", NULL, &error));
  g_assert_error (error, KIN_GAINS_CSV_ERROR, KIN_GAINS_CSV_ERROR_HEADER);
  g_assert_cmpstr (error->message, ==, "h.csv:1:1: the header row has no “date” column; the "
                   "first row must name the columns, such as id,date,title,team");
  g_clear_error (&error);

  g_assert_false (kin_gains_csv_import (project, twice, "h.csv", NULL, &error));
  g_assert_cmpstr (error->message, ==, "h.csv:1:12: the column “title” appears twice in the header row");
  g_clear_error (&error);

  g_assert_false (kin_gains_csv_import (project, empty, "h.csv", NULL, &error));
  g_assert_error (error, KIN_GAINS_CSV_ERROR, KIN_GAINS_CSV_ERROR_HEADER);
  g_clear_error (&error);

  g_assert_false (kin_gains_csv_import (project, latin1, "h.csv", NULL, &error));
  g_assert_cmpstr (error->message, ==, "h.csv:2:15: this is not UTF-8 text; save the "
                   "spreadsheet as “CSV UTF-8” and try again");
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_gains (project)), ==, 0);
}

static void
test_export_filtered (void)
{
  g_autoptr(KinProject) project = make_project ();
  g_autoptr(GListStore) some = g_list_store_new (KIN_TYPE_GAIN);
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;

  add_gain (project, "g1", "2026-03-04", "First", "A");
  g_list_store_append (some, add_gain (project, "g2", "2026-03-05", "Second", "B"));

  csv = kin_gains_csv_export (project, G_LIST_MODEL (some));
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_null (strstr (text, "First"));
  g_assert_nonnull (strstr (text, "\r\ng2,2026-03-05,Second,B,"));
}

/* The command line, with no display: export, then import into a copy adds
 * nothing; a bad CSV exits 1 with its position and leaves the file alone. */
static void
test_command_line (void)
{
  const char *bin = g_getenv ("KINDLING_BIN");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kindling-gains-csv-XXXXXX", &error);
  g_autofree char *project_path = g_build_filename (dir, "p.kindling", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.kindling", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "gains.csv", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *bad = g_strconcat (header, ",2026-02-30,Impossible day,Team,,,,,,,,,,,,\r\n", NULL);
  gsize before_len, after_len;
  int status;

  g_assert_no_error (error);
  if (bin == NULL)
    {
      g_test_skip ("KINDLING_BIN is not set");
      return;
    }

  {
    const char *argv[] = { bin, "--starter", project_path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  {
    g_autofree char *output = g_strconcat ("--output=", csv_path, NULL);
    const char *argv[] = { bin, "--export=gains", output, project_path, NULL };
    g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISPLAY");

    env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  g_assert_true (g_str_has_prefix (csv + 3, header));

  g_assert_true (g_file_get_contents (project_path, &before, &before_len, NULL));
  g_assert_true (g_file_set_contents (copy_path, before, before_len, NULL));

  {
    g_autofree char *import = g_strconcat ("--import-gains=", csv_path, NULL);
    const char *argv[] = { bin, import, copy_path, NULL };
    g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISPLAY");

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_prefix (out, "Added 0 gains, skipped "));
    g_assert_true (g_str_has_suffix (out, " duplicates\n"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  g_assert_true (g_file_get_contents (copy_path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_clear_pointer (&after, g_free);

  g_assert_true (g_file_set_contents (bad_path, bad, -1, NULL));
  {
    g_autofree char *import = g_strconcat ("--import-gains=", bad_path, NULL);
    const char *argv[] = { bin, import, copy_path, NULL };
    g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISPLAY");
    g_autofree char *expected = g_strdup_printf ("kindling: %s:2:2: expected a date such as "
                                                 "2026-11-22 (year-month-day), got “2026-02-30”\n",
                                                 bad_path);

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_cmpstr (err, ==, expected);
  }
  g_assert_true (g_file_get_contents (copy_path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);

  /* Bad usage exits 2; a CSV that cannot be read exits 1. */
  {
    g_autofree char *missing = g_strconcat ("--import-gains=", dir, "/missing.csv", NULL);
    const char *no_output[] = { bin, "--export=gains", copy_path, NULL };
    const char *no_project[] = { bin, missing, NULL };
    const char *no_csv[] = { bin, missing, copy_path, NULL };
    const char * const *commands[] = { no_output, no_project, no_csv };
    int expected[] = { 2, 2, 1 };
    g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISPLAY");

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        g_clear_pointer (&out, g_free);
        g_clear_pointer (&err, g_free);
        g_assert_true (g_spawn_sync (NULL, (char **) commands[i], env, G_SPAWN_DEFAULT, NULL, NULL,
                                     &out, &err, &status, &error));
        g_assert_true (WIFEXITED (status));
        g_assert_cmpint (WEXITSTATUS (status), ==, expected[i]);
        g_assert_true (g_str_has_prefix (err, "kindling: "));
      }
  }

  g_unlink (project_path);
  g_unlink (copy_path);
  g_unlink (csv_path);
  g_unlink (bad_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gains-csv/round-trip-awkward", test_round_trip_awkward);
  g_test_add_func ("/gains-csv/import-duplicates", test_import_duplicates);
  g_test_add_func ("/gains-csv/import-undo", test_import_undo);
  g_test_add_func ("/gains-csv/import-bad", test_import_bad);
  g_test_add_func ("/gains-csv/import-bad-header", test_import_bad_header);
  g_test_add_func ("/gains-csv/export-filtered", test_export_filtered);
  g_test_add_func ("/gains-csv/command-line", test_command_line);

  return g_test_run ();
}
