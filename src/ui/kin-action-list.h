/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_ACTION_LIST (kin_action_list_get_type ())

G_DECLARE_FINAL_TYPE (KinActionList, kin_action_list, KIN, ACTION_LIST, GtkWidget)

GtkWidget  *kin_action_list_new         (void);

KinProject *kin_action_list_get_project (KinActionList *self);
void        kin_action_list_set_project (KinActionList *self,
                                         KinProject    *project);
KinSession *kin_action_list_get_session (KinActionList *self);
void        kin_action_list_set_session (KinActionList *self,
                                         KinSession    *session);
void        kin_action_list_focus_entry (KinActionList *self);
KinAction  *kin_action_list_add         (KinActionList *self,
                                         const char    *text);

G_END_DECLS
