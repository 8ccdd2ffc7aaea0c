/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "kin-enums.h"
#include "kin-presenter.h"

G_BEGIN_DECLS

/* The words and numbers that the projector and the presenter console both
 * show, so that the two always say the same thing. */

char       *kin_presenter_text_countdown  (gint64         remaining_ms);
char       *kin_presenter_text_duration   (gint64         ms);
char       *kin_presenter_text_progress   (gint64         elapsed_ms,
                                           int            planned_minutes);
int         kin_presenter_text_card_number (KinPresenter *presenter);
char       *kin_presenter_text_position   (KinPresenter  *presenter);
char       *kin_presenter_text_back_at    (KinPresenter  *presenter,
                                           GDateTime     *now);
char       *kin_presenter_text_item_title (KinAgendaItem *item);

G_END_DECLS
