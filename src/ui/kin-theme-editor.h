/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_THEME_EDITOR (kin_theme_editor_get_type ())

G_DECLARE_FINAL_TYPE (KinThemeEditor, kin_theme_editor, KIN, THEME_EDITOR, GtkPopover)

GtkWidget  *kin_theme_editor_new          (void);
KinProject *kin_theme_editor_get_project  (KinThemeEditor *self);
void        kin_theme_editor_set_project  (KinThemeEditor *self,
                                           KinProject     *project);
KinBoard   *kin_theme_editor_get_board    (KinThemeEditor *self);
void        kin_theme_editor_set_board    (KinThemeEditor *self,
                                           KinBoard       *board);
KinCluster *kin_theme_editor_get_cluster  (KinThemeEditor *self);
void        kin_theme_editor_set_cluster  (KinThemeEditor *self,
                                           KinCluster     *cluster);
GtkEditable *kin_theme_editor_get_title_entry (KinThemeEditor *self);

G_END_DECLS
