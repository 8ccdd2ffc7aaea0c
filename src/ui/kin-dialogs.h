/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void                  kin_show_error_dialog         (GtkWidget            *widget,
                                                     const char           *heading,
                                                     const char           *message);

GtkFileChooserNative *kin_export_chooser_new        (GtkWidget            *widget,
                                                     const char           *title);
void                  kin_export_chooser_add_format (GtkFileChooserNative *chooser,
                                                     const char           *name,
                                                     const char           *mime_type,
                                                     const char           *extension);
GFile                *kin_export_chooser_get_file   (GtkFileChooserNative *chooser);

G_END_DECLS
