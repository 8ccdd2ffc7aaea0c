/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_SESSION (kin_session_get_type ())

G_DECLARE_FINAL_TYPE (KinSession, kin_session, KIN, SESSION, KinObject)

KinSession *kin_session_new             (void);

const char *kin_session_get_title       (KinSession *self);
void        kin_session_set_title       (KinSession *self,
                                         const char *title);
const char *kin_session_get_date        (KinSession *self);
void        kin_session_set_date        (KinSession *self,
                                         const char *date);
const char *kin_session_get_start       (KinSession *self);
void        kin_session_set_start       (KinSession *self,
                                         const char *start);
const char *kin_session_get_facilitator (KinSession *self);
void        kin_session_set_facilitator (KinSession *self,
                                         const char *facilitator);
GListModel *kin_session_get_agenda      (KinSession *self);
GListModel *kin_session_get_captures    (KinSession *self);
GListModel *kin_session_get_actions     (KinSession *self);

G_END_DECLS
