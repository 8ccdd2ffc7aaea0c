/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-command.h"
#include "kin-history.h"

G_BEGIN_DECLS

/* Shared between kin-history.c (the steps, undo, redo and saved state)
 * and kin-history-record.c (recording edits into steps).
 */

/* Typing into the same text field faster than this continues a step. */
#define MERGE_INTERVAL_USEC G_USEC_PER_SEC

/* The saved position when the saved state can no longer be reached, for
 * example because the steps leading back to it were dropped.
 */
#define SAVED_NOWHERE (-1)

typedef struct
{
  char *label;
  GPtrArray *commands;
  gsize size;
} KinHistoryStep;

struct _KinHistory
{
  GObject parent_instance;

  /* The project that owns this history; not referenced. */
  GObject *owner;

  /* Oldest first; steps[0 .. position) are done, the rest can be redone. */
  GPtrArray *steps;
  guint position;
  int saved;
  gsize size;

  guint max_steps;
  gsize max_bytes;

  /* The action being recorded: its nesting depth, the outermost label
   * given, and the commands so far (NULL until the first one).
   */
  guint depth;
  char *pending_label;
  KinHistoryStep *pending;

  /* The last step, while further typing may still merge into it. */
  KinHistoryStep *merge_step;
  gint64 merge_time;

  /* Set while undoing or redoing, so that nothing is recorded. */
  gboolean applying;

  /* What the properties last said, to notify only real changes. */
  gboolean last_can_undo;
  gboolean last_can_redo;
  gboolean last_modified;
  char *last_undo_label;
  char *last_redo_label;
};

#define KIN_HISTORY_STEP(self, index) \
  ((KinHistoryStep *) g_ptr_array_index ((self)->steps, (index)))

KinHistoryStep *_kin_history_step_new       (void);
void            _kin_history_step_free      (KinHistoryStep *step);
void            _kin_history_push_step      (KinHistory     *self,
                                             KinHistoryStep *step);
void            _kin_history_drop_steps     (KinHistory     *self,
                                             guint           first,
                                             guint           n);
void            _kin_history_enforce_limits (KinHistory     *self);
void            _kin_history_update_state   (KinHistory     *self,
                                             gboolean        emit_changed);

G_END_DECLS
