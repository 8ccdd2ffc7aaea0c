/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

#define KIN_TYPE_HISTORY (kin_history_get_type ())

G_DECLARE_FINAL_TYPE (KinHistory, kin_history, KIN, HISTORY, GObject)

/* The defaults: at most this many undo steps, and about this much memory. */
#define KIN_HISTORY_DEFAULT_MAX_STEPS 1000
#define KIN_HISTORY_DEFAULT_MAX_BYTES (32 * 1024 * 1024)

KinHistory *kin_history_new             (GObject      *owner);

void        kin_history_begin           (KinHistory   *self,
                                         const char   *label);
void        kin_history_end             (KinHistory   *self);
gboolean    kin_history_is_recording    (KinHistory   *self);

void        kin_history_set_value       (KinHistory   *self,
                                         GObject      *object,
                                         GParamSpec   *pspec,
                                         const GValue *value);
void        kin_history_insert          (KinHistory   *self,
                                         GListStore   *list,
                                         guint         position,
                                         GObject      *item);
void        kin_history_remove          (KinHistory   *self,
                                         GListStore   *list,
                                         guint         position);
void        kin_history_move            (KinHistory   *self,
                                         GListStore   *list,
                                         guint         from,
                                         guint         to);

gboolean    kin_history_undo            (KinHistory   *self);
gboolean    kin_history_redo            (KinHistory   *self);
gboolean    kin_history_can_undo        (KinHistory   *self);
gboolean    kin_history_can_redo        (KinHistory   *self);
const char *kin_history_get_undo_label  (KinHistory   *self);
const char *kin_history_get_redo_label  (KinHistory   *self);
guint       kin_history_get_n_undo      (KinHistory   *self);
guint       kin_history_get_n_redo      (KinHistory   *self);

void        kin_history_mark_saved      (KinHistory   *self);
void        kin_history_mark_unsaved    (KinHistory   *self);
gboolean    kin_history_get_modified    (KinHistory   *self);
void        kin_history_break_merge     (KinHistory   *self);
void        kin_history_clear           (KinHistory   *self);

void        kin_history_set_limits      (KinHistory   *self,
                                         guint         max_steps,
                                         gsize         max_bytes);
gsize       kin_history_get_size        (KinHistory   *self);

G_END_DECLS
