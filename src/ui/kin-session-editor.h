/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-action-list.h"
#include "kin-agenda-editor.h"
#include "kin-agenda-item-editor.h"
#include "kin-capture-list.h"
#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_SESSION_EDITOR (kin_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (KinSessionEditor, kin_session_editor, KIN, SESSION_EDITOR, GtkWidget)

KinProject      *kin_session_editor_get_project       (KinSessionEditor *self);
void             kin_session_editor_set_project       (KinSessionEditor *self,
                                                       KinProject       *project);
KinSession      *kin_session_editor_get_session       (KinSessionEditor *self);
void             kin_session_editor_set_session       (KinSessionEditor *self,
                                                       KinSession       *session);
void             kin_session_editor_focus_title       (KinSessionEditor *self);
void             kin_session_editor_commit            (KinSessionEditor *self);
KinAgendaEditor *kin_session_editor_get_agenda_editor (KinSessionEditor *self);
KinAgendaItemEditor *kin_session_editor_get_item_editor (KinSessionEditor *self);
KinActionList   *kin_session_editor_get_action_list   (KinSessionEditor *self);
KinCaptureList  *kin_session_editor_get_capture_list  (KinSessionEditor *self);

char            *kin_session_editor_normalize_time    (const char       *text);

G_END_DECLS
