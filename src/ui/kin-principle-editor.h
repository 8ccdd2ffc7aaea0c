/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_PRINCIPLE_EDITOR (kin_principle_editor_get_type ())

G_DECLARE_FINAL_TYPE (KinPrincipleEditor, kin_principle_editor, KIN, PRINCIPLE_EDITOR, GtkWidget)

KinProject   *kin_principle_editor_get_project      (KinPrincipleEditor *self);
void          kin_principle_editor_set_project      (KinPrincipleEditor *self,
                                                     KinProject         *project);
KinPrinciple *kin_principle_editor_get_principle    (KinPrincipleEditor *self);
void          kin_principle_editor_set_principle    (KinPrincipleEditor *self,
                                                     KinPrinciple       *principle);
void          kin_principle_editor_load_artwork     (KinPrincipleEditor *self,
                                                     GFile              *file);
gboolean      kin_principle_editor_is_loading       (KinPrincipleEditor *self);
void          kin_principle_editor_flush            (KinPrincipleEditor *self);
void          kin_principle_editor_focus_name       (KinPrincipleEditor *self);
guint         kin_principle_editor_get_n_behaviour_rows (KinPrincipleEditor *self);
GtkWidget    *kin_principle_editor_get_behaviour_row (KinPrincipleEditor *self,
                                                      guint               index);

G_END_DECLS
