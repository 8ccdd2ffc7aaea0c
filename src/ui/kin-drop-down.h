/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kin_drop_down_make_compact (GtkDropDown *dropdown);

G_END_DECLS
