/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_CARD_EDITOR (kin_card_editor_get_type ())

G_DECLARE_FINAL_TYPE (KinCardEditor, kin_card_editor, KIN, CARD_EDITOR, GtkWidget)

KinProject *kin_card_editor_get_project (KinCardEditor *self);
void        kin_card_editor_set_project (KinCardEditor *self,
                                         KinProject    *project);
KinCard    *kin_card_editor_get_card    (KinCardEditor *self);
void        kin_card_editor_set_card    (KinCardEditor *self,
                                         KinCard       *card);
void        kin_card_editor_flush       (KinCardEditor *self);
void        kin_card_editor_focus_title (KinCardEditor *self);

G_END_DECLS
