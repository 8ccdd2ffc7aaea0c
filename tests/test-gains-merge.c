/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <glib/gstdio.h>

#include "kin-gains-merge.h"
#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-project-writer.h"

/*
 * Merging gains from another project: counts of added, updated and
 * unchanged gains, the newer "modified" winning, principles and standards
 * mapped by id then by name, one undo step, and merging from a file.
 */

static KinPrinciple *
add_principle (KinProject *project,
               const char *id,
               const char *name)
{
  g_autoptr(KinPrinciple) principle = kin_principle_new ();

  kin_object_set_id (KIN_OBJECT (principle), id);
  kin_principle_set_name (principle, name);
  g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);

  return principle;
}

static KinGain *
add_gain (KinProject *project,
          const char *id,
          const char *title,
          const char *modified)
{
  g_autoptr(KinGain) gain = kin_gain_new ();

  kin_object_set_id (KIN_OBJECT (gain), id);
  kin_gain_set_date (gain, "2026-05-01");
  kin_gain_set_title (gain, title);
  kin_gain_set_team (gain, "Repairs");
  kin_gain_set_created (gain, "2026-05-01T08:00:00Z");
  kin_gain_set_modified (gain, modified);
  g_list_store_append (G_LIST_STORE (kin_project_get_gains (project)), gain);

  return gain;
}

static KinGain *
find_gain (KinProject *project,
           const char *id)
{
  return kin_project_lookup (project, KIN_TYPE_GAIN, id);
}

static void
make_pair (KinProject **ours_out,
           KinProject **theirs_out)
{
  KinProject *ours = kin_project_new ();
  KinProject *theirs = kin_project_new ();
  const char * const refs[] = { "p-same-id", "their-respect", "their-only", NULL };
  KinGain *gain;

  add_principle (ours, "p-same-id", "Commitment");
  add_principle (ours, "our-respect", "Respect");
  add_principle (theirs, "p-same-id", "Commitment (renamed)");
  add_principle (theirs, "their-respect", " respect ");
  add_principle (theirs, "their-only", "Gratitude");

  /* Only ours. */
  add_gain (ours, "a", "Ours only", "2026-05-01T09:00:00Z");
  /* Both, theirs newer and different: updated. */
  add_gain (ours, "b", "Old title", "2026-05-01T09:00:00Z");
  gain = add_gain (theirs, "b", "New title", "2026-05-02T09:00:00Z");
  kin_gain_set_impact (gain, 5);
  /* Both, ours newer: unchanged, whatever theirs says. */
  add_gain (ours, "c", "Ours is newer", "2026-05-03T09:00:00Z");
  add_gain (theirs, "c", "Theirs is older", "2026-05-02T09:00:00Z");
  /* Both, the same: unchanged. */
  add_gain (ours, "d", "Same", "2026-05-01T09:00:00Z");
  add_gain (theirs, "d", "Same", "2026-05-01T09:00:00Z");
  /* Only theirs, with principles to map: added. */
  gain = add_gain (theirs, "e", "Theirs only", "2026-05-01T09:00:00Z");
  kin_gain_set_principles (gain, refs);
  add_gain (theirs, "f", "Theirs only too", "2026-05-01T09:00:00Z");

  *ours_out = ours;
  *theirs_out = theirs;
}

static void
test_merge_counts (void)
{
  g_autoptr(KinProject) ours = NULL;
  g_autoptr(KinProject) theirs = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) theirs_before = NULL;
  g_autoptr(GBytes) theirs_after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GError) error = NULL;
  const char * const mapped[] = { "p-same-id", "our-respect", NULL };
  KinGainsMergeSummary summary;
  KinGain *gain;

  make_pair (&ours, &theirs);
  before = kin_project_write_bytes (ours);
  theirs_before = kin_project_write_bytes (theirs);

  kin_gains_merge_summary_init (&summary);
  g_assert_true (kin_gains_merge (ours, theirs, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.added, ==, 2);
  g_assert_cmpuint (summary.updated, ==, 1);
  g_assert_cmpuint (summary.unchanged, ==, 2);
  g_assert_cmpuint (summary.warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (summary.warnings, 0), ==,
                   "“Theirs only”: this project has no principle called “Gratitude”; it was left out");
  kin_gains_merge_summary_clear (&summary);

  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_gains (ours)), ==, 6);

  gain = find_gain (ours, "b");
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "New title");
  g_assert_cmpint (kin_gain_get_impact (gain), ==, 5);
  g_assert_cmpstr (kin_gain_get_modified (gain), ==, "2026-05-02T09:00:00Z");

  gain = find_gain (ours, "c");
  g_assert_cmpstr (kin_gain_get_title (gain), ==, "Ours is newer");

  gain = find_gain (ours, "e");
  g_assert_nonnull (gain);
  g_assert_true (g_strv_equal (kin_gain_get_principles (gain), mapped));

  /* The other project is only read. */
  theirs_after = kin_project_write_bytes (theirs);
  g_assert_true (g_bytes_equal (theirs_before, theirs_after));

  /* One undo step takes it all back. */
  g_assert_cmpstr (kin_project_get_undo_label (ours), ==, "Merge Gains");
  g_assert_true (kin_project_undo (ours));
  g_assert_false (kin_project_can_undo (ours));
  undone = kin_project_write_bytes (ours);
  g_assert_true (g_bytes_equal (before, undone));

  /* Merging twice changes nothing the second time. */
  g_assert_true (kin_project_redo (ours));
  kin_gains_merge_summary_init (&summary);
  g_assert_true (kin_gains_merge (ours, theirs, &summary, &error));
  g_assert_cmpuint (summary.added, ==, 0);
  g_assert_cmpuint (summary.updated, ==, 0);
  g_assert_cmpuint (summary.unchanged, ==, 5);
  kin_gains_merge_summary_clear (&summary);
}

static void
test_merge_id_clash (void)
{
  g_autoptr(KinProject) ours = kin_project_new ();
  g_autoptr(KinProject) theirs = kin_project_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KinGain) added = NULL;

  /* Their gain's id is one of our principles' ids. */
  add_principle (ours, "shared-id", "Respect");
  add_gain (theirs, "shared-id", "Clash", "2026-05-01T09:00:00Z");

  g_assert_true (kin_gains_merge (ours, theirs, NULL, &error));
  g_assert_no_error (error);
  added = g_list_model_get_item (kin_project_get_gains (ours), 0);
  g_assert_cmpstr (kin_gain_get_title (added), ==, "Clash");
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (added)), !=, "shared-id");

  g_assert_false (kin_gains_merge (ours, ours, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_merge_file (void)
{
  g_autoptr(KinProject) ours = NULL;
  g_autoptr(KinProject) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kindling-merge-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "theirs.kindling", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.kindling", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  KinGainsMergeSummary summary;

  g_assert_no_error (error);
  make_pair (&ours, &theirs);
  g_assert_true (kin_project_save_file (theirs, file, NULL, &error));
  g_assert_no_error (error);

  kin_gains_merge_summary_init (&summary);
  g_assert_true (kin_gains_merge_file (ours, file, &summary, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.added, ==, 2);
  g_assert_cmpuint (summary.updated, ==, 1);
  g_assert_cmpuint (summary.unchanged, ==, 2);
  kin_gains_merge_summary_clear (&summary);

  g_assert_false (kin_gains_merge_file (ours, missing, NULL, NULL, &error));
  g_assert_nonnull (error);

  g_unlink (path);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_unlink (backup);
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gains-merge/counts", test_merge_counts);
  g_test_add_func ("/gains-merge/id-clash", test_merge_id_clash);
  g_test_add_func ("/gains-merge/file", test_merge_file);

  return g_test_run ();
}
