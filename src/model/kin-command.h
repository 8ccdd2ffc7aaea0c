/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One recorded edit of the undo history. This is internal to the model:
 * the rest of the application edits through KinProject.
 */
typedef struct _KinCommand KinCommand;

KinCommand *kin_command_new_set       (GObject      *object,
                                       gboolean      hold_object,
                                       GParamSpec   *pspec,
                                       const GValue *old_value,
                                       const GValue *new_value);
KinCommand *kin_command_new_insert    (GListStore   *list,
                                       guint         position,
                                       GObject      *item);
KinCommand *kin_command_new_remove    (GListStore   *list,
                                       guint         position,
                                       GObject      *item);
KinCommand *kin_command_new_move      (GListStore   *list,
                                       guint         from,
                                       guint         to);
void        kin_command_free          (KinCommand   *self);

void        kin_command_apply         (KinCommand   *self,
                                       gboolean      forward);
gsize       kin_command_get_size      (KinCommand   *self);
char       *kin_command_make_label    (KinCommand   *self);

gboolean    kin_command_is_string_set (KinCommand   *self,
                                       GObject      *object,
                                       GParamSpec   *pspec);
gboolean    kin_command_update_set    (KinCommand   *self,
                                       const GValue *new_value);

gboolean    kin_values_equal          (GParamSpec   *pspec,
                                       const GValue *a,
                                       const GValue *b);
gsize       kin_estimate_object_size  (GObject      *object);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinCommand, kin_command_free)

G_END_DECLS
