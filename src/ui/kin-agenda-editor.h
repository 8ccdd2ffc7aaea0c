/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_AGENDA_EDITOR (kin_agenda_editor_get_type ())

G_DECLARE_FINAL_TYPE (KinAgendaEditor, kin_agenda_editor, KIN, AGENDA_EDITOR, GtkWidget)

KinProject          *kin_agenda_editor_get_project     (KinAgendaEditor *self);
void                 kin_agenda_editor_set_project     (KinAgendaEditor *self,
                                                        KinProject      *project);
KinSession          *kin_agenda_editor_get_session     (KinAgendaEditor *self);
void                 kin_agenda_editor_set_session     (KinAgendaEditor *self,
                                                        KinSession      *session);
KinAgendaItem       *kin_agenda_editor_get_selected    (KinAgendaEditor *self);
void                 kin_agenda_editor_select          (KinAgendaEditor *self,
                                                        KinAgendaItem   *item);
void                 kin_agenda_editor_move_item       (KinAgendaEditor *self,
                                                        KinAgendaItem   *item,
                                                        guint            to);

G_END_DECLS
