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
/* The time the session must finish by ("HH:MM"), or NULL for none. An end
 * earlier than the start is taken to be on the next day. File field "end". */
const char *kin_session_get_end         (KinSession *self);
void        kin_session_set_end         (KinSession *self,
                                         const char *end);
GListModel *kin_session_get_agenda      (KinSession *self);
GListModel *kin_session_get_captures    (KinSession *self);
GListModel *kin_session_get_actions     (KinSession *self);

/* Agenda time arithmetic. Times are minutes after midnight of the session's
 * date and are not wrapped: an item that starts at 00:15 the next day is
 * 1455. Functions return -1 when the session has no valid start time. */
int         kin_session_get_total_minutes   (KinSession *self);
int         kin_session_get_item_start      (KinSession *self,
                                             guint       index);
int         kin_session_get_end_minutes     (KinSession *self);
/* Minutes by which the agenda ends after the chosen end time; 0 when it
 * fits, when no end is set or when the start is not valid. */
int         kin_session_get_overrun_minutes (KinSession *self);

G_END_DECLS
