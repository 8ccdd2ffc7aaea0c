/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int kin_command_line_run (GApplication *app,
                          GVariantDict *options,
                          GStrv         files);

G_END_DECLS
