/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean kin_board_command_handles (GVariantDict *options);
int      kin_board_command_run     (GVariantDict *options,
                                    GStrv         files);

G_END_DECLS
