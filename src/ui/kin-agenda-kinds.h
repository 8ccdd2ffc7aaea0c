/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_N_AGENDA_KINDS (KIN_AGENDA_KIND_CUSTOM + 1)

const char *kin_agenda_kind_get_label        (KinAgendaKind  kind);
const char *kin_agenda_kind_get_icon_name    (KinAgendaKind  kind);
const char *kin_agenda_kind_get_new_title    (KinAgendaKind  kind);
int         kin_agenda_kind_get_new_minutes  (KinAgendaKind  kind);
const char *kin_agenda_kind_get_target_label (KinAgendaKind  kind);
GListModel *kin_agenda_kind_get_targets      (KinAgendaKind  kind,
                                              KinProject    *project);
char       *kin_agenda_item_describe         (KinAgendaItem *item,
                                              KinProject    *project);
char       *kin_agenda_format_minutes        (int            minutes);

G_END_DECLS
