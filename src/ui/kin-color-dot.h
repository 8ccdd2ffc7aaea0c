/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A small filled circle in a principle's colour, as shown beside its name
 * in lists and menus. */
GtkWidget *kin_color_dot_new       (int         size);
void       kin_color_dot_set_color (GtkWidget  *dot,
                                    const char *color);

G_END_DECLS
