/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

KinProject *kin_project_load_file        (GFile                *file,
                                          GPtrArray           **warnings,
                                          GCancellable         *cancellable,
                                          GError              **error);
void        kin_project_load_file_async  (GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
KinProject *kin_project_load_file_finish (GAsyncResult         *result,
                                          GPtrArray           **warnings,
                                          GError              **error);

gboolean    kin_project_save_file        (KinProject           *project,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GError              **error);
void        kin_project_save_file_async  (KinProject           *project,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean    kin_project_save_file_finish (KinProject           *project,
                                          GAsyncResult         *result,
                                          GError              **error);

char       *kin_project_file_display_name (GFile               *file);

G_END_DECLS
