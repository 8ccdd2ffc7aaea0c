/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_AGENDA_ROW (kin_agenda_row_get_type ())

G_DECLARE_FINAL_TYPE (KinAgendaRow, kin_agenda_row, KIN, AGENDA_ROW, GtkListBoxRow)

GtkWidget     *kin_agenda_row_new            (KinProject    *project,
                                              KinAgendaItem *item);
KinAgendaItem *kin_agenda_row_get_item       (KinAgendaRow  *self);
void           kin_agenda_row_refresh        (KinAgendaRow  *self);
void           kin_agenda_row_set_start      (KinAgendaRow  *self,
                                              int            start);
const char    *kin_agenda_row_get_start_text (KinAgendaRow  *self);
gboolean       kin_agenda_row_get_next_day   (KinAgendaRow  *self);

G_END_DECLS
