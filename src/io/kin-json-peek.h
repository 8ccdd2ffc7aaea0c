/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean kin_json_peek_version (const char *data,
                                gsize       length,
                                gint64     *version);

G_END_DECLS
