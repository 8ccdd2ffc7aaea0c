/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"
#include "kin-types.h"

G_BEGIN_DECLS

#define KIN_TYPE_PROJECT (kin_project_get_type ())

G_DECLARE_FINAL_TYPE (KinProject, kin_project, KIN, PROJECT, KinObject)

KinProject       *kin_project_new                    (void);

const char       *kin_project_get_title              (KinProject   *self);
void              kin_project_set_title              (KinProject   *self,
                                                      const char   *title);
const char       *kin_project_get_organisation       (KinProject   *self);
void              kin_project_set_organisation       (KinProject   *self,
                                                      const char   *organisation);
const char       *kin_project_get_created            (KinProject   *self);
void              kin_project_set_created            (KinProject   *self,
                                                      const char   *created);
/* The "modified" timestamp property. (kin_project_get_modified() is the
 * unsaved-changes state, the "is-modified" property.)
 */
const char       *kin_project_get_modified_timestamp (KinProject   *self);
void              kin_project_set_modified_timestamp (KinProject   *self,
                                                      const char   *modified);

GListModel       *kin_project_get_principles         (KinProject   *self);
GListModel       *kin_project_get_standards          (KinProject   *self);
GListModel       *kin_project_get_decks              (KinProject   *self);
GListModel       *kin_project_get_boards             (KinProject   *self);
GListModel       *kin_project_get_assessments        (KinProject   *self);
GListModel       *kin_project_get_journeys           (KinProject   *self);
GListModel       *kin_project_get_gains              (KinProject   *self);
GListModel       *kin_project_get_sessions           (KinProject   *self);
KinPrintSettings *kin_project_get_print_settings     (KinProject   *self);
KinAssetStore    *kin_project_get_assets             (KinProject   *self);
KinHistory       *kin_project_get_history            (KinProject   *self);

gpointer          kin_project_lookup                 (KinProject   *self,
                                                      GType         type,
                                                      const char   *id);

/* Undoable edits. */
void              kin_project_begin_action           (KinProject   *self,
                                                      const char   *label);
void              kin_project_end_action             (KinProject   *self);
void              kin_project_set                    (KinProject   *self,
                                                      gpointer      object,
                                                      const char   *first_property,
                                                      ...) G_GNUC_NULL_TERMINATED;
void              kin_project_set_value              (KinProject   *self,
                                                      gpointer      object,
                                                      const char   *property,
                                                      const GValue *value);
void              kin_project_insert                 (KinProject   *self,
                                                      GListModel   *list,
                                                      guint         position,
                                                      gpointer      item);
void              kin_project_append                 (KinProject   *self,
                                                      GListModel   *list,
                                                      gpointer      item);
void              kin_project_remove                 (KinProject   *self,
                                                      GListModel   *list,
                                                      guint         position);
void              kin_project_move                   (KinProject   *self,
                                                      GListModel   *list,
                                                      guint         from,
                                                      guint         to);
gboolean          kin_project_undo                   (KinProject   *self);
gboolean          kin_project_redo                   (KinProject   *self);
gboolean          kin_project_can_undo               (KinProject   *self);
gboolean          kin_project_can_redo               (KinProject   *self);
const char       *kin_project_get_undo_label         (KinProject   *self);
const char       *kin_project_get_redo_label         (KinProject   *self);
void              kin_project_mark_saved             (KinProject   *self);
void              kin_project_mark_unsaved           (KinProject   *self);
gboolean          kin_project_get_modified           (KinProject   *self);

G_END_DECLS
