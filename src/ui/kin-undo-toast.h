/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"

G_BEGIN_DECLS

AdwToast *kin_undo_toast_show        (GtkWidget  *widget,
                                      KinProject *project,
                                      const char *title);
AdwToast *kin_undo_toast_get_current (GtkWidget  *widget);

G_END_DECLS
