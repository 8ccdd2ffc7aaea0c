/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIN_TYPE_COLUMNS (kin_columns_get_type ())

G_DECLARE_FINAL_TYPE (KinColumns, kin_columns, KIN, COLUMNS, GtkWidget)

gboolean kin_columns_get_side_by_side (KinColumns *self);
gboolean kin_columns_get_fill         (KinColumns *self);
void     kin_columns_set_fill         (KinColumns *self,
                                       gboolean    fill);

G_END_DECLS
