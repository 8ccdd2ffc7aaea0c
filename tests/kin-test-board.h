/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-board-edit.h"
#include "kin-model.h"

/*
 * Set-up shared by the board tests, header-only like kin-test-render.h: a
 * project with one principle ("p-respect") and one board, and ways to put
 * notes and themes on it without recording undo steps.
 */

typedef struct
{
  KinProject *project;
  KinBoard   *board;
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KinPrinciple) principle = kin_principle_new ();

  f->project = kin_project_new ();
  kin_object_set_id (KIN_OBJECT (principle), "p-respect");
  kin_principle_set_name (principle, "Respect");
  g_list_store_append (G_LIST_STORE (kin_project_get_principles (f->project)), principle);

  f->board = kin_board_new ();
  kin_board_set_title (f->board, "Vision");
  g_list_store_append (G_LIST_STORE (kin_project_get_boards (f->project)), f->board);
  g_object_unref (f->board);
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->project);
}

static inline guint
n_notes (Fixture *f)
{
  return g_list_model_get_n_items (kin_board_get_notes (f->board));
}

static inline KinNote *
note_at_index (Fixture *f,
               guint    i)
{
  g_autoptr(KinNote) note = g_list_model_get_item (kin_board_get_notes (f->board), i);

  return note;
}

/* Adds a note without recording an undo step, for setting up a test. */
static inline KinNote *
put_note (Fixture    *f,
          double      x,
          double      y,
          const char *text)
{
  g_autoptr(KinNote) note = kin_note_new ();

  kin_note_set_x (note, x);
  kin_note_set_y (note, y);
  kin_note_set_text (note, text);
  g_list_store_append (G_LIST_STORE (kin_board_get_notes (f->board)), note);

  return note;
}

static inline KinCluster *
put_cluster (Fixture    *f,
             double      x,
             double      y,
             double      width,
             double      height,
             const char *title)
{
  g_autoptr(KinCluster) cluster = kin_cluster_new ();

  kin_cluster_set_x (cluster, x);
  kin_cluster_set_y (cluster, y);
  kin_cluster_set_width (cluster, width);
  kin_cluster_set_height (cluster, height);
  kin_cluster_set_title (cluster, title);
  g_list_store_append (G_LIST_STORE (kin_board_get_clusters (f->board)), cluster);

  return cluster;
}

static inline const char *
id_of (gpointer object)
{
  return kin_object_get_id (KIN_OBJECT (object));
}

static inline GPtrArray *
array_of (gpointer first,
          ...)
{
  GPtrArray *array = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (gpointer p = first; p != NULL; p = va_arg (args, gpointer))
    g_ptr_array_add (array, p);
  va_end (args);

  return array;
}
