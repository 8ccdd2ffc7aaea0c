/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIN_TYPE_CONSOLE_COLUMNS (kin_console_columns_get_type ())

G_DECLARE_FINAL_TYPE (KinConsoleColumns, kin_console_columns, KIN, CONSOLE_COLUMNS, GtkWidget)

gboolean kin_console_columns_get_side_by_side (KinConsoleColumns *self);

G_END_DECLS
