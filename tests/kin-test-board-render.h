/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gstdio.h>

#include "kin-model.h"
#include "kin-test-util.h"

/*
 * The fixture shared by the board drawing and export tests, header-only
 * like kin-test-render.h: the starter project, its board, and a temporary
 * directory for files, removed afterwards.
 */

typedef struct
{
  KinProject *project;
  KinBoard   *board;
  char       *tmpdir;
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->project = kin_test_load_starter ();
  f->board = g_list_model_get_item (kin_project_get_boards (f->project), 0);
  f->tmpdir = g_dir_make_tmp ("kindling-board-XXXXXX", &error);
  g_assert_no_error (error);
}

static inline void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_dir (f->tmpdir);
  g_free (f->tmpdir);
  g_object_unref (f->board);
  g_assert_finalize_object (f->project);
}

static inline KinNote *
find_note (Fixture    *f,
           const char *id)
{
  KinNote *note = kin_project_lookup (f->project, KIN_TYPE_NOTE, id);

  g_assert_nonnull (note);
  return note;
}
