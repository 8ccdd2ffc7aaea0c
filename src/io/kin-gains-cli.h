/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean kin_gains_cli_is_export (GVariantDict *options);
int kin_gains_cli_export (const char *project_path,
                          const char *output_path);
int kin_gains_cli_import (const char *project_path,
                          const char *csv_path);

G_END_DECLS
