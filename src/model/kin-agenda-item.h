/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_AGENDA_ITEM (kin_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (KinAgendaItem, kin_agenda_item, KIN, AGENDA_ITEM, KinObject)

KinAgendaItem *kin_agenda_item_new         (void);

KinAgendaKind  kin_agenda_item_get_kind    (KinAgendaItem *self);
void           kin_agenda_item_set_kind    (KinAgendaItem *self,
                                            KinAgendaKind  kind);
const char    *kin_agenda_item_get_ref     (KinAgendaItem *self);
void           kin_agenda_item_set_ref     (KinAgendaItem *self,
                                            const char    *ref);
const char    *kin_agenda_item_get_title   (KinAgendaItem *self);
void           kin_agenda_item_set_title   (KinAgendaItem *self,
                                            const char    *title);
int            kin_agenda_item_get_minutes (KinAgendaItem *self);
void           kin_agenda_item_set_minutes (KinAgendaItem *self,
                                            int            minutes);
const char    *kin_agenda_item_get_notes   (KinAgendaItem *self);
void           kin_agenda_item_set_notes   (KinAgendaItem *self,
                                            const char    *notes);
/* Measured while presenting (see KinPresenter): when the item was first
 * started (ISO 8601 UTC, or NULL) and how long it ran in all (-1: never).
 * File fields "actual_start" and "actual_seconds". */
const char    *kin_agenda_item_get_actual_start   (KinAgendaItem *self);
void           kin_agenda_item_set_actual_start   (KinAgendaItem *self,
                                                   const char    *actual_start);
int            kin_agenda_item_get_actual_seconds (KinAgendaItem *self);
void           kin_agenda_item_set_actual_seconds (KinAgendaItem *self,
                                                   int            actual_seconds);

G_END_DECLS
