/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_AGENDA_ITEM_EDITOR (kin_agenda_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (KinAgendaItemEditor, kin_agenda_item_editor, KIN, AGENDA_ITEM_EDITOR, GtkWidget)

KinProject    *kin_agenda_item_editor_get_project (KinAgendaItemEditor *self);
void           kin_agenda_item_editor_set_project (KinAgendaItemEditor *self,
                                                   KinProject          *project);
KinAgendaItem *kin_agenda_item_editor_get_item    (KinAgendaItemEditor *self);
void           kin_agenda_item_editor_set_item    (KinAgendaItemEditor *self,
                                                   KinAgendaItem       *item);
void           kin_agenda_item_editor_focus_title (KinAgendaItemEditor *self);

G_END_DECLS
