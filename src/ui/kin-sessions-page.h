/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"
#include "kin-session-editor.h"

G_BEGIN_DECLS

#define KIN_TYPE_SESSIONS_PAGE (kin_sessions_page_get_type ())

G_DECLARE_FINAL_TYPE (KinSessionsPage, kin_sessions_page, KIN, SESSIONS_PAGE, GtkWidget)

KinProject       *kin_sessions_page_get_project          (KinSessionsPage *self);
void              kin_sessions_page_set_project          (KinSessionsPage *self,
                                                          KinProject      *project);
KinSession       *kin_sessions_page_get_selected_session (KinSessionsPage *self);
void              kin_sessions_page_select               (KinSessionsPage *self,
                                                          KinSession      *session);
KinSessionEditor *kin_sessions_page_get_editor           (KinSessionsPage *self);

G_END_DECLS
