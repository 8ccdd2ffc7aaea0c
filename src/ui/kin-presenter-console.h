/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-action-list.h"
#include "kin-console-board.h"
#include "kin-presenter.h"
#include "kin-projector-view.h"

G_BEGIN_DECLS

#define KIN_TYPE_PRESENTER_CONSOLE (kin_presenter_console_get_type ())

G_DECLARE_FINAL_TYPE (KinPresenterConsole, kin_presenter_console, KIN, PRESENTER_CONSOLE, GtkWidget)

GtkWidget        *kin_presenter_console_new               (KinPresenter        *presenter);
KinPresenter     *kin_presenter_console_get_presenter     (KinPresenterConsole *self);
KinProjectorView *kin_presenter_console_get_preview       (KinPresenterConsole *self);
GtkWidget        *kin_presenter_console_get_capture_entry (KinPresenterConsole *self);
KinActionList    *kin_presenter_console_get_action_list   (KinPresenterConsole *self);
KinConsoleBoard  *kin_presenter_console_get_board         (KinPresenterConsole *self);
void              kin_presenter_console_focus_capture     (KinPresenterConsole *self);

G_END_DECLS
